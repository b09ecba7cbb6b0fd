"""Slashed time ranges in more forms, `values` entries checked as the mapping loads, a
setting written under a field's table, and leave_out's notes naming a marked row: the cases
the tests next to each change left open. Invented data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.convert import parse_time_range
from importer.errors import MappingError
from importer.mapping import load_mapping
from tests.support import talk
from tests.test_leave_out import sandbox_with, write_talks
from tests.test_load import write_bytes
from tests.test_mapping import MINIMAL, write

T = dt.time


@pytest.mark.parametrize(("cell", "expected"), [
    ("9.30/10.30", (T(9, 30), T(10, 30))), ("9.30 / 10.30", (T(9, 30), T(10, 30))),
    ("9am / 11am", (T(9), T(11))), ("10am/noon", (T(10), T(12))),
    ("2 PM / 3:30 PM", (T(14), T(15, 30))),
])
def test_a_slash_after_dotted_minutes_or_am_pm_joins_a_range(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """Dotted minutes (9.30) and am/pm followed by a spaced slash are ranges, as 09:30/12:29."""
    assert parse_time_range(cell) == expected


HEAD = ('name = "posters"\n[fields.name]\ncolumn = "title"\n[fields.start]\ncolumn = "day"\n'
        '[fields.end]\nminutes = 30\n')


@pytest.mark.parametrize("entries", [
    '[fields.allow_rating]\ncolumn = "rate"\nvalues = { "-" = "", Ja = "yes" }\n',
    '[fields.rank]\ncolumn = "rank"\nvalues = { "-" = "", first = " 1 " }\n',
    '[fields.max_capacity]\ncolumn = "seats"\nvalues = { "-" = "" }\n',
])
def test_an_entry_giving_a_blank_cell_loads(tmp_path: Path, entries: str) -> None:
    """"-" = "" reads the cell as blank; a value in spaces reads as its text."""
    mapping = load_mapping(write_bytes(tmp_path, "m.toml", (HEAD + entries).encode()))
    assert "-" in mapping.fields.model_dump()[entries.split(".")[1].split("]")[0]]["values"]


@pytest.mark.parametrize("key", ["all_day", "waitlist", "add_to_schedule", "require_login"])
def test_every_yes_no_fields_entry_that_does_not_read_is_refused(tmp_path: Path,
                                                                 key: str) -> None:
    text = HEAD + f'[fields.{key}]\ncolumn = "x"\nvalues = {{ Vielleicht = "perhaps" }}\n'
    with pytest.raises(MappingError) as caught:
        load_mapping(write_bytes(tmp_path, "m.toml", text.encode()))
    assert str(caught.value).replace(f"{tmp_path}/", "") == (
        f'm.toml:10: fields.{key}: values has "Vielleicht" = "perhaps", which is not yes or no: '
        "correct that entry's value; write yes or no (also y/n, true/false, 1/0, or x for yes), "
        "or the same in French, German, Spanish, Italian, Portuguese or Dutch")


@pytest.mark.parametrize(("extra", "message"), [
    # 'name' is the mapping's and a field's: under a field's table it is that table's key.
    ('[fields.rank]\ncolumn = "Rank"\nname = "x"\n',
     "x.toml:11: fields.rank: unknown key 'name'; known keys: optional, values, column"),
    ('[fields.rank]\ncolumn = "Rank"\n[fields.rank.fields]\n',
     "x.toml:11: fields.rank: unknown key 'fields'; known keys: optional, values, column"),
])
def test_a_key_naming_a_field_under_a_fields_table_is_not_told_to_move(
        tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, MINIMAL + extra))
    assert str(caught.value).replace(f"{tmp_path}/", "") == message


def test_the_note_names_the_first_of_the_rows_marking_one_session_out(tmp_path: Path) -> None:
    """Two rows marked out under one id: the note names the first, where the planner looks."""
    sandbox = sandbox_with(tmp_path)
    sheet = tmp_path / "s.csv"
    talks = [talk(n, Status="Confirmed") for n in range(1, 21)]
    sandbox.run(write_talks(sheet, talks))
    talks[4]["Status"] = "Cancelled"
    talks.append({**talks[4], "Status": "Withdrawn"})
    report = sandbox.run(write_talks(sheet, talks))
    assert [note for note in report.notes if "T005" in note] == [
        "1 session is in the guide with this sheet's ids in a row marked out by leave_out: "
        "'Talk number 5' (sheet:T005, row 6); it stays unless you run with --prune"]
