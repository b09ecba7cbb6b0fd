"""Two sheets sharing one guide under the same import_id_prefix, both numbering their rows
1..N: the second sheet's rows find the first sheet's sessions by import id, and a run would
turn those talks into its own. The run stops unless given --force; plan shows the stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import UnsafeOperationError
from tests.support import Sandbox, talk, write_sheet

STOP = ("4 of the 4 rows found by import id would make their session another talk, its title "
        "changed and its start or room too (such as row 2, sheet:T001: 'Talk number 1' would "
        "become 'Workshop 1'): these ids look to be another sheet's, sharing the "
        "import_id_prefix 'sheet:' in this guide, or renumbered since the last run; give each "
        "sheet its own import_id_prefix in its mapping, or put each id back with its talk")


def _workshop(number: int) -> dict[str, str]:
    return talk(number, **{"Session Title": f"Workshop {number}", "Room/Location": "Lab 1"})


def test_a_second_sheet_numbered_alike_stops_before_overwriting_the_first(
    tmp_path: Path,
) -> None:
    """It sent 4 PATCHes, exit 0: the main programme's talks 1-4 became the workshops,
    and attendees who had added talk 1 to their schedule now had workshop 1."""
    sandbox = Sandbox()
    main = write_sheet(tmp_path / "main.csv", [talk(n) for n in range(1, 9)])
    workshops = write_sheet(tmp_path / "workshops.csv", [_workshop(n) for n in range(1, 5)])
    sandbox.run(main)
    before = sandbox.writes()

    with pytest.raises(UnsafeOperationError) as stopped:
        sandbox.run(workshops)

    assert str(stopped.value) == f"{STOP}. Pass --force if that is really intended."
    assert sandbox.writes() == before
    assert sorted(s["name"] for s in sandbox.sessions())[:2] == ["Talk number 1",
                                                                 "Talk number 2"]


@pytest.mark.parametrize("edit", [
    {"Session Title": "Renamed"},  # every title retyped: the same talks
    {"Room/Location": "Hall", "Time Start": "8:00 AM", "Time End": "8:30 AM"},  # moved
])
def test_a_sheet_edited_throughout_is_no_stop(tmp_path: Path, edit: dict[str, str]) -> None:
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(n) for n in range(1, 5)]))
    edited = write_sheet(tmp_path / "b.csv", [
        talk(n, **{key: f"{value} {n}" if key == "Session Title" else value
                   for key, value in edit.items()}) for n in range(1, 5)])

    report = sandbox.run(edited)

    assert (report.exit_code, report.counts["updated"]) == (0, 4)
