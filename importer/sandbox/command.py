"""`gbimport sandbox`: serve a local stand-in for the Guidebook Open API until Ctrl-C.

Registered on the main app by the CLI module: `app.command("sandbox")(sandbox_command)`.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from pydantic import ValidationError

from importer._credentials import command_with_key
from importer.sandbox._option_errors import first_error
from importer.sandbox.config import DEFAULT_API_KEY, SandboxConfig
from importer.sandbox.store import OUR_GUIDE_ID, GuideDatesError

MAX_PORT = 65535

if TYPE_CHECKING:
    from importer.sandbox.state import SandboxState

FAULTS = "Faults (deterministic with --seed)"
LIMITS = "Limits"
GUIDE = "Guide 1"


def probability_option(help_text: str) -> Any:
    """A fault kind's own probability, between 0 and 1; unset means its share of --faults.
    Ranges are checked by SandboxConfig alone, not typer (see _option_errors)."""
    return typer.Option(help=f"{help_text} From 0 to 1.", rich_help_panel=FAULTS)


def sandbox_command(
    host: Annotated[str, typer.Option(help="Address to listen on (keep it loopback).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on; 0 picks a free one.")] = 8765,
    db: Annotated[
        str, typer.Option(help="SQLite file that keeps data across restarts, or :memory:.")
    ] = ":memory:",
    api_key: Annotated[
        str, typer.Option(help="Key the sandbox accepts (Authorization: JWT <key>).")
    ] = DEFAULT_API_KEY,
    guide_timezone: Annotated[
        str | None, typer.Option(help="Time zone of guide 1, as a region and a city: "
                                 "America/Chicago (UTC if never given; a --db file keeps the "
                                 "last one given).", rich_help_panel=GUIDE)
    ] = None,
    guide_start_date: Annotated[
        str | None, typer.Option(help="start_date of guide 1 (YYYY-MM-DD; a --db file keeps "
                                 "the last one given).", rich_help_panel=GUIDE)
    ] = None,
    guide_end_date: Annotated[
        str | None, typer.Option(help="end_date of guide 1 (YYYY-MM-DD; a --db file keeps "
                                 "the last one given).", rich_help_panel=GUIDE)
    ] = None,
    page_size: Annotated[int, typer.Option(help="Results per list page, 1 or more.")] = 50,
    daily_budget: Annotated[
        int, typer.Option(help="Requests per key per day; every request counts.",
                          rich_help_panel=LIMITS)
    ] = 10_000,
    day_seconds: Annotated[
        float, typer.Option(help="Length of the budget's day in seconds (shrink it to test).",
                            rich_help_panel=LIMITS)
    ] = 86_400.0,
    rate: Annotated[
        float | None, typer.Option(help="Requests per second per key; 429 with Retry-After past "
                                   "it. Off by default, as on the real service.",
                                   rich_help_panel=LIMITS)
    ] = None,
    faults: Annotated[
        float, typer.Option(help="Total fault probability per API request, spread evenly over "
                            "the kinds not set on their own. From 0 to 1.",
                            rich_help_panel=FAULTS)
    ] = 0.0,
    fault_error_before: Annotated[float | None, probability_option(
        "500 or 503, nothing written.")] = None,
    fault_error_after: Annotated[float | None, probability_option(
        "502 after the write committed.")] = None,
    fault_drop_after: Annotated[float | None, probability_option(
        "Connection closed after the write committed, no answer.")] = None,
    fault_slow: Annotated[float | None, probability_option(
        "Answer after --slow-seconds; the request still takes effect.")] = None,
    fault_burst_429: Annotated[float | None, probability_option(
        "429 without Retry-After, nothing written.")] = None,
    slow_seconds: Annotated[
        float, typer.Option(help="Delay of a slow answer.", rich_help_panel=FAULTS)
    ] = 30.0,
    latency: Annotated[
        float, typer.Option(help="Seconds added to every API answer.",
                            rich_help_panel=FAULTS)
    ] = 0.0,
    seed: Annotated[
        int | None, typer.Option(help="Seed of the fault draws.", rich_help_panel=FAULTS)
    ] = None,
) -> None:
    """Serve a local stand-in for the Guidebook Open API to rehearse imports on."""
    try:
        config = SandboxConfig(
            api_key=api_key, db=db, guide_timezone=guide_timezone,
            guide_start_date=guide_start_date, guide_end_date=guide_end_date,
            page_size=page_size, daily_budget=daily_budget, day_seconds=day_seconds, rate=rate,
            faults=faults, fault_error_before=fault_error_before,
            fault_error_after=fault_error_after, fault_drop_after=fault_drop_after,
            fault_slow=fault_slow, fault_burst_429=fault_burst_429, slow_seconds=slow_seconds,
            latency=latency, seed=seed,
        )
    except ValidationError as exc:
        problem = first_error(exc)
        refuse(f"command-line option {problem}" if problem.startswith("--")
               else f"command-line options: {problem}")
    if not 0 <= port <= MAX_PORT:  # refused here, as the socket's bind() raises no OSError
        refuse(f"command-line option --port: {port} is not a port: give one from 1 to "
               f"{MAX_PORT}, or 0 to pick a free one.")
    shown_key = api_key if api_key == DEFAULT_API_KEY else "the one given with --api-key"
    # Here, not at the top: every gbimport command registers this one, and only this one
    # needs the web server (FastAPI, uvicorn) loaded.
    from importer.sandbox.server import serve

    try:
        serve(config, host, port, on_ready=lambda root, state: announce(root, shown_key, state))
    except KeyboardInterrupt:
        pass
    except GuideDatesError as exc:
        refuse(f"{exc}.")
    except sqlite3.Error as exc:  # only opening the file can fail this far out
        refuse(f"cannot open --db {db}: {exc}; give a new file in an existing folder, or one "
               "a sandbox wrote.")
    except OSError as exc:
        refuse(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    typer.echo("Sandbox stopped.", err=True)


def refuse(message: str) -> NoReturn:
    """Stop as every gbimport command stops: one 'error:' line on stderr, exit code 2, no
    usage box (typer's own 'Error' box reads as another tool's)."""
    typer.echo(f"{typer.style('error:', fg='red')} {message}", err=True)
    raise typer.Exit(2)


def announce(root_url: str, shown_key: str, state: SandboxState) -> None:
    """URL and key on stdout (for scripts); the guide to import into and the rest on stderr."""
    typer.echo(f"{root_url}open-api/v1.1/")
    typer.echo(f"API key: {shown_key}")
    guide = state.store.guide(OUR_GUIDE_ID)
    assert guide is not None, "guide 1 is seeded when the sandbox starts"
    db = state.config.db
    data = ("data in memory, gone when the sandbox stops (--db FILE keeps it)" if db == ":memory:"
            else f"data kept in {db} across restarts")
    typer.echo(f"Guide: {OUR_GUIDE_ID} ({guide['timezone']}); {data}", err=True)
    # The URL alone does not say what to do with it: the first rehearsal, ready to copy.
    key = shown_key if shown_key == DEFAULT_API_KEY else "<the --api-key>"
    plan = (f"gbimport plan schedule.xlsx --guide {OUR_GUIDE_ID} --api-url "
            f"{root_url}open-api/v1.1/")
    typer.echo(rehearsal(command_with_key(key, plan)), err=True)
    typer.echo(f"Stats: {root_url}_sandbox/stats   (Ctrl-C stops the sandbox)", err=True)


def rehearsal(lines: list[str]) -> str:
    """One line where the command is one (a POSIX shell's); else the lines, indented under
    the words, each ready to copy (PowerShell's)."""
    if len(lines) == 1:
        return f"Rehearse in another window: {lines[0]} (then the same with run)"
    return "\n".join(["Rehearse in another window (then the same with run):",
                      *(f"  {line}" for line in lines)])
