"""Behaviour of rooms joined with their venue, publish's budget record, the sandbox's list
filters and the order of planned deletes, pinned where no other test held it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from importer import render
from importer.draft import draft_mapping
from importer.runner import plan_import, publish_guide, run_import
from importer.validate import validate_file
from tests.support import Sandbox, talk, write_sheet
from tests.test_load import write_bytes
from tests.test_rooms_at_venues import HEADER, mapping, rooms_and_issues, session
from tests.test_rooms_at_venues_draft import _locations_table
from tests.test_rooms_at_venues_switch import HEADER as FESTIVAL
from tests.test_rooms_at_venues_switch import ROWS, _with
from tests.test_validate import write_csv


def test_a_publish_by_hand_leaves_a_damaged_state_file_for_the_next_run_to_report(
        tmp_path: Path) -> None:
    """Written over, the next run would read a sound file and never say what was lost."""
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    state = tmp_path / ".gbimport-state.json"
    state.write_text('{"1": {"images": {', encoding="utf-8")
    sandbox = Sandbox()
    assert publish_guide(sandbox.settings, transport=sandbox.transport(), sheet=sheet) == 1
    assert state.read_text(encoding="utf-8") == '{"1": {"images": {'


def test_a_join_of_three_columns_names_the_room_with_both_in_order(tmp_path: Path) -> None:
    """The mappings README: the room column first, then the columns telling rooms apart,
    joined in that order by ', ' (a blank one left out)."""
    sheet = write_csv(tmp_path, [*HEADER, "City"], [
        [*session("1", "Town Theatre", "Main Hall"), "Leeds"],
        [*session("2", "Town Theatre", "Main Hall"), "York"],
        [*session("3", "", "Main Hall", start="12:00"), "York"],
    ])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'join = ["Room", "Venue", "City"]'))
    assert rooms_and_issues(report) == ([
        ("1", ("Main Hall, Town Theatre, Leeds",)),
        ("2", ("Main Hall, Town Theatre, York",)),
        ("3", ("Main Hall, York",)),
    ], [])


def test_a_venue_cell_of_two_names_is_one_room_named_with_both(tmp_path: Path) -> None:
    """The separator parts the room cell alone: a venue cell of two names names one room."""
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre; Annex", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert rooms_and_issues(report) == ([("1", ("Main Hall, Town Theatre, Annex",))], [])


def test_an_optional_join_the_sheet_lacks_says_which_name_to_write_in_the_join(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Id", "Title", "Date", "Start", "End", "Venues", "Rooms"],
                      [session("1", "Town Theatre", "Main Hall")])
    optional = mapping(tmp_path, 'join = ["Room", "Venue"]\noptional = true')
    report = validate_file(sheet, mapping=optional)
    assert [(i.column, i.code, i.message) for i in report.issues] == [
        (header, "unread-column",
         f"Column {header!r} holds data that is not imported: fields.locations reads "
         f"{column!r}, which the sheet does not have. Rename the column to {column!r}, or "
         f"give fields.locations {header!r} in place of {column!r} in "
         'join = ["Room", "Venue"] in a mapping of your own.')
        for header, column in (("Rooms", "Room"), ("Venues", "Venue"))]


def test_an_overlap_of_joined_rooms_is_told_in_the_room_column(tmp_path: Path) -> None:
    """The report's column of a room-overlap is the room column, joined or not, as before."""
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Town Theatre", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (2, "Room", "room-overlap"), (3, "Room", "room-overlap")]


def test_a_room_at_one_venue_and_on_rows_without_one_is_drafted_from_the_room_alone(
        tmp_path: Path) -> None:
    """A blank venue cell is no second venue: 'Main Hall' is at the Town Theatre alone."""
    rows = [("1", "Town Theatre", "Main Hall"), ("2", "", "Main Hall"),
            ("3", "Town Theatre", "Studio")]
    text = "Id,Title,Date,Start,End,Venue,Room\n" + "".join(
        f"{sid},Show {sid},2027-05-11,1{sid}:00,1{sid}:30,{venue},{room}\n"
        for sid, venue, room in rows)
    draft = draft_mapping(write_bytes(tmp_path, "festival.csv", text.encode()))
    assert _locations_table(draft.text)[-1] == 'column = "Room"'


@pytest.mark.parametrize("venue", ["Venue", "Building", "Site", "Location"])
def test_the_venue_headers_the_readme_names_are_drafted_joined(tmp_path: Path,
                                                                venue: str) -> None:
    rows = [("1", "Town Theatre", "Main Hall"), ("2", "Old Library", "Main Hall")]
    text = f"Id,Title,Date,Start,End,{venue},Room\n" + "".join(
        f"{sid},Show {sid},2027-05-11,1{sid}:00,1{sid}:30,{place},{room}\n"
        for sid, place, room in rows)
    draft = draft_mapping(write_bytes(tmp_path, "festival.csv", text.encode()))
    assert _locations_table(draft.text)[-1] == f'join = ["Room", "{venue}"]'


