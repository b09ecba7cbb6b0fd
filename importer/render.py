"""Terminal rendering of the library's values (validation report, plan, run report).

Its parts live in private modules by concern: `_render_validation.py` is what `validate`
prints, `_render_issues.py` issues one line each (alike ones on many rows as one),
`_render_plan_time.py` how long a run takes, `_render_warned_rows.py` the rows with warnings
named before sending, `_render_progress.py` the run's progress, `_render_run.py` the run's
report, `_render_draft.py` what `draft-mapping` prints, and `_render_lines.py` the lines they
share. This module prints the plan and its changes, and re-exports every public name it had.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

from importer._deletes import CHANGE_ROWS_SHOWN
from importer._render_draft import draft_summary
from importer._render_issues import (
    GROUP_FROM,
    ISSUE_LINES_SHOWN,
    RUNS_SHOWN,
    SEVERITY_STYLE,
    grouped_issues,
    issue_lines,
    lines_shown,
    lines_table,
    row_and_body,
    row_groups,
    row_runs,
)
from importer._render_lines import counted, line, read_as, settings_line
from importer._render_plan_time import PLAN_TIME_FROM, time_needed
from importer._render_progress import PIPE_PROGRESS_EVERY, STOPPED_DETAILS, RunProgress
from importer._render_run import PROBLEM_LINES, run_report
from importer._render_validation import PAYLOAD_TABLE_LIMIT, payload_table, validation
from importer._render_warned_rows import plan_warnings
from importer.model import RowIssue, row_prefix, shortened, unmistakable
from importer.plan import COPIES_ADOPTABLE, Plan, PlannedRow, adoptable_copy, spent_earlier_words

__all__ = [
    "GROUP_FROM",
    "ISSUE_LINES_SHOWN",
    "PAYLOAD_TABLE_LIMIT",
    "PIPE_PROGRESS_EVERY",
    "PLAN_TIME_FROM",
    "PROBLEM_LINES",
    "RUNS_SHOWN",
    "SEVERITY_STYLE",
    "STOPPED_DETAILS",
    "RunProgress",
    "draft_summary",
    "grouped_issues",
    "issue_lines",
    "line",
    "lines_shown",
    "lines_table",
    "payload_table",
    "plan",
    "plan_warnings",
    "read_as",
    "row_and_body",
    "row_groups",
    "row_runs",
    "run_report",
    "settings_line",
    "validation",
]


def plan(console: Console, result: Plan) -> None:
    counts = result.counts
    # Several sheets read as one: which ones (an unchanged row is not listed below).
    sheets = ", ".join(repr(part.name) for part in result.validation.sheets)
    console.print(
        f"Plan for guide {result.guide_id} from {result.source}"
        f"{', sheets ' + sheets if sheets else ''} (times in {result.timezone})"
        f"{read_as(result.validation.encoding)}", highlight=False,
    )
    settings_line(console, result.settings_file)
    taken = result.taken_over
    console.print(
        f"create {counts['create']:,} · update {counts['update']:,}"
        + (f" ({taken:,} take{'s' if taken == 1 else ''} over a session without an import id)"
           if taken else "")
        + " · unchanged "
        f"{counts['unchanged']:,} · invalid {counts['invalid']:,} · delete {counts['delete']:,}"
        + (f" · skipped {counts['skipped']:,}" if counts["skipped"] else ""),
        highlight=False,
    )
    if result.tracks_to_create or result.locations_to_create:
        console.print(
            f"new tracks: {', '.join(unmistakable(result.tracks_to_create)) or '-'}; "
            f"new rooms: {', '.join(unmistakable(result.locations_to_create)) or '-'}",
            highlight=False,
        )
    changes, hidden = _changes_table(result)
    if changes.row_count:
        console.print(changes)
    if hidden:
        line(console, f"... and {hidden}, not printed: --json lists every one.")
    # A sheet-wide error is also on every row it blocks (the report says why each row is not
    # sent); printed here, once is enough.
    sheet = result.validation.sheet_issues
    issues = [*sheet, *(i for r in result.rows for i in r.all_issues if i not in sheet)]
    if issues:
        issue_lines(console, _copies_as_one(issues), every_one="--json")
    for note in result.notes:
        line(console, f"note: {note}")
    for reason in result.needs_force:
        line(console, Text.assemble(("run stops here without --force:", "red"), f" {reason}."))
    console.print(
        f"Cost: {counted(result.reads_spent, 'read')} done + "
        f"{counted(result.writes_planned, 'write')} planned"
        f"{' + 1 publish' if result.publish_planned else ''} = "
        f"{result.requests_total:,} of {result.daily_budget:,} requests per day"
        f"{_spent_earlier(result)}", highlight=False,
    )
    # Over the day's budget the days it needs matter more than the minutes: said also when
    # what the day allows is spent in seconds (a high rate, or little of it left).
    if result.seconds_at_least >= PLAN_TIME_FROM or result.over_budget:
        line(console, f"Time: {time_needed(result)}")


def _spent_earlier(result: Plan) -> str:
    """The budget is the account's: what earlier runs took of it today leaves the rest."""
    if not result.spent_earlier:
        return ""
    return f" ({spent_earlier_words(result)}: {result.budget_left:,} left)"


