"""A description as the planner typed it in a cell: its single line breaks kept in a markdown
column, as in a text one, and its bare web addresses made links."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import descriptions
from importer.html import sanitize_html
from importer.validate import validate_file
from tests.support import Sandbox, talk, write_sheet

REPO = Path(__file__).resolve().parent.parent


def _mapping_reading(tmp_path: Path, fmt: str) -> Path:
    """Guidebook's template mapping with its description read in `fmt`."""
    mapping = tmp_path / f"{fmt}.toml"
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    mapping.write_text(template.replace('format = "auto"', f'format = "{fmt}"'),
                       encoding="utf-8")
    return mapping


@pytest.mark.parametrize(
    ("cell", "expected_html"),
    [
        # Alt+Enter in a cell with no markdown at all, in a column drafted as markdown.
        ("Speaker: A\nRoom: B", "<p>Speaker: A<br>\nRoom: B</p>"),
        ("**Bold** intro\nSecond line\n\nNew paragraph",
         "<p><strong>Bold</strong> intro<br>\nSecond line</p>\n<p>New paragraph</p>"),
        # Markdown's own hard break (two spaces) stays one break, not two.
        ("First  \nSecond", "<p>First<br>\nSecond</p>"),
        # A list's items are still items, not lines of one.
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
    ],
    ids=["plain-lines", "bold-and-lines", "hard-break", "list"],
)
def test_markdown_keeps_a_cells_single_line_breaks(cell: str, expected_html: str) -> None:
    assert descriptions.description_to_html(cell, "markdown") == (expected_html, [])


def test_a_markdown_column_keeps_every_rows_lines(tmp_path: Path) -> None:
    """Each row of the column, with markdown or without, shows the lines typed."""
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1, **{"Description (Optional)": "**Keynote**\nRoom: Hall A"}),
        talk(2, **{"Description (Optional)": "Speaker: Ana Ruiz\nRoom: Hall B"}),
    ])
    report = validate_file(sheet, mapping=_mapping_reading(tmp_path, "markdown"),
                           timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p><strong>Keynote</strong><br>\nRoom: Hall A</p>",
        "<p>Speaker: Ana Ruiz<br>\nRoom: Hall B</p>",
    ]


_SLIDES = '<a href="https://example.org/x">https://example.org/x</a>'
_SITE = '<a href="http://www.example.org">www.example.org</a>'


@pytest.mark.parametrize(
    ("cell", "fmt", "expected_html"),
    [
        # A sentence's closing `.` and a bracket around it are not the address's.
        ("Slides at https://example.org/x.", "text", f"<p>Slides at {_SLIDES}.</p>"),
        ("Slides (https://example.org/x)", "auto", f"<p>Slides ({_SLIDES})</p>"),
        ("Slides at https://example.org/x.", "markdown", f"<p>Slides at {_SLIDES}.</p>"),
        ("More: www.example.org", "text", f"<p>More: {_SITE}</p>"),
        ("More: www.example.org", "markdown", f"<p>More: {_SITE}</p>"),
        # Lines and paragraphs as before, the address on its own line a link.
        ("Slides:\nhttps://example.org/x\n\nwww.example.org", "text",
         f"<p>Slides:<br>{_SLIDES}</p><p>{_SITE}</p>"),
        # Escaped as text around it; `&` in the address written as HTML writes it.
        ("Q&A: https://example.org/?a=1&b=2 <now>", "text",
         '<p>Q&amp;A: <a href="https://example.org/?a=1&amp;b=2">'
         "https://example.org/?a=1&amp;b=2</a> &lt;now&gt;</p>"),
        # An address not in ASCII, as a browser sends it.
        ("https://exämple.org/ü", "text",
         '<p><a href="https://xn--exmple-cua.org/%C3%BC">https://exämple.org/ü</a></p>'),
        # Markdown's own links, code and autolinks are not linked twice.
        ("[Slides](https://example.org/x), `https://example.org/y`, <https://example.org/x>",
         "markdown",
         '<p><a href="https://example.org/x">Slides</a>, <code>https://example.org/y</code>, '
         f"{_SLIDES}</p>"),
    ],
    ids=["text-sentence", "auto-brackets", "markdown-sentence", "text-www", "markdown-www",
         "text-lines", "text-escaped", "text-unicode", "markdown-own-links"],
)
def test_a_bare_address_is_a_link(cell: str, fmt: descriptions.DescriptionFormat,
                                  expected_html: str) -> None:
    assert descriptions.description_to_html(cell, fmt) == (expected_html, [])
    # What Guidebook keeps, so the next run sees no change.
    assert sanitize_html(expected_html) == expected_html


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_words_that_only_look_like_addresses_stay_words(fmt: descriptions.DescriptionFormat
                                                        ) -> None:
    """A word ending in a country's code, a file's name, an abbreviation and an e-mail
    address are not addresses a planner meant as links; nor is `//host` or ftp:."""
    cell = ("e.g. file.txt, config.py, ASP.NET or example.com; jane@example.com; "
            "//example.org; ftp://example.org")
    assert descriptions.description_to_html(cell, fmt) == (f"<p>{cell}</p>", [])


def test_html_is_kept_as_written() -> None:
    """Pasted HTML's author chose its links: an address in its text stays text."""
    cell = '<p>See https://example.org/x or <a href="https://example.org/y">y</a></p>'
    assert descriptions.description_to_html(cell, "html") == (cell, [])


def test_an_added_columns_address_is_a_link() -> None:
    """A Slides column added to the description, beside a cell holding HTML too."""
    assert descriptions.added_to_html("Slides", ["https://example.org/x", "<b>PDF</b>"],
                                      "auto") == (f"<p>Slides: {_SLIDES}, <b>PDF</b></p>", [])


def test_a_text_column_links_every_rows_address(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1, **{"Description (Optional)": "Slides at https://example.org/x."}),
        talk(2, **{"Description (Optional)": "No slides, e.g. yet."}),
    ])
    report = validate_file(sheet, mapping=_mapping_reading(tmp_path, "text"), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        f"<p>Slides at {_SLIDES}.</p>", "<p>No slides, e.g. yet.</p>"]


def test_the_nightly_run_after_sees_no_change(tmp_path: Path) -> None:
    """Guidebook keeps the links and lines as sent, so the next run of the sheet writes
    nothing."""
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1, **{"Description (Optional)": "**Slides**\nat https://example.org/x."}),
        talk(2, **{"Description (Optional)": "More: www.example.org"}),
    ])
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(_mapping_reading(tmp_path, "markdown"))})
    sandbox.run(sheet)
    after_first = sandbox.writes()
    again = sandbox.run(sheet)
    assert (sandbox.writes(), again.counts["unchanged"]) == (after_first, 2)
    assert sorted(s["description_html"] for s in sandbox.sessions()) == [
        f"<p><strong>Slides</strong><br>\nat {_SLIDES}.</p>", f"<p>More: {_SITE}</p>"]
