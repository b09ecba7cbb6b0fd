"""What `validate` prints: the sheet read, its counts, its issues and the sessions that
would be sent."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from importer._render_issues import issue_lines
from importer._render_lines import read_as, settings_line
from importer.model import header_rows_text, row_span
from importer.validate import ValidationReport

# Beyond this many sessions, `validate` summarises instead of listing every payload.
PAYLOAD_TABLE_LIMIT = 200


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
