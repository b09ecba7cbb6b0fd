"""Property tests of the loader's and validator's promises, on sheets Hypothesis makes.

Bad input stops with an error from importer/errors.py (exit 2, one line, no traceback);
otherwise every non-blank data row appears in the report once, under its row number as
Excel shows it, the counts add up, warnings never block a row, and the same sheet gives
the same report every time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from importer import cli, validate_file
from importer.errors import GbImportError
from importer.mapping import load_mapping
from importer.validate import ValidationReport

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"
TEMPLATE = load_mapping("guidebook-template")
REQUIRED = TEMPLATE.required_columns()
OPTIONAL = [name for name in TEMPLATE.expected_columns() if name not in REQUIRED]

# Repeatable in CI, no example database in the repo, and bounded: the file runs in ~30 s.
PROPERTY = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

GOOD = {
    "Session Title": ["Keynote", "Opening remarks", "Panel: data & policy", "Lunch"],
    "Date": ["4/21/2027", "2027-04-22", "April 23, 2027"],
    "Time Start": ["9:00 AM", "14:30", "10:15 am"],
    "Time End": ["10:00 AM", "15:45", "11:00 am"],
    "Room/Location": ["Hall A", "Room 101; Room 102", "Terrace"],
    "End Date (Optional)": ["", "4/22/2027"],
    "Session ID": ["s1", "s2", "s3", "42"],
    "Description (Optional)": ["A talk.", "<p>Rich <b>text</b></p>"],
    "Schedule Track (Optional)": ["Data", "Policy; Data"],
    "Allow adding to my schedule": ["yes", "no", "TRUE"],
    "Require Registration (Optional)": ["yes", "no"],
    "Limit Capacity (Optional)": ["50", "0"],
    "Allow Waitlist (Optional)": ["yes", "no"],
    "Registration Starts (Optional)": ["4/1/2027 9:00 AM"],
    "Registration Ends (Optional)": ["4/20/2027 5:00 PM"],
}
JUNK = [
    "", " ", "   ", "TBA", "25:00", "2/30/2027", "=1+1", "#REF!", "x" * 3000,
    "<script>alert(1)</script>", "🎉 Party 🎉", "قاعة المؤتمرات", "a\x00b", '"', "O'Neil",
    'say "hi"', "one, two; three\tfour", "line one\nline two", "line\r\nbreak",
]


# Any text a cell may hold (no lone surrogates: no encoding writes them).
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


def _cell(column: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(GOOD[column]), st.sampled_from(JUNK), ANY_TEXT)


@st.composite
def header(draw: st.DrawFn) -> list[str]:
    optional = draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=4))
    return draw(st.permutations([*REQUIRED, *optional]))


@st.composite
def data_row(draw: st.DrawFn, columns: list[str]) -> list[str]:
    kind = draw(st.sampled_from(["full", "full", "full", "blank", "short", "extra", "header"]))
    if kind == "blank":
        return [""] * draw(st.integers(0, len(columns)))
    if kind == "header":  # the header repeated, as on each printed page
        return [draw(st.sampled_from([name, name.upper(), f" {name} "])) for name in columns]
    cells = [draw(_cell(column)) for column in columns]
    if kind == "short":
        cells = cells[:draw(st.integers(1, len(columns)))]
    if kind == "extra":
        cells += draw(st.lists(st.sampled_from(JUNK[1:]), min_size=1, max_size=2))
    return cells


@st.composite
def csv_sheet(draw: st.DrawFn) -> tuple[list[list[str]], int, str, str]:
    """Records as written (a title row or not, the header, the rows), the header's row
    number, the encoding and the delimiter."""
    columns = draw(header())
    title = draw(st.sampled_from([[], [["Summit 2027 programme"]],
                                  [["Summit 2027 programme", "", ""], [""]]]))
    rows = draw(st.lists(data_row(columns), min_size=1, max_size=8))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    return [*title, columns, *rows], len(title) + 1, encoding, delimiter


def _csv_text(records: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(records)
    return out.getvalue()


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@contextmanager
def _scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="gbimport-property-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _filled(cells: list[Any]) -> bool:
    return any(cell is not None and str(cell).strip() for cell in cells)


def _expected_rows(records: list[list[Any]], header_row: int) -> list[int]:
    """Excel's number of every data record with a filled cell (each record is one row)."""
    return [number for number, cells in enumerate(records, start=1)
            if number > header_row and _filled(cells)]


def _check_report(report: ValidationReport, expected_rows: list[int]) -> None:
    numbers = [row.row for row in report.rows]
    assert numbers == expected_rows
    assert report.rows_read == len(expected_rows)
    if report.blocked:
        assert report.valid == 0
    else:
        assert report.rows_read == report.valid + report.with_errors + report.skipped
    for row in report.rows:
        errors = [issue for issue in row.issues if issue.severity == "error"]
        assert row.has_errors == bool(errors)
        if row.skipped:
            assert row.issues, f"row {row.row} skipped without a reason"
        elif not errors:  # warnings never block a row
            assert row.payload is not None


def _validated(path: Path) -> ValidationReport | None:
    """The report, or None when the file stopped with one of the importer's own errors
    (anything else escapes and fails the test)."""
    try:
        report = validate_file(path, timezone="America/Chicago")
    except GbImportError as error:
        event(f"stopped: {type(error).__name__}")  # --hypothesis-show-statistics
        assert path.name in str(error) and "\n" not in str(error).strip(), str(error)
        return None
    event("validated")
    again = validate_file(path, timezone="America/Chicago")
    assert again.to_json() == report.to_json()  # the same report every time, order included
    return report


