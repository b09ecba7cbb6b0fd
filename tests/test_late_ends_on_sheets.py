"""A time from 30:00 on where the date comes from the row's tab (`sheet_dates`) or from the
mapping's one `date`: each message says a fix that sheet can take. On tabs, a start moves
to the next day's tab, and so does an end whose start moves with it, else its next day goes
in an end-date column; a programme of one day has no next day's tab, and needs a date column."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

LATER = ("is past midnight, later than the small hours that 24:00 to 29:59 write on the day "
         "before")


def _mapping(tmp_path: Path, dates: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(f'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                    f'time_column = "Start"\n{dates}\n[fields.end]\ntime_column = "End"\n'
                    '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    return path


def test_on_tabs_an_end_past_29_59_moves_with_its_start_or_takes_an_end_date(
        tmp_path: Path) -> None:
    header = ["Title", "Start", "End", "Room"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue": [header, ["All night", "23:00", "31:00", "Club"],
                ["Dawn", "31:00", "32:00", "Hall"]],
        "Wed": [header, ["Talk", "9:00", "10:00", "Hall"]]})
    mapping = _mapping(tmp_path, 'sheet_dates = { "Tue" = 2027-05-11, "Wed" = 2027-05-12 }')
    end_hint = ("write it as {} and, if the session starts past midnight too, move the row to "
                "the next day's sheet; if not, put the next day in a [fields.end_date] column "
                "added to the mapping.")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.message) for i in report.issues if i.row] == [
        (2, "End", f"Row 2: 'End' has '31:00', which is not a time: 31:00 {LATER}; "
                   + end_hint.format("7:00")),
        (3, "Start", f"Row 3: 'Start' has '31:00', which is not a time: 31:00 {LATER}; "
                     "write it as 7:00 and move the row to the next day's sheet."),
        (3, "End", f"Row 3: 'End' has '32:00', which is not a time: 32:00 {LATER}; "
                   + end_hint.format("8:00"))]


def test_a_programme_of_one_day_says_a_date_column_gives_the_next_day(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    path.write_text("Title,Start,End,Room\nAll night,23:00,31:00,Club\nDawn,31:00,32:00,Hall\n"
                    "Late,25:00,26:00,Bar\n", encoding="utf-8")
    report = validate_file(path, mapping=_mapping(tmp_path, "date = 2027-05-11"),
                           timezone="UTC")
    end_date = "put the next day in a [fields.end_date] column added to the mapping."
    assert [(i.row, i.column, i.message) for i in report.issues if i.row] == [
        (2, "End", f"Row 2: 'End' has '31:00', which is not a time: 31:00 {LATER}; write it as "
                   f"7:00 and {end_date}"),
        (3, "Start", f"Row 3: 'Start' has '31:00', which is not a time: 31:00 {LATER}; write "
                     "it as 7:00 on the next day, which the mapping's one date (date under "
                     "[fields.start]) cannot give: add a date column and map it as date_column "
                     "instead."),
        (3, "End", f"Row 3: 'End' has '32:00', which is not a time: 32:00 {LATER}; write it as "
                   f"8:00 and {end_date}")]
    assert [p.name for p in report.payloads] == ["Late"]
