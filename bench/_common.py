"""Helpers shared by the request, upload and soak benchmarks.

Sheets come from `bench/parse.py`'s generator (template layout: title row, blank row, header on
row 3, US dates and 12-hour times as Excel writes them to CSV). Request counts are read from the
sandbox's own stats, i.e. the server's view, and grouped the way the client's report groups
them ("POST sessions"), so the two can be printed side by side.

Scripts import this as `bench._common`: each script first replaces its own folder on
`sys.path` with the repository root (`bench/requests.py` must not shadow the `requests`
library), then imports from the `bench` namespace package.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from rich.console import Console
from rich.table import Table

from bench import parse
from importer.sandbox import RunningSandbox, SandboxConfig
from importer.sandbox.store import ListQuery
from importer.settings import Settings

GUIDE_ID = 1
TIMEZONE = "America/Chicago"  # the sheet's local times are Chicago's
EDIT_SUFFIX = " (revised)"
# Piped output keeps wide tables on one line each instead of wrapping cells at 80 columns.
console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)


# -- sheets -------------------------------------------------------------------------------------


def template_rows(count: int, edited: Iterable[int] = ()) -> Iterator[list[object]]:
    """parse.py's rows; rows whose 0-based index is in `edited` get a changed title or text."""
    changed = set(edited)
    for index, row in enumerate(parse.session_rows(count)):
        if index in changed:
            row = edit_row(row, index)
        yield row


def edit_row(row: list[object], index: int) -> list[object]:
    """Alternate between the two edits a planner makes most: a retitle and a new description."""
    row = list(row)
    if index % 2 == 0:
        row[1] = f"{row[1]}{EDIT_SUFFIX}"
    else:
        row[7] = f"Updated abstract for session {index + 1}: new speaker, new slides."
    return row


def write_template_csv(path: Path, count: int, edited: Iterable[int] = ()) -> Path:
    """The same CSV as `parse.write_csv` (UTF-8 with BOM), with some rows edited."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([parse.TITLE])
        writer.writerow([])
        writer.writerow(parse.HEADER)
        for row in template_rows(count, edited):
            day, start, end = row[2], row[3], row[4]
            assert isinstance(day, dt.date) and isinstance(start, dt.time)
            assert isinstance(end, dt.time)
            writer.writerow([
                *row[:2], parse.us_date(day), parse.us_time(start), parse.us_time(end), *row[5:]
            ])
    return path


def names_in_sheet(count: int) -> tuple[set[str], set[str]]:
    """Distinct track and room names of the first `count` generated rows."""
    tracks: set[str] = set()
    rooms: set[str] = set()
    for row in parse.session_rows(count):
        rooms.add(str(row[5]))
        cell = row[6]
        if isinstance(cell, str):
            tracks.update(name.strip() for name in cell.split(";"))
    return tracks, rooms


def pages(items: int, page_size: int) -> int:
    """GETs needed to read a list of `items`: an empty list still costs its first page."""
    return max(1, math.ceil(items / page_size))


# -- sandbox and settings -----------------------------------------------------------------------


def sandbox_config(**options: Any) -> SandboxConfig:
    return SandboxConfig(guide_timezone=TIMEZONE, **options)


def client_settings(sandbox: RunningSandbox, **options: Any) -> Settings:
    return Settings(
        api_url=sandbox.base_url, api_key=SecretStr(sandbox.api_key), guide=GUIDE_ID, **options
    )


def server_requests(stats: dict[str, Any]) -> Counter[tuple[str, int]]:
    """API requests the sandbox saw, keyed ("POST sessions", status); status 0 = dropped."""
    counts: Counter[tuple[str, int]] = Counter()
    for entry in stats["requests"]:
        counts[(f"{entry['method']} {collection_of(entry['path'])}", entry["status"])] += entry[
            "count"
        ]
    return counts


def collection_of(path: str) -> str:
    """`/open-api/v1.1/sessions/{id}/` -> `sessions`, the client's name for it."""
    parts = [part for part in path.split("/") if part]
    return parts[2] if len(parts) > 2 and parts[0] == "open-api" else path


def settled_requests(sandbox: RunningSandbox, quiet_for: float = 0.2) -> Counter[tuple[str, int]]:
    """`server_requests` once the count stops moving.

    The sandbox records a request after its answer has gone out, so the client can have its
    answer (and a run can return) a moment before the server has counted it.
    """
    last = server_requests(sandbox.stats())
    while True:
        time.sleep(quiet_for)
        now = server_requests(sandbox.stats())
        if now == last:
            return now
        last = now


def by_kind(counts: Counter[tuple[str, int]]) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for (kind, _status), count in counts.items():
        kinds[kind] += count
    return kinds


def by_status(counts: Counter[tuple[str, int]]) -> Counter[int]:
    statuses: Counter[int] = Counter()
    for (_kind, status), count in counts.items():
        statuses[status] += count
    return statuses


def guide_import_ids(sandbox: RunningSandbox) -> list[str]:
    """Every session import_id in our guide, read straight from the sandbox's store.

    Ground truth for the soak: no HTTP, so no fault can hide or invent a session.
    """
    query = ListQuery("sessions", limit=10**9)
    query.add("guide = ?", GUIDE_ID)
    _count, rows = sandbox.state.store.page(query)
    return [str(row.get("import_id") or "") for row in rows]


# -- output -------------------------------------------------------------------------------------


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column, justify="left" if index == 0 else "right")
    for row in rows:
        table.add_row(*(cell if isinstance(cell, str) else format_cell(cell) for cell in row))
    console.print(table)


def format_cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
