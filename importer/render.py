"""Terminal rendering of the library's values (validation report, plan, run report)."""

from __future__ import annotations

import re
import shlex
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.measure import Measurement
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from importer import convert
from importer._code_pages import guessed_encoding_advice
from importer._deletes import CHANGE_ROWS_SHOWN
from importer.draft import Draft
from importer.model import (
    RowIssue,
    header_rows_text,
    row_prefix,
    row_ref,
    row_span,
    shortened,
    unmistakable,
)
from importer.plan import (
    COPIES_ADOPTABLE,
    Plan,
    PlannedRow,
    adoptable_copy,
    spent_earlier_words,
)
from importer.report import SHEET_WARNINGS_POINTER, ImportReport, RowOutcome, sheets_read
from importer.validate import ValidationReport

# Beyond this many sessions, `validate` summarises instead of listing every payload.
PAYLOAD_TABLE_LIMIT = 200
SEVERITY_STYLE = {"error": "red", "warning": "yellow"}


def validation(console: Console, report: ValidationReport,
               settings_file: str | None = None) -> None:
    where = report.source + (f", sheet {report.sheet_name!r}" if report.sheet_name else "")
    header = f"header on {header_rows_text(report.header_row, report.header_rows)}"
    if report.sheets:  # several read as one: each has its own header row
        where += ", sheets " + ", ".join(repr(part.name) for part in report.sheets)
        header = "headers on rows " + ", ".join(
            row_span(p.header_row, p.header_rows) for p in report.sheets)
    console.print(
        f"{where}: {header}, mapping '{report.mapping_name}', "
        f"times in {report.timezone}{read_as(report.encoding)}", highlight=False,
    )
    settings_line(console, settings_file)
    blocked = " (a sheet error below blocks every row)" if report.blocked else ""
    console.print(
        f"Rows read {report.rows_read:,} · valid {report.valid:,}{blocked} · "
        f"with errors {report.with_errors:,} · with warnings {report.with_warnings:,}"
        + (f" · skipped {report.skipped:,}" if report.skipped else "")
        + (f" · sheet warnings {report.sheet_warnings:,}" if report.sheet_warnings else ""),
        highlight=False,
    )
    if report.issues:
        issue_lines(console, report.issues, every_one="--issues-out FILE")
    if report.ok and report.valid <= PAYLOAD_TABLE_LIMIT:
        console.print(payload_table(report))
    elif report.ok:
        console.print(f"{report.valid:,} sessions ready (use --json to see every payload).")


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


def payload_table(report: ValidationReport) -> Table:
    """Each valid row's session, beside the row (and its sheet, when several were read) to
    find it by in the spreadsheet."""
    zone = ZoneInfo(report.timezone)
    table = Table(title=f"Sessions that would be sent (times in {report.timezone})",
                  title_justify="left")
    where = ("sheet", "row") if report.sheets else ("row",)
    for column in (*where, "import_id", "name", "start", "end", "rooms", "tracks"):
        table.add_column(column, overflow="fold")
    for row in report.rows:
        if (payload := row.payload) is None:
            continue
        start = payload.start_time.astimezone(zone)
        end = payload.end_time.astimezone(zone) if payload.end_time else None
        table.add_row(
            *((row.sheet or "", str(row.row)) if report.sheets else (str(row.row),)),
            payload.import_id, payload.name,
            start.strftime("%a %d %b %H:%M") if not payload.all_day else
            start.strftime("%a %d %b") + " all day",
            _end_text(start, end),
            "; ".join(payload.locations), "; ".join(payload.schedule_tracks),
        )
    return table


