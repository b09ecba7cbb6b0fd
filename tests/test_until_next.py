"""A programme that gives only each session's start (09:00 Registration, 09:30 Opening...):
with `until_next = true` under [fields.end], each session ends when the next later one on its
day and tab starts, across rooms; the day's last ones take `last_minutes`."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.runner import run_import
from importer.validate import ValidationReport, validate_file
from tests.support import Sandbox
from tests.test_load import write_xlsx

UTC = dt.UTC


def agenda(tmp_path: Path, rows: list[list[str]],
           header: tuple[str, ...] = ("Date", "Time", "Title", "Room")) -> Path:
    path = tmp_path / "agenda.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([list(header), *rows])
    return path


def mapping(tmp_path: Path, end: str = "until_next = true", *,
            start: str = 'date_column = "Date"\ntime_column = "Time"', extra: str = "") -> Path:
    path = tmp_path / "agenda.toml"
    path.write_text('name = "agenda"\nimport_id_prefix = "agenda:"\n'
                    '[fields.name]\ncolumn = "Title"\n'
                    f"[fields.start]\n{start}\n[fields.end]\n{end}\n"
                    f'[fields.locations]\ncolumn = "Room"\n{extra}', encoding="utf-8")
    return path


def times(report: ValidationReport) -> list[tuple[Any, ...]]:
    """(sheet, row, title, start, end) of each session sent, in UTC, as HH:MM on day D."""
    def at(moment: dt.datetime | None) -> str | None:
        return None if moment is None else f"{moment:%d %H:%M}"
    return [(row.sheet, row.row, row.name, at(row.payload.start_time), at(row.payload.end_time))
            for row in report.rows if row.payload is not None]


def issues(report: ValidationReport) -> list[tuple[Any, ...]]:
    return [(i.sheet, i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues if i.code != "derived-import-id"]


def test_each_session_of_a_one_room_agenda_ends_as_the_next_one_starts(tmp_path: Path) -> None:
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "Registration", "Hall"],
        ["2027-05-11", "09:30", "Opening", "Hall"],
        ["2027-05-11", "10:00", "Keynote", "Hall"],
        ["2027-05-11", "12:30", "Lunch", "Hall"],
        ["2027-05-11", "13:30", "Closing", "Hall"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path, "until_next = true\nlast_minutes = 45"),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Registration", "11 09:00", "11 09:30"),
        (None, 3, "Opening", "11 09:30", "11 10:00"),
        (None, 4, "Keynote", "11 10:00", "11 12:30"),
        (None, 5, "Lunch", "11 12:30", "11 13:30"),
        (None, 6, "Closing", "11 13:30", "11 14:15"),
    ])


def test_parallel_rooms_share_their_slots_in_any_row_order(tmp_path: Path) -> None:
    """Sessions starting together end together, at the next slot of any room: Room 2's
    10:00 talk ends at Room 1's 11:00 one, though Room 2 has nothing then. Rows need not be
    in time order. Times are local: each end is a start of the same day, in UTC."""
    path = agenda(tmp_path, [
        ["2027-05-11", "10:00", "Talk A", "Room 1"],
        ["2027-05-11", "10:00", "Talk B", "Room 2"],
        ["2027-05-11", "12:00", "Talk E", "Room 1"],
        ["2027-05-11", "11:00", "Talk C", "Room 1"],
        ["2027-05-11", "9:00", "Keynote", "Hall"],
        ["2027-05-11", "12:00", "Talk F", "Room 2"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path, "until_next = true\nlast_minutes = 60"),
                           timezone="Europe/Madrid")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Talk A", "11 08:00", "11 09:00"),
        (None, 3, "Talk B", "11 08:00", "11 09:00"),
        (None, 4, "Talk E", "11 10:00", "11 11:00"),
        (None, 5, "Talk C", "11 09:00", "11 10:00"),
        (None, 6, "Keynote", "11 07:00", "11 08:00"),
        (None, 7, "Talk F", "11 10:00", "11 11:00"),
    ])


def test_each_day_ends_on_its_own_the_last_sessions_taking_last_minutes(tmp_path: Path) -> None:
    """The first start of the next day ends no session of the day before."""
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "Opening", "Hall"],
        ["2027-05-11", "17:00", "Drinks", "Hall"],
        ["2027-05-11", "17:00", "Posters", "Foyer"],
        ["2027-05-12", "09:30", "Day two", "Hall"],
        ["2027-05-12", "10:00", "Sprints", "Lab"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path, "until_next = true\nlast_minutes = 90"),
                           timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Opening", "11 09:00", "11 17:00"),
        (None, 3, "Drinks", "11 17:00", "11 18:30"),
        (None, 4, "Posters", "11 17:00", "11 18:30"),
        (None, 5, "Day two", "12 09:30", "12 10:00"),
        (None, 6, "Sprints", "12 10:00", "12 11:30"),
    ])


def test_without_last_minutes_each_days_last_sessions_are_errors_saying_the_fix(
        tmp_path: Path) -> None:
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "Opening", "Hall"],
        ["2027-05-11", "17:00", "Drinks", "Hall"],
        ["2027-05-11", "17:00", "Posters", "Foyer"],
        ["2027-05-12", "09:30", "Day two", "Hall"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path), timezone="UTC")
    fix = ("so no next session gives its end (until_next); give the day's last sessions a "
           "length with last_minutes = 60 under [fields.end], or add an end column "
           "(time_column, column or duration_column).")
    assert issues(report) == [
        (None, 3, "Time", "2027-05-11 17:00", "no-next-start", "error",
         f"Row 3: the session starts at 17:00, the last start on 2027-05-11, {fix}"),
        (None, 4, "Time", "2027-05-11 17:00", "no-next-start", "error",
         f"Row 4: the session starts at 17:00, the last start on 2027-05-11, {fix}"),
        (None, 5, "Time", "2027-05-12 09:30", "no-next-start", "error",
         f"Row 5: the session starts at 09:30, the last start on 2027-05-12, {fix}"),
    ]
    assert times(report) == [(None, 2, "Opening", "11 09:00", "11 17:00")]


def test_headings_all_day_rows_and_unread_starts_are_no_next_start(tmp_path: Path) -> None:
    """A heading between sessions is skipped; the session before it ends at the one after.
    An all-day row (a date, no time) and a row whose time cannot be read end no session. A
    row in error with its start read (no title) does: something starts there, only it is
    not sent until fixed (the session before it was said to be the day's last)."""
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "Keynote", "Hall"],
        ["", "", "Afternoon", ""],
        ["2027-05-11", "", "Expo open all day", "Foyer"],
        ["2027-05-11", "13:00", "", "Hall"],
        ["2027-05-11", "1:30 XM", "Broken", "Hall"],
        ["2027-05-11", "14:00", "Talk", "Hall"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path, "until_next = true\nlast_minutes = 30"),
                           timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.code != "derived-import-id"] == [
        (3, "section-heading"), (5, "missing-required"), (6, "bad-time")]
    assert times(report) == [
        (None, 2, "Keynote", "11 09:00", "11 13:00"),
        (None, 4, "Expo open all day", "11 00:00", None),
        (None, 7, "Talk", "11 14:00", "11 14:30"),
    ]
    # A heading that is a lone time, on a programme of one day: skipped, so no next start.
    lone = agenda(tmp_path, [["09:00", "Keynote", "Hall"], ["12:30", "", ""],
                             ["13:30", "Talk", "Hall"]], header=("Time", "Title", "Room"))
    one_day = validate_file(lone, mapping=mapping(
        tmp_path, "until_next = true\nlast_minutes = 30",
        start='time_column = "Time"\ndate = 2027-05-11'), timezone="UTC")
    assert [(i.row, i.code) for i in one_day.issues if i.code != "derived-import-id"] == [
        (3, "section-heading")]
    assert times(one_day) == [(None, 2, "Keynote", "11 09:00", "11 13:30"),
                              (None, 4, "Talk", "11 13:30", "11 14:00")]


