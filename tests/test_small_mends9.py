"""Small mends for the nightly job: a tab gbimport.toml names that the workbook no longer has
is blamed on gbimport.toml's line; a second run refused by the lock names the run holding it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from filelock import FileLock
from typer.testing import CliRunner

from importer import _run_lock_holder
from importer._run_lock_holder import holder_path
from importer.cli import app
from importer.errors import ConfigError, InputError
from importer.runner import one_run_at_a_time, plan_import, run_lock_path
from importer.settings import load_settings
from tests.support import Sandbox, talk, write_sheet
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


# --- a run refused by the lock names the run holding it ---------------------------------------

STARTED = datetime(2026, 11, 27, 2, 0).timestamp()  # 02:00, the machine's time


def _refused_while_held(sandbox: Sandbox, sheet: Path, monkeypatch: pytest.MonkeyPatch,
                        held_for: float) -> str:
    """What a run is told while another run, started at 02:00, has held the lock so long."""
    monkeypatch.setattr(_run_lock_holder, "clock", lambda: STARTED)
    with one_run_at_a_time(sandbox.settings.api_url, 1):  # the run started at 02:00
        monkeypatch.setattr(_run_lock_holder, "clock", lambda: STARTED + held_for)
        with pytest.raises(ConfigError) as refused:
            sandbox.run(sheet)
    return str(refused.value)


def test_a_run_refused_by_the_lock_names_the_holders_pid_and_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said only "another gbimport run ... wait for it to finish": a run hung since last
    night looked like one still working."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1)])
    told = _refused_while_held(sandbox, sheet, monkeypatch, held_for=72 * 60 + 30)
    assert told == (
        f"another gbimport run (pid {os.getpid()}, started 02:00, 1 h 12 min ago) on this "
        f"machine is importing into guide 1 right now (lock "
        f"{run_lock_path(sandbox.settings.api_url, 1)}); wait for it to finish")
    assert not holder_path(run_lock_path(sandbox.settings.api_url, 1)).exists()
    assert sandbox.run(sheet).counts["created"] == 1  # let go: the next run goes


def test_a_run_holding_the_lock_over_a_day_is_said_to_be_maybe_hung(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(1)])
    told = _refused_while_held(sandbox, sheet, monkeypatch, held_for=26 * 3600 + 5 * 60)
    pid = os.getpid()
    assert told == (
        f"another gbimport run (pid {pid}, started 2026-11-27 02:00, 26 h 5 min ago) on this "
        f"machine is importing into guide 1 right now (lock "
        f"{run_lock_path(sandbox.settings.api_url, 1)}); it has held the lock for over a day "
        f"and may be hung: if no run takes that long, stop it (kill {pid}) and run again; "
        f"else wait for it to finish")
    assert sandbox.sessions() == []  # never broken


def killed_holding_the_lock(api: str) -> int:
    """A run killed outright while it held the lock of guide 1 (its word stays beside the
    lock): its pid."""
    killed = subprocess.Popen([sys.executable, "-c", (
        "import time\nfrom importer.runner import one_run_at_a_time\n"
        f"with one_run_at_a_time({api!r}, 1):\n    print('held', flush=True)\n"
        "    time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    assert killed.stdout is not None and killed.stdout.readline() == "held\n"
    killed.kill()
    killed.wait()
    killed.stdout.close()
    return killed.pid


def test_a_killed_runs_word_is_not_taken_for_the_holders(tmp_path: Path) -> None:
    """A run killed outright leaves its pid beside the lock; the lock held since by a run
    that wrote none (an older gbimport) is told as before, not as the dead run's."""
    sandbox = Sandbox()
    api = sandbox.settings.api_url
    lock = run_lock_path(api, 1)
    pid = killed_holding_the_lock(api)
    assert holder_path(lock).read_text().split()[0] == str(pid)
    with FileLock(lock), pytest.raises(ConfigError) as refused:
        sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1)]))
    assert str(refused.value) == (
        f"another gbimport run on this machine is importing into guide 1 right now (lock "
        f"{lock}); wait for it to finish")
