"""--adopt PATCHes sessions gbimport did not make: which row takes which session, and when
the sheet's times are said to be read in another zone, pinned where a wrong pairing or a
wrong stop would rewrite a colleague's session or stop a run for nothing."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from importer.plan import Plan
from importer.runner import plan_import
from tests.support import HEADER, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import


def _rows(plan: Plan) -> list[tuple[int, str, int | None, list[str]]]:
    return [(r.result.row, r.action, r.session_id, [i.code for i in r.all_issues])
            for r in plan.rows]


def _session(sandbox: Sandbox, name: str, start: str, **fields: Any) -> None:
    sandbox.post_session({"guide": 1, "name": name, "start_time": start, **fields})


def test_two_rows_alike_never_take_over_the_one_session_they_share(tmp_path: Path) -> None:
    """Lunch for two tracks, neither row with a room, and Builder's one Lunch without a
    room: which row it is cannot be told, so neither takes it over (it was PATCHed twice,
    the second row overwriting the first's import id); the Lunch in Hall B pairs."""
    sandbox = Sandbox()
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM"}
    _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [
        talk(1, **lunch, **{"Room/Location": "", "Schedule Track (Optional)": ""}),
        talk(2, **lunch, **{"Room/Location": "Hall B", "Schedule Track (Optional)": ""})]))
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **lunch, **{"Room/Location": "", "Schedule Track (Optional)": "Data"}),
        talk(2, **lunch, **{"Room/Location": "", "Schedule Track (Optional)": "Community"}),
        talk(3, **lunch, **{"Room/Location": "Hall B", "Schedule Track (Optional)": ""})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert _rows(plan) == [(2, "create", None, ["copy-without-id"]),
                           (3, "create", None, ["copy-without-id"]),
                           (4, "update", 2, [])]


def test_a_session_repeated_every_hour_is_taken_over_without_a_zone_stop(
    tmp_path: Path,
) -> None:
    """'Break' at 10, 11 and 12: each row finds its own session at its start, and the
    others whole hours away, which says nothing of the zone: --adopt takes all three over
    and nothing stops the run."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(n, **{"Session Title": "Break", "Time Start": start, "Time End": end})
        for n, start, end in ((1, "10:00 AM", "10:15 AM"), (2, "11:00 AM", "11:15 AM"),
                              (3, "12:00 PM", "12:15 PM"))])
    builder = _builder_import(sandbox, sheet)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert (_rows(plan), plan.needs_force, [n for n in plan.notes if "hour" in n]) == (
        [(n + 2, "update", s["id"], []) for n, s in enumerate(builder)], [], [])


def test_another_sheets_sessions_hours_away_are_no_zone_problem(tmp_path: Path) -> None:
    """A second sheet's first run: the guide holds the first sheet's 'Coffee break' at
    15:00 under its import id. That session is no Builder import read in another zone, so
    the new sheet's coffee break at 10:00 is made without a stop or a note."""
    sandbox = Sandbox()
    _session(sandbox, "Coffee break", "2027-05-11T15:00:00-05:00",
             end_time="2027-05-11T15:30:00-05:00", import_id="day1:C1")
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1, **{
        "Session Title": "Coffee break", "Time Start": "10:00 AM", "Time End": "10:30 AM"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert (_rows(plan), plan.needs_force, plan.notes) == (
        [(2, "create", None, [])], [], [])


def test_all_day_sessions_east_of_utc_are_taken_over_by_their_day(tmp_path: Path) -> None:
    """In Berlin a day's midnight is the evening before in UTC: Builder's all-day
    sessions, one stored at Berlin's midnight and one at UTC's, are each taken over by the
    row of their day."""
    berlin = "Europe/Berlin"
    sandbox = Sandbox(guide_timezone=berlin)
    settings = sandbox.settings.model_copy(update={"timezone": berlin})
    _session(sandbox, "Registration", "2027-05-10T22:00:00+00:00", all_day=True)
    _session(sandbox, "Exhibition", "2027-05-11T00:00:00+00:00", all_day=True)
    allday = {"Time Start": "", "Time End": "", "Room/Location": "",
              "Schedule Track (Optional)": ""}
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **allday, **{"Session Title": "Registration"}),
        talk(2, **allday, **{"Session Title": "Exhibition"})])

    plan = plan_import(sheet, settings, transport=sandbox.transport(), adopt=True)

    assert _rows(plan) == [(2, "update", 1, []), (3, "update", 2, [])]


