"""Bare web addresses in a description (`Slides at https://example.org/x`, `www.example.org`)
made links, one finder for the text and markdown formats alike.

linkify-it finds them (where an address ends before a closing `.` or `)`, what makes a
host), and an address ends before Chinese or Japanese punctuation (`。`, `、`) or a closing
quote mark (`»`, `“`) too; only an address with its scheme (http or https) or starting
`www.` is taken: a word that merely ends in a country's code (`config.py`, `index.md`,
`ASP.NET`) is left as written, and so is an e-mail address. A link has no `rel`: Guidebook
keeps only `href` on `<a>`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from linkify_it import LinkifyIt
from markdown_it.common.normalize_url import normalizeLink, normalizeLinkText

# Chinese and Japanese punctuation (`。`, `、`, `，`, `）`, `」`), which their text writes with no
# space after an address, and which no address copied from a browser holds unencoded: the
# address ends before it. linkify-it ends one only at ASCII punctuation.
_CJK_PUNCTUATION = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40"
                              "\uff5b-\uff65]")
# Closing quote marks (`„...“`, `«...»`), and the sentence's mark before one, end it too.
_CLOSING = "»”“’›.,;:!?"


class _AddressFinder(LinkifyIt):  # type: ignore[misc]
    """linkify-it taking only `http(s)://...` and `www....` addresses, each ending before
    CJK punctuation or a closing quote mark."""

    def match(self, text: str) -> list[Any] | None:
        found = [link for link in super().match(text) or []
                 if link.schema or link.raw[:4].lower() == "www."]
        return [link for link in found if _ended(link)] or None

    def match_at_start(self, text: str) -> Any:  # markdown-it's inline rule asks this
        link = super().match_at_start(text)
        return link if link is None or _ended(link) else None


def _ended(link: Any) -> bool:
    """Cut `link` (a linkify-it match) where its address ends; False when nothing is left of
    it. The URL is the raw text with at most a scheme put before it, so it is cut alike."""
    kept = _CJK_PUNCTUATION.split(link.raw, maxsplit=1)[0].rstrip(_CLOSING)
    cut = len(link.raw) - len(kept)
    if cut:
        link.raw, link.text, link.url = kept, link.text[:-cut], link.url[:-cut]
        link.last_index -= cut
    return kept.lower() not in {"", "http://", "https://", "www."}


# `//host` and ftp: are linkify-it's too; a cell means neither.
ADDRESS_FINDER = (_AddressFinder().set({"fuzzy_email": False})
                  .add("//", None).add("ftp:", None).add("mailto:", None))


def may_hold_address(text: str) -> bool:
    """Cheap test before the finder: a cell with neither `://` nor `www.` holds none."""
    return "://" in text or "www." in text or "WWW." in text


def escape_with_links(text: str) -> str:
    """Plain text escaped as HTML, its web addresses made links (as markdown-it writes them:
    the address percent-encoded in `href`, as written in the text)."""
    links = ADDRESS_FINDER.match(text) if may_hold_address(text) else None
    if not links:
        return html.escape(text, quote=False)
    parts, last = [], 0
    for link in links:
        href = normalizeLink(link.url)
        parts += [html.escape(text[last:link.index], quote=False),
                  f'<a href="{html.escape(href)}">',
                  html.escape(normalizeLinkText(link.text), quote=False), "</a>"]
        last = link.last_index
    parts.append(html.escape(text[last:], quote=False))
    return "".join(parts)
