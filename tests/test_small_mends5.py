"""Small mends: a date spaced after its dots ('1. 2. 2027') ruled as the dotted date it is;
German adverbs of the parts of the day ('nachmittags') in a time cell told as their nouns
are; a lunch word with its time in a time cell ('Lunch 12:30') told to part them; a tab
given to validate given again in the draft-mapping command it suggests; draft-mapping's
title taken from a timetable's 'Course' and a club's fixtures' 'Opponent'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.convert import CellError, DateOrder, parse_date
from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.validate import validate_file
from tests.support import talk, write_sheet
from tests.test_load import write_xlsx
from tests.test_validate import write_csv


@pytest.mark.parametrize("written", ["1.2.2027", "1. 2. 2027"])
def test_a_spaced_dotted_date_under_a_month_first_mapping_stops_the_sheet(
        tmp_path: Path, written: str) -> None:
    """'1. 2. 2027', as Czech and Slovak write a date, was read as 1 February without a word
    under Guidebook's month-first template, where '1.2.2027' stops the sheet."""
    sheet = write_sheet(tmp_path / "s.csv", [talk(1, Date=written), talk(2)])
    report = validate_file(sheet, timezone="Europe/Prague")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [(
        None, "Date", "ambiguous-date-order",
        f"'Date' writes dates with dots (e.g. {written!r} on row 2), which are day-first "
        "wherever they are used, but the mapping reads dates month-first. Set "
        'date_order = "day-first" in the mapping, or write dates as 2027-05-11.')]


def reading(text: str, order: DateOrder) -> dt.date | tuple[str, str]:
    """The date a cell reads as, or the code and hint it is refused with."""
    try:
        return parse_date(text, order)
    except CellError as error:
        return error.code, error.hint


@pytest.mark.parametrize("order", ["month-first", "day-first"])
def test_a_spaced_dotted_date_is_read_as_the_dotted_one(order: DateOrder) -> None:
    """Per cell too: '13. 5. 2027' read month-first was 13 May where '13.5.2027' is only
    a valid date read day-first."""
    days = ["13. 5. 2027", "1. 2. 2027", "1. 12.2027"]
    assert [reading(day, order) for day in days] == [
        reading(day.replace(" ", ""), order) for day in days]
    assert reading("1. 2. 2027", "day-first") == dt.date(2027, 2, 1)


def test_a_draft_of_spaced_dotted_dates_reads_them_day_first(tmp_path: Path) -> None:
    """Every date here reads both ways; written with dots, they are day-first."""
    sheet = write_csv(tmp_path, ["Den", "Od", "Do", "Název", "Místnost"], [
        ["1. 2. 2027", "10:00", "12:00", "Zahájení", "Aula"],
        ["2. 2. 2027", "9:00", "9:45", "Závěr", "Aula"]], name="program.csv")
    draft = draft_mapping(sheet)
    assert 'date_order = "day-first"' in draft.text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Zahájení", "2027-02-01T10:00:00+00:00"), ("Závěr", "2027-02-02T09:00:00+00:00")]


def time_start_messages(tmp_path: Path, cells: list[str]) -> list[tuple[int | None, str, str]]:
    """The issues of a template sheet whose rows' starts are `cells`, from row 2 on."""
    rows = [talk(number, **{"Time Start": cell}) for number, cell in enumerate(cells, 1)]
    report = validate_file(write_sheet(tmp_path / "s.csv", rows), timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues]


def test_german_adverbs_of_the_parts_of_the_day_are_told_as_their_nouns(
        tmp_path: Path) -> None:
    """'nachmittags' was 'not a time: write the time like 10:00 AM', where 'Nachmittag' is
    told as a part of the day with a clock time in it."""
    cells = ["nachmittags", "Abends", "mittags", "Vormittags", "morgens", "Nachmittag"]
    examples = ["14:00", "18:00", "12:30", "9:00", "9:00", "14:00"]
    assert time_start_messages(tmp_path, cells) == [
        (row, "bad-time", f"Row {row}: 'Time Start' has {cell!r}, a part of the day, not a "
         f"time: the session needs a clock time, like {example}.")
        for row, cell, example in zip(range(2, 8), cells, examples, strict=True)]


