"""A quote typed inside a quoted CSV cell without being doubled, with no delimiter after it
(`T001,"The "Best" Talk",...`, from a file edited by hand or a script that only wraps each
cell in quotes), ends the quoting there: the cell reads whole but as `The Best" Talk"`. Such a
cell of a column the app shows is a stray-quote error naming the row, the column, the cell
as read and as written, and the cell written right. Cells written right never are."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import ValidationReport, validate_file

HEADER = ("Session ID,Session Title,Date,Time Start,Time End,Room/Location,"
          "Description (Optional),Notes\n")
FINE = "T009,Closing,5/11/2027,4:00 PM,5:00 PM,Hall A,Bye.,\n"


def validated(tmp_path: Path, text: str, delimiter: str = ",") -> ValidationReport:
    path = tmp_path / "programme.csv"
    path.write_text(text.replace(",", delimiter), encoding="utf-8", newline="")
    return validate_file(path, timezone="America/Chicago")


def row_issues(report: ValidationReport) -> list[tuple[object, ...]]:
    return [(i.row, i.column, i.value, i.code, i.severity, i.message)
            for i in report.issues if i.row]


def test_a_quote_written_once_inside_a_quoted_title_is_an_error_naming_the_fix(
    tmp_path: Path,
) -> None:
    text = (HEADER + 'T001,"The "Best" Talk",5/11/2027,9:00 AM,10:00 AM,Hall A,Plain,\n'
            + FINE)
    report = validated(tmp_path, text)
    assert row_issues(report) == [
        (2, "Session Title", 'The Best" Talk"', "stray-quote", "error",
         "Row 2: 'Session Title' (column B) has 'The Best\" Talk\"', written \"The \"Best\" "
         "Talk\" in the file: a double quote inside a cell in double quotes ends its quoting "
         "unless written twice, so the cell lost the first such quote and kept its own "
         "closing one. Write each double quote inside a quoted cell twice (\"\"): "
         "\"The \"\"Best\"\" Talk\"."),
    ]
    assert [p.name for p in report.payloads] == ["Closing"]


def test_a_long_cell_is_quoted_around_its_stray_quote(tmp_path: Path) -> None:
    description = ('"<p>Our keynote, with slides and a recording of the whole session '
                   'afterwards, a panel of the speakers and questions from the room until '
                   'lunch: <a href="https://example.org/keynote">the slides</a></p>"')
    text = (HEADER + f"T001,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall A,{description},\n"
            + FINE)
    assert row_issues(validated(tmp_path, text)) == [
        (2, "Description (Optional)",
         "<p>Our keynote, with slides and a recording of the whole session afterwards, a "
         "panel of the speaker…", "stray-quote", "error",
         "Row 2: 'Description (Optional)' (column G) has '…oom until lunch: <a "
         "href=https://example.org/keyno…', written …oom until lunch: <a "
         "href=\"https://example.org/keyn… in the file: a double quote inside a cell in double "
         "quotes ends its quoting unless written twice, so the cell lost the first such quote "
         "and kept its own closing one. Write each double quote inside a quoted cell twice "
         "(\"\"): …oom until lunch: <a href=\"\"https://example.org/key…."),
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_cells_written_right_are_never_flagged(tmp_path: Path, delimiter: str) -> None:
    text = (HEADER
            + 'T001,"He said ""hi""",5/11/2027,9:00 AM,9:30 AM,Hall A,"Say ""hi""",\n'
            + 'T002,5" screen,5/11/2027,10:00 AM,10:30 AM,Hall A,"<a href=""x"">x</a>",\n'
            + 'T003,"On ""Hamlet""",5/11/2027,11:00 AM,11:30 AM,Hall A,"Line one\n'
            + '""quoted"" line two",\n'
            + 'T004,12" screens,5/11/2027,12:00 PM,12:30 PM,Hall A,Ends 12",Notes "x"\n'
            + FINE)
    assert row_issues(validated(tmp_path, text, delimiter)) == []


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_find_the_stray_quote_too(tmp_path: Path, delimiter: str) -> None:
    text = (HEADER + 'T001,"The "Best" Talk",5/11/2027,9:00 AM,10:00 AM,Hall A,Plain,\n'
            + FINE)
    assert [issue[:5] for issue in row_issues(validated(tmp_path, text, delimiter))] == [
        (2, "Session Title", 'The Best" Talk"', "stray-quote", "error"),
    ]


def test_rows_are_named_as_excel_numbers_them_past_line_breaks_and_other_stray_quotes(
    tmp_path: Path,
) -> None:
    text = ("sep=,\n" + HEADER
            + 'T001,"Intro "A" to B",5/11/2027,9:00 AM,9:30 AM,Hall A,"Two\nlines",\n'
            + 'T002,Fine,5/11/2027,10:00 AM,10:30 AM,Hall A,"Three\nmore\nlines",\n'
            + 'T003,"Pro "C"",5/11/2027,11:00 AM,11:30 AM,Hall A,"Desc",'
            + '"Not "read" here"\n'
            + FINE)
    assert [issue[:5] for issue in row_issues(validated(tmp_path, text))] == [
        (2, "Session Title", 'Intro A" to B"', "stray-quote", "error"),
        (4, "Session Title", 'Pro C""', "stray-quote", "error"),
    ]


def test_a_row_cut_by_the_quote_is_told_as_cut_not_as_a_cell_read_whole(
    tmp_path: Path,
) -> None:
    text = (HEADER + 'T001,"Panel: "Data", live",5/11/2027,9:00 AM,10:00 AM,Hall A,Desc,Note\n'
            + FINE)
    assert [issue[:4] for issue in row_issues(validated(tmp_path, text))] == [
        (2, "Column I", "Note", "extra-cells"),
        (2, "Date", ' live"', "bad-date"),
        (2, "Time Start", "5/11/2027", "bad-time"),
    ]
