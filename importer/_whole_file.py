"""Files written whole or not at all (the reports, the state file beside a sheet): the new
content goes to a copy beside the file and is put in its place only if all went well, so a
reader (a script, a monitor, the next run) never sees half a file and a failure keeps the old
one."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A file to write `target`'s new content to, put in its place on leaving the block."""
    copy = copy_beside(target)
    try:
        yield copy
        os.replace(copy, target)
    finally:  # a failed write or replace leaves no copy beside the file, and no error of its own
        with contextlib.suppress(OSError):
            copy.unlink(missing_ok=True)


def copy_beside(target: Path) -> Path:
    """A new empty file beside `target`, this write's own: two runs saving one file at the
    same instant (two crontab lines, one folder) must not write, or put in place, each
    other's copy. Made as any file the run writes (not mkstemp's owner-only mode), so the
    file put in place can be read as before."""
    copy = target.with_name(f"{target.name}.{secrets.token_hex(6)}.partial")
    copy.touch(exist_ok=False)  # never another's: a name taken is an error, not a shared copy
    return copy


@contextmanager
def new_name(target: Path) -> Iterator[Path]:
    """`target`, or the first of `<stem>-2`, `<stem>-3`... that no file has, taken for this
    write alone (made empty, which no other run can then take) and given back if the block
    fails: two runs naming their file by the second they started (two crontab lines at
    02:30 in one folder) must not replace each other's, nor leave an empty one."""
    taken, number = target, 1
    while True:
        try:
            taken.touch(exist_ok=False)
            break
        except FileExistsError:
            number += 1
            taken = target.with_stem(f"{target.stem}-{number}")
    try:
        yield taken
    except BaseException:
        with contextlib.suppress(OSError):
            taken.unlink(missing_ok=True)
        raise
