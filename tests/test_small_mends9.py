"""Small mends for the nightly job: a tab gbimport.toml names that the workbook no longer has
is blamed on gbimport.toml's line; a second run refused by the lock names the run holding it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.errors import InputError
from importer.runner import plan_import
from importer.settings import load_settings
from tests.support import Sandbox
from tests.test_load import write_xlsx

runner = CliRunner()

PROGRAMME = {"Programme": [
    ["Session Title", "Date", "Time Start", "Time End", "Room/Location"],
    ["Opening", "5/11/2027", "9:00 AM", "9:30 AM", "Hall"],
]}


@pytest.fixture
def renamed_tab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cron job's folder: gbimport.toml names the tab 'Sessions', since renamed
    'Programme' in the workbook."""
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "schedule.xlsx", PROGRAMME)
    (tmp_path / "gbimport.toml").write_text(
        'guide = 1\nrate = 1000\n# the tab the programme is on\nsheet = "Sessions"\n')
    return tmp_path


FROM_THE_FILE = ("gbimport.toml:4: sheet = \"Sessions\": schedule.xlsx has no sheet 'Sessions'; "
                 "its sheets are: 'Programme'. Put the tab's new name in gbimport.toml.")


def test_validate_blames_a_missing_tab_on_the_settings_line_that_names_it(
        renamed_tab: Path) -> None:
    """The mail said "schedule.xlsx has no sheet 'Sessions'; its sheets are: 'Programme'.",
    and the crontab line it points at names no sheet."""
    shown = runner.invoke(app, ["validate", "schedule.xlsx"])
    assert (shown.exit_code, shown.stderr) == (2, f"error: {FROM_THE_FILE}\n")


def test_plan_blames_a_missing_tab_on_the_settings_line_that_names_it(
        renamed_tab: Path) -> None:
    settings = load_settings(env={"GUIDEBOOK_API_KEY": "key"}, spreadsheet="schedule.xlsx")
    with pytest.raises(InputError) as refused:
        plan_import("schedule.xlsx", settings, transport=Sandbox().transport())
    assert str(refused.value) == FROM_THE_FILE


def test_a_listed_tab_number_past_the_last_is_blamed_on_the_settings_line(
        renamed_tab: Path) -> None:
    Path("gbimport.toml").write_text('sheet = ["Programme", 3]\n')
    shown = runner.invoke(app, ["validate", "schedule.xlsx"])
    assert (shown.exit_code, shown.stderr) == (2, (
        "error: gbimport.toml:1: sheet = [\"Programme\", 3]: schedule.xlsx has no sheet number 3 "
        "(counting from 0); it has 1: 'Programme'. Put the tab's name in gbimport.toml.\n"))


def test_a_missing_tab_given_with_sheet_on_the_command_line_is_told_as_before(
        renamed_tab: Path) -> None:
    """--sheet overrides the file's sheet: the file is not to blame."""
    shown = runner.invoke(app, ["validate", "schedule.xlsx", "--sheet", "Talks"])
    assert (shown.exit_code, shown.stderr) == (
        2, "error: schedule.xlsx has no sheet 'Talks'; its sheets are: 'Programme'.\n")
    settings = load_settings(env={"GUIDEBOOK_API_KEY": "key"}, spreadsheet="schedule.xlsx")
    with pytest.raises(InputError) as refused:
        plan_import("schedule.xlsx", settings, sheet="Talks", transport=Sandbox().transport())
    assert str(refused.value) == "schedule.xlsx has no sheet 'Talks'; its sheets are: 'Programme'."


def test_a_missing_mapping_named_in_the_settings_is_blamed_on_its_line(
        renamed_tab: Path) -> None:
    Path("gbimport.toml").write_text('guide = 1\nmapping = "my-event"\n')
    shown = runner.invoke(app, ["validate", "schedule.xlsx"])
    assert (shown.exit_code, shown.stderr) == (2, (
        "error: gbimport.toml:2: mapping: no mapping named 'my-event' among the built-ins or in "
        "./mappings/; built-in: guidebook-template, pycones19, sessionize (or give the path to a "
        ".toml file)\n"))
