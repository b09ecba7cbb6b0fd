"""Which run holds a guide's run lock: the run that takes it writes its pid and start beside
the lock, so that a run refused by it names that run, and a hung one (a nightly job that has
held it for days) is noticed and stopped by hand. The lock itself is never broken here.

Written beside the lock, not in it: filelock before 3.30 empties the lock file each time a
waiting run tries it, and deletes it on release."""

from __future__ import annotations

import contextlib
import os
import time
from datetime import datetime
from pathlib import Path

from importer._render_plan_time import as_minutes

clock = time.time  # the time now, in seconds (a test sets it)

HUNG_AFTER = 24 * 3600.0  # seconds held after which a run is said to be maybe hung
_WRITABLE_BY_ALL = 0o666  # as the lock: cron and a planner may run as two users


def holder_path(lock_path: Path) -> Path:
    return lock_path.with_name(f"{lock_path.name}.holder")


def record_holder(lock_path: Path) -> None:
    """Said under the lock, just taken. Best effort: a run that cannot write it is refused
    by no one for it, and the run it refuses is told as before (see holder_words)."""
    path = holder_path(lock_path)
    flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        try:
            fd = os.open(path, flags | os.O_CREAT, _WRITABLE_BY_ALL)
        except PermissionError:  # another user's file in /tmp (sticky): open it, not make it
            fd = os.open(path, flags)
    except OSError:
        return
    # Past the umask; fails on another user's file. Windows before Python 3.13 has no
    # os.fchmod (AttributeError): there the file keeps the mode it was made with.
    with contextlib.suppress(OSError, AttributeError):
        os.fchmod(fd, _WRITABLE_BY_ALL)
    with contextlib.suppress(OSError), os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(f"{os.getpid()} {clock():.0f} {_began(os.getpid()) or ''}".rstrip() + "\n")


def forget_holder(lock_path: Path) -> None:
    """Said under the lock, before it is let go: the next run writes its own."""
    with contextlib.suppress(OSError):
        holder_path(lock_path).unlink()


def holder_words(lock_path: Path) -> tuple[str, str]:
    """'(pid 1234, started 02:00, 1 h 12 min ago) ' to name the run, and the way out: wait,
    or for a run holding the lock over a day, stop it if it hangs. Neither names a run that
    left no word or has since ended (killed: the lock went with it, and this run was refused
    by the next one)."""
    wait = "wait for it to finish"
    held = _holder(lock_path)
    if held is None:
        return "", wait
    pid, started = held
    seconds = max(0.0, clock() - started)
    start = datetime.fromtimestamp(started)
    shown = start.strftime("%H:%M" if seconds < HUNG_AFTER else "%Y-%m-%d %H:%M")
    ago = "under a minute" if seconds < 60 else as_minutes(seconds, at_least=True)
    named = f"(pid {pid}, started {shown}, {ago} ago) "
    if seconds < HUNG_AFTER:
        return named, wait
    return named, (f"it has held the lock for over a day and may be hung: if no run takes "
                   f"that long, stop it (kill {pid}) and run again; else {wait}")


def _holder(lock_path: Path) -> tuple[int, float] | None:
    """The pid and start the holder wrote, if that process still runs: the same process, not
    another given its pid since (a run killed outright leaves its word, and the lock is then
    held by a run that wrote none; 'kill' must not name a stranger)."""
    try:
        pid_text, started_text, *began = holder_path(lock_path).read_text("ascii").split()
        pid, started = int(pid_text), float(started_text)
    except (OSError, ValueError):
        return None
    if began and began != [_began(pid)]:
        return None
    return (pid, started) if pid > 0 and _still_runs(pid) else None


def _began(pid: int) -> str | None:
    """When the process began, in the kernel's ticks since boot (Linux's /proc), which a pid
    given again to another process does not keep; None where that is not known."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", errors="replace")
        return stat.rpartition(")")[2].split()[19]  # field 22, starttime; the name may hold ')'
    except (OSError, IndexError):
        return None


def _still_runs(pid: int) -> bool:
    if os.name != "posix":  # os.kill there ends the process whatever the signal
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's, running
        return True
    except OSError:
        return False
    return True
