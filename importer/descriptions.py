"""Descriptions: a description cell as the HTML Guidebook keeps, and what sanitising removed.

A cell is plain text (escaped; blank lines make paragraphs, single newlines `<br>`), HTML
(sanitised to the tags Guidebook allows, see `html.py`), markdown, or `auto`: HTML when it
holds a tag of a real HTML element, text otherwise; in `auto`, text written with character
references (`Q&amp;A`, as a web CMS exports it) has them decoded, so they are not escaped
twice. The audit names what the sanitiser drops, for the `html-stripped` warning.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Literal

from markdown_it import MarkdownIt

from importer._links import ADDRESS_FINDER, escape_with_links
from importer.html import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    decode_char_references,
    sanitize_html,
    split_style,
)
from importer.payloads import name_key

DescriptionFormat = Literal["text", "html", "markdown", "auto"]
MAX_DESCRIPTION_CHARS = 20_000  # Guidebook's limit, counted on the HTML


# Elements that a description pasted as HTML is written with: those Guidebook keeps, and
# the usual ones it strips. Only these count as tags, so `x<y`, `<Ctrl>+<C>` and
# `<jane@example.com>` stay text; words such as <title>, <label> or <option> are left out,
# being as likely a placeholder in prose as a tag.
_HTML_ELEMENTS = ALLOWED_TAGS | frozenset({
    "html", "head", "body", "meta", "link", "base", "style", "script", "noscript", "iframe",
    "frame", "frameset", "embed", "img", "video", "audio", "svg", "math", "canvas", "form",
    "input", "button", "textarea", "fieldset", "legend", "font", "center", "big", "small",
    "strike", "s", "blink", "marquee", "nobr", "wbr", "caption", "col", "colgroup", "section",
    "article", "header", "footer", "nav", "aside", "figure", "figcaption", "abbr", "cite",
    "mark", "dfn", "bdi", "bdo", "details", "summary",
})
# Tag-shaped text (`<name ...>`, `<name/>`, `</name>`), a comment or a doctype. Whether the
# name is an element is looked up afterwards: a regex alternation of every name is several
# times slower on a cell with many `<` that are not tags.
_TAG_SHAPED = re.compile(r"<(?:/?([a-z][a-z0-9]*)(\s[^<>]*)?/?>|!--|!doctype\b)",
                         re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# What a paragraph cannot hold: HTML of an added cell that starts one of these is put after
# its label's paragraph, not in it.
_BLOCK_TAG = re.compile(r"<(?:p|div|ul|ol|dl|table|blockquote|pre|h[1-6]|hr)\b", re.IGNORECASE)
# A tag that lays text out in lines: HTML with one is written as HTML, its line breaks
# only the source's.
_LINE_TAG = re.compile(rf"{_BLOCK_TAG.pattern}|<(?:br|li|tr)\b", re.IGNORECASE)
# A cell's single line break (Alt+Enter) is a line the planner typed, not prose wrapped to a
# width as CommonMark assumes: `breaks` keeps it, as `<br>` (not XHTML's `<br />`, which
# the sanitiser would rewrite), as text_to_html does. Its bare web addresses are links,
# found as in text (`_links.py`).
_markdown = MarkdownIt("commonmark", {"breaks": True, "xhtmlOut": False, "linkify": True}
                       ).enable(["table", "linkify"])
_markdown.linkify = ADDRESS_FINDER


def text_to_html(text: str) -> str:
    """Plain text as HTML: escaped, blank lines make paragraphs, single newlines `<br>`, web
    addresses links."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = _PARAGRAPH_BREAK.split(text)
    return "".join(
        "<p>" + escape_with_links(p.strip()).replace("\n", "<br>") + "</p>"
        for p in paragraphs
        if p.strip()
    )


def _typed_lines(text: str) -> str:
    """A cell typed with a tag or two in it (`Tips and <i>tricks</i>`) and its lines parted
    by Alt+Enter, as text is: its lines kept as text_to_html keeps them (HTML would run
    them into one line in the app), its tags and character references left as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return "".join("<p>" + p.strip().replace("\n", "<br>") + "</p>"
                   for p in _PARAGRAPH_BREAK.split(text) if p.strip())


def sanitize_with_audit(fragment: str) -> tuple[str, list[str]]:
    """Clean to Guidebook's allowed HTML; also name what was removed (empty if nothing)."""
    cleaned = sanitize_html(fragment)
    if cleaned == fragment.strip():  # the usual case, and much cheaper than an audit
        return cleaned, []
    return cleaned, _removed_markup(fragment)


