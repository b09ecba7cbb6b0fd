"""Behaviour pinned down where hand mutations of recent changes went unnoticed: the settings
file beside the sheet, dates read the other way on a sync, the near name of a missing image,
and the namesakes of European cities in a US state or Canadian province."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from importer import zones
from importer.draft import draft_mapping
from importer.errors import ConfigError, UnsafeOperationError
from importer.images import DEFAULT_MAX_BYTES, ImageProblem, read_local_image
from importer.settings import load_settings
from tests.support import Sandbox, talk, write_sheet

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

# ---------------------------------------------------------------- settings beside the sheet


def test_a_settings_file_given_by_config_is_read_and_the_one_beside_the_sheet_is_no_stop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--config names the file to read: the one beside the sheet was left out on purpose."""
    (tmp_path / "event").mkdir()
    sheet = tmp_path / "event" / "schedule.csv"
    (tmp_path / "event" / "gbimport.toml").write_text("publish = true\n")
    chosen = tmp_path / "nightly.toml"
    chosen.write_text("rate = 100\n")
    monkeypatch.chdir(tmp_path)

    settings = load_settings(chosen, env={}, spreadsheet=sheet)

    assert (settings.rate, settings.publish) == (100.0, False)


def test_a_settings_file_beside_the_sheet_that_cannot_be_read_is_named_all_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Half written when the job starts: whatever it sets, this run would go without it."""
    (tmp_path / "event").mkdir()
    beside = tmp_path / "event" / "gbimport.toml"
    beside.write_text("publish = tr")
    monkeypatch.chdir(tmp_path)

    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={}, spreadsheet=tmp_path / "event" / "schedule.csv")

    assert f"{beside} was not read" in str(caught.value)
    assert "this run would go without that file's settings. Start" in str(caught.value)


# ---------------------------------------------------------------- dates read the other way


def _sync(tmp_path: Path, first: list[str], second: list[str], **changes: str) -> Sandbox:
    """A sandbox that took `first` as the talks' dates, and the sheet of `second`."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "first.csv",
                            [talk(n, Date=d) for n, d in enumerate(first, 1)]))
    write_sheet(tmp_path / "second.csv",
                [talk(n, Date=d, **changes) for n, d in enumerate(second, 1)])
    return sandbox


def test_two_talks_moved_to_their_swapped_dates_are_too_few_to_stop(tmp_path: Path) -> None:
    sandbox = _sync(tmp_path, ["5/3/2027", "5/4/2027"], ["3/5/2027", "4/5/2027"])
    assert sandbox.run(tmp_path / "second.csv").counts["updated"] == 2


def test_three_talks_all_moved_to_their_swapped_dates_stop(tmp_path: Path) -> None:
    sandbox = _sync(tmp_path, ["5/3/2027", "5/4/2027", "5/3/2027"],
                    ["3/5/2027", "4/5/2027", "3/5/2027"])
    with pytest.raises(UnsafeOperationError, match=r"^3 of the 3 rows found by import id"):
        sandbox.run(tmp_path / "second.csv")


def test_half_the_talks_found_moved_to_their_swapped_dates_do_not_stop(tmp_path: Path) -> None:
    """Rows left as they were count among those found: 3 swapped of 6 is no majority."""
    kept = ["5/5/2027", "5/5/2027", "5/5/2027"]
    sandbox = _sync(tmp_path, ["5/3/2027", "5/4/2027", "5/3/2027", *kept],
                    ["3/5/2027", "4/5/2027", "3/5/2027", *kept])
    report = sandbox.run(tmp_path / "second.csv")
    assert (report.counts["updated"], report.counts["unchanged"]) == (3, 3)


def test_talks_moved_to_their_swapped_dates_at_another_time_do_not_stop(tmp_path: Path) -> None:
    """A sheet read the other way keeps each talk's time of day: new times are a new plan."""
    sandbox = _sync(tmp_path, ["5/3/2027", "5/4/2027", "5/3/2027"],
                    ["3/5/2027", "4/5/2027", "3/5/2027"],
                    **{"Time Start": "7:00 AM", "Time End": "7:30 AM"})
    assert sandbox.run(tmp_path / "second.csv").counts["updated"] == 3


# ---------------------------------------------------------------- a missing image's near name


def _missing(folder: Path, cell: str) -> str:
    with pytest.raises(ImageProblem) as caught:
        read_local_image(cell, folder, allow_outside=False, max_bytes=DEFAULT_MAX_BYTES)
    return str(caught.value)


def test_a_missing_image_is_not_offered_a_file_named_only_somewhat_alike(tmp_path: Path) -> None:
    (tmp_path / "mario.jpg").write_bytes(PNG)  # 0.78 alike: another speaker, not a slip
    assert _missing(tmp_path, "maria.png") == (
        f"does not exist ({tmp_path / 'maria.png'}); check the path")


