"""Edge cases of the newest checks, each pinning a behaviour a small slip in the code would
change: struck-through cells written as Excel writes them, or on a tab read after an empty
one; a derived-id sheet's edited rows paired with their sessions one to one only; the
derived-import-id warning's id column; the optional hint for a field with a joined part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl.styles import Font

from importer.errors import MappingError
from importer.runner import plan_import, run_import
from importer.validate import validate_file
from tests import test_joined_added_columns as joined
from tests import test_rooms_at_venues_switch as venues
from tests.support import Sandbox
from tests.test_derived_ids_edited_rows import HEADER, MAPPING, ROWS, _first_run, _plan_then_run
from tests.test_struck_rows import MESSAGE, _warnings, _workbook
from tests.test_struck_rows import ROWS as STRUCK_ROWS
from tests.test_validate import write_csv


def _bare_strikes(path: Path) -> None:
    """Rewrite the styles as Excel writes a strike: `<strike/>`, no val."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    styles = parts["xl/styles.xml"]
    parts["xl/styles.xml"] = re.sub(rb"<strike val=\"(1|true)\"\s*/>", b"<strike/>", styles)
    assert parts["xl/styles.xml"] != styles
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_strike_written_without_a_value_as_excel_writes_it_is_warned_of(
        tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, {"Programme": STRUCK_ROWS})
    workbook["Programme"]["B5"].font = Font(strike=True)
    workbook.save(tmp_path / "s.xlsx")
    _bare_strikes(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(5, "struck-row")]


def test_struck_rows_are_found_on_a_tab_read_after_an_empty_first_one(tmp_path: Path) -> None:
    """The first tab is empty, so the second is read: its strikes, not the first's."""
    workbook = _workbook(tmp_path, {"Programme": STRUCK_ROWS})
    workbook.create_sheet("Notes", 0)
    workbook["Programme"]["C3"].font = Font(strike=True)
    assert _warnings(tmp_path, workbook) == [(3, None, "struck-row", f"Row 3: {MESSAGE}")]


def test_struck_rows_of_every_tab_are_warned_of_with_sheet_all(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, {"Day 1": STRUCK_ROWS[:2], "Day 2": STRUCK_ROWS[2:]})
    workbook["Day 1"]["B4"].font = Font(strike=True)
    workbook["Day 2"]["C3"].font = Font(strike=True)
    assert [(row, sheet, code) for row, sheet, code, _ in
            _warnings(tmp_path, workbook, sheet=["all"])] == [
        (4, "Day 1", "struck-row"), (3, "Day 2", "struck-row")]


PRIVACY = ["Privacy", "2027-05-11", "11:00", "12:00"]


def test_two_new_rows_of_one_title_and_start_take_no_single_orphan(tmp_path: Path) -> None:
    """Two rows could each be the dropped session: neither is, and both are made."""
    sandbox, settings, _ = _first_run(tmp_path)
    split = [*ROWS[:3], [*PRIVACY, "Room C"], [*PRIVACY, "Room D"]]
    assert [a for _, a, _ in _plan_then_run(sandbox, settings, tmp_path, split)][3:] == [
        "create", "create"]


def test_one_row_is_given_no_session_of_two_alike(tmp_path: Path) -> None:
    sandbox, settings, _ = _first_run(tmp_path)
    _plan_then_run(sandbox, settings, tmp_path, [*ROWS, [*PRIVACY, "Room C"]])
    merged = [*ROWS[:3], [*PRIVACY, "Room D"]]
    assert _plan_then_run(sandbox, settings, tmp_path, merged)[3] == ("Privacy", "create", [])


def test_a_row_paired_by_its_start_is_not_paired_again_by_its_rooms(tmp_path: Path) -> None:
    """Privacy's 11:00 run moved to Room C, where its other run was dropped: the session of
    its slot is the one updated, not the other run's."""
    sandbox, settings, _ = _first_run(tmp_path)
    again = ["Privacy", "2027-05-12", "14:00", "15:00", "Room C"]
    _plan_then_run(sandbox, settings, tmp_path, [*ROWS, again])
    slot = next(s["id"] for s in sandbox.sessions()
                if s["name"] == "Privacy" and "T16:00" in s["start_time"])
    moved = [*ROWS[:3], [*PRIVACY, "Room C"]]
    assert _plan_then_run(sandbox, settings, tmp_path, moved)[3] == (
        "Privacy", "update", ["import_id", "locations"])
    assert slot in {s["id"] for s in sandbox.sessions() if s["name"] == "Privacy"
                    and "T16:00" in s["start_time"]}


