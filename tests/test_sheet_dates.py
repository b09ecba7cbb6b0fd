"""A programme kept one tab per day with no date column: each session's date is its tab's,
named in the mapping (`sheet_dates`) or read from the tab's name (`date_from_sheet_name`); or
a programme of one day, whose `date` the mapping gives once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.runner import run_import
from importer.validate import ValidationReport, validate_file
from tests.support import Sandbox
from tests.test_load import write_xlsx

HEADER = ["Time Start", "Time End", "Title", "Room"]
UTC = dt.UTC


def mapping(tmp_path: Path, start: str, *, end: str = 'time_column = "Time End"',
            extra: str = "") -> Path:
    path = tmp_path / "tabs.toml"
    path.write_text(f'name = "tabs"\nimport_id_prefix = "tabs:"\n{extra}'
                    '[fields.name]\ncolumn = "Title"\n'
                    f"[fields.start]\n{start}\n[fields.end]\n{end}\n"
                    '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    return path


def sessions(report: ValidationReport) -> list[tuple[str | None, int, dict[str, Any]]]:
    return [(row.sheet, row.row, row.payload.model_dump(
                include=set(row.payload.model_fields_set) - {"import_id"}))
            for row in report.rows if row.payload is not None]


def issues(report: ValidationReport) -> list[tuple[Any, ...]]:
    return [(i.sheet, i.row, i.column, i.value, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=UTC)  # Madrid is UTC+2 in May


def session(name: str, room: str, start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
    return {"name": name, "start_time": start, "end_time": end, "all_day": False,
            "locations": (room,)}


def test_each_session_takes_the_date_its_tab_is_named_for(tmp_path: Path) -> None:
    """Tabs named as planners name them, with the year or (given once) without; times as
    time cells or as text; a tab of notes is not read."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May 2027": [HEADER, [dt.time(9), dt.time(10), "Keynote", "Hall"],
                            ["10:30", "11:15 AM", "Talk", "Room 1"]],
        "Day 2 - Wednesday 12 May": [["Conference, second day"], [], HEADER,
                                     ["9:00", "9:45", "Lightning", "Hall"]],
        "13.05.2027": [HEADER, [dt.time(14, 30), dt.time(16), "Sprint", "Lab"]],
        "Notes": [["Rooms open at 8"]],
    })
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 2027'
    report = validate_file(path, mapping=mapping(tmp_path, start), sheet=["all"],
                           timezone="Europe/Madrid")
    assert (issues(report), sessions(report)) == ([], [
        ("Tue 11 May 2027", 2, session("Keynote", "Hall", at(11, 7), at(11, 8))),
        ("Tue 11 May 2027", 3, session("Talk", "Room 1", at(11, 8, 30), at(11, 9, 15))),
        ("Day 2 - Wednesday 12 May", 4, session("Lightning", "Hall", at(12, 7), at(12, 7, 45))),
        ("13.05.2027", 2, session("Sprint", "Lab", at(13, 12, 30), at(13, 14)))])
    # One tab named, read alone: its rows are named without it, as for any one sheet.
    one = validate_file(path, mapping=mapping(tmp_path, start), sheet="13.05.2027",
                        timezone="Europe/Madrid")
    assert sessions(one) == [(None, 2, session("Sprint", "Lab", at(13, 12, 30), at(13, 14)))]


def test_sheet_dates_give_any_tab_its_date_and_ends_may_be_durations(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [["Time Start", "Length", "Title", "Room"], ["9:00", "90", "Keynote", "Hall"]],
        "day 2": [["Time Start", "Length", "Title", "Room"], ["23:30", "1h", "Night", "Bar"]],
    })
    start = ('time_column = "Time Start"\n'
             'sheet_dates = { "Day 1" = 2027-05-11, "Day 2" = "2027-05-12" }')
    report = validate_file(path, mapping=mapping(tmp_path, start,
                                                 end='duration_column = "Length"'),
                           sheet=["all"], timezone="Europe/Madrid")
    assert (issues(report), sessions(report)) == ([], [
        ("Day 1", 2, session("Keynote", "Hall", at(11, 7), at(11, 8, 30))),
        # A tab named in another case is found (Excel's names ignore it); a duration runs
        # past midnight as it does on a date column.
        ("day 2", 2, session("Night", "Bar", at(12, 21, 30), at(12, 22, 30)))])