def test_a_lunch_word_with_its_time_is_told_to_go_in_the_title(tmp_path: Path) -> None:
    """'Lunch 12:30' in a time cell was 'not a time: write the time like 10:00 AM', as if
    the time in it were not there."""
    cells = ["Mittagspause 12:30", "Lunch 12:30", "Almoço 12h30", "12:30 Lunch", "Lunch: 1 PM",
             "Lunch 12:30-13:30", "Lunch with the team 12:30"]
    told = [(2, "Mittagspause", "12:30"), (3, "Lunch", "12:30"), (4, "Almoço", "12h30"),
            (5, "Lunch", "12:30"), (6, "Lunch", "1 PM")]
    assert time_start_messages(tmp_path, cells) == [
        *((row, "bad-time", f"Row {row}: 'Time Start' has {cells[row - 2]!r}, a time and a "
           f"title in one cell: write the time, {time}, here, and {word!r} as the session's "
           "title, in its own column.") for row, word, time in told),
        (7, "bad-time", "Row 7: 'Time Start' has 'Lunch 12:30-13:30', which is not a time: "
         "write the time like 10:00 AM, 10am or 14:30."),
        (8, "bad-time", "Row 8: 'Time Start' has 'Lunch with the team 12:30', which is not a "
         "time: write the time like 10:00 AM, 10am or 14:30.")]


OWN_COLUMNS = [["Day", "From", "To", "Talk", "Where"],
               ["5/11/2027", "9am", "9:45", "Welcome", "Hall"]]


@pytest.mark.parametrize(("given", "options"), [
    ("Day 1", '--sheet "Day 1" '), (1, "--sheet 1 "), (["Day 1", "Day 2"],
                                                       '--sheet "Day 1" --sheet "Day 2" '),
    (["all"], "--sheet all "), (None, "")])
def test_the_draft_mapping_command_names_the_tab_validate_was_given(
        tmp_path: Path, given: str | int | list[str] | None, options: str) -> None:
    """A workbook opening on a notes tab, the programme on the tabs after it: validate
    --sheet 'Day 1' led to 'gbimport draft-mapping FILE -o my-mapping.toml', which drafts
    from the first tab holding data, the notes."""
    book = write_xlsx(tmp_path / "programme.xlsx", {
        "Notes": [["Rooms are booked; badges at the desk."]],
        "Day 1": OWN_COLUMNS, "Day 2": OWN_COLUMNS})
    with pytest.raises(MappingError) as refused:
        validate_file(book, sheet=given)
    assert (f"draft a mapping from them: gbimport draft-mapping {book} {options}-o "
            "my-mapping.toml, then") in str(refused.value)


def fields_name(tmp_path: Path, header: list[str], rows: list[list[str]]) -> str:
    """The [fields.name] table of the draft of a sheet."""
    text = draft_mapping(write_csv(tmp_path, header, rows)).text
    return text.split("[fields.name]\n", 1)[1].split("\n\n", 1)[0]


@pytest.mark.parametrize("course", ["Course", "Kurs", "Cours", "Curso", "Lecture"])
def test_a_timetables_course_is_its_title(tmp_path: Path, course: str) -> None:
    """A timetable headed 'Course' beside Day/Start/End/Room left the title to fill in."""
    header = ["Day", "Start", "End", course, "Room"]
    rows = [["2027-05-11", "9:00", "10:30", "Linear Algebra", "B12"],
            ["2027-05-11", "11:00", "12:30", "Organic Chemistry", "C3"]]
    assert fields_name(tmp_path, header, rows) == f'column = "{course}"'
    codes = [[*row[:3], code, row[4]] for row, code in zip(rows, ["CS101", "ME"], strict=True)]
    assert fields_name(tmp_path, header, codes).endswith('column = "FILL IN"')  # no names
    # A column headed as the title goes first, the course offered in its place.
    assert fields_name(tmp_path, ["Title", *header], [["Exam", *row] for row in rows]) == (
        f'# {course!r} could be meant too: put it here instead if so\ncolumn = "Title"')


FIXTURES = [["2027-05-11", "15:00", "U12", "Rovers FC", "Home"],
            ["2027-05-18", "15:00", "U14", "City United", "Away"]]


@pytest.mark.parametrize(("team", "opponent"), [
    ("Team", "Opponent"), ("Mannschaft", "Gegner"), ("Équipe", "Adversaire"),
    ("Equipo", "Rival")])
def test_a_clubs_fixtures_title_each_game_by_its_team_and_opponent(
        tmp_path: Path, team: str, opponent: str) -> None:
    """A club's fixtures headed 'Opponent' (with Date/Time/Venue) left the title to fill in."""
    header = ["Date", "Time", team, opponent, "Venue"]
    assert fields_name(tmp_path, header, FIXTURES) == (
        "# no title column: each row's teams joined ('U12 vs Rovers FC')\n"
        f'join = ["{team}", "{opponent}"]\nseparator = " vs "')
    alone = [row[:2] + row[3:] for row in FIXTURES]
    assert fields_name(tmp_path, ["Date", "Time", opponent, "Venue"], alone) == (
        f'column = "{opponent}"')
