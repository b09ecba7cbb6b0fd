"""The command line: exit codes, one-line errors without tracebacks, help for every command."""

from __future__ import annotations

import csv
import itertools
import json
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from importer import cli
from importer.cli import app
from importer.errors import (
    BudgetExhaustedError,
    ConfigError,
    InputError,
    InterruptedBeforeSending,
    MappingError,
)
from importer.sandbox import RunningSandbox, SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "conference.csv"
FIRST_TRY = ROOT / "sample_data" / "first-try.csv"
runner = CliRunner()


def one_line(output: str) -> str:
    """The output with rich's wrapping undone."""
    return " ".join(output.split())


def test_version_is_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert (result.exit_code, result.output) == (0, f"gbimport {version}\n")


@pytest.mark.parametrize("command", ["validate", "plan", "run", "demo", "sandbox"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    info = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)  # type: ignore[union-attr]
    assert info.help or (info.callback and info.callback.__doc__)


def test_validate_clean_sheet_exits_zero_and_lists_sessions() -> None:
    result = runner.invoke(app, ["validate", str(SAMPLE), "--timezone", "America/Chicago"])
    assert result.exit_code == 0, result.output
    assert "Rows read 61 · valid 61 · with errors 0 · with warnings 0" in result.output
    assert "sheet:PDS-001" in result.output


def test_validate_json_is_the_report_on_stdout() -> None:
    result = runner.invoke(
        app, ["validate", str(FIRST_TRY), "--timezone", "America/Chicago", "--json"]
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    issues = [i for row in report["rows"] for i in row["issues"]]
    codes = [(i["row"], i["code"], i["severity"]) for i in issues]
    assert codes == [
        (3, "end-before-start", "error"), (4, "html-stripped", "warning"), (5, "bad-date", "error")
    ]


def test_issues_out_writes_one_line_per_issue(tmp_path: Path) -> None:
    target = tmp_path / "issues.csv"
    result = runner.invoke(app, ["validate", str(FIRST_TRY), "--issues-out", str(target)])
    assert result.exit_code == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["row"], r["severity"], r["code"]) for r in rows] == [
        ("", "warning", "timezone-assumed"),  # no --timezone, mapping or settings file
        ("3", "error", "end-before-start"), ("4", "warning", "html-stripped"),
        ("5", "error", "bad-date"),
    ]


def test_summary_counts_headings_and_repeated_rows_as_skipped(tmp_path: Path) -> None:
    header, keynote = FIRST_TRY.read_text(encoding="utf-8").splitlines()[:2]
    sheet = tmp_path / "s.csv"
    sheet.write_text("\n".join([header, "DAY 1", keynote, keynote]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"])
    assert result.exit_code == 0, result.output
    assert "Rows read 3 · valid 1 · with errors 0 · with warnings 2 · skipped 2" in result.output


@pytest.mark.parametrize("name", ["first-try.csv", "issues.json", "issues.txt"])
def test_issues_out_refuses_the_input_file_and_formats_it_cannot_write(
    tmp_path: Path, name: str
) -> None:
    sheet = tmp_path / "first-try.csv"
    sheet.write_bytes(FIRST_TRY.read_bytes())
    result = runner.invoke(app, ["validate", str(sheet), "--issues-out", str(tmp_path / name)])
    assert result.exit_code == 2
    message = one_line(result.output)
    assert ("would replace your schedule" in message if name == sheet.name else
            "can be written as .csv, .xlsx" in message), message
    assert sheet.read_bytes() == FIRST_TRY.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [sheet.name]


def test_run_refuses_a_report_over_its_spreadsheet_before_any_request(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "k")
    sheet = tmp_path / "conference.csv"
    sheet.write_bytes(SAMPLE.read_bytes())
    # Nothing listens on port 9: any request would fail with another message.
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--report", str(sheet),
                                 "--api-url", "http://127.0.0.1:9/open-api/v1.1/"])
    assert result.exit_code == 2
    assert "would replace your schedule" in one_line(result.output)
    assert sheet.read_bytes() == SAMPLE.read_bytes()


def test_validate_reads_mapping_and_timezone_from_the_settings_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GUIDEBOOK_API_KEY", raising=False)  # validate needs no key
    Path("gbimport.toml").write_text(
        'timezone = "America/Chicago"\nmapping = "guidebook-template"\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "mapping 'guidebook-template', times in America/Chicago" in one_line(result.output)
    assert "timezone-assumed" not in result.output
    result = runner.invoke(app, ["validate", str(SAMPLE), "--timezone", "Europe/Madrid"])
    assert "times in Europe/Madrid" in one_line(result.output)  # the option wins over the file


def test_validate_without_any_timezone_says_utc_was_assumed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", str(SAMPLE)])
    assert result.exit_code == 0, result.output  # a warning, not an error
    assert "times in UTC" in one_line(result.output)
    assert "timezone-assumed" in result.output and "--timezone" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "nope.xlsx"], "nope.xlsx"),
        (["validate", str(SAMPLE), "--mapping", "no-such-mapping"], "no-such-mapping"),
        (["validate", str(SAMPLE), "--timezone", "America/Chicgo"], "America/Chicago"),
        (["validate", str(SAMPLE), "--sheet", "Talks"], "sheet"),
    ],
)
def test_bad_input_is_one_line_exit_two_no_traceback(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.output.strip().count("\n") <= 2  # one message, maybe wrapped once


def test_run_without_key_or_guide_explains_the_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GUIDEBOOK_API_KEY", raising=False)
    result = runner.invoke(app, ["run", str(SAMPLE), "--guide", "1"])
    assert result.exit_code == 2
    assert "GUIDEBOOK_API_KEY" in result.output
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "k")
    result = runner.invoke(app, ["plan", str(SAMPLE)])
    assert result.exit_code == 2
    assert "--guide" in result.output