def test_rooms_pair_whatever_their_case(tmp_path: Path) -> None:
    """Lunch in 'hall a' and 'hall b' in the sheet, 'Hall A' and 'Hall B' in Builder:
    the same rooms, so each row takes over its room's Lunch."""
    sandbox = Sandbox()
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM",
             "Schedule Track (Optional)": ""}
    builder = _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", [
        talk(1, **lunch, **{"Room/Location": "Hall A"}),
        talk(2, **lunch, **{"Room/Location": "Hall B"})]))
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **lunch, **{"Room/Location": "hall b"}),
        talk(2, **lunch, **{"Room/Location": "hall a"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert [(r.action, r.session_id) for r in plan.rows] == [
        ("update", builder[1]["id"]), ("update", builder[0]["id"])]


def test_a_doubt_is_named_in_its_rows_warning_not_again_in_the_note(tmp_path: Path) -> None:
    """Coffee in Hall A pairs; two Coffee rows in the Foyer and Builder's two there cannot
    be told apart: their warnings name the two Foyer sessions only, not Hall A's taken over.
    The note names the six hand-made sessions no row matched, five and '1 more', and not
    the Foyer ones, which the rows' warnings named."""
    sandbox = Sandbox()
    coffee = {"Session Title": "Coffee", "Time Start": "10:00 AM", "Time End": "10:30 AM",
              "Schedule Track (Optional)": ""}
    rows = [talk(1, **coffee, **{"Room/Location": "Hall A"}),
            talk(2, **coffee, **{"Room/Location": "Foyer"}),
            talk(3, **coffee, **{"Room/Location": "Foyer"})]
    builder = _builder_import(sandbox, write_sheet(tmp_path / "builder.csv", rows))
    for n in range(1, 7):
        _session(sandbox, f"Workshop {n}", f"2027-05-11T{12 + n}:00:00-05:00")
    sheet = write_sheet(tmp_path / "talks.csv", rows)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    foyer = f"ids {builder[1]['id']}, {builder[2]['id']}"
    assert _rows(plan) == [(2, "update", builder[0]["id"], []),
                           (3, "create", None, ["room-overlap", "copy-without-id"]),
                           (4, "create", None, ["room-overlap", "copy-without-id"])]
    assert [foyer in i.message for r in plan.rows[1:] for i in r.all_issues
            if i.code == "copy-without-id"] == [True, True]
    assert plan.notes == [
        "6 of the guide's sessions without an import id matched no row's title and start, so "
        "--adopt left them alone: 'Workshop 1' (id 4), 'Workshop 2' (id 5), 'Workshop 3' "
        "(id 6), 'Workshop 4' (id 7), 'Workshop 5' (id 8) and 1 more. They stay, even with "
        "--prune (which never deletes a session without an import id), as they should if "
        "made by hand or by Builder's import of another sheet sharing the guide (that "
        "sheet's own --adopt run takes them over). Only a session that was this sheet's is "
        "to be deleted in Builder: a talk dropped from the sheet since Builder's import, or "
        "the old session of a row whose title or time was edited since (that row's session "
        "is made anew beside it)."]


def test_a_sheet_gaining_its_id_column_is_not_said_to_take_over_unmarked_sessions(
    tmp_path: Path,
) -> None:
    """The sessions had ids derived while the sheet had no id column: the run moving them
    to the column's ids changes their import_id; none 'had no import id'."""
    sandbox = Sandbox()
    sheet = tmp_path / "talks.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, [h for h in HEADER if h != "Session ID"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows([talk(1), talk(2)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    report = sandbox.run(sheet, adopt=True)

    assert ([r.takes_over_unmarked for r in plan.rows],
            [(o.action, o.message) for o in report.outcomes]) == (
        [False, False], [("updated", "changed: import_id")] * 2)


def test_builder_clock_stored_as_utc_with_the_sheet_read_in_another_zone_than_the_guides(
    tmp_path: Path,
) -> None:
    """The guide is in Chicago, the sheet read in New York, and Builder stored the sheet's
    clock as UTC: the sessions start 4 hours early, which Chicago's zone (an hour off New
    York) does not explain. The advice is UTC's, not to read the sheet in Chicago."""
    sandbox = Sandbox()
    new_york = sandbox.settings.model_copy(update={"timezone": "America/New_York"})
    for n, hour in ((1, 10), (2, 11), (3, 13)):  # talk(n)'s starts, as UTC
        _session(sandbox, f"Talk number {n}", f"2027-05-11T{hour}:00:00+00:00")
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])

    plan = plan_import(sheet, new_york, transport=sandbox.transport(), adopt=True)

    assert plan.needs_force == [
        "3 rows to create have the title of a session without an import id that starts 4 "
        "hours earlier (such as row 2 ('Talk number 1') and session id 1): the sheet's times "
        "look read in another zone than that session's were, so none is taken over (not "
        "even with --adopt) and a run would make each anew beside its session, so the app "
        "would show both. Those sessions start at the sheet's times read as UTC (as an "
        "import that ignores the guide's zone stores them): to take them over, run --adopt "
        "once with --timezone UTC, then without it, which moves each to the sheet's time in "
        "America/New_York (one PATCH each)"]