def test_a_missing_image_is_offered_the_file_one_slip_of_typing_away(tmp_path: Path) -> None:
    (tmp_path / "keynote.png").write_bytes(PNG)
    assert _missing(tmp_path, "keynoet.png") == (
        f"does not exist ({tmp_path / 'keynoet.png'}); did you mean 'keynote.png', in the "
        "same folder?")


def test_a_missing_image_is_offered_the_file_named_alike_but_for_case_and_a_space(
        tmp_path: Path) -> None:
    (tmp_path / "ana ruiz.png").write_bytes(PNG)
    assert _missing(tmp_path, "Ana Ruiz .PNG") == (
        f"does not exist ({tmp_path / 'Ana Ruiz .PNG'}); did you mean 'ana ruiz.png', in the "
        "same folder?")


# ---------------------------------------------------------------- namesakes over the ocean


def _refusal(given: str) -> str:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    return str(caught.value)


@pytest.mark.parametrize("given", [
    "Moscow, Idaho", "Paris, Kentucky", "Paris, Tennessee", "Warsaw, Indiana",
    "London, Kentucky",
])
def test_a_european_city_s_namesake_over_the_ocean_gets_the_general_hint(given: str) -> None:
    assert _refusal(given).startswith(
        f"unknown timezone {given!r}: write it as a region and a city")


# ---------------------------------------------------------------- a signal after Ctrl-C

AFTER_CTRL_C = """
import asyncio, os, signal, sys
from importer.runner import _first_interrupt_sets

async def main(second: int) -> None:
    stop = asyncio.Event()
    with _first_interrupt_sets(stop):
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.wait_for(stop.wait(), timeout=10)
        await asyncio.sleep(0.2)
        os.kill(os.getpid(), second)
        await asyncio.sleep(0.5)
    print("wound down")

asyncio.run(main(int(sys.argv[1])))
"""


@pytest.mark.parametrize(("second", "returncode"), [(signal.SIGTERM, -signal.SIGTERM),
                                                    (signal.SIGINT, -signal.SIGINT)])
def test_after_a_ctrl_c_a_second_ctrl_c_or_a_sigterm_stops_at_once(second: int,
                                                                    returncode: int) -> None:
    """Only timeout's SIGTERM comes twice: after a Ctrl-C, the next signal is a person's."""
    done = subprocess.run([sys.executable, "-c", AFTER_CTRL_C, str(int(second))],
                          capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout) == (returncode, "")


# ---------------------------------------------------------------- a column of 'TBA' alone


def test_a_column_all_not_fixed_yet_is_not_drafted_as_the_times(tmp_path: Path) -> None:
    """Nothing in it reads as a time: the draft cannot tell it is the times column."""
    sheet = tmp_path / "programme.csv"
    sheet.write_text("Date,Title,Room,Slot\n2027-05-11,Opening,Hall A,TBA\n"
                     "2027-05-11,Keynote,Hall A,TBA\n2027-05-12,Panel,Hall B,TBC\n")
    text = draft_mapping(sheet).text
    assert "[fields.start]\n# no column holds times: each session is all day" in text
    assert "time_column" not in text


def test_plan_names_the_settings_file_beside_the_sheet_it_would_go_without(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """plan reads what run reads: run from another folder, it would plan without them."""
    from typer.testing import CliRunner

    from importer.cli import app

    (tmp_path / "event").mkdir()
    (tmp_path / "event" / "gbimport.toml").write_text("publish = true\n")
    sheet = write_sheet(tmp_path / "event" / "schedule.csv", [talk(1)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "key")
    done = CliRunner().invoke(app, ["plan", str(sheet), "--guide", "1", "--api-url",
                                    "http://127.0.0.1:9/open-api/v1.1/"])
    assert (done.exit_code, done.stdout) == (2, "")
    assert " ".join(done.stderr.split()).startswith(
        f"error: {tmp_path / 'event' / 'gbimport.toml'} was not read")
    assert "would go without that file's publish. Start" in " ".join(done.stderr.split())


@pytest.mark.parametrize("call", ["plan_import", "run_import"])
def test_the_python_calls_without_settings_name_the_file_beside_the_sheet(
        call: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """plan_import(path) and run_import(path) read settings as the commands do."""
    import importer

    (tmp_path / "event").mkdir()
    (tmp_path / "event" / "gbimport.toml").write_text("publish = true\n")
    sheet = write_sheet(tmp_path / "event" / "schedule.csv", [talk(1)])
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="would go without that file's publish"):
        getattr(importer, call)(sheet)