def test_plain_http_to_another_host_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "secret-key-1234567890")
    result = runner.invoke(
        app, ["plan", str(SAMPLE), "--guide", "1", "--api-url", "http://example.org/open-api/"]
    )
    assert result.exit_code == 2
    assert "https" in result.output
    assert "secret-key-1234567890" not in result.output


def test_one_problem_on_many_rows_prints_as_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "migration.csv"
    rows = [f"S{n},Talk {n},{'5/32/2027' if n % 2 else '5/11/2027'},9:00,30:00,Room {n}"
            for n in range(40)]
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     + "\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"])
    assert result.exit_code == 1
    text = one_line(result.output)
    assert "bad-time Rows 2–41 (40 rows): 'Time End' has '30:00', which is not a time" in text
    assert ("bad-date Rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, and 8 more (20 rows): "
            "'Date' has '5/32/2027'") in text
    assert "60 issues in all: a line naming several rows stands for one issue on each" in text
    target = tmp_path / "issues.csv"
    runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC", "--issues-out", str(target)])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 60  # the file keeps one line per issue


def test_a_flood_of_issues_prints_the_first_lines_errors_first(tmp_path: Path) -> None:
    """300 sessions each overlapping the next in one room: 300 distinct warnings, and one
    error on the last row, which must not be pushed off the screen by them."""
    sheet = tmp_path / "flood.csv"
    rows = [f"S{n},Talk {n},5/11/2027,{9 + n // 30}:{n % 30 * 2:02},"
            f"{10 + n // 30}:{n % 30 * 2:02},Hall" for n in range(299)]
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     + "\n".join(rows) + "\nS299,Last,5/32/2027,9:00,10:00,Hall\n",
                     encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"])
    assert result.exit_code == 1
    printed = [line.split()[0] for line in result.output.splitlines()
               if line.startswith(("warning ", "error "))]
    assert (len(printed), printed.count("error"), printed[-1]) == (200, 1, "error")
    text = one_line(result.output)
    assert "... and 100 more lines of issues, not printed." in text
    assert "300 issues in all: --issues-out FILE lists them one by one." in text


def test_hidden_lines_are_counted_as_lines_and_big_counts_keep_their_commas() -> None:
    """1,250 distinct warnings and one error on 1,000 rows (one line): 1,251 lines, of which
    1,051 are not printed; the count of issues is a separate number."""
    from rich.console import Console

    from importer.model import RowIssue
    from importer.render import issue_lines

    issues = [RowIssue(n, "Room/Location", "Hall", "room-overlap", "warning",
                       f"Row {n}: overlaps session S{n + 1} in 'Hall'") for n in range(2, 1252)]
    issues += [RowIssue(n, "Date", "5/32/2027", "bad-date", "error",
                        f"Row {n}: 'Date' has '5/32/2027', which is not a date")
               for n in range(1252, 2252)]
    console = Console(record=True, width=200)
    issue_lines(console, issues, every_one="--json")
    printed = [line.rstrip() for line in console.export_text().splitlines()]
    assert printed[198:] == [
        "warning  room-overlap  Row 200: overlaps session S201 in 'Hall'",
        "error    bad-date      Rows 1252–2251 (1,000 rows): 'Date' has '5/32/2027', which is "
        "not a date",
        "... and 1,051 more lines of issues, not printed.",
        "2,250 issues in all: a line naming several rows stands for one issue on each; "
        "--json lists them one by one.",
    ]


