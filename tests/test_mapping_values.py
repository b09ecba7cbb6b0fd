"""A mapping written by hand: each value mistake is one line saying where and what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_mapping import MINIMAL, write


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages show mapping paths relative to the current folder


def load_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    return str(caught.value)


# A number or a switch in quotes is refused with the value written as TOML takes it, as the
# settings file refuses rate = "5": read leniently, "45" would be 45 here and an error there.
@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('duration_column = "Length"', 'minutes = "45"',
         'x.toml:8: fields.end.minutes: expected a whole number, got "45"; write it without '
         "quotes: minutes = 45"),
        ('duration_column = "Length"', "minutes = 45.0",
         "x.toml:8: fields.end.minutes: expected a whole number, got 45.0; write it without the "
         "decimal point: minutes = 45"),
        ('duration_column = "Length"', 'until_next = true\nlast_minutes = "30"',
         'x.toml:9: fields.end.last_minutes: expected a whole number, got "30"; write it '
         "without quotes: last_minutes = 30"),
        ('column = "Starts"', 'column = "Starts"\nyear = "2027"',
         'x.toml:7: fields.start.year: expected a whole number, got "2027"; write it without '
         "quotes: year = 2027"),
        ('duration_column = "Length"', 'minutes = "1h"',
         'x.toml:8: fields.end.minutes: expected a whole number, got "1h"; write digits only, '
         "without quotes"),
        ('duration_column = "Length"', 'until_next = "yes"',
         'x.toml:8: fields.end.until_next: expected true or false, got "yes"; write true or '
         "false, without quotes"),
        ('column = "Title"', 'column = "Title"\n[fields.all_day]\ncolumn = "All day"\n'
         'default = "false"',
         'x.toml:7: fields.all_day.default: expected true or false, got "false"; write true or '
         "false, without quotes"),
    ],
    ids=["minutes", "minutes-decimal", "last-minutes", "year", "not-a-number", "until-next",
         "default"],
)
def test_a_number_or_switch_in_quotes_is_refused_with_how_to_write_it(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert load_error(tmp_path, MINIMAL.replace(old, new)) == message


def test_numbers_written_as_toml_numbers_are_read(tmp_path: Path) -> None:
    text = MINIMAL.replace('duration_column = "Length"', "minutes = 45")
    assert load_mapping(write(tmp_path, text)).fields.end.minutes == 45


SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "conference.csv"


def same_name_warnings(mapping: str) -> list[tuple[str, str]]:
    report = validate_file(SAMPLE, mapping=mapping, timezone="America/Chicago")
    return [(issue.code, issue.message) for issue in report.sheet_issues
            if issue.code == "same-name-mapping"]


# A bare name reads the built-in: a cron job's mapping = "guidebook-template" keeps reading
# what it read. The planner who copied the template to ./guidebook-template.toml and edited
# it is told that their file was not read, and how to read it.
def test_a_file_in_the_folder_named_as_a_builtin_is_said_to_be_passed_over(
        tmp_path: Path) -> None:
    template = (SAMPLE.parent.parent / "mappings" / "guidebook-template.toml").read_text(
        encoding="utf-8")
    mine = template.replace('date_order = "month-first"', 'date_order = "day-first"')
    (tmp_path / "guidebook-template.toml").write_text(mine, encoding="utf-8")
    assert load_mapping("guidebook-template").date_order == "month-first"  # the built-in
    assert same_name_warnings("guidebook-template") == [(
        "same-name-mapping",
        "The mapping named 'guidebook-template' read the built-in one, not "
        "guidebook-template.toml in this folder. To read that file, give its path: --mapping "
        "./guidebook-template.toml")]
    assert same_name_warnings("./guidebook-template.toml") == []  # read by path: no doubt


def test_a_builtin_before_the_folder_mappings_file_is_said(tmp_path: Path) -> None:
    (tmp_path / "mappings").mkdir()
    (tmp_path / "mappings" / "guidebook-template.toml").write_text(MINIMAL, encoding="utf-8")
    assert same_name_warnings("guidebook-template") == [(
        "same-name-mapping",
        "The mapping named 'guidebook-template' read the built-in one, not "
        "mappings/guidebook-template.toml in this folder. To read that file, give its path: "
        "--mapping ./mappings/guidebook-template.toml")]


def test_a_bare_name_with_no_other_file_of_its_name_says_nothing() -> None:
    assert same_name_warnings("guidebook-template") == []


# An empty separator joins the cells with nothing between: a course's code in two columns
# ('CS', '117') makes the title 'CS117'. Kept, as it reads as written; the names of a track
# or room cell, which an empty separator could not part, refuse it (test_mapping).
def test_a_title_joined_with_an_empty_separator_runs_the_cells_together(
        tmp_path: Path) -> None:
    text = MINIMAL.replace('column = "Title"', 'join = ["Dept", "Number"]\nseparator = ""')
    sheet = tmp_path / "courses.csv"
    sheet.write_text("Dept,Number,Starts,Length\nCS,117,2027-05-11 09:00,50\n"
                     "MATH,,2027-05-11 10:00,50\n", encoding="utf-8")
    report = validate_file(sheet, mapping=write(tmp_path, text), timezone="UTC")
    assert [(row.issues, row.payload.name if row.payload else None) for row in report.rows] == [
        ((), "CS117"), ((), "MATH")]


# Each value refused names the line its key is written on, as a syntax error names its line:
# under a [table] heading, as a dotted key, inside an inline table, or an entry of values.
def test_each_refused_value_names_the_line_of_its_key(tmp_path: Path) -> None:
    text = '''name = "hand-written"
description = """
timezone = "not this line"
"""
timezone = "Europe/Madird"
fill_down = ["Dya"]
fields.name.column = "Title"
fields.name.optional = true
fields.end = { minutes = "45" }

[fields.start]
column = "Starts"
values = { TBC = "2027-13-01" }

[fields.end_date]
colum = "Last day"
'''
    assert load_error(tmp_path, text) == "\n".join([
        "x.toml:5: timezone: unknown timezone 'Europe/Madird': did you mean 'Europe/Madrid'?",
        "x.toml:7: fields.name: cannot be optional: every session needs it; remove optional "
        "= true",
        "x.toml:9: fields.end.minutes: expected a whole number, got \"45\"; write it without "
        "quotes: minutes = 45",
        "x.toml:15: fields.end_date: missing key 'column'; add it",
        "x.toml:16: fields.end_date: unknown key 'colum'; did you mean 'column'?",
    ])
    for wrong, right in [('timezone = "Europe/Madird"\n', ""),
                         ("fields.name.optional = true\n", ""),
                         ('minutes = "45"', 'time_column = "Ends"'), ("colum =", "column =")]:
        text = text.replace(wrong, right)
    assert load_error(tmp_path, text) == (
        'x.toml:11: fields.start: values has "TBC" = "2027-13-01", which is not a date and '
        "time: correct that entry's value to a date, as YYYY-MM-DD, or a date and time, as "
        "YYYY-MM-DD HH:MM")
    text = text.replace('values = { TBC = "2027-13-01" }\n', "")
    assert load_error(tmp_path, text) == (
        "x.toml:5: fill_down names 'Dya', which no field reads (the mapping reads 'Title', "
        "'Starts', 'Ends', 'Last day'): name a column the mapping reads, as the sheet heads it")
