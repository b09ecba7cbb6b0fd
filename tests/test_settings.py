from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from importer.errors import ConfigError, GbImportError, MappingError
from importer.settings import DEFAULT_API_URL, Settings, load_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_file_then_environment_then_options(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", 'guide = 7\ntimezone = "Europe/Madrid"\nrate = 2\n')
    env = {"GUIDEBOOK_GUIDE": "8", "GUIDEBOOK_API_KEY": "k-123"}
    settings = load_settings(config, env=env, rate=9.0, timezone=None)
    assert (settings.guide, settings.timezone, settings.rate) == (8, "Europe/Madrid", 9.0)
    assert settings.api_url == DEFAULT_API_URL
    assert settings.require_api_key() == "k-123"


def test_key_never_shows_in_repr(tmp_path: Path) -> None:
    settings = load_settings(None, env={"GUIDEBOOK_API_KEY": "super-secret-key-value"})
    assert "super-secret-key-value" not in repr(settings)
    assert "super-secret-key-value" not in str(settings.model_dump())


def test_key_in_settings_file_is_refused(tmp_path: Path) -> None:
    config = write(tmp_path / "g.toml", 'api_key = "abc"\n')
    with pytest.raises(ConfigError, match="GUIDEBOOK_API_KEY") as caught:
        load_settings(config, env={})
    assert "abc" not in str(caught.value)


def test_unknown_setting_names_the_known_ones(tmp_path: Path) -> None:
    config = write(tmp_path / "g.toml", "gide = 3\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == f"{config}:1: gide: unknown setting (did you mean 'guide'?)"


def test_missing_config_file_is_an_error_only_when_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="settings file not found"):
        load_settings(tmp_path / "nope.toml", env={})


def test_missing_guide_and_key_explain_the_fix() -> None:
    settings = load_settings(None, env={})
    with pytest.raises(ConfigError, match="--guide"):
        settings.require_guide()
    with pytest.raises(ConfigError, match="GUIDEBOOK_API_KEY"):
        settings.require_api_key()


@pytest.mark.parametrize("settings", [
    load_settings(None, env={"GUIDEBOOK_API_KEY": ""}),  # `GUIDEBOOK_API_KEY=` in a crontab
    Settings(api_key=SecretStr("")),  # from Python, an empty variable passed on
], ids=["environment", "python"])
def test_an_empty_key_is_no_key(settings: Settings) -> None:
    with pytest.raises(ConfigError) as caught:
        settings.require_api_key()
    # Python's own ways to give it: a library never prompts, and only load_settings reads
    # the variable.
    assert str(caught.value) == (
        "no API key: give Settings(api_key=...), or set GUIDEBOOK_API_KEY (Guidebook Builder "
        "> Settings > API) and read the settings with load_settings()")


def test_paths_in_the_settings_file_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "mappings").mkdir()
    write(tmp_path / "mappings" / "event.toml", "")  # looked for when the settings load
    config = write(
        tmp_path / "gbimport.toml",
        'mapping = "mappings/event.toml"\nreport = "out/nightly.csv"\n'
        'state_file = "state/images.json"\n',
    )
    settings = load_settings(config, env={})
    assert settings.mapping == str(tmp_path / "mappings" / "event.toml")
    assert settings.report == str(tmp_path / "out" / "nightly.csv")
    # Else cron, run from elsewhere, forgets which images it sent and sends them all again.
    assert settings.state_file == str(tmp_path / "state" / "images.json")
    named = write(tmp_path / "named.toml", 'mapping = "pycones19"\n')
    assert load_settings(named, env={}).mapping == "pycones19"