def test_a_problem_on_three_rows_prints_as_one_line(tmp_path: Path) -> None:
    sheet = tmp_path / "three.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     + "".join(f"{n},Talk,5/32/2027,{9 + n}:00,{10 + n}:00,Hall\n"
                               for n in range(3)), encoding="utf-8")
    text = one_line(runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"]).output)
    assert ("error bad-date Rows 2–4 (3 rows): 'Date' has '5/32/2027', which is not a date: "
            "write the date like 5/11/2027 (May 11) or 2027-05-11") in text
    assert "Row 2:" not in text


def test_a_problem_on_two_rows_is_still_listed_per_row(tmp_path: Path) -> None:
    sheet = tmp_path / "two.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "A,One,5/32/2027,9:00,10:00,Hall\nB,Two,5/32/2027,11:00,12:00,Hall\n",
                     encoding="utf-8")
    text = one_line(runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"]).output)
    assert "Row 2: 'Date' has '5/32/2027'" in text and "Row 3: 'Date' has '5/32/2027'" in text
    assert "issues in all" not in text


# -- --debug shows the traceback, never changes the exit code -------------------------------


@pytest.mark.parametrize(
    ("failure", "code", "line"),
    [
        (ConfigError("no guide id"), 2, "error: no guide id"),
        (BudgetExhaustedError("budget spent"), 3, "error: budget spent"),
        (KeyboardInterrupt(), 130, "interrupted"),
        (InterruptedBeforeSending("interrupted while reading"), 130, "interrupted while reading"),
        (ValueError("a bug"), 2, "internal error: ValueError: a bug"),
    ],
    ids=["config", "budget", "interrupt", "interrupt-reading", "bug"],
)
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_failure_exits_with_its_own_code_with_or_without_debug(
    monkeypatch: pytest.MonkeyPatch, failure: BaseException, code: int, line: str, debug: bool
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(cli, "validate_file", fail)
    try:
        result = runner.invoke(app, ["validate", str(SAMPLE), *(["--debug"] if debug else [])])
    except KeyboardInterrupt:  # escaping would end the whole pytest session, not this test
        pytest.fail("KeyboardInterrupt escaped the command")
    assert result.exit_code == code, result.output
    assert line in one_line(result.output)
    assert ("error:" in result.output) is (code != 130)  # an interruption was asked for
    assert ("Traceback (most recent call last)" in result.output) is debug


def test_an_error_message_keeps_its_brackets(monkeypatch: pytest.MonkeyPatch) -> None:
    # Text from the service or a file is not rich markup: "[redacted]" must not vanish.
    def fail(*args: object, **kwargs: object) -> None:
        raise InputError("token [redacted] is odd; see [/] and [b]x[/b]")

    monkeypatch.setattr(cli, "validate_file", fail)
    result = runner.invoke(app, ["validate", str(SAMPLE)])
    assert result.exit_code == 2
    assert "error: token [redacted] is odd; see [/] and [b]x[/b]" in one_line(result.output)


def test_an_error_longer_than_the_screen_is_still_one_line_on_a_pipe(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under cron, stderr is a file: a line broken at 100 columns splits a column's name
    # in the mail, and `grep error:` finds only its first part.
    message = ("mapping 'x' needs 5 columns the sheet does not have: " + "'Session Title', " * 8
               + "and so on")

    def fail(*args: object, **kwargs: object) -> None:
        raise MappingError(message)

    monkeypatch.setattr(cli, "validate_file", fail)
    result = runner.invoke(app, ["validate", str(SAMPLE)])
    assert (result.exit_code, result.output) == (2, f"error: {message}\n")


# -- a bad setting is blamed on where it came from -------------------------------------------


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--guide", "0"], "command-line option --guide: expected a whole number above 0 (the "
                           "guide's id), got 0; change it"),
        (["--rate", "0"], "command-line option --rate: expected a number above 0 (requests "
                          "per second), got 0; change it, or leave it out for the default (5)"),
        (["--concurrency", "100"],
         "command-line option --concurrency: expected a whole number from 1 to 64 (requests in "
         "flight at once), got 100; change it, or leave it out for the default (4)"),
    ],
)
def test_a_bad_option_is_blamed_on_the_option(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, option: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "k")
    Path("gbimport.toml").write_text("guide = 1\n", encoding="utf-8")  # valid, not to blame
    result = runner.invoke(app, ["plan", str(SAMPLE), *option])
    assert result.exit_code == 2
    assert one_line(result.output) == f"error: {message}"


def test_bad_values_from_the_file_and_the_environment_name_each_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "k")
    monkeypatch.setenv("GUIDEBOOK_GUIDE", "0")
    Path("gbimport.toml").write_text("rate = 0\nconcurrency = 2\n", encoding="utf-8")
    result = runner.invoke(app, ["plan", str(SAMPLE), "--concurrency", "3"])
    assert result.exit_code == 2
    assert one_line(result.output) == (
        "error: environment variable GUIDEBOOK_GUIDE: expected a whole number above 0 (the "
        "guide's id), got \"0\"; change it; gbimport.toml:1: rate: expected a number above 0 "
        "(requests per second), got 0; change it, or leave it out for the default (5)"
    )


@pytest.mark.parametrize(("settings", "option", "blamed"), [
    ('report = "reports/last.txt"\n', [], "gbimport.toml:2: report: reports/last.txt"),
    ("", ["--report", "last.txt"], "command-line option --report: last.txt"),
])
def test_a_report_path_of_no_format_is_blamed_on_the_file_or_option_that_gave_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: str, option: list[str],
    blamed: str
) -> None:
    """A cron user reading "out.txt: ..." would look for --report in the crontab line."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "k")
    Path("gbimport.toml").write_text("guide = 1\n" + settings, encoding="utf-8")
    result = runner.invoke(app, ["run", str(SAMPLE), *option])
    assert result.exit_code == 2
    assert one_line(result.output) == (
        f"error: {blamed}: the report can be written as .csv, .xlsx, .json; give the file "
        "one of those extensions")


def test_a_key_typed_at_the_prompt_is_kept_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GUIDEBOOK_API_KEY", raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(cli.typer, "prompt", lambda *args, **kwargs: "typed-key-12345")
    settings = cli._settings(None, allow_images_outside=False, guide=1)
    assert settings.require_api_key() == "typed-key-12345"
    assert "typed-key-12345" not in repr(settings)


# -- end to end against a real sandbox on loopback ----------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(SandboxConfig(api_key="ZZKEY-cli-SECRET-4711")) as running:
        yield running


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
          sandbox: RunningSandbox) -> RunningSandbox:
    """The sandbox, its key in the environment, and a fresh folder to run in (reports)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
    return sandbox


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("key", "guide", "message"),
    [
        ("WRONGKEY-XYZZY-42", "1", "Guidebook rejected the API key"),
        (None, "999", "Guide not found (HTTP 404 on GET guides/999/)"),
    ],
    ids=["wrong-key", "no-such-guide"],
)
def test_run_with_debug_still_exits_two_when_it_cannot_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sandbox: RunningSandbox,
    key: str | None, guide: str, message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", key or sandbox.api_key)
    args = ["run", str(SAMPLE), "--guide", guide, "--api-url", sandbox.base_url, "-q"]
    for extra in ([], ["--debug"]):
        result = runner.invoke(app, args + extra)
        assert result.exit_code == 2, result.output
        assert message in one_line(result.output)
    assert "Traceback" in result.output  # the --debug run
    assert sandbox.api_key not in result.output


