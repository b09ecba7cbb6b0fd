"""Small mends: a file whose name starts with '-' is printed as './-sched.xlsx' in the
commands given to copy (bare, the pasted command took it for an option: "No such option");
a word refused as yes or no is told that yes and no in other languages are read too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer._mapping_bind import draft_hint
from importer._shell_words import shell_path
from importer.cli import app
from importer.draft import draft_mapping
from importer.runner import publish_command
from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_shell_words import HEADER
from tests.test_validate import CLASSIC, write_csv
from tests.test_walk_planner8_drafted_mapping_here import MAPPING, REFUSED, _refusal, _sheet


@pytest.mark.parametrize(("path", "word"), [
    ("-sched.xlsx", "./-sched.xlsx"),
    ("-Day 3.xlsx", '"./-Day 3.xlsx"'),
    ("sched-1.xlsx", "sched-1.xlsx"),
    ("/data/-sched.xlsx", "/data/-sched.xlsx"),
])
def test_a_path_is_never_printed_as_an_option(path: str, word: str) -> None:
    assert shell_path(path) == word


def test_a_drafts_printed_check_names_a_dash_file_by_its_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write_xlsx(Path("-sched.xlsx"), {
        "Day 3": [HEADER, ["Keynote", dt.date(2027, 3, 8), dt.time(9), dt.time(10), "Hall"]]})
    draft = draft_mapping(path, "Day 3")
    assert draft.text.splitlines()[1] == (
        "# Read it through, then check it: gbimport validate ./-sched.xlsx --mapping "
        '<this file> --sheet "Day 3"')
    done = CliRunner().invoke(app, ["draft-mapping", "./-sched.xlsx", "--sheet", "Day 3",
                                    "-o", "./-mine.toml"])
    assert (done.exit_code, done.stderr.splitlines()[-1]) == (0, (
        'Then check it: gbimport validate ./-sched.xlsx --mapping ./-mine.toml --sheet "Day 3"'))


def test_the_command_to_publish_names_dash_files_by_their_folder() -> None:
    assert publish_command(1, "-talks.csv", config="-settings.toml") == (
        "gbimport publish ./-talks.csv --guide 1 --config ./-settings.toml")


def test_the_draft_offered_names_a_dash_sheet_by_its_folder() -> None:
    assert draft_hint("-talks.csv", ["Day 3"]) == (
        "; or, for a sheet laid out another way, draft a mapping from its own columns: "
        'gbimport draft-mapping ./-talks.csv --sheet "Day 3" -o my-mapping.toml')


def test_a_dash_mapping_beside_the_sheet_is_named_by_its_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    (tmp_path / "-mine.toml").write_text(MAPPING, encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mapping ./-mine.toml reads them: give --mapping "
        "./-mine.toml to each command.")


def test_a_word_refused_as_yes_or_no_is_told_other_languages_are_read(tmp_path: Path) -> None:
    """'peut-être' was told only English words, as if 'oui'/'non' needed rewriting."""
    column = "Allow adding to my schedule"
    sheet = write_csv(tmp_path, [*CLASSIC[:5], column], [
        ["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "peut-être"],
        ["Panel", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", "2"]])
    report = validate_file(sheet, timezone="UTC")
    assert [(i.row, i.column, i.message) for i in report.issues if i.code == "bad-boolean"] == [
        (2, column, f"Row 2: '{column}' has 'peut-être', which is not yes or no: write yes "
         "or no (also y/n, true/false, 1/0, or x for yes), or the same in French, German, "
         "Spanish, Italian, Portuguese or Dutch."),
        (3, column, f"Row 3: '{column}' has '2', which is not yes or no: write yes or no "
         "(also y/n, true/false, 1/0, or x for yes).")]