def _copies_as_one(issues: list[RowIssue]) -> list[RowIssue]:
    """Rows to create warned copy-without-id with a session --adopt would take over, past
    a few, in the words of no one row, so that they print as one line (a guide filled by
    Builder's import warns on every row: 61 messages buried the one thing to do)."""
    if sum(map(adoptable_copy, issues)) < GROUP_FROM:
        return issues
    return [replace(issue, message=row_prefix(issue.row, issue.sheet) + COPIES_ADOPTABLE)
            if adoptable_copy(issue) and issue.row is not None else issue for issue in issues]


def _changes_table(result: Plan) -> tuple[Table, str]:
    """The changes to print, and what was left out: past CHANGE_ROWS_SHOWN, the deletes and
    updates (the changes to read) before the creates, in the plan's order. A skipped row
    leaving a session in the guide has its line, as the report's line and --json give that
    session, after the creates: it is no change."""
    table = Table(title="Changes", title_justify="left")
    several = bool(result.validation.sheets)  # then each row is named with its sheet
    columns = ("row", "action", "import_id", "name", "fields")
    for column in ("sheet", *columns) if several else columns:
        table.add_column(column, overflow="fold")
    leaving = _rows_leaving_sessions(result)
    changes = [
        (row.action, [*([row.result.sheet or ""] if several else []),
                      str(row.result.row), row.action, row.result.import_id or "",
                      row.result.name or "", _row_fields(row, result.timezone, leaving)])
        for row in result.rows if row.action in ("create", "update") or id(row) in leaving
    ] + [("delete", [*([""] if several else []), "", "delete", d.import_id, d.name, d.why])
         for d in result.deletes]
    order = {"create": 1, "skipped": 2}  # the rest, the changes to read, first
    shown = sorted(range(len(changes)), key=lambda at: order.get(changes[at][0], 0))
    for at in sorted(shown[:CHANGE_ROWS_SHOWN]):
        table.add_row(*changes[at][1])
    return table, _left_out([changes[at][0] for at in shown[CHANGE_ROWS_SHOWN:]])


def _rows_leaving_sessions(result: Plan) -> dict[int, int]:
    """The skipped rows given a line (by id()), each with the session it leaves in the guide:
    the first row of each such session no other row of the sheet sends. A co-presenter's row
    repeats a row the plan sends or finds unchanged (a line for each would fill an unchanged
    plan of a speakers' export), and a cancelled talk's co-presenters, marked out with it,
    share its one line; --json and the report give the session on each row."""
    sent = {row.result.import_id for row in result.rows if row.action != "skipped"}
    left = result.sessions_left_by_skipped_rows()
    first: dict[str, PlannedRow] = {}
    for row in result.rows:
        import_id = row.result.import_id or ""
        if row.action == "skipped" and import_id in left and import_id not in sent:
            first.setdefault(import_id, row)
    return {id(row): left[import_id] for import_id, row in first.items()}


def _row_fields(row: PlannedRow, timezone: str, leaving: dict[int, int]) -> str:
    """A create's or update's changed fields; the session a skipped row leaves in the guide."""
    if row.action == "skipped":
        return f"leaves session {leaving[id(row)]} in the guide"
    zone = ZoneInfo(timezone)
    return "; ".join(f"{c.field}: {_show(c.old, zone)} → {_show(c.new, zone)}"
                     for c in row.changes)


def _left_out(actions: list[str]) -> str:
    """'52 more changes', '52 more changes and 3 skipped rows' sessions' left unprinted."""
    skipped = actions.count("skipped")
    changes = len(actions) - skipped
    parts = [f"{changes:,} more change{'' if changes == 1 else 's'}" if changes else "",
             (f"{skipped:,} skipped row's session" if skipped == 1
              else f"{skipped:,} skipped rows' sessions") if skipped else ""]
    return " and ".join(filter(None, parts))


def _show(value: Any, zone: ZoneInfo) -> str:
    """A value in a change, as the sheet writes it: times in the guide's local time."""
    if isinstance(value, datetime):
        return f"{value.astimezone(zone):%Y-%m-%d %H:%M}"
    if isinstance(value, tuple | frozenset | set):
        names = value if isinstance(value, tuple) else sorted(value)
        return "{" + ", ".join(unmistakable(names)) + "}"  # 'Main Hall, Town Theatre' is one
    if value is None or value == "":  # a cleared cell: "→ " and nothing would look cut off
        return "∅"
    return shortened(str(value), 60)
