"""Issues printed one line each: the same problem on many rows as one line naming the rows,
errors before warnings, and past a limit counted rather than printed."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

from rich.console import Console
from rich.table import Table
from rich.text import Text

from importer.model import RowIssue

SEVERITY_STYLE = {"error": "red", "warning": "yellow"}


ISSUE_LINES_SHOWN = 200  # lines of issues printed; past that, a file or --json has them


def issue_lines(console: Console, issues: list[RowIssue], *, every_one: str) -> None:
    """One line per issue: severity, code, then the message (which names row and column).

    The same problem on many rows (one bad cell copied down a column, a migration's
    systematic mistake) is one line naming the rows, so a big sheet's report stays readable.
    Past ISSUE_LINES_SHOWN lines the rest are counted, not printed: a migration's 50,000
    warnings took most of a minute to print and are read in a file (`every_one` says how
    to get them all, one entry per issue).
    """
    lines = grouped_issues(issues)
    shown = lines_shown(lines)
    console.print(lines_table(shown))
    hidden = len(lines) - len(shown)
    if hidden:
        console.print(f"... and {hidden:,} more lines of issues, not printed.", highlight=False)
    if hidden or len(lines) < len(issues):
        grouped = ("a line naming several rows stands for one issue on each; "
                   if len(lines) < len(issues) else "")
        console.print(f"{len(issues):,} issues in all: {grouped}{every_one} lists them one by "
                      "one.", highlight=False)


def lines_shown(lines: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The first ISSUE_LINES_SHOWN lines, errors before warnings (a warning on every row must
    not push the one blocking error off the screen), in the sheet's order."""
    if len(lines) <= ISSUE_LINES_SHOWN:
        return lines
    errors_first = sorted(range(len(lines)), key=lambda at: lines[at][0] != "error")
    return [lines[at] for at in sorted(errors_first[:ISSUE_LINES_SHOWN])]


def lines_table(lines: list[tuple[str, str, str]]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column("severity", no_wrap=True)
    table.add_column("code", no_wrap=True)
    table.add_column("message", overflow="fold", ratio=1)
    for severity, code, message in lines:
        style = SEVERITY_STYLE.get(severity, "")
        table.add_row(Text(severity, style=style), code, message)
    return table


GROUP_FROM = 3  # rows sharing one problem before it prints as one line
RUNS_SHOWN = 12  # row numbers (or runs of them) named in that line
T = TypeVar("T")


def grouped_issues(issues: list[RowIssue]) -> list[tuple[str, str, str]]:
    """(severity, code, message) to print: a problem repeated on GROUP_FROM rows or more
    becomes one message, where its first row's would be."""
    keyed = [(issue, row, (issue.severity, issue.code, issue.sheet, body))
             for issue in issues for row, body in [row_and_body(issue)]]
    lines: list[tuple[str, str, str]] = []
    for issue, rows in row_groups(keyed):
        if not rows:
            lines.append((issue.severity, issue.code, issue.message))
        else:
            sheet = "" if issue.sheet is None else f" of sheet {issue.sheet!r}"
            lines.append((issue.severity, issue.code,
                          f"{row_runs(rows)}{sheet} ({len(rows):,} rows): {issue.body()}"))
    return lines


def row_groups(keyed: Sequence[tuple[T, int | None, Hashable]]) -> list[tuple[T, list[int]]]:
    """Each (item, row, key) to print, with the rows of its group: an item whose key GROUP_FROM
    rows or more share stands for all of them at the first (the others are left out); any
    other item, or one with no row, stands alone, with []."""
    rows_of: dict[Hashable, list[int]] = {}
    for _, row, key in keyed:
        if row is not None:
            rows_of.setdefault(key, []).append(row)
    shown: list[tuple[T, list[int]]] = []
    for item, row, key in keyed:
        rows = rows_of[key] if row is not None else []
        if len(rows) < GROUP_FROM:
            shown.append((item, []))
        elif row == rows[0]:
            shown.append((item, rows))
    return shown


def row_and_body(issue: RowIssue) -> tuple[int | None, str]:
    """The issue's row and its message after that row's 'Row 7: '; a message not starting
    with its row -> (None, message), as it cannot be printed for several rows at once."""
    body = issue.body()
    return (issue.row, body) if body != issue.message else (None, body)


def row_runs(rows: list[int]) -> str:
    """'Rows 2–40, 45, 50–52', naming at most RUNS_SHOWN runs."""
    runs: list[list[int]] = []
    for row in sorted(set(rows)):
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    shown = [f"{a}–{b}" if b > a else str(a) for a, b in runs[:RUNS_SHOWN]]
    if len(runs) > RUNS_SHOWN:
        left = sum(b - a + 1 for a, b in runs[RUNS_SHOWN:])
        shown.append(f"and {left:,} more")
    return "Rows " + ", ".join(shown)
