"""A planner's abstract typed in a cell with a word in italics and its lines parted by
Alt+Enter: read as HTML (format = "auto"), its lines ran into one in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.descriptions import description_to_html
from importer.validate import validate_file
from tests.test_load import write_xlsx


@pytest.mark.parametrize(("cell", "sent"), [
    ("Tips and <i>tricks</i>.\nBring a laptop.\n\nA second paragraph.",
     "<p>Tips and <i>tricks</i>.<br>Bring a laptop.</p><p>A second paragraph.</p>"),
    ("See <a href='https://example.org'>the site</a> &\r\nbook early",
     '<p>See <a href="https://example.org">the site</a> &amp;<br>book early</p>'),
    # Lines laid out by tags: the line breaks are the HTML source's, read as HTML.
    ("<p>One</p>\n<p>Two</p>", "<p>One</p>\n<p>Two</p>"),
    ("One<br>\nTwo", "One<br>\nTwo"),
    ("<ul>\n<li>Acme</li>\n<li>Globex</li>\n</ul>", "<ul>\n<li>Acme</li>\n<li>Globex</li>\n</ul>"),
    ("Tips and <i>tricks</i>.", "Tips and <i>tricks</i>."),
])
def test_an_html_cell_keeps_its_typed_lines(cell: str, sent: str) -> None:
    assert description_to_html(cell, "auto") == (sent, [])


def test_a_tag_guidebook_does_not_allow_is_still_named() -> None:
    assert description_to_html("<script>x()</script>Line one\nLine two", "auto") == (
        "<p>Line one<br>Line two</p>", ["<script>"])


def test_the_lines_reach_the_payload_from_a_workbook(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Day": [
        ["Title", "Date", "Start", "End", "Abstract"],
        ["Hybrid events", "2026-05-11", "14:15", "15:00",
         "Tips and <i>tricks</i>.\nBring a laptop."],
        ["Budgets", "2026-05-11", "15:15", "16:00", "<b>Plan</b> it, keep it."]]})
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\ndate_column = "Date"\n'
        'time_column = "Start"\n[fields.end]\ntime_column = "End"\n'
        '[fields.description]\ncolumn = "Abstract"\nformat = "auto"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [row.payload.description_html for row in report.rows if row.payload] == [
        "<p>Tips and <i>tricks</i>.<br>Bring a laptop.</p>", "<b>Plan</b> it, keep it."]
    assert [i.code for i in report.issues if i.row] == []
