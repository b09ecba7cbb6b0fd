"""A time range joined by an English word other than "to" or "until": `9pm till midnight`,
`9pm til 11pm`, `9pm 'til 11pm`, `9am through noon`, `9 thru 10:30`, as American and British
programmes write them. Each was 'not a start and end time'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

UTC = dt.UTC
MAPPING = ('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
           'date_column = "Date"\ntime_column = "Time"\n[fields.end]\ntime_column = "Time"\n'
           '[fields.locations]\ncolumn = "Room"\n')


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=UTC)


def test_ranges_joined_by_till_til_through_or_thru_are_read(tmp_path: Path) -> None:
    cells = ["9pm till midnight", "9pm til 11pm", "9pm 'til 11pm", "9pm ’til 11:30pm",
             "9am through noon", "9 thru 10:30", "9 till 10.30", "10pm till 2am", "9 till 5"]
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet": [
        ["Title", "Date", "Time", "Room"],
        *([f"Open till late {n}", dt.date(2027, 5, 11), cell, f"Tilbury {n}"]
          for n, cell in enumerate(cells))]})
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.name, p.locations, p.start_time, p.end_time) for p in report.payloads] == [
        (f"Open till late {n}", (f"Tilbury {n}",), start, end) for n, (start, end) in enumerate([
            (_at(11, 21), _at(12, 0)), (_at(11, 21), _at(11, 23)), (_at(11, 21), _at(11, 23)),
            (_at(11, 21), _at(11, 23, 30)), (_at(11, 9), _at(11, 12)),
            (_at(11, 9), _at(11, 10, 30)), (_at(11, 9), _at(11, 10, 30)),
            (_at(11, 22), _at(12, 2)), (_at(11, 9), _at(11, 17))])]


def test_a_start_til_late_is_a_lone_start_and_no_end(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Title,Date,Time,Room\nParty,5/11/2027,9pm til late,Club\n"
                    "Show,5/11/2027,8pm,Hall\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    hint = ("it has a start but no end; write the start and end like 9:00 - 10:30, 9:00 AM - "
            "10:30 AM or 9am to 11am; or give such starts a length with minutes = 120 (say) "
            "under [fields.end], or end each as the next session starts with until_next = "
            "true there.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", f"Row 2: 'Time' has '9pm til late', which is not a start and end "
                        f"time: {hint}"),
        (3, "bad-time", f"Row 3: 'Time' has '8pm', which is not a start and end time: {hint}")]


def test_a_datetime_range_joined_by_till_or_through_is_read(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Title,When,Room\nShow,5/11/2027 9:00 PM till 11:30 PM,Hall\n"
                    "Party,\"May 11, 2027 10pm through May 12, 2027 1am\",Club\n",
                    encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "When"\n[fields.end]\ncolumn = "When"\n'
                       '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Show", _at(11, 21), _at(11, 23, 30)), ("Party", _at(11, 22), _at(12, 1))]
