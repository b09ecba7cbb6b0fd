"""Fault soak: a big import through every fault the sandbox has, killed midway, then re-run.

Run: `.venv/bin/python bench/soak.py [--rows 5000] [--fault 0.05] [--seed 1]`

The sandbox (in this process, on loopback) gives each API request a 5% chance of each fault:
a 500/503 before the work is done, a 502 after it is done, a dropped connection after it is
done, a slow answer (3 s, longer than the client's 2 s timeout; the work is done) and a 429
without Retry-After. It has no per-second limit. Its daily budget is raised far above
10,000: the soak is about correctness under faults, `bench/requests.py` is about the budget.

The importer runs as `gbimport run sessions.csv --quiet --report runN.json` in a subprocess,
settings from a `gbimport.toml` in a temporary folder (client rate 100/s, 2 s timeout), key in
GUIDEBOOK_API_KEY. The first run gets SIGKILL once the guide holds a seeded-random number of
sessions between 20% and 80% of the rows, so the kill lands mid-upload with creates in flight.
Then it runs again until it exits 0 (at most `--max-runs` runs in all).

Printed: each run (how it ended, outcomes, requests by status as the server saw them), then the
targets, all 0: sessions sharing an import_id (sandbox stats), sheet rows without a session in
the guide (read from the sandbox's store, not over HTTP), sheet rows missing from the last
run's report or not shown there as done, and report lines naming another session than the
guide holds for that row. Nothing is asserted.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repository root, not bench/
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import json
import os
import random
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench._common import (
    GUIDE_ID,
    TIMEZONE,
    by_status,
    print_table,
    sandbox_config,
    settled_requests,
    write_template_csv,
)
from importer.sandbox import RunningSandbox, running_sandbox
from importer.sandbox.store import ListQuery
from importer.validate import validate_file

GBIMPORT = Path(sys.executable).parent / "gbimport"
DONE_ACTIONS = ("created", "updated", "unchanged")
POLL_SECONDS = 0.05


@dataclass
class RunRecord:
    number: int
    ended: str  # "killed", "exit N", "timed out"
    seconds: float
    server: Counter[int]
    sessions_after: int
    report: dict[str, Any] | None = None
    stderr_tail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int | None:
        return int(self.ended.split()[1]) if self.ended.startswith("exit") else None


# -- setting up ---------------------------------------------------------------------------------


def write_settings(folder: Path, sandbox: RunningSandbox, args: argparse.Namespace) -> None:
    (folder / "gbimport.toml").write_text(
        f'api_url = "{sandbox.base_url}"\n'
        f"guide = {GUIDE_ID}\n"
        f'timezone = "{TIMEZONE}"\n'
        f"rate = {args.rate}\n"
        f"concurrency = {args.concurrency}\n"
        f"timeout = {args.timeout}\n"
        f"max_retry_wait = {args.max_retry_wait}\n",
        encoding="utf-8",
    )


def child_environment(sandbox: RunningSandbox) -> dict[str, str]:
    """This environment minus our GUIDEBOOK_* settings (gbimport.toml decides), plus the key."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith("GUIDEBOOK_")}
    env["GUIDEBOOK_API_KEY"] = sandbox.api_key
    return env


def sessions_in_guide(sandbox: RunningSandbox) -> int:
    return sandbox.state.store.session_counts().get(GUIDE_ID, 0)


def guide_sessions(sandbox: RunningSandbox) -> list[dict[str, Any]]:
    query = ListQuery("sessions", limit=10**9)
    query.add("guide = ?", GUIDE_ID)
    _count, rows = sandbox.state.store.page(query)
    return rows


# -- running ------------------------------------------------------------------------------------


def start_run(folder: Path, sandbox: RunningSandbox, number: int) -> subprocess.Popen[bytes]:
    command = [str(GBIMPORT), "run", "sessions.csv", "--quiet", "--report", f"run{number}.json"]
    with (folder / f"run{number}.stderr").open("wb") as stderr:
        return subprocess.Popen(
            command, cwd=folder, env=child_environment(sandbox),
            stdout=subprocess.DEVNULL, stderr=stderr,
        )


def killed_run(
    folder: Path, sandbox: RunningSandbox, kill_at: int, limit: float
) -> RunRecord:
    """Run 1: SIGKILL once the guide holds `kill_at` sessions."""
    before = settled_requests(sandbox)
    started = time.perf_counter()
    process = start_run(folder, sandbox, 1)
    ended = "timed out"
    while time.perf_counter() - started < limit:
        if process.poll() is not None:
            ended = f"exit {process.returncode} (before the kill)"
            break
        if sessions_in_guide(sandbox) >= kill_at:
            process.kill()  # SIGKILL: no handler, no cleanup, requests in flight are lost
            process.wait()
            ended = "killed"
            break
        time.sleep(POLL_SECONDS)
    else:
        process.kill()
        process.wait()
    seconds = time.perf_counter() - started
    at_kill = sessions_in_guide(sandbox)
    time.sleep(0.5)  # let requests the dead client left behind finish on the server
    return RunRecord(1, ended, seconds, server_delta(sandbox, before), sessions_in_guide(sandbox),
                     extra={"sessions_at_kill": at_kill})