def _end_text(start: datetime, end: datetime | None) -> str:
    """The end's time, with its day when that is not the start's (past midnight)."""
    if end is None:
        return ""
    return end.strftime("%H:%M" if end.date() == start.date() else "%a %d %b %H:%M")


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
        f"Cost: {_count(result.reads_spent, 'read')} done + "
        f"{_count(result.writes_planned, 'write')} planned"
        f"{' + 1 publish' if result.publish_planned else ''} = "
        f"{result.requests_total:,} of {result.daily_budget:,} requests per day"
        f"{_spent_earlier(result)}", highlight=False,
    )
    # Over the day's budget the days it needs matter more than the minutes: said also when
    # what the day allows is spent in seconds (a high rate, or little of it left).
    if result.seconds_at_least >= PLAN_TIME_FROM or result.over_budget:
        line(console, f"Time: {_time_needed(result)}")


def settings_line(console: Console, path: str | None) -> None:
    """Which settings file was read: one in the folder started in and one beside the sheet
    may name two guides, and cron starts a job wherever its line says."""
    if path is not None:
        line(console, f"Settings: {path}")


def _spent_earlier(result: Plan) -> str:
    """The budget is the account's: what earlier runs took of it today leaves the rest."""
    if not result.spent_earlier:
        return ""
    return f" ({spent_earlier_words(result)}: {result.budget_left:,} left)"


PLAN_TIME_FROM = 60.0  # seconds a run takes at least before plan says how long


def _time_needed(result: Plan) -> str:
    """How long the run takes at least, at the rate setting, as the run's progress lines
    count it; over the day's budget, the part the day allows and the days in all."""
    pace = f"at {result.rate:g} request{'' if result.rate == 1 else 's'} a second (--rate)"
    later = "; retries and slow answers add to it"
    least = _minutes(result.seconds_at_least, at_least=True)
    if not result.over_budget:
        return f"at least {least} {pace}{later}"
    if not result.budget_left:
        return (f"none is left of the day's {result.daily_budget:,} requests: "
                f"{_days_more(result.days_at_least)}, today's not counted")
    left = (f"{result.budget_left:,} left of the day's " if result.spent_earlier else "day's ")
    spend = f"at least {least}" if result.seconds_at_least >= PLAN_TIME_FROM else "under a minute"
    return (f"{spend} {pace} to spend the {left}"
            f"{result.daily_budget:,} requests, then the run stops (exit 3): "
            f"{_days_in_all(result)}{later}")


def _days_in_all(result: Plan) -> str:
    """The days a plan over the budget needs, today's counted: whole, or what is left of it."""
    if not result.spent_earlier:
        return f"{result.days_at_least} days' budgets in all"
    return (f"{result.days_at_least} days in all, the {result.budget_left:,} left today and "
            f"{_days_more(result.days_at_least - 1)}")


def _days_more(days: int) -> str:
    return f"{days} more day's budget" if days == 1 else f"{days} more days' budgets"


