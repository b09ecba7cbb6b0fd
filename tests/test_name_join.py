"""A title made of two or more columns: a fixtures list's `Home` and `Away` ('Russia vs Saudi
Arabia'), a course's `Code` and `Course name`. `[fields.name]` takes `join`, with an optional
`separator` (a space unless given), in place of `column`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.validate import validate_file
from tests.test_validate import write_csv

MAPPING = """name = "fixtures"
timezone = "Europe/Moscow"
{id}
[fields.name]
{name}
[fields.start]
date_column = "Date"
time_column = "Kick-off"
[fields.end]
minutes = 105
[fields.locations]
column = "Stadium"
"""
ID = '[fields.import_id]\ncolumn = "Match"'
VS = 'join = ["Home", "Away"]\nseparator = " vs "'
HEADER = ["Match", "Home", "Away", "Date", "Kick-off", "Stadium"]


def mapping(tmp_path: Path, name: str = VS, import_id: str = ID) -> Path:
    path = tmp_path / "fixtures.toml"
    path.write_text(MAPPING.format(name=name, id=import_id), encoding="utf-8")
    return path


def match(mid: str, home: str, away: str, kick_off: str = "18:00") -> list[str]:
    return [mid, home, away, "2018-06-14", kick_off, "Luzhniki"]


def titles_and_issues(report: Any) -> tuple[list[Any], list[tuple[Any, ...]]]:
    return ([(p.import_id, p.name) for p in report.payloads],
            [(i.row, i.column, i.code, i.message) for i in report.issues])


def test_each_rows_cells_are_joined_in_order_a_blank_one_left_out(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [match("1", "Russia", "Saudi Arabia"),
                                         match("2", "Egypt", "", "15:00"),
                                         match("3", "", "Uruguay", "12:00"),
                                         match("4", "Russia", "Saudi Arabia", "21:00")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert titles_and_issues(report) == ([("1", "Russia vs Saudi Arabia"), ("2", "Egypt"),
                                          ("3", "Uruguay"), ("4", "Russia vs Saudi Arabia")],
                                         [])


def test_the_separator_is_a_space_unless_given(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [match("1", "CS117", "Computer  Vision")])
    report = validate_file(sheet, mapping=mapping(tmp_path, 'join = ["Home", "Away"]'))
    assert titles_and_issues(report) == ([("1", "CS117 Computer Vision")], [])


def test_a_row_blank_in_every_joined_column_is_missing_its_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [match("1", "", ""), match("2", "Egypt", "Uruguay")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert titles_and_issues(report) == ([("2", "Egypt vs Uruguay")], [
        (2, "Home", "missing-required",
         "Row 2: 'Home' and 'Away' are both empty; every session needs a title, made of their "
         "cells joined. Fill in one of them.")])


def test_tags_in_a_joined_cell_are_taken_out_and_said_in_its_column(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [match("1", "<b>Russia</b>", "Saudi Arabia")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert [(p.name) for p in report.payloads] == ["Russia vs Saudi Arabia"]
    assert [(i.row, i.column, i.code) for i in report.issues] == [(2, "Home", "html-in-title")]


def test_a_derived_id_is_made_from_the_joined_title(tmp_path: Path) -> None:
    """Two matches at one stadium and hour on two dates' sheets would share an id made from
    the first column alone; made from the joined title, two matches at one hour differ."""
    header = HEADER[1:]
    sheet = write_csv(tmp_path, header, [match("1", "Russia", "Saudi Arabia")[1:],
                                         match("2", "Russia", "Egypt")[1:]])
    joined = validate_file(sheet, mapping=mapping(tmp_path, import_id=""))
    alone = validate_file(sheet, mapping=mapping(tmp_path, 'column = "Home"', import_id=""))
    assert [i.code for i in joined.issues if i.severity == "error"] == []
    ids = [p.import_id for p in joined.payloads]
    assert len(set(ids)) == 2
    assert ids != [p.import_id for p in alone.payloads]
    retitled = write_csv(tmp_path, ["Title", *header[2:]],
                         [["Russia vs Saudi Arabia", *match("1", "", "")[3:]],
                          ["Russia vs Egypt", *match("2", "", "")[3:]]], name="t.csv")
    typed = validate_file(retitled, mapping=mapping(tmp_path, 'column = "Title"',
                                                    import_id=""))
    assert [p.import_id for p in typed.payloads] == ids


@pytest.mark.parametrize(("name", "message"), [
    ('join = ["Home"]', '["Home"] names one column: name the columns whose cells make the '
     'title, as join = ["Home", "Away"], or read the title alone with column = "Home"'),
    ("join = []", "give either column (the title) or join, the columns whose cells make the "
     'title, as join = ["Home", "Away"]'),
    ('column = "Home"\njoin = ["Home", "Away"]', "give either column (the title) or join, the "
     'columns whose cells make the title, as join = ["Home", "Away"]'),
    ('join = ["Home", "Away"]\nfallback_column = "Stadium"', "fallback_column is for a title "
     "read from one column: with join, a row is given a title by any of the columns joined"),
])
def test_a_join_the_mapping_cannot_read_is_refused(tmp_path: Path, name: str,
                                                    message: str) -> None:
    sheet = write_csv(tmp_path, HEADER, [match("1", "Russia", "Saudi Arabia")])
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping(tmp_path, name))
    assert message in str(caught.value)


def test_a_joined_column_the_sheet_lacks_is_named(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Match", "Home", "Guest", "Date", "Kick-off", "Stadium"],
                      [match("1", "Russia", "Saudi Arabia")])
    with pytest.raises(MappingError) as caught:
        validate_file(sheet, mapping=mapping(tmp_path))
    assert "fields.name needs column 'Away', which the sheet does not have" in str(
        caught.value)


def _fixtures(tmp_path: Path, home: str = "Home", away: str = "Away",
              title: bool = False) -> Path:
    header = [home, away, "Date", "Start", "End", "Stadium"] + (["Title"] if title else [])
    rows = [["Russia", "Saudi Arabia", "2018-06-14", "18:00", "19:45", "Luzhniki"],
            ["Egypt", "Uruguay", "2018-06-15", "17:00", "18:45", "Ekaterinburg Arena"]]
    return write_csv(tmp_path, header, [r + (["Opening match"] if title else []) for r in rows])


def _name_table(text: str) -> list[str]:
    return ["[fields.name]", *text.split("[fields.name]\n", 1)[1].split("\n\n", 1)[0].splitlines()]


@pytest.mark.parametrize(("home", "away"), [("home", "away"), ("Home team", "Away team"),
                                            ("Heim", "Gast"), ("Team 1", "Team 2")])
def test_a_fixtures_list_with_no_title_is_drafted_with_its_teams_joined(
        tmp_path: Path, home: str, away: str) -> None:
    path = _fixtures(tmp_path, home, away)
    draft = draft_mapping(path)
    assert (_name_table(draft.text), draft.missing, draft.joined) == (
        ["[fields.name]", "# no title column: each row's teams joined ('Russia vs Saudi Arabia')",
         f'join = ["{home}", "{away}"]', 'separator = " vs "'], [], {"name": [home, away]})
    drafted = tmp_path / "drafted.toml"
    drafted.write_text(draft.text, encoding="utf-8")
    report = validate_file(path, mapping=drafted)
    assert [p.name for p in report.payloads] == ["Russia vs Saudi Arabia", "Egypt vs Uruguay"]


def test_a_title_column_beside_the_teams_is_drafted_as_the_title(tmp_path: Path) -> None:
    draft = draft_mapping(_fixtures(tmp_path, title=True))
    assert _name_table(draft.text)[-1] == 'column = "Title"'
    assert "name" not in draft.joined
