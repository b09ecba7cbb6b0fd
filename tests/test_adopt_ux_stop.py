"""A first run into a guide filled by Builder's spreadsheet import, without --adopt: every
talk would be made a second time beside Builder's, so the run stops unless given --force,
as it does for the other changes that would make the programme twice."""

from __future__ import annotations

import asyncio
import json
from functools import partial
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import

STOP = ("3 of the 3 rows to create have the title and start of a session without an "
        "import id (such as row 2 ('Talk number 1'); see the copy-without-id warning), as "
        "Builder's spreadsheet import makes them: the run would make each anew beside its "
        "session, so the app would show those talks twice; run with --adopt to take them "
        "over instead (plan with --adopt shows how)")


def _cli(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    return ["--guide", "1", "--api-url", BASE_URL]


def test_a_run_without_adopt_on_builders_sessions_stops_and_plan_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It made the three talks again (six sessions in the app), exit 0: a cron job set up
    before the --adopt run published the programme twice."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    before = sandbox.writes()
    options = _cli(sandbox, tmp_path, monkeypatch)

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--json"])
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--quiet"])

    assert json.loads(planned.stdout)["needs_force"] == [STOP]
    assert (ran.exit_code, ran.stderr.splitlines()[-1]) == (
        2, f"error: {STOP}. Pass --force if that is really intended.")
    assert (sandbox.writes(), len(sandbox.sessions())) == (before, 3)


def test_adopt_or_force_go_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--adopt takes the three over; --force (on another guide alike) makes them beside."""
    adopting, forcing = Sandbox(), Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    for sandbox in (adopting, forcing):
        _builder_import(sandbox, sheet)

    adopted = adopting.run(sheet, adopt=True)
    forced = forcing.run(sheet, force=True)

    assert (adopted.counts["updated"], len(adopting.sessions()),
            forced.counts["created"], len(forcing.sessions())) == (3, 3, 3, 6)


def _clear_import_id(sandbox: Sandbox, session_id: int) -> None:
    async def patch() -> None:
        async with httpx.AsyncClient(transport=sandbox.transport(), base_url=BASE_URL) as c:
            headers = {"Authorization": f"JWT {sandbox.config.api_key}"}
            answer = await c.patch(f"sessions/{session_id}/", json={"import_id": ""},
                                   headers=headers)
            answer.raise_for_status()

    asyncio.run(patch())


def test_a_session_of_ours_whose_id_was_cleared_is_a_warning_not_a_stop(
    tmp_path: Path,
) -> None:
    """A nightly run of a sheet imported before, one session's import id cleared in
    Builder: the row's session is made beside it, warned, as before."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    sandbox.run_in_order(sheet)
    _clear_import_id(sandbox, min(int(s["id"]) for s in sandbox.sessions()))

    nightly = sandbox.run(sheet)

    assert (nightly.exit_code, nightly.counts["created"], nightly.counts["unchanged"],
            [o.message.split(": ")[:2] for o in nightly.outcomes if o.action == "created"]) == (
        0, 1, 2, [["warning", "copy-without-id"]])


def test_rows_whose_session_is_in_doubt_are_no_stop(tmp_path: Path) -> None:
    """Lunch at noon in two rooms, Builder's two lunches in rooms the sheet no longer
    names: --adopt takes neither (which is whose is in doubt), so a stop asking for it
    would stop the --adopt run too; each row is warned, and made."""
    sandbox = Sandbox()
    lunch = {"Session Title": "Lunch", "Time Start": "12:00 PM", "Time End": "1:00 PM"}
    builders = write_sheet(tmp_path / "builder.csv", [
        talk(1, **lunch, **{"Room/Location": "Hall A"}),
        talk(2, **lunch, **{"Room/Location": "Hall B"})])
    _builder_import(sandbox, builders)
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1, **lunch, **{"Room/Location": "Atrium"}),
        talk(2, **lunch, **{"Room/Location": "Terrace"})])

    ran = sandbox.run(sheet, adopt=True)

    assert (ran.exit_code, ran.counts["created"], len(sandbox.sessions())) == (0, 2, 4)