def test_a_mapping_named_in_the_settings_file_is_found_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cron runs from anywhere: `mapping = "event"` means mappings/event.toml beside the
    file, as it would from the file's folder; a built-in's name stays the built-in."""
    (tmp_path / "mappings").mkdir()
    write(tmp_path / "mappings" / "event.toml", "")
    write(tmp_path / "mappings" / "pycones19.toml", "")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = write(tmp_path / "gbimport.toml", 'mapping = "event"\n')
    assert load_settings(config, env={}).mapping == str(tmp_path / "mappings" / "event.toml")
    config.write_text('mapping = "pycones19"\n', encoding="utf-8")
    assert load_settings(config, env={}).mapping == "pycones19"
    # Not beside it: the name stays a name, looked for in ./mappings/ as before.
    (elsewhere / "mappings").mkdir()
    write(elsewhere / "mappings" / "local.toml", "")
    config.write_text('mapping = "local"\n', encoding="utf-8")
    assert load_settings(config, env={}).mapping == "local"


def test_a_mapping_name_found_nowhere_names_every_folder_looked_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name in a settings file elsewhere was looked for beside that file too."""
    event = tmp_path / "event"
    event.mkdir()
    monkeypatch.chdir(tmp_path)
    config = write(event / "gbimport.toml", 'mapping = "my-event"\n')
    with pytest.raises(MappingError) as caught:
        load_settings(Path("event/gbimport.toml"), env={})
    assert str(caught.value) == (
        "event/gbimport.toml:1: mapping: no mapping named 'my-event' among the built-ins, in "
        "event/mappings/ or in ./mappings/; built-in: guidebook-template, pycones19, "
        "sessionize (or give the path to a .toml file)")
    # The same name given as an option is not the file's: looked for where a run looks.
    (event / "mappings").mkdir()
    write(event / "mappings" / "my-event.toml", "")
    with pytest.raises(MappingError) as caught:
        load_settings(Path("event/gbimport.toml"), env={}, mapping="my-event")
    assert str(caught.value) == (
        "argument mapping: no mapping named 'my-event' among the built-ins or in ./mappings/; "
        "built-in: guidebook-template, pycones19, sessionize (or give the path to a .toml file)")
    (event / "mappings" / "my-event.toml").unlink()
    monkeypatch.chdir(event)  # run from the file's own folder, one folder is looked in
    with pytest.raises(MappingError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: mapping: no mapping named 'my-event' among the built-ins or in "
        "./mappings/; built-in: guidebook-template, pycones19, sessionize (or give the path "
        "to a .toml file)")


def test_a_bad_value_is_blamed_on_the_source_it_came_from(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", "rate = 0\nconcurrency = 2\n")
    env = {"GUIDEBOOK_GUIDE": "abc"}
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env=env, concurrency=100)
    assert str(caught.value) == (  # in the order of the settings' fields
        "environment variable GUIDEBOOK_GUIDE: expected a whole number above 0 (the guide's "
        'id), got "abc"; change it; '
        f"{config}:1: rate: expected a number above 0 (requests per second), got 0; change "
        "it, or leave it out for the default (5); "
        "argument concurrency: expected a whole number from 1 to 64 (requests in flight at "
        "once), got 100; change it, or leave it out for the default (4)"
    )


def test_a_bad_value_in_the_file_says_what_the_key_takes(tmp_path: Path) -> None:
    """In the file's terms (TOML values, what is allowed, the way out), not pydantic's."""
    config = write(tmp_path / "gbimport.toml", 'max_image_bytes = "5 MB"\ntimeout = -1\n'
                   'allow_images_outside = "maybe"\nreport = 3\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value).split("; ") == [
        f"{config}:2: timeout: expected a number above 0 (seconds per request), got -1",
        "change it, or leave it out for the default (30)",
        f"{config}:4: report: expected text in quotes, got 3",
        "write it in quotes",
        f"{config}:3: allow_images_outside: expected true or false, got \"maybe\"",
        "write true or false, without quotes",
        f"{config}:1: max_image_bytes: expected a whole number above 0 (bytes), got \"5 MB\"",
        "change it, or leave it out for the default (5242880)",
    ]


def test_the_caller_names_its_options_and_a_bad_value_overridden_is_no_error(
    tmp_path: Path,
) -> None:
    config = write(tmp_path / "gbimport.toml", "rate = 0\n")
    settings = load_settings(config, env={}, rate=2.0)  # the file's 0 never applies
    assert settings.rate == 2.0
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={}, option_label=lambda field: f"--{field}", rate=-1.0)
    assert str(caught.value) == ("--rate: expected a number above 0 (requests per second), "
                                 "got -1; change it, or leave it out for the default (5)")


def test_a_bad_timezone_names_the_file_and_key(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", 'timezone = "Europe/Pariss"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: timezone: unknown timezone 'Europe/Pariss': did you mean 'Europe/Paris'?"
    )
    # Checked wherever it comes from, and kept in the tz database's own spelling.
    assert load_settings(config, env={}, timezone="europe/madrid").timezone == "Europe/Madrid"


def test_an_unknown_key_gets_the_closest_one_and_the_list_leaves_out_api_key(
    tmp_path: Path,
) -> None:
    config = write(tmp_path / "gbimport.toml", 'timezon = "UTC"\nzzz = 1\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: timezon: unknown setting (did you mean 'timezone'?); "
        f"{config}:2: zzz: unknown setting (known: allow_images_outside, api_url, "
        "concurrency, daily_budget, guide, mapping, max_image_bytes, max_retry_wait, publish, "
        "rate, report, sheet, state_file, timeout, timezone)"
    )


