"""HTML in a cell of the description's added columns, as a CMS exports a list of speakers:
read as HTML where the description is read so, and named in a warning where it is text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

HEADER = ["ID", "Title", "Start", "End", "Abstract", "Speakers"]
MAPPING = """name = "cms"
timezone = "Europe/Paris"
[fields.import_id]
column = "ID"
[fields.name]
column = "Title"
[fields.start]
column = "Start"
[fields.end]
column = "End"
[fields.description]
column = "Abstract"
add_columns = ["Speakers"]
{format}
"""
ROWS = [
    ["1", "Glaciers", "2027-05-11 09:00", "2027-05-11 10:00", "<p>Ice <b>moves</b>.</p>",
     "Bruno Jourdain, IGE <br> Anne-Sarah Amblard"],
    ["2", "Rivers", "2027-05-11 11:00", "2027-05-11 12:00", "<p>Water flows.</p>",
     "Ana Ruiz &amp; Bo Li"],
    ["3", "Lakes", "2027-05-11 13:00", "2027-05-11 14:00", "", "x<y"],
    ["4", "Seas", "2027-05-11 15:00", "2027-05-11 16:00", "",
     '<ul><li><a href="javascript:go()">Cy Doe</a></li><li>Dee</li></ul>'],
]


def mapping(tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / "cms.toml"
    path.write_text(MAPPING.format(format=f'format = "{fmt}"' if fmt else ""),
                    encoding="utf-8")
    return path


def issues(report: Any) -> list[tuple[Any, ...]]:
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def test_an_added_cell_holding_html_is_read_as_html_in_an_html_description(
        tmp_path: Path) -> None:
    """With format "auto" (or "html"), an added cell holding a tag is HTML: its line break
    shows as one, not as '<br>' written out; what Guidebook does not allow goes with a
    warning on that cell; a plain one is text, its character references read once."""
    for fmt in ("auto", "html"):
        report = validate_file(write_csv(tmp_path, HEADER, ROWS), mapping=mapping(tmp_path, fmt))
        assert [p.description_html for p in report.payloads] == [
            "<p>Ice <b>moves</b>.</p><p>Speakers: Bruno Jourdain, IGE <br> Anne-Sarah Amblard"
            "</p>",
            "<p>Water flows.</p><p>Speakers: Ana Ruiz &amp; Bo Li</p>",
            "<p>Speakers: x&lt;y</p>",
            "<p>Speakers:</p><ul><li><a>Cy Doe</a></li><li>Dee</li></ul>",
        ], fmt
        assert issues(report) == [
            (5, "Speakers", "html-stripped",
             "Row 5: Guidebook does not allow javascript: links in a description, so it was "
             "removed; check the text still reads right."),
        ], fmt


def test_an_added_cell_holding_html_in_a_text_description_is_named(tmp_path: Path) -> None:
    """Read as text (the default), the cell is sent as written, and a warning names it and
    the setting that reads it as HTML; text without a tag is not named."""
    report = validate_file(write_csv(tmp_path, HEADER, ROWS[:3]), mapping=mapping(tmp_path, ""))
    assert [p.description_html for p in report.payloads] == [
        "<p>&lt;p&gt;Ice &lt;b&gt;moves&lt;/b&gt;.&lt;/p&gt;</p><p>Speakers: Bruno Jourdain, "
        "IGE &lt;br&gt; Anne-Sarah Amblard</p>",
        "<p>&lt;p&gt;Water flows.&lt;/p&gt;</p><p>Speakers: Ana Ruiz &amp;amp; Bo Li</p>",
        "<p>Speakers: x&lt;y</p>",
    ]
    assert issues(report) == [
        (2, "Speakers", "html-as-text",
         "Row 2: 'Speakers' has 'Bruno Jourdain, IGE <br> Anne-Sarah Amblard', HTML that the "
         "app will show as written, tags and all: [fields.description] reads its cells as "
         'text (format = "text"). To read such cells as HTML, set format = "auto" there.'),
    ]


def test_presenters_listed_from_rows_keep_their_html(tmp_path: Path) -> None:
    """A session on a row per presenter lists each row's cell, HTML or text, in one
    paragraph; the nightly run of the unchanged sheet writes nothing."""
    rows = [[*ROWS[0][:5], "Bruno Jourdain, IGE <br> Anne-Sarah Amblard"],
            [*ROWS[0][:5], "R&D Team"],
            [*ROWS[0][:5], "<b>Cy</b>"]]
    sheet = write_csv(tmp_path, HEADER, rows)
    report = validate_file(sheet, mapping=mapping(tmp_path, "auto"))
    listed = ("<p>Ice <b>moves</b>.</p><p>Speakers: Bruno Jourdain, IGE <br> Anne-Sarah "
              "Amblard, R&amp;D Team, <b>Cy</b></p>")
    assert [p.description_html for p in report.payloads] == [listed]
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(mapping(tmp_path, "auto"))})
    sandbox.run(sheet)
    after_first = sandbox.writes()
    again = sandbox.run(sheet)
    assert sandbox.writes() == after_first
    assert again.counts["unchanged"] == 1
    assert [s["description_html"] for s in sandbox.sessions()] == [listed]
