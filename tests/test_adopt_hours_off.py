"""Switching from Builder's import with the sheet's times read in another zone than Builder
read them: every start is whole hours off, so no row finds its session by title and start,
and each would be made a second time. The plan says so once, as a stop for --force, naming
the offset, a row and its session, and the timezone to give; nothing is taken over across
the offset."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from importer.payloads import parse_datetime
from importer.runner import plan_import, run_import
from tests.support import HEADER, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import ZONE, _builder_import, _ids
from tests.test_load import write_xlsx


def _hours_notes(notes: list[str]) -> list[str]:
    return [note for note in notes if "hour" in note]


def test_sheet_read_in_another_zone_than_builder_read_it_is_told_once(tmp_path: Path) -> None:
    """Builder read the sheet in the guide's zone (Chicago); gbimport.toml says New York:
    each start is an hour early. plan --adopt and a plain plan stop once, with the fix
    (not also naming every session as left alone: the all-day one is taken by its day);
    nothing timed is taken over. Given the guide's zone, --adopt takes all four."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1), talk(2), talk(3), talk(4, **{"Time Start": "", "Time End": ""})])
    builder = _builder_import(sandbox, sheet)
    new_york = sandbox.settings.model_copy(update={"timezone": "America/New_York"})

    adopting = plan_import(sheet, new_york, transport=sandbox.transport(), adopt=True)
    plain = plan_import(sheet, new_york, transport=sandbox.transport())
    fixed = plan_import(sheet, sandbox.settings.model_copy(update={"timezone": ZONE}),
                        transport=sandbox.transport(), adopt=True)

    stop = (
        "3 rows to create have the title of a session without an import id that starts 1 "
        f"hour later (such as row 2 ('Talk number 1') and session id {builder[0]['id']}): the "
        "sheet's times look read in another zone than that session's were, so none is taken over "
        "(not even with --adopt) and a run would make each anew beside its session, so the "
        "app would show both. The sheet is read in America/New_York and the guide's zone is "
        "America/Chicago: if the sheet's times are America/Chicago's, set timezone = "
        "\"America/Chicago\" in gbimport.toml (or run with --timezone America/Chicago; "
        "either overrides a mapping's timezone) and plan again")
    assert (adopting.notes, adopting.needs_force) == ([], [stop])
    assert (_hours_notes(plain.notes), plain.needs_force) == ([], [stop])
    assert [r.action for r in adopting.rows] == ["create"] * 3 + ["update"]
    assert ([(r.action, r.session_id) for r in fixed.rows], _hours_notes(fixed.notes),
            fixed.needs_force) == ([("update", s["id"]) for s in builder], [], [])


def test_builder_wall_clock_stored_as_utc_is_told_and_the_advice_works(
    tmp_path: Path,
) -> None:
    """An import that stored the sheet's wall clock as UTC: the sessions start 5 hours early
    in Chicago. The stop says to take them over once in UTC; doing so, then running as
    usual, keeps every session and moves it to the sheet's time."""
    sandbox = Sandbox()
    sheet = tmp_path / "talks.csv"
    builder = _builder_import(sandbox, write_sheet(sheet, [  # 10:00 Chicago as 10:00 UTC
        talk(1, **{"Time Start": "5:00 AM", "Time End": "5:45 AM"}),
        talk(2, **{"Time Start": "6:00 AM", "Time End": "6:45 AM"})]))
    write_sheet(sheet, [talk(1), talk(2)])
    in_utc = sandbox.settings.model_copy(update={"timezone": "UTC"})

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    taken = run_import(sheet, in_utc, transport=sandbox.transport(), adopt=True)
    nightly = sandbox.run(sheet)

    assert plan.needs_force == [
        "2 rows to create have the title of a session without an import id that starts 5 "
        f"hours earlier (such as row 2 ('Talk number 1') and session id {builder[0]['id']}): "
        "the sheet's times look read in another zone than that session's were, so none is taken "
        "over (not even with --adopt) and a run would make each anew beside its session, so "
        "the app would show both. Those sessions start at the sheet's times read as UTC (as "
        "an import that ignores the guide's zone stores them): to take them over, run --adopt "
        "once with --timezone UTC, then without it, which moves each to the sheet's time in "
        "America/Chicago (one PATCH each)"]
    assert ([o.action for o in taken.outcomes], [o.action for o in nightly.outcomes]) == (
        ["updated", "updated"], ["updated", "updated"])
    assert _ids(sandbox) == {builder[0]["id"]: "sheet:T001", builder[1]["id"]: "sheet:T002"}
    assert [parse_datetime(s["start_time"]) for s in sandbox.sessions()] == [
        datetime(2027, 5, 11, 10, tzinfo=ZoneInfo(ZONE)),
        datetime(2027, 5, 11, 11, tzinfo=ZoneInfo(ZONE))]