def test_blank_cells_of_an_end_column_end_at_the_next_start(tmp_path: Path) -> None:
    """With an end column, a filled end is kept; a blank one ends at the next start."""
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "", "Registration", "Hall"],
        ["2027-05-11", "09:30", "09:50", "Opening", "Hall"],
        ["2027-05-11", "10:00", "", "Keynote", "Hall"],
        ["2027-05-11", "12:30", "", "Lunch", "Foyer"],
    ], header=("Date", "Time", "End", "Title", "Room"))
    end = 'time_column = "End"\nuntil_next = true\nlast_minutes = 60'
    report = validate_file(path, mapping=mapping(tmp_path, end), timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Registration", "11 09:00", "11 09:30"),
        (None, 3, "Opening", "11 09:30", "11 09:50"),
        (None, 4, "Keynote", "11 10:00", "11 12:30"),
        (None, 5, "Lunch", "11 12:30", "11 13:30"),
    ])
    without = validate_file(path, mapping=mapping(tmp_path, 'time_column = "End"\nuntil_next '
                                                  "= true"), timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in without.issues
            if i.code != "derived-import-id"] == [
        (5, "Time", "no-next-start",
         "Row 5: the session starts at 12:30, the last start on 2027-05-11, so no next "
         "session gives its end (until_next); give the day's last sessions a length with "
         "last_minutes = 60 under [fields.end], or fill in its end in 'End'.")]


