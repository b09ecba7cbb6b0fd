"""The sheet read in another zone than Builder's import read it would make the programme
twice, beside Builder's sessions whole hours away: like a renamed prefix or an emptied id
column, the run stops for --force, and `plan` shows the stop beforehand. A run on a guide
whose switch is done is not stopped by a new talk sharing a hand-made session's title."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import, _ids

STOP = (
    "3 rows to create have the title of a session without an import id that starts 1 hour "
    "later (such as row 2 ('Talk number 1') and session id 1): the sheet's times look read "
    "in another zone than that session's were, so none is taken over (not even with "
    "--adopt) and a run would make each anew beside its session, so the app would show "
    "both. The sheet is read in America/New_York and the guide's zone is America/Chicago: "
    "if the sheet's times are America/Chicago's, set timezone = \"America/Chicago\" in "
    "gbimport.toml (or run with --timezone America/Chicago; either overrides a mapping's "
    "timezone) and plan again")


def test_a_run_in_another_zone_than_builders_stops_and_plan_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It ran, with a note, and every talk was in the app twice (six sessions)."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    before = sandbox.writes()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    options = ["--guide", "1", "--api-url", BASE_URL, "--timezone", "America/New_York",
               "--adopt"]

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options])
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options])

    printed = " ".join(planned.stdout.split())
    assert (f"run stops here without --force: {STOP}." in printed, "note:" in printed) == (
        True, False)
    assert (ran.exit_code, ran.stderr) == (
        2, f"error: {STOP}. Pass --force if that is really intended.\n")
    assert (sandbox.writes(), len(sandbox.sessions())) == (before, 3)


def test_with_force_the_run_makes_the_talks_beside_builders(tmp_path: Path) -> None:
    """--force is the way through, as for the other stops: Builder's three stay, and the
    sheet's three are made beside them."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    new_york = sandbox.settings.model_copy(update={"timezone": "America/New_York"})

    forced = run_import(sheet, new_york, transport=sandbox.transport(), adopt=True, force=True)

    ids = sorted(import_id or "" for import_id in _ids(sandbox).values())
    assert ([o.action for o in forced.outcomes], ids) == (
        ["created"] * 3, ["", "", "", "sheet:T001", "sheet:T002", "sheet:T003"])


def test_a_nightly_run_after_the_switch_is_not_stopped(tmp_path: Path) -> None:
    """Switched in the guide's zone; weeks later the sheet gains a coffee break at 10:00,
    and the guide holds a hand-made 'Coffee break' at 15:00 without an import id. The
    nightly run makes the row's session, stops for nothing and says nothing of zones; the
    night after has nothing to send."""
    sandbox = Sandbox()
    sheet = tmp_path / "talks.csv"
    builder = _builder_import(sandbox, write_sheet(sheet, [talk(1), talk(2), talk(3)]))
    switched = sandbox.run(sheet, adopt=True)
    sandbox.post_session({"guide": 1, "name": "Coffee break",
                          "start_time": "2027-05-11T15:00:00-05:00",
                          "end_time": "2027-05-11T15:30:00-05:00"})
    coffee = {"Session ID": "C1", "Session Title": "Coffee break", "Time Start": "10:00 AM",
              "Time End": "10:30 AM"}
    write_sheet(sheet, [talk(1), talk(2), talk(3), talk(9, **coffee)])

    before = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    nightly = sandbox.run(sheet)
    after = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [o.action for o in switched.outcomes] == ["updated"] * 3
    assert [n for n in before.notes if "hour" in n] == []  # no zone read wrong: one new row
    assert ([o.action for o in nightly.outcomes], after.needs_force, after.counts["create"],
            after.counts["update"]) == (["unchanged"] * 3 + ["created"], [], 0, 0)
    assert {k: v for k, v in _ids(sandbox).items() if v} == {
        **{s["id"]: f"sheet:T00{n}" for n, s in enumerate(builder, 1)},
        max(_ids(sandbox)): "sheet:C1"}
