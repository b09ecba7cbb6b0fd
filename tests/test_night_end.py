"""An end typed on the 24-hour clock read in the night after (`19:00 - 1:00`), where one
keystroke more makes it an evening end after the start (21:00): read as the late show, and
said, naming the end's day. A sheet of real late shows reads without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

UTC = dt.UTC


def _ranges(tmp_path: Path, cells: list[str]) -> tuple[Path, Path]:
    path = tmp_path / "ranges.csv"
    path.write_text("Title,Date,Time,Room\n" + "".join(
        f"S{n},5/11/2027,{cell},Room {n}\n" for n, cell in enumerate(cells)), encoding="utf-8")
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "ranges"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    return path, mapping


def test_an_end_one_keystroke_from_the_evening_is_said(tmp_path: Path) -> None:
    path, mapping = _ranges(tmp_path, ["19:00 - 1:00", "20:00 - 0:30", "23:00 - 2:00",
                                       "22:00 - 1:00", "19:00 - 01:00", "7 PM - 1:00",
                                       "10 PM - 2 AM"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (2, "night-end", "warning",
         "Row 2: 'Time' has '19:00 - 1:00', read as ending at 01:00 in the night after, on "
         "Wednesday 12 May 2027: if it ends at 21:00 the same evening, write 21:00; if it runs "
         "past midnight, write 01:00 (with its 0) to say so."),
        (3, "night-end", "warning",
         "Row 3: 'Time' has '20:00 - 0:30', read as ending at 00:30 in the night after, on "
         "Wednesday 12 May 2027: if it ends at 20:30 the same evening, write 20:30; if it runs "
         "past midnight, write 00:30 (with its 0) to say so.")]
    assert [p.end_time for p in report.payloads] == [
        dt.datetime(2027, 5, 12, 1, tzinfo=UTC), dt.datetime(2027, 5, 12, 0, 30, tzinfo=UTC),
        dt.datetime(2027, 5, 12, 2, tzinfo=UTC), dt.datetime(2027, 5, 12, 1, tzinfo=UTC),
        dt.datetime(2027, 5, 12, 1, tzinfo=UTC), dt.datetime(2027, 5, 12, 1, tzinfo=UTC),
        dt.datetime(2027, 5, 12, 2, tzinfo=UTC)]


def test_two_columns_typed_so_are_said_and_workbook_time_cells_are_not(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Typed", dt.date(2027, 5, 11), "19:00", "1:00", "Hall"],
        ["Late", dt.date(2027, 5, 11), "23:00", "2:00", "Club"],
        ["Time cells", dt.date(2027, 5, 11), dt.time(19), dt.time(1), "Bar"],
    ]})
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code) for i in report.issues if i.row] == [
        (2, "Time End", "1:00", "night-end")]
    assert [(p.name, p.end_time) for p in report.payloads] == [
        ("Typed", dt.datetime(2027, 5, 12, 1, tzinfo=UTC)),
        ("Late", dt.datetime(2027, 5, 12, 2, tzinfo=UTC)),
        ("Time cells", dt.datetime(2027, 5, 12, 1, tzinfo=UTC))]


def test_an_end_written_with_u_h_or_no_minutes_is_said_too(tmp_path: Path) -> None:
    """Dutch '19u - 1u', '19u - 1u30', '19.00 u - 1.00 u' and French '19h - 1h' are
    '19:00 - 1:00' written otherwise: one keystroke from 21:00 too."""
    cells = ["19u - 1u", "19u - 1u30", "19.00 u - 1.00 u", "19h - 1h", "19u - 01u"]
    path, mapping = _ranges(tmp_path, cells)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "night-end", f"Row {row}: 'Time' has {cell!r}, read as ending at {end} in the "
         f"night after, on Wednesday 12 May 2027: if it ends at 2{end[1:]} the same evening, "
         f"write 2{end[1:]}; if it runs past midnight, write {end} (with its 0) to say so.")
        for row, cell, end in [(2, cells[0], "01:00"), (3, cells[1], "01:30"),
                               (4, cells[2], "01:00"), (5, cells[3], "01:00")]]
    assert [p.end_time for p in report.payloads] == [
        dt.datetime(2027, 5, 12, 1, tzinfo=UTC), dt.datetime(2027, 5, 12, 1, 30, tzinfo=UTC),
        *[dt.datetime(2027, 5, 12, 1, tzinfo=UTC)] * 3]


def test_only_an_end_that_a_lost_2_makes_later_than_the_start_is_said(tmp_path: Path) -> None:
    # 3:00 may be 23:00 and 2:00 22:00; 21:00 is no later than a 21:00 start, 0:00 is the
    # midnight ending the day, and no 24:00 is one keystroke from 4:00.
    path, mapping = _ranges(tmp_path, ["22:00 - 3:00", "20:00 - 2:00", "21:00 - 1:00",
                                       "19:00 - 0:00", "19:00 - 4:00"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "night-end", "Row 2: 'Time' has '22:00 - 3:00', read as ending at 03:00 in the "
         "night after, on Wednesday 12 May 2027: if it ends at 23:00 the same evening, write "
         "23:00; if it runs past midnight, write 03:00 (with its 0) to say so."),
        (3, "night-end", "Row 3: 'Time' has '20:00 - 2:00', read as ending at 02:00 in the "
         "night after, on Wednesday 12 May 2027: if it ends at 22:00 the same evening, write "
         "22:00; if it runs past midnight, write 02:00 (with its 0) to say so.")]
    assert [p.end_time for p in report.payloads] == [
        dt.datetime(2027, 5, 12, 3, tzinfo=UTC), dt.datetime(2027, 5, 12, 2, tzinfo=UTC),
        dt.datetime(2027, 5, 12, 1, tzinfo=UTC), dt.datetime(2027, 5, 12, 0, tzinfo=UTC),
        dt.datetime(2027, 5, 12, 4, tzinfo=UTC)]


def test_a_start_column_written_with_pm_says_the_end_is_the_night(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
        ["Show", dt.date(2027, 5, 11), "7:00 PM", "1:00", "Hall"],
        ["Typed", dt.date(2027, 5, 11), "19:00", "1:00", "Club"],
    ]})
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code) for i in report.issues if i.row] == [
        (3, "Time End", "1:00", "night-end")]
    assert [(p.name, p.end_time) for p in report.payloads] == [
        ("Show", dt.datetime(2027, 5, 12, 1, tzinfo=UTC)),
        ("Typed", dt.datetime(2027, 5, 12, 1, tzinfo=UTC))]
