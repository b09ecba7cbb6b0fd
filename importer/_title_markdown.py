"""What a title keeps of the Markdown a site's data file writes in it (a Jekyll `_data/*.csv`,
a README table): a link's text, bold's words. The app shows a title as plain text, so
`[Keynote](https://...)` was shown as typed.

Two strict patterns, not markdown-it (which renders descriptions): CommonMark reads
`__init__ and __new__` as bold `init` and `new`, a backslash as an escape (`R\\&D` -> `R&D`)
and single stars and underscores as emphasis, where a title's own words mean them as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# `[text](address)`, or `[text](address "title")`: the text has words and may hold a
# bracketed one (`[[WIP] Talk](talk.md)`), the address has no space, may hold one pair of brackets
# (Wikipedia's `Go_(game)`), and looks like one (a `/`, `.`, `:` or `#` in it), so
# `[a](b)` in a formula's title is kept. An image (`![NEW](new.png)`) gives its alt text, not
# the `!` before it.
_LINK = re.compile(
    r"!?\[(?=[^\]\n]*[^\s\]])((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]"
    r"\((?=[^\s()]*(?:\([^\s()]*\)[^\s()]*)*[/.:#])([^\s()]+(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+\"[^\"\n]*\")?\)")
# `**bold**`, `***bold italic***` and `__bold__`, outside a word, the words inside touching
# the marks: `5 ** 3`, `2**10`, `***`, `snake__case` are kept. A lowercase name between double
# underscores is Python's (`__init__`, `__main__`), never bold.
_BOLD = re.compile(
    r"(?<![\w*])(\*\*\*?)(?=[^\s*])(?P<stars>.+?)(?<=[^\s*])\1(?![\w*])"
    r"|(?<![\w_])__(?![a-z0-9_]*__)(?=[^\s_])(?P<underscores>.+?)(?<=[^\s_])__(?![\w_])")
# `~~Panel on X~~`, GitHub's strikethrough, as a site's data file marks a cancelled talk: the
# whole title struck, once. A title struck in part (`~~Room 5~~ Room 6`, a correction) is
# kept as typed: its struck words are no longer true, its unstruck ones alone not the title.
_STRUCK = re.compile(r"\s*~~(?=[^\s~])((?:(?!~~).)+?)(?<=[^\s~])~~\s*")


@dataclass(frozen=True, slots=True)
class TitleMarkdown:
    """A title with its Markdown read: its plain text, the addresses its links gave (not
    shown by the app), whether any Markdown was read, and whether the title was struck
    through (which the app does not show: a cancelled session's mark)."""

    title: str
    addresses: tuple[str, ...] = ()
    read: bool = False
    struck: bool = False


def may_hold_markdown(text: str) -> bool:
    """Whether a text (one title, or a column's titles joined) may hold a link or bold: what
    a sheet with none is given up on at, before any pattern is tried. Each mark's first
    character is looked for alone first: a one-character search runs at memchr's speed, a
    two-character one scans a 50,000-title column some forty times slower."""
    return ("]" in text and "](" in text) or ("*" in text and "**" in text) or (
        "_" in text and "__" in text) or ("~" in text and "~~" in text)


def read_title_markdown(title: str) -> TitleMarkdown:
    """`[Keynote](https://x.org)` -> `Keynote`, `**Keynote**`, `***Keynote***`, `__Keynote__`
    and `~~Keynote~~` -> `Keynote`; every other character of the title as typed."""
    addresses = tuple(link[2] for link in _LINK.finditer(title))
    text = _LINK.sub(r"\1", title) if addresses else title
    # Bold read first: a struck title may be bold outside its tildes ('**~~Panel~~**').
    text = _BOLD.sub(lambda bold: bold["stars"] or bold["underscores"], text)
    struck = _STRUCK.fullmatch(text) if "~~" in text else None
    text = struck[1] if struck else text
    return TitleMarkdown(text, addresses, text != title, struck is not None)
