"""Drafting and validating programmes as planners lay them out, each seen on a real one: a
start column giving all-day items their date alone beside talks' dates with times; a day
split into parts by heading rows ('Morning', 'Afternoon session') between its timed rows; an
end's date with its time beside the end's time alone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from importer import validate_file
from importer.validate import ValidationReport
from tests.test_draft import drafted
from tests.test_validate import write_csv


def _starts(report: ValidationReport) -> list[tuple[Any, ...]]:
    """Each session's title, start, end and whether it is all day, as sent."""
    return [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.all_day) for p in report.payloads]


def test_a_start_column_of_dates_and_dates_with_times_is_drafted_as_the_start(
        tmp_path: Path) -> None:
    """A festival lists its all-day items by their date alone ('2027-05-11') among talks
    given a date and a time: the column was too mixed to be drafted as anything and the draft
    asked for the start. It is the start, and validate sends each date alone as all day."""
    sheet = write_csv(tmp_path, ["Start", "End", "Title", "Room"], [
        ["2027-05-11", "", "Exhibition", "Foyer"],
        ["2027-05-11 09:00", "2027-05-11 10:00", "Opening keynote", "Hall A"],
        ["2027-05-11 10:30", "2027-05-11 11:30", "Panel on data", "Room 2"],
        ["2027-05-12", "", "Registration", "Foyer"],
        ["2027-05-12 09:00", "2027-05-12 10:00", "Workshop", "Room 2"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == ({"column": '"Start"'}, {"column": '"End"'})
    assert re.search(r"^# a date alone \('2027-05-11'\) is read as a session all day on that "
                     r"day\ncolumn = \"Start\"$", mapping.read_text(), re.M)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, _starts(report)) == (True, [
        ("Exhibition", "2027-05-11T00:00:00+00:00", None, True),
        ("Opening keynote", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", False),
        ("Panel on data", "2027-05-11T10:30:00+00:00", "2027-05-11T11:30:00+00:00", False),
        ("Registration", "2027-05-12T00:00:00+00:00", None, True),
        ("Workshop", "2027-05-12T09:00:00+00:00", "2027-05-12T10:00:00+00:00", False)])


def test_a_date_column_with_a_stray_time_stays_the_days(tmp_path: Path) -> None:
    """One date typed with a time among days beside a times column is still the date column,
    not a start of its own."""
    sheet = write_csv(tmp_path, ["Date", "Start", "End", "Title"], [
        [f"2027-05-{day}" + (" 09:00" if day == 15 else ""), "09:00", "10:00", f"Talk {day}"]
        for day in range(11, 19)])
    _, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == (
        {"date_column": '"Date"', "time_column": '"Start"'}, {"time_column": '"End"'})


HEADING = ("Row {row}: holds only {text!r} (in {column!r}) and its day, a part of the day "
           "heading the sessions under it, so it is read as a section heading and nothing is "
           "sent for it; to make it a session, give it a time (and a title, if it has none).")


def _issues(report: ValidationReport) -> list[tuple[Any, ...]]:
    return [(i.row, i.column, i.code, i.message) for i in report.issues
            if i.code not in ("derived-import-id", "timezone-assumed")]


def _heading(row: int, column: str, text: str) -> tuple[Any, ...]:
    return (row, column, "section-heading", HEADING.format(row=row, text=text, column=column))


def test_parts_of_the_day_in_the_times_column_are_headings(tmp_path: Path) -> None:
    """'Morning', 'Afternoon' and 'Evening' typed in the times column above each part's
    sessions: the draft saw too few times there and read every session as all day, and a
    mapping reading the column said each was no time and lacked a title."""
    sheet = write_csv(tmp_path, ["Date", "Time", "Title", "Room"], [
        ["2027-05-11", "Morning", "", ""],
        ["2027-05-11", "09:00 - 10:00", "Opening keynote", "Hall A"],
        ["2027-05-11", "10:30 - 11:30", "Panel on data", "Room 2"],
        ["2027-05-11", "Afternoon", "", ""],
        ["2027-05-11", "13:00 - 14:00", "Workshop", "Room 2"],
        ["2027-05-11", "Evening", "", ""],
        ["2027-05-11", "19:00 - 21:00", "Dinner", "Hall A"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == (
        {"date_column": '"Date"', "time_column": '"Time"'}, {"time_column": '"Time"'})
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, _starts(report), _issues(report)) == (True, [
        ("Opening keynote", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", False),
        ("Panel on data", "2027-05-11T10:30:00+00:00", "2027-05-11T11:30:00+00:00", False),
        ("Workshop", "2027-05-11T13:00:00+00:00", "2027-05-11T14:00:00+00:00", False),
        ("Dinner", "2027-05-11T19:00:00+00:00", "2027-05-11T21:00:00+00:00", False)], [
        _heading(2, "Time", "Morning"), _heading(5, "Time", "Afternoon"),
        _heading(7, "Time", "Evening")])


def test_a_part_of_the_day_as_a_title_is_a_heading_and_a_session_stays_one(
        tmp_path: Path) -> None:
    """'Morning session' with its date and nothing else was sent as an all-day session.
    'Poster session' so written may well be one, all day, and stays so; 'Evening' beside a
    title is a session lacking its time, as before."""
    sheet = write_csv(tmp_path, ["Date", "Start", "End", "Title"], [
        ["2027-05-11", "", "", "Morning session"],
        ["2027-05-11", "09:00", "10:00", "Opening keynote"],
        ["2027-05-11", "", "", "Poster session"],
        ["2027-05-11", "Evening", "", "Dinner"]])
    report = validate_file(sheet, mapping=drafted(tmp_path, sheet)[0], timezone="UTC")
    assert (_starts(report), _issues(report)) == ([
        ("Opening keynote", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", False),
        ("Poster session", "2027-05-11T00:00:00+00:00", None, True)], [
        _heading(2, "Title", "Morning session"),
        (5, "Start", "bad-time", "Row 5: 'Start' has 'Evening', a part of the day, not a "
         "time: the session needs a clock time, like 18:00.")])


def test_a_part_of_the_day_alone_in_a_column_of_dates_with_times_is_no_empty_day(
        tmp_path: Path) -> None:
    """Alone in the row, 'Morning' was already a heading, but in a column of dates with
    times it was said to be a day with only its date filled in."""
    sheet = write_csv(tmp_path, ["Time", "Title"], [
        ["Morning", ""], ["2027-05-11 09:00 - 10:00", "Opening keynote"],
        ["2027-05-11 10:30 - 11:30", "Panel on data"]])
    report = validate_file(sheet, mapping=drafted(tmp_path, sheet)[0], timezone="UTC")
    assert _issues(report) == [(2, "Time", "section-heading", (
        "Row 2: holds only 'Morning' (in 'Time'), so it is read as a section heading and "
        "nothing is sent for it; to make it a session, give it a title and times."))]


DATE_END = ["Date", "Start", "End", "DateEnd", "Title"]


def test_an_end_date_with_times_ending_a_session_days_later_is_drafted_as_the_end(
        tmp_path: Path) -> None:
    """Beside Start and End times, 'DateEnd' gives each end with its date: a workshop over
    three days was drafted from Date and End, and sent as one day's 9:00 to 17:00."""
    sheet = write_csv(tmp_path, DATE_END, [
        ["2027-05-11", "09:00", "10:00", "2027-05-11 10:00", "Opening keynote"],
        ["2027-05-11", "22:00", "02:00", "2027-05-12 02:00", "Night hackathon"],
        ["2027-05-11", "09:00", "17:00", "2027-05-13 17:00", "Three-day workshop"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["end"] == {"column": '"DateEnd"'}
    assert ("# 'DateEnd' ends some sessions on another day than 'Date' and 'End' do "
            "('2027-05-13 17:00' where they give 2027-05-11 17:00): read as the end, and "
            "'End' is not\n") in mapping.read_text()
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, _starts(report)) == (True, [
        ("Opening keynote", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", False),
        ("Night hackathon", "2027-05-11T22:00:00+00:00", "2027-05-12T02:00:00+00:00", False),
        ("Three-day workshop", "2027-05-11T09:00:00+00:00", "2027-05-13T17:00:00+00:00",
         False)])


def test_an_end_date_with_times_telling_nothing_more_stays_unread(tmp_path: Path) -> None:
    """Where 'DateEnd' agrees with Date and End on every row (an end past midnight is read in
    the night after), or is blank beside an end's time, the end's times stay the end."""
    rows = [["2027-05-11", "09:00", "10:00", "2027-05-11 10:00", "Opening keynote"],
            ["2027-05-11", "22:00", "02:00", "2027-05-12 02:00", "Night hackathon"]]
    agreeing = drafted(tmp_path, write_csv(tmp_path, DATE_END, rows))[1]["end"]
    blank = [*rows, ["2027-05-11", "09:00", "17:00", "2027-05-13 17:00", "Workshop"],
             ["2027-05-12", "09:00", "12:00", "", "Closing"]]
    assert (agreeing, drafted(tmp_path, write_csv(tmp_path, DATE_END, blank))[1]["end"]) == (
        {"time_column": '"End"'}, {"time_column": '"End"'})


def _rooms(report: ValidationReport) -> list[tuple[str, list[str]]]:
    return [(p.name, list(p.locations)) for p in report.payloads]


def test_rooms_joined_with_and_signs_are_drafted_as_a_list(tmp_path: Path) -> None:
    """A keynote in 'Room A & Room B', both rooms of their own on other rows, was sent to a
    room of that name. Each joined cell now reads as a session in both; a room whose name
    holds 'and' ('Arts and Crafts Room') stays one."""
    sheet = write_csv(tmp_path, ["Date", "Start", "End", "Title", "Room"], [
        ["2027-05-11", "09:00", "10:00", "Opening keynote", "Room A & Room B"],
        ["2027-05-11", "10:30", "11:30", "Panel", "Room A"],
        ["2027-05-11", "10:30", "11:30", "Talk", "Room B"],
        ["2027-05-11", "13:00", "14:00", "Crafts", "Arts and Crafts Room"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["locations"] == {"column": '"Room"', "separator": '" & "'}
    assert ("# some cells join rooms listed alone too with ' & ' ('Room A & Room B'): each is "
            "read as a session in both\n") in mapping.read_text()
    assert _rooms(validate_file(sheet, mapping=mapping, timezone="UTC")) == [
        ("Opening keynote", ["Room A", "Room B"]), ("Panel", ["Room A"]),
        ("Talk", ["Room B"]), ("Crafts", ["Arts and Crafts Room"])]


def test_rooms_joined_where_a_part_is_no_room_alone_stay_one_name(tmp_path: Path) -> None:
    """'Hall A & B' joins no room listed alone ('B' is none): one name, as before."""
    sheet = write_csv(tmp_path, ["Date", "Start", "Title", "Room"], [
        ["2027-05-11", "09:00", "Opening keynote", "Hall A & B"],
        ["2027-05-11", "10:30", "Panel", "Hall A"],
        ["2027-05-11", "10:30", "Talk", "Room 2 + Room 3"]])
    assert drafted(tmp_path, sheet)[1]["locations"] == {"column": '"Room"'}
