"""Small mends to the first steps: a sheet read without --mapping beside several mappings
that read it names each of them, not the first in sort order; draft-mapping says on the
console which tab `validate --sheet all` would stop at, and offers as the description the
unread column of most words, not the last."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from tests.test_draft import write_csv
from tests.test_load import write_xlsx
from tests.test_small_mends8 import day_tab
from tests.test_walk_planner8_drafted_mapping_here import MAPPING, REFUSED, _refusal, _sheet

runner = CliRunner()


def test_each_mapping_that_reads_the_sheet_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stale copy sorts before the edited draft: naming it alone sent the planner to the
    mapping without their edits."""
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    (tmp_path / "a-old.toml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "b-mapping.toml").write_text(
        MAPPING.replace("America/Chicago", "America/New_York"), encoding="utf-8")
    (tmp_path / "c-other-event.toml").write_text(MAPPING.replace('"Venue"', '"Room"'),
                                                 encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mappings a-old.toml and b-mapping.toml each read them: "
        "give --mapping with the one made for this sheet to each command.")


def test_many_that_read_it_are_named_a_few_and_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    for name in ("v1", "v2", "v3", "v4", "v5"):
        (tmp_path / f"{name}.toml").write_text(MAPPING, encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mappings v1.toml, v2.toml, v3.toml and 2 more each read "
        "them: give --mapping with the one made for this sheet to each command.")


@pytest.mark.parametrize("sheet", [["--sheet", "all"], []])
def test_draft_mapping_says_on_the_console_which_tab_validate_would_stop_at(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: list[str]) -> None:
    """The tab was named only in a comment in the drafted file, and the console's last line
    offered `validate --sheet all`, which stops at that tab."""
    monkeypatch.chdir(tmp_path)
    write_xlsx(Path("programme.xlsx"), {
        "Day 1": day_tab("Title", 1), "Day 2": day_tab("Title", 2), "Day 3": day_tab("Talk", 3)})
    shown = runner.invoke(app, ["draft-mapping", "programme.xlsx", "-o", "m.toml", *sheet])
    stops = ("validate --sheet all stops at a tab: sheet 'Day 3' of programme.xlsx has most of "
             "the columns of sheet 'Day 1' but no 'Title' column, so --sheet all cannot tell "
             "whether it is part of the programme: give it the same header, or name each "
             "sheet to read with --sheet.")
    assert (shown.exit_code, shown.stderr.splitlines()[-2:]) == (0, [
        stops,
        "Then, once sheet 'Day 3' is fixed as said above, check it: gbimport validate "
        "programme.xlsx --mapping m.toml --sheet all (read: sheet 'Day 1'; with the same "
        "columns: 'Day 2')"])
    assert "# " + stops in Path("m.toml").read_text(encoding="utf-8").splitlines()


def _unread_line(tmp_path: Path, rows: list[list[str]]) -> str:
    sheet = write_csv(tmp_path / "festival.csv", [
        ["Day", "Start", "End", "Session", "Room", *rows[0]],
        *(["2027-06-10", f"{9 + n}:00", f"{9 + n}:45", f"Talk {n}", "Main Hall", *row]
          for n, row in enumerate(rows[1:]))])
    done = runner.invoke(app, ["draft-mapping", str(sheet), "-o", str(tmp_path / "f.toml")])
    assert done.exit_code == 0
    (said,) = [line for line in done.stderr.splitlines() if line.startswith("Nothing is sent")]
    return said


def test_the_description_offered_is_the_column_of_most_words_not_the_last(
        tmp_path: Path) -> None:
    """The last unread column was offered, a column of figures or one nearly empty."""
    said = _unread_line(tmp_path, [
        ["Blurb", "Note", "Away Sets"],
        ["A look at the festival's first forty years", "", "3"],
        ["How the stage is built each summer", "bring a hat", "1"],
        ["Questions from the audience on the line-up", "", "2"]])
    assert said == (
        "Nothing is sent from 'Blurb', 'Note', 'Away Sets': the draft reads no field from "
        "them. To send one as each session's description, add two lines to the draft: "
        "[fields.description] and, under it, column = \"Blurb\" (or another header).")


def test_no_description_is_offered_from_columns_of_figures(tmp_path: Path) -> None:
    said = _unread_line(tmp_path, [["Home Sets", "Away Sets"], ["8", "3"], ["6", "1"]])
    assert said == ("Nothing is sent from 'Home Sets', 'Away Sets': the draft reads no field "
                    "from them.")