def test_one_tab_per_day_read_as_one_ends_each_tabs_sessions_on_that_tab(
        tmp_path: Path) -> None:
    """--sheet all: the next start is on the same tab. Two tabs of one day (one per room,
    say) each end their own sessions: the Workshops tab's 10:30 ends nothing on Main."""
    header = ["Time", "Title", "Room"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May 2027": [header, ["09:00", "Opening", "Hall"], ["10:00", "Keynote", "Hall"]],
        "Wed 12 May 2027": [header, ["09:00", "Day two", "Hall"], ["11:00", "Panel", "Hall"]],
    })
    start = 'time_column = "Time"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=mapping(tmp_path, start=start), sheet=["all"],
                           timezone="UTC")
    fix = ("so no next session gives its end (until_next); give the day's last sessions a "
           "length with last_minutes = 60 under [fields.end], or add an end column "
           "(time_column, column or duration_column).")
    assert issues(report) == [
        ("Tue 11 May 2027", 3, "Time", "2027-05-11 10:00", "no-next-start", "error",
         f"Row 3 of sheet 'Tue 11 May 2027': the session starts at 10:00, the last start on "
         f"2027-05-11 of its tab, {fix}"),
        ("Wed 12 May 2027", 3, "Time", "2027-05-12 11:00", "no-next-start", "error",
         f"Row 3 of sheet 'Wed 12 May 2027': the session starts at 11:00, the last start on "
         f"2027-05-12 of its tab, {fix}"),
    ]
    assert times(report) == [("Tue 11 May 2027", 2, "Opening", "11 09:00", "11 10:00"),
                             ("Wed 12 May 2027", 2, "Day two", "12 09:00", "12 11:00")]
    rooms = write_xlsx(tmp_path / "rooms.xlsx", {
        "Main": [header, ["09:00", "Opening", "Hall"], ["11:00", "Keynote", "Hall"]],
        "Workshops": [header, ["10:30", "Git", "Lab"], ["12:00", "Docker", "Lab"]],
    })
    one_day = validate_file(rooms, mapping=mapping(
        tmp_path, "until_next = true\nlast_minutes = 60",
        start='time_column = "Time"\ndate = 2027-05-11'), sheet=["all"], timezone="UTC")
    assert times(one_day) == [("Main", 2, "Opening", "11 09:00", "11 11:00"),
                              ("Main", 3, "Keynote", "11 11:00", "11 12:00"),
                              ("Workshops", 2, "Git", "11 10:30", "11 12:00"),
                              ("Workshops", 3, "Docker", "11 12:00", "11 13:00")]


