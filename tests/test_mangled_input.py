"""Mangled files end in a validation report or one clear error, never an internal one.

The sample sheets are damaged at random (seeded, so a failure replays): bytes inserted,
dropped or flipped, stray quotes, delimiters, line ends, NULs and BOMs, files cut short,
cells of every type scattered over a workbook, blocks merged, formula errors put in cells
whose XML is then damaged. Whatever comes of it must be a
`ValidationReport` or a `GbImportError` (which the CLI prints as one line, exit 2).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from importer.errors import GbImportError, InputError
from importer.validate import validate_file

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"
PIECES = [b",", b";", b"\t", b"|", b'"', b"\r", b"\n", b"\r\n", b"\x00", b"\xff", b"\xe9",
          b"\xef\xbb\xbf", b" ", b"5/11/2027", b"9:00 AM", b"=SUM(A1)", b"<script>", b"''"]
CELLS: list[Any] = [None, "", " ", "\u00a0", "x", 0, -5, 3.5, 1e308, True, "TBA", "=1/0",
                    dt.date(2027, 5, 11), dt.time(9, 30), dt.datetime(2027, 3, 14, 2, 30),
                    dt.timedelta(minutes=90), "5/11/2027", "9:00 AM", "<p>x</p>", "a;;b"]


def mangled_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.4:
            out[pos:pos] = rng.choice(PIECES)
        elif choice < 0.7:
            del out[pos:pos + rng.randint(1, 50)]
        else:
            out[pos:pos + 1] = bytes([rng.randrange(256)])
    if rng.random() < 0.1:
        del out[rng.randrange(len(out) + 1):]
    return bytes(out)


def mangled_workbook(data: bytes, rng: random.Random) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.active
    assert sheet is not None
    for _ in range(rng.randint(1, 40)):
        row, column = rng.randint(1, sheet.max_row + 2), rng.randint(1, sheet.max_column + 1)
        sheet.cell(row, column).value = rng.choice(CELLS)
    if rng.random() < 0.3:
        sheet.merge_cells(start_row=rng.randint(1, 20), start_column=rng.randint(1, 4),
                          end_row=rng.randint(21, 40), end_column=rng.randint(4, 8))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def outcome(path: Path) -> str:
    try:
        validate_file(path, timezone="America/Chicago")
    except GbImportError as error:
        assert "\n" not in str(error) and str(path) in str(error)  # one line, naming the file
        return "error"
    return "report"


@pytest.mark.parametrize("seed", range(3))
def test_mangled_csv(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    originals = [(SAMPLES / name).read_bytes() for name in ("conference.csv", "first-try.csv")]
    seen = set()
    for n in range(60):
        path = tmp_path / f"mangled-{n}.csv"
        path.write_bytes(mangled_bytes(rng.choice(originals), rng))
        seen.add(outcome(path))
    assert "report" in seen  # most damage still leaves a sheet to report on


def unclosed_quote_message(path: Path, row: int) -> str:
    return (f'{path}: row {row} opens a quote (") that is never closed, so every line after '
            "it would be read into one cell of that row; close the quote there (or take it "
            "out) and save the file again.")


@pytest.mark.parametrize("talks", [2, 3000], ids=["small", "past-the-cell-cap"])
def test_a_quote_never_closed_is_refused_naming_its_row(tmp_path: Path, talks: int) -> None:
    """The quote would take every later row into one cell: a small file lost them without a
    word. A big one passes the stdlib reader's default cell cap (131,072 characters), which
    must be left as it was for other readers."""
    lines = ["Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)",
             "Opening,5/11/2027,8:00 AM,9:00 AM,Hall,Doors open",
             'Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,"Welcome']
    lines += [f"Talk {n},5/11/2027,10:00 AM,11:00 AM,Room {n},About {n}" for n in range(talks)]
    path = tmp_path / "talks.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    assert str(caught.value) == unclosed_quote_message(path, row=3)
    assert csv.field_size_limit() == 131_072


def test_a_quote_never_closed_after_a_stray_quote_is_still_refused(tmp_path: Path) -> None:
    """A quote in the middle of an earlier cell ("Doors" open) is read as Excel reads it;
    that must not let a later quote never closed swallow the rows after it."""
    path = tmp_path / "talks.csv"
    path.write_text(
        "Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"
        'Opening,5/11/2027,8:00 AM,9:00 AM,Hall,"Doors" open at 8\n'
        'Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,"Welcome\n'
        "Talk 1,5/11/2027,10:00 AM,11:00 AM,Room 1,About one\n"
        "Talk 2,5/11/2027,11:00 AM,12:00 PM,Room 2,About two\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    assert str(caught.value) == unclosed_quote_message(path, row=3)
    path.write_text(path.read_text(encoding="utf-8").replace('"Welcome', '"Welcome"'),
                    encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [(row.row, row.name) for row in report.rows] == [
        (2, "Opening"), (3, "Keynote"), (4, "Talk 1"), (5, "Talk 2")]
    assert report.rows[0].payload is not None
    assert report.rows[0].payload.description_html == "<p>Doors open at 8</p>"


@pytest.mark.parametrize("seed", range(2))
def test_mangled_workbook(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    original = (SAMPLES / "conference.xlsx").read_bytes()
    seen = set()
    for n in range(15):
        path = tmp_path / f"mangled-{n}.xlsx"
        damaged = mangled_bytes(original, rng) if n % 3 == 0 else mangled_workbook(original, rng)
        path.write_bytes(damaged)
        seen.add(outcome(path))
    assert seen == {"report", "error"}  # flipped zip bytes are refused, edited cells reported


ERROR_TEXTS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]
SHEET_XML = "xl/worksheets/sheet1.xml"


def with_error_cells(data: bytes, rng: random.Random) -> bytes:
    """Cells turned into formula errors as Excel saves them (a few without their `r`), and
    sometimes the sheet's XML cut here and there afterwards."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts[SHEET_XML].decode()
    cells = list(re.finditer(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>.*?</c>)', xml))
    for cell in sorted(rng.sample(cells, rng.randint(1, 12)), key=lambda m: -m.start()):
        reference = f' r="{cell[1]}"' if rng.random() < 0.8 else ""
        error = f'<c{reference} t="e"><f>X()</f><v>{rng.choice(ERROR_TEXTS)}</v></c>'
        xml = xml[:cell.start()] + error + xml[cell.end():]
    if rng.random() < 0.3:
        cut = rng.randrange(len(xml))
        xml = xml[:cut] + xml[cut + rng.randint(1, 30):]
    parts[SHEET_XML] = xml.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, part in parts.items():
            target.writestr(name, part)
    return out.getvalue()


def test_workbook_formula_errors_are_reported_never_read_as_blanks(tmp_path: Path) -> None:
    rng = random.Random(7)
    original = (SAMPLES / "conference.xlsx").read_bytes()
    outcomes = []
    for n in range(40):
        path = tmp_path / f"errors-{n}.xlsx"
        path.write_bytes(with_error_cells(original, rng))
        if outcome(path) == "report":
            report = validate_file(path, timezone="America/Chicago")
            outcomes.append(any(i.code == "formula-error" for i in report.issues))
    # Every sheet still read reports its error cells: none went quietly blank. (Each
    # file here has one in a mapped column of a session row; seeded, so this stays true.)
    assert len(outcomes) >= 20 and all(outcomes)
