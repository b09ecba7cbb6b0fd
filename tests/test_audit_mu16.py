"""Behaviour the newest zone, date-word, rooms and blank-end changes promise that no other
test held: each of these failed on a hand-made mutant of the code and passes on the code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from tests.test_load import write_bytes
from tests.test_rw14_room_clashes import _locations_notes
from tests.test_zones_names_region_codes import GENERIC, hint


@pytest.mark.parametrize(("name", "zone"), [
    ("Pariser Zeit", "Europe/Paris"), ("Londoner Zeit", "Europe/London"),
    ("Amsterdamer Ortszeit", "Europe/Amsterdam"), ("Adener Zeit", "Asia/Aden")])
def test_a_zone_citys_time_by_its_german_adjective_is_offered_its_zone(
        name: str, zone: str) -> None:
    """A zone's own city, which neither the German nor the city tables list, is found by
    its adjective too: 'Adener Zeit' is not offered America/Denver."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "zone"), [
    ("Mumbai UTC+5:30", "'Asia/Kolkata' (Mumbai's)"), ("Kolkata (GMT+05:30)", "'Asia/Kolkata'"),
    ("Adelaide UTC+10:30", "'Australia/Adelaide'")])
def test_a_city_with_an_offset_of_hours_and_minutes_is_offered_its_zone(
        name: str, zone: str) -> None:
    """The minutes of the offset count: India keeps +05:30, not +05:00."""
    assert hint(name) == f"did you mean {zone}?"


@pytest.mark.parametrize("name", ["Narnia UTC+2", "Main Hall (GMT+1)"])
def test_a_place_no_zone_is_named_for_with_an_offset_gets_the_general_hint(name: str) -> None:
    assert hint(name) == GENERIC


# Each Nordic day name, long and short, with and without its letters å, ä, ö, ø: the day of
# the week of May 3 to 9, 2027 (Monday to Sunday).
NORDIC_DAY_NAMES = [
    ("måndag", "mandag"), ("tisdag", "tirsdag"), ("onsdag",), ("torsdag",), ("fredag",),
    ("lördag", "lørdag", "lordag"), ("söndag", "søndag", "sondag")]
NORDIC_SHORT_DAY_NAMES = [
    ("mån", "man"), ("tis", "tir"), ("ons",), ("tors", "tor"), ("fre",), ("lör", "lør"),
    ("sön", "søn")]


@pytest.mark.parametrize(("names", "style"), [
    (NORDIC_DAY_NAMES, "{} {} maj 2027"), (NORDIC_SHORT_DAY_NAMES, "{}. {}. mai 2027")])
def test_every_nordic_day_name_is_read_on_its_own_day(
        names: list[tuple[str, ...]], style: str) -> None:
    written = [style.format(name, 3 + day) for day, its in enumerate(names) for name in its]
    assert [convert.parse_date(text, "day-first") for text in written] == [
        dt.date(2027, 5, 3 + day) for day, its in enumerate(names) for _ in its]


NORDIC_MONTHS = [("januari", "januar"), ("februari", "februar"), ("mars", "marts"),
                 ("april",), ("maj", "mai"), ("juni",), ("juli",), ("augusti", "august"),
                 ("september",), ("oktober", "okt"), ("november",),
                 ("december", "desember", "des")]


def test_every_nordic_month_name_is_read() -> None:
    written = [f"3. {name} 2027" for its in NORDIC_MONTHS for name in its]
    assert [convert.parse_date(text, "day-first") for text in written] == [
        dt.date(2027, month, 3) for month, its in enumerate(NORDIC_MONTHS, 1) for _ in its]


