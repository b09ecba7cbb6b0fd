"""A publish or run at this machine's sandbox says it was a rehearsal, which changed nothing in
Guidebook: a planner rehearsing, or a nightly job pointed at a sandbox by mistake, must not
take it for the real guide's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.client import DEFAULT_BASE_URL
from importer.sandbox import RunningSandbox, SandboxConfig, running_sandbox
from tests.support import REHEARSAL, Sandbox, talk, write_sheet

KEY = "ZZKEY-rehearsal-SECRET-4711"
runner = CliRunner()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RunningSandbox]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    with running_sandbox(SandboxConfig(api_key=KEY, guide_timezone="America/Chicago")) as box:
        monkeypatch.setenv("GUIDEBOOK_API_URL", box.base_url)
        yield box


@pytest.mark.e2e
def test_a_run_at_the_sandbox_says_so_in_its_summary_and_publish_line(
    served: RunningSandbox, tmp_path: Path
) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    plain = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--report", "r1.csv"])
    assert plain.exit_code == 0, plain.output
    lines = plain.output.splitlines()
    assert lines[6:8] == [lines[6], f"Sent to {served.base_url} {REHEARSAL}."]
    assert lines[6].startswith("10 requests in ")
    published = runner.invoke(app, ["run", str(write_sheet(sheet, [talk(1), talk(2, **{
        "Session Title": "Renamed"})])), "--guide", "1", "--publish", "--report", "r2.csv"])
    said = f"Published guide 1 (1 request) at {served.base_url} {REHEARSAL}."
    assert published.output.splitlines()[-2:] == [said, "Report: r2.csv"]
    assert json.loads(Path("r2.summary.json").read_text())["publish_note"] == said


@pytest.mark.e2e
def test_a_quiet_good_night_at_the_sandbox_stays_silent(
    served: RunningSandbox, tmp_path: Path
) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    quiet = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--publish", "-q"])
    assert (quiet.exit_code, quiet.output) == (0, "")


def test_a_run_at_guidebook_says_neither(tmp_path: Path) -> None:
    sandbox = Sandbox()  # answering in-process, as Guidebook's API would
    sandbox.settings = sandbox.settings.model_copy(
        update={"api_url": DEFAULT_BASE_URL, "publish": True})
    report = sandbox.run(write_sheet(tmp_path / "talks.csv", [talk(1)]))
    assert (report.published, report.publish_note) == (True, "Published guide 1 (1 request).")