def has_html_markup(text: str) -> bool:
    """Whether a cell holds HTML: a tag of a known element (`<p>`, `</b>`, `<br/>`), a comment
    or a doctype. Not `x<y`, `<Ctrl>+<C>` or `<jane@example.com>`: those are text; nor
    words in brackets that begin with an element's name, a placeholder as sheets write one
    (`<Summary will be updated after the session.>`, `<Video to be added>`): a tag's words
    after its name are attributes, and two or more with no `=` among them are prose."""
    return any(tag[1] is None or (tag[1].lower() in _HTML_ELEMENTS and not _words(tag[2]))
               for tag in _TAG_SHAPED.finditer(text))


def _words(attributes: str | None) -> bool:
    return attributes is not None and "=" not in attributes and len(attributes.split()) > 1


def description_to_html(text: str, fmt: DescriptionFormat) -> tuple[str, list[str]]:
    """Description cell -> (HTML, what sanitising removed)."""
    if fmt == "auto":
        if not has_html_markup(text):
            return text_to_html(decode_char_references(text)), []
        if "\n" in text.strip() and not _LINE_TAG.search(text):
            return sanitize_with_audit(_typed_lines(text))
        fmt = "html"
    if fmt == "text":
        return text_to_html(text), []
    if fmt == "markdown":
        text = _markdown.render(text).strip()
    elif "<" not in text:  # nothing a sanitiser could change except entities
        return text.strip(), []
    return sanitize_with_audit(text)


def added_to_html(label: str, values: Sequence[str], fmt: DescriptionFormat
                  ) -> tuple[str, list[str]]:
    """An added column's paragraph -> (HTML, what sanitising removed): its label, then its
    values (a cell's, or those of a session's rows listed), joined by commas. Plain text in
    a `text` description; in any other, a value holding a tag is HTML, as `auto` reads a
    cell (a CMS's 'Ana Ruiz, IGE <br> Bo Li'), and the others have their character
    references read."""
    if fmt != "text":
        values = [value if has_html_markup(value) else decode_char_references(value)
                  for value in values]
    if fmt == "text" or not any(map(has_html_markup, values)):
        listed = ", ".join(values)
        return text_to_html(f"{label}: {listed}" if label else listed), []
    parts, removed = [], {}
    for value in values:
        if has_html_markup(value):
            part, dropped = sanitize_with_audit(value)
            removed.update(dict.fromkeys(dropped))
        else:
            part = escape_with_links(value.strip()).replace("\n", "<br>")
        parts.append(part)
    listed = ", ".join(part for part in parts if part)
    if not listed:  # markup alone, all of it removed
        return "", list(removed)
    said = html.escape(f"{label}: ", quote=False) if label else ""
    if not _BLOCK_TAG.search(listed):
        return f"<p>{said}{listed}</p>", list(removed)
    if listed.startswith("<p>"):
        return f"<p>{said}{listed[3:]}", list(removed)
    return (f"<p>{said.rstrip()}</p>" if label else "") + listed, list(removed)


def distinct_values(values: Sequence[str]) -> list[str]:
    """Added values to list in one paragraph, each once, as first written: a value typed
    again in other case or spaces is left out, and so is one that a value listed already
    holds among its comma-separated names ('Bo Li' after 'Ana Ruiz, Bo Li', a Speakers cell
    beside the names joined) or whose names are all listed already. A value listed before
    whose names a later one holds all of ('Ana Ruiz' joined, then that Speakers cell) gives
    it its place. A value sharing some names with those listed ('Bo Li, Cy Doe' after
    'Ana Ruiz, Bo Li') adds its other names alone, so each is listed once; but 'Bo Li, IGE'
    after 'Ana Ruiz, IGE' is a name and where that person is from, and is kept whole."""
    listed: list[str] = []
    seen: set[str] = set()
    for value in values:
        names = {key for name in value.split(",") if (key := name_key(name))}
        if name_key(value) in seen or (names and names <= seen):
            continue
        held = [i for i, said in enumerate(listed) if _names(said) <= names]
        listed = [said for i, said in enumerate(listed) if i not in held]
        shared = names & set().union(*map(_names, listed))
        if shared and not _same_affiliation(value, shared, listed):
            seen.add(name_key(value))
            value = _without_names(value, shared)
        listed.insert(held[0] if held else len(listed), value)
        seen |= names | {name_key(value)}
    return listed