def test_the_venues_hint_reads_the_venues_of_the_overlapping_rows(tmp_path: Path) -> None:
    """A row with no room comes first: the venues are those of the rows that overlap."""
    sheet = write_csv(tmp_path, HEADER, [session("0", "Town Theatre", ""),
                                         session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Old Library", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'column = "Room"'))
    assert [(i.row, i.code, i.message.endswith("(as 'Main Hall, Town Theatre').")) for i in
            report.issues] == [(3, "room-overlap", True), (4, "room-overlap", True)]


def test_no_venues_hint_where_one_overlap_is_at_one_venue(tmp_path: Path) -> None:
    """Two sessions at the Town Theatre's Main Hall overlap there whatever the join."""
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "Old Library", "Main Hall"),
                                         session("3", "Town Theatre", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'column = "Room"'))
    assert [(i.row, i.code, "join" in i.message) for i in report.issues] == [
        (2, "room-overlap", False), (3, "room-overlap", False), (4, "room-overlap", False)]


def test_no_venues_hint_where_the_rooms_are_joined_already(tmp_path: Path) -> None:
    """Joined with their site, rooms overlap at one site: another venue-like column no field
    reads gives no hint to join what is joined."""
    sheet = write_csv(tmp_path, [*HEADER, "Site"], [
        [*session("1", "Town Theatre", "Main Hall"), "North"],
        [*session("2", "Old Library", "Main Hall"), "North"]])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'join = ["Room", "Site"]'))
    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (2, "room-overlap", "Row 2: overlaps row 3 in 'Main Hall, North'; check the times and "
         "rooms (ignore this if the sessions really share the room)."),
        (3, "room-overlap", "Row 3: overlaps row 2 in 'Main Hall, North'; check the times and "
         "rooms (ignore this if the sessions really share the room).")]


def test_no_venues_hint_where_one_venue_is_written_in_two_cases(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [session("1", "Town Theatre", "Main Hall"),
                                         session("2", "town theatre", "Main Hall")])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'column = "Room"'))
    assert [(i.row, i.code, "join" in i.message) for i in report.issues] == [
        (2, "room-overlap", False), (3, "room-overlap", False)]


def test_joined_rooms_imported_without_ids_are_taken_over_when_an_id_column_comes(
        tmp_path: Path) -> None:
    """The ids derived before were made from the joined rooms, not from the room alone."""
    sandbox = Sandbox()
    joined = _with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    sheet = write_csv(tmp_path, FESTIVAL, ROWS)
    assert run_import(sheet, joined, transport=sandbox.transport()).summary()["exit_code"] == 0
    with_ids = _with(sandbox, tmp_path, "ids.toml",
                     'join = ["Room", "Venue"]\n[fields.import_id]\ncolumn = "Id"')
    sheet = write_csv(tmp_path, [*FESTIVAL, "Id"],
                      [[*row, f"s{n}"] for n, row in enumerate(ROWS, 1)])
    plan = plan_import(sheet, with_ids, transport=sandbox.transport())
    assert [(row.action, [change.field for change in row.changes]) for row in plan.rows] == [
        ("update", ["import_id"])] * 3


def test_a_session_in_two_rooms_is_taken_over_by_its_first_room(tmp_path: Path) -> None:
    """An id derived while the rooms were read alone was made from the first room."""
    sandbox = Sandbox()
    sheet = write_csv(tmp_path, FESTIVAL, [
        ["Workshop", "2027-05-11", "09:00", "10:00", "Old Library", "Room 1; Room 2"]])
    alone = _with(sandbox, tmp_path, "alone.toml", 'column = "Room"')
    joined = _with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    assert run_import(sheet, alone, transport=sandbox.transport()).summary()["exit_code"] == 0
    plan = plan_import(sheet, joined, transport=sandbox.transport())
    assert [(row.action, [change.field for change in row.changes]) for row in plan.rows] == [
        ("update", ["import_id", "locations"])]


def test_the_plans_new_tracks_and_rooms_are_quoted_when_a_name_holds_and_or_a_comma(
        tmp_path: Path) -> None:
    """'Bar and Grill, Hall' would read as three rooms, or two; 'Jazz, Blues' as two tracks."""
    sandbox = Sandbox()
    sheet = write_csv(tmp_path, FESTIVAL, [
        ["Quiz", "2027-05-11", "09:00", "10:00", "Jazz, Blues", "Bar and Grill"],
        ["Talk", "2027-05-11", "09:00", "10:00", "Folk", "Hall"]])
    alone = _with(sandbox, tmp_path, "alone.toml",
                  'column = "Room"\n[fields.schedule_tracks]\ncolumn = "Venue"')
    out = io.StringIO()
    render.plan(Console(file=out, width=200), plan_import(sheet, alone,
                                                          transport=sandbox.transport()))
    assert ("new tracks: 'Jazz, Blues', 'Folk'; new rooms: 'Bar and Grill', 'Hall'"
            in out.getvalue())
