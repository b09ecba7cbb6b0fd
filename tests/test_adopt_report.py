"""What the events team reads when --adopt takes Builder's sessions over: the plan's counts say
how many of the updates are take-overs, and the run's report says of each such row that its
session was taken over, not merely that its import_id changed."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import


def test_the_run_says_each_adopted_session_was_taken_over(tmp_path: Path) -> None:
    """Talk 1's description was edited in the sheet since Builder's import; talk 2 is as
    Builder made it; talk 3 is new."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    builder = _builder_import(sandbox, sheet)
    write_sheet(sheet, [talk(1, **{"Description (Optional)": "New blurb"}), talk(2), talk(3)])

    report = sandbox.run(sheet, adopt=True)

    assert [(o.row, o.action, o.session_id, o.message) for o in report.outcomes] == [
        (2, "updated", builder[0]["id"],
         "taken over (it had no import id); also changed: description_html"),
        (3, "updated", builder[1]["id"], "taken over (it had no import id)"),
        (4, "created", report.outcomes[2].session_id, "")]


def test_plan_counts_the_take_overs_among_its_updates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    _builder_import(sandbox, sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    options = ["--guide", "1", "--api-url", BASE_URL]

    adopting = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--adopt"])
    sandbox.run(sheet, adopt=True)
    write_sheet(sheet, [talk(1, **{"Session Title": "Talk one"}), talk(2), talk(3)])
    later = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--adopt"])

    assert [line for line in adopting.stdout.splitlines() if line.startswith("create")] == [
        "create 1 · update 2 (2 take over a session without an import id) · unchanged 0 · "
        "invalid 0 · delete 0"]
    assert [line for line in later.stdout.splitlines() if line.startswith("create")] == [
        "create 0 · update 1 · unchanged 2 · invalid 0 · delete 0"]
