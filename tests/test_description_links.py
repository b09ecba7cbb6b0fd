"""A description as the planner typed it in a cell: its single line breaks kept in a markdown
column, as in a text one, and its bare web addresses made links."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import descriptions
from importer.validate import validate_file
from tests.support import talk, write_sheet

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