@PROPERTY
@given(csv_sheet())
def test_a_csv_sheet_reports_every_filled_row_once(sheet: tuple[Any, ...]) -> None:
    records, header_row, encoding, delimiter = sheet
    text = _csv_text(records, delimiter)
    if not _encodable(text, encoding):
        encoding = "utf-8"
    with _scratch() as folder:
        path = folder / "programme.csv"
        path.write_bytes(text.encode(encoding))
        report = _validated(path)
        if report is not None:
            _check_report(report, _expected_rows(records, header_row))


XLSX_VALUES = st.one_of(
    st.sampled_from([junk for junk in JUNK if "\x00" not in junk]),  # Excel holds no NUL
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=12),
    st.integers(-5, 100_000),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
    st.times(),
    st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2028, 12, 31)),
    st.booleans(),
    st.sampled_from(["=1+1", "=A1", '="Hall "&"B"', "=DATE(2027,4,21)", "=1/0"]),
)


@st.composite
def xlsx_cell(draw: st.DrawFn, column: str) -> Any:
    return draw(st.one_of(st.sampled_from(GOOD[column]), XLSX_VALUES))


@st.composite
def xlsx_sheet(draw: st.DrawFn) -> tuple[list[list[Any]], int, bool]:
    columns = draw(header())
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 5)) == 0:
            rows.append([None] * len(columns))
        else:
            rows.append([draw(xlsx_cell(column)) for column in columns])
    title = draw(st.sampled_from([[], [["Summit 2027 programme"]],
                                  [["Summit 2027 programme"], [None]]]))
    return [*title, columns, *rows], len(title) + 1, draw(st.booleans())


def _cache_formula_values(path: Path) -> None:
    """Give every formula the cached value Excel would have saved (openpyxl saves none): a
    number, as a sheet saved by Excel holds one beside each formula."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb"<f>([^<]*)</f><v\s*/>|<f>([^<]*)</f><v></v>",
                          lambda m: b"<f>" + (m[1] or m[2]) + b"</f><v>2</v>", parts[sheet])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)


@PROPERTY
@given(xlsx_sheet())
def test_an_xlsx_sheet_reports_every_filled_row_once(sheet: tuple[Any, ...]) -> None:
    records, header_row, cached = sheet
    book = openpyxl.Workbook()
    for cells in records:
        book.active.append(cells)
    with _scratch() as folder:
        path = folder / "programme.xlsx"
        book.save(path)
        if cached:
            _cache_formula_values(path)
        report = _validated(path)
        if report is not None:
            _check_report(report, _expected_rows(records, header_row))


@st.composite
def corrupted(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with a few bytes flipped, inserted or cut, or truncated."""
    damage = draw(st.sampled_from(["flip", "insert", "cut", "truncate"]))
    at = draw(st.integers(0, len(data) - 1))
    if damage == "truncate":
        return data[:at]
    noise = draw(st.binary(min_size=1, max_size=8))
    if damage == "flip":
        return data[:at] + bytes(b ^ 0xFF for b in noise[:1]) + data[at + 1:]
    if damage == "insert":
        return data[:at] + noise + data[at:]
    return data[:at] + data[at + len(noise):]


def _assert_clean_cli_outcome(path: Path) -> None:
    result = CliRunner().invoke(cli.app, ["validate", str(path), "--timezone", "UTC"])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, result.stderr
        assert path.name in lines[0], result.stderr
    else:
        assert result.exit_code in (0, 1), result.output


@settings(PROPERTY, max_examples=25)
@given(st.data())
def test_a_damaged_sample_xlsx_exits_cleanly(data: st.DataObject) -> None:
    damaged = data.draw(corrupted((SAMPLES / "conference.xlsx").read_bytes()))
    with _scratch() as folder:
        path = folder / "conference.xlsx"
        path.write_bytes(damaged)
        _assert_clean_cli_outcome(path)


@settings(PROPERTY, max_examples=25)
@given(st.data())
def test_a_damaged_sample_csv_exits_cleanly(data: st.DataObject) -> None:
    damaged = data.draw(corrupted((SAMPLES / "conference.csv").read_bytes()))
    with _scratch() as folder:
        path = folder / "conference.csv"
        path.write_bytes(damaged)
        _assert_clean_cli_outcome(path)


@settings(PROPERTY, max_examples=15)
@given(csv_sheet())
def test_gbimport_validate_exits_as_the_report_says(sheet: tuple[Any, ...]) -> None:
    """Exit 2 with one line exactly when the file cannot be validated; else 0 or 1 as the
    report is ok or not."""
    records, _, encoding, delimiter = sheet
    text = _csv_text(records, delimiter)
    with _scratch() as folder:
        path = folder / "programme.csv"
        path.write_bytes(text.encode(encoding if _encodable(text, encoding) else "utf-8"))
        report = _validated(path)
        result = CliRunner().invoke(cli.app, ["validate", str(path), "--timezone",
                                              "America/Chicago"])
        assert result.exit_code == (2 if report is None else 0 if report.ok else 1), (
            result.output)
        _assert_clean_cli_outcome(path)
