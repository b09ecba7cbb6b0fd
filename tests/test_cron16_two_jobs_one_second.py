"""Two crontab lines, one per event, in one folder, both at 02:30 and neither naming a report:
each run's default report is named by the second it started, so both wrote
reports/gbimport-<that second>.csv and the run ending last replaced the other's report and
summary without a word. Each run now keeps its own: the second name taken gets `-2`."""

from __future__ import annotations

import errno
import json
from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.errors import ConfigError
from importer.report import write_report
from importer.runner import run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_report import make_report


class AtHalfPastTwo(datetime):
    @classmethod
    def now(cls, tz: object = None) -> AtHalfPastTwo:  # type: ignore[override]
        return cls(2027, 5, 10, 2, 30, 0)


def nightly_run(sheet: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """The job of `sheet`'s event, with its own guide and no report setting."""
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=Sandbox().transport()))
    done = CliRunner().invoke(cli.app, ["run", sheet.name, "--guide", "1", "--api-url",
                                        BASE_URL, "--quiet", "--publish"])
    return done.exit_code


def test_two_jobs_started_in_one_second_keep_a_report_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "sandbox-key")
    monkeypatch.setattr(cli, "datetime", AtHalfPastTwo)
    first = write_sheet(tmp_path / "spring.csv", [talk(1), talk(2)])
    second = write_sheet(tmp_path / "autumn.csv", [talk(3)])

    codes = nightly_run(first, monkeypatch), nightly_run(second, monkeypatch)

    reports = tmp_path / "reports"
    summaries = {path.name: json.loads(path.read_text()) for path in reports.glob("*.json")}
    assert codes == (0, 0)
    assert sorted(path.name for path in reports.iterdir()) == [
        "gbimport-20270510-023000-2.csv", "gbimport-20270510-023000-2.summary.json",
        "gbimport-20270510-023000.csv", "gbimport-20270510-023000.summary.json"]
    assert {name: (summary["source"], summary["report"], summary["counts"]["created"])
            for name, summary in summaries.items()} == {
        "gbimport-20270510-023000.summary.json": (
            "spring.csv", "gbimport-20270510-023000.csv", 2),
        "gbimport-20270510-023000-2.summary.json": (
            "autumn.csv", "gbimport-20270510-023000-2.csv", 1)}
    assert "Talk number 3" in (reports / "gbimport-20270510-023000-2.csv").read_text()


def test_a_report_named_on_the_command_line_is_still_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report the job names (--report, or report in gbimport.toml) is that file, each night."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "sandbox-key")
    sheet = write_sheet(tmp_path / "spring.csv", [talk(1)])
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=Sandbox().transport()))
    for _night in range(2):
        done = CliRunner().invoke(cli.app, ["run", str(sheet), "--guide", "1", "--api-url",
                                            BASE_URL, "--quiet", "--report", "nightly.csv"])
        assert done.exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        ".gbimport-state.json", "nightly.csv", "nightly.summary.json", "spring.csv"]
    summary = json.loads((tmp_path / "nightly.summary.json").read_text())
    assert summary["counts"]["unchanged"] == 1


def test_a_default_report_the_full_disk_stopped_leaves_no_empty_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)  # the summary, after the name was taken
    with pytest.raises(ConfigError):
        write_report(make_report("updated"), tmp_path / "gbimport-20270510-023000.csv",
                     new=True)
    assert list(tmp_path.iterdir()) == []
