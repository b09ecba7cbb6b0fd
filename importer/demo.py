"""`gbimport demo`: the whole job on a local sandbox, with the sample conference.

Imports `sample_data/conference.xlsx` into a fresh sandbox guide, writes the report, then
runs again on the unchanged sheet to show that a re-run writes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from pydantic import SecretStr
from rich.console import Console

from importer import render
from importer.errors import InputError
from importer.report import REPORT_FORMATS, ImportReport, output_path, write_report
from importer.runner import run_import
from importer.sandbox import SandboxConfig, running_sandbox
from importer.settings import Settings

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "conference.xlsx"
SAMPLE_TIMEZONE = "America/Chicago"
WRITE_KINDS = ("POST", "PATCH", "DELETE")


def sandbox_for_sample() -> SandboxConfig:
    return SandboxConfig(
        guide_name="Prairie Data Summit 2027",
        guide_timezone=SAMPLE_TIMEZONE,
        guide_start_date=date(2027, 5, 11),
        guide_end_date=date(2027, 5, 13),
    )


def writes(report: ImportReport) -> int:
    return sum(n for kind, n in report.requests.items() if kind.startswith(WRITE_KINDS))


def run_demo(
    out: Console, err: Console, *, report: Path | None = None, quiet: bool = False
) -> int:
    if not SAMPLE.exists():
        raise InputError(f"{SAMPLE}: sample spreadsheet not found; run from a source checkout")
    report_path = output_path(report or Path("reports") / "demo-report.csv", REPORT_FORMATS,
                              what="report")
    # The sandbox lasts as long as the demo, and so does what the state file remembers of it
    # (images sent, a publish owed): kept beside the sample, it would grow an entry a demo.
    with running_sandbox(sandbox_for_sample()) as sandbox, TemporaryDirectory() as scratch:
        out.print(
            f"Sandbox API at {sandbox.base_url} (guide 1, {SAMPLE_TIMEZONE}); "
            f"importing {SAMPLE.name}", highlight=False,
        )
        settings = Settings(
            api_url=sandbox.base_url, api_key=SecretStr(sandbox.api_key), guide=1, rate=20.0,
            publish=True,  # as a nightly sync would: the changes reach attendees' apps
            state_file=str(Path(scratch) / "state.json"),
        )
        with render.RunProgress(err, enabled=not quiet) as progress:
            first = run_import(
                SAMPLE, settings, progress=progress.advance, on_plan=progress.start
            )
        render.run_report(out, first, write_report(first, report_path))
        second = run_import(SAMPLE, settings)
        out.print(
            f"\nSecond run, same sheet: {second.counts['unchanged']} unchanged, "
            f"{writes(second)} writes, {second.requests_spent} requests (reads only). "
            f"{second.publish_note}",
            highlight=False,
        )
    return max(first.exit_code, second.exit_code)
