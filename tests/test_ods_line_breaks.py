"""A LibreOffice .ods cell's line breaks, tabs and runs of spaces, read as the planner typed
them: python-calamine drops `<text:line-break/>` and `<text:tab/>`."""

from __future__ import annotations

from pathlib import Path

from importer.load import load_sheet
from importer.validate import validate_file
from tests.test_load import ods_cell, records, write_ods
from tests.test_validate import CLASSIC


def ods_text_cell(paragraphs: str, *, repeat: int = 1) -> str:
    """A string cell holding `paragraphs` as LibreOffice writes them (`<text:p>` ones)."""
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return ('<table:table-cell office:value-type="string" calcext:value-type="string"'
            f"{repeated}>{paragraphs}</table:table-cell>")


def spanning_down(cell: str, rows: int) -> str:
    return cell.replace("<table:table-cell ",
                        f'<table:table-cell table:number-rows-spanned="{rows}" ', 1)


BROKEN = "<text:p>Speaker: A<text:line-break/>Room: B</text:p>"


def test_line_breaks_tabs_and_spaces_read_in_place_past_repeats_and_merges(
        tmp_path: Path) -> None:
    """Blank columns A and B written as one cell repeated twice, a title row above the
    header, two like rows as one repeated row, a description repeated over two columns and
    one merged down over the row under it, and a covered cell before a broken one: each
    broken cell's text lands in its own place, whole."""
    blanks, covered = ods_cell(repeat=2), "<table:covered-table-cell/>"
    path = write_ods(tmp_path / "s.ods", [
        (1, [blanks, ods_cell("Summer programme")]),
        (1, [blanks, ods_cell("Session Title"), ods_cell("Room"), ods_cell("Description"),
             ods_cell("Notes")]),
        (2, [blanks, ods_cell("Repeat"), ods_cell("Hall"), ods_text_cell(BROKEN),
             ods_cell("n")]),
        (1, [blanks, ods_cell("Tabbed"), ods_cell("Hall"),
             ods_text_cell("<text:p>Slides<text:tab/>PDF</text:p>", repeat=2)]),
        (1, [blanks, ods_cell("Merged"), spanning_down(ods_cell("Lab"), 2),
             spanning_down(ods_text_cell(
                 "<text:p>Bring<text:line-break/>a <text:span>laptop<text:tab/>"
                 "</text:span>and<text:s text:c=\"3\"/>charger</text:p>"), 2),
             ods_cell("m")]),
        (1, [blanks, ods_cell("Under"), covered, covered, ods_text_cell(BROKEN)]),
        (1, [blanks, ods_cell("Paragraphs"), ods_cell("Hall"),
             ods_text_cell("<text:p>one</text:p><text:p>two<text:s/> three</text:p>")]),
    ])
    bring = "Bring\na laptop\tand   charger"
    assert records(load_sheet(path, "Sessions")) == {
        3: ["Repeat", "Hall", "Speaker: A\nRoom: B", "n"],
        4: ["Repeat", "Hall", "Speaker: A\nRoom: B", "n"],
        5: ["Tabbed", "Hall", "Slides\tPDF", "Slides\tPDF"],
        6: ["Merged", "Lab", bring, "m"],
        7: ["Under", "Lab", bring, "Speaker: A\nRoom: B"],
        8: ["Paragraphs", "Hall", "one\ntwo  three", None],
    }


def test_a_line_break_in_a_description_is_a_break_in_the_app(tmp_path: Path) -> None:
    """The words either side of a break typed in a cell are never run together: the
    description's text becomes a line break in its HTML."""
    header = [ods_cell(name) for name in CLASSIC]
    session = [ods_cell("Keynote"), ods_cell("5/11/2027"), ods_cell("9:00 AM"),
               ods_cell("10:00 AM"), ods_cell("Hall"), ods_cell(),
               ods_text_cell(BROKEN)]
    path = write_ods(tmp_path / "s.ods", [(1, header), (1, session)])
    report = validate_file(path, sheet="Sessions", timezone="UTC")
    assert [payload.description_html for payload in report.payloads] == [
        "<p>Speaker: A<br>Room: B</p>"]


def test_runs_of_spaces_and_paragraphs_alone_are_read_as_calamine_reads_them(
        tmp_path: Path) -> None:
    """Without a line break or a tab in the file, its cells are calamine's own: a run of
    spaces (`<text:s/>`) and a second paragraph it reads already."""
    path = write_ods(tmp_path / "s.ods", [
        (1, [ods_cell("Session Title"), ods_cell("Description")]),
        (1, [ods_cell("Spaced"), ods_text_cell(
            '<text:p>a<text:s text:c="3"/>b</text:p><text:p>c</text:p>')]),
    ])
    assert records(load_sheet(path, "Sessions")) == {2: ["Spaced", "a   b\nc"]}