@pytest.mark.parametrize(("end", "message"), [
    ("last_minutes = 60", "8: fields.end: last_minutes goes with until_next = true (it is the "
     "length of each day's last session); remove it, or add until_next = true"),
    ('time_column = "End"\nlast_minutes = 60', "8: fields.end: last_minutes goes with until_next "
     "= true (it is the length of each day's last session); remove it, or add until_next = "
     "true"),
    ("until_next = true\nlast_minutes = 0", "10: fields.end: last_minutes = 0 is no session's "
     "length: give the minutes the day's last session lasts, 1 to 1440, as last_minutes = 60"),
    ("until_next = true\nlast_minutes = 1500", "10: fields.end: last_minutes = 1500 is no "
     "session's length: give the minutes the day's last session lasts, 1 to 1440, as "
     "last_minutes = 60"),
    ("until_next = true\nlast_minutes = 1.5", "10: fields.end.last_minutes: expected a whole "
     "number, got 1.5; write digits only, without quotes"),
    ("until_next = false", "8: fields.end: give exactly one of column, time_column or "
     "duration_column; or, for a programme that gives only each session's start, until_next "
     "= true (each session ends when the next one starts) or minutes = 120 (every session "
     "lasts that long)"),
    ('until_next = true\ntime_column = "End"\nduration_column = "Length"', "8: fields.end: give "
     "exactly one of column, time_column or duration_column"),
    ('until_next = true\n[fields.end_date]\ncolumn = "End Date"', "10: fields.end_date: cannot be "
     "used with end.until_next: each session ends when the next one on its day starts, so "
     "the end date would be ignored; remove [fields.end_date] (it goes with end.time_column)"),
])
def test_impossible_combinations_are_refused(tmp_path: Path, end: str, message: str) -> None:
    with pytest.raises(MappingError) as refused:
        load_mapping(mapping(tmp_path, end))
    assert str(refused.value) == f"{tmp_path / 'agenda.toml'}:{message}"


