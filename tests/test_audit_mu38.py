"""Inputs a planner's sheet holds that the newest features' own tests did not try: slashed
time ranges, totals rows, titles holding Markdown, draft-mapping's people columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.validate import validate_file

T = dt.time


def _range_sheet(tmp_path: Path, cell: str) -> tuple[Path, Path]:
    path = tmp_path / "agenda.csv"
    path.write_text(f"Title,Date,Time\nTalk,5/11/2027,{cell}\n", encoding="utf-8")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text('name = "agenda"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    return path, mapping


@pytest.mark.parametrize(("cell", "expected"), [
    ("9:30 a.m./10:30 a.m.", (T(9, 30), T(10, 30))), ("9 A.M. / 11 A.M.", (T(9), T(11))),
    ("9h/11h", (T(9), T(11))), ("9.30u/10.30u", (T(9, 30), T(10, 30))),
    ("9:30 Uhr/11:00 Uhr", (T(9, 30), T(11))), ("9:00 h/10:00 h", (T(9), T(10))),
])
def test_a_slashed_range_after_dotted_am_pm_or_an_hours_word_is_read(
        tmp_path: Path, cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """Each is read when a dash joins it ('9:30 a.m. - 10:30 a.m.', '9h - 11h'); joined by a
    slash it was refused as bad-time, asking for a start and an end the cell has."""
    path, mapping = _range_sheet(tmp_path, cell)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([(i.code, i.message) for i in report.issues if i.row],
            convert.parse_time_range(cell)) == ([], expected)


def test_an_image_in_a_title_gives_its_alt_text_without_its_mark(tmp_path: Path) -> None:
    """'![NEW](https://x.org/new.png) Keynote' was sent as '!NEW Keynote': the link was read
    and the image's '!' left before its text."""
    path, mapping = _range_sheet(tmp_path, "9:00 - 10:00")
    path.write_text("Title,Date,Time\n\"![NEW](https://x.org/new.png) Keynote\",5/11/2027,"
                    "9:00 - 10:00\n", encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([p.name for p in report.payloads],
            [(i.code, i.message) for i in report.issues if i.row]) == (["NEW Keynote"], [(
        "markdown-in-title",
        "Row 2: 'Title' has '![NEW](https://x.org/new.png) Keynote': a title shows as plain "
        "text in the app, so its Markdown was read, leaving 'NEW Keynote'; the app does not "
        "show the link's address (https://x.org/new.png): put it in the description if "
        "attendees need it.")])
