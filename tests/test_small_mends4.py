"""Small mends: two runs saving one state file at the same instant each write their own
copy of it; a renamed column's 'did you mean' names the header that holds its old name;
a time column with a slip among a few distinct times is still drafted, the slip named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.images import SavedState
from importer.mapping import bind, load_mapping


def test_two_runs_saving_the_state_file_at_once_each_write_it_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two crontab lines for two events whose sheets share a folder: both saved through one
    fixed copy beside the state file, so the second took the first's copy away (or put its
    half-written file in place) and the first run's save was lost with 'No such file'."""
    path = tmp_path / ".gbimport-state.json"
    first, second = SavedState(path, 1), SavedState(path, 2)
    first.record("sheet:T001", "abc")
    second.record("sheet:T002", "def")
    replace = os.replace

    def second_saves_meanwhile(source: str | Path, target: str | Path) -> None:
        monkeypatch.setattr(os, "replace", replace)
        second.save()
        replace(source, target)

    monkeypatch.setattr(os, "replace", second_saves_meanwhile)
    first.save()
    assert (first.unsaved, second.unsaved, [p.name for p in tmp_path.iterdir()]) == (
        None, None, [path.name])
    assert SavedState(path, 1).sent("sheet:T001") == "abc"


@pytest.mark.parametrize("renamed", [
    "Session Title (updated)", "SESSION TITLE (as printed)", "Sesion Title"])
def test_a_renamed_column_is_matched_to_the_header_that_holds_its_name(renamed: str) -> None:
    """'Session Title' edited to 'Session Title (updated)' in the sheet: 'did you mean' named
    'Session ID', a closer spelling, though the header holds the mapping's whole name. A
    plain typo still gets its match."""
    columns = ["Session ID", renamed, "Date", "Time Start", "Time End", "Room/Location"]
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(), columns)
    listed = ", ".join(map(repr, columns))
    assert str(caught.value) == (
        "mapping 'guidebook-template': fields.name needs column 'Session Title', which the "
        f"sheet does not have; did you mean {renamed!r}? The sheet's columns are: {listed}. Fix "
        "the column name in the mapping or the sheet.")
