"""Reading a file that may be saved while it is read: Excel writes a new file and renames it
over the old one, and a sync (OneDrive, Dropbox) may take it away for a moment. A workbook
is opened several times (each tab with --sheet all, and its hidden rows and styles beside
calamine), so a save in between would give half the old file and half the new one."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from importer.errors import InputError

T = TypeVar("T")

READS = 3  # a save takes well under a second; a file still changing after that is being edited
PAUSE_SECONDS = 1.0  # between reads, for the save or the sync to finish

Stamp = tuple[int, int, int, int] | None  # file id, size, modified; None when missing


def stamp(path: Path) -> Stamp:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def read_steadily(path: Path, read: Callable[[], T]) -> T:
    """`read()`, again while `path` changed during it; a failure of a read during which the
    file changed (missing, or half written) is a reason to read again, not an error."""
    for attempt in range(READS):
        if attempt:
            time.sleep(PAUSE_SECONDS)
        before = stamp(path)
        try:
            result = read()
        except (InputError, OSError):
            if stamp(path) == before:
                raise  # the file itself is the problem
            continue
        if stamp(path) == before:
            return result
    raise InputError(
        f"{path} changed while it was being read, each of {READS} times (saved in Excel, or "
        "replaced by a sync such as OneDrive or Dropbox): run again once it is saved.")
