"""Throughput: creates against a rate-limited sandbox, ours against a naive loop.

Run: `.venv/bin/python bench/upload.py [--rows 2000] [--concurrency 8] [--naive-rows 300 |
--naive-full]`

The sandbox answers every request after 150 ms and allows 20 requests/second per key (a
token bucket; past it, 429 with `Retry-After`). Guidebook documents no per-second limit; this
one stands in for "the most the service will take", so 20/s is the physical limit here.

- Ours: `run_import` of a fresh N-row sheet (template layout) into the empty guide, client
  rate 20/s and `--concurrency` requests in flight (at 150 ms per answer and 20/s at least 3
  must be in flight; 8 leaves room). Figures: requests the sandbox saw divided by the wall
  time of the whole run (sheet read, guide read, track and room creates, session creates),
  that rate divided by the allowed 20 (target >= 0.90), and the share of 429 answers
  (target < 2%).
- Naive: the loop the API reference's example suggests: one `requests.post(url, data=...,
  headers={'Authorization': 'JWT ' + key})` per row, one after another, form-encoded, no
  retry, no rate limit of its own. It creates the sheet's tracks and rooms the same way first,
  and sends the same fields (our validated payloads), so both do the same work. At ~150 ms a
  request it runs ~6-7/s: N = 2,000 would take over 5 minutes, so by default it runs on the
  first `--naive-rows` rows and its time for N rows is extrapolated from its time per request
  (said so in the output); `--naive-full` runs all N.

The sandbox is reset between the two. Nothing is asserted; the figures are printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repository root, not bench/
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field

import requests

from bench._common import (
    TIMEZONE,
    by_status,
    client_settings,
    print_table,
    sandbox_config,
    settled_requests,
    write_template_csv,
)
from importer.model import SessionPayload
from importer.payloads import create_body, name_key
from importer.report import ImportReport
from importer.runner import run_import
from importer.sandbox import RunningSandbox, running_sandbox
from importer.validate import validate_file

ALLOWED_RATE = 20.0
LATENCY = 0.15


@dataclass
class OursResult:
    report: ImportReport
    wall: float
    server: Counter[int]  # requests per status, as the sandbox saw them

    @property
    def requests(self) -> int:
        return self.server.total()


@dataclass
class NaiveResult:
    rows: int
    wall: float
    statuses: Counter[int] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return self.statuses.total()


# -- ours -----------------------------------------------------------------------------------


def run_ours(sandbox: RunningSandbox, sheet: Path, concurrency: int) -> OursResult:
    settings = client_settings(sandbox, rate=ALLOWED_RATE, concurrency=concurrency)
    started = time.perf_counter()
    report = run_import(sheet, settings)
    wall = time.perf_counter() - started
    return OursResult(report, wall, by_status(settled_requests(sandbox)))


# -- the naive peer -------------------------------------------------------------------------


def naive_loop(sandbox: RunningSandbox, payloads: list[SessionPayload]) -> NaiveResult:
    """The reference example's loop: sequential, form-encoded, no retry, no rate limit."""
    key, url = sandbox.api_key, sandbox.base_url
    headers = {"Authorization": "JWT " + key}
    statuses: Counter[int] = Counter()
    started = time.perf_counter()
    tracks = create_names(url, headers, statuses, "schedule-tracks",
                          {t for p in payloads for t in p.schedule_tracks}, {})
    rooms = create_names(url, headers, statuses, "locations",
                         {r for p in payloads for r in p.locations}, {"location_type": 2})
    for payload in payloads:
        data = create_body(payload, 1, tracks, rooms)
        answer = requests.post(url + "sessions/", data=data, headers=headers, timeout=30)
        statuses[answer.status_code] += 1
    return NaiveResult(len(payloads), time.perf_counter() - started, statuses)


def create_names(
    url: str, headers: dict[str, str], statuses: Counter[int], collection: str,
    names: set[str], extra: dict[str, object],
) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name in sorted(names):
        answer = requests.post(url + f"{collection}/", data={"guide": 1, "name": name, **extra},
                               headers=headers, timeout=30)
        statuses[answer.status_code] += 1
        if answer.status_code == 201:
            ids[name_key(name)] = int(answer.json()["id"])
    return ids


def sheet_payloads(sheet: Path, rows: int) -> list[SessionPayload]:
    validation = validate_file(sheet, timezone=TIMEZONE)
    return validation.payloads[:rows]


# -- output ---------------------------------------------------------------------------------


def print_ours(ours: OursResult, concurrency: int) -> None:
    rate = ours.requests / ours.wall
    throttled = ours.server.get(429, 0)
    print_table(
        f"Ours: client rate {ALLOWED_RATE:g}/s, concurrency {concurrency}",
        ["rows", "created", "requests (server)", "requests (client)", "wall s", "req/s",
         f"req/s / {ALLOWED_RATE:g} (>= 0.90)", "429s", "429 share (< 2%)", "exit"],
        [[len(ours.report.outcomes), ours.report.counts["created"], ours.requests,
          ours.report.requests_spent, ours.wall, rate, rate / ALLOWED_RATE, throttled,
          f"{throttled / ours.requests:.2%}", ours.report.exit_code]],
    )
    print(f"statuses seen by the sandbox: {dict(sorted(ours.server.items()))}")


def print_naive(naive: NaiveResult, rows: int, ours: OursResult) -> None:
    per_request = naive.wall / naive.requests
    full_requests = ours.requests - reads(ours)  # the same writes; the naive loop reads nothing
    estimated = naive.wall if naive.rows == rows else per_request * full_requests
    how = "measured" if naive.rows == rows else f"extrapolated from {naive.rows} rows"
    failures = naive.requests - naive.statuses.get(201, 0)
    print_table(
        "Naive loop: requests.post per row, sequential, form-encoded",
        ["rows run", "requests", "wall s", "req/s", "s/request", "429s", "not 201",
         f"wall s for {rows} rows", "how"],
        [[naive.rows, naive.requests, naive.wall, naive.requests / naive.wall,
          f"{per_request:.3f}", naive.statuses.get(429, 0), failures, estimated, how]],
    )
    print(f"statuses: {dict(sorted(naive.statuses.items()))}")
    print_table(
        f"Wall time for {rows} rows",
        ["ours s", "naive s", "naive / ours"],
        [[ours.wall, estimated, estimated / ours.wall]],
    )


def reads(ours: OursResult) -> int:
    return sum(n for kind, n in ours.report.requests.items() if kind.startswith("GET"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--naive-rows", type=int, default=300,
                        help="rows the naive loop runs (its full time is extrapolated)")
    parser.add_argument("--naive-full", action="store_true", help="run the naive loop on all")
    args = parser.parse_args()
    naive_rows = args.rows if args.naive_full else min(args.naive_rows, args.rows)
    config = sandbox_config(rate=ALLOWED_RATE, latency=LATENCY)
    print(f"{args.rows} creates; sandbox: {LATENCY * 1000:.0f} ms per answer, rate limit "
          f"{ALLOWED_RATE:g}/s with Retry-After, page size {config.page_size}")
    with tempfile.TemporaryDirectory() as folder, running_sandbox(config) as sandbox:
        sheet = write_template_csv(Path(folder) / "sessions.csv", args.rows)
        ours = run_ours(sandbox, sheet, args.concurrency)
        sandbox.reset()
        naive = naive_loop(sandbox, sheet_payloads(sheet, naive_rows))
    print_ours(ours, args.concurrency)
    print_naive(naive, args.rows, ours)


if __name__ == "__main__":
    main()