def _fixtures(tmp_path: Path, rows: int, together: list[int]) -> Path:
    """A league's fixtures whose 'Venue' names the town on each of `rows` games, the games of
    each group in `together` at one time on fields of their own, the others each at a time
    of its own."""
    fields = [field for size in together for field in range(1, size + 1)]
    slots = [slot for slot, size in enumerate(together) for _ in range(size)]
    slots += range(len(together), len(together) + rows - len(slots))
    fields += [1 + row % 2 for row in range(rows - len(fields))]
    lines = [b"2027-04-%02d,%02d:00,Northtown,Pitch %d,Game %d\n"
             % (1 + slot // 10, 8 + slot % 10, field, row)
             for row, (slot, field) in enumerate(zip(slots, fields, strict=True))]
    return write_bytes(tmp_path, "fixtures.csv",
                       b"Date,Start,Venue,Field,Title\n" + b"".join(lines))


def _venue_notes(path: Path) -> list[str]:
    return [line for line in _locations_notes(draft_mapping(path).text) if "Venue" in line]


@pytest.mark.parametrize(("rows", "together", "noted"), [
    (20, [2, 2], "on 4 rows"),   # the fewest clashing rows to doubt the rooms
    (20, [3], None),
    (60, [2, 2, 2], "on 6 rows"),  # a tenth of the rows with a room
    (60, [2, 3], None)])
def test_the_rooms_are_in_doubt_from_four_clashing_rows_and_a_tenth_of_them(
        tmp_path: Path, rows: int, together: list[int], noted: str | None) -> None:
    notes = _venue_notes(_fixtures(tmp_path, rows, together))
    assert [noted in note for note in notes] == ([True] if noted else [])


def _games(tmp_path: Path, columns: dict[str, list[str]]) -> Path:
    """Games on April 4, 2027 at the 'Start' given, or two a day from April 1 without
    one; each column's cells as given."""
    rows = zip(*columns.values(), strict=True)
    text = ",".join(["Date", *columns]) + "\n" + "".join(
        ",".join([f"2027-04-0{1 + n // 2 if 'Start' not in columns else 4}", *row]) + "\n"
        for n, row in enumerate(rows))
    return write_bytes(tmp_path, "games.csv", text.encode())


# Eight games, two at each of four times, all in the one town.
STARTS = ["09:00", "09:00", "10:00", "10:00", "11:00", "11:00", "12:00", "12:00"]
TOWN = ["Northtown"] * 8
TITLES = [f"Game {n}" for n in range(8)]


def test_a_column_that_puts_two_games_at_once_in_one_place_too_is_not_offered(
        tmp_path: Path) -> None:
    """'Division' shares a name at one time as 'Venue' does: it is no more the rooms."""
    path = _games(tmp_path, {
        "Start": STARTS, "Venue": TOWN, "Title": TITLES,
        "Division": ["Open"] * 4 + ["Youth"] * 4, "Pitch": ["P1", "P2"] * 4})
    assert [note.split(" where ")[1][:16] for note in _venue_notes(path)] == ["'Pitch' never do"]


def test_the_column_with_the_fewest_names_is_offered(tmp_path: Path) -> None:
    path = _games(tmp_path, {
        "Start": STARTS, "Venue": TOWN, "Title": TITLES,
        "Court": ["Red", "Blue", "Green", "Red", "Blue", "Green", "Red", "Blue"],
        "Pitch": ["P1", "P2"] * 4})
    assert [note.split(" where ")[1][:16] for note in _venue_notes(path)] == ["'Pitch' never do"]


@pytest.mark.parametrize(("pitches", "offered"), [
    (["1", "2"] * 4, False),                                     # figures, not names
    (["P1", "P2", "P3", "P4", "P1", "P2", "P3", "P4"], True),    # each name twice
    (["P1", "P2", "P3", "P4", "P5", "P1", "P2", "P3"], False),   # most names once
    (["P1", "P2", "P1", "", "P1", "P2", "P1", "P2"], False),     # blank on a shared row
])
def test_a_column_is_offered_as_the_rooms_only_where_its_names_recur_on_every_shared_row(
        tmp_path: Path, pitches: list[str], offered: bool) -> None:
    path = _games(tmp_path, {"Start": STARTS, "Venue": TOWN, "Title": TITLES,
                             "Pitch": pitches})
    assert len(_venue_notes(path)) == offered


def test_a_tenth_of_the_rows_counts_those_with_a_room_only(tmp_path: Path) -> None:
    """Sixty games, half with no town: five shared rows are a tenth of those with one."""
    starts = [f"{8 + n // 6:02d}:{n % 6 * 10:02d}" for n in range(60)]
    starts[1] = starts[0]
    starts[3:5] = [starts[2]] * 2
    path = _games(tmp_path, {
        "Start": starts, "Venue": ["Northtown"] * 30 + [""] * 30,
        "Title": [f"Game {n}" for n in range(60)], "Pitch": ["P1", "P2", "P1", "P2", "P3"] * 12})
    assert [note.split(" at once ")[1][:9] for note in _venue_notes(path)] == ["on 5 rows"]


def test_the_rooms_of_sessions_without_a_start_are_not_in_doubt(tmp_path: Path) -> None:
    """Two games a day in the town, with no times: nothing tells they meet at once."""
    path = _games(tmp_path, {"Venue": TOWN, "Title": TITLES, "Pitch": ["P1", "P2"] * 4})
    assert _venue_notes(path) == []


def _zone_lines(path: Path) -> list[str]:
    return [line for line in draft_mapping(path).text.splitlines()
            if line.lstrip("# ").startswith("timezone")]


@pytest.mark.parametrize(("zone", "drafted"), [
    ("Orlando UTC-4", 'timezone = "America/New_York"   # \'Time zone\' says \'Orlando UTC-4\' on '
     "every row"),
    ("TBD", None)])
def test_a_zone_column_drafts_the_zone_of_a_city_the_tables_place_and_none_of_words(
        tmp_path: Path, zone: str, drafted: str | None) -> None:
    """'Orlando UTC-4' is a city the tables place (New York's zone, not Orlando's); 'TBD'
    names no zone, so the column tells nothing."""
    path = _games(tmp_path, {"Start": STARTS, "Title": TITLES, "Room": TOWN,
                             "Time zone": [zone] * 8})
    lines = _zone_lines(path)
    assert ([line for line in lines if "Time zone" in line]
            == ([drafted] if drafted else [])), lines


def test_sessions_without_a_time_do_not_share_their_room(tmp_path: Path) -> None:
    """Four games still to be timed, in the one town: none is at the same time as another."""
    path = _games(tmp_path, {
        "Start": ["09:00", "10:00", "11:00", "12:00", "", "", "", ""], "Venue": TOWN,
        "Title": TITLES, "Pitch": ["P1", "P2", "P3", "P4"] * 2})
    assert _venue_notes(path) == []


def test_a_speakers_name_columns_are_not_offered_as_the_rooms(tmp_path: Path) -> None:
    """A speaker's first and last names recur and are never in two places at once; they
    are no rooms."""
    path = _games(tmp_path, {
        "Start": STARTS, "Venue": TOWN, "Title": TITLES,
        "First Name": ["Ann", "Bo"] * 4, "Last Name": ["Berg", "Lund"] * 4})
    assert _venue_notes(path) == []
