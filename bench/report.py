"""Report writing: the time to write a run's results report of N rows, as .xlsx and as .csv.

Run: `.venv/bin/python bench/report.py [--rows 5000 50000]`

A migration of tens of thousands of sessions ends by writing one report row per input row.
The .xlsx (filtered header, fitted columns, each row coloured by what happened to it, and a
Summary tab) is the slower of the two. Each size and format is written once; the figures are
printed, nothing is asserted.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repository root, not bench/
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import argparse
import tempfile
import time

from importer.report import ImportReport, RowOutcome, write_report

ACTIONS = ("created", "updated", "unchanged", "invalid", "skipped")


def report_of(rows: int) -> ImportReport:
    outcomes = [RowOutcome(row, f"sheet:S{row}", f"Talk {row}", ACTIONS[row % len(ACTIONS)],
                           row if row % len(ACTIONS) < 3 else None)
                for row in range(2, rows + 2)]
    return ImportReport("bench.xlsx", 1, outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[5_000, 50_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            report = report_of(rows)
            for suffix in (".xlsx", ".csv"):
                started = time.perf_counter()
                write_report(report, Path(folder) / f"report-{rows}{suffix}")
                print(f"{rows:>7} rows {suffix:<5} {time.perf_counter() - started:6.2f} s")


if __name__ == "__main__":
    main()
