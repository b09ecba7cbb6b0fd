"""README.md's "### Settings": the keys, what a bad file is told, the exit codes, checked
against what the code does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from importer._toml_problems import toml_value
from importer.cli import PLAN_EPILOG, PUBLISH_EPILOG, RUN_EPILOG, app
from importer.errors import (
    AuthenticationError,
    BudgetExhaustedError,
    ConfigError,
    GuideNotFoundError,
    InputError,
    InterruptedBeforeSending,
    MappingError,
    NotPublishedError,
    OutageError,
    PermissionDeniedError,
    StoppedAtOnce,
    UnsafeOperationError,
)
from importer.report import EXIT_INTERRUPTED, EXIT_PIPE_CLOSED
from importer.settings import DEFAULT_API_URL, FILE_KEYS, load_settings
from tests.test_readme import README

SETTINGS = README.split("### Settings", 1)[1].split("\n## ", 1)[0]


def said(sentence: str) -> None:
    """The README sentence a test pins, as a reader finds it (line breaks aside)."""
    assert sentence in " ".join(SETTINGS.split())


def refusal(tmp_path: Path, text: str) -> str:
    config = tmp_path / "gbimport.toml"
    config.write_text(f"# the nightly sync\n{text}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    return str(caught.value).replace(str(config), "gbimport.toml")


@pytest.mark.parametrize(("line", "told"), [
    ("rate = 0", "rate: expected a number above 0 (requests per second), got 0; change it, or "
     "leave it out for the default (5)"),
    ("concurrency = 65", "concurrency: expected a whole number from 1 to 64 (requests in "
     "flight at once), got 65; change it, or leave it out for the default (4)"),
    ('publish = "yes"', 'publish: expected true or false, got "yes"; write true or false, '
     "without quotes"),
    ('rate = "5"', 'rate: expected a number above 0 (requests per second), got "5"; write it '
     "without quotes"),
    ("guide = true", "guide: expected a whole number above 0 (the guide's id), got true; "
     "change it"),
    ("sheet = true", 'sheet: expected a sheet\'s name or 0-based number, "all", or a list of '
     "names, got true; change it"),
    ("GUIDEBOOK_GUIDE = 3", "GUIDEBOOK_GUIDE: unknown setting (the environment variable's "
     "name; in this file: 'guide')"),
    ("rat = 5", "rat: unknown setting (did you mean 'rate'?)"),
    ('fill_down = ["Date"]', 'fill_down: unknown setting (fill_down belongs in the mapping '
     'file, not the settings: move it there and name that file with mapping = "...")'),
])
def test_each_problem_is_named_by_its_line_with_what_the_key_takes(
        tmp_path: Path, line: str, told: str) -> None:
    """README: 'Each of the problems below is named by the file's line ... A value out of
    range (`rate = 0`) stops it saying what the key takes and its default. A value of another
    TOML type ... stops it saying what the key takes and how to write it'. The README said a
    value of another type was told its default too: it is told how to write the value."""
    said("Each of the problems below is named by the file's line, as a mapping's are "
         "(`gbimport.toml:4: rate: expected a number above 0 ...`)")
    said("A value out of range (`rate = 0`) stops it saying what the key takes and its "
         "default.")
    said('A value of another TOML type (`publish = "yes"`, `rate = "5"`, `guide = true`, '
         "`sheet = true`) stops it saying what the key takes and how to write it")
    said("(an environment variable's name, `GUIDEBOOK_GUIDE = 3`, the setting's: `guide`)")
    assert refusal(tmp_path, line) == f"gbimport.toml:2: {told}"


def test_a_whole_mapping_given_as_the_settings_is_told_so_once(tmp_path: Path) -> None:
    said("a whole mapping given as the settings (`--config my-event.toml` for `--mapping`) is "
         "told so once")
    config = tmp_path / "my-event.toml"
    config.write_text('name = "mine"\n[fields.name]\ncolumn = "Title"\n[fields.tracks]\n'
                      'column = "Track"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:2: [fields] makes this file a mapping, not settings; give it with "
        f"--mapping {config} instead")


def test_a_line_toml_cannot_read_is_not_quoted_back(tmp_path: Path) -> None:
    """README: 'without quoting the line back': the line may hold the key."""
    said("without quoting the line back")
    said("A line TOML cannot read gets the mapping's words for the fix.")
    told = refusal(tmp_path, "guide = 1\nrate = 5 eyJhbGciOiJIUzI1NiJ9secret")
    assert "eyJhbGciOiJIUzI1NiJ9secret" not in told
    assert re.match(r"gbimport\.toml:3: not valid TOML \(.*at column .*\); ", told), told


def keys_table() -> dict[str, tuple[str, str]]:
    table = SETTINGS.split("#### Keys", 1)[1].split("\n\n")[2]
    rows = [line.split(" | ") for line in table.splitlines()[2:]]
    return {key.strip("|` "): (takes, default.strip("| ")) for key, takes, default in rows}


def test_the_keys_table_names_every_key_a_file_may_hold_with_its_default(
        tmp_path: Path) -> None:
    """README's '#### Keys': 'the file may also hold the last six below', and each key's
    default is what a file without it gets. max_image_bytes' default read '5 MB', which the
    file refuses (`max_image_bytes = "5 MB"`): it is the number to write."""
    said("The example above holds the keys most files need; the file may also hold the last "
         "six below.")
    table = keys_table()
    (example,) = re.findall(r"```toml\n(.*?)```", SETTINGS, flags=re.DOTALL)
    in_example = [line.split(" = ")[0] for line in example.splitlines()]
    assert list(table) == [*in_example, "api_url", "timeout", "max_retry_wait",
                           "allow_images_outside", "max_image_bytes", "state_file"]
    assert sorted(table) == sorted(FILE_KEYS)
    (tmp_path / "gbimport.toml").write_text("", encoding="utf-8")
    defaults = load_settings(tmp_path / "gbimport.toml", env={})
    written = {"rate": "5", "concurrency": "4", "daily_budget": "10000", "publish": "`false`",
               "timeout": "30", "max_retry_wait": "120", "allow_images_outside": "`false`",
               "max_image_bytes": "`5242880` (5 MB)",
               "api_url": f"Guidebook's, `{DEFAULT_API_URL}`"}
    assert {key: table[key][1] for key in written} == written
    assert {key: toml_value(getattr(defaults, key)) for key in written} == {
        "rate": "5.0", "concurrency": "4", "daily_budget": "10000", "publish": "false",
        "timeout": "30.0", "max_retry_wait": "120.0", "allow_images_outside": "false",
        "max_image_bytes": "5242880", "api_url": f'"{DEFAULT_API_URL}"'}
    # The rest are decided elsewhere (the mapping, the guide, the sheet, the time).
    assert {key for key in table if getattr(defaults, key) is None} == {
        "guide", "mapping", "timezone", "report", "sheet", "state_file"}
    assert load_settings(tmp_path / "gbimport.toml", env={}, concurrency=64).concurrency == 64
    for refused in (0, 65):
        with pytest.raises(ConfigError, match="a whole number from 1 to 64"):
            load_settings(tmp_path / "gbimport.toml", env={}, concurrency=refused)


def listed_codes(epilog: str) -> list[int]:
    return [int(code) for code in re.findall(r"^  (\d+)  ", epilog, flags=re.M)]


def test_the_exit_codes_table_is_the_one_run_help_lists_and_the_failures_give() -> None:
    """README's '#### Exit codes': 'A run's codes (`plan` and `publish` give the same ones
    where they apply)', each as the failure that stops a run gives it."""
    said("`gbimport run --help` lists the options (`--rate`, `--concurrency`, `--report`...), "
         "then an example and the exit codes.")
    table = SETTINGS.split("#### Exit codes", 1)[1].split("\n\n")[2]
    codes = [int(line.split(" | ")[0].strip("| ")) for line in table.splitlines()[2:]]
    assert codes == listed_codes(RUN_EPILOG) == [0, 1, 2, 3, 4, 130, 141]
    assert set(listed_codes(PLAN_EPILOG)) < set(codes)
    assert set(listed_codes(PUBLISH_EPILOG)) < set(codes)
    said("| 2 | could not run: a bad file, mapping, settings or key; a stop that needs "
         "`--force`; another run holding the guide's lock; the API refusing the key or the "
         "guide")
    said("| 3 | stopped for the daily budget, or as Guidebook stopped answering")
    said("| 4 | the changes were applied but publishing the guide failed")
    said("| 130 | interrupted (Ctrl-C or SIGTERM)")
    given = {error: error.exit_code for error in (
        InputError, MappingError, ConfigError, UnsafeOperationError, AuthenticationError,
        PermissionDeniedError, GuideNotFoundError, BudgetExhaustedError, OutageError,
        NotPublishedError, InterruptedBeforeSending, StoppedAtOnce)}
    assert given == {
        InputError: 2, MappingError: 2, ConfigError: 2, UnsafeOperationError: 2,
        AuthenticationError: 2, PermissionDeniedError: 2, GuideNotFoundError: 2,
        BudgetExhaustedError: 3, OutageError: 3, NotPublishedError: 4,
        InterruptedBeforeSending: 130, StoppedAtOnce: 130}
    assert (EXIT_INTERRUPTED, EXIT_PIPE_CLOSED) == (130, 141)


