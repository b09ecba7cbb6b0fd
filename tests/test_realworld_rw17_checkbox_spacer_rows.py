"""A festival's programme parts each day's blocks with a row holding only the day's date
and the FALSE its checkbox column has in every row (goldsmiths-computational-arts/
2020.goldcomparts.show, `data/schedule.tsv`: 'Fri 18 Sep 2020<TAB><TAB><TAB>false<TAB>...'
under 'startDate, startTime, duration, livestream, ...'). Each such row stopped validate:
'title' is empty, fill it in, for a row that is no session. It is now a day's row, skipped
with the empty-day warning, as it is without the FALSE. A few rows in the file's shape."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from importer.validate import validate_file

HEADER = ["startDate", "startTime", "duration", "livestream", "title", "desc"]
ROWS = [
    ["Fri 18 Sep 2020", "13:15", "45", "true", "Artist Q&A - Generative Politics", "Live Q&A"],
    ["Fri 18 Sep 2020", "", "", "false", "", ""],
    ["Fri 18 Sep 2020", "14:30", "45", "true", "Spotlight Panel: Can plants make art?", ""],
]
MAPPING = ('name = "goldsmiths"\ntimezone = "Europe/London"\n'
           '[fields.name]\ncolumn = "title"\n'
           '[fields.start]\ndate_column = "startDate"\ntime_column = "startTime"\n'
           '[fields.end]\nduration_column = "duration"\n')
SPACER = ("Row 3: only the date is filled in (in 'startDate'), perhaps with the day's name: "
          "a heading for that day's sessions, so no session is sent for it.")


def _issues_and_sessions(sheet: Path, tmp_path: Path) -> tuple[list[tuple[int, str]],
                                                                list[tuple[str, str]]]:
    mapping = tmp_path / "goldsmiths.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    return ([(i.row, i.code, i.severity, i.message) for i in report.issues if i.row],
            [(p.name, f"{p.start_time:%H:%M}") for p in report.payloads])


def test_a_dated_row_with_an_unticked_box_is_a_days_row(tmp_path: Path) -> None:
    sheet = tmp_path / "schedule.tsv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter="\t").writerows([HEADER, *ROWS])
    issues, sessions = _issues_and_sessions(sheet, tmp_path)
    assert issues == [(3, "empty-day", "warning", SPACER)]
    assert sessions == [("Artist Q&A - Generative Politics", "12:15"),
                        ("Spotlight Panel: Can plants make art?", "13:30")]


def test_a_workbooks_logical_false_is_an_unticked_box_too(tmp_path: Path) -> None:
    """Saved from Excel, the checkbox column holds logical cells, not the word."""
    sheet = tmp_path / "schedule.xlsx"
    book = openpyxl.Workbook()
    for row in [HEADER, *ROWS]:
        book.active.append([{"true": True, "false": False}.get(c, c) for c in row])
    book.save(sheet)
    issues, sessions = _issues_and_sessions(sheet, tmp_path)
    assert issues == [(3, "empty-day", "warning", SPACER)]
    assert len(sessions) == 2
