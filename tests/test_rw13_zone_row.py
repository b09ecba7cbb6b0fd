"""A workshop programme with a row of units under its header, the times column's cell naming
the zone the times are in ('(GMT Time)'): the draft names it as the zone, to set timezone,
not as a session time lacking its end. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def _notes_on(text: str, header: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"# {header!r} ")]


def test_a_zone_under_the_header_is_named_as_the_times_zone(tmp_path: Path) -> None:
    """The draft said the cell gave a session neither a start nor an end and that validate
    would stop at it, while validate skips the row; the zone it names went unsaid."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Time,Title,Authors\n"
        b"(CET Time),,\n"
        b"09:00-09:15,Welcome,\n"
        b"09:15-10:30,Keynote: Testing at scale,Ana Ruiz\n"
        b"11:00-12:30,Session 1,(Chair) Bo Li\n"))
    assert _notes_on(draft_mapping(path).text, "Time") == [
        "# 'Time' has '(CET Time)', which names the zone of the times under it, not a "
        "session's time (the row is skipped): set timezone to the region and city of the "
        "place they are in (Europe/Paris)"]


def test_a_word_in_brackets_is_still_named_as_lacking_its_times(tmp_path: Path) -> None:
    """A cell in brackets naming no zone ('(Lunch)') is still a session lacking its times."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Time,Title\n"
        b"09:00-09:15,Welcome\n"
        b"09:15-10:30,Keynote\n"
        b"10:30-11:00,Coffee\n"
        b"11:00-12:30,Session 1\n"
        b"(LUNCH),Lunch\n"
        b"13:00-14:30,Session 2\n"))
    assert _notes_on(draft_mapping(path).text, "Time") == [
        "# 'Time' gives some sessions a start and an end ('09:00-09:15'), others neither "
        "('(LUNCH)'): write those with their end too (18:30 - 20:00), or validate stops at each"]


def test_a_zone_under_a_start_column_is_named_as_the_times_zone(tmp_path: Path) -> None:
    """Under a start column beside an end one, the cell went unnamed, and its row was told to
    need a date, as if it held a session's time."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Date,Start,End,Room\n"
        b",,(GMT Time),,\n"
        b"Welcome,2027-05-11,9:00,10:00,Hall A\n"
        b"Keynote,2027-05-11,10:00,11:00,Hall B\n"))
    text = draft_mapping(path).text
    assert _notes_on(text, "Start") == [
        "# 'Start' has '(GMT Time)', which names the zone of the times under it, not a "
        "session's time (the row is skipped): set timezone to the region and city of the "
        "place they are in (Europe/London)"]
    assert "a time but no 'Date'" not in text


def test_a_zone_under_a_ranges_column_asks_no_date_of_its_row(tmp_path: Path) -> None:
    """The units row holds no time, so it is not told to give its date."""
    path = write_bytes(tmp_path, "program.csv", (
        b"Title,Date,Time,Room\n"
        b",,(GMT Time),\n"
        b"Welcome,2027-05-11,9:00-10:00,Hall A\n"
        b"Keynote,2027-05-11,10:00-11:00,Hall B\n"))
    assert "a time but no 'Date'" not in draft_mapping(path).text