@pytest.mark.e2e
def test_a_wrong_api_version_is_named_with_the_url_not_only_the_guide_id(
    keyed: RunningSandbox
) -> None:
    wrong = keyed.base_url.replace("/open-api/v1.1/", "/open-api/v2/")
    for debug in ([], ["--debug"]):
        result = runner.invoke(app, ["plan", str(SAMPLE), "--guide", "1", "--api-url", wrong,
                                     *debug])
        assert result.exit_code == 2, result.output
        assert (f"Check the guide id, and the API URL {wrong}: it should end in "
                "/open-api/v1.1/ (or /open-api/v1/)") in one_line(result.output)
        assert keyed.api_key not in result.output


def test_sheet_text_that_looks_like_markup_prints_as_written(tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "1,[b]Bold[/b],5/11/2027,9:00 AM,10:00 AM,[/]\n"
                     "2,Plain,[red]soon[/red],9:00 AM,10:00 AM,Hall\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"])
    assert result.exit_code == 1, result.output  # not 2: "[/]" once crashed the table
    assert "'Date' has '[red]soon[/red]'" in one_line(result.output)
    sheet.write_text("\n".join(sheet.read_text(encoding="utf-8").splitlines()[:2]) + "\n",
                     encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "UTC"])
    assert result.exit_code == 0, result.output
    assert "[b]Bold[/b]" in result.output and "[/]" in result.output