def test_a_column_of_time_ranges_is_read_on_its_tabs_date(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Wed 12 May 2027": [["Time", "Title", "Room"], ["2:30 PM - 3:30", "Panel", "Hall"]]})
    start = 'time_column = "Time"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=mapping(tmp_path, start, end='time_column = "Time"'),
                           timezone="Europe/Madrid")
    assert (issues(report), sessions(report)) == ([], [
        (None, 2, session("Panel", "Hall", at(12, 12, 30), at(12, 13, 30)))])


def test_every_row_of_a_tab_with_no_date_to_give_is_an_error_saying_why(
        tmp_path: Path) -> None:
    """Nothing guessed: no year, a name that is no date, a day name the date is not, a tab
    sheet_dates leaves out or dates otherwise than its name. Other tabs are read."""
    row = ["9:00", "10:00", "Talk", "Hall"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May 2027": [HEADER, row],
        "Thu 13 May": [HEADER, row, ["11:00", "12:00", "Other", "Hall"]],
        "Workshops": [HEADER, row],
        "Tue 12 May 2027": [HEADER, row],
        "Fri 14 May 2027": [HEADER, row],
    })
    start = ('time_column = "Time Start"\ndate_from_sheet_name = true\n'
             'sheet_dates = { "Fri 14 May 2027" = 2027-05-15 }')
    report = validate_file(path, mapping=mapping(tmp_path, start), sheet=["all"],
                           timezone="Europe/Madrid")
    forms = "'Tue 11 May 2027', '11 May 2027', '2027-05-11' or '11.05.2027'"
    no_year = ("its sheet is named for 13 May but no year: add year = YYYY under "
               "[fields.start] (for every sheet named without one), or write the year in the "
               "sheet's name.")
    assert issues(report) == [
        ("Thu 13 May", 2, None, "Thu 13 May", "no-sheet-date",
         "Row 2 of sheet 'Thu 13 May': " + no_year),
        ("Thu 13 May", 3, None, "Thu 13 May", "no-sheet-date",
         "Row 3 of sheet 'Thu 13 May': " + no_year),
        ("Workshops", 2, None, "Workshops", "no-sheet-date",
         "Row 2 of sheet 'Workshops': its sheet is not named for a date, and the mapping takes "
         f"each session's date from its sheet's name: name the sheet for its date ({forms}), "
         'or give its date in [fields.start] sheet_dates = { "Workshops" = "YYYY-MM-DD" }.'),
        ("Tue 12 May 2027", 2, None, "Tue 12 May 2027", "no-sheet-date",
         "Row 2 of sheet 'Tue 12 May 2027': its sheet is named for a Tuesday, but 12 May 2027 "
         "is a Wednesday: fix the sheet's name."),
        ("Fri 14 May 2027", 2, None, "Fri 14 May 2027", "no-sheet-date",
         "Row 2 of sheet 'Fri 14 May 2027': [fields.start] sheet_dates gives its sheet "
         "Saturday 15 May 2027, but the sheet is named for 14 May 2027: fix the date there, "
         "or the sheet's name."),
    ]
    assert [(r.sheet, r.row) for r in report.rows if r.payload is not None] == [
        ("Tue 11 May 2027", 2)]

    only_listed = ('time_column = "Time Start"\n'
                   'sheet_dates = { "Tue 11 May 2027" = 2027-05-11, "Day 9" = 2027-05-19 }')
    one = validate_file(path, mapping=mapping(tmp_path, only_listed), sheet="Workshops",
                        timezone="Europe/Madrid")
    assert issues(one) == [
        (None, 2, None, "Workshops", "no-sheet-date",
         "Row 2: [fields.start] sheet_dates gives no date for sheet 'Workshops' (it names "
         "'Tue 11 May 2027', 'Day 9'): add \"Workshops\" = \"YYYY-MM-DD\" there.")]


