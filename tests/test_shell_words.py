"""Commands printed for the planner to copy work as pasted in Windows' cmd too: cmd takes no
single quotes, so `gbimport validate 'My Programme.xlsx'` was 'file not found' there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer._shell_words import shell_line, shell_word
from importer.cli import app
from importer.draft import draft_mapping
from importer.runner import publish_command
from tests.test_load import write_xlsx

HEADER = ["Session", "Date", "Start", "End", "Room"]


@pytest.mark.parametrize(("text", "word"), [
    ("programme.xlsx", "programme.xlsx"),
    ("My Programme.xlsx", '"My Programme.xlsx"'),
    ("Women's Day.xlsx", '"Women\'s Day.xlsx"'),
    ("Día 3", '"Día 3"'),
    ("", '""'),
    ("Budget $5 talks.xlsx", "'Budget $5 talks.xlsx'"),
    ("100% Day.xlsx", "'100% Day.xlsx'"),
    (r"C:\Users\me\My Programme.xlsx", r'"C:\Users\me\My Programme.xlsx"'),
    ("Women's Day $.xlsx", "'Women'\"'\"'s Day $.xlsx'"),
])
def test_a_word_is_bare_else_double_quoted_else_posix_quoted(text: str, word: str) -> None:
    assert shell_word(text) == word


def test_a_line_quotes_each_word() -> None:
    assert shell_line(["gbimport", "validate", "My Programme.xlsx", "--sheet", "Day 3"]) == (
        'gbimport validate "My Programme.xlsx" --sheet "Day 3"')


def test_a_drafts_printed_check_is_double_quoted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the file named as the planner names it, in its folder
    path = write_xlsx(Path("Women's Day.xlsx"), {
        "Day 3": [HEADER, ["Keynote", dt.date(2027, 3, 8), dt.time(9), dt.time(10), "Hall"]]})
    draft = draft_mapping(path, "Day 3")
    assert draft.text.splitlines()[1] == (
        "# Read it through, then check it: gbimport validate \"Women's Day.xlsx\" --mapping "
        '<this file> --sheet "Day 3"')
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "--sheet", "Day 3",
                                    "-o", "my mapping.toml"])
    assert (done.exit_code, done.stderr.splitlines()[-1]) == (0, (
        "Then check it: gbimport validate \"Women's Day.xlsx\" --mapping \"my mapping.toml\" "
        '--sheet "Day 3"'))


def test_the_command_to_publish_is_double_quoted() -> None:
    assert publish_command(1, "Day 3 talks.csv", config="event settings.toml") == (
        'gbimport publish "Day 3 talks.csv" --guide 1 --config "event settings.toml"')