@pytest.mark.e2e
def test_quiet_run_prints_nothing_when_every_row_went_fine(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    """For cron, which mails whatever a job prints."""
    args = ["run", "--guide", "1", "--api-url", keyed.base_url, "-q", "--timezone", "UTC",
            "--rate", "200"]
    result = runner.invoke(app, [*args, str(FIRST_TRY.parent / "conference.csv")])
    assert (result.exit_code, result.output) == (0, "")
    assert len(list((tmp_path / "reports").glob("*.csv"))) == 1  # the report all the same
    result = runner.invoke(app, [*args, str(FIRST_TRY)])  # two rows with errors
    assert result.exit_code == 1
    # Each problem on a line of its own, whole (cron mails it; grep finds it), naming its
    # row once.
    assert [line for line in result.output.splitlines() if line.startswith("row ")] == [
        "row 3: invalid: end-before-start: the session ends before it starts: 'Time End' has "
        "'10:15 AM' and 'Time Start' has '10:30 AM' (read as 2027-05-11 10:15 and 2027-05-11 "
        "10:30); fix the end time, or if it runs past midnight, add a column 'End Date "
        "(Optional)' and put the next day in it",
        "row 5: invalid: bad-date: 'Date' has '5/32/2027', which is not a date: write "
        "the date like 5/11/2027 (May 11) or 2027-05-11",
    ]


@pytest.mark.e2e
def test_quiet_run_prints_the_warnings_of_rows_it_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A nightly run that moved a session to last year's date (a tab copied from last
    year's workbook), where Guidebook no longer shows it, mailed nothing: every row "went
    fine". A warning on a row sent that night is news; on an unchanged row it is not."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    header = "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
    talks = "1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n2,Panel,{date},11:00 AM,12:00 PM,Hall\n"
    config = SandboxConfig(guide_start_date="2027-05-10", guide_end_date="2027-05-12")
    with running_sandbox(config) as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        outputs = []
        for date in ("5/11/2027", "5/11/2026", "5/11/2026"):
            sheet.write_text(header + talks.format(date=date), encoding="utf-8")
            result = runner.invoke(app, args)
            assert result.exit_code == 0, result.output
            outputs.append(result.output)
    first, moved, again = outputs
    assert (first, again) == ("", "")
    assert [line for line in moved.splitlines() if line.startswith(("warning", "│"))] == [
        "warning: outside-guide-dates on row 3 (details in the report)",
        "│       0 │       1 │         1 │       0 │       0 │      0 │        0 │       0 │",
    ]


@pytest.mark.e2e
def test_a_run_prints_rows_sharing_one_problem_as_one_line(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    """Times to be announced on many rows printed the same long line per row, up to 20,
    and left the other problems off the screen."""
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
        + "".join(f"{n},Talk {n},5/11/2027,TBD,TBD,Hall\n" for n in (1, 2, 3, 5))
        + "4,Talk 4,5/32/2027,9:00 AM,10:00 AM,Hall\n6,Talk 6,5/11/2027,TBD,TBD,Hall\n",
        encoding="utf-8")
    result = runner.invoke(app, ["run", "--guide", "1", "--api-url", keyed.base_url, "-q",
                                 "--timezone", "UTC", "--rate", "200", str(sheet)])
    assert result.exit_code == 1
    not_yet = ("has 'TBD', a time not fixed yet: write the time once the session has one, or "
               'add blank_values = ["TBD"] to the mapping to send it meanwhile as an all-day '
               "session on its date")
    tbd = f"invalid: bad-time: 'Time Start' {not_yet}; bad-time: 'Time End' {not_yet}"
    assert [line for line in result.output.splitlines() if line.startswith("row")] == [
        f"rows 2–5, 7 (5 rows): {tbd}",
        "row 6: invalid: bad-date: 'Date' has '5/32/2027', which is not a date: write the "
        "date like 5/11/2027 (May 11) or 2027-05-11",
    ]


@pytest.mark.e2e
def test_a_report_that_cannot_be_written_still_shows_what_the_run_did(
    tmp_path: Path, keyed: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sessions went in; a report file open in Excel (which locks it on Windows, so it
    cannot be replaced) must not hide that, even under --quiet."""
    def locked(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("importer.report.os.replace", locked)
    result = runner.invoke(app, ["run", str(SAMPLE), "--guide", "1", "--api-url",
                                 keyed.base_url, "--rate", "200", "-q", "--report", "held.csv"])
    assert result.exit_code == 2, result.output
    text = one_line(result.output)
    assert "Import into guide 1" in text and " requests in " in text
    assert text.endswith("error: held.csv: cannot write the report there (Permission denied); "
                         "if the file is open in Excel, close it, or give another file name")


@pytest.mark.e2e
def test_a_report_path_that_cannot_be_written_stops_the_run_before_any_request(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    """A cron run must not do all its work and then find it cannot leave a report."""
    (tmp_path / "held.csv").mkdir()
    keyed.reset()
    result = runner.invoke(app, ["run", str(SAMPLE), "--guide", "1", "--api-url",
                                 keyed.base_url, "--rate", "200", "-q", "--report", "held.csv"])
    assert (result.exit_code, one_line(result.output), keyed.stats()["requests"]) == (
        2, "error: held.csv is a folder: give the report a file name in it, such as "
        "held.csv/gbimport.csv", [])


@pytest.mark.e2e
def test_run_names_the_rows_with_warnings_before_sending(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    """Warnings found in the sheet are named before anything is sent, one line per kind:
    a planner who runs without `plan` first still hears of them."""
    sheet = tmp_path / "s.csv"
    sheet.write_text(
        "Session ID,Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"
        "W1,One,5/11/2027,9:00 AM,10:00 AM,Hall,\n"
        "W2,Two,5/11/2027,9:30 AM,10:30 AM,Hall,\n"
        "W3,Three,5/12/2027,9:00 AM,10:00 AM,Hall,<p>Hi</p><script>x()</script>\n",
        encoding="utf-8")
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--timezone", "UTC",
                                 "--api-url", keyed.base_url, "--rate", "200"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: room-overlap on rows 2, 3 (details in the report)",
        "warning: html-stripped on row 4 (details in the report)",
    ]


@pytest.mark.e2e
def test_plan_says_its_json_lists_every_issue_one_by_one(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    """plan has no --issues-out: the way to every issue it names is --json."""
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     + "".join(f"P{n},Talk,5/32/2027,{9 + n}:00,{10 + n}:00,Hall\n"
                               for n in range(3)), encoding="utf-8")
    result = runner.invoke(app, ["plan", str(sheet), "--guide", "1", "--timezone", "UTC",
                                 "--api-url", keyed.base_url])
    text = one_line(result.output)
    assert "error bad-date Rows 2–4 (3 rows): 'Date' has '5/32/2027'" in text
    assert ("3 issues in all: a line naming several rows stands for one issue on each; "
            "--json lists them one by one.") in text


@pytest.mark.parametrize("args", [["-h"], ["validate", "-h"], ["run", "-h"], ["sandbox", "-h"]])
def test_dash_h_is_help_as_dash_dash_help_is(args: list[str]) -> None:
    """-h was "No such option: -h", exit 2."""
    short, long = runner.invoke(app, args), runner.invoke(app, [*args[:-1], "--help"])
    assert (short.exit_code, short.output) == (0, long.output)
    assert "Usage: " in short.output


@pytest.mark.parametrize("command", ["plan", "run"])
def test_help_fits_an_80_column_terminal(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    assert "…" not in result.output  # no option name or help cut short
    assert "--allow-images-outside" in result.output and "--no-create-missing" in result.output


def help_after_options(command: str) -> list[str]:
    """What a command's --help says below its option panels, at 80 columns, line by line."""
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.output.splitlines()]
    last_panel = max(n for n, line in enumerate(lines) if line.startswith("╰"))
    return [line for line in lines[last_panel + 1:] if line]


KEY_LINE = " The API key is read from GUIDEBOOK_API_KEY, or asked for at a terminal."


@pytest.mark.parametrize(("command", "epilog"), [
    ("validate", [
        " Example: gbimport validate schedule.xlsx --timezone America/Chicago",
        " Exit codes:",
        "   0  no row has an error (warnings alone are 0)",
        "   1  a row, or the sheet, has an error",
        "   2  the sheet, the mapping or the settings could not be read",
    ]),
    ("draft-mapping", [
        " Example: gbimport draft-mapping schedule.xlsx -o my-event.toml",
        " then: gbimport validate schedule.xlsx -m my-event.toml",
        " Exit codes:",
        "   0  the draft is complete",
        "   1  the draft leaves a field to fill in",
        "   2  the sheet could not be read, or --output exists",
    ]),
    ("plan", [
        " Example: gbimport plan schedule.xlsx --guide 12345",
        KEY_LINE,
        " Exit codes:",
        "   0  a run would go fine, or would stop for --force (read the last lines)",
        "   1  some rows are invalid",
        "   2  could not run (the sheet, mapping, settings, key or guide)",
        "   3  Guidebook stopped answering or the day's budget is spent: plan later",
        "   130  interrupted",
    ]),
    ("run", [
        " Example (cron): gbimport run schedule.xlsx --guide 12345 --quiet --publish",
        KEY_LINE,
        " Exit codes:",
        "   0  every row went fine",
        "   1  some rows invalid or failed: the report names them",
        "   2  could not run (the sheet, mapping, settings, key or guide; an API",
        "      URL that never answered; another run holding the lock; a stop that",
        "      needs --force)",
        "   3  stopped for the day's budget or a Guidebook outage: run again later",
        "   4  changes applied, publishing failed: publish in Builder or again later",
        "   130  interrupted",
        "   141  the program reading the output stopped early (| head): the run",
        "      went on to its end",
    ]),
    ("publish", [
        " Example: gbimport publish --guide 12345",
        KEY_LINE,
        " Exit codes:",
        "   0  published",
        "   2  could not run (settings, key or guide)",
        "   4  Guidebook did not publish it: publish in Builder, or again later",
        "   130  interrupted",
    ]),
    ("sandbox", [
        " Example: gbimport sandbox --port 8765 --guide-timezone America/Chicago",
        " It prints the API URL and key to give plan and run: --api-url URL --guide 1,",
        " with GUIDEBOOK_API_KEY set to the key.",
    ]),
])
def test_help_ends_with_an_example_the_key_s_source_and_the_exit_codes(
    command: str, epilog: list[str]
) -> None:
    """A planner reading --help alone, or a cron user deciding what an exit code mails, found
    neither an example, nor where the key is read from, nor what 1 to 4 meant."""
    assert help_after_options(command) == epilog


@pytest.mark.parametrize(("command", "default"), [
    ("run", "(default: gbimport.toml's, else a new .csv in reports/, named by the time)."),
    ("demo", "(default: reports/demo-report.csv)."),
])
def test_report_help_says_where_the_report_goes_by_default(command: str, default: str) -> None:
    options = typer.main.get_command(app).commands[command].params  # type: ignore[attr-defined]
    (report,) = [option for option in options if option.name == "report"]
    assert report.help == f"Results report: .csv, .xlsx or .json {default}"


@pytest.mark.parametrize("command", ["plan", "run", "publish"])
def test_guide_and_api_url_help_name_every_source_in_the_order_used(command: str) -> None:
    """The environment wins over gbimport.toml (README: Settings); the help named only the
    environment, so a guide set in the file read as missing."""
    options = typer.main.get_command(app).commands[command].params  # type: ignore[attr-defined]
    helps = {option.name: option.help for option in options}
    assert (helps["guide"], helps["api_url"]) == (
        "Guide id (default: GUIDEBOOK_GUIDE, else gbimport.toml's).",
        "API base URL (default: GUIDEBOOK_API_URL, else gbimport.toml's, else Guidebook's "
        "Open API).",
    )


@pytest.mark.parametrize("command", ["validate", "plan", "run"])
def test_options_gbimport_toml_can_set_name_it_before_the_built_in_default(
    command: str
) -> None:
    """A cron job's folder holds a gbimport.toml with its mapping, sheet and rate: the help
    gave only the built-in default, as if the file were not read."""
    options = typer.main.get_command(app).commands[command].params  # type: ignore[attr-defined]
    helps = {option.name: option.help for option in options}
    assert helps["mapping"] == ("Mapping TOML file, or a name in mappings/ (default: "
                                "gbimport.toml's, else guidebook-template).")
    assert helps["sheet"].startswith("Worksheet (tab) name, or its place counting from 0 "
                                     "for the first (default: gbimport.toml's, else the "
                                     "first visible sheet ")
    if command != "validate":
        assert (helps["rate"], helps["concurrency"]) == (
            "Requests per second at most (default: gbimport.toml's, else 5).",
            "Requests in flight at most, 1 to 64 (default: gbimport.toml's, else 4).",
        )


def test_each_command_reads_as_one_summary_in_the_top_level_help() -> None:
    """A docstring whose first paragraph runs over two source lines kept its line break
    there: 'not laid out as' ended one line and 'Guidebook's template' began the next."""
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "80"}, terminal_width=80)
    lines = result.output.splitlines()
    start = next(n for n, line in enumerate(lines) if "Commands" in line) + 1
    panel = [line for line in lines[start:] if line.startswith("│")]
    wrapped: dict[str, list[str]] = {}
    for line in panel:  # "│ name  summary │", or "│       more of it │"
        name, text = line[2:17].strip(), line[17:-1].strip()
        if name:
            wrapped[name] = [text]
        else:
            wrapped[list(wrapped)[-1]].append(text)
    width = len(panel[0]) - 19  # the summary column, between its padding
    for name, parts in wrapped.items():  # no line ends while its next word would fit
        for this, after in itertools.pairwise(parts):
            assert len(this) + 1 + len(after.split()[0]) > width, (name, this)
    summaries = {name: " ".join(parts) for name, parts in wrapped.items()}
    assert summaries == {
        "validate": "Check a spreadsheet and show every problem with every row, or the "
                    "sessions it makes.",
        "draft-mapping": "Draft a mapping from a sheet's own columns, for one not in "
                         "Guidebook's template.",
        "plan": "Show what a run would change in the guide, and what it would cost. Sends "
                "no write.",
        "run": "Import the spreadsheet into the guide: create, update (and with --prune "
               "delete).",
        "publish": "Publish the guide, so attendees' apps show what was changed through "
                   "the API.",
        "demo": "Rehearse on a local sandbox: import the sample conference, then run again "
                "unchanged.",
        "sandbox": "Run a local stand-in for the Guidebook API to rehearse imports.",
    }


