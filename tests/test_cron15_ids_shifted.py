"""A planner inserts a talk in the sheet and numbers the ids down the column again (or sorts
the id column alone): a few rows' ids now find the sessions of the talks beside them. Fewer
than half of the rows, so no stop for ids of other talks, and the nightly `--quiet` run
turned those sessions into other talks without a word (attendees' saved talks showing
others) and made the last talk anew. A talk the sheet still has, at its start, is no talk
to overwrite: the run stops for --force, naming the first such row."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import UnsafeOperationError
from tests.support import Sandbox, talk, write_sheet

SHIFTED = (
    "3 rows found by import id would make their session another talk that the sheet still "
    "has, in another row at its start (such as row 11, sheet:T010: 'Talk number 10' would "
    "become 'New panel', and row 12 is 'Talk number 10' under sheet:T011): the ids look "
    "moved off their talks (a row inserted and the ids below it numbered again, or the id "
    "column sorted alone); put each talk's id back beside it and give a new talk a new id. "
    "Pass --force if that is really intended.")


def renumbered(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{**row, "Session ID": f"T{number:03d}"} for number, row in enumerate(rows, 1)]


def test_a_talk_inserted_and_the_ids_numbered_again_stops_the_run(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 13)]))
    before = sandbox.writes()
    new = talk(99, **{"Session Title": "New panel"})
    inserted = renumbered([talk(n) for n in range(1, 10)] + [new]
                          + [talk(n) for n in range(10, 13)])

    with pytest.raises(UnsafeOperationError) as stop:
        sandbox.run(write_sheet(tmp_path / "s.csv", inserted))

    assert (str(stop.value), sandbox.writes()) == (SHIFTED, before)


def test_the_ids_put_back_and_a_new_one_for_the_new_talk_run_as_ever(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 13)]))
    new = talk(13, **{"Session Title": "New panel"})

    report = sandbox.run(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 13)] + [new]))

    assert (report.exit_code, report.counts["created"], report.counts["unchanged"]) == (0, 1, 12)


def test_a_talk_replaced_by_another_in_its_row_is_an_edit(tmp_path: Path) -> None:
    """The old talk gone from the sheet: its session becomes the new talk, as ever."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 13)]))
    replaced = talk(99, **{"Session ID": "T010", "Session Title": "New panel"})

    report = sandbox.run(write_sheet(tmp_path / "s.csv", [
        replaced if n == 10 else talk(n) for n in range(1, 13)]))

    assert (report.exit_code, report.counts["updated"], report.counts["unchanged"]) == (0, 1, 11)
