"""Switching from Builder's own spreadsheet import: its sessions carry no import id, so each
row of the sheet would make its talk a second time. `--adopt` takes them over instead: one
PATCH setting the row's import_id and the fields that differ, the session (and its place in
attendees' schedules) kept. A session is taken only where the row it belongs to is certain."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from importer.validate import validate_file
from tests.support import BASE_URL, Sandbox, talk, write_sheet

ZONE = "America/Chicago"  # the sandbox guide's


def _send(sandbox: Sandbox, path: str, body: dict[str, Any]) -> dict[str, Any]:
    async def send() -> dict[str, Any]:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            answer = await c.post(path, json=body, headers=headers)
            answer.raise_for_status()
            made: dict[str, Any] = answer.json()
            return made

    return asyncio.run(send())


def _builder_import(sandbox: Sandbox, sheet: Path, **changed: Any) -> list[dict[str, Any]]:
    """What Builder's "CSV/Excel Import" makes of the sheet: its rooms and tracks, and a
    session per row with no import_id. `changed`: fields of every session set otherwise."""
    rooms: dict[str, int] = {}
    tracks: dict[str, int] = {}
    made = []
    for row in validate_file(sheet, timezone=ZONE).rows:
        payload = row.payload
        assert payload is not None
        for name in payload.locations:
            if name not in rooms:
                rooms[name] = _send(sandbox, "locations/", {
                    "guide": 1, "name": name, "location_type": 2})["id"]
        for name in payload.schedule_tracks:
            if name not in tracks:
                tracks[name] = _send(sandbox, "schedule-tracks/", {"guide": 1, "name": name})["id"]
        made.append(_send(sandbox, "sessions/", {
            "guide": 1, "name": payload.name, "description_html": payload.description_html,
            "start_time": payload.start_time.isoformat(),
            "end_time": payload.end_time.isoformat() if payload.end_time else None,
            "all_day": bool(payload.all_day),
            "locations": [rooms[n] for n in payload.locations],
            "schedule_tracks": [tracks[n] for n in payload.schedule_tracks], **changed}))
    return made


def _ids(sandbox: Sandbox) -> dict[int, str]:
    return {s["id"]: s["import_id"] for s in sandbox.sessions()}


def test_adopt_takes_over_builder_imported_sessions_in_place(tmp_path: Path) -> None:
    """Builder's import made the three talks; gbimport's first run with --adopt PATCHes
    each (its import_id, and the description the team edited since), makes none, and the
    next night sends nothing. Without --adopt, the plan says how to take them over."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    builder = _builder_import(sandbox, sheet, description_html="<p>Old blurb</p>")
    before = sandbox.writes()

    warned = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    adopting = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    first = sandbox.run(sheet, adopt=True)
    writes = sandbox.writes() - before
    nightly = sandbox.run(sheet)

    assert [(r.action, [i.code for i in r.all_issues]) for r in warned.rows] == [
        ("create", ["copy-without-id"])] * 3
    assert warned.rows[0].all_issues[0].message == (
        f"Row 2: the guide already holds a session 'Talk number 1' at this start time "
        f"without an import id (id {builder[0]['id']}), made in Builder (by its "
        "spreadsheet import, or by hand) or its import id cleared there: it is left alone "
        "and this row's session is made beside it, so the app shows both; run with "
        "--adopt to take it over instead (one PATCH, and attendees keep it in their "
        "schedules), or delete the one not wanted in Builder")
    assert ({k: v for k, v in adopting.counts.items() if v},
            [(r.session_id, [c.field for c in r.changes], r.all_issues) for r in adopting.rows],
            adopting.rows[0].changes[0]) == (
        {"update": 3},
        [(s["id"], ["import_id", "description_html"], []) for s in builder],
        type(adopting.rows[0].changes[0])("import_id", "", "sheet:T001"))
    assert [(o.row, o.action, o.session_id, o.message) for o in first.outcomes] == [
        (n + 2, "updated", s["id"],
         "taken over (it had no import id); also changed: description_html")
        for n, s in enumerate(builder)]
    assert writes == Counter({"PATCH /open-api/v1.1/sessions/{id}/": 3})
    assert _ids(sandbox) == {s["id"]: f"sheet:T00{n}" for n, s in enumerate(builder, 1)}
    assert [o.action for o in nightly.outcomes] == ["unchanged"] * 3
    assert sandbox.writes() - before == writes


