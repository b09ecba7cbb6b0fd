"""How planners write a template's row of hints and a cancelled session's title, pinned cell
by cell: each format below reads as a hint ('hh:mm:ss', 'MM/DD/YY', '12-hour clock') and each
value as a session's ('Board meeting', 'hh', '9:00'), and the cancelled-title warning quotes
the words planners put around 'cancelled' and no others."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from importer._hints import format_hint, hint_or_instruction
from importer._layout import cancelled_titles
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_hints_row import HEADER, MAPPING, SESSIONS
from tests.test_load import write_bytes, write_xlsx


def _csv(tmp_path: Path, lines: list[list[str]]) -> Path:
    text = "".join(",".join(f'"{cell}"' if cell else "" for cell in line) + "\n"
                   for line in lines)
    return write_bytes(tmp_path, "program.csv", text.encode())


def _issues(path: Path, tmp_path: Path) -> list[tuple[object, ...]]:
    report = validate_file(path, mapping=_mapping(tmp_path))
    return [(i.row, i.column, i.value, i.code) for i in report.issues if i.row is not None]


@pytest.mark.parametrize("hint", [
    "(HH:MM AM/PM)", "HH:MM (AM/PM)", "hh:mm, am/pm", "hh:mm am", "hh:mm:ss", "DD/MM/YYYY",
    "MM/DD/YY", "dd.mm.yyyy", "yyyy-mm-dd hh:mm", "24-hour clock", "12-hour clock", "24 hours",
    "(24h)", "e.g. hh:mm", "format: hh:mm", "HH:MM"])
def test_a_format_written_as_planners_write_it_is_a_hint(hint: str) -> None:
    assert format_hint(hint)


@pytest.mark.parametrize("value", [
    "9:00", "e.g. 09:00", "TBD", "hh", "D", "yy", "Date (mm/dd)", "Board meeting", "Good day",
    "h:mm a"])
def test_a_value_or_a_single_letter_group_is_no_format_hint(value: str) -> None:
    assert not format_hint(value)


@pytest.mark.parametrize("hint", [
    "optional", "(required)", "Mandatory", "text", "free text", "number", "Yes / No",
    "leave blank if none", "e.g. Keynote", "Example: Hall A", "for example Hall A",
    "ex. Hall A"])
def test_an_instruction_is_a_hint(hint: str) -> None:
    assert hint_or_instruction(hint)


@pytest.mark.parametrize("title", [
    "Text analysis", "Optional: lunch", "Required reading", "Number theory", "TBD"])
def test_a_title_opening_with_an_instructions_word_is_a_value(title: str) -> None:
    assert not hint_or_instruction(title)


@pytest.mark.parametrize("title", ["Text analysis", "Optional: lunch", "Required reading",
                                   "Board meeting"])
def test_a_first_session_with_a_title_of_its_own_is_no_row_of_hints(
        tmp_path: Path, title: str) -> None:
    path = _csv(tmp_path, [HEADER, [title, "(mm/dd/yyyy)", "(hh:mm)", "", ""], *SESSIONS])
    assert {code for *_, code in _issues(path, tmp_path)} == {"bad-date", "bad-time"}


@pytest.mark.parametrize(("first", "column", "value"), [
    (["required", "", "(hh:mm)", "", "Yes/No"], "Start", "(hh:mm)"),
    (["number", "DD/MM/YYYY", "", "", "free text"], "Date", "DD/MM/YYYY"),
    (["Mandatory", "", "", "hh:mm, am/pm", "e.g. Hall A"], "End", "hh:mm, am/pm"),
])
def test_a_row_of_hints_alone_under_a_column_is_skipped(
        tmp_path: Path, first: list[str], column: str, value: str) -> None:
    path = _csv(tmp_path, [HEADER, first, *SESSIONS])
    assert _issues(path, tmp_path) == [(2, column, value, "units-row")]


def test_the_warning_names_one_hint_as_it_and_two_as_them(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = _csv(tmp_path / "one", [HEADER, ["", "", " (hh:mm) ", "", ""], *SESSIONS])
    two = _csv(tmp_path / "two", [HEADER, ["", "", "(hh:mm)", "HH:MM", ""], *SESSIONS])
    messages = [issue.message for path in (one, two)
                for issue in validate_file(path, mapping=_mapping(tmp_path)).issues
                if issue.row is not None]
    assert messages == [
        "Row 2: 'Start' has '(hh:mm)', how the cells under it are written, not a date or a "
        "time: the row reads as a row of hints under the header, not a session, so nothing "
        "is sent for it.",
        "Row 2: 'Start' has '(hh:mm)' and 'End' has 'HH:MM', how the cells under them are "
        "written, not a date or a time: the row reads as a row of hints under the header, "
        "not a session, so nothing is sent for it."]


def _mapping(tmp_path: Path) -> Path:
    path = tmp_path / "hints.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


DAY_2 = [[title, "5/12/2027", *rest] for title, _, *rest in SESSIONS]


def test_a_row_of_hints_on_each_tab_of_a_workbook_is_skipped(tmp_path: Path) -> None:
    hints = ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)", "(hh:mm)", "optional"]
    path = write_xlsx(tmp_path / "program.xlsx", {"Day 1": [HEADER, hints, *SESSIONS],
                                                  "Day 2": [HEADER, hints, *DAY_2]})
    report = validate_file(path, mapping=_mapping(tmp_path), sheet="All")
    assert [(i.column, i.value, i.code) for i in report.issues if i.row is not None] == [
        ("Date", "(mm/dd/yyyy)", "units-row"), ("Date", "(mm/dd/yyyy)", "units-row")]


def test_the_draft_keeps_a_first_row_with_a_value_among_hints(tmp_path: Path) -> None:
    (tmp_path / "hints").mkdir()
    (tmp_path / "session").mkdir()
    hints = _csv(tmp_path / "hints", [HEADER, ["e.g. Keynote", "(mm/dd/yyyy)", "(hh:mm)",
                                               "HH:MM", "optional"], *SESSIONS])
    session = _csv(tmp_path / "session", [HEADER, ["Breakfast", "(mm/dd/yyyy)", "(hh:mm)",
                                                   "HH:MM", "Hall"], *SESSIONS])
    assert draft_mapping(hints).text != draft_mapping(session).text


CANCELLED = ["Keynote — CANCELLED", "Keynote [CANCELLED]", "Cancelled – Keynote",
             "CANCELLED", "ANNULLATO - Workshop", "entfällt: Vortrag", "Vortrag (entfällt)",
             "geannuleerd", "ANULADO: Taller", "Annulée - Atelier", "Keynote -cancelled",
             "CANCELED"]
NOT_CANCELLED = ["Cancelled?", "Not cancelled: Keynote", "Annual meeting", "Null results",
                 "Keynote - Cancelled session", "Cancelled!", "Entfernte Welten"]


def test_the_words_planners_put_around_cancelled_are_read(tmp_path: Path) -> None:
    titles: list[str | None] = [None, *CANCELLED, *NOT_CANCELLED]
    assert cancelled_titles(titles) == list(range(1, len(CANCELLED) + 1))


def test_a_sheet_with_one_stem_word_and_no_cancelled_title_has_none() -> None:
    assert cancelled_titles(["Annual meeting", "Keynote"]) == []


def test_a_cancelled_title_struck_through_is_warned_of_twice(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "program.xlsx", {"Programme": [
        HEADER, ["CANCELLED", "5/11/2027", "9:00", "9:30", "Hall"]]})
    workbook = openpyxl.load_workbook(path)
    workbook["Programme"]["A2"].font = Font(strike=True)
    workbook.save(path)
    assert [(row, code) for row, _, _, code in _issues(path, tmp_path)] == [
        (2, "struck-row"), (2, "cancelled-title")]
