"""Validate's readings pinned where a slip would go unnoticed: speakers' names listed once in
the order first written, a 12 AM start to late evening, letters garbled from every lead byte,
Mac Roman readings that give no text, the Italian clock word after 'alle'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.descriptions import distinct_values
from importer.errors import ConfigError, MappingError
from importer.validate import validate_file
from importer.zones import resolve_timezone, several_places
from tests.test_joined_added_columns import HEADER as HEADER_SZ
from tests.test_joined_added_columns import mapping, soil
from tests.test_night_start import HEADER, coded_issues
from tests.test_realworld_rw8_names import _validate as rw8_validate
from tests.test_speakers_sp2_draft import SOIL, TIMES, uncommented
from tests.test_until_next import agenda, issues, times
from tests.test_until_next import mapping as end_mapping
from tests.test_validate import write_csv


def test_a_cell_of_names_all_listed_already_keeps_their_order() -> None:
    """'Ana Ruiz, Bo Li' after Bo Li's and Ana Ruiz's joined names adds nothing: the names
    stay as first listed, not reordered as the cell writes them."""
    assert distinct_values(["Bo Li", "Ana Ruiz", "Ana Ruiz, Bo Li"]) == ["Bo Li", "Ana Ruiz"]


def test_a_cell_holding_a_name_listed_before_takes_that_names_place() -> None:
    """A Speakers cell holding a joined name listed first goes where that name was, before a
    name listed after it, not at the end."""
    assert distinct_values(["Ana Ruiz", "Cy Doe", "Ana Ruiz, Bo Li"]) == [
        "Ana Ruiz, Bo Li", "Cy Doe"]


def test_a_12_am_start_to_late_evening_is_warned(tmp_path: Path) -> None:
    """Only an end at 11:59 PM or later fills the day as a calendar writes it: one a minute
    earlier could be an afternoon and evening from noon, and is said."""
    path = tmp_path / "us.csv"
    path.write_text(HEADER + "Gala,5/12/2027,12:00 AM,11:58 PM,Hall A\n", encoding="utf-8")
    assert [(row, column, value) for row, column, value, _ in
            coded_issues("midnight-start", path)] == [(2, "Time Start", "12:00 AM")]


def test_a_turkish_dotless_i_garbled_alone_is_read_back() -> None:
    """'ı' is garbled to 'Ä±', of the lead byte 0xC4: said with no other garbled letter."""
    assert convert.garbled_reading("YÄ±lmaz on maps") == ("YÄ±lmaz", "Yılmaz")


@pytest.mark.parametrize("text", ["Ô£ø Store", "Price ¬Ä"])
def test_a_mac_roman_reading_that_gives_no_text_is_left_alone(text: str) -> None:
    """Read back as Apple's private logo or a control character: no word a sheet meant."""
    assert convert.garbling(text) is None


@pytest.mark.parametrize(("text", "time"), [
    ("alle ore 14", dt.time(14)), ("alle ore 9:30", dt.time(9, 30)),
    ("9Uhr30", dt.time(9, 30)),
])
def test_the_clock_word_around_the_time_is_read_in_each_spelling(text: str, time: dt.time
                                                                  ) -> None:
    assert convert.parse_time(text) == time


@pytest.mark.parametrize(("text", "date"), [
    ("Day Two (16 July 2026)", dt.date(2026, 7, 16)),
    ("Day Ten - 24 July 2026", dt.date(2026, 7, 24)),
])
def test_a_day_label_spelt_out_is_read_as_its_date(text: str, date: dt.date) -> None:
    assert convert.parse_date(text, "day-first") == date


@pytest.mark.parametrize(("name", "hint"), [
    ("Berlin Zeit", "did you mean 'Europe/Berlin'?"),
    ("(UTC+01) Amsterdam", "did you mean 'Europe/Amsterdam'?"),
    ("Central Time (Canada)", "did you mean 'America/Chicago'?"),
    ("Porto", "did you mean 'Europe/Lisbon' (Porto's)?"),
])
def test_a_zone_as_calendars_write_it_is_offered_its_place(name: str, hint: str) -> None:
    """A place's time in German, an Outlook zone whose offset has no minutes, a Canadian
    zone named by its clocks, and a city as its own language names it (Porto)."""
    with pytest.raises(ConfigError) as raised:
        resolve_timezone(name)
    assert str(raised.value) == f"unknown timezone {name!r}: {hint}"


@pytest.mark.parametrize("text", ["2027-05-11 (火曜日)", "2027-05-11 (火曜)"])
def test_a_japanese_day_name_after_a_numeric_date_is_read(text: str) -> None:
    assert convert.parse_date(text, "day-first") == dt.date(2027, 5, 11)


@pytest.mark.parametrize("text", ["2024年9月24日 (星期二", "2024年9月24日 星期二)"])
def test_an_east_asian_day_name_with_one_bracket_is_bad_date(text: str) -> None:
    """A bracket opened and not closed, or closed and not opened, is no way of writing it."""
    with pytest.raises(convert.CellError):
        convert.parse_date(text, "day-first")


