"""A template's row of hints under the header, naming no zone: '(hh:mm)' under the start,
'(mm/dd/yyyy)' under the date, 'e.g. Keynote' under the title. validate read it as a session,
with an error on each cell (a date and a time to rewrite), and the draft read its cells as the
sessions'. It is skipped as a row of units is, on CSV and .xlsx alike; a real first session
never is, nor a row only some of whose times cells are hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes, write_xlsx

MAPPING = """\
name = "hints"
timezone = "Europe/London"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""
HEADER = ["Title", "Date", "Start", "End", "Room"]
SESSIONS = [["Welcome", "5/11/2027", "9:00", "9:30", "Hall"],
            ["Keynote", "5/11/2027", "9:30", "10:30", "Hall"]]


def _csv(tmp_path: Path, first: list[str], name: str = "program.csv") -> Path:
    lines = [HEADER, first, *SESSIONS]
    text = "".join(",".join(f'"{cell}"' if cell else "" for cell in line) + "\n"
                   for line in lines)
    return write_bytes(tmp_path, name, text.encode())


def _validate(path: Path, tmp_path: Path) -> tuple[list[tuple[object, ...]], int, int]:
    mapping = tmp_path / "hints.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping)
    return ([(i.row, i.column, i.value, i.code, i.severity, i.message)
             for i in report.issues if i.row is not None], report.rows_read, report.valid)


def test_a_row_of_hints_is_skipped_with_a_units_row_warning(tmp_path: Path) -> None:
    path = _csv(tmp_path, ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "HH:MM", "optional"])
    assert _validate(path, tmp_path) == ([
        (2, "Date", "(mm/dd/yyyy)", "units-row", "warning",
         "Row 2: 'Date' has '(mm/dd/yyyy)', 'Start' has '(hh:mm)' and 'End' has 'HH:MM', "
         "how the cells under them are written, not a date or a time: the row reads as a row "
         "of hints under the header, not a session, so nothing is sent for it.")], 3, 2)


def test_a_row_of_hints_in_a_workbook_is_skipped(tmp_path: Path) -> None:
    hints = ["text", "YYYY-MM-DD", "format: 24h", None, "leave blank if none"]
    path = write_xlsx(tmp_path / "program.xlsx", {"Programme": [HEADER, hints, *SESSIONS]})
    issues, read, valid = _validate(path, tmp_path)
    assert [(row, column, value, code) for row, column, value, code, *_ in issues] == [
        (2, "Date", "YYYY-MM-DD", "units-row")]
    assert (read, valid) == (3, 2)


@pytest.mark.parametrize("first", [
    ["Optional workshop", "5/11/2027", "8:00", "8:45", "optional"],  # a title is a value
    ["required", "5/11/2027", "(hh:mm)", "HH:MM", None],  # so is a date
    ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "10:00", None],  # and a time
    ["Breakfast", "(mm/dd/yyyy)", "(hh:mm)", "HH:MM", None],  # a session's own title
])
def test_a_row_with_a_value_is_no_row_of_hints(tmp_path: Path, first: list[str | None]) -> None:
    issues, _, _ = _validate(_csv(tmp_path, [cell or "" for cell in first]), tmp_path)
    assert "units-row" not in [code for _, _, _, code, *_ in issues]


def test_a_row_of_times_half_hints_keeps_its_errors(tmp_path: Path) -> None:
    path = _csv(tmp_path, ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "10:00", ""])
    issues, _, valid = _validate(path, tmp_path)
    assert {(row, column, code) for row, column, _, code, *_ in issues} >= {
        (2, "Date", "bad-date"), (2, "Start", "bad-time")}
    assert valid == 2


def test_the_draft_reads_the_rows_under_a_row_of_hints(tmp_path: Path) -> None:
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    with_hints = _csv(tmp_path / "with", ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "HH:MM",
                                          "optional"])
    path = tmp_path / "without" / "program.csv"
    path.write_text("".join(",".join(line) + "\n" for line in [HEADER, *SESSIONS]),
                    encoding="utf-8")
    assert draft_mapping(with_hints).text == draft_mapping(path).text


@pytest.mark.parametrize("end", ["optional", "e.g. 09:30", "(optional)"])
def test_an_instruction_under_a_times_column_beside_format_hints_is_a_hint(
        tmp_path: Path, end: str) -> None:
    """'optional' or 'e.g. 09:30' under the end, beside '(mm/dd/yyyy)' and '(hh:mm)': a
    template says so of an end a session may leave blank. The row was read as a session,
    with a bad-date and a bad-time error; it is a row of hints, and the warning quotes the
    cells that tell how their columns are written."""
    path = _csv(tmp_path, ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", end, "optional"])
    assert _validate(path, tmp_path) == ([
        (2, "Date", "(mm/dd/yyyy)", "units-row", "warning",
         "Row 2: 'Date' has '(mm/dd/yyyy)' and 'Start' has '(hh:mm)', how the cells under "
         "them are written, not a date or a time: the row reads as a row of hints under the "
         "header, not a session, so nothing is sent for it.")], 3, 2)


def test_a_row_of_hints_has_no_import_id(tmp_path: Path) -> None:
    """The id column's hint ('required') was read as the skipped row's import id, which a
    report listed beside the sessions' ids ('sheet:required') as if a session had it."""
    mapping = tmp_path / "ids.toml"
    mapping.write_text(MAPPING.replace('timezone = "Europe/London"\n',
                                       'timezone = "Europe/London"\nimport_id_prefix = "sheet:"\n'
                                       '[fields.import_id]\ncolumn = "ID"\n'), encoding="utf-8")
    lines = [["ID", *HEADER], ["required", "e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "HH:MM",
                               "optional"],
             *[[f"S{n}", *row] for n, row in enumerate(SESSIONS, 1)]]
    path = write_bytes(tmp_path, "program.csv",
                       "".join(",".join(line) + "\n" for line in lines).encode())
    report = validate_file(path, mapping=mapping)
    assert [(row.row, row.import_id, row.skipped) for row in report.rows] == [
        (2, None, True), (3, "sheet:S1", False), (4, "sheet:S2", False)]
