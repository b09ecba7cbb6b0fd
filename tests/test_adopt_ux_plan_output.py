"""What `plan` and `run` show a team switching from Builder's own spreadsheet import: a
guide whose sessions have no import id, the sheet's rows each matching one."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import


def _cli(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sandbox's guide on the command line: the options every command is given."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    return ["--guide", "1", "--api-url", BASE_URL]


def test_plan_tells_rows_adopt_would_take_over_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row printed its own six-line warning (61 on the sample programme), burying
    --adopt; now they are one line naming the rows, and --json keeps each row's message
    with its session."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 6)]
    sheet = write_sheet(tmp_path / "talks.csv", rows)
    builder = _builder_import(sandbox, sheet)
    options = _cli(sandbox, tmp_path, monkeypatch)

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options])
    as_json = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--json"])

    printed = " ".join(planned.stdout.split())
    assert printed.count("warning copy-without-id") == 1
    assert (
        "warning copy-without-id Rows 2–6 (5 rows): the guide already holds a session with "
        "the row's title and start time and no import id, made in Builder (by its "
        "spreadsheet import, or by hand) or its import id cleared there: each is left alone "
        "and the row's session made beside it, so the app shows both; run with --adopt to "
        "take them over instead (one PATCH each, and attendees keep them in their "
        "schedules), or delete the ones not wanted in Builder (--json names each row's "
        "session) 5 issues in all: a line naming several rows stands for one issue on each; "
        "--json lists them one by one.") in printed
    assert [issue["message"] for row in json.loads(as_json.stdout)["rows"]
            for issue in row["issues"]] == [
        f"Row {n + 1}: the guide already holds a session 'Talk number {n}' at this start "
        f"time without an import id (id {builder[n - 1]['id']}), made in Builder (by its "
        "spreadsheet import, or by hand) or its import id cleared there: it is left alone "
        "and this row's session is made beside it, so the app shows both; run with --adopt "
        "to take it over instead (one PATCH, and attendees keep it in their schedules), or "
        "delete the one not wanted in Builder" for n in range(1, 6)]


def test_two_rows_to_take_over_keep_their_own_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below three rows, each is printed as it was, naming its title and session."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    builder = _builder_import(sandbox, sheet)
    options = _cli(sandbox, tmp_path, monkeypatch)

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options])

    printed = " ".join(planned.stdout.split())
    assert [f"Row {n + 1}: the guide already holds a session 'Talk number {n}' at this "
            f"start time without an import id (id {builder[n - 1]['id']})" in printed
            for n in (1, 2)] == [True, True]


def test_plan_and_run_json_count_the_sessions_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script driving the migration reads how many updates take over a session without
    an import id, in plan --json, run --json and the summary file; the run's text says it.
    Two rows are Builder's, the third a talk new to the guide."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    _builder_import(sandbox, sheet)
    write_sheet(sheet, [talk(1), talk(2), talk(3)])
    options = [*_cli(sandbox, tmp_path, monkeypatch), "--adopt"]

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--json"])
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--report", "r.csv"])
    summary = json.loads((tmp_path / "r.summary.json").read_text())
    again = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--json"])

    plan = json.loads(planned.stdout)
    assert ((plan["counts"]["create"], plan["counts"]["update"], plan["taken_over"]),
            (summary["counts"]["created"], summary["counts"]["updated"],
             summary["taken_over"]),
            json.loads(again.stdout)["taken_over"]) == ((1, 2, 2), (1, 2, 2), 0)
    assert [line for line in ran.stdout.splitlines() if "aken over" in line] == [
        "Taken over: 2 of the updated sessions had no import id; they are found by the "
        "sheet's ids from now on."]
