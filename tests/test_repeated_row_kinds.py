"""A session's repeated rows say what they list, from the columns in which they differ: a
paper each (a programme of paper sessions), a speaker each (an export), or nothing (a copy);
columns no field reads are named, with how to list them in the description."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_validate import write_csv

SESSION = ["Session 3A: Networks", "5/11/2027", "9:00 AM", "10:30 AM", "Hall A"]
COLUMNS = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]


def _repeats(tmp_path: Path, extra: list[str], cells: list[list[str]],
             mapping: Path | None = None) -> list[tuple[int, str]]:
    path = write_csv(tmp_path, [*COLUMNS, *extra], [[*SESSION, *own] for own in cells])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.message) for i in report.issues if i.code == "repeated-row"]


@pytest.mark.parametrize(("extra", "cells", "written"), [
    (["Paper Title", "Author"], [["On Graphs", "Ana Ruiz"], ["On Trees", "Bo Li"]],
     "as a programme with a row per paper writes them"),
    (["Speaker", "Affiliation"], [["Ana Ruiz", "Uni A"], ["Bo Li", "Uni B"]],
     "as an export with a row per speaker writes them"),
    (["Notes"], [["room set up at 8"], ["bring slides"]],
     "as a programme with a row per paper or per speaker writes them"),
])
def test_a_repeated_row_says_what_its_differing_columns_list(
        tmp_path: Path, extra: list[str], cells: list[list[str]], written: str) -> None:
    columns = ", ".join(map(repr, extra))
    it = "them" if len(extra) > 1 else "it"
    assert _repeats(tmp_path, extra, cells) == [
        (3, f"Row 3: repeats row 2 in every mapped column ({written}), so the session is sent "
            f"once, from row 2 alone: to list each row's {columns} in its description, add "
            f"{it} to add_columns under [fields.description]."),
    ]


def test_a_row_copied_word_for_word_is_called_a_copy(tmp_path: Path) -> None:
    assert _repeats(tmp_path, ["Paper Title"], [["On Graphs"], ["On Graphs"]]) == [
        (3, "Row 3: repeats row 2 word for word (a copy), so the session is sent once, from "
            "row 2 alone."),
    ]


def test_papers_listed_in_the_description_are_called_papers(tmp_path: Path) -> None:
    mapping = tmp_path / "papers.toml"
    mapping.write_text(
        'name = "papers"\nimport_id_prefix = "papers:"\n[fields.name]\n'
        'column = "Session Title"\n[fields.start]\ndate_column = "Date"\n'
        'time_column = "Time Start"\n[fields.end]\ntime_column = "Time End"\n'
        '[fields.locations]\ncolumn = "Room/Location"\n[fields.description]\n'
        'add_columns = ["Paper Title", "Author"]\n', encoding="utf-8")
    assert _repeats(tmp_path, ["Paper Title", "Author"],
                    [["On Graphs", "Ana Ruiz"], ["On Trees", "Bo Li"]], mapping) == [
        (3, "Row 3: repeats row 2 in every mapped column but 'Paper Title', 'Author' (as a "
            "programme with a row per paper writes them), so the session is sent once, from "
            "row 2, with this row's 'Paper Title', 'Author' added to its description."),
    ]
