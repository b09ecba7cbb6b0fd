"""Request economy: requests spent per import, divided by the least any client could spend.

Run: `.venv/bin/python bench/requests.py [--rows 2000] [--page-size 50]`

Guidebook allows 10,000 requests a day per account, so requests are the cost that matters.
Three runs against one sandbox guide (America/Chicago, no latency, no rate limit, client rate
200/s so it is quick):

  (a) first import of a sheet of N sessions into an empty guide;
  (b) re-run of the unchanged sheet;
  (c) re-run with 1% of the rows edited (alternately a new title or a new description).

The least possible for a run is worked out here from the sheet and the sandbox's store, not
from the importer: one guide read, every page of the sessions, tracks and rooms lists at the
sandbox's page size (an empty list still costs one page), one POST per missing track or room,
one POST per new session and one PATCH per changed session. Requests spent are counted by the
sandbox (`stats()`, the server's view) and by the client (the report's `requests`); both are
printed, with the ratio to the least possible (target 1.00). Nothing is asserted.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repository root, not bench/
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import tempfile
from collections import Counter
from dataclasses import dataclass

from bench._common import (
    by_kind,
    client_settings,
    guide_import_ids,
    names_in_sheet,
    pages,
    print_table,
    sandbox_config,
    settled_requests,
    write_template_csv,
)
from importer.report import ImportReport
from importer.runner import run_import
from importer.sandbox import RunningSandbox, running_sandbox
from importer.sandbox.store import ListQuery
from importer.settings import Settings

EDITED_SHARE = 0.01


@dataclass
class Least:
    """The fewest requests a run can spend, part by part."""

    guide_read: int
    list_pages: int
    name_creates: int
    session_creates: int
    session_updates: int

    @property
    def total(self) -> int:
        return (self.guide_read + self.list_pages + self.name_creates + self.session_creates
                + self.session_updates)


@dataclass
class Phase:
    label: str
    least: Least
    server: Counter[str]
    report: ImportReport


def names_in_guide(sandbox: RunningSandbox, table: str) -> list[str]:
    query = ListQuery(table, limit=10**9)
    query.add("guide = ?", 1)
    _count, rows = sandbox.state.store.page(query)
    return [str(row["name"]) for row in rows]


def least_possible(
    sandbox: RunningSandbox, rows: int, updates: int, page_size: int
) -> Least:
    """What an ideal client must spend, given the guide as it stands before the run."""
    sessions = guide_import_ids(sandbox)
    tracks, rooms = names_in_guide(sandbox, "tracks"), names_in_guide(sandbox, "locations")
    sheet_tracks, sheet_rooms = names_in_sheet(rows)
    return Least(
        guide_read=1,
        list_pages=pages(len(sessions), page_size) + pages(len(tracks), page_size)
        + pages(len(rooms), page_size),
        name_creates=len(sheet_tracks - set(tracks)) + len(sheet_rooms - set(rooms)),
        session_creates=max(0, rows - len(set(sessions))),
        session_updates=updates,
    )


def measure(
    label: str, sandbox: RunningSandbox, settings: Settings, sheet: Path, rows: int,
    updates: int, page_size: int,
) -> Phase:
    least = least_possible(sandbox, rows, updates, page_size)
    before = by_kind(settled_requests(sandbox))
    report = run_import(sheet, settings)
    after = by_kind(settled_requests(sandbox))
    return Phase(label, least, after - before, report)


def ratio(spent: int, least: int) -> str:
    return f"{spent / least:.2f}" if least else "n/a"


def print_summary(phases: list[Phase]) -> None:
    rows = []
    for phase in phases:
        least, server, client = phase.least, phase.server.total(), phase.report.requests_spent
        rows.append([
            phase.label, least.guide_read, least.list_pages, least.name_creates,
            least.session_creates, least.session_updates, least.total, server, client,
            ratio(server, least.total), ratio(client, least.total),
        ])
    print_table(
        "Requests spent vs the least possible (target 1.00)",
        ["run", "guide", "pages", "names", "creates", "updates", "least", "server", "client",
         "server/least", "client/least"],
        rows,
    )


def print_breakdown(phases: list[Phase]) -> None:
    kinds = sorted({kind for p in phases for kind in (*p.server, *p.report.requests)})
    columns = ["request"]
    for phase in phases:
        columns += [f"{phase.label[:3]} server", f"{phase.label[:3]} client"]
    rows = []
    for kind in kinds:
        row: list[object] = [kind]
        for phase in phases:
            row += [phase.server.get(kind, 0), phase.report.requests.get(kind, 0)]
        rows.append(row)
    print_table("Requests by kind (server = sandbox stats, client = report)", columns, rows)


def print_outcomes(phases: list[Phase]) -> None:
    rows = [
        [p.label, *(p.report.counts[a] for a in ("created", "updated", "unchanged", "invalid",
                                                  "failed", "deferred")),
         p.report.exit_code, f"{p.report.duration_seconds:.1f}"]
        for p in phases
    ]
    print_table(
        "Row outcomes per run (from the report)",
        ["run", "created", "updated", "unchanged", "invalid", "failed", "deferred", "exit", "s"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2_000)
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--rate", type=float, default=200.0, help="client requests/second")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    edited = range(0, args.rows, round(1 / EDITED_SHARE))
    config = sandbox_config(page_size=args.page_size)
    print(f"{args.rows} sessions, sandbox page size {args.page_size}, no latency, no server "
          f"rate limit; client rate {args.rate:g}/s, concurrency {args.concurrency}; "
          f"{len(edited)} rows edited in (c)")
    with tempfile.TemporaryDirectory() as folder, running_sandbox(config) as sandbox:
        sheet = write_template_csv(Path(folder) / "sessions.csv", args.rows)
        sheet_edited = write_template_csv(Path(folder) / "edited.csv", args.rows, edited)
        settings = client_settings(sandbox, rate=args.rate, concurrency=args.concurrency)
        phases = [
            measure("(a) first import", sandbox, settings, sheet, args.rows, 0, args.page_size),
            measure("(b) unchanged re-run", sandbox, settings, sheet, args.rows, 0,
                    args.page_size),
            measure("(c) 1% edited", sandbox, settings, sheet_edited, args.rows, len(edited),
                    args.page_size),
        ]
    print_summary(phases)
    print_breakdown(phases)
    print_outcomes(phases)


if __name__ == "__main__":
    main()
