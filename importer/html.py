"""The HTML Guidebook accepts in `description_html`, and the one sanitiser that enforces it.

Shared by the mapping (descriptions written as HTML or markdown), the planner (comparing
with what the service stored) and the sandbox (sanitising on save, as the service does).
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "p", "div", "blockquote", "pre", "span",
    "b", "u", "i", "strong", "em", "tt", "code", "ins", "del", "sup", "sub", "kbd", "samp",
    "q", "var", "ol", "ul", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
    "tr", "td", "th", "br", "hr", "ruby", "rt", "rp",
})

PRESENTATIONAL_ATTRIBUTES = frozenset({
    "title", "align", "valign", "colspan", "rowspan", "width", "height", "dir", "lang",
})

# Links keep nh3's default schemes (http, https, mailto, tel...); javascript: and data: go.
ALLOWED_URL_SCHEMES = frozenset(nh3.ALLOWED_URL_SCHEMES)

ALLOWED_ATTRIBUTES = {
    "*": set(PRESENTATIONAL_ATTRIBUTES),
    "a": {"href"},
    "span": {"style"},
}


# Built once: a Cleaner reused across cells is several times faster than nh3.clean().
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes=ALLOWED_ATTRIBUTES,
    filter_style_properties={"color"},
    link_rel=None,
    url_schemes=set(ALLOWED_URL_SCHEMES),
)


def sanitize_html(html: str) -> str:
    """Keep only the allowed tags and attributes; `style` keeps nothing but `color`."""
    return str(_CLEANER.clean(html)).strip()
