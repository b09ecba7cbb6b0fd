"""A start at 1:00 to 4:59 on a sheet that shows it keeps the 24-hour clock (a start written
`02:00`, or a time such as `22:00` in the column) is a night of the programme, as written:
no night-start warning. On a sheet with no such sign it is still said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import ValidationReport, validate_file
from tests.test_load import write_xlsx

HEADER = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]


def _night_starts(path: Path) -> list[tuple[int | None, str | None]]:
    report = validate_file(path, timezone="UTC")
    return [(i.row, i.value) for i in report.issues if i.code == "night-start"]


def test_a_festival_night_on_the_24_hour_clock_is_read_without_a_word(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "festival.xlsx", {"Sheet": [
        HEADER,
        ["Headliner", dt.date(2027, 5, 11), "22:00", "23:30", "Main"],
        ["Night set", dt.date(2027, 5, 12), "2:00", "3:30", "Main"],
        ["Dawn set", dt.date(2027, 5, 12), "3:30", "4:30", "Tent"],
    ]})
    assert _night_starts(path) == []


def test_a_zero_padded_start_is_the_night_and_an_unpadded_one_still_said(
        tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(",".join(HEADER) + "\nNight set,5/12/2027,02:00,03:00,Main\n"
                    "Lunch talk,5/12/2027,1:00,2:30,Hall\n"
                    "Keynote,5/12/2027,10:00 AM,11:00 AM,Hall\n", encoding="utf-8")
    assert _night_starts(path) == [(3, "1:00")]


def test_an_afternoon_written_with_pm_is_no_sign_of_the_24_hour_clock(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(",".join(HEADER) + "\nLunch talk,5/12/2027,1:00,2:30,Hall\n"
                    "Panel,5/12/2027,3:00 PM,4:00 PM,Hall\n", encoding="utf-8")
    assert _night_starts(path) == [(2, "1:00")]


def test_one_24_hour_cell_among_pm_ones_keeps_the_warning(tmp_path: Path) -> None:
    # A sheet on the 12-hour clock (1:00 PM) with one cell typed on the 24-hour clock: the
    # column does not keep that clock throughout, so '2:00 - 3:00' is still said.
    path = tmp_path / "s.csv"
    path.write_text("Title,Date,Time,Room\nKeynote,5/11/2027,1:00 PM - 2:00 PM,Hall\n"
                    "Panel,5/11/2027,2:00 - 3:00,Hall\nWorkshop,5/11/2027,9:00 - 13:00,Lab\n"
                    "Closing,5/11/2027,3:30 - 4:30,Hall\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.value) for i in report.issues if i.code == "night-start"] == [
        (3, "2:00 - 3:00"), (5, "3:30 - 4:30")]


def range_column_report(tmp_path: Path, cells: list[str]) -> ValidationReport:
    """A sheet whose one Time column gives each session's start and end (`cells`), a room
    each, on 5/11/2027, validated in UTC."""
    path = tmp_path / "s.csv"
    path.write_text("Title,Date,Time,Room\n" + "".join(
        f"S{n},5/11/2027,{cell},Room {n}\n" for n, cell in enumerate(cells)), encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    return validate_file(path, mapping=mapping, timezone="UTC")


def _range_sheet(tmp_path: Path, cells: list[str]) -> list[tuple[int | None, str | None]]:
    report = range_column_report(tmp_path, cells)
    return [(i.row, i.value) for i in report.issues if i.code == "night-start"]


def test_each_hour_only_the_24_hour_clock_has_keeps_it(tmp_path: Path) -> None:
    # 13:00 and 23:00 are the 24-hour clock's first and last such hours; 19u30 is Dutch;
    # '9:00 - 17:00' has its afternoon hour at its end.
    for afternoon in ["12:00 - 13:00", "23:00 - 23:30", "19u30 - 20u", "9:00 - 17:00"]:
        assert _range_sheet(tmp_path, [afternoon, "2:00 - 3:00"]) == [], afternoon


def test_a_dutch_start_in_the_small_hours_is_said(tmp_path: Path) -> None:
    assert _range_sheet(tmp_path, ["10:00 - 11:00", "2u30 - 3u30"]) == [(3, "2u30 - 3u30")]
