"""Drafting a mapping for a sheet with a date column and times under a name the draft does
not know ('Kick-off', 'Timeslot', 'Local time'): the times are found by their cells, where
the date alone made each session all day."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def drafted_and_read(tmp_path: Path, sheet: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """The draft's [fields.start] and [fields.end] tables, and each session validate reads
    with the draft as written (title, start, end)."""
    text = draft_mapping(sheet).text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    timing = "".join(re.findall(r"^\[fields\.(?:start|end)\]\n(?:[^\[\n].*\n)*", text, re.M))
    return timing, [(p.name, p.start_time.isoformat(), p.end_time.isoformat())
                    for p in report.payloads]


def test_times_under_unknown_names_are_the_start_and_the_end(tmp_path: Path) -> None:
    """'Kick-off' and 'Wrap-up' beside 'Date': the draft made the date alone the start (each
    session all day) and left the end to fill in. A 'Run time' of 1:30 reads as a time of
    day too, but names a length: it is neither."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Date", "Run time", "Kick-off", "Wrap-up", "Title", "Room"],
        ["2027-05-11", "1:00", "9:00 AM", "10:00 AM", "Opening", "Main Hall"],
        ["2027-05-11", "0:45", "10:30 AM", "11:15 AM", "Data Ethics", "Room 2"],
        ["2027-05-12", "1:00", "2:00 PM", "3:00 PM", "Closing", "Main Hall"]])
    assert drafted_and_read(tmp_path, sheet) == (
        "[fields.start]\n"
        "# 'Kick-off' holds times ('9:00 AM', '10:30 AM'), though its name is none the draft "
        "knows: read as the start; check it is\n"
        'date_column = "Date"\n'
        'time_column = "Kick-off"\n'
        "[fields.end]\n"
        "# 'Wrap-up' holds times after those of 'Kick-off', though its name is none the "
        "draft knows: read as the end; check it is\n"
        'time_column = "Wrap-up"\n',
        [("Opening", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00"),
         ("Data Ethics", "2027-05-11T10:30:00+00:00", "2027-05-11T11:15:00+00:00"),
         ("Closing", "2027-05-12T14:00:00+00:00", "2027-05-12T15:00:00+00:00")])


def test_a_column_of_time_ranges_under_an_unknown_name_is_the_start_and_the_end(
        tmp_path: Path) -> None:
    """'Timeslot' holding '9:00 - 10:00' and '14h30 - 15h00' was left unread."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Date", "Timeslot", "Title", "Room"],
        ["2027-05-11", "9:00 - 10:00", "Opening", "Main Hall"],
        ["2027-05-12", "14h30 - 15h00", "Closing", "Main Hall"]])
    assert drafted_and_read(tmp_path, sheet) == (
        "[fields.start]\n"
        "# 'Timeslot' holds times ('9:00 - 10:00', '14h30 - 15h00'), though its name is none "
        "the draft knows: read as the start and the end; check it is\n"
        'date_column = "Date"\n'
        'time_column = "Timeslot"\n'
        "[fields.end]\n"
        "# the same column: each cell holds the start and the end\n"
        'time_column = "Timeslot"\n',
        [("Opening", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00"),
         ("Closing", "2027-05-12T14:30:00+00:00", "2027-05-12T15:00:00+00:00")])


def test_a_second_column_of_times_not_after_the_start_is_not_the_end(tmp_path: Path) -> None:
    """'Local time' is the start, with a 'Length' for the end; 'Doors' opens before each
    session, so it is no end: without the length the end is left to fill in."""
    sheet = write_csv(tmp_path / "gigs.csv", [
        ["Date", "Local time", "Doors", "Title", "Length"],
        ["2027-05-11", "20:00", "19:00", "Aurora Skies", "60"],
        ["2027-05-12", "21:00", "20:00", "Kite", "45"]])
    assert drafted_and_read(tmp_path, sheet) == (
        "[fields.start]\n"
        "# 'Local time' holds times ('20:00', '21:00'), though its name is none the draft "
        "knows: read as the start; check it is\n"
        'date_column = "Date"\n'
        'time_column = "Local time"\n'
        "[fields.end]\n"
        'duration_column = "Length"\n',
        [("Aurora Skies", "2027-05-11T20:00:00+00:00", "2027-05-11T21:00:00+00:00"),
         ("Kite", "2027-05-12T21:00:00+00:00", "2027-05-12T21:45:00+00:00")])
    without_length = write_csv(tmp_path / "no-length.csv", [
        ["Date", "Local time", "Doors", "Title"],
        ["2027-05-11", "20:00", "19:00", "Aurora Skies"],
        ["2027-05-12", "21:00", "20:00", "Kite"]])
    draft = draft_mapping(without_length)
    assert (draft.chosen, draft.missing) == (
        {"name": "Title", "date": "Date", "start": "Local time"}, ["end"])
