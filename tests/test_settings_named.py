"""Which settings file a command read: one in the folder it is started in and one beside the
sheet may name two guides, and a cron job or a planner with two events' folders must see
which one a plan or a run went by."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import SandboxConfig, running_sandbox
from importer.sandbox.server import RunningSandbox
from tests.support import talk, write_sheet

KEY = "ZZKEY-settings-named-SECRET-4711"
runner = CliRunner()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningSandbox]:
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    monkeypatch.delenv("GUIDEBOOK_API_URL", raising=False)
    monkeypatch.delenv("GUIDEBOOK_GUIDE", raising=False)
    with running_sandbox(SandboxConfig(api_key=KEY, guide_timezone="America/Chicago")) as box:
        yield box


@pytest.fixture
def event(tmp_path: Path, served: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An event's folder, started in: its sheet and its gbimport.toml."""
    folder = tmp_path / "event"
    folder.mkdir()
    write_sheet(folder / "talks.csv", [talk(1), talk(2)])
    (folder / "gbimport.toml").write_text(
        f'guide = 1\napi_url = "{served.base_url}"\nrate = 1000\n')
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.e2e
def test_plan_names_the_settings_file_it_read_under_its_first_line_and_in_json(
        event: Path) -> None:
    shown = runner.invoke(app, ["plan", "talks.csv"])
    assert shown.exit_code == 0, shown.output
    assert shown.output.splitlines()[:3] == [
        "Plan for guide 1 from talks.csv (times in America/Chicago)",
        f"Settings: {event / 'gbimport.toml'}",
        "create 2 · update 0 · unchanged 0 · invalid 0 · delete 0",
    ]
    as_json = runner.invoke(app, ["plan", "talks.csv", "--json"])
    assert json.loads(as_json.output)["settings_file"] == str(event / "gbimport.toml")
    assert KEY not in shown.output + as_json.output


@pytest.mark.e2e
def test_run_names_the_settings_file_first_in_its_summary_json_and_report(event: Path) -> None:
    done = runner.invoke(app, ["run", "talks.csv", "--report", "night.csv"])
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[0] == f"Settings: {event / 'gbimport.toml'}"
    summary = json.loads((event / "night.summary.json").read_text())
    again = json.loads(runner.invoke(app, ["run", "talks.csv", "--json", "--report",
                                           "again.csv"]).output)
    assert (summary["settings_file"], again["settings_file"], again["counts"]["unchanged"]) == (
        str(event / "gbimport.toml"), str(event / "gbimport.toml"), 2)
    assert KEY not in done.output + (event / "night.summary.json").read_text()


