"""The HTML Guidebook accepts in `description_html`, and the one sanitiser that enforces it.

Shared by the mapping (descriptions written as HTML or markdown), the planner (comparing
with what the service stored) and the sandbox (sanitising on save, as the service does).
Also the one reader of character references (`&amp;`), for descriptions and titles alike,
and what a title keeps of its markup (plain text, as the app shows titles).
"""

from __future__ import annotations

import html
import re
from html.entities import html5 as _NAMED_REFERENCES

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


# A colour as written by hand or by Word: `#c00`, `red`, `rgb(204, 0, 0)`, `hsl(0 100% 40%)`;
# `!important` is harmless and dropped. Anything else (`expression(...)`, `url(...)`) goes:
# nh3 checks property names only, and cut `expression(alert(1))` to `expression(alert()`.
_PLAIN_COLOR = re.compile(r"(#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]+"
                          r"|(?:rgb|hsl)a?\([0-9.,%/\s+-]*\))(?:\s*!\s*important)?", re.IGNORECASE)


def split_style(style: str) -> tuple[str, list[str]]:
    """A `style` value -> (its plain colour declarations, what else it declared: property
    names, and `color: <value>` for a colour that is not a plain one)."""
    kept, dropped = [], []
    for declaration in style.split(";"):
        name, _, value = (part.strip() for part in declaration.partition(":"))
        if name.lower() != "color":
            if name:
                dropped.append(name.lower())
        elif color := _PLAIN_COLOR.fullmatch(value):
            kept.append(f"color:{color[1]}")
        else:
            dropped.append(f"color: {value[:40]}")
    return ";".join(kept), dropped


def _keep_plain_color(tag: str, name: str, value: str) -> str | None:
    """nh3's attribute hook: a `style` keeps its plain colours, and goes when it has none."""
    return (split_style(value)[0] or None) if name == "style" else value


# Elements whose content goes with them, not only their tags: a script's code, a stylesheet,
# and the <xml> blocks of Word's HTML, its settings ('Normal 0 false false') that a CMS
# dropping comments leaves outside their `<!--[if gte mso 9]>`.
_DROPPED_WITH_CONTENT = frozenset({"script", "style", "xml"})

# Built once: a Cleaner reused across cells is several times faster than nh3.clean().
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes=ALLOWED_ATTRIBUTES,
    attribute_filter=_keep_plain_color,
    filter_style_properties={"color"},
    link_rel=None,
    url_schemes=set(ALLOWED_URL_SCHEMES),
    clean_content_tags=set(_DROPPED_WITH_CONTENT),
)


def sanitize_html(html: str) -> str:
    """Keep only the allowed tags and attributes; `style` keeps nothing but a plain `color`."""
    return str(_CLEANER.clean(html)).strip()


# Markup a title brings from a web page or a site's data file: the formatting tags
# description_html allows ('<i>Drosophila</i>', '</b>'), and character references ('&#x27;',
# '&amp;'). Other text in angle brackets ('<template> in Vue') is a title's own words.
_TAG_NAMES = "|".join(sorted(ALLOWED_TAGS, key=len, reverse=True))  # 'br' tried before 'b'
_TITLE_TAG = re.compile(rf"<\s*/?\s*({_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
# Tags that end a line or a block: taken out, they leave a space between the words around.
_INLINE_TAGS = frozenset({"a", "span", "b", "u", "i", "strong", "em", "tt", "code", "ins",
                          "del", "sup", "sub", "kbd", "samp", "q", "var", "ruby", "rt", "rp"})


# Markup, not words, are the tags the title closes ('<i>...</i>') and line breaks: a talk
# about HTML names an element alone ('Building accessible <table>s', 'the <a> element').
_CLOSING_TAG = re.compile(rf"<\s*/\s*({_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
_LINE_BREAKS = frozenset({"br", "hr"})


def plain_title(title: str) -> tuple[str, bool]:
    """A title as the app shows it, plain text: formatting tags out (a line break a space),
    character references read. And whether tags were taken out, for a warning: the words
    are kept, but their emphasis is lost."""
    markup = _LINE_BREAKS | {name.lower() for name in _CLOSING_TAG.findall(title)}
    tagged = any(tag[1].lower() in markup for tag in _TITLE_TAG.finditer(title))
    if tagged:
        title = " ".join(_TITLE_TAG.sub(lambda tag: _tag_gap(tag) if tag[1].lower() in markup
                                        else tag[0], title).split())
    return decode_char_references(title), tagged


def _tag_gap(tag: re.Match[str]) -> str:
    return "" if tag[1].lower() in _INLINE_TAGS else " "


# A character reference as HTML writes one: `&amp;`, `&eacute;`, `&#233;`, `&#xE9;`. The `;`
# is required, so `AT&T`, `R&D` and `Fish&Chips` are never read as one. A number may have
# any count of digits (`&#00000233;` is é), and one past U+10FFFF is U+FFFD, as a browser
# and the sanitiser read them.
_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_char_references(text: str) -> str:
    """`Q&amp;A` -> `Q&A`, `caf&eacute;` -> `café`; a `&` that starts no reference stays."""
    return _CHAR_REFERENCE.sub(_decoded_reference, text) if "&" in text else text


def split_decoded(text: str, separator: str) -> list[str]:
    """`text` split at `separator` and its character references read, a reference being
    text, never a separator: `A&#59;B` and `Hall&#x3B;1`, as a site's data file escapes the
    `;` in a name, stay one part, `ROXY &amp; WAKE` too (its `;` ends the reference). A
    reference's shape naming no character (`Sales&Marketing;Engineering`) is plain text."""
    if "&" not in text:
        return text.split(separator)
    parts = [""]
    for plain, ref in _CHAR_REFERENCE_SPLIT.findall(text):
        if ref and not _names_a_character(ref):
            plain, ref = plain + ref, ""
        first, *more = plain.split(separator)
        parts[-1] += first
        parts += more
        parts[-1] += decode_char_references(ref)
    return parts


# The text up to the next character reference (or the end), then that reference.
_CHAR_REFERENCE_SPLIT = re.compile(rf"(.*?)({_CHAR_REFERENCE.pattern}|\Z)", re.DOTALL)


def _decoded_reference(match: re.Match[str]) -> str:
    ref = match[0]
    return html.unescape(ref) if _names_a_character(ref) else ref


def _names_a_character(ref: str) -> bool:
    return ref[1] == "#" or ref[1:] in _NAMED_REFERENCES