def test_a_mapping_not_found_names_where_it_was_named(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", 'mapping = "nope.toml"\n')
    with pytest.raises(MappingError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: mapping: mapping file {tmp_path / 'nope.toml'} not found; check the path"
    )
    with pytest.raises(MappingError, match=r"^--mapping: no mapping named 'pycones' among the "
                       r"built-ins or in \./mappings/; did you mean 'pycones19'\?"):
        load_settings(None, env={}, option_label=lambda field: f"--{field}", mapping="pycones")


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("127.0.0.1:18904", "http://127.0.0.1:18904/open-api/v1.1/"),
        ("localhost:8765/open-api/v1/", "http://localhost:8765/open-api/v1/"),
        ("builder.guidebook.com", "https://builder.guidebook.com/open-api/v1.1/"),
        ("me:k-123@builder.guidebook.com/open-api/v1.1/?key=k-123",  # no key in the message
         "https://builder.guidebook.com/open-api/v1.1/"),
        ("ftp://x.org/", "https://builder.guidebook.com/open-api/v1.1/, or "
         "http://127.0.0.1:PORT/open-api/v1.1/ for a local sandbox"),
    ],
)
def test_an_api_url_without_http_or_https_is_refused_with_how_to_write_it(
    url: str, suggestion: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={}, option_label=lambda field: "--api-url", api_url=url)
    assert str(caught.value) == (
        "--api-url: the API URL must start with https:// (or http:// for this machine); "
        f"write it in full, such as {suggestion}"
    )


def test_plain_http_urls_pass_settings_and_are_judged_by_the_client() -> None:
    # Whether the key may travel to that host is the client's call (see test_client).
    for url in ("http://127.0.0.1:8000/open-api/v1.1/", "http://example.org/open-api/v1.1/"):
        assert load_settings(None, env={"GUIDEBOOK_API_URL": url}).api_url == url


@pytest.mark.parametrize("variable", ["GUIDEBOOK_GUIDE", "GUIDEBOOK_API_URL"])
@pytest.mark.parametrize("value", [
    "{key}", "builder.guidebook.com/open-api/v1.1/{key}", "eyJhbGciOiJIUzI1NiJ9.{key}.sig",
])
def test_a_key_pasted_into_the_wrong_variable_is_not_printed_back(
    tmp_path: Path, variable: str, value: str
) -> None:
    key = "ZZKEY0123456789abcdefSECRET"
    with pytest.raises(ConfigError) as raised:
        load_settings(env={variable: value.format(key=key)})
    assert key.casefold() not in str(raised.value).casefold()
    # Nor by the exception a program logs with its chain (logging.exception, a traceback).
    assert raised.value.__cause__ is None and raised.value.__context__ is None


def test_settings_built_in_python_with_a_bad_value_raise_the_config_error() -> None:
    # A program catches GbImportError around its run: Settings(...) is part of that run.
    with pytest.raises(GbImportError) as caught:
        Settings(guide=0, rate=5)
    assert type(caught.value) is ConfigError
    assert str(caught.value) == (
        "argument guide: expected a whole number above 0 (the guide's id), got 0; change it")


def test_settings_built_in_python_never_echo_an_api_url_that_holds_the_key() -> None:
    key = "ZZKEY0123456789abcdefSECRET"
    with pytest.raises(ConfigError) as caught:
        Settings(api_url=f"builder.guidebook.com/open-api/v1.1/?key={key}")
    assert key not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_settings_file_saved_by_notepad_reads_or_says_how_to_save_it(tmp_path: Path) -> None:
    # Notepad's "UTF-8 with BOM" is still UTF-8; its "Unicode" is UTF-16 and needs saving again.
    config = tmp_path / "gbimport.toml"
    config.write_bytes("\ufeffguide = 7\n".encode())
    assert load_settings(config, env={}).guide == 7
    for utf16 in (b"\xff\xfe" + "guide = 7\n".encode("utf-16-le"),  # Notepad's "Unicode"
                  b"\xfe\xff" + "guide = 7\n".encode("utf-16-be")):  # "Unicode big endian"
        config.write_bytes(utf16)
        with pytest.raises(ConfigError) as caught:
            load_settings(config, env={})
        assert str(caught.value) == (
            f"{config}: the file is saved as UTF-16, not UTF-8; open it in a text editor and "
            "save it again with the encoding UTF-8")


def test_a_folder_given_as_the_settings_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path, env={})
    assert str(caught.value) == (
        f"{tmp_path} is a folder, not a settings file: give the path of the .toml file "
        "with --config")


def test_a_settings_file_that_cannot_be_read_is_an_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """cron may run as a user who may not read the file someone else wrote (mode 600)."""
    config = write(tmp_path / "gbimport.toml", "guide = 7\n")
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == config:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}: cannot read the settings file (Permission denied); let the user that runs "
        "gbimport read it")