def test_a_run_sends_the_ends_and_a_rerun_writes_nothing(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = agenda(tmp_path, [
        ["2027-05-11", "9:00 AM", "Registration", "Hall"],
        ["2027-05-11", "9:30 AM", "Opening", "Hall"],
        ["2027-05-11", "10:00 AM", "Talk A", "Room 1"],
        ["2027-05-11", "10:00 AM", "Talk B", "Room 2"],
        ["2027-05-11", "11:00 AM", "Lunch", "Hall"],
    ])
    settings = sandbox.settings.model_copy(update={"mapping": str(mapping(
        tmp_path, "until_next = true\nlast_minutes = 60"))})
    first = run_import(path, settings, transport=sandbox.transport())
    assert first.exit_code == 0
    assert sorted((s["name"], s["start_time"], s["end_time"]) for s in sandbox.sessions()) == [
        ("Lunch", "2027-05-11T16:00:00.000000+0000", "2027-05-11T17:00:00.000000+0000"),
        ("Opening", "2027-05-11T14:30:00.000000+0000", "2027-05-11T15:00:00.000000+0000"),
        ("Registration", "2027-05-11T14:00:00.000000+0000", "2027-05-11T14:30:00.000000+0000"),
        ("Talk A", "2027-05-11T15:00:00.000000+0000", "2027-05-11T16:00:00.000000+0000"),
        ("Talk B", "2027-05-11T15:00:00.000000+0000", "2027-05-11T16:00:00.000000+0000"),
    ]
    before = sandbox.writes()
    again = run_import(path, settings, transport=sandbox.transport())
    assert sandbox.writes() == before
    assert {o.action for o in again.outcomes} == {"unchanged"}


def test_a_draft_for_a_sheet_of_start_times_points_its_end_to_until_next(tmp_path: Path) -> None:
    """draft-mapping leaves the end to fill in, saying how; done as it says, the sheet reads."""
    path = agenda(tmp_path, [["2027-05-11", "09:00", "Registration", "Hall"],
                             ["2027-05-11", "09:30", "Opening", "Hall"]])
    draft = draft_mapping(path).text
    assert ("[fields.end]\n# no column looked like the end (a time, a date and time, or a "
            "duration): put its header in place of 'FILL IN'. The sheet's columns: 'Date', "
            "'Time', 'Title', 'Room'. If each session ends when the next one starts, replace "
            "the time_column line with until_next = true, and last_minutes = 60 (the length "
            "of each day's last sessions); if every session lasts as long, with minutes = "
            "120 (say)\ntime_column = \"FILL IN\"\n") in draft
    done = tmp_path / "done.toml"
    done.write_text(draft.replace('time_column = "FILL IN"',
                                  "until_next = true\nlast_minutes = 60"), encoding="utf-8")
    report = validate_file(path, mapping=done, timezone="UTC")
    assert (issues(report), times(report)) == ([], [
        (None, 2, "Registration", "11 09:00", "11 09:30"),
        (None, 3, "Opening", "11 09:30", "11 10:30"),
    ])


def test_a_day_is_the_local_day_not_the_utc_one(tmp_path: Path) -> None:
    """Chicago's evening runs past midnight UTC: 18:00 still ends at 19:30, the next start of
    its local day, and 20:00 is that local day's last session."""
    path = agenda(tmp_path, [
        ["2027-05-11", "18:00", "Dinner", "Hall"],
        ["2027-05-11", "19:30", "Quiz", "Hall"],
        ["2027-05-11", "20:00", "Party", "Club"],
    ])
    report = validate_file(path, mapping=mapping(tmp_path), timezone="America/Chicago")
    assert issues(report) == [
        (None, 4, "Time", "2027-05-11 20:00", "no-next-start", "error",
         "Row 4: the session starts at 20:00, the last start on 2027-05-11, so no next session "
         "gives its end (until_next); give the day's last sessions a length with last_minutes "
         "= 60 under [fields.end], or add an end column (time_column, column or "
         "duration_column).")]
    assert times(report) == [(None, 2, "Dinner", "11 23:00", "12 00:30"),
                             (None, 3, "Quiz", "12 00:30", "12 01:00")]


def test_an_end_cell_in_error_is_that_error_alone(tmp_path: Path) -> None:
    """An unreadable end on the day's last row is a bad-time, not also a no-next-start."""
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "", "Opening", "Hall"],
        ["2027-05-11", "10:00", "10:45", "Keynote", "Hall"],
        ["2027-05-11", "11:00", "half ten", "Panel", "Hall"],
    ], header=("Date", "Time", "End", "Title", "Room"))
    report = validate_file(path, mapping=mapping(tmp_path, 'time_column = "End"\nuntil_next '
                                                 "= true"), timezone="UTC")
    assert [(i.row, i.column, i.code) for i in report.issues
            if i.code != "derived-import-id"] == [(4, "End", "bad-time")]
    assert times(report) == [(None, 2, "Opening", "11 09:00", "11 10:00"),
                             (None, 3, "Keynote", "11 10:00", "11 10:45")]


def test_last_minutes_may_be_a_whole_day(tmp_path: Path) -> None:
    """1440 minutes, the longest last_minutes, is taken."""
    path = agenda(tmp_path, [["2027-05-11", "09:00", "Hackathon", "Lab"]])
    report = validate_file(path, mapping=mapping(tmp_path, "until_next = true\n"
                                                 "last_minutes = 1440"), timezone="UTC")
    assert (issues(report), times(report)) == (
        [], [(None, 2, "Hackathon", "11 09:00", "12 09:00")])


def test_a_next_start_whose_end_cell_is_in_error_still_ends_the_one_before(
        tmp_path: Path) -> None:
    """'half ten' in the 10:00 row's end column is that row's error alone: the 09:00 row
    was told it was the day's last session, which was not so."""
    path = agenda(tmp_path, [
        ["2027-05-11", "09:00", "", "Registration", "Hall"],
        ["2027-05-11", "10:00", "half ten", "Keynote", "Hall"],
    ], header=("Date", "Time", "End", "Title", "Room"))
    report = validate_file(path, mapping=mapping(tmp_path, 'time_column = "End"\n'
                                                 "until_next = true"), timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.code != "derived-import-id"] == [
        (3, "bad-time")]
    assert times(report) == [(None, 2, "Registration", "11 09:00", "11 10:00")]
