"""The run lock's folder when it cannot hold the lock: GBIMPORT_LOCK_DIR naming a file, a
path under one, a folder this user cannot write to, or a relative path. Each is refused
before anything is sent, with a line naming the setting to fix, not an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import runner
from importer.errors import ConfigError
from importer.runner import run_lock_path
from tests.support import Sandbox, talk, write_sheet


def refused_run(tmp_path: Path) -> tuple[Sandbox, str]:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    with pytest.raises(ConfigError) as refused:
        sandbox.run(sheet)
    return sandbox, str(refused.value)


@pytest.mark.parametrize("under", ["", "locks"])
def test_a_file_where_the_lock_folder_should_be_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, under: str
) -> None:
    """It was 'internal error: FileExistsError ... please report it' (NotADirectoryError
    for a path under the file), exit 2 with a traceback hint."""
    folder = tmp_path / "locks.txt" / under if under else tmp_path / "locks.txt"
    (tmp_path / "locks.txt").write_text("not a folder\n")
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(folder))
    sandbox, message = refused_run(tmp_path)
    reason = "Not a directory" if under else "File exists"
    lock = run_lock_path(sandbox.settings.api_url, 1)
    assert message == (
        f"cannot make the lock file {lock}: {folder} is not a folder this user can write to "
        f"({reason}); set GBIMPORT_LOCK_DIR to one, the same for every run")
    assert sandbox.sessions() == []


def test_a_folder_this_user_cannot_write_to_is_not_blamed_on_another_users_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No lock file is there: the message said one was, 'made by another user', and to
    delete it. (Tests run as root too, which may write anywhere: the refusal is the OS's.)"""
    (tmp_path / "shared").mkdir()
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(tmp_path / "shared"))

    def denied(self: object, *_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(runner.FileLock, "acquire", denied)
    sandbox, message = refused_run(tmp_path)
    lock = run_lock_path(sandbox.settings.api_url, 1)
    assert message == (
        f"cannot make the lock file {lock}: {tmp_path / 'shared'} is not a folder this user "
        "can write to (Permission denied); set GBIMPORT_LOCK_DIR to one, the same for every "
        "run")
    lock.write_text("")  # now another user's lock file stands there
    assert refused_run(tmp_path)[1] == (
        f"cannot open the lock file {lock}, made by another user without write access for "
        "this one; delete it when no gbimport run is going, then run again")


def test_a_relative_lock_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cron starts in the home folder, a Terminal wherever the planner is: a relative
    folder was two folders, and both runs imported, making every new session twice."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", "locks")
    sandbox, message = refused_run(tmp_path)
    assert message == (
        "GBIMPORT_LOCK_DIR is 'locks', a relative path: runs started in other folders "
        "(cron's is the home folder) would not see each other's lock; give the folder's full "
        "path")
    assert sandbox.sessions() == []
    assert not (tmp_path / "locks").exists()