def test_lunch_in_three_rooms_is_paired_by_room_and_tracks_and_a_doubt_is_left_alone(
    tmp_path: Path,
) -> None:
    """Lunch at 12:00 in three rooms pairs by room, two posters in one room by track; of two
    Coffee sessions alike in everything, neither is the row's for certain: the row makes
    its own, saying why, and both stay as they are."""
    sandbox = Sandbox()
    sheet = tmp_path / "day.csv"
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM",
             "Schedule Track (Optional)": ""}
    poster = {"Session Title": "Posters", "Time Start": "2:00 PM", "Time End": "3:00 PM",
              "Room/Location": "Foyer"}
    coffee = {"Session Title": "Coffee", "Time Start": "10:00 AM", "Time End": "10:30 AM",
              "Room/Location": "Foyer", "Schedule Track (Optional)": ""}
    builder = _builder_import(sandbox, write_sheet(sheet, [
        talk(1, **lunch, **{"Room/Location": "Hall C"}),
        talk(2, **lunch, **{"Room/Location": "Hall A"}),
        talk(3, **lunch, **{"Room/Location": "Hall B"}),
        talk(4, **poster, **{"Schedule Track (Optional)": "Data"}),
        talk(5, **poster, **{"Schedule Track (Optional)": "Community"}),
        talk(6, **coffee), talk(7, **coffee)]))
    write_sheet(sheet, [
        talk(1, **lunch, **{"Room/Location": "Hall A"}),
        talk(2, **lunch, **{"Room/Location": "Hall B"}),
        talk(3, **lunch, **{"Room/Location": "Hall C"}),
        talk(4, **poster, **{"Schedule Track (Optional)": "Community"}),
        talk(5, **poster, **{"Schedule Track (Optional)": "Data"}),
        talk(6, **coffee)])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    report = sandbox.run(sheet, adopt=True)

    ids = [s["id"] for s in builder]
    assert [(r.result.row, r.action, r.session_id) for r in plan.rows] == [
        (2, "update", ids[1]), (3, "update", ids[2]), (4, "update", ids[0]),
        (5, "update", ids[4]), (6, "update", ids[3]), (7, "create", None)]
    assert [i.message for i in plan.rows[5].all_issues] == [
        f"Row 7: the guide already holds a session 'Coffee' at this start time without an "
        f"import id (ids {ids[5]}, {ids[6]}), made in Builder (by its spreadsheet import, or "
        "by hand) or its import id cleared there: this row and 2 sessions share this title "
        "and start, and no room or track tells which is this row's, so none is taken over "
        "(not even with --adopt) and this row's session is made beside them, so the app "
        "shows both; delete the one not wanted in Builder, or give the sessions there the "
        "sheet's rooms and run with --adopt"]
    assert [(o.row, o.action) for o in report.outcomes] == [
        (2, "updated"), (3, "updated"), (4, "updated"), (5, "updated"), (6, "updated"),
        (7, "created")]
    now = _ids(sandbox)
    assert [now[i] for i in ids] == [
        "sheet:T003", "sheet:T001", "sheet:T002", "sheet:T005", "sheet:T004", None, None]


