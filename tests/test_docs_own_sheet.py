"""The README's way from a sheet of one's own columns to the commands that read it."""

from __future__ import annotations

import datetime as dt
import re
import shlex
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from importer.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_the_mapping_path_the_import_section_gives_works_as_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import section's commands read Guidebook's template; it names what to do for a
    planner's own columns, and that must work as written: draft, then name the draft in
    gbimport.toml."""
    section = README.split("## Importing into Guidebook", 1)[1].split("### ", 1)[0]
    (draft,) = re.findall(r"`(gbimport draft-mapping [^`]*)`", section)
    (setting,) = re.findall(r"`(mapping = [^`]*)` in `gbimport.toml`", section)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Midwest Events Summit 2027"])
    sheet.append([])
    sheet.append(["Date", "Start", "End", "Session", "Room", "Speakers"])
    sheet.append([dt.date(2027, 5, 11), "9:00 AM", "10:00 AM", "Opening", "Room A; Room B",
                  "Ana Ruiz"])
    sheet.append([dt.date(2027, 5, 11), "10:30 AM", "11:15 AM", "Sponsorship", "Room B",
                  "Carl Berg"])
    workbook.save(tmp_path / "schedule.xlsx")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    drafted = runner.invoke(app, shlex.split(draft)[1:])
    (tmp_path / "gbimport.toml").write_text(f'{setting}\ntimezone = "America/Chicago"\n')
    checked = runner.invoke(app, ["validate", "schedule.xlsx"])
    assert (drafted.exit_code, checked.exit_code) == (0, 0)
    assert checked.output.splitlines()[:3] == [
        "schedule.xlsx, sheet 'Sheet': header on row 3, mapping 'schedule', times in "
        "America/Chicago",
        f"Settings: {tmp_path / 'gbimport.toml'}",
        "Rows read 2 · valid 2 · with errors 0 · with warnings 0 · sheet warnings 1"]
