"""A planner drafts my-mapping.toml, edits it (the timezone, the speakers in the
description), then copies the sandbox's `plan` line, which has no `--mapping`. The refusal
sent them to draft a mapping into my-mapping.toml again; draft-mapping then stops at that
file, 'give --output another name, or delete the file first', and deleting it loses the
edits. A mapping file in the working folder or beside the sheet that reads the sheet's
columns is now named instead, to give with --mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import validate_file
from importer.errors import MappingError

COLUMNS = "'Session', 'Day', 'Start', 'End', 'Venue', 'Speaker(s)'"
REFUSED = ("the sheet has none of the columns of Guidebook's import template ('Session Title', "
           "'Date', 'Time Start', 'Time End', 'Room/Location'), which is read without a "
           f"mapping; its columns are {COLUMNS}. ")
MAPPING = """\
# Drafted by `gbimport draft-mapping` from schedule.csv (header on row 1).
name = "schedule"
timezone = "America/Chicago"

[fields.name]
column = "Session"

[fields.start]
date_column = "Day"
time_column = "Start"

[fields.end]
time_column = "End"

[fields.locations]
column = "Venue"
"""


def _sheet(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    sheet = folder / "schedule.csv"
    sheet.write_text("Session,Day,Start,End,Venue,Speaker(s)\n"
                     "Opening Keynote,5/11/2027,9:00 AM,10:00 AM,Main Hall,Maria Lopez\n",
                     encoding="utf-8")
    return sheet


def _refusal(sheet: Path | str) -> str:
    with pytest.raises(MappingError) as refused:
        validate_file(sheet)
    return str(refused.value)


def test_the_draft_in_the_working_folder_is_named_not_drafted_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    (tmp_path / "gbimport.toml").write_text("guide = 1\n", encoding="utf-8")
    (tmp_path / "other-event.toml").write_text(MAPPING.replace('"Venue"', '"Room"'),
                                               encoding="utf-8")
    (tmp_path / "my-mapping.toml").write_text(MAPPING, encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mapping my-mapping.toml reads them: give --mapping "
        "my-mapping.toml to each command.")


def test_one_beside_the_sheet_is_named_by_its_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sheet = _sheet(tmp_path / "event")
    (tmp_path / "event" / "my event.toml").write_text(MAPPING, encoding="utf-8")
    assert _refusal("event/schedule.csv") == (
        f"event/schedule.csv: {REFUSED}The mapping \"event/my event.toml\" reads them: give "
        '--mapping "event/my event.toml" to each command.')
    assert sheet.is_file()


def test_without_one_that_fits_the_draft_is_still_the_advice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    (tmp_path / "other-event.toml").write_text(MAPPING.replace('"Venue"', '"Room"'),
                                               encoding="utf-8")
    (tmp_path / "broken.toml").write_text("name = \n", encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}For columns of your own, draft a mapping from them: "
        "gbimport draft-mapping schedule.csv -o my-mapping.toml, then give --mapping "
        "my-mapping.toml to each command.")