@pytest.mark.e2e
def test_no_create_missing_turns_unknown_rooms_into_row_errors(
    tmp_path: Path, keyed: RunningSandbox
) -> None:
    sheet = tmp_path / "s.csv"  # a room no other test (they share the sandbox) has made
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "N1,Talk,5/11/2027,9:00 AM,10:00 AM,Room Only Here\n", encoding="utf-8")
    args = ["plan", str(sheet), "--guide", "1", "--api-url", keyed.base_url, "--json",
            "--timezone", "UTC"]
    created = json.loads(runner.invoke(app, args).output)
    refused = json.loads(runner.invoke(app, [*args, "--no-create-missing"]).output)
    assert created["locations_to_create"] and refused["locations_to_create"] == []
    assert {i["code"] for r in refused["rows"] for i in r["issues"]} >= {"unknown-location"}


def test_a_reader_that_stops_early_is_no_internal_error(tmp_path: Path) -> None:
    """`gbimport validate ... --json | head`: the pipe closes while the report is written."""
    import subprocess
    import sys

    header, keynote = FIRST_TRY.read_text(encoding="utf-8").splitlines()[:2]
    rows = [keynote.replace("K-1", f"K-{n}", 1) for n in range(2000)]
    sheet = tmp_path / "big.csv"
    sheet.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "importer", "validate", str(sheet), "--timezone", "UTC",
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()  # far more than a pipe's buffer is still to come
        assert process.wait(timeout=60) == 141
        assert process.stderr.read() == b""


