"""fill_down beside the mapping's other settings: skip_unscheduled, blank_values, --sheet
all, a hidden row, a repeated id, a row in error."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Title", "Date", "Start", "End", "Room", "Abstract"]


def mapping(path: Path, settings: str) -> Path:
    path.write_text(
        f'name = "once a day"\n{settings}\n'
        '[fields.name]\ncolumn = "Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
        '[fields.end]\ntime_column = "End"\n'
        '[fields.locations]\ncolumn = "Room"\noptional = true\n'
        '[fields.description]\ncolumn = "Abstract"\noptional = true\n', encoding="utf-8")
    return path


def test_a_talk_with_no_slot_under_a_dated_row_stays_unscheduled(tmp_path: Path) -> None:
    """With skip_unscheduled, a talk with neither date nor time under the last day's rows
    is a talk not given a slot yet, as it is without fill_down; it was given the date
    above and sent as an all-day session in the room above."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Opening", "5/11/2027", "9:00", "10:00", "Hall", "Welcome"],
        ["Talk A", "", "10:00", "11:00", "", "About A"],
        ["Unslotted talk", "", "", "", "", "About U"]])
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Date", "Room"]\nskip_unscheduled = true')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (4, "unscheduled", "Row 4: 'Date' is empty, so the session has no time yet and nothing "
         "is sent for it (skip_unscheduled); fill it in to send the session")]
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}", p.locations) for p in report.payloads] == [
        ("Opening", "05-11 09:00", ("Hall",)), ("Talk A", "05-11 10:00", ("Hall",))]


def test_a_heading_in_a_filled_down_column_gives_the_rows_under_it_nothing(
        tmp_path: Path) -> None:
    """A workbook's heading merged across the row lands in its first column when exported:
    with Room first and filled down, 'Afternoon' is no room for the sessions under it,
    which keep the room above the heading."""
    sheet = write_csv(tmp_path, ["Room", "Title", "Date", "Start", "End"], [
        ["Hall", "Opening", "5/11/2027", "9:00", "10:00"],
        ["", "Talk A", "", "10:00", "11:00"],
        ["Afternoon", "", "", "", ""],
        ["", "Talk B", "", "13:00", "14:00"]])
    toml = tmp_path / "m.toml"
    toml.write_text(
        'name = "room first"\nfill_down = ["Room", "Date"]\n'
        '[fields.name]\ncolumn = "Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
        '[fields.end]\ntime_column = "End"\n'
        '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (4, "section-heading", "Row 4: holds only 'Afternoon' (in 'Room'), so it is read as a "
         "section heading and nothing is sent for it; to make it a session, give it a date "
         "and times.")]
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}", p.locations) for p in report.payloads] == [
        ("Opening", "05-11 09:00", ("Hall",)), ("Talk A", "05-11 10:00", ("Hall",)),
        ("Talk B", "05-11 13:00", ("Hall",))]


def test_each_days_blank_dates_are_told_of_fill_down_without_it(tmp_path: Path) -> None:
    """Every blank date under a dated row is hinted at, on the second day as on the first."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Opening", "5/11/2027", "9:00", "10:00", "", ""],
        ["Talk A", "", "10:00", "11:00", "", ""],
        ["Day two", "5/12/2027", "9:00", "10:00", "", ""],
        ["Talk B", "", "10:00", "11:00", "", ""]])
    report = validate_file(sheet, mapping=mapping(tmp_path / "m.toml", ""), timezone="UTC")
    hint = ("'Date' is empty; every session needs a date. Fill it in, or if it is written once "
            'for the rows under it, add fill_down = ["Date"] to the mapping.')
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "missing-required", f"Row 3: {hint}"), (5, "missing-required", f"Row 5: {hint}")]


def test_a_time_slot_merged_over_parallel_sessions_is_read_on_each(tmp_path: Path) -> None:
    """fill_down on the Start and End columns: three talks in parallel rooms share the slot
    typed on the first of them; the next row's own times stand."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Opening", "5/11/2027", "9:00", "10:00", "Hall", ""],
        ["Talk A", "", "10:00", "11:00", "Room 1", ""],
        ["Talk B", "", "", "", "Room 2", ""],
        ["Talk C", "", "", "", "Room 3", ""],
        ["Lunch", "", "12:00", "13:00", "Hall", ""]])
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Date", "Start", "End"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}", f"{p.end_time:%H:%M}", p.locations)
            for p in report.payloads] == [
        ("Opening", "05-11 09:00", "10:00", ("Hall",)),
        ("Talk A", "05-11 10:00", "11:00", ("Room 1",)),
        ("Talk B", "05-11 10:00", "11:00", ("Room 2",)),
        ("Talk C", "05-11 10:00", "11:00", ("Room 3",)),
        ("Lunch", "05-11 12:00", "13:00", ("Hall",))]
    assert [i for i in report.issues if i.row] == []


def test_a_blank_value_is_not_filled_and_the_blanks_under_it_take_it(tmp_path: Path) -> None:
    """'TBA' (a blank_values text) is written: it does not take the room above, and the
    blank cell under it, merged with it, has no room either; a 'TBA' date is missing."""
    sheet = write_csv(tmp_path, HEADER, [
        ["Opening", "5/11/2027", "9:00", "10:00", "Hall", ""],
        ["Talk X", "", "10:00", "11:00", "TBA", ""],
        ["Talk A", "", "11:00", "12:00", "", ""],
        ["Talk B", "TBA", "11:00", "12:00", "Room 2", ""]])
    toml = mapping(tmp_path / "m.toml", 'fill_down = ["Date", "Room"]\nblank_values = ["TBA"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (5, "missing-required", "Row 5: 'Date' is empty; every session needs a date. Fill it "
         "in.")]
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}", p.locations) for p in report.payloads] == [
        ("Opening", "05-11 09:00", ("Hall",)), ("Talk X", "05-11 10:00", ()),
        ("Talk A", "05-11 11:00", ())]