def test_a_csv_has_no_tab_to_take_the_date_from(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Time Start,Time End,Title,Room\n9:00,10:00,Talk,Hall\n", encoding="utf-8")
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=mapping(tmp_path, start), timezone="Europe/Madrid")
    assert issues(report) == [
        (None, 2, None, None, "no-sheet-date",
         "Row 2: a CSV file has no sheets, and the mapping takes each session's date from its "
         "sheet's name: map [fields.start] date_column to a column of dates, read the "
         "workbook the sheets are in, or, if every session is on one day, give that day "
         "instead: [fields.start] date = 2027-05-11.")]


def test_a_programme_of_one_day_gives_its_date_once(tmp_path: Path) -> None:
    """A one-day programme saved as a CSV file with no date column (an agenda: time, title,
    room), or kept one tab per room: `date` is every row's date, wherever it is, and the
    small hours are warned about as on a tab's date (not an all-day row's midnight)."""
    path = tmp_path / "agenda.csv"
    path.write_text("Time Start,Time End,Title,Room\n9:00,10:00,Keynote,Hall\n"
                    "10:30,11:15,Panel,Hall\n0:30,1:00,Late show,Club\n,,Poster show,Foyer\n",
                    encoding="utf-8")
    start = 'time_column = "Time Start"\ndate = 2027-05-12'
    report = validate_file(path, mapping=mapping(tmp_path, start), timezone="Europe/Madrid")
    assert sessions(report) == [
        (None, 2, session("Keynote", "Hall", at(12, 7), at(12, 8))),
        (None, 3, session("Panel", "Hall", at(12, 8, 30), at(12, 9, 15))),
        (None, 4, session("Late show", "Club", at(11, 22, 30), at(11, 23))),
        (None, 5, {"name": "Poster show", "start_time": at(11, 22), "end_time": None,
                   "all_day": True, "locations": ("Foyer",)}),
    ]
    assert issues(report) == [
        (None, 4, "Time Start", "2027-05-12", "wrong-day-sheet",
         "Row 4: starts at 00:30 on Wednesday 12 May 2027, the date the mapping gives every "
         "session: if it is the night after, the programme runs over two days; give it a date "
         "column and map [fields.start] date_column to it instead.")]
    rooms = write_xlsx(tmp_path / "rooms.xlsx", {
        "Hall": [HEADER, ["9:00", "10:00", "Keynote", "Hall"]],
        "Studio": [HEADER, ["9:00", "9:45", "Workshop", "Studio"]],
    })
    as_text = 'time_column = "Time Start"\ndate = "2027-05-12"'
    both = validate_file(rooms, mapping=mapping(tmp_path, as_text), sheet=["all"],
                         timezone="Europe/Madrid")
    assert sessions(both) == [
        ("Hall", 2, session("Keynote", "Hall", at(12, 7), at(12, 8))),
        ("Studio", 2, session("Workshop", "Studio", at(12, 7), at(12, 7, 45))),
    ]


