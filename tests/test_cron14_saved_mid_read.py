"""The nightly job reads a workbook of one tab per day (--sheet all) while the planner saves
it in Excel, or a sync (OneDrive, Dropbox) replaces it: each tab is read from the file on
its own, so a save between two reads must not give a programme that is half the old file
and half the new one, nor a file briefly missing a one-line error for a file that is there."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from importer import _steady_file, load
from importer.errors import InputError
from importer.load import ALL_SHEETS, load_sheets
from tests.support import HEADER, talk
from tests.test_load import write_xlsx


def _tab(*numbers: int) -> list[list[object]]:
    return [HEADER, *(list(talk(n).values()) for n in numbers)]


def _ids(path: Path) -> list[str]:
    sheet = load_sheets(path, [ALL_SHEETS], expected_columns=HEADER)
    return sorted(sheet.frame["Session ID"])  # whatever was read, from whichever tab


@pytest.fixture(autouse=True)
def no_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_steady_file, "PAUSE_SECONDS", 0)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "schedule.xlsx", {"Day 1": _tab(1, 2), "Day 2": _tab(3, 4)})


def _saved_after_first_read(monkeypatch: pytest.MonkeyPatch, workbook: Path,
                            saved: Path, *, gap: bool = False) -> None:
    """After the first tab is read, the file is replaced by `saved` (Excel writes a new file
    and renames it over the old); with `gap`, it is first missing for one look (a sync)."""
    read_grid, reads = load.read_grid, []

    def reading(path: Path, sheet: Any) -> Any:
        grid = read_grid(path, sheet)
        reads.append(sheet)
        if len(reads) == 1:
            if gap:
                shutil.move(workbook, workbook.with_name("hold.xlsx"))
            else:
                shutil.copyfile(saved, workbook.with_name("new.xlsx"))
                workbook.with_name("new.xlsx").replace(workbook)
        return grid

    check_is_file = load.check_is_file

    def checking(path: Path) -> None:
        try:
            check_is_file(path)
        finally:  # the sync puts the file back once it was seen missing
            if (held := workbook.with_name("hold.xlsx")).exists():
                shutil.copyfile(saved, workbook.with_name("new.xlsx"))
                workbook.with_name("new.xlsx").replace(workbook)
                held.unlink()

    monkeypatch.setattr(load, "read_grid", reading)
    monkeypatch.setattr(load, "check_is_file", checking)


def test_a_talk_moved_to_the_other_day_mid_read_is_read_once(
        monkeypatch: pytest.MonkeyPatch, workbook: Path, tmp_path: Path) -> None:
    # Talk 2 moves from Day 1 to Day 2: the old Day 1 and the new Day 2 would both hold it.
    moved = write_xlsx(tmp_path / "moved.xlsx", {"Day 1": _tab(1), "Day 2": _tab(2, 3, 4)})
    _saved_after_first_read(monkeypatch, workbook, moved)
    assert _ids(workbook) == ["T001", "T002", "T003", "T004"]


def test_a_talk_added_mid_read_is_read_from_the_saved_file(
        monkeypatch: pytest.MonkeyPatch, workbook: Path, tmp_path: Path) -> None:
    grown = write_xlsx(tmp_path / "grown.xlsx", {"Day 1": _tab(1, 2, 5), "Day 2": _tab(3, 4)})
    _saved_after_first_read(monkeypatch, workbook, grown)
    assert _ids(workbook) == ["T001", "T002", "T003", "T004", "T005"]


def test_a_file_briefly_missing_mid_read_is_read_again(
        monkeypatch: pytest.MonkeyPatch, workbook: Path, tmp_path: Path) -> None:
    synced = write_xlsx(tmp_path / "synced.xlsx", {"Day 1": _tab(1, 2), "Day 2": _tab(3, 4)})
    _saved_after_first_read(monkeypatch, workbook, synced, gap=True)
    assert _ids(workbook) == ["T001", "T002", "T003", "T004"]


def test_a_file_that_keeps_changing_says_so(monkeypatch: pytest.MonkeyPatch,
                                            workbook: Path, tmp_path: Path) -> None:
    read_grid, saves = load.read_grid, []

    def touching(path: Path, sheet: Any) -> Any:
        grid = read_grid(path, sheet)
        saves.append(path.stat().st_mtime_ns + 1_000_000_000)
        os.utime(path, ns=(saves[-1], saves[-1]))  # saved again, on every read
        return grid

    monkeypatch.setattr(load, "read_grid", touching)
    with pytest.raises(InputError) as stop:
        _ids(workbook)
    assert len(saves) == 3 * 2  # each read read both tabs
    assert str(stop.value) == (
        f"{workbook} changed while it was being read, each of 3 times (saved in Excel, or "
        "replaced by a sync such as OneDrive or Dropbox): run again once it is saved.")
