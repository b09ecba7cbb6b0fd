"""A convention's full schedule (waldo323/schedcsv, output/2016.penguicon.fullschedule.csv)
marks its weekend-long exhibits `All Day Event` TRUE while giving them their times, from
Friday 16:00 to Sunday 15:00. The all-day-end-date warning told the planner to give such an
event start and end times, which the row has: the flag is what drops them. It now says to set
that column to no, after which the row is sent from its start to its end."""

from __future__ import annotations

from pathlib import Path

from importer.validate import ValidationReport, validate_file
from tests.test_draft_dates_dotted import _csv
from tests.test_realworld_rw23_quote_inside_quotes import MAPPING as PENGUICON

HEADER = ["Start Date", "Start Time", "End Date", "End Time", "Location", "Title",
          "All Day Event"]
ROWS = [HEADER,
        ["4/29/2016", "16:00", "5/1/2016", "15:00", "Lobby", "Chaos Machine", "TRUE"],
        ["4/29/2016", "", "5/1/2016", "", "Lobby", "Giant Jenga", "TRUE"],
        ["4/29/2016", "17:00", "4/29/2016", "17:50", "EMC I", "Time Management", "FALSE"]]
MAPPING = PENGUICON + """
[fields.end_date]
column = "End Date"

[fields.locations]
column = "Location"

[fields.all_day]
column = "All Day Event"
"""


def _validate(tmp_path: Path, rows: list[list[str]]) -> ValidationReport:
    (tmp_path / "penguicon.toml").write_text(MAPPING, encoding="utf-8")
    return validate_file(_csv(tmp_path / "full.csv", rows), mapping=tmp_path / "penguicon.toml",
                         timezone="America/Detroit")


def test_an_all_day_row_with_its_times_is_told_to_unflag_it(tmp_path: Path) -> None:
    report = _validate(tmp_path, ROWS)
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "all-day-end-date",
         "Row 2: 'End Date' gives a later day, which an all-day session cannot have: it is sent "
         "on 2016-04-29 only. For an event over several days, give it a row per day, or set "
         "'All Day Event' to no to send it from its start time to its end time on its last "
         "day."),
        (3, "all-day-end-date",  # no times to keep: as before
         "Row 3: 'End Date' gives a later day, which an all-day session cannot have: it is sent "
         "on 2016-04-29 only. For an event over several days, give it a row per day, or start "
         "and end times."),
    ]


def test_unflagged_it_runs_from_its_start_to_its_end(tmp_path: Path) -> None:
    rows = [ROWS[0], [*ROWS[1][:-1], "FALSE"], ROWS[3]]
    report = _validate(tmp_path, rows)
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(), p.all_day)
            for p in report.payloads] == [
        ("Chaos Machine", "2016-04-29T20:00:00+00:00", "2016-05-01T19:00:00+00:00", False),
        ("Time Management", "2016-04-29T21:00:00+00:00", "2016-04-29T21:50:00+00:00", False),
    ]