def test_one_talk_moved_an_hour_since_builder_is_no_zone_problem(tmp_path: Path) -> None:
    """Two rows take their sessions over at their starts; one talk moved an hour later in
    the sheet since Builder's import: no note about the zone."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3, **{"Time Start": "2:00 PM",
                                                     "Time End": "2:45 PM"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert ([r.action for r in plan.rows], _hours_notes(plan.notes)) == (
        ["update", "update", "create"], [])


def test_with_several_tabs_the_note_names_the_rows_tab(tmp_path: Path) -> None:
    """--sheet all over a workbook of a tab a day: the row is named with its tab, as the
    other messages name it."""
    sandbox = Sandbox()
    days = {"Day 1": [talk(1), talk(2)], "Day 2": [talk(3, Date="5/12/2027")]}
    for name, rows in days.items():
        _builder_import(sandbox, write_sheet(tmp_path / f"{name}.csv", rows))
    book = write_xlsx(tmp_path / "book.xlsx", {
        name: [HEADER, *([row[h] for h in HEADER] for row in rows)]
        for name, rows in days.items()})
    new_york = sandbox.settings.model_copy(update={"timezone": "America/New_York"})

    plan = plan_import(book, new_york, transport=sandbox.transport(), adopt=True,
                       sheet=["all"])

    assert [reason.split(":")[0] for reason in plan.needs_force] == [
        "3 rows to create have the title of a session without an import id that starts 1 "
        "hour later (such as row 2 of sheet 'Day 1' ('Talk number 1') and session id 1)"]


def test_a_zone_half_an_hour_off_whole_hours_is_told_too(tmp_path: Path) -> None:
    """India's clocks are 5 hours 30 minutes from UTC: Builder storing the sheet's clock as
    UTC puts every session 5 hours 30 minutes late, which stops the run as whole hours do.
    Sessions moved 90 minutes since (no two zones the run knows are 90 minutes apart) do not."""
    def plan_of(moved_minutes: int) -> list[str]:
        sandbox = Sandbox(guide_timezone="Asia/Kolkata")
        for n, hour in ((1, 10), (2, 11), (3, 13)):  # the sheet's wall clock, stored as UTC
            start = datetime(2027, 5, 11, hour, tzinfo=ZoneInfo("UTC")).timestamp()
            at = datetime.fromtimestamp(start + moved_minutes * 60, ZoneInfo("UTC"))
            sandbox.post_session({"guide": 1, "name": f"Talk number {n}",
                                  "start_time": at.isoformat()})
        sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
        india = sandbox.settings.model_copy(update={"timezone": "Asia/Kolkata"})
        return plan_import(sheet, india, transport=sandbox.transport(), adopt=True).needs_force

    [stop] = plan_of(0)
    assert stop.startswith("3 rows to create have the title of a session without an import "
                           "id that starts 5 hours 30 minutes later (such as row 2")
    assert "read as UTC" in stop
    assert plan_of(-330 + 90) == []  # the right instants, moved 90 minutes since
