"""A programme saved without its header whose first row holds no time, and no cell the rows
under it repeat: a talk's code, its speaker's names and its title. It was taken for the
header, the talk lost, and the mapping (or draft-mapping, 'no field matched a column') told
the sheet lacks every column. A first row shaped in every column as the rows under it, with
a code, a number or sentences no label is written as, is said to be no header, in a TSV, a
CSV or a workbook alike; a header of labels, short or long, in any language, is not."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from importer import validate_file
from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import InputError, MappingError
from importer.mapping import load_mapping
from tests.support import talk, write_sheet
from tests.test_headerless_first_row import FIX, TEMPLATE_COLUMNS
from tests.test_walk_planner7_own_columns import NONE_OF_THE_TEMPLATE

# The first rows of priitlatt/icca10-abstracts schedule.tsv: a code, first and last name and
# title of each talk, a blank row between sessions, and no header.
ICCA_ROWS = [
    ["MON-PLEN-1", "David", "Eelbode", "Transvector algebras in Clifford analysis"],
    ["MON-PLEN-2", "Eckhard", "Hitzer", "Quaternion Domain Fourier Transformation"],
    ["", "", "", ""],
    ["MON-403-1", "Martin", "Reinhardt",
     "Monogenic Signals, Riesz Transform and Quaternions for Image Processing"],
    ["MON-403-2", "Tim", "Raeymaekers",
     "Properties of the Clifford Fourier transform for color image processing"],
]
ICCA_CELLS = ("'MON-PLEN-1', 'David', 'Eelbode', 'Transvector algebras in Clifford analysis'")
USUAL_FIX = "Add a row above it naming each column (Title, Date, Start, End, Room...)."


def _written(tmp_path: Path, rows: list[list[object]], suffix: str) -> Path:
    path = tmp_path / f"schedule{suffix}"
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append([cell if cell != "" else None for cell in row])
        book.save(path)
    else:
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter="\t" if suffix == ".tsv" else ",").writerows(rows)
    return path


def _said(path: Path, cells: str, alike: str, fix: str) -> str:
    where = f"{path}, sheet 'Sheet'" if path.suffix == ".xlsx" else str(path)
    return (f"{where} seems to have no header row: row 1, read as the header, holds {cells}, "
            f"written as the rows under it are ({alike}), not as columns' names: that row is "
            f"a session, and would be lost. {fix}")


@pytest.mark.parametrize("suffix", [".tsv", ".csv", ".xlsx"])
def test_a_first_row_shaped_as_the_talks_under_it_is_said_to_be_no_header(
        tmp_path: Path, suffix: str) -> None:
    path = _written(tmp_path, ICCA_ROWS, suffix)
    said = _said(path, ICCA_CELLS, "'MON-PLEN-1' as 'MON-PLEN-2'",
                 FIX.format(TEMPLATE_COLUMNS))
    with pytest.raises(InputError) as refused:
        validate_file(path)
    assert str(refused.value) == said
    with pytest.raises(InputError) as refused:
        draft_mapping(path)
    assert str(refused.value) == said.replace(FIX.format(TEMPLATE_COLUMNS), USUAL_FIX)


@pytest.mark.parametrize(("command", "fix"), [("validate", FIX.format(TEMPLATE_COLUMNS)),
                                              ("draft-mapping", USUAL_FIX)])
def test_the_commands_say_it_in_one_line(tmp_path: Path, command: str, fix: str) -> None:
    path = _written(tmp_path, ICCA_ROWS, ".tsv")
    result = CliRunner().invoke(app, [command, str(path)])
    assert (result.exit_code, "Traceback" in result.output) == (2, False)
    assert " ".join(result.output.split()) == "error: " + _said(
        path, ICCA_CELLS, "'MON-PLEN-1' as 'MON-PLEN-2'", fix)


def test_a_numbered_workbook_row_of_titles_and_abstracts_is_no_header(tmp_path: Path) -> None:
    """Numbers as a workbook holds them, and two sentences over sentences, are data too."""
    rows: list[list[object]] = [
        [1, "Schur analysis in the quaternionic setting", "Daniel Alpay"],
        [2, "Some functions spaces in the slice hyperholomorphic setting", "Irene Sabadini"],
        [3, "Conformal spin structures", "Pierre Angles"]]
    path = _written(tmp_path, rows, ".xlsx")
    with pytest.raises(InputError) as refused:
        draft_mapping(path)
    assert str(refused.value) == _said(
        path, "'1', 'Schur analysis in the quaternionic setting', 'Daniel Alpay'",
        "'1' as '2'", USUAL_FIX)
    sentences = [[*row[1:], "A talk on " + str(row[1]).lower()] for row in rows]
    path = _written(tmp_path, sentences, ".tsv")
    with pytest.raises(InputError) as refused:
        draft_mapping(path)
    assert str(refused.value) == _said(
        path, "'Schur analysis in the quaternionic setting', 'Daniel Alpay', 'A talk on schur "
        "analysis in the quaternionic setting'",
        "'Schur analysis in the quaternionic setting' as 'Some functions spaces in the slice "
        "hyperholomorphic setting'", USUAL_FIX)


@pytest.mark.parametrize("header", [
    ["Code", "First", "Last", "Title"],  # one-word labels
    ["Kennung", "Vorname", "Nachname", "Vortragstitel"],  # another language
    ["Session code", "First name", "Last name", "Title of the talk as printed"],
    ["Code", "Your first name?", "Your last name?", "What is the title of your talk?"],
    ["Talk 1", "First", "Last", "Title"]])  # a figure, but not shaped as the codes
def test_a_header_of_labels_is_told_the_columns_it_lacks(
        tmp_path: Path, header: list[str]) -> None:
    path = _written(tmp_path, [header, *ICCA_ROWS], ".tsv")
    with pytest.raises(MappingError, match=NONE_OF_THE_TEMPLATE):
        validate_file(path)


@pytest.mark.parametrize("header", [
    ["Kennung", "Vorname", "Nachname", "Vortragstitel"],
    ["Talk 1", "First", "Last", "Title"]])
def test_draft_mapping_drafts_from_a_header_of_labels(
        tmp_path: Path, header: list[str]) -> None:
    path = _written(tmp_path, [header, *ICCA_ROWS], ".tsv")
    assert draft_mapping(path).text.startswith("# Drafted by")


@pytest.mark.parametrize("name", ["conference.csv", "conference.xlsx", "first-try.csv",
                                  "issues.csv"])
def test_the_sample_sheets_read_with_a_mapping_for_other_columns_keep_their_header(
        tmp_path: Path, name: str) -> None:
    """Read with PyConES's mapping, whose columns none of the template's are."""
    path = Path(__file__).parent.parent / "sample_data" / name
    with pytest.raises(MappingError, match="columns the sheet does not have"):
        validate_file(shutil.copy(path, tmp_path / name), mapping=load_mapping("pycones19"))


def test_the_template_read_with_a_mapping_for_other_columns_keeps_its_header(
        tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "template.csv", [talk(n) for n in range(1, 9)])
    with pytest.raises(MappingError, match="columns the sheet does not have"):
        validate_file(path, mapping=load_mapping("pycones19"))