def _minutes(seconds: float, *, at_least: bool = False) -> str:
    """'15 min', '1 h 15 min', as the progress lines say it. `at_least`: rounded down, so that
    'at least 2 min' is never said of 1 min 40 s."""
    minutes = max(1, int(seconds // 60) if at_least else round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


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


def read_as(encoding: str | None) -> str:
    """The guessed encoding a CSV was read in, to end a line that names the file: a wrong
    guess garbles every accented letter, which only the planner's eye can tell."""
    advice = guessed_encoding_advice(encoding)
    return f"; text read as {advice}" if advice else ""


def run_report(console: Console, report: ImportReport, path: Path | None) -> None:
    counts = report.counts
    if read := read_as(report.encoding):
        line(console, f"{report.source}{read}")
    settings_line(console, report.settings_file)
    table = Table(title=f"Import into guide {report.guide_id}", title_justify="left")
    for action in counts:
        table.add_column(action, justify="right")
    table.add_row(*(f"{value:,}" for value in counts.values()))
    # Narrower than the table, rich would cut its headers ('unchan…') and counts ('120…').
    natural = Measurement.get(console, console.options.update_width(1_000), table).maximum
    if natural <= console.width:
        console.print(table)
    else:
        line(console, f"Import into guide {report.guide_id}: "
             + " · ".join(f"{action} {value:,}" for action, value in counts.items()))
    console.print(
        f"{_count(report.requests_spent, 'request')} in "
        f"{report.duration_seconds:.1f} s "
        f"({_request_breakdown(report)})", highlight=False,
    )
    if report.taken_over:  # --adopt: the updates that were Builder's sessions
        one = report.taken_over == 1
        line(console, f"Taken over: {report.taken_over:,} of the updated sessions had no "
                      "import id; "
                      f"{'it is' if one else 'they are'} found by the sheet's ids from now on.")
    if report.sheets:  # which tabs the rows came from: a new day's tab taken in, or not
        line(console, f"Sheet{'s' if len(report.sheets) > 1 else ''} read: "
                      + sheets_read(report.sheets, repr))
    for note in report.notes:
        line(console, f"note: {note}")
    problems = _problem_lines([o for o in report.outcomes if o.action in ("invalid", "failed")])
    for text, _ in problems[:PROBLEM_LINES]:
        line(console, text)
    if len(problems) > PROBLEM_LINES:
        left = sum(count for _, count in problems[PROBLEM_LINES:])
        console.print(f"... and {left} more in the report", highlight=False)
    if report.publish_note is not None:  # last but the report: what reached attendees
        line(console, Text(report.publish_note, style="red" if report.publish_failed else ""))
    elif report.unpublished_note is not None:
        line(console, report.unpublished_note)
    if path is not None:
        console.print(f"Report: {path}", highlight=False)


PROBLEM_LINES = 20  # lines naming rows that went wrong, after the run's table


# The session a failed request was for (`PATCH sessions/7/`): rows failing alike (an outage
# mid-run) differ only by it, and its row is named anyway.
_OWN_ID = re.compile(r"\b((?:sessions|locations|schedule-tracks)/)\d+/")


def _problem_lines(outcomes: list[RowOutcome]) -> list[tuple[str, int]]:
    """(line, rows it names): rows sharing one outcome and message, GROUP_FROM or more
    (a tab held back by one error, a room the guide lacks, an outage), print as one line."""
    outcomes = [replace(o, message=SHEET_WARNINGS_POINTER.sub("", o.message))
                for o in outcomes]  # the notes, printed above, say it once
    keyed = [(o, o.row, (o.sheet, o.action, _OWN_ID.sub(r"\1<id>/", o.message)))
             for o in outcomes]
    lines: list[tuple[str, int]] = []
    for outcome, rows in row_groups(keyed):
        if outcome.row is None:  # a session deleted by --prune: named by the session
            where = f"session {outcome.session_id} ({outcome.import_id})"
        elif not rows:
            where = row_ref(outcome.row, outcome.sheet)
        else:
            sheet = "" if outcome.sheet is None else f" of sheet {outcome.sheet!r}"
            where = f"{row_runs(rows).lower()}{sheet} ({len(rows):,} rows)"
        message = _OWN_ID.sub(r"\1<id>/", outcome.message) if rows else outcome.message
        lines.append((f"{where}: {outcome.action}: {message}", len(rows) or 1))
    return lines


def line(console: Console, text: str | Text) -> None:
    """One line of text, never broken at the console's width: on a pipe or in cron's mail
    (80 columns) a break would cut a message in two for grep; a terminal wraps it for the
    eye anyway."""
    console.print(text, highlight=False, soft_wrap=True)


def _request_breakdown(report: ImportReport) -> str:
    return ", ".join(f"{kind} {count:,}" for kind, count in sorted(report.requests.items()))


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


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


# A run that stops for --force writes no report: plan prints each message.
STOPPED_DETAILS = "the run stops below and writes no report: gbimport plan shows them"
PIPE_PROGRESS_EVERY = 60.0  # seconds between progress lines where no bar can be drawn


class RunProgress:
    """Progress on stderr fed by the uploader's callbacks: a rich bar on a terminal, a line a
    minute on a pipe or a file (`| tee run.log` of a long migration said nothing until the
    end), nothing when disabled.
    `warnings`: name the rows with warnings before uploading (the report has them too);
    "sent": only those to be created or updated (`warned` then says whether there were any)."""

    def __init__(self, console: Console, *, enabled: bool, warnings: bool | Literal["sent"] = True,
                 clock: Callable[[], float] = time.monotonic, force: bool = False) -> None:
        # A bar redrawn on a file or a pipe is noise: only a terminal gets one.
        self.enabled = enabled and console.is_terminal
        self.lines = enabled and not console.is_terminal
        self.warnings = warnings
        self.force = force  # without it, a plan that needs --force stops: no report
        self.warned = False
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
            console=console, transient=True, get_time=clock,
        )
        self.task: TaskID | None = None
        self.clock = clock
        self.done = self.total = self.failed = 0
        self.within_budget: int | None = None  # changes a plan over the budget makes today
        self.daily_budget = 0
        self.started = self.next_line = 0.0

    def __enter__(self) -> RunProgress:
        if self.enabled:
            self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.enabled:
            self.progress.stop()

    def start(self, plan: Plan) -> None:
        if self.warnings:
            stops = bool(plan.needs_force) and not self.force
            self.warned = plan_warnings(
                self.progress.console, plan, sent_only=self.warnings == "sent",
                details=STOPPED_DETAILS if stops else "details in the report")
            # A quiet night that made an edited session anew beside its old one is news too.
            self.warned = self.warned or (self.warnings == "sent" and plan.may_show_copies)
        self.total = plan.counts["create"] + plan.counts["update"] + plan.counts["delete"]
        self.within_budget = plan.changes_within_budget
        self.daily_budget = plan.daily_budget
        self.started = self.clock()
        self.next_line = self.started + PIPE_PROGRESS_EVERY
        if self.enabled:
            self.task = self.progress.add_task(
                self._description(), total=self._bar_total(), rate="")

    def advance(self, outcome: RowOutcome) -> None:
        # After Ctrl-C the rest is deferred at once: not work done, and no speed to show.
        if outcome.action == "deferred":
            return
        self.done += 1
        self.failed += outcome.action == "failed"
        if self.enabled and self.task is not None:
            task = self.progress.tasks[0]
            speed = task.speed
            self.progress.update(
                self.task, advance=1, rate=f"{speed:.1f}/s" if speed else "",
                description=self._description(), total=self._bar_total(),
            )
        elif self.lines and self.clock() >= self.next_line:
            self.next_line = self.clock() + PIPE_PROGRESS_EVERY
            # A failed change was not made (and some were never sent): counted apart.
            failed = f", {self.failed:,} failed" if self.failed else ""
            line(self.progress.console, f"progress: {self.done - self.failed:,} of "
                 f"{self.total:,} changes sent{failed}" + self._time_left())

    def _bar_total(self) -> int:
        """Over the daily budget, the bar fills with the changes the day allows: its time
        left (rich's, from its total) is then the time to the budget's end, as the lines say,
        not to the end of work the run never reaches."""
        if self.within_budget is not None and self._budget_bounds:
            return self.within_budget
        return self.total

    @property
    def _budget_bounds(self) -> bool:
        """The changes the day allows are an estimate from the state file, which cannot see
        the day's reset: a run the next morning, within 24 hours of the last, is told none is
        left. Once it gets past the estimate, the run's own work is what bounds it."""
        return self.within_budget is not None and self.done <= self.within_budget

    def _description(self) -> str:
        said = [f"{self.failed:,} failed"] if self.failed else []
        if self._budget_bounds:
            said.insert(0, f"the day's budget allows {self.within_budget:,} of "
                           f"{self.total:,} changes")
        return f"Uploading ({'; '.join(said)})" if said else "Uploading"

    def _time_left(self) -> str:
        """At the pace so far: an unattended migration's log (`| tee`, nohup) says when it
        will be done, as the bar on a terminal does."""
        spent = self.clock() - self.started
        if self.done >= self.total or spent <= 0:
            return ""
        if self._budget_bounds:  # the day's budget, not the work, ends this run
            return self._time_to_budget(spent)
        seconds = spent / self.done * (self.total - self.done)
        # Rounded to the minute, the last seconds would read 'about 1 min left'.
        return (", under a minute left" if seconds < 60 else f", about {_minutes(seconds)} left")

    def _time_to_budget(self, spent: float) -> str:
        """A plan over the daily budget stops when the day's requests are spent (exit 3):
        the time to the end of the work would promise a finish the run never reaches."""
        seconds = spent / self.done * ((self.within_budget or 0) - self.done)
        left = "under a minute" if seconds < 60 else f"about {_minutes(seconds)}"
        return (f", {left} left until the day's budget of {self.daily_budget:,} requests is "
                "spent (exit 3; the next run carries on)")


def draft_summary(console: Console, draft: Draft, file: Path, output: Path | None) -> None:
    """What the draft reads from which column, what is left to fill in, and the next step."""
    chosen = ", ".join(f"{role} from " + " and ".join(map(repr, draft.joined.get(role, [header])))
                       for role, header in draft.chosen.items())
    where = f"Wrote {output}" if output is not None else "Drafted"
    line(console, f"{where}: {chosen or 'no field matched a column'}.")
    if draft.unread:  # a description column under a word the draft does not know is lost
        line(console, _unread_columns(draft))
    if draft.fits_template:
        line(console, "The sheet is laid out as Guidebook's template: the built-in mapping "
             "(the default) reads it as it is, its registration columns too.")
    if draft.template_misreads_dates:
        line(console, f"The sheet has the columns of Guidebook's template, but its dates are "
             f"{draft.date_order}, where the built-in mapping (the default) reads them "
             f"{convert.other_order(draft.date_order or 'month-first')}: use this draft.")
    if draft.builtin:
        line(console, f"The built-in mapping {draft.builtin!r} reads the sheet as it is: "
             f"gbimport validate {shlex.quote(str(file))} --mapping {draft.builtin}")
    if draft.leave_out:
        header, states = draft.leave_out
        line(console, f"Rows whose {header!r} is {' or '.join(map(repr, states))} are left "
             "out (leave_out): nothing is sent for them.")
    if draft.missing:
        line(console, Text.assemble(("Fill in:", "red"), " " + ", ".join(
            f"fields.{key}" for key in draft.missing)
            + " (the draft's comments say what each needs)."))
    target = (shlex.quote(str(output)) if output is not None
              else "<the draft saved as a .toml file>")
    tabs = draft.sheet.similar_sheets  # one tab per day: the others have the same columns
    every_tab = (f" --sheet all (read: sheet {draft.sheet.sheet_name!r}; with the same "
                 "columns: " + ", ".join(map(repr, tabs)) + ")") if tabs else (
        f" --sheet {shlex.quote(draft.sheet_option)}" if draft.sheet_option else "")
    line(console, f"Then check it: gbimport validate {shlex.quote(str(file))} --mapping "
         f"{target}{every_tab}")


def _unread_columns(draft: Draft) -> str:
    one = len(draft.unread) == 1
    said = (f"Nothing is sent from {', '.join(map(repr, draft.unread))}: the draft reads no "
            f"field from {'it' if one else 'them'}")
    if "description" in draft.chosen:
        return f"{said}."
    return (f"{said}. To send {'it' if one else 'one'} as each session's description, add two "
            f"lines to the draft: [fields.description] and, under it, column = "
            f"\"{draft.unread[-1]}\"{'' if one else ' (or another header)'}.")
