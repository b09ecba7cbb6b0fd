"""Small mends to the first steps: a sheet read without --mapping beside several mappings
that read it names each of them, not the first in sort order; draft-mapping says on the
console which tab `validate --sheet all` would stop at."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
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