def test_past_midnight_follows_the_rules_of_a_date_column(tmp_path: Path) -> None:
    """An end before the start is an error (past the small hours, where a late show's end
    is the night after), an end date gives the next day, a start past
    midnight goes on the next day's tab, one in the small hours listed after the evening is
    read in the night after with a warning, and a row with no time yet is named by its time
    column."""
    header = [*HEADER, "End Date"]
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        header, ["22:00", "6:00", "Party", "Bar", None],
        ["22:00", "1:00", "Late party", "Bar", "2027-05-12"],
        ["22:00", "1:00", "Early", "Bar", "2027-05-10"],
        ["30:30", "1:30", "Very late", "Bar", None],
        ["0:30", "1:30", "Small hours", "Cellar", None],
        [None, None, "Not yet", "Bar", None]]})
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=_with_end_date(tmp_path, start),
                           timezone="Europe/Madrid")
    assert issues(report) == [
        (None, 2, "Time End", "2027-05-11 06:00", "end-before-start",
         "Row 2: the session ends before it starts: 'Time End' has '6:00' and 'Time Start' "
         "has '22:00' (read as 2027-05-11 06:00 and 2027-05-11 22:00); if it runs past "
         "midnight, put the next day in 'End Date'."),
        (None, 4, "End Date", "2027-05-10", "end-before-start",
         "Row 4: 'End Date' has '2027-05-10', before the session's date (2027-05-11, from its "
         "sheet); fix one of the two."),
        (None, 5, "Time Start", "30:30", "bad-time",
         "Row 5: 'Time Start' has '30:30', which is not a time: 30:30 is past midnight, later "
         "than the small hours that 24:00 to 29:59 write on the day before; write it as 6:30 "
         "and move the row to the next day's sheet."),
        (None, 6, "Time Start", "0:30", "night-after-evening",
         "Row 6: 'Time Start' has '0:30', listed after the evening of Tuesday 11 May 2027, so "
         "it is read as 00:30 in the night after, on Wednesday 12 May 2027. If it is that "
         "night, write 24:30 to say so; if it is the morning of Tuesday 11 May 2027, move the "
         "row above that day's evening."),
        (None, 7, "Time Start", None, "unscheduled",
         "Row 7: 'Time Start' is empty, so the session has no time yet and nothing is sent "
         "for it (skip_unscheduled); fill it in to send the session"),
    ]
    assert sessions(report) == [
        (None, 3, session("Late party", "Bar", at(11, 20), at(11, 23))),
        (None, 6, session("Small hours", "Cellar", at(11, 22, 30), at(11, 23, 30)))]


def _with_end_date(tmp_path: Path, start: str) -> Path:
    path = tmp_path / "night.toml"
    path.write_text('name = "tabs"\nskip_unscheduled = true\n[fields.name]\ncolumn = "Title"\n'
                    f"[fields.start]\n{start}\n"
                    '[fields.end]\ntime_column = "Time End"\n'
                    '[fields.end_date]\ncolumn = "End Date"\n'
                    '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(("start", "message"), [
    ('time_column = "Time Start"',
     "5: fields.start: give either column (date and time in one cell) or date_column; or, when "
     'each sheet is one day, its date from the sheet: sheet_dates = { "Day 1" = '
     '"2027-05-11" } or date_from_sheet_name = true; or, for a programme of one day, date = '
     "2027-05-11"),
    ('date_column = "Date"\ntime_column = "Time Start"\ndate_from_sheet_name = true',
     "5: fields.start: date_column cannot go with sheet_dates or date_from_sheet_name, which "
     "take the date from each sheet: remove one of them"),
    ('sheet_dates = { "Day 1" = 2027-05-11 }',
     "5: fields.start: sheet_dates gives the date from each sheet: give the start's time in "
     "time_column too"),
    ('time_column = "Time Start"\nsheet_dates = { "Day 1" = "11/5/2027" }',
     "7: fields.start.sheet_dates: sheet 'Day 1' is given \"11/5/2027\", not a date: write it "
     'as "2027-05-11"'),
    ('time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 27',
     "8: fields.start.year: 27 is no year a programme is in: write it whole, as 2027"),
    ('date_column = "Date"\nyear = 2027',
     "5: fields.start: year goes with date_from_sheet_name = true (for sheet names that give no "
     "year); remove it, or add date_from_sheet_name = true"),
    # A sheet date or a year out of reach, or a datetime column beside them.
    ('time_column = "Time Start"\nsheet_dates = { "Day 1" = 2027-05-11T09:00:00 }',
     "7: fields.start.sheet_dates: sheet 'Day 1' is given 2027-05-11T09:00:00, not a date: "
     'write it as "2027-05-11"'),
    ('time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 2100',
     "8: fields.start.year: 2100 is no year a programme is in: write it whole, as 2027"),
    ('time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 1899',
     "8: fields.start.year: 1899 is no year a programme is in: write it whole, as 2027"),
    ('column = "Start"\nsheet_dates = { "Day 1" = 2027-05-11 }',
     "5: fields.start: column cannot go with sheet_dates or date_from_sheet_name, which take "
     "the date from each sheet: remove one of them"),
    # One date for a programme of one day: a day, with a time column and nothing else dating.
    ('time_column = "Time Start"\ndate = "11/5/2027"',
     '7: fields.start.date: "11/5/2027" is not a date: write it as 2027-05-11'),
    ('date = 2027-05-11',
     "5: fields.start: date gives the day only: give the start's time in time_column too"),
    ('date_column = "Date"\ntime_column = "Time Start"\ndate = 2027-05-11',
     "5: fields.start: date_column cannot go with date, which gives every session's date: "
     "remove one of them"),
    ('time_column = "Time Start"\ndate = 2027-05-11\ndate_from_sheet_name = true',
     "5: fields.start: date gives every session one day, date_from_sheet_name each sheet its "
     "own: remove one of them"),
])
def test_a_start_from_sheets_written_wrong_is_refused_saying_how(
        tmp_path: Path, start: str, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        load_mapping(mapping(tmp_path, start))
    assert str(caught.value) == f"{tmp_path / 'tabs.toml'}:{message}"


def test_run_creates_each_days_sessions_and_a_rerun_writes_nothing(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, ["9:00", "10:00", "Keynote", "Hall"]],
        "Day 2": [HEADER, ["9:00", "10:00", "Keynote", "Hall"]],  # the same talk, a day on
    })
    start = ('time_column = "Time Start"\n'
             'sheet_dates = { "Day 1" = 2027-05-11, "Day 2" = 2027-05-12 }')
    settings = sandbox.settings.model_copy(update={"mapping": str(mapping(tmp_path, start))})
    first = run_import(path, settings, transport=sandbox.transport(), sheet=["all"])
    assert [(o.sheet, o.row, o.action) for o in first.outcomes] == [
        ("Day 1", 2, "created"), ("Day 2", 2, "created")]
    assert sorted((s["name"], s["start_time"]) for s in sandbox.sessions()) == [
        ("Keynote", "2027-05-11T14:00:00.000000+0000"),
        ("Keynote", "2027-05-12T14:00:00.000000+0000")]  # 9:00 in the guide's Chicago
    before = sandbox.writes()
    again = run_import(path, settings, transport=sandbox.transport(), sheet=["all"])
    assert sandbox.writes() == before
    assert {o.action for o in again.outcomes} == {"unchanged"}


