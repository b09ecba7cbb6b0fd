"""A range of days written with dots (11.05.-13.05.2027, 11.-13.5.2027) is read day-first,
as dots are wherever used, under a month-first mapping too: refused as a range of days."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file

SEVERAL_DAYS = ("a session has one date: give an event over several days a row per day (an "
                "all-day session is one day), or write its first day here, give it start and "
                "end times, and put its last day in an end-date column.")


def test_a_dotted_range_of_days_is_one_under_month_first_too(tmp_path: Path) -> None:
    path = tmp_path / "festival.csv"
    path.write_text("Title,Date,Time\nWorkshop,11.05.-13.05.2027,9:00 - 10:00\n"
                    "Camp,11.-13.5.2027,9:00 - 10:00\nSpaced,11.05. - 13.05.2027,9:00 - 10:00\n"
                    "Talk,5/11/2027,9:00 - 10:00\n", encoding="utf-8")
    mapping = tmp_path / "festival.toml"
    mapping.write_text('name = "festival"\ndate_order = "month-first"\n[fields.name]\n'
                       'column = "Title"\n[fields.start]\ndate_column = "Date"\n'
                       'time_column = "Time"\n[fields.end]\ntime_column = "Time"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (row, "Date", "bad-date", f"Row {row}: 'Date' has {written!r}, which is not a date: "
         f"it is a range of days, 2027-05-11 to 2027-05-13; {SEVERAL_DAYS}")
        for row, written in [(2, "11.05.-13.05.2027"), (3, "11.-13.5.2027"),
                             (4, "11.05. - 13.05.2027")]]
    assert [(p.name, f"{p.start_time:%Y-%m-%d}") for p in report.payloads] == [
        ("Talk", "2027-05-11")]
