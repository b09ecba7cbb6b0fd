"""Description cells as Guidebook's HTML: line breaks as a spreadsheet writes them, markdown
and pasted HTML sanitised alike, and each thing removed named for the html-stripped warning."""

from __future__ import annotations

import pytest

from importer import descriptions


@pytest.mark.parametrize(
    ("text", "fmt", "expected_html", "removed"),
    [
        # A line holding only spaces or a tab, as a cell edited by hand often has, still
        # parts two paragraphs.
        ("First part.\n  \t\nSecond part.", "text", "<p>First part.</p><p>Second part.</p>",
         []),
        ("First part.\n \nSecond part.", "auto", "<p>First part.</p><p>Second part.</p>", []),
        # Old Mac line ends (a CR alone), as Excel for Mac writes them in a CSV cell.
        ("Line one\rLine two\r\rNew paragraph", "text",
         "<p>Line one<br>Line two</p><p>New paragraph</p>", []),
        # Markdown may hold raw HTML: it is sanitised as pasted HTML is, and said so.
        ("**Bold** <script>steal()</script> and <u>kept</u>", "markdown",
         "<p><strong>Bold</strong>  and <u>kept</u></p>", ["<script>"]),
        # A video pasted as its embed code.
        ('<p>Watch:</p><iframe src="https://www.youtube.com/embed/x"></iframe>', "auto",
         "<p>Watch:</p>", ["<iframe>"]),
        # Only a span keeps a style (its colour), as Guidebook does.
        ('<p style="color: red">Red?</p>', "html", "<p>Red?</p>", ["style= on <p>"]),
        # A colour function holding anything but numbers is not a plain colour.
        ('<span style="color: rgb(1, 2, 3) url(javascript:x)">r</span>', "html",
         "<span>r</span>", ["style color: rgb(1, 2, 3) url(javascript:x) on <span>"]),
    ],
    ids=["blank-line-with-spaces", "auto-blank-line-with-spaces", "cr-line-ends",
         "markdown-raw-html", "iframe-embed", "style-off-a-span", "rgb-with-more"],
)
def test_description_to_html(text: str, fmt: descriptions.DescriptionFormat, expected_html: str,
                             removed: list[str]) -> None:
    assert descriptions.description_to_html(text, fmt) == (expected_html, removed)