def test_a_session_taken_by_its_start_is_not_given_to_another_row_by_its_rooms(
        tmp_path: Path) -> None:
    sandbox, settings, _ = _first_run(tmp_path)
    edited = [*ROWS[:3], [*PRIVACY, "Room C"], ["Privacy", "2027-05-12", "15:00", "16:00",
                                                  "Room B"]]
    assert _plan_then_run(sandbox, settings, tmp_path, edited)[3:] == [
        ("Privacy", "update", ["import_id", "locations"]), ("Privacy", "create", [])]


def test_a_row_moved_and_its_room_changed_at_once_keeps_its_session_by_its_title(
        tmp_path: Path) -> None:
    """No other row or session has its title (one of several alike is a new session:
    tests/test_moved_talk_time_and_room.py)."""
    sandbox, settings, before = _first_run(tmp_path)
    moved = [*ROWS[:3], ["Privacy", "2027-05-12", "15:00", "16:00", "Room C"]]
    assert _plan_then_run(sandbox, settings, tmp_path, moved)[3] == (
        "Privacy", "update", ["import_id", "start_time", "end_time", "locations"])
    assert sorted(s["id"] for s in sandbox.sessions()) == sorted(before.values())


def test_an_orphan_titled_in_other_case_and_spacing_is_taken_over(tmp_path: Path) -> None:
    sandbox, settings, before = _first_run(tmp_path)
    moved = [*ROWS[:3], ["privacy ", "2027-05-12", "11:00", "12:00", "Room B"]]
    assert _plan_then_run(sandbox, settings, tmp_path, moved)[3][1] == "update"
    assert sorted(s["id"] for s in sandbox.sessions()) == sorted(before.values())


def test_a_row_with_an_id_of_its_own_takes_over_no_derived_session(tmp_path: Path) -> None:
    """A sheet given an id column and new talks: the one talk of an old title and start is
    not taken as the old session (too few alike to be this sheet's from before)."""
    sandbox, settings, _ = _first_run(tmp_path)
    mapping = Path(settings.mapping or "")
    mapping.write_text(MAPPING + '[fields.import_id]\ncolumn = "Session ID"\n', encoding="utf-8")
    new = [["Ethics", "2027-05-13", "09:00", "10:00", "Room A", "S1"],
           ["Budgets", "2027-05-13", "10:00", "11:00", "Room A", "S2"],
           ["Tooling", "2027-05-13", "11:00", "12:00", "Room A", "S3"],
           [*PRIVACY, "Room C", "S4"]]
    sheet = write_csv(tmp_path, [*HEADER, "Session ID"], new)
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert [row.action for row in plan.rows] == ["create"] * 4


@pytest.mark.parametrize("column", ["Session Code", "Session_ID"])
def test_an_unread_id_column_is_named_however_its_header_is_written(
        tmp_path: Path, column: str) -> None:
    mapping = tmp_path / "planner.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    sheet = write_csv(tmp_path, [*HEADER, column],
                      [[*row, f"S{n}"] for n, row in enumerate(ROWS, 1)])
    [warning] = validate_file(sheet, mapping=mapping).sheet_issues
    assert f"The sheet's {column!r} column looks like one" in warning.message


def test_no_optional_hint_when_a_joined_part_is_begun_though_the_column_is_gone(
        tmp_path: Path) -> None:
    """'Description' is missing altogether, which optional would allow, but 'LastName' of
    the joined speakers is missing beside 'FirstName', which optional still refuses."""
    header = [h for h in joined.HEADER if h not in ("Description", "LastName")]
    row = [v for h, v in zip(joined.HEADER, joined.soil(), strict=True)
           if h not in ("Description", "LastName")]
    with pytest.raises(MappingError) as raised:
        validate_file(write_csv(tmp_path, header, [row]), mapping=joined.mapping(tmp_path))
    assert "optional = true" not in str(raised.value)


def test_a_session_taken_over_for_its_room_alone_is_given_to_no_other_row(
        tmp_path: Path) -> None:
    """The venue joined to the rooms: Opening's session is taken over by the row that made
    it, and the Opening newly in the Annex, of the same title and start, is made anew."""
    sandbox = Sandbox()
    alone = venues._with(sandbox, tmp_path, "alone.toml", 'column = "Room"')
    joined = venues._with(sandbox, tmp_path, "joined.toml", 'join = ["Room", "Venue"]')
    sheet = write_csv(tmp_path, venues.HEADER, venues.ROWS)
    assert run_import(sheet, alone, transport=sandbox.transport()).summary()["exit_code"] == 0
    annex = ["Opening", "2027-05-11", "09:00", "10:00", "Town Theatre", "Annex"]
    sheet = write_csv(tmp_path, venues.HEADER, [*venues.ROWS, annex])
    plan = plan_import(sheet, joined, transport=sandbox.transport())
    assert [row.action for row in plan.rows] == ["update", "update", "unchanged", "create"]