def drafted_start(path: Path) -> tuple[str, list[str]]:
    draft = draft_mapping(path)
    table = draft.text.partition("[fields.start]\n")[2].partition("\n\n")[0]
    return table, draft.missing


def test_draft_mapping_takes_the_dates_from_the_tabs(tmp_path: Path) -> None:
    """Tabs named for dates are read so; a tab named without the year takes the one the
    others write; a tab named otherwise is left to be given its date, and the draft is not
    done until it is."""
    row = ["9:00", "10:00", "Talk", "Hall"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Notes": [["Rooms open at 8"]],
        "Tue 11 May 2027": [HEADER, row], "Wed 12 May": [HEADER, row],
        "Workshops": [HEADER, row]})
    assert drafted_start(path) == ((
        "# no column holds the date: each tab is one day, its date read from its name or, "
        "for tabs not named for one, given in sheet_dates (as 2027-05-11)\n"
        'time_column = "Time Start"\n'
        "date_from_sheet_name = true\n"
        "year = 2027   # the year of tabs named without one\n"
        'sheet_dates = { "Workshops" = "YYYY-MM-DD" }'), ["start"])
    output = tmp_path / "days.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "-o", str(output)])
    assert done.exit_code == 1
    output.write_text(output.read_text(encoding="utf-8").replace("YYYY-MM-DD", "2027-05-13"),
                      encoding="utf-8")
    report = validate_file(path, mapping=output, sheet=["all"], timezone="Europe/Madrid")
    assert [(row.sheet, row.row, row.payload and row.payload.start_time)
            for row in report.rows] == [("Tue 11 May 2027", 2, at(11, 7)),
                                        ("Wed 12 May", 2, at(12, 7)),
                                        ("Workshops", 2, at(13, 7))]


