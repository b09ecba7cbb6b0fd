"""Pins the newest leave_out and row-of-hints messages: which row a marked-out row's warning
names as keeping its session, and where none does; the header the mark is told under; the
cells a row of hints quotes."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import pytest

from importer import validate
from importer.validate import validate_file
from tests.support import HEADER, talk
from tests.test_hints_row import HEADER as HINTS_HEADER
from tests.test_hints_row import MAPPING as HINTS_MAPPING
from tests.test_hints_row import SESSIONS
from tests.test_leave_out import write_mapping, write_talks
from tests.test_load import write_bytes, write_xlsx

KEPT = ("which the mapping's leave_out names, so the row is left out: nothing is sent for "
        "it, and {row} has its id too: that row's session stays, --prune keeps it")
DELETED = ("which the mapping's leave_out names, so the row is left out: nothing is sent for "
           "it, and its session from an earlier run is deleted by --prune; change the cell to "
           "send the session")


def left_out_messages(path: Path, tmp_path: Path, **options: str) -> list[str]:
    report = validate_file(path, mapping=write_mapping(tmp_path), timezone="UTC", **options)
    return [issue.message for issue in report.issues if issue.code == "left-out"]


def test_the_warning_names_the_first_live_row_with_the_id(tmp_path: Path) -> None:
    """A moved talk's new row copied once below it (a repeated row, sent from the first):
    the session is the first row's, which the warning names, not the copy's."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, Status="Cancelled", **{"Session Title": "Old keynote"}),
        talk(1, Status="Confirmed"), talk(1, Status="Confirmed"), talk(2)])
    assert left_out_messages(sheet, tmp_path) == [
        "Row 2: 'Status' has 'Cancelled', " + KEPT.format(row="row 3")]


def test_a_row_marked_out_without_an_id_is_not_kept_by_a_row_without_one(
        tmp_path: Path) -> None:
    """Two rows with a blank id cell share no session: the marked-out one is not told that
    the other keeps its session."""
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, Status="Cancelled", **{"Session ID": ""}),
        talk(2, **{"Session ID": ""}), talk(3)])
    assert left_out_messages(sheet, tmp_path) == ["Row 2: 'Status' has 'Cancelled', " + DELETED]


def test_the_row_keeping_the_session_is_named_with_its_tab(tmp_path: Path) -> None:
    """Read with --sheet All, each tab has a row 3: the warning names the tab of the row
    that keeps the session."""
    columns = [*HEADER, "Status"]

    def line(row: dict[str, str]) -> list[str]:
        return [row.get(column, "") for column in columns]

    path = write_xlsx(tmp_path / "w.xlsx", {
        "Day 1": [columns, line(talk(1, Status="Cancelled")), line(talk(2))],
        "Day 2": [columns, line(talk(3)), line(talk(1, Status="Confirmed"))]})
    assert left_out_messages(path, tmp_path, sheet="All") == [
        "Row 2 of sheet 'Day 1': 'Status' has 'Cancelled', "
        + KEPT.format(row="row 3 of sheet 'Day 2'")]


def test_a_sheet_with_no_row_marked_out_looks_for_no_live_row_by_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding each id's live row walks every row: a sheet whose leave_out column marks
    none out (most nights) gives up before it, as validate's 50,000-row sheets must."""
    def walked(*_: object) -> NoReturn:
        raise AssertionError("each id's live row was looked for")

    monkeypatch.setattr(validate._SheetValidation, "_first_live_row_by_id", walked)
    sheet = write_talks(tmp_path / "s.csv", [talk(n, Status="Confirmed") for n in (1, 2)])
    assert left_out_messages(sheet, tmp_path) == []


def test_the_mark_names_the_column_as_the_sheet_heads_it(tmp_path: Path) -> None:
    """A mapping's leave_out column written 'status' finds the sheet's 'Status': the warning
    tells the planner the cell by the header they see in the sheet."""
    mapping = tmp_path / "lower.toml"
    mapping.write_text(write_mapping(tmp_path).read_text(encoding="utf-8").replace(
        'column = "Status"', 'column = "status"'), encoding="utf-8")
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, **{"Session Title": "CANCELLED: Keynote", "Status": "confirmed"})])
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [issue.code for issue in report.issues] == ["cancelled-title"]
    assert "write 'cancelled' in its 'Status' cell" in report.issues[0].message


def test_a_row_of_hints_quotes_only_the_dates_and_times_read(tmp_path: Path) -> None:
    """A template's unmapped 'Submitted' column hints '(mm/dd/yyyy)' too: the warning quotes
    the date and times the mapping reads, whose cells it would have read as a session's."""
    mapping = tmp_path / "hints.toml"
    mapping.write_text(HINTS_MAPPING, encoding="utf-8")
    lines = [[*HINTS_HEADER, "Submitted"],
             ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "", "optional", "(mm/dd/yyyy)"],
             *[[*row, ""] for row in SESSIONS]]
    path = write_bytes(tmp_path, "program.csv",
                       "".join(",".join(line) + "\n" for line in lines).encode())
    report = validate_file(path, mapping=mapping)
    assert [(issue.row, issue.code, issue.message) for issue in report.issues
            if issue.row is not None] == [
        (2, "units-row", "Row 2: 'Date' has '(mm/dd/yyyy)' and 'Start' has '(hh:mm)', how the "
         "cells under them are written, not a date or a time: the row reads as a row of hints "
         "under the header, not a session, so nothing is sent for it.")]