def test_a_joined_entrys_lookalike_is_told_the_edit_to_that_entry(tmp_path: Path) -> None:
    """An optional joined entry the sheet has none of, beside columns named like them: the
    warning says to put the sheet's header in the entry's join, not in column =."""
    header = [*HEADER_SZ[:5], "Speaker Id", "FirstNam", "LastNam"]
    path = write_csv(tmp_path, header, [[*soil()[:6], "Ana", "Ruiz"]])
    joined = '{ label = "Speakers", join = ["FirstName", "LastName"] }'
    report = validate_file(path, mapping=mapping(
        tmp_path, f"optional = true\nadd_columns = [{joined}]"))
    assert [(i.column, i.code, i.message) for i in report.issues] == [
        (f"{last}Nam", "unread-column",
         f"Column '{last}Nam' holds data that is not imported: fields.description reads "
         f"'{last}Name', which the sheet does not have. Rename the column to '{last}Name', or "
         f"give fields.description '{last}Nam' in place of '{last}Name' in {joined} in a "
         "mapping of your own.") for last in ("First", "Last")]


def test_minutes_of_a_whole_day_is_the_longest_length(tmp_path: Path) -> None:
    """1440 minutes (a 24-hour showing) ends the next day at its start's time; one minute
    more is refused."""
    showing = [["2027-05-11", "14:30", "Marathon", "Cinema 1"]]
    report = validate_file(agenda(tmp_path, showing),
                           mapping=end_mapping(tmp_path, "minutes = 1440"), timezone="UTC")
    assert (issues(report), times(report)) == (
        [], [(None, 2, "Marathon", "11 14:30", "12 14:30")])
    with pytest.raises(MappingError) as raised:
        validate_file(agenda(tmp_path, showing), mapping=end_mapping(tmp_path, "minutes = 1441"),
                      timezone="UTC")
    assert "minutes = 1441 is no session's length" in str(raised.value)


@pytest.mark.parametrize("text", ["Tue (24/09/2024)", "Tue [24/09/2024]", "Tue （24/09/2024）"])
def test_a_day_name_before_its_date_in_any_bracket_is_read(text: str) -> None:
    assert convert.parse_date(text, "day-first") == dt.date(2024, 9, 24)


def test_a_name_over_two_lines_whose_first_line_is_a_room_is_not_said(tmp_path: Path) -> None:
    """'Ballroom⏎(Level 2)' beside a row in the Ballroom alone: its second line names no room,
    so the cell is one room, unsaid."""
    data = ('Id,Date,Time,End,Title,Room\n1,2027-05-11,9:00,10:00,A,"Ballroom\n(Level 2)"\n'
            "2,2027-05-11,10:00,11:00,B,Ballroom\n")
    report = rw8_validate(tmp_path, data, '[fields.locations]\ncolumn = "Room"\n')
    assert [(r.row, r.payload.locations) for r in report.rows if r.payload] == [
        (2, ("Ballroom (Level 2)",)), (3, ("Ballroom",))]
    assert report.issues == []


def test_tracks_on_lines_of_their_own_are_said_as_tracks(tmp_path: Path) -> None:
    data = ('Id,Date,Time,End,Title,Tracks\n1,2027-05-11,9:00,10:00,A,"AI\nWeb"\n'
            "2,2027-05-11,10:00,11:00,B,AI\n3,2027-05-11,11:00,12:00,C,Web\n")
    report = rw8_validate(tmp_path, data, '[fields.schedule_tracks]\ncolumn = "Tracks"\n')
    assert [(i.code, i.message) for i in report.issues] == [
        ("names-on-lines",
         "'Tracks' lists tracks on lines of their own ('AI\\nWeb' on row 2), each line a "
         "track the column names alone: each cell is read as one track, 'AI Web'; to read "
         'each line as a track, write separator = "\\n" under [fields.schedule_tracks]')]


def test_one_numbered_speaker_column_keeps_its_own_label(tmp_path: Path) -> None:
    """'Speaker 1' alone numbers no set of columns: its paragraph is 'Speaker 1: Ana Ruiz',
    not a Speakers list."""
    sheet = write_csv(tmp_path, [*TIMES, "Speaker 1"], [[*SOIL, "Ana Ruiz"]])
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Speaker 1: Ana Ruiz</p>"]


@pytest.mark.parametrize("name", ["IST time", "CST Time", "AEST time"])
def test_several_places_abbreviation_as_its_time_is_offered_each_place(name: str) -> None:
    """'IST time' is India's, Ireland's or Israel's as 'IST' is: not offered India's alone."""
    with pytest.raises(ConfigError) as raised:
        resolve_timezone(name)
    assert str(raised.value) == (
        f"unknown timezone {name!r}: an abbreviation fixes one offset all year, and several "
        f"places write this one; use the place's name, {several_places(name.split()[0])}, "
        "which follows its clocks through the year.")
