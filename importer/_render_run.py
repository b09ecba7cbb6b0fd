"""What a run prints once it is done: its counts, requests, notes and the rows that went
wrong, alike ones as one line."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from importer._render_issues import row_groups, row_runs
from importer._render_lines import counted, line, read_as, settings_line
from importer._report_words import sent_to_words
from importer.model import row_ref
from importer.report import SHEET_WARNINGS_POINTER, ImportReport, RowOutcome, sheets_read


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
        f"{counted(report.requests_spent, 'request')} in "
        f"{report.duration_seconds:.1f} s "
        f"({_request_breakdown(report)})", highlight=False,
    )
    # A rehearsal must not pass for the guide's; a publish line there says so itself, and
    # the same address and words twice in a few lines (thrice in the demo) read as noise.
    if (sent_to := sent_to_words(report.api_url)) and not report.published:
        line(console, sent_to)
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


def _request_breakdown(report: ImportReport) -> str:
    return ", ".join(f"{kind} {count:,}" for kind, count in sorted(report.requests.items()))