@pytest.mark.e2e
def test_without_a_settings_file_plan_and_run_say_nothing_of_one(
        event: Path, served: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    (event / "gbimport.toml").unlink()
    monkeypatch.setenv("GUIDEBOOK_API_URL", served.base_url)
    monkeypatch.setenv("GUIDEBOOK_GUIDE", "1")
    shown = runner.invoke(app, ["plan", "talks.csv"])
    as_json = json.loads(runner.invoke(app, ["plan", "talks.csv", "--json"]).output)
    done = runner.invoke(app, ["run", "talks.csv", "--json", "--report", "r.csv"])
    assert shown.output.splitlines()[:2] == [
        "Plan for guide 1 from talks.csv (times in America/Chicago)",
        "create 2 · update 0 · unchanged 0 · invalid 0 · delete 0",
    ]
    assert ("settings_file" in as_json, "settings_file" in json.loads(done.output)) == (
        False, False)


def test_validate_names_the_settings_file_it_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_sheet(tmp_path / "talks.csv", [talk(1)])
    (tmp_path / "gbimport.toml").write_text('timezone = "America/Chicago"\n')
    monkeypatch.chdir(tmp_path)
    shown = runner.invoke(app, ["validate", "talks.csv"])
    as_json = json.loads(runner.invoke(app, ["validate", "talks.csv", "--json"]).output)
    assert shown.output.splitlines()[:3] == [
        "talks.csv: header on row 1, mapping 'guidebook-template', times in America/Chicago",
        f"Settings: {tmp_path / 'gbimport.toml'}",
        "Rows read 1 · valid 1 · with errors 0 · with warnings 0",
    ]
    assert as_json["settings_file"] == str(tmp_path / "gbimport.toml")


# -- two settings files: the folder started in, and the sheet's own ---------------------------

@pytest.fixture
def two_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Started in `other` (another event's folder, or a cron job's wrong `cd`), for the sheet
    in `event`: each folder with its gbimport.toml."""
    other, event = tmp_path / "other", tmp_path / "event"
    other.mkdir()
    event.mkdir()
    write_sheet(event / "talks.csv", [talk(1), talk(2)])
    (event / "gbimport.toml").write_text("guide = 2\nrate = 1000\n")
    monkeypatch.chdir(other)
    return other, event


def test_a_run_going_by_another_folders_guide_stops_before_any_request_naming_both(
        two_folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    other, event = two_folders
    monkeypatch.setenv("GUIDEBOOK_API_KEY", KEY)
    (other / "gbimport.toml").write_text("guide = 1\n")
    sheet = str(event / "talks.csv")
    done, planned = (runner.invoke(app, [command, sheet]) for command in ("run", "plan"))
    assert (done.exit_code, done.stdout, planned.exit_code, planned.stdout) == (2, "", 2, "")
    assert done.stderr == planned.stderr == (
        f"error: {other / 'gbimport.toml'} (read: the folder gbimport is started in) and "
        f"{event / 'gbimport.toml'} (beside the sheet, not read) name different guides (1 and "
        f"2), and this run would go by the first. Start it in the sheet's folder (cd {event} "
        f"&& gbimport ...), give --config {event / 'gbimport.toml'}, or choose with --guide\n")
    assert sorted(path.name for path in event.iterdir()) == ["gbimport.toml", "talks.csv"]


def test_another_api_host_stops_too_and_a_guide_chosen_outright_does_not(
        two_folders: tuple[Path, Path]) -> None:
    from importer.errors import ConfigError
    from importer.settings import load_settings

    other, event = two_folders
    (event / "gbimport.toml").write_text(
        'guide = 2\napi_url = "http://127.0.0.1:8950/open-api/v1.1/"\n')
    (other / "gbimport.toml").write_text("guide = 2\n")  # the default: Guidebook itself
    with pytest.raises(ConfigError) as stopped:
        load_settings(None, env={}, spreadsheet=event / "talks.csv")
    assert str(stopped.value).split(", and this run")[0].endswith(
        "name different API hosts (builder.guidebook.com and 127.0.0.1:8950)")
    (other / "gbimport.toml").write_text("guide = 1\n")
    chosen = [load_settings(None, env=env, spreadsheet=event / "talks.csv", **options).guide
              for env, options in (({}, {"guide": 1, "api_url": "https://a.example.org/"}),
                                   ({"GUIDEBOOK_GUIDE": "1", "GUIDEBOOK_API_URL":
                                     "https://a.example.org/"}, {}))]
    # validate goes to no guide: the two files' guides are none of its business.
    validating = load_settings(None, env={}, spreadsheet=event / "talks.csv",
                               reads=("mapping", "timezone", "sheet"))
    assert [*chosen, validating.guide] == [1, 1, 1]


@pytest.mark.e2e
def test_a_rehearsal_on_this_machines_sandbox_runs_saying_so_before_any_write(
        two_folders: tuple[Path, Path], served: RunningSandbox) -> None:
    other, event = two_folders
    (other / "gbimport.toml").write_text(f'guide = 1\napi_url = "{served.base_url}"\n')
    sheet = str(event / "talks.csv")
    note = (f"note: {other / 'gbimport.toml'} (read: the folder gbimport is started in) and "
            f"{event / 'gbimport.toml'} (beside the sheet, not read) name different guides (1 "
            "and 2): this run goes to the sandbox on this machine, a rehearsal")
    planned = runner.invoke(app, ["plan", sheet])
    done = runner.invoke(app, ["run", sheet, "--report", "r.csv"])
    assert (planned.exit_code, done.exit_code) == (0, 0)
    assert note in planned.stdout.splitlines()
    assert done.stderr.splitlines()[0] == note
    assert json.loads((other / "r.summary.json").read_text())["counts"]["created"] == 2
