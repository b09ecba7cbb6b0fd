"""The `gbimport` command: parse options, call the library, render its value, pick the exit code.

No file parsing or HTTP happens here; every command has a Python twin (see README).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import SecretStr
from rich.console import Console
from rich.text import Text

from importer import __version__, render
from importer._report_words import published_words
from importer.draft import draft_mapping
from importer.errors import ConfigError, GbImportError, InterruptedBeforeSending, StoppedAtOnce
from importer.report import (
    EXIT_COULD_NOT_RUN,
    EXIT_INTERRUPTED,
    EXIT_PIPE_CLOSED,
    ISSUE_FORMATS,
    REPORT_FORMATS,
    ImportReport,
    output_path,
    settings_file_json,
    write_issues,
    write_report,
)
from importer.runner import plan_import, publish_guide, run_import
from importer.sandbox.command import sandbox_command
from importer.settings import Settings, load_settings
from importer.validate import validate_file

app = typer.Typer(
    help="Put a conference schedule from a spreadsheet into Guidebook, and keep it in sync.",
    no_args_is_help=True,
    add_completion=False,
    # -h as well: "No such option: -h" is the first thing many users would meet.
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"gbimport {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Print the version and exit.",
    )] = False,
) -> None:
    """Put a conference schedule from a spreadsheet into Guidebook, and keep it in sync."""
    _replace_what_stdout_cannot_show()


def _replace_what_stdout_cannot_show() -> None:
    """A console that cannot show a title's characters (Windows' cp1252 or cp437, or
    PYTHONIOENCODING) prints '?' for them, as stderr prints an escape: a report must not end
    in a UnicodeEncodeError. Files written and --json (ASCII) keep every character."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich's own answer is SystemExit(1), the exit code of "some rows failed".
        if self.stderr:
            # Progress and warnings whose reader went away (`2>&1 | head`) are dropped: a run
            # must not stop mid-upload, unreported, for a line nobody will read.
            self.quiet = True
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())
            return
        # _guarded ends the command quietly with 141 instead (a run's work is done by then:
        # it prints its result after saving its report and state).
        raise BrokenPipeError


# Under cron or a pipe, rich would wrap at 80 columns; keep report lines whole instead:
# tables fit 100 columns, and a line of text is never broken (soft_wrap).
# No markup: what is printed holds the sheet's own text, and "[b]Bold[/b]" or "[/]" in a
# title must print as written (styles are given as rich Text).
stdout = _Console(width=None if sys.stdout.isatty() else 100, markup=False,
                  soft_wrap=not sys.stdout.isatty())
stderr = _Console(stderr=True, width=None if sys.stderr.isatty() else 100, markup=False,
                  soft_wrap=not sys.stderr.isatty())
T = TypeVar("T")

# -- options shared by several commands, defined once ---------------------------------------

FileArg = Annotated[Path, typer.Argument(
    help="The schedule spreadsheet: .xlsx, .xlsm, .xls, .ods, or .csv (also .tsv, .txt).")]
SheetOpt = Annotated[
    list[str] | None,
    typer.Option("--sheet", help="Worksheet (tab) name, or its place counting from 0 for the "
                 "first (default: gbimport.toml's, else the first visible sheet with the "
                 "mapping's columns and sessions under them). Give it again to read several "
                 "sheets as one, or 'all' for every visible sheet with the same columns."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default: ./gbimport.toml if present)."),
]
MappingOpt = Annotated[
    str | None,
    typer.Option(
        "--mapping", "-m",
        help="Mapping TOML file, or a name in mappings/ (default: gbimport.toml's, else "
             "guidebook-template).",
    ),
]
GuideOpt = Annotated[int | None, typer.Option(
    "--guide", help="Guide id (default: GUIDEBOOK_GUIDE, else gbimport.toml's).")]
