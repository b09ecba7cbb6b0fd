"""Behaviour pinned down where hand mutations of recent changes went unnoticed: the settings
file beside the sheet, dates read the other way on a sync, the near name of a missing image,
and the namesakes of European cities in a US state or Canadian province."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import zones
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


def test_an_image_cell_naming_a_folder_is_not_offered_that_folder(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    assert _missing(tmp_path, "photos") == (
        f"does not exist ({tmp_path / 'photos'}); check the path")


# ---------------------------------------------------------------- namesakes over the ocean


def _refusal(given: str) -> str:
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(given)
    return str(caught.value)


@pytest.mark.parametrize("given", [
    "Dublin, Ohio", "Moscow, Idaho", "Rome, New York", "Vienna, Virginia",
    "Paris, Kentucky", "Paris, Tennessee", "Warsaw, Indiana", "Madrid, Iowa", "Athens, Ohio",
    "Berlin, Wisconsin", "Amsterdam, New York", "Athens, Alabama", "London, Kentucky",
    "Paris, Québec",
])
def test_a_european_city_s_namesake_over_the_ocean_gets_the_general_hint(given: str) -> None:
    assert _refusal(given).startswith(f"unknown timezone {given!r}: use a tz database name")
