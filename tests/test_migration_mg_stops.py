"""A migration's run that stops before sending anything (a stop that needs --force) writes
no report: the warning lines printed before the stop say where their details are instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from tests.support import Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import
from tests.test_adopt_ux_stop import STOP, _cli


@pytest.mark.parametrize("quiet", [[], ["--quiet"]])
def test_a_stopped_run_says_its_warnings_are_in_plan_not_in_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: list[str]
) -> None:
    """It said '(details in the report)', and no report was written: the user looked for
    reports/... and found none, or an earlier run's."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    options = _cli(sandbox, tmp_path, monkeypatch)

    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--report", "out.csv",
                                       *quiet])

    assert (ran.exit_code, ran.stderr.splitlines()) == (2, [
        "warning: copy-without-id on rows 2–4 (3 rows; the run stops below and writes no "
        "report: gbimport plan shows them)",
        f"error: {STOP}. Pass --force if that is really intended.",
    ])
    assert not (tmp_path / "out.csv").exists()


def test_a_forced_run_keeps_its_warnings_in_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    _builder_import(sandbox, sheet)
    options = _cli(sandbox, tmp_path, monkeypatch)

    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--report", "out.csv",
                                       "--force"])

    assert ran.exit_code == 0, ran.output
    assert ran.stderr.splitlines()[0] == (
        "warning: copy-without-id on rows 2–4 (3 rows; details in the report)")
    assert "copy-without-id" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