ApiUrlOpt = Annotated[
    str | None,
    typer.Option("--api-url", help="API base URL (default: GUIDEBOOK_API_URL, else "
                 "gbimport.toml's, else Guidebook's Open API)."),
]
TimezoneOpt = Annotated[
    str | None,
    typer.Option(
        "--timezone",
        help="Time zone the sheet's times are in, as a region and a city: America/Chicago, "
             "Europe/London (default: gbimport.toml's, else the "
             "mapping's, else the guide's).",
    ),
]
ValidateTimezoneOpt = Annotated[
    str | None,
    typer.Option(
        "--timezone",
        help="Time zone the sheet's times are in, as a region and a city: America/Chicago, "
             "Europe/London (default: gbimport.toml's, else the "
             "mapping's, else UTC with a warning).",
    ),
]
RateOpt = Annotated[
    float | None,
    typer.Option("--rate", help="Requests per second at most (default: gbimport.toml's, else "
                 f"{Settings.model_fields['rate'].default:g})."),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option("--concurrency", help="Requests in flight at most, 1 to 64 (default: "
                 f"gbimport.toml's, else {Settings.model_fields['concurrency'].default})."),
]
ReportOpt = Annotated[
    Path | None,
    typer.Option("--report", help="Results report: .csv, .xlsx or .json (default: "
                 "gbimport.toml's, else a new .csv in reports/, named by the time)."),
]
PruneOpt = Annotated[
    bool, typer.Option("--prune", help="Delete our sessions that the sheet no longer has.")
]
AdoptOpt = Annotated[
    bool, typer.Option("--adopt", help="A row to create takes over the session without an "
                       "import id that has its title and start (made by Builder's "
                       "spreadsheet import), rather than make it a second time.")
]
# One flag, not an on/off pair: the pair's second name took a whole column of --help.
NoCreateMissingOpt = Annotated[
    bool,
    typer.Option(
        "--no-create-missing",
        help="Tracks and rooms the guide lacks are row errors (default: they are created).",
    ),
]
ImagesOutsideOpt = Annotated[
    bool,
    typer.Option(
        "--allow-images-outside",
        help="Allow image paths outside the spreadsheet's folder.",
    ),
]
# An on/off pair: `publish = true` in gbimport.toml is turned off for one run by --no-publish.
PublishOpt = Annotated[
    bool | None,
    typer.Option("--publish/--no-publish", help="Publish the guide after a run that changed "
                 "it, so attendees' apps show the changes (default: gbimport.toml's, else no)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No progress, no warnings but those of rows sent, and no output "
    "at all when every row went fine, none sent has a warning and no edit left an old "
    "session beside its new one, but for a note to act on (a track or room left empty, what "
    "--adopt found) on stderr: cron mails only a run that needs a look.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")]

# -- what each command's help ends with: an example, then what its exit codes mean ----------
# (README: "Exit codes"). A blank line starts a paragraph, a newline a line; no [brackets]:
# typer reads them as markup.

KEY_NOTE = "The API key is read from GUIDEBOOK_API_KEY, or asked for at a terminal."
VALIDATE_EPILOG = """Example: gbimport validate schedule.xlsx --timezone America/Chicago

Exit codes:
  0  no row has an error (warnings alone are 0)
  1  a row, or the sheet, has an error
  2  the sheet, the mapping or the settings could not be read"""
DRAFT_EPILOG = """Example: gbimport draft-mapping schedule.xlsx -o my-event.toml
then: gbimport validate schedule.xlsx -m my-event.toml

Exit codes:
  0  the draft is complete
  1  the draft leaves a field to fill in
  2  the sheet could not be read, or --output exists"""
PLAN_EPILOG = f"""Example: gbimport plan schedule.xlsx --guide 12345

{KEY_NOTE}

Exit codes:
  0  a run would go fine, or would stop for --force (read the last lines)
  1  some rows are invalid
  2  could not run (the sheet, mapping, settings, key or guide)
  3  Guidebook stopped answering or the day's budget is spent: plan later
  130  interrupted"""