def _same_affiliation(value: str, shared: set[str], listed: list[str]) -> bool:
    """A name and where that person is from ('Bo Li, IGE'), sharing only that second part
    with the listed values holding it, each of them a name and that same place too."""
    parts = [name_key(part) for part in value.split(",")]
    if len(parts) != 2 or shared != {parts[1]}:
        return False
    return all(_two_parts_ending(said, parts[1]) for said in listed if parts[1] in _names(said))


def _two_parts_ending(value: str, last: str) -> bool:
    parts = [name_key(part) for part in value.split(",")]
    return len(parts) == 2 and parts[1] == last


def _without_names(value: str, shared: set[str]) -> str:
    """A value's comma-separated names but the `shared` ones, as written; HTML is left
    whole, as a comma in it need not part names."""
    if has_html_markup(value):
        return value
    return ", ".join(name.strip() for name in value.split(",")
                     if name_key(name) and name_key(name) not in shared)


def _names(value: str) -> set[str]:
    """A listed value's comma-separated names (in case and spaces alike), or the value."""
    return {key for name in value.split(",") if (key := name_key(name))} or {name_key(value)}


class _MarkupAudit(HTMLParser):
    """Collect the tags, attributes and style properties the sanitiser will drop."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: dict[str, None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            if not _unseen_tag(tag):
                self.removed[f"<{tag}>"] = None
            return
        allowed = ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                if not _unseen_attribute(name, value or ""):
                    self.removed[f"{name}= on <{tag}>"] = None
            elif name == "href" and (link := _dropped_link(value or "")):
                self.removed[link] = None
            elif name == "style" and (dropped := _seen_style(value or "")):
                self.removed[f"style {', '.join(dropped)} on <{tag}>"] = None
    # Comments are not named: the app shows none, nor does a browser or Word (Word's
    # conditional comments and <!--StartFragment--> among them), so nothing a reader sees goes.


# Markup that only Word or a script reads, and a reader never sees: Office's namespaced
# elements (<o:p>, <w:WordDocument>, <v:shape>, <st1:place>) and <xml> blocks; class= and
# id= (the app has none of the page's stylesheet or scripts), data-* attributes; and Word's
# own style properties (mso-bidi-font-weight, mso-list). Their removal is not warned of.
_UNSEEN_ATTRIBUTES = frozenset({"class", "id"})


def _unseen_tag(tag: str) -> bool:
    return ":" in tag or tag == "xml"


def _unseen_attribute(name: str, value: str) -> bool:
    if name == "style":  # of Word's properties alone, or of none
        return all(_is_word_property(declaration) for declaration in value.split(";"))
    return name in _UNSEEN_ATTRIBUTES or name.startswith("data-")


def _seen_style(style: str) -> list[str]:
    """What the sanitiser drops of a span's `style` that a reader could see."""
    return [dropped for dropped in split_style(style)[1] if not _is_word_property(dropped)]


def _is_word_property(declaration: str) -> bool:
    """A declaration of Word's own (`mso-list: Ignore`), or an empty one (`;;`)."""
    name = declaration.partition(":")[0].strip().lower()
    return not name or name.startswith("mso-")


_URL_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_URL_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))


def _dropped_link(url: str) -> str | None:
    """How to name a link the sanitiser drops (`javascript: links`, `the broken link ...`);
    None when it keeps it. The sanitiser itself is asked: it reads a URL as a browser does,
    so `java<tab>script:` is `javascript:`, and drops one that does not parse."""
    if "href=" in sanitize_html(f'<a href="{html.escape(url)}"></a>'):
        return None
    # As a browser reads it: tabs and newlines anywhere ignored, and controls around it.
    match = _URL_SCHEME.match(_URL_TAB_OR_NEWLINE.sub("", url).strip(_C0_OR_SPACE))
    scheme = match[1].lower() if match else None
    if scheme is not None and scheme not in ALLOWED_URL_SCHEMES:
        return f"{scheme}: links"
    return f"the broken link {url.strip()[:60]}"


def _removed_markup(fragment: str) -> list[str]:
    audit = _MarkupAudit()
    audit.feed(fragment)
    audit.close()
    return list(audit.removed)
