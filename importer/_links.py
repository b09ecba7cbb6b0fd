"""Bare web addresses in a description (`Slides at https://example.org/x`, `www.example.org`)
made links, one finder for the text and markdown formats alike.

linkify-it finds them (where an address ends before a closing `.` or `)`, what makes a
host); only an address with its scheme (http or https) or starting `www.` is taken: a word
that merely ends in a country's code (`config.py`, `index.md`, `ASP.NET`) is left as written,
and so is an e-mail address. A link has no `rel`: Guidebook keeps only `href` on `<a>`.
"""

from __future__ import annotations

import html
from typing import Any

from linkify_it import LinkifyIt
from markdown_it.common.normalize_url import normalizeLink, normalizeLinkText


class _AddressFinder(LinkifyIt):  # type: ignore[misc]
    """linkify-it taking only `http(s)://...` and `www....` addresses."""

    def match(self, text: str) -> list[Any] | None:
        found = [link for link in super().match(text) or []
                 if link.schema or link.raw[:4].lower() == "www."]
        return found or None


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
