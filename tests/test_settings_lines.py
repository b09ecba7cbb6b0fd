"""A bad value in gbimport.toml is named by the file's line, `gbimport.toml:4: rate: ...`, as
a mapping's are: a planner editing the file by hand, or reading a nightly job's mail, goes
straight to the line. The file is never quoted back beyond the value refused (it may hold a
key pasted by mistake)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.settings import load_settings

KNOWN = ("known: allow_images_outside, api_url, concurrency, daily_budget, guide, mapping, "
         "max_image_bytes, max_retry_wait, publish, rate, report, sheet, state_file, timeout, "
         "timezone")


def refusal(path: Path, data: bytes, **options: object) -> str:
    path.write_bytes(data)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={}, **options)
    return str(caught.value)


def test_each_bad_value_names_the_line_it_is_written_on(tmp_path: Path) -> None:
    config = tmp_path / "gbimport.toml"
    message = refusal(config, b'# Nightly sync\nguide = "abc"\n\nrate = "5"  # per second\n'
                      b'timezone = "Europe/Pariss"\nmapping = "pycones19"\ntimezon = "UTC"\n')
    assert message.split("; ") == [
        f"{config}:2: guide: expected a whole number above 0 (the guide's id), got \"abc\"",
        "change it",
        f"{config}:5: timezone: unknown timezone 'Europe/Pariss': did you mean 'Europe/Paris'?",
        f"{config}:4: rate: expected a number above 0 (requests per second), got \"5\"",
        "write it without quotes",
        f"{config}:7: timezon: unknown setting (did you mean 'timezone'?)",
    ]


def test_a_value_given_again_by_an_option_is_blamed_on_the_option_not_a_line(
    tmp_path: Path,
) -> None:
    config = tmp_path / "gbimport.toml"
    assert refusal(config, b"guide = 3\nrate = 2\n", rate=-1.0) == (
        "argument rate: expected a number above 0 (requests per second), got -1; change it, "
        "or leave it out for the default (5)")


@pytest.mark.parametrize("data", [
    b"guide = 3\r\n\r\nzzz = 1\r\n",  # saved on Windows
    b"\xef\xbb\xbfguide = 3\n\nzzz = 1\n",  # Notepad's byte order mark
])
def test_the_line_is_right_whatever_the_file_was_saved_with(tmp_path: Path, data: bytes) -> None:
    config = tmp_path / "gbimport.toml"
    assert refusal(config, data) == f"{config}:3: zzz: unknown setting ({KNOWN})"


@pytest.mark.parametrize("name", [
    "api_key", "GUIDEBOOK_API_KEY", "API_KEY", "apikey", "api-key", "token", "key"])
def test_a_key_in_the_file_names_its_line_and_is_never_shown(tmp_path: Path, name: str) -> None:
    """Under the name of its variable in the crontab too: not one more unknown setting, which
    would leave the key in a file that gets committed and shared."""
    config = tmp_path / "gbimport.toml"
    message = refusal(config, f'guide = 3\n{name} = "sk-live-0123456789abcdef0123"\n'.encode())
    assert message == (
        f"{config}:2: {name}: the API key does not belong in a settings file; remove it and "
        "set GUIDEBOOK_API_KEY in the environment instead")


def test_a_setting_whose_name_holds_key_is_no_key(tmp_path: Path) -> None:
    config = tmp_path / "gbimport.toml"
    assert refusal(config, b'keynote = "Hall A"\n') == (
        f"{config}:1: keynote: unknown setting ({KNOWN})")


def test_a_key_pasted_as_a_value_is_not_repeated_beside_its_line(tmp_path: Path) -> None:
    config = tmp_path / "gbimport.toml"
    message = refusal(config, b'guide = 3\nrate = "sk-live-0123456789abcdef0123"\n')
    assert message == (
        f"{config}:2: rate: expected a number above 0 (requests per second), got a long token "
        "(not repeated: it may be a key); change it, or leave it out for the default (5)")


MAPPING = (b'name = "my-event"\ntimezone = "Europe/Madrid"\n\n[fields.name]\ncolumn = "Title"\n'
           b'\n[fields.start]\ncolumn = "Start"\n')


def test_a_mapping_given_as_the_settings_file_is_sent_to_mapping_once(tmp_path: Path) -> None:
    """`--config my-event.toml` where --mapping was meant: one line saying so, not each of
    the mapping's keys told to move to the mapping file it is in."""
    mapping = tmp_path / "my-event.toml"
    assert refusal(mapping, MAPPING) == (
        f"{mapping}:4: [fields] makes this file a mapping, not settings; give it with "
        f"--mapping {mapping} instead")
    saved_as_settings = tmp_path / "gbimport.toml"
    assert refusal(saved_as_settings, MAPPING) == (
        f"{saved_as_settings}:4: [fields] makes this file a mapping, not settings; rename it "
        "(such as to my-event.toml: gbimport.toml in the folder is read as the settings) and "
        "give it with --mapping")


def test_a_mapping_table_among_settings_is_still_told_to_move(tmp_path: Path) -> None:
    """A settings file holding a mapping's table too is no mapping: each key is sent on."""
    config = tmp_path / "gbimport.toml"
    moved = 'belongs in the mapping file, not the settings: move it there and name that file ' \
            'with mapping = "..."'
    assert refusal(config, b'guide = 3\nname = "my-event"\n\n[fields.name]\n') == (
        f"{config}:2: name: unknown setting (name {moved}); "
        f"{config}:4: fields: unknown setting (fields {moved})")


def test_a_variable_of_the_environment_written_in_the_file_gets_the_settings_name(
    tmp_path: Path,
) -> None:
    """Copied from a crontab's lines, GUIDEBOOK_GUIDE = 3 is no close match of any key."""
    config = tmp_path / "gbimport.toml"
    message = refusal(config, b'GUIDEBOOK_GUIDE = 3\nguidebook_api_url = "https://x.org/"\n')
    assert message == (
        f"{config}:1: GUIDEBOOK_GUIDE: unknown setting (the environment variable's name; in "
        f"this file: 'guide'); {config}:2: guidebook_api_url: unknown setting (the environment "
        "variable's name; in this file: 'api_url')")
