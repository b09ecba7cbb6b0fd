"""GBIMPORT_LOCK_DIR=~/locks in a crontab: cron does not expand '~', so the folder is a
relative one named '~'. The refusal says so and gives the full path to write instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_audit_runs_lock_folder import refused_run


def test_a_lock_folder_under_tilde_is_refused_naming_the_full_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "'~/locks', a relative path", which a user who wrote a home folder does not
    recognise; now it names the '~' and the path it stands for."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", "/home/planner")
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", "~/locks")
    sandbox, message = refused_run(tmp_path)
    assert message == (
        "GBIMPORT_LOCK_DIR is '~/locks', and '~' is not expanded there (a crontab's and a "
        "service's settings take it as it is, a folder named '~'): give the folder's full "
        "path, such as '/home/planner/locks'")
    assert sandbox.sessions() == []
    assert not (tmp_path / "~").exists()
