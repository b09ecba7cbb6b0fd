"""Pins for the newest code's edges: a cell `values` leave out told the entry to add (cells and
keys in other case and spacing, a time column the start's values serve), each payload found
by its row and sheet, the way to leave a row out named by leave_out's values, and the
plan's note on one session left in the guide. Invented data."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.support import HEADER, talk
from tests.test_draft_session_headers import tables, write_csv
from tests.test_leave_out import MAPPING, write_mapping, write_talks
from tests.test_load import write_bytes, write_xlsx
from tests.test_sheets import cells

HEAD = 'name = "posters"\nimport_id_prefix = "p:"\n[fields.name]\ncolumn = "title"\n'


def _errors(tmp_path: Path, sheet: str, fields: str) -> list[tuple[int | None, str | None, str]]:
    path = write_bytes(tmp_path, "posters.csv", sheet.encode())
    mapping = write_bytes(tmp_path, "posters.toml", (HEAD + fields).encode())
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.column, i.message) for i in report.issues if i.severity == "error"]


def test_cells_and_keys_in_other_case_and_spacing_are_read_and_the_entry_is_the_cell_trimmed(
    tmp_path: Path,
) -> None:
    """' Wed ' and 'THU ' are read by the keys wed and Thu, so the values serve the column
    and '  fri ' is told the entry to add, written as the cell without its spaces."""
    sheet = "day,title\n Wed ,A\nTHU ,B\n  fri ,C\n"
    errors = _errors(tmp_path, sheet, '[fields.start]\ncolumn = "day"\n'
                     'values = { wed = "2027-05-12", Thu = "2027-05-13" }\n'
                     '[fields.end]\ncolumn = "day"\n')
    assert errors == [(4, "day", "Row 4: 'day' has '  fri ', which the values under "
                                 '[fields.start] leave out: add "fri" = "YYYY-MM-DD" to them, '
                                 "or correct the cell.")]


def test_a_time_column_the_starts_values_serve_is_told_the_time_entry_to_add(
    tmp_path: Path,
) -> None:
    """The start's values read its time column too ('am'): a time they leave out is told an
    HH:MM entry, beside a day they leave out told a YYYY-MM-DD one."""
    sheet = "day,from,to,title\nWed,am,11:00,A\nThu,pm,12:00,B\nFri,10:00,11:00,C\n"
    errors = _errors(tmp_path, sheet, '[fields.start]\ndate_column = "day"\n'
                     'time_column = "from"\n'
                     'values = { Wed = "2027-05-12", Thu = "2027-05-13", am = "09:00" }\n'
                     '[fields.end]\ntime_column = "to"\n')
    assert errors == [
        (3, "from", "Row 3: 'from' has 'pm', which the values under [fields.start] leave "
                    'out: add "pm" = "HH:MM" to them, or correct the cell.'),
        (4, "day", "Row 4: 'day' has 'Fri', which the values under [fields.start] leave "
                   'out: add "Fri" = "YYYY-MM-DD" to them, or correct the cell.')]


def _payloads_shuffled(report: Any) -> list[tuple[str | None, int, str | None]]:
    """Each row's payload read in an order unlike the sheet's (last, first, then the rest),
    as a lookup by row would: each must still be its own row's."""
    rows = list(report.rows)
    order = [rows[-1], rows[0], *rows[1:-1][::-1]]
    return [(row.sheet, row.row, row.payload and row.payload.name) for row in order]


def test_all_tabs_sharing_row_numbers_with_a_one_row_tab_each_payload_is_its_own(
    tmp_path: Path,
) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Day 1": [HEADER, *cells(talk(1)), [], *cells(talk(2), talk(3))],
        "Day 2": [HEADER, *cells(talk(4, Date="5/12/2027"))],
        "Day 3": [HEADER, [], [], *cells(talk(5, Date="5/13/2027"), talk(6, Date="5/13/2027"))],
    })
    report = validate_file(path, sheet=["All"], timezone="America/Chicago")
    assert _payloads_shuffled(report) == [
        ("Day 3", 5, "Talk number 6"), ("Day 1", 2, "Talk number 1"),
        ("Day 3", 4, "Talk number 5"), ("Day 2", 2, "Talk number 4"),
        ("Day 1", 5, "Talk number 3"), ("Day 1", 4, "Talk number 2")]


def test_a_csv_whose_cells_span_lines_each_payload_is_its_own(tmp_path: Path) -> None:
    """Cells spanning lines count as one row each, as a spreadsheet shows them; the blank
    rows between sessions are dropped yet keep their numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(cells(talk(1)))
    out.write("\n")
    writer.writerows(cells(talk(2), talk(3)))
    out.write(",,,,,,,\n")
    writer.writerows(cells(talk(4)))
    path = write_bytes(tmp_path, "talks.csv", out.getvalue().encode())
    report = validate_file(path, timezone="America/Chicago")
    assert [row.row for row in report.rows] == [2, 4, 5, 7]
    assert [(row.row, row.payload and row.payload.description_html)
            for row in reversed(report.rows)] == [
        (row, f"<p>About talk {n}.</p><p>Second paragraph.</p>")
        for row, n in ((7, 4), (5, 3), (4, 2), (2, 1))]


@pytest.mark.parametrize(("values", "offered"), [
    ('["rejected", "Annulé"]', "Annulé"),  # French for cancelled: offered before the first
    ('["Withdrawn", "Cancelled"]', "Cancelled"),  # capitalised as the mapping writes it
    ('["", " Declined "]', "Declined"),  # a blank entry is never the one offered
])
def test_the_cancelled_title_warning_offers_the_leave_out_value_saying_cancelled_else_the_first(
    tmp_path: Path, values: str, offered: str,
) -> None:
    sheet = write_talks(tmp_path / "s.csv", [
        talk(1, **{"Session Title": "CANCELLED: Keynote", "Status": "confirmed"})])
    mapping = write_mapping(tmp_path, MAPPING.replace(
        '["cancelled", " Withdrawn", "rejected"]', values))
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.code, i.message.split("to leave the session out, ")[1].split(" (and run")[0])
            for i in report.issues] == [
        ("cancelled-title", f"write {offered!r} in its 'Status' cell (the mapping's leave_out "
                            "leaves such rows out) or delete the row")]


def test_a_column_headed_submission_title_is_drafted_as_the_title(tmp_path: Path) -> None:
    """Other call-for-papers exports head their titles 'Submission title', the same words
    the draft takes 'Proposal title' by."""
    sheet = write_csv(tmp_path / "sessions.csv", [
        ["ID", "Submission title", "Room", "Start", "End"],
        ["S1", "Testing deep dive", "Main Hall", "2027-05-13 09:00", "2027-05-13 09:45"]])
    assert tables(draft_mapping(sheet).text)["name"] == {"column": '"Submission title"'}