def test_an_empty_environment_variable_leaves_the_files_value(tmp_path: Path) -> None:
    """A cron environment file's `GUIDEBOOK_GUIDE=` line, emptied, is no setting: the
    guide in gbimport.toml still counts, not an error about an empty guide id."""
    config = write(tmp_path / "gbimport.toml", "guide = 7\n")
    settings = load_settings(config, env={"GUIDEBOOK_GUIDE": "", "GUIDEBOOK_API_URL": ""})
    assert (settings.guide, settings.api_url) == (7, DEFAULT_API_URL)


def test_a_key_of_the_wrong_type_is_refused_without_being_echoed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python caller passing the key as a number (read from a JSON file, say): the message
    says what is wrong and never repeats the key."""
    monkeypatch.chdir(tmp_path)  # no gbimport.toml
    with pytest.raises(ConfigError) as caught:
        load_settings(env={}, api_key=918273645546372819)
    assert str(caught.value) == ("argument api_key: expected the API key as text in quotes; "
                                 "write it in quotes")


def test_a_switch_or_number_in_the_file_must_be_written_as_toml_writes_one(
    tmp_path: Path,
) -> None:
    """Read leniently, `guide = true` was guide 1 and `publish = "no way"`... an error, but
    `publish = "yes"` true and `rate = "5"` a rate: a file's values take TOML's own types."""
    config = write(tmp_path / "gbimport.toml",
                   'guide = true\nrate = "5"\npublish = "yes"\nallow_images_outside = 0\n'
                   "concurrency = 4\ntimeout = 2.5\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value).split("; ") == [
        f"{config}:1: guide: expected a whole number above 0 (the guide's id), got true",
        "change it",
        f"{config}:2: rate: expected a number above 0 (requests per second), got \"5\"",
        "write it without quotes",
        f"{config}:4: allow_images_outside: expected true or false, got 0",
        "write true or false",
        f"{config}:3: publish: expected true or false, got \"yes\"",
        "write true or false, without quotes",
    ]
    overridden = load_settings(config, env={"GUIDEBOOK_GUIDE": "7"}, rate=5.0, publish=True,
                               allow_images_outside=False)
    assert (overridden.guide, overridden.rate, overridden.publish, overridden.concurrency,
            overridden.timeout) == (7, 5.0, True, 4, 2.5)


def test_a_sheet_named_with_digits_in_quotes_is_a_name(tmp_path: Path) -> None:
    """A tab called "2024" is written in quotes, as any name: it is not a number to unquote."""
    config = write(tmp_path / "gbimport.toml", 'sheet = "2024"\n')
    assert load_settings(config, env={}).sheet == "2024"


def test_a_number_with_a_fraction_in_quotes_is_told_to_lose_them(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", 'rate = "2.5"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: rate: expected a number above 0 (requests per second), got \"2.5\"; "
        "write it without quotes")


def test_a_bad_sheet_list_is_described_once_as_written(tmp_path: Path) -> None:
    """The sheet setting takes several types and fails once for each: one clause, showing
    the value as the file wrote it."""
    config = write(tmp_path / "gbimport.toml", "sheet = [1.5]\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: sheet: expected a sheet's name or 0-based number, \"all\", or a list "
        "of names, got [1.5]; change it")


def test_an_unknown_setting_is_named_after_the_bad_values_of_known_ones(tmp_path: Path) -> None:
    config = write(tmp_path / "gbimport.toml", 'colour = 1\nrate = "fast"\nguide = 0\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value).split("; ") == [
        f"{config}:3: guide: expected a whole number above 0 (the guide's id), got 0",
        "change it",
        f"{config}:2: rate: expected a number above 0 (requests per second), got \"fast\"",
        "change it, or leave it out for the default (5)",
        f"{config}:1: colour: unknown setting (known: allow_images_outside, api_url, "
        "concurrency, daily_budget, guide, mapping, max_image_bytes, max_retry_wait, publish, "
        "rate, report, sheet, state_file, timeout, timezone)",
    ]


def test_a_switch_written_for_the_sheet_is_refused_not_read_as_sheet_1(tmp_path: Path) -> None:
    """Read leniently, `sheet = true` read the workbook's second sheet (true being 1)."""
    for written in ("true", '[true, "Day 2"]'):
        config = write(tmp_path / "gbimport.toml", f"sheet = {written}\n")
        with pytest.raises(ConfigError) as caught:
            load_settings(config, env={})
        assert str(caught.value) == (
            f"{config}:1: sheet: expected a sheet's name or 0-based number, \"all\", or a "
            f"list of names, got {written}; change it")


def test_an_empty_sheet_list_is_refused_not_read_as_the_first_sheet(tmp_path: Path) -> None:
    """`sheet = []` read as no sheet named, so a nightly run took the first sheet holding data
    where its author meant to list the tabs to read."""
    config = write(tmp_path / "gbimport.toml", "sheet = []\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:1: sheet: expected a sheet's name or 0-based number, \"all\", or a "
        "list of names, got []; name at least one, or leave it out for the first sheet "
        "holding data")