@pytest.mark.parametrize(("tabs", "start"), [
    (["Day 1", "Day 2"],
     "# no column holds the date: each tab is one day, its date given in sheet_dates (as "
     "2027-05-11)\n"
     'time_column = "Time Start"\n'
     'sheet_dates = { "Day 1" = "YYYY-MM-DD", "Day 2" = "YYYY-MM-DD" }'),
    # No weekday either, which would tell the year (tests/test_walk_planner5_tab_year.py).
    (["11 May", "12 May"],
     "# no column holds the date: each tab is one day, its date read from its name\n"
     'time_column = "Time Start"\n'
     "date_from_sheet_name = true\n"
     'year = "FILL IN"   # the year of tabs named without one'),
])
def test_draft_mapping_leaves_what_no_tab_says_to_fill_in(
        tmp_path: Path, tabs: list[str], start: str) -> None:
    path = write_xlsx(tmp_path / "days.xlsx",
                      {tab: [HEADER, ["9:00", "10:00", "Talk", "Hall"]] for tab in tabs})
    assert drafted_start(path) == (start, ["start"])


def test_a_lone_tab_named_for_no_date_is_drafted_with_a_date_column_to_fill_in(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "one.xlsx", {"Sheet1": [HEADER, ["9:00", "10:00", "T", "H"]]})
    table, missing = drafted_start(path)
    assert (table.splitlines()[1:], missing) == (
        ['date_column = "FILL IN"', 'time_column = "Time Start"'], ["start"])


def test_tabs_named_for_no_date_leave_nothing_to_fill_in_when_the_start_has_its_date(
        tmp_path: Path) -> None:
    """Tabs 'Day 1' and 'Day 2' holding datetimes: the start column has the date, so the
    draft is done and the command succeeds."""
    rows = {tab: [["Start", "End", "Title", "Room"],
                  [dt.datetime(2027, 5, day, 9), dt.datetime(2027, 5, day, 10), "T", "H"]]
            for day, tab in ((11, "Day 1"), (12, "Day 2"))}
    path = write_xlsx(tmp_path / "days.xlsx", rows)
    assert drafted_start(path) == ('column = "Start"', [])
    output = tmp_path / "days.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "-o", str(output)])
    assert done.exit_code == 0


def test_a_start_in_the_small_hours_on_its_tabs_day_is_read_as_written_and_warned(
        tmp_path: Path) -> None:
    """A late show typed '00:30' on Tuesday's tab is most likely Wednesday's 00:30: the tab
    gives every row its date, so no other check can see it. Read as written, and said."""
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May 2027": [HEADER, ["22:00", "23:30", "Concert", "Hall"],
                            ["00:30", "01:30", "Late show", "Hall"],
                            ["05:00", "06:00", "Sunrise run", "Park"]],
        "Wed 12 May 2027": [HEADER, ["9:00", "10:00", "Keynote", "Hall"]],
    })
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=mapping(tmp_path, start), sheet=["all"],
                           timezone="Europe/Madrid")
    assert issues(report) == [
        ("Tue 11 May 2027", 3, "Time Start", "2027-05-11", "wrong-day-sheet",
         "Row 3 of sheet 'Tue 11 May 2027': starts at 00:30 on Tuesday 11 May 2027, the day "
         "its sheet gives: if it is the night after, move the row to the next day's sheet.")]
    assert [name for _, _, name in [(s, r, p["name"]) for s, r, p in sessions(report)]] == [
        "Concert", "Late show", "Sunrise run", "Keynote"]


def test_a_tab_named_for_a_weekday_alone_gives_no_date(tmp_path: Path) -> None:
    """'Tuesday' names a day of every week, not one date: its rows say so rather than the
    run failing."""
    row = ["9:00", "10:00", "Talk", "Hall"]
    path = write_xlsx(tmp_path / "days.xlsx", {"Tuesday": [HEADER, row]})
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 2027'
    report = validate_file(path, mapping=mapping(tmp_path, start), sheet=["all"],
                           timezone="Europe/Madrid")
    forms = "'Tue 11 May 2027', '11 May 2027', '2027-05-11' or '11.05.2027'"
    assert issues(report) == [
        (None, 2, None, "Tuesday", "no-sheet-date",
         "Row 2: sheet 'Tuesday' is named for a Tuesday, not one date, and the "
         "mapping takes each session's date from its sheet's name: name the sheet for its "
         f"date ({forms}), or give its date in [fields.start] sheet_dates = "
         '{ "Tuesday" = "YYYY-MM-DD" }.')]
    assert sessions(report) == []