def test_ctrl_c_at_the_key_prompt_is_an_interruption_not_a_bug(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer

    from importer import cli

    def interrupted(*args: object, **kwargs: object) -> str:
        raise typer.Abort()  # what the prompt raises on Ctrl-C or end of input

    monkeypatch.delenv("GUIDEBOOK_API_KEY", raising=False)
    monkeypatch.setattr(cli, "_can_prompt", lambda: True)
    monkeypatch.setattr(cli.typer, "prompt", interrupted)
    result = runner.invoke(app, ["plan", str(SAMPLE), "--guide", "1"])
    assert (result.exit_code, result.output.strip()) == (130, "interrupted")


def test_table_output_to_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """rich's own answer to a closed pipe is exit 1, which means "rows failed"."""
    import subprocess
    import sys

    sheet = tmp_path / "bad.csv"  # 3,000 distinct bad dates: far more than a pipe holds
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n" + "".join(
        f"T{n},5/1/20x{n},9:00 AM,10:00 AM,R\n" for n in range(3000)), encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "importer", "validate", str(sheet), "--timezone", "UTC"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()
        assert process.wait(timeout=60) == 141
        assert process.stderr.read() == b""


@pytest.mark.parametrize("command", ["plan", "run"])
def test_timezone_help_names_every_source_in_the_order_used(command: str) -> None:
    """A mapping's own timezone wins over the guide's (plan.py reads the settings, then the
    mapping, then the guide): the help must not send a user to the guide's setting alone."""
    options = typer.main.get_command(app).commands[command].params  # type: ignore[attr-defined]
    (timezone,) = [option for option in options if option.name == "timezone"]
    assert timezone.help == ("Time zone the sheet's times are in, as a region and a city: "
                             "America/Chicago, Europe/London (default: gbimport.toml's, else "
                             "the mapping's, else the guide's).")


# -- a console that cannot show every character (Windows cp1252/cp437, PYTHONIOENCODING) ----


def test_a_console_that_cannot_show_a_value_prints_a_stand_in_not_a_crash(
    tmp_path: Path
) -> None:
    sheet = tmp_path / "tokyo.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "T1,東京 keynote,5/11/2027,九時,10:00 AM,Hall\n", encoding="utf-8")
    issues = tmp_path / "issues.csv"
    result = CliRunner(charset="cp1252").invoke(
        app, ["validate", str(sheet), "--timezone", "UTC", "--issues-out", str(issues)]
    )
    assert (result.exit_code, one_line(result.output)) == (1, one_line(
        f"{sheet}: header on row 1, mapping 'guidebook-template', times in UTC "
        "Rows read 1 · valid 0 · with errors 1 · with warnings 0 "
        "error bad-time Row 2: 'Time Start' has '??', which is not a time: write the time "
        f"like 10:00 AM, 10am or 14:30. Issues written to {issues}"))
    assert "'九時'" in issues.read_text(encoding="utf-8-sig")  # the file keeps the value


def test_a_draft_the_console_cannot_show_is_refused_not_garbled(tmp_path: Path) -> None:
    sheet = tmp_path / "tokyo.csv"
    sheet.write_text("Title,Start,End,会場\nKeynote,2027-05-11 09:00,2027-05-11 10:00,Hall\n",
                     encoding="utf-8")
    result = CliRunner(charset="cp1252").invoke(app, ["draft-mapping", str(sheet)])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "error: this console (cp1252) cannot show every character of the draft: write it to "
        "a file instead, with --output my-event.toml\n"))