def full_run(folder: Path, sandbox: RunningSandbox, number: int, limit: float) -> RunRecord:
    before = settled_requests(sandbox)
    started = time.perf_counter()
    process = start_run(folder, sandbox, number)
    try:
        ended = f"exit {process.wait(timeout=limit)}"
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        ended = "timed out"
    seconds = time.perf_counter() - started
    report_path = folder / f"run{number}.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else None
    stderr = (folder / f"run{number}.stderr").read_text(errors="replace").strip()
    return RunRecord(number, ended, seconds, server_delta(sandbox, before),
                     sessions_in_guide(sandbox), report, stderr.splitlines()[-1] if stderr else "")


def server_delta(sandbox: RunningSandbox, before: Counter[tuple[str, int]]) -> Counter[int]:
    return by_status(settled_requests(sandbox) - before)


# -- checking -----------------------------------------------------------------------------------


def check(sandbox: RunningSandbox, expected: list[str], last: RunRecord) -> dict[str, int]:
    sessions = guide_sessions(sandbox)
    in_guide: dict[str, int] = {}
    for session in sessions:
        in_guide.setdefault(str(session.get("import_id") or ""), int(session["id"]))
    rows = last.report["rows"] if last.report else []
    done = {row["import_id"]: row["session_id"] for row in rows if row["action"] in DONE_ACTIONS}
    duplicates = sandbox.stats()["duplicate_import_ids"].get(str(GUIDE_ID), [])
    return {
        "rows in sheet": len(expected),
        "sessions in guide": len(sessions),
        "import_ids held twice (0)": len(duplicates),
        "rows missing from guide (0)": sum(1 for i in expected if i not in in_guide),
        "sessions not from the sheet": len(set(in_guide) - set(expected)),
        "rows missing from final report (0)": sum(1 for i in expected if i not in done),
        "report names wrong session (0)": sum(
            1 for i, sid in done.items() if i in in_guide and in_guide[i] != sid
        ),
    }


# -- output -------------------------------------------------------------------------------------


def print_runs(runs: list[RunRecord]) -> None:
    rows = []
    for run in runs:
        counts = run.report["counts"] if run.report else {}
        server = run.server
        rows.append([
            str(run.number), run.ended, run.seconds,
            *(counts.get(a, "-") for a in ("created", "unchanged", "updated", "failed",
                                           "deferred")),
            run.report["requests_spent"] if run.report else "-",
            server.total(), server.get(429, 0),
            sum(n for status, n in server.items() if status >= 500), server.get(0, 0),
            run.sessions_after,
        ])
    print_table(
        "Runs (requests by status as the sandbox saw them; 0 = connection dropped)",
        ["run", "ended", "s", "created", "unchanged", "updated", "failed", "deferred",
         "client req", "server req", "429", "5xx", "dropped", "sessions after"],
        rows,
    )
    for run in runs:
        if run.extra:
            print(f"run {run.number}: {run.extra}")
        if run.exit_code not in (0, None) and run.stderr_tail:
            print(f"run {run.number} stderr: {run.stderr_tail}")
        if run.report and run.report.get("notes"):
            print(f"run {run.number} notes: {run.report['notes'][:3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--fault", type=float, default=0.05, help="chance of each fault kind")
    parser.add_argument("--slow-seconds", type=float, default=3.0)
    parser.add_argument("--timeout", type=float, default=2.0, help="client timeout, seconds")
    parser.add_argument("--max-retry-wait", type=float, default=30.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-runs", type=int, default=6)
    parser.add_argument("--run-limit", type=float, default=300.0, help="seconds per run at most")
    args = parser.parse_args()
    p = args.fault
    config = sandbox_config(
        fault_error_before=p, fault_error_after=p, fault_drop_after=p, fault_slow=p,
        fault_burst_429=p, slow_seconds=args.slow_seconds, seed=args.seed,
        daily_budget=10_000_000,
    )
    kill_at = random.Random(args.seed).randint(int(0.2 * args.rows), int(0.8 * args.rows))
    print(f"{args.rows} rows; each fault kind {p:.0%} per request (slow = {args.slow_seconds:g} s,"
          f" client timeout {args.timeout:g} s); client rate {args.rate:g}/s, concurrency "
          f"{args.concurrency}, retry wait cap {args.max_retry_wait:g} s; seed {args.seed}; "
          f"SIGKILL once the guide holds {kill_at} sessions")
    with tempfile.TemporaryDirectory() as name, running_sandbox(config) as sandbox:
        folder = Path(name)
        write_template_csv(folder / "sessions.csv", args.rows)
        write_settings(folder, sandbox, args)
        expected = [r.import_id or "" for r in
                    validate_file(folder / "sessions.csv", timezone=TIMEZONE).rows]
        runs = [killed_run(folder, sandbox, kill_at, args.run_limit)]
        while runs[-1].exit_code != 0 and len(runs) < args.max_runs:
            runs.append(full_run(folder, sandbox, len(runs) + 1, args.run_limit))
        results = check(sandbox, expected, runs[-1])
    print_runs(runs)
    print_table("Soak results (targets in brackets)", ["figure", "value"],
                [[name, value] for name, value in results.items()])


if __name__ == "__main__":
    main()
