"""Small mends: two runs saving one state file at the same instant each write their own
copy of it; a renamed column's 'did you mean' names the header that holds its old name;
a time column with a slip among a few distinct times is still drafted, the slip named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.images import SavedState
from importer.mapping import bind, load_mapping
from importer.validate import validate_file


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


def test_a_time_column_with_a_letter_for_a_figure_among_few_times_is_still_drafted(
        tmp_path: Path) -> None:
    """Three distinct times, one a slip ('1O:00'): a third of the column did not read, so the
    draft left 'Time Start' and 'Time End' unread and the start without a time. They are
    taken, each slip named on its row to fix, as the date column's are; validate names them."""
    sheet = tmp_path / "typo.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                     "A,13/05/2027,9:00,9:45,Hall\n"
                     "B,13/05/2027,11:00,11:45,Hall\n"
                     "C,13/05/2027,1O:00,10:45,Hall\n"
                     "D,14/05/2027,9:00,1l:45,Hall\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert (draft.missing, draft.unread, draft.chosen.get("start"), draft.chosen.get("end"),
            [line for line in draft.text.splitlines() if "fix the cell" in line]) == (
        [], [], "Time Start", "Time End", [
            "# 'Time Start' on row 4 has '1O:00': a letter O where a zero goes; fix the cell",
            "# 'Time End' on row 5 has '1l:45': a letter l where a one goes; fix the cell"])
    mapping = tmp_path / "typo.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(issue.row, issue.code, issue.message) for issue in report.issues
            if issue.row is not None] == [
        (4, "bad-time", "Row 4: 'Time Start' has '1O:00', with a letter O where a zero goes: "
                        "write 10:00."),
        (5, "bad-time", "Row 5: 'Time End' has '1l:45', with a letter l where a one goes: "
                        "write 11:45.")]