def test_validate_reads_the_files_mapping_timezone_and_sheet_without_key_or_guide(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README: '`validate` reads the file's `mapping`, `timezone` and `sheet` too, and needs
    neither key nor guide.'"""
    said("`validate` reads the file's `mapping`, `timezone` and `sheet` too, and needs neither "
         "key nor guide.")
    for name in ("GUIDEBOOK_API_KEY", "GUIDEBOOK_GUIDE", "GUIDEBOOK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["Bring badges"])
    day = book.create_sheet("Day 2")
    day.append(["Talk", "When", "Until"])
    day.append(["Keynote", "2027-05-11 09:00", "2027-05-11 10:00"])
    book.save(tmp_path / "schedule.xlsx")
    (tmp_path / "mine.toml").write_text(
        'name = "mine"\n[fields.name]\ncolumn = "Talk"\n[fields.start]\ncolumn = "When"\n'
        '[fields.end]\ncolumn = "Until"\n', encoding="utf-8")
    (tmp_path / "gbimport.toml").write_text(
        'mapping = "mine.toml"\ntimezone = "Europe/Berlin"\nsheet = "Day 2"\n',
        encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "schedule.xlsx", "--json"])
    assert result.exit_code == 0, result.output
    read = json.loads(result.output)
    (row,) = read["rows"]
    assert (read["settings_file"], read["sheet_name"], read["mapping"], read["timezone"],
            row["payload"]["name"], row["payload"]["start_time"]) == (
        str(tmp_path / "gbimport.toml"), "Day 2", "mine", "Europe/Berlin",
        "Keynote", "2027-05-11T07:00:00Z")