RUN_EPILOG = f"""Example (cron): gbimport run schedule.xlsx --guide 12345 --quiet --publish

{KEY_NOTE}

Exit codes:
  0  every row went fine
  1  some rows invalid or failed: the report names them
  2  could not run (the sheet, mapping, settings, key or guide; an API
     URL that never answered; another run holding the lock; a stop that
     needs --force)
  3  stopped for the day's budget or a Guidebook outage: run again later
  4  changes applied, publishing failed: publish in Builder or again later
  130  interrupted
  141  the program reading the output stopped early (| head): the run
     went on to its end"""
PUBLISH_EPILOG = f"""Example: gbimport publish --guide 12345

{KEY_NOTE}

Exit codes:
  0  published
  2  could not run (settings, key or guide)
  4  Guidebook did not publish it: publish in Builder, or again later
  130  interrupted"""
SANDBOX_EPILOG = """Example: gbimport sandbox --port 8765 --guide-timezone America/Chicago

It prints the API URL and key to give plan and run: --api-url URL --guide 1, with \
GUIDEBOOK_API_KEY set to the key."""


def _guarded(debug: bool, action: Callable[[], T]) -> T:
    """Run a command body: a failure becomes one line on stderr and an exit code.

    --debug adds the traceback (and debug logs) but keeps the exit code: a cron job run
    with --debug to investigate must still see 2, 3 or 130, not Python's 1.
    """
    if debug:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    try:
        return action()
    except BrokenPipeError:
        # The reader went away (`| head`): nothing is wrong and nobody is left to tell.
        # Point stdout at /dev/null so that Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_PIPE_CLOSED) from None
    except (Exception, KeyboardInterrupt) as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
        # soft_wrap: one line even on a pipe or under cron, where rich would break it at
        # the console's width (a terminal wraps it for the eye only).
        stderr.print(_failure_line(exc, debug), highlight=False, soft_wrap=True)
        raise typer.Exit(_exit_code(exc)) from None


def _failure_line(exc: BaseException, debug: bool) -> Text:
    """What went wrong, as plain text: a message's brackets ("[redacted]") are not markup."""
    if isinstance(exc, InterruptedBeforeSending | StoppedAtOnce):  # asked for: not an error
        return Text(str(exc))
    if isinstance(exc, GbImportError):
        return Text.assemble(("error:", "red"), f" {exc}")
    if isinstance(exc, KeyboardInterrupt | typer.Abort):  # Abort: Ctrl-C at a prompt
        return Text("interrupted")
    # A bug: no traceback for the user unless asked for, but a way to get one.
    hint = "traceback above" if debug else "run again with --debug for the traceback"
    return Text.assemble(
        ("internal error:", "red"),
        f" {type(exc).__name__}: {exc} ({hint}, and please report it)",
    )


def _exit_code(exc: BaseException) -> int:
    """The one place that turns a failure into an exit code (README: "Exit codes")."""
    if isinstance(exc, GbImportError):
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt | typer.Abort):
        return EXIT_INTERRUPTED
    return EXIT_COULD_NOT_RUN


def _option_label(field: str) -> str:
    """A setting as typed on the command line: a bad value is blamed on the option."""
    return f"command-line option --{field.replace('_', '-')}"


def _can_prompt() -> bool:
    """A person at a terminal can type the key; cron and pipes cannot."""
    return sys.stdin.isatty()


def _sheet_arg(sheets: list[str] | None) -> list[str | int] | None:
    # Kept as text: a workbook reads '13' as the tab named so, else as the 14th tab.
    return list(sheets) if sheets else None


