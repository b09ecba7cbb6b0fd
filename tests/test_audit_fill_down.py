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
