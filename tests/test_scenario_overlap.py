"""Overlapping runs into one guide: a nightly cron run still going when a planner starts one."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.runner import one_run_at_a_time, run_lock_path
from tests.support import Sandbox, talk, write_sheet


def test_a_run_with_another_temporary_folder_still_waits_its_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS gives a Terminal its own $TMPDIR and cron none (/tmp), and pam_tmpdir gives each
    user their own: a lock kept there would let both runs import, making every session twice."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    api = sandbox.settings.api_url
    cron, terminal = tmp_path / "cron", tmp_path / "terminal"
    cron.mkdir(), terminal.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(cron))
    with one_run_at_a_time(api, 1):  # the nightly run, still going
        monkeypatch.setattr(tempfile, "tempdir", str(terminal))
        with pytest.raises(ConfigError) as refused:
            sandbox.run(sheet)
    assert str(refused.value) == (
        f"another gbimport run on this machine is importing into guide 1 right now (lock "
        f"{run_lock_path(api, 1)}); wait for it to finish")
    assert sandbox.sessions() == []
    assert sandbox.run(sheet).counts["created"] == 2
    assert len(sandbox.sessions()) == 2


def test_the_run_lock_is_in_the_machines_temporary_folder_unless_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = "http://127.0.0.1:9/open-api/v1.1/"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(tmp_path / "locks"))
    assert run_lock_path(api, 7).parent == tmp_path / "locks"
    monkeypatch.delenv("GBIMPORT_LOCK_DIR")
    assert run_lock_path(api, 7).parent == Path("/tmp")
