"""A planner who copied the sandbox's `plan` line, or a nightly job whose mapping a colleague
renamed, runs `plan` or `run` on a sheet whose columns the mapping lacks. It stopped with the
missing-columns message (exit 2), but only after reading the whole guide: four requests in a
rehearsal, a page per 50 sessions in a big guide, each night, recorded against the day's
budget. The columns are now checked before the first request."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.runner import plan_import
from tests.support import Sandbox


def _own_columns(path: Path) -> Path:
    path.write_text("Session,Day,Start,End,Venue\n"
                    "Opening Keynote,5/11/2027,9:00 AM,10:00 AM,Main Hall\n", encoding="utf-8")
    return path


def test_a_sheet_the_mapping_does_not_fit_is_refused_before_any_request(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = _own_columns(tmp_path / "schedule.csv")
    with pytest.raises(MappingError, match="the sheet has none of the columns of Guidebook's"):
        plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert sandbox.stats()["requests"] == []
    assert not (tmp_path / ".gbimport-state.json").exists()  # no reads to record


def test_a_run_on_such_a_sheet_sends_nothing_either(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = _own_columns(tmp_path / "schedule.csv")
    with pytest.raises(MappingError, match="the sheet has none of the columns of Guidebook's"):
        sandbox.run(sheet)
    assert sandbox.stats()["requests"] == []