def test_the_year_a_tab_writes_is_its_own_and_the_mappings_year_only_fills_in(
        tmp_path: Path) -> None:
    """year = 2027 is for tabs named without a year: a tab named for 2026 is 2026's. A tab
    whose day name is wrong for the mapping's year says the year may be what is wrong."""
    row = ["9:00", "10:00", "Talk", "Hall"]
    path = write_xlsx(tmp_path / "days.xlsx", {"13.05.2026": [HEADER, row],
                                               "Tue 12 May": [HEADER, row]})
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true\nyear = 2027'
    report = validate_file(path, mapping=mapping(tmp_path, start), sheet=["all"],
                           timezone="Europe/Madrid")
    assert issues(report) == [
        ("Tue 12 May", 2, None, "Tue 12 May", "no-sheet-date",
         "Row 2 of sheet 'Tue 12 May': its sheet is named for a Tuesday, but 12 May 2027 is a "
         "Wednesday: fix the sheet's name or the mapping's year.")]
    assert sessions(report) == [("13.05.2026", 2, session(
        "Talk", "Hall", dt.datetime(2026, 5, 13, 7, tzinfo=UTC),
        dt.datetime(2026, 5, 13, 8, tzinfo=UTC)))]


def test_a_row_in_the_small_hours_with_an_error_is_not_also_warned(tmp_path: Path) -> None:
    """The wrong-day-sheet warning is for sessions that would be sent: a row already in
    error at 00:30 gets its error alone."""
    path = write_xlsx(tmp_path / "days.xlsx", {"Tue 11 May 2027": [
        HEADER, ["00:30", "soon", "Late show", "Hall"]]})
    start = 'time_column = "Time Start"\ndate_from_sheet_name = true'
    report = validate_file(path, mapping=mapping(tmp_path, start), timezone="Europe/Madrid")
    assert [(i.row, i.column, i.code) for i in report.issues
            if i.code != "derived-import-id"] == [(2, "Time End", "bad-time")]


@pytest.mark.parametrize(("given", "date"), [
    ('"2027-05-11"', dt.date(2027, 5, 11)),
    ('" 2027-05-11 "', dt.date(2027, 5, 11)),
    ("2027-05-11", dt.date(2027, 5, 11)),
])
def test_sheet_dates_are_read_as_toml_dates_or_iso_text(
        tmp_path: Path, given: str, date: dt.date) -> None:
    start = f'time_column = "Time Start"\nsheet_dates = {{ "Day 1" = {given} }}'
    read = load_mapping(mapping(tmp_path, start))
    assert read.fields.start.sheet_dates == {"Day 1": date}


@pytest.mark.parametrize("year", [1900, 2099])
def test_the_years_at_the_edges_are_taken(tmp_path: Path, year: int) -> None:
    start = f'time_column = "Time Start"\ndate_from_sheet_name = true\nyear = {year}'
    assert load_mapping(mapping(tmp_path, start)).fields.start.year == year


def test_draft_mapping_asks_no_year_of_tabs_that_write_theirs(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        tab: [HEADER, ["9:00", "10:00", "Talk", "Hall"]]
        for tab in ("Tue 11 May 2027", "Wed 12 May 2027")})
    assert drafted_start(path) == ((
        "# no column holds the date: each tab is one day, its date read from its name\n"
        'time_column = "Time Start"\n'
        "date_from_sheet_name = true"), [])


def test_a_csv_with_times_and_no_date_column_is_drafted_with_a_date_column_to_fill_in(
        tmp_path: Path) -> None:
    """A CSV has no tabs to give dates: the date column is left to fill in."""
    path = tmp_path / "s.csv"
    path.write_text("Time Start,Time End,Title,Room\n9:00,10:00,Talk,Hall\n", encoding="utf-8")
    table, missing = drafted_start(path)
    assert (table.splitlines()[1:], missing) == (
        ['date_column = "FILL IN"', 'time_column = "Time Start"'], ["start"])
