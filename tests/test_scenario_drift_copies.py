"""A nightly sync after someone changed the guide by hand in Builder: a session of ours whose
import_id was cleared there (or a talk made again by hand after its session was deleted) is
no longer ours, so the run makes the row's session anew beside it. The run says so."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from tests.support import BASE_URL, Sandbox, talk, write_sheet


def _by_hand(sandbox: Sandbox, method: str, path: str, body: dict[str, Any]) -> None:
    """What a colleague does in Builder, as the API sees it."""
    async def send() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            (await c.request(method, path, json=body, headers=headers)).raise_for_status()

    asyncio.run(send())


def _session(sandbox: Sandbox, import_id: str) -> dict[str, Any]:
    [session] = [s for s in sandbox.sessions() if s["import_id"] == import_id]
    return session


def test_a_session_whose_import_id_was_cleared_in_builder_is_named_when_made_anew(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    cleared = _session(sandbox, "sheet:T002")
    _by_hand(sandbox, "PATCH", f"sessions/{cleared['id']}/", {"import_id": ""})

    night = sandbox.run(sheet)
    made = _session(sandbox, "sheet:T002")
    after = sandbox.run(sheet)

    assert [(o.row, o.action, o.message) for o in night.outcomes] == [
        (2, "unchanged", ""),
        (3, "created", (
            f"warning: copy-without-id: the guide already holds a session 'Talk number 2' at this "
            f"start time without an import id (id {cleared['id']}), made in Builder (by its "
            "spreadsheet import, or by hand) or its import id cleared there: it is left alone "
            "and this row's session is made beside it, so the app shows both; run with "
            "--adopt to take it over instead (one PATCH, and attendees keep it in their "
            "schedules), or delete the one not wanted in Builder")),
        (4, "unchanged", ""),
    ]
    assert made["id"] != cleared["id"]
    # The hand-made one is left alone; the next night, nothing more is said or sent.
    assert [s["import_id"] for s in sandbox.sessions() if s["id"] == cleared["id"]] == [""]
    assert [(o.action, o.message) for o in after.outcomes] == [("unchanged", "")] * 3


def test_a_talk_recreated_by_hand_at_another_time_or_a_hand_made_one_elsewhere_is_no_copy(
    tmp_path: Path,
) -> None:
    """Only a session without an import id, with the row's title and start, is named."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    sandbox.run(sheet)
    first = _session(sandbox, "sheet:T001")
    for name, start in (("Talk number 2", "2027-05-11T15:00:00Z"),  # the row's start, not its
                        ("Talk number 9", "2027-05-11T16:00:00Z")):  # title; its title, not
        _by_hand(sandbox, "POST", "sessions/", {  # its start
            "guide": 1, "name": name, "start_time": start, "end_time": first["end_time"]})
    _by_hand(sandbox, "POST", "sessions/", {  # another sheet's session: another tool's
        "guide": 1, "name": "Talk number 2", "start_time": "2027-05-11T16:00:00Z",
        "import_id": "agenda-7"})
    write_sheet(sheet, [talk(1), talk(2)])

    night = sandbox.run(sheet)

    assert [(o.row, o.action, o.message) for o in night.outcomes] == [
        (2, "unchanged", ""), (3, "created", "")]


def test_the_sheet_wins_over_builder_edits_and_keeps_what_it_does_not_map(
    tmp_path: Path,
) -> None:
    """As README says: an edited session is put back by one PATCH of the fields that differ,
    an unmapped field keeps Builder's value, a deleted session and track are made again, a
    renamed room is made again under the sheet's name; the night after sends nothing."""
    sandbox = Sandbox()
    own = {"Room/Location": "Hall 3", "Schedule Track (Optional)": "Solo"}
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3, **own)])
    sandbox.run(sheet)
    one, two, three = (_session(sandbox, f"sheet:T00{n}") for n in (1, 2, 3))
    _by_hand(sandbox, "PATCH", f"sessions/{one['id']}/",
             {"name": "Edited in Builder", "allow_rating": False})
    _by_hand(sandbox, "DELETE", f"sessions/{two['id']}/", {})
    _by_hand(sandbox, "PATCH", f"locations/{three['locations'][0]}/", {"name": "Hall 9"})
    _by_hand(sandbox, "DELETE", f"schedule-tracks/{three['schedule_tracks'][0]}/", {})

    night = sandbox.run(sheet)
    writes = sandbox.writes()
    after = sandbox.run(sheet)

    assert [(o.row, o.action, o.message) for o in night.outcomes] == [
        (2, "updated", "changed: name"),
        (3, "created", ""),
        (4, "updated", "changed: schedule_tracks, locations"),
    ]
    now = {s["import_id"]: s for s in sandbox.sessions()}
    assert (now["sheet:T001"]["name"], now["sheet:T001"]["allow_rating"]) == (
        "Talk number 1", False)
    assert [a.action for a in after.outcomes] == ["unchanged"] * 3
    assert sandbox.writes() == writes