def _settings(config: Path | None, *, allow_images_outside: bool, **options: Any) -> Settings:
    """Settings for plan and run; an unset flag leaves the file's or default value alone."""
    settings = load_settings(
        config, option_label=_option_label, allow_images_outside=allow_images_outside or None,
        **options,
    )
    if settings.api_key is None and _can_prompt():
        key = typer.prompt("Guidebook API key", hide_input=True)
        # model_copy does not validate: wrap the key as load_settings would, or it stays a
        # plain str that shows in a repr and has no get_secret_value().
        settings = settings.model_copy(update={"api_key": SecretStr(key)})
    if settings.api_key is None:
        raise ConfigError(
            "no API key: set GUIDEBOOK_API_KEY (Guidebook Builder > Settings > API), "
            "or run in a terminal to be prompted"
        )
    return settings


@app.command(epilog=VALIDATE_EPILOG)
def validate(
    file: FileArg,
    config: ConfigOpt = None,
    mapping: MappingOpt = None,
    sheet: SheetOpt = None,
    timezone: ValidateTimezoneOpt = None,
    as_json: JsonOpt = False,
    issues_out: Annotated[
        Path | None,
        typer.Option("--issues-out", help="Write every issue to a .csv or .xlsx file."),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Check a spreadsheet and show every problem with every row, or the sessions it makes."""

    def body() -> int:
        # The settings file's mapping and timezone apply here too; no key or guide needed.
        settings = load_settings(
            config, option_label=_option_label, mapping=mapping, timezone=timezone,
            sheet=_sheet_arg(sheet), spreadsheet=file, reads=("mapping", "timezone", "sheet"),
        )
        if issues_out is not None:
            output_path(issues_out, ISSUE_FORMATS, what="issue list", source=file)
        with settings.sheet_setting_blamed():
            report = validate_file(
                file, mapping=settings.mapping, sheet=settings.sheet, timezone=settings.timezone
            )
        if issues_out is not None:
            write_issues(report.issues, issues_out, several_sheets=bool(report.sheets))
        if as_json:
            print(json.dumps({**report.to_json(), **settings_file_json(settings.settings_file)},
                             indent=2, default=str))
        else:
            render.validation(stdout, report, settings.settings_file)
            if issues_out is not None:
                stdout.print(f"Issues written to {issues_out}")
        return 0 if report.ok else 1

    raise typer.Exit(_guarded(debug, body))


@app.command("draft-mapping", epilog=DRAFT_EPILOG)
def draft_mapping_command(
    file: FileArg,
    sheet: Annotated[list[str] | None, typer.Option(
        "--sheet", help="Worksheet (tab) name, or its place counting from 0 for the first "
        "(default: the first holding data). Give it again for tabs read as one, or 'all' for "
        "every tab with the same columns, as validate reads them.",
    )] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the draft to this .toml file (never over an existing "
        "file); without it, print it.",
    )] = None,
    debug: DebugOpt = False,
) -> None:
    """Draft a mapping from a sheet's own columns, for one not in Guidebook's template.

    Read the draft, then check it with validate."""

    def body() -> int:
        if output is not None and output.exists():
            raise ConfigError(f"{output} already exists; give --output another name, or "
                              "delete the file first")
        draft = draft_mapping(file, _sheet_arg(sheet))
        if output is None:
            _check_stdout_shows(draft.text)
            sys.stdout.write(draft.text)
        else:
            output.write_text(draft.text, encoding="utf-8")
        render.draft_summary(stderr, draft, file, output)
        return 0 if draft.complete else 1

    raise typer.Exit(_guarded(debug, body))


@app.command(epilog=PLAN_EPILOG)
def plan(
    file: FileArg,
    config: ConfigOpt = None,
    mapping: MappingOpt = None,
    guide: GuideOpt = None,
    api_url: ApiUrlOpt = None,
    timezone: TimezoneOpt = None,
    rate: RateOpt = None,
    concurrency: ConcurrencyOpt = None,
    sheet: SheetOpt = None,
    prune: PruneOpt = False,
    adopt: AdoptOpt = False,
    no_create_missing: NoCreateMissingOpt = False,
    allow_images_outside: ImagesOutsideOpt = False,
    publish: PublishOpt = None,
    as_json: JsonOpt = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print the plan only when a run of it would fail rows or stop "
        "for --force; otherwise nothing but a note to act on (a track or room left empty, "
        "what --adopt finds), on stderr.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Show what a run would change in the guide, and what it would cost. Sends no write."""

    def body() -> int:
        settings = _settings(
            config, mapping=mapping, guide=guide, api_url=api_url, timezone=timezone,
            rate=rate, concurrency=concurrency, allow_images_outside=allow_images_outside,
            sheet=_sheet_arg(sheet), publish=publish, spreadsheet=file,
        )
        result = plan_import(
            file, settings, prune=prune, adopt=adopt,
            create_missing=not no_create_missing,
            # retries of a throttled read: minutes of silence, not news for cron's mail
            on_wait=None if quiet else _say_on_stderr,
        )
        exit_code = 0 if result.counts["invalid"] == 0 else 1
        if as_json:
            print(json.dumps(result.to_json(), indent=2, default=str))
        elif not quiet or exit_code or result.needs_force:
            render.plan(stdout, result)
        else:
            for note in result.notes_to_act_on:
                render.line(stderr, f"note: {note}")
        return exit_code

    raise typer.Exit(_guarded(debug, body))


@app.command(epilog=RUN_EPILOG)
def run(
    file: FileArg,
    config: ConfigOpt = None,
    mapping: MappingOpt = None,
    guide: GuideOpt = None,
    api_url: ApiUrlOpt = None,
    timezone: TimezoneOpt = None,
    rate: RateOpt = None,
    concurrency: ConcurrencyOpt = None,
    report: ReportOpt = None,
    sheet: SheetOpt = None,
    prune: PruneOpt = False,
    force: Annotated[
        bool, typer.Option("--force", help="Do what the plan says needs it: --prune deleting "
                           "over 10% of the guide, without an id prefix or while a day's sheet "
                           "is hidden, or creating every session again after the id column "
                           "was emptied.")
    ] = False,
    adopt: AdoptOpt = False,
    no_create_missing: NoCreateMissingOpt = False,
    allow_images_outside: ImagesOutsideOpt = False,
    publish: PublishOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Import the spreadsheet into the guide: create, update (and with --prune delete)."""

    def body() -> int:
        settings = _settings(
            config, mapping=mapping, guide=guide, api_url=api_url, timezone=timezone,
            rate=rate, concurrency=concurrency, allow_images_outside=allow_images_outside,
            report=str(report) if report else None, sheet=_sheet_arg(sheet), publish=publish,
            spreadsheet=file,
        )
        report_path = output_path(settings.report or _default_report_path(), REPORT_FORMATS,
                                  what="report", source=file)
        if settings.settings_warning and not (quiet or as_json):  # before any write
            render.line(stderr, f"note: {settings.settings_warning}")
        # Quiet (cron mails what a job prints): a warning on a row sent tonight is news.
        with render.RunProgress(stderr, enabled=not quiet and not as_json,
                                warnings=not quiet or ("sent" if not as_json else False),
                                force=force) as progress:
            try:
                result = run_import(
                    file, settings, prune=prune, force=force, adopt=adopt,
                    create_missing=not no_create_missing, progress=progress.advance,
                    on_plan=progress.start, handle_interrupt=True,
                    # A publish waiting out its limit, or requests retried under throttling,
                    # is minutes of silence: say so (cron's quiet mail is for what needs a
                    # look, and a wait does not).
                    on_wait=None if quiet else _say_on_stderr,
                )
            except KeyboardInterrupt:  # a second Ctrl-C: no report to write
                raise StoppedAtOnce(_stopped_at_once(report_path)) from None
        try:
            # Named by the second the run started: another job's of that second keeps its own.
            path = write_report(result, report_path, new=not settings.report)
        except ConfigError:
            # The run's work is done: say what it was, then why there is no report file.
            _show_run(result, None, as_json=as_json, quiet=False)
            raise
        _show_run(result, path, as_json=as_json, quiet=quiet and not progress.warned)
        return result.exit_code

    raise typer.Exit(_guarded(debug, body))


def _stopped_at_once(report_path: Path) -> str:
    """A report file from an earlier run, where this run's would be, must not pass for it."""
    earlier = f": {report_path} is an earlier run's" if report_path.exists() else ""
    return (f"interrupted: stopped at once, and no report was written{earlier}. Run again to "
            "finish (what was sent is found in the guide).")


def _say_on_stderr(text: str) -> None:
    """A line while the command works (stdout and --json stay for the result)."""
    render.line(stderr, text)


def _show_run(result: ImportReport, path: Path | None, *, as_json: bool, quiet: bool) -> None:
    if as_json:
        report = str(path) if path else None
        print(json.dumps({**result.to_json(), "report": report}, indent=2, default=str))
    elif not (quiet and result.exit_code == 0):
        render.run_report(stdout, result, path)
    else:  # said on this run only: a quiet night must not leave them to the summary file
        for note in result.notes_to_act_on:
            render.line(stderr, f"note: {note}")


# The settings publish uses: a settings file beside its sheet setting one of them is named.
PUBLISH_READS = ("guide", "api_url", "timeout", "max_retry_wait", "state_file")


@app.command("publish", epilog=PUBLISH_EPILOG)
def publish_command(
    file: Annotated[Path | None, typer.Argument(
        help="The spreadsheet whose runs left changes unpublished (optional): its state file "
             "then forgets them, so its next run does not publish again.",
        metavar="[file]")] = None,
    config: ConfigOpt = None,
    guide: GuideOpt = None,
    api_url: ApiUrlOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Publish the guide, so attendees' apps show what was changed through the API."""

    def body() -> int:
        # A gbimport.toml beside the sheet, left unread, is named as run and plan name it.
        settings = _settings(config, guide=guide, api_url=api_url, allow_images_outside=False,
                             spreadsheet=file, reads=PUBLISH_READS)
        sent = publish_guide(settings, sheet=file, on_wait=_say_on_stderr,
                             handle_interrupt=True)
        render.line(stdout, published_words(settings.require_guide(), sent, settings.api_url))
        return 0

    raise typer.Exit(_guarded(debug, body))


@app.command()
def demo(
    report: Annotated[Path | None, typer.Option(
        "--report", help="Results report: .csv, .xlsx or .json (default: "
        "reports/demo-report.csv).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Rehearse on a local sandbox: import the sample conference, then run again unchanged."""
    from importer.demo import run_demo

    def body() -> int:
        return run_demo(stdout, stderr, report=report, quiet=quiet)

    raise typer.Exit(_guarded(debug, body))


app.command("sandbox", help="Run a local stand-in for the Guidebook API to rehearse imports.",
            epilog=SANDBOX_EPILOG)(sandbox_command)


def _check_stdout_shows(text: str) -> None:
    """A draft printed with '?' for a header's characters would name no column of the sheet."""
    encoding = sys.stdout.encoding or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        raise ConfigError(f"this console ({encoding}) cannot show every character of the "
                          "draft: write it to a file instead, with --output my-event.toml"
                          ) from None


def _default_report_path() -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path("reports") / f"gbimport-{stamp}.csv"


def main() -> None:
    stdout_file = _stdout_file()
    try:
        app()
    except SystemExit as done:
        # Help into a closed pipe (`gbimport --help | head -1`): typer's rich console points
        # stdout at /dev/null and exits 1, "some rows failed"; end as the commands do.
        if done.code == 1 and _stdout_file() != stdout_file:
            raise SystemExit(EXIT_PIPE_CLOSED) from None
        raise


def _stdout_file() -> tuple[int, int] | None:
    """The file stdout writes to, as its device and inode (None where it has none)."""
    try:
        status = os.fstat(sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino
