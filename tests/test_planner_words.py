"""Words a first-time planner reads when something stops: what is wrong, said as they would
say it, and the fix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app
from importer.validate import validate_file
from tests.test_validate import CLASSIC, write_csv

ZONE_FIX = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def _sheet(tmp_path: Path, *rows: str) -> Path:
    sheet = tmp_path / "schedule.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location,Schedule Track\n"
                     + "\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def test_an_unknown_zone_is_refused_with_the_way_to_write_one(tmp_path: Path) -> None:
    """'tz database name' is jargon: the planner is told the form, a region and a city."""
    sheet = _sheet(tmp_path, "Keynote,5/11/2027,10:00,11:00,Hall A,Main")
    result = CliRunner().invoke(app, ["validate", str(sheet), "--timezone", "Bavaria"])
    assert (result.exit_code, result.stderr) == (2, (
        f"error: command-line option --timezone: unknown timezone 'Bavaria': {ZONE_FIX}\n"))


def _errors(tmp_path: Path, rows: list[list[str]]) -> list[tuple[int | None, str | None, str,
                                                                 str]]:
    sheet = write_csv(tmp_path, CLASSIC, rows)
    report = validate_file(sheet, timezone="Europe/London")
    return [(issue.row, issue.column, issue.code, issue.message) for issue in report.issues
            if issue.severity == "error"]


def test_a_semicolon_typed_for_a_colon_is_named_with_the_time_meant(tmp_path: Path) -> None:
    """The key beside ':' slips: said as such, never read as meant (a stop, not a guess).
    A ';' that is not that slip (two times, no minute of an hour) keeps the general hint."""
    assert _errors(tmp_path, [
        ["Keynote", "2027-05-11", "10;00", "11;30 AM", "Hall A", "", ""],
        ["Two times", "2027-05-11", "10:00;14:00", "15:00", "Hall A", "", ""],
        ["No minute", "2027-05-11", "10;75", "11:00", "Hall A", "", ""],
    ]) == [
        (2, "Time Start", "bad-time",
         "Row 2: 'Time Start' has '10;00', with a ';' where a ':' goes: write 10:00."),
        (2, "Time End", "bad-time",
         "Row 2: 'Time End' has '11;30 AM', with a ';' where a ':' goes: write 11:30 AM."),
        (3, "Time Start", "bad-time",
         "Row 3: 'Time Start' has '10:00;14:00', which is not a time: write the time like "
         "10:00 AM, 10am or 14:30."),
        (4, "Time Start", "bad-time",
         "Row 4: 'Time Start' has '10;75', which is not a time: write the time like "
         "10:00 AM, 10am or 14:30."),
    ]


def test_a_room_or_track_written_two_ways_is_told_once_with_the_name_sent(
        tmp_path: Path) -> None:
    """'Room B', 'Room  b' and 'room b' are one room, sent as first written: one warning a
    column names every spelling and that one; a name written one way is not mentioned."""
    sheet = write_csv(tmp_path, CLASSIC, [
        ["A", "2027-05-11", "10:00", "11:00", "Room B", "Data", ""],
        ["B", "2027-05-11", "11:00", "12:00", "Room  b", "data", ""],
        ["C", "2027-05-11", "12:00", "13:00", "room b", "Data", ""],
        ["D", "2027-05-11", "13:00", "14:00", "Hall", "Web; WEB", ""],
        ["E", "2027-05-11", "14:00", "15:00", "hall", "Web", ""],
    ])
    report = validate_file(sheet, timezone="Europe/London")
    assert [(issue.column, issue.message) for issue in report.issues
            if issue.code == "name-spelt-two-ways"] == [
        ("Schedule Track (Optional)",
         "'Schedule Track (Optional)' writes the track 'Data' also as 'data' (on row 3): read "
         "as one track, sent as 'Data', the first spelling (a track the guide has already "
         "keeps the guide's); write it one way in the sheet to choose the name"),
        ("Room/Location",
         "'Room/Location' writes the room 'Room B' also as 'Room b' and 'room b' (on row 3, "
         "and 1 other row): read as one room, sent as 'Room B', the first spelling (a room "
         "the guide has already keeps the guide's); write it one way in the sheet to choose "
         "the name (1 other room written two ways too)"),
    ]
    assert {issue.row for issue in report.issues if issue.code == "name-spelt-two-ways"} == {
        None}


def test_the_sandbox_refuses_an_unknown_zone_in_the_one_error_line_of_every_command() -> None:
    """Not typer's 'Error' box with 'Invalid value' and 'tz database name' in it: the line
    plan and run print, with the zone's hint."""
    result = CliRunner().invoke(app, ["sandbox", "--guide-timezone", "Bavaria"])
    assert (result.exit_code, result.stderr) == (2, (
        f"error: command-line option --guide-timezone: unknown timezone 'Bavaria': {ZONE_FIX}\n"))
    result = CliRunner().invoke(app, ["sandbox", "--guide-timezone", "Eastern Time"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: command-line option --guide-timezone: unknown timezone 'Eastern Time': did you "
        "mean 'America/New_York'?\n"))