def test_summary_lines_are_not_broken_on_a_pipe(tmp_path: Path) -> None:
    """Cron mails stdout as it was written: a summary broken at 100 columns cut its counts
    in two, and a long path in 'Issues written to' in the middle."""
    issues = tmp_path / ("issues-of-the-conference-schedule-checked-tonight-" * 2 + ".csv")
    result = runner.invoke(app, ["validate", str(ROOT / "sample_data" / "issues.csv"),
                                 "--timezone", "UTC", "--issues-out", str(issues)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (lines[1], lines[-1]) == (
        "Rows read 24 · valid 0 (a sheet error below blocks every row) · with errors 14 · "
        "with warnings 6 · skipped 2",
        f"Issues written to {issues}",
    )


@pytest.mark.e2e
def test_quiet_json_run_prints_the_json_alone_naming_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`run --json -q | jq`: a warning on a row sent is in the JSON, not printed before it,
    and the JSON names the report file written."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n"
                     "2,Panel,5/11/2026,11:00 AM,12:00 PM,Hall\n", encoding="utf-8")
    config = SandboxConfig(guide_start_date="2027-05-10", guide_end_date="2027-05-12")
    with running_sandbox(config) as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        result = runner.invoke(app, ["run", "--guide", "1", "--api-url", sandbox.base_url,
                                     "--json", "-q", "--timezone", "UTC", "--rate", "200",
                                     "--report", "out/r.csv", str(sheet)])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert list(printed) == ["source", "sheets", "guide", "api_url", "ok", "exit_code", "result",
                             "counts", "with_warnings",
                             "taken_over",
                             "requests_spent", "requests", "started_at", "duration_seconds",
                             "halted", "published", "publish_note", "notes", "rows",
                             "report"]
    assert (printed["report"], [(row["row"], row["action"]) for row in printed["rows"]]) == (
        str(Path("out/r.csv")), [(2, "created"), (3, "created")])
    assert (tmp_path / "out" / "r.csv").exists()


@pytest.mark.e2e
def test_plan_exits_one_for_invalid_rows_as_run_would(keyed: RunningSandbox) -> None:
    args = ["plan", "--guide", "1", "--api-url", keyed.base_url, "--timezone", "UTC"]
    codes = [runner.invoke(app, [*args, str(sheet)]).exit_code for sheet in (FIRST_TRY, SAMPLE)]
    assert codes == [1, 0]


@pytest.mark.e2e
def test_a_run_with_no_create_missing_makes_no_room(tmp_path: Path, keyed: RunningSandbox) -> None:
    sheet = tmp_path / "s.csv"  # a room no other test (they share the sandbox) has made
    sheet.write_text("Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
                     "N2,Talk,5/11/2027,9:00 AM,10:00 AM,Room Never Made\n", encoding="utf-8")
    keyed.reset()
    result = runner.invoke(app, ["run", str(sheet), "--guide", "1", "--api-url", keyed.base_url,
                                 "--json", "--timezone", "UTC", "--no-create-missing"])
    assert result.exit_code == 1, result.output
    assert [(row["action"], row["message"].split(":")[0])
            for row in json.loads(result.stdout)["rows"]] == [("invalid", "unknown-location")]
    assert [r["method"] for r in keyed.stats()["requests"] if r["method"] != "GET"] == []


@pytest.mark.e2e
def test_a_prune_of_most_of_the_guide_stops_without_force_and_goes_ahead_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    header = "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
    talks = [f"{n},Talk {n},5/11/2027,{8 + n}:00,{9 + n}:00,Hall\n" for n in (1, 2, 3)]
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", str(sheet), "--guide", "1", "--api-url", sandbox.base_url, "--timezone",
                "UTC", "--rate", "200", "--prune", "-q"]
        sheet.write_text(header + "".join(talks), encoding="utf-8")
        assert runner.invoke(app, args).exit_code == 0
        sheet.write_text(header + talks[0], encoding="utf-8")
        stopped = runner.invoke(app, args)
        forced = runner.invoke(app, [*args, "--force"])
        left = sandbox.stats()["sessions"]  # counted when stored, before the answer is sent
    assert (stopped.exit_code, one_line(stopped.output)) == (
        2, "error: --prune would delete 2 of the guide's 3 sessions (over 10%): 'Talk 2' "
        "(sheet:2), 'Talk 3' (sheet:3); check the sheet and the mapping's import_id prefix "
        "(gbimport plan --prune lists them all). Pass --force if that is really intended.")
    assert (forced.exit_code, forced.output, left) == (0, "", {"1": 1})


def test_validate_counts_thousands_with_separators_as_the_rest_of_its_screen(
        tmp_path: Path) -> None:
    """'Rows read 1,500', as '1,500 sessions ready' below it: it said 'Rows read 1500'."""
    sheet = tmp_path / "big.csv"
    header = "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
    sheet.write_text(header + "".join(
        f"S-{n},Talk {n},5/11/2027,9:00 AM,9:30 AM,Room {n}\n" for n in range(1500)))
    result = runner.invoke(app, ["validate", str(sheet), "--timezone", "America/Chicago"])
    assert result.exit_code == 0, result.output
    assert "Rows read 1,500 · valid 1,500 · with errors 0 · with warnings 0" in result.output
    assert "1,500 sessions ready" in result.output
