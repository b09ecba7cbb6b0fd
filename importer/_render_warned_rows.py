"""The rows with warnings, named before anything is sent, one line per kind."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from importer._render_issues import GROUP_FROM, row_runs
from importer._render_lines import line
from importer.plan import Plan


def plan_warnings(console: Console, result: Plan, *, sent_only: bool = False,
                  details: str = "details in the report") -> bool:
    """Before anything is sent: say which rows carry warnings, from the sheet or from
    planning, one line per kind (the report has each message). `sent_only`: only rows to be
    created or updated, news in a nightly run. `details`: where each message is to be read.
    Whether any line was printed."""
    by_code: dict[str, dict[tuple[str | None, int], None]] = {}  # in sheet order, each once
    for row in result.rows:
        if sent_only and row.action not in ("create", "update"):
            continue
        for issue in row.all_issues:
            if issue.severity == "warning":
                by_code.setdefault(issue.code, {})[row.result.sheet, row.result.row] = None
    for code, rows in by_code.items():
        line(console, Text.assemble(("warning:", "yellow"),
                                    f" {code} on {_warned_rows(list(rows), details)}"))
    return bool(by_code)


def _warned_rows(numbers: list[tuple[str | None, int]], details: str) -> str:
    """The rows of one warning and where to read it: 'rows 2, 3 (details in the report)';
    three or more as runs with their count, as a migration's 3,000 rows outside the guide's
    dates are 'rows 4002–7001 (3,000 rows; details ...'; by sheet, when several were read
    ('rows 3–9 of sheet 'Day 1', row 4 of sheet 'Day 2' (8 rows; ...')."""
    by_sheet: dict[str | None, list[int]] = {}
    for sheet, row in numbers:
        by_sheet.setdefault(sheet, []).append(row)
    where = ", ".join(_rows_of_sheet(rows, sheet) for sheet, rows in by_sheet.items())
    count = f"{len(numbers):,} rows; " if len(numbers) >= GROUP_FROM else ""
    return f"{where} ({count}{details})"


def _rows_of_sheet(rows: list[int], sheet: str | None) -> str:
    """'rows 2, 3', or 'rows 2–40, 45' from GROUP_FROM rows on; ' of sheet 'Day 1'' after
    them when several sheets were read."""
    of_sheet = "" if sheet is None else f" of sheet {sheet!r}"
    if len(rows) >= GROUP_FROM:
        return f"{row_runs(rows).lower()}{of_sheet}"
    return f"{'row' if len(rows) == 1 else 'rows'} {', '.join(map(str, rows))}{of_sheet}"
