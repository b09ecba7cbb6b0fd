"""GBIMPORT_LOCK_DIR naming a folder that does not exist (a typo in one of two crontab lines,
or on a manual run's shell): the folder was made on the spot, so that run took a lock no
other run looks at, and a cron job and a manual run both imported, making new sessions
twice. It is refused before anything is sent, naming the setting and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet


def test_a_lock_folder_that_does_not_exist_is_refused_not_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locks").mkdir()
    misspelt = tmp_path / "lcoks"
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(misspelt))
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    with pytest.raises(ConfigError) as refused:
        sandbox.run(sheet)
    assert str(refused.value) == (
        f"GBIMPORT_LOCK_DIR is {str(misspelt)!r}, a folder that does not exist: make it "
        f"(mkdir -p {misspelt}) or correct the name; every run into the guide must name the "
        "same folder, or they do not see each other's lock")
    assert not misspelt.exists()
    assert sandbox.sessions() == []


def test_a_plan_under_a_missing_lock_folder_still_plans_and_makes_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan takes the lock only to record its reads, never at the plan's cost."""
    missing = tmp_path / "locks"
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(missing))
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert plan.counts["create"] == 2
    assert not missing.exists()