def test_two_rows_for_one_session_take_it_only_by_its_room(tmp_path: Path) -> None:
    """Two rows share a title and start, the guide has one such session: the row in its
    room takes it; the other is made, and no warning names the session taken."""
    sandbox = Sandbox()
    sheet = tmp_path / "day.csv"
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM"}
    [session] = _builder_import(sandbox, write_sheet(sheet, [
        talk(1, **lunch, **{"Room/Location": "Hall B"})]))
    write_sheet(sheet, [talk(1, **lunch, **{"Room/Location": "Hall A"}),
                        talk(2, **lunch, **{"Room/Location": "Hall B"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert [(r.action, r.session_id, r.all_issues) for r in plan.rows] == [
        ("create", None, []), ("update", session["id"], [])]


def test_hand_made_and_other_tools_sessions_stay_even_with_prune(tmp_path: Path) -> None:
    """A session made by hand that no row has, and another tool's session with a row's title
    and start, are never taken over; --prune --adopt deletes neither."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    [one, _] = _builder_import(sandbox, sheet)
    hand = _send(sandbox, "sessions/", {"guide": 1, "name": "Speakers' dinner",
                                        "start_time": "2027-05-12T01:00:00Z"})
    other = _send(sandbox, "sessions/", {"guide": 1, "name": "Talk number 3",
                                         "start_time": "2027-05-11T17:00:00Z",
                                         "import_id": "agenda-7"})
    write_sheet(sheet, [talk(1), talk(3)])

    report = sandbox.run(sheet, adopt=True, prune=True)

    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "updated", "taken over (it had no import id)"), (3, "created", "")]
    now = _ids(sandbox)
    assert {k: now.get(k) for k in (one["id"], hand["id"], other["id"])} == {
        one["id"]: "sheet:T001", hand["id"]: None, other["id"]: "agenda-7"}
    assert len(now) == 5  # talk 2's session, Builder's, stays too: it was never ours


def test_an_all_day_session_is_taken_over_by_its_day(tmp_path: Path) -> None:
    """Builder keeps an all-day session at midnight UTC, hours from the guide's midnight:
    its day pairs it with the row."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **{"Time Start": "", "Time End": ""})])
    _send(sandbox, "sessions/", {"guide": 1, "name": "Talk number 1", "all_day": True,
                                 "start_time": "2027-05-11T00:00:00Z"})
    _send(sandbox, "sessions/", {"guide": 1, "name": "Talk number 1", "all_day": True,
                                 "start_time": "2027-05-12T00:00:00Z"})  # the next day's

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert [(r.action, r.session_id, [c.field for c in r.changes]) for r in plan.rows] == [
        ("update", 1, ["import_id", "start_time", "description_html", "schedule_tracks",
                       "locations"])]


def test_plan_and_run_take_adopt_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    [session] = _builder_import(sandbox, sheet)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    options = ["--guide", "1", "--api-url", BASE_URL, "--adopt", "--json"]

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options])
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options])

    assert (planned.exit_code, json.loads(planned.stdout)["counts"]["update"]) == (0, 1)
    assert (ran.exit_code, [(r["action"], r["session_id"])
                            for r in json.loads(ran.stdout)["rows"]]) == (
        0, [("updated", session["id"])])


def test_two_rows_and_a_session_in_neither_room_are_left_alone(tmp_path: Path) -> None:
    """Builder's Lunch is in a room neither row names: which row it is cannot be told."""
    sandbox = Sandbox()
    sheet = tmp_path / "day.csv"
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM"}
    [session] = _builder_import(sandbox, write_sheet(sheet, [
        talk(1, **lunch, **{"Room/Location": "Hall C"})]))
    write_sheet(sheet, [talk(1, **lunch, **{"Room/Location": "Hall A"}),
                        talk(2, **lunch, **{"Room/Location": "Hall B"})])

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert [(r.action, [i.message for i in r.all_issues]) for r in plan.rows] == [
        ("create", [
            f"Row {n}: the guide already holds a session 'Lunch' at this start time without "
            f"an import id (id {session['id']}), made in Builder (by its spreadsheet import, "
            "or by hand) or its import id cleared there: 2 rows and that session share this "
            "title and start, and no room or track tells which is this row's, so none is "
            "taken over (not even with --adopt) and this row's session is made beside it, so "
            "the app shows both; delete the one not wanted in Builder, or give the sessions "
            "there the sheet's rooms and run with --adopt"]) for n in (2, 3)]


def test_sessions_adopt_left_alone_are_named_in_a_note(tmp_path: Path) -> None:
    """A title edited in the sheet since Builder's import matches no session: --adopt makes
    the row's session anew, and the plan's note names the old one (and the hand-made one)
    to check in Builder. Without --adopt, or once nothing is left to take over, no note."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    builder = _builder_import(sandbox, sheet)
    hand = _send(sandbox, "sessions/", {"guide": 1, "name": "Speakers' dinner",
                                        "start_time": "2027-05-12T01:00:00Z"})
    write_sheet(sheet, [talk(1), talk(2, **{"Session Title": "Talk number 2, renamed"}),
                        talk(3)])

    plain = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    adopting = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)
    sandbox.run(sheet, adopt=True)
    again = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    note = ("2 of the guide's sessions without an import id matched no row's title and "
            f"start, so --adopt left them alone: 'Talk number 2' (id {builder[1]['id']}), "
            f"\"Speakers' dinner\" (id {hand['id']}). They stay, even with --prune (which "
            "never deletes a session without an import id), as they should if made by hand "
            "or by Builder's import of another sheet sharing the guide (that sheet's own "
            "--adopt run takes them over). Only a session that was this sheet's is to be "
            "deleted in Builder: a talk dropped from the sheet since Builder's import, or the "
            "old session of a row whose title or time was edited since (that row's session "
            "is made anew beside it).")
    assert [n for n in adopting.notes if "--adopt" in n] == [note]
    assert [n for n in plain.notes + again.notes if "--adopt" in n] == []
    assert ({k: v for k, v in adopting.counts.items() if v}) == {"create": 1, "update": 2}
