"""Small mends: a room or track written two ways is shown by validate as it is sent; a
draft for --sheet all says which tab lacks a column it reads; a time written with a full
stop after it, or beside a Czech, Slovak or Polish word for lunch, is told as what it is."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from importer._checks import derived_id
from importer.draft import draft_mapping
from importer.errors import InputError
from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_rooms_at_venues import HEADER, mapping, session
from tests.test_validate import CLASSIC, write_csv


def test_a_room_written_two_ways_is_validated_as_sent(tmp_path: Path) -> None:
    """'Main Hall' and 'main hall ' were warned as "sent as 'Main Hall'" while validate's
    payloads (its session table, --json) showed 'main hall' for the second row. The ids
    derived from the room stay those of the room as written, so no session is made anew."""
    sheet = write_csv(tmp_path, CLASSIC, [
        ["Welcome", "2027-05-11", "09:00", "09:30", "Main Hall", "Data", ""],
        ["Keynote", "2027-05-11", "10:00", "11:00", "main hall ", "data; Web", ""],
        ["Lunch", "2027-05-11", "12:00", "13:00", "Foyer", "", ""],
    ])
    report = validate_file(sheet, timezone="Europe/London")
    assert [(p.name, p.locations, p.schedule_tracks) for p in report.payloads] == [
        ("Welcome", ("Main Hall",), ("Data",)),
        ("Keynote", ("Main Hall",), ("Data", "Web")),
        ("Lunch", ("Foyer",), ()),
    ]
    zone = ZoneInfo("Europe/London")
    as_written = [derived_id("sheet:", p.name, p.start_time, room, zone) for p, room in zip(
        report.payloads, [("Main Hall",), ("main hall",), ("Foyer",)], strict=True)]
    assert [p.import_id for p in report.payloads] == as_written


def test_a_room_written_two_ways_at_a_venue_is_validated_as_sent(tmp_path: Path) -> None:
    """Joined with its venue, the room is sent as first spelt too; the overlap still names
    the room as its cell writes it."""
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Town Theatre", "main hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert [p.locations for p in report.payloads] == [
        ("Main Hall, Town Theatre",), ("Main Hall, Town Theatre",)]
    assert [(i.row, i.value) for i in report.issues if i.code == "room-overlap"] == [
        (2, "Main Hall, Town Theatre"), (3, "main hall, Town Theatre")]


def day_tab(title: str, day: int) -> list[list[str]]:
    return [[title, "Date", "Start", "End", "Room"],
            [f"Talk {day}", f"2027-05-1{day}", "09:00", "10:00", "Hall A"],
            [f"Panel {day}", f"2027-05-1{day}", "11:00", "12:00", "Hall B"]]


@pytest.mark.parametrize("sheet", ["all", None])
def test_a_draft_for_every_tab_names_the_tab_lacking_a_column_it_reads(
        tmp_path: Path, sheet: str | None) -> None:
    """A day's tab headed 'Talk' where the others have 'Title' was drafted without a word
    (with --sheet all, or without --sheet, which offers it), then validate --sheet all
    stopped at it: the draft now says so, in validate's words."""
    book = write_xlsx(tmp_path / "programme.xlsx", {
        "Day 1": day_tab("Title", 1), "Day 2": day_tab("Title", 2), "Day 3": day_tab("Talk", 3)})
    words = ("sheet 'Day 3' of {} has most of the columns of sheet 'Day 1' but no 'Title' "
             "column, so --sheet all cannot tell whether it is part of the programme: give it "
             "the same header, or name each sheet to read with --sheet.")
    draft = draft_mapping(book, sheet)
    assert draft.text.splitlines()[2] == (
        "# validate --sheet all stops at a tab: " + words.format("programme.xlsx"))
    mapping = tmp_path / "programme.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    with pytest.raises(InputError) as stopped:
        validate_file(book, mapping=mapping, sheet="all")
    assert str(stopped.value) == words.format(book)


def test_a_draft_for_every_tab_alike_says_nothing_of_tabs(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "programme.xlsx", {
        "Day 1": day_tab("Title", 1), "Day 2": day_tab("Title", 2)})
    assert draft_mapping(book, "all").text.splitlines()[2] == 'name = "programme"'


RANGE_HINT = ("which is not a time: it is a start and an end: to read both, map the start's "
              "and the end's time_column to 'Time Start' ([fields.start] time_column = "
              "\"Time Start\" and [fields.end] time_column = \"Time Start\").")


def test_a_time_with_a_full_stop_or_a_lunch_word_is_told_as_it_is(tmp_path: Path) -> None:
    """'midnight.' and '9:00 - midnight.' (a sentence's stop typed after the time), and
    'Oběd 12:30' (lunch, in Czech), had the general 'not a time' hint."""
    sheet = write_csv(tmp_path, CLASSIC, [
        ["Late", "2027-05-11", "22:00", "midnight.", "Hall 1", "", ""],
        ["Day", "2027-05-11", "9:00 - midnight.", "", "Hall 2", "", ""],
        ["Break", "2027-05-11", "Oběd 12:30", "13:30", "Hall 3", "", ""],
        ["Break", "2027-05-12", "12:30 obiad", "13:30", "Hall 3", "", ""],
        ["Break", "2027-05-13", "Obed: 12:30", "13:30", "Hall 3", "", ""],
        ["Dot", "2027-05-13", "10:00.", "11:00", "Hall 1", "", ""],
        ["Stop", "2027-05-13", "later.", "11:00", "Hall 2", "", ""],
    ])
    report = validate_file(sheet, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time End' has 'midnight.', with a full stop after the time: "
                        "write midnight."),
        (3, "bad-time", f"Row 3: 'Time Start' has '9:00 - midnight.', {RANGE_HINT}"),
        (4, "bad-time", "Row 4: 'Time Start' has 'Oběd 12:30', a time and a title in one "
                        "cell: write the time, 12:30, here, and 'Oběd' as the session's title, "
                        "in its own column."),
        (5, "bad-time", "Row 5: 'Time Start' has '12:30 obiad', a time and a title in one "
                        "cell: write the time, 12:30, here, and 'obiad' as the session's "
                        "title, in its own column."),
        (6, "bad-time", "Row 6: 'Time Start' has 'Obed: 12:30', a time and a title in one "
                        "cell: write the time, 12:30, here, and 'Obed' as the session's title, "
                        "in its own column."),
        (7, "bad-time", "Row 7: 'Time Start' has '10:00.', with a full stop after the time: "
                        "write 10:00."),
        (8, "bad-time", "Row 8: 'Time Start' has 'later.', which is not a time: write the "
                        "time like 10:00 AM, 10am or 14:30."),
    ]