def _hand_made_coffee(sandbox: Sandbox) -> dict[str, str]:
    """A hand-made 'Coffee break' at 15:00, and a sheet row of that title at 10:00."""
    _session(sandbox, "Coffee break", "2027-05-11T15:00:00-05:00",
             end_time="2027-05-11T15:30:00-05:00")
    return talk(9, **{"Session ID": "C1", "Session Title": "Coffee break",
                      "Time Start": "10:00 AM", "Time End": "10:30 AM"})


def test_half_the_rows_to_create_hours_off_stop_a_first_run(tmp_path: Path) -> None:
    """Of two rows to create, one finds its Builder session 5 hours away, none by id:
    half the sheet, so the run stops (as for most of it)."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), _hand_made_coffee(sandbox)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert ([len(plan.needs_force)], [n for n in plan.notes if "hour" in n]) == ([1], [])


def test_one_row_of_three_hours_off_is_a_note_not_a_stop(tmp_path: Path) -> None:
    """Of three rows to create on a first run, one has a hand-made session's title 5 hours
    away: not most of the sheet, so a note, and the run is not stopped."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), _hand_made_coffee(sandbox)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert (plan.needs_force, [n[:60] for n in plan.notes if "hour" in n]) == (
        [], ["1 row to create has the title of a session without an import"])


def test_a_new_row_beside_one_found_by_id_says_nothing_of_zones(tmp_path: Path) -> None:
    """One row imported before (found by its id) and one new whose title a hand-made
    session has 5 hours away: as many rows hours off as found by id, so no zone note."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), _hand_made_coffee(sandbox)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert (plan.needs_force, [n for n in plan.notes if "hour" in n],
            [r.action for r in plan.rows]) == ([], [], ["unchanged", "create"])


def test_talks_moved_since_builders_import_are_no_zone_problem(tmp_path: Path) -> None:
    """Of four talks, two kept their times since Builder's import and two moved an hour:
    half the rows, not most, so nothing stops. Talks moved 90 minutes are not whole hours
    off, and say nothing of zones either."""
    sandbox = Sandbox()
    sheet = tmp_path / "talks.csv"
    _builder_import(sandbox, write_sheet(sheet, [talk(1), talk(2), talk(3), talk(4)]))
    write_sheet(sheet, [talk(1), talk(2),
                        talk(3, **{"Time Start": "2:00 PM", "Time End": "2:45 PM"}),
                        talk(4, **{"Time Start": "3:00 PM", "Time End": "3:45 PM"})])
    moved = write_sheet(tmp_path / "moved.csv", [
        talk(n, **{"Time Start": start, "Time End": "5:00 PM"})
        for n, start in ((1, "11:30 AM"), (2, "12:30 PM"), (3, "2:30 PM"), (4, "3:30 PM"))])

    half = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    nineties = plan_import(moved, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert ([r.action for r in half.rows], half.needs_force, nineties.needs_force,
            [n for n in half.notes + nineties.notes if "hour" in n]) == (
        ["update", "update", "create", "create"], [], [], [])
