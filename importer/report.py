"""The results report: what happened to every input row, as a value and as files.

`ImportReport` is the value `run_import` returns; `write_report` writes it as CSV (default),
XLSX (by extension, one colour per action) or JSON, plus a JSON summary beside it.
The exit code derives from the report.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo

from importer._code_pages import encoding_json, guessed_encoding_advice
from importer._given_paths import output_file_path
from importer._report_words import (
    api_words,
    halt_words,
    not_asked_to_publish,
    result_words,
)
from importer._whole_file import new_name, replacing
from importer.errors import ConfigError
from importer.model import RowIssue

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from importer.validate import SheetRead

Action = Literal[
    "created", "updated", "unchanged", "deleted", "invalid", "failed", "deferred", "skipped"
]
ACTIONS: tuple[Action, ...] = (
    "created", "updated", "unchanged", "deleted", "invalid", "failed", "deferred", "skipped"
)
COLUMNS = ("row", "import_id", "name", "action", "session_id", "message")
# A row's message sending the reader to the run's notes (a sheet-wide error blocking every
# row, a run stopped on an error). A report file says where its format holds them: a CSV
# has one line per row and no notes of its own.
SEE_THE_NOTES = "(see the notes)"
SEE_THE_SUMMARY_TAB = "(see the notes on the Summary tab)"
# Ends every row's message on a sheet with a warning on it as a whole (derived-import-id):
# for a report file's line read alone. The console prints the notes beside the rows, so its
# lines (a cron mail's) drop it rather than repeat it on each.
SHEET_WARNINGS_POINTER = re.compile(
    r"(?:^|; )sheet-wide warnings? [\w, -]+ " + re.escape(SEE_THE_NOTES) + "$")


def sheet_warnings_pointer(codes: list[str]) -> str:
    """'sheet-wide warning derived-import-id (see the notes)'."""
    return f"sheet-wide warning{'s' if len(codes) > 1 else ''} {', '.join(codes)} {SEE_THE_NOTES}"


EXIT_OK = 0
EXIT_ROWS_FAILED = 1
EXIT_COULD_NOT_RUN = 2
EXIT_DEFERRED = 3
EXIT_NOT_PUBLISHED = 4  # the run's changes are in Builder, but publishing them failed
EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141  # as a shell tool killed by SIGPIPE: the reader of stdout went away

# Cells a spreadsheet program would evaluate as a formula (CSV injection): OWASP's list (a
# sign, a tab or a line break first), the signs' full-width forms, which Excel reads as the
# signs (a Japanese keyboard types them), and any sign after spaces, which Excel and
# LibreOffice's "Trim spaces" drop before looking.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A worksheet cell can hold neither control characters (openpyxl raises on them) nor more
# than Excel's 32,767 characters (Excel calls the file damaged).
WORKSHEET_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
WORKSHEET_CELL_MAX = 32_767

ACTION_COLOURS = {
    "created": "C6EFCE",
    "updated": "DDEBF7",
    "unchanged": "FFFFFF",
    "deleted": "E4DFEC",
    "invalid": "FFC7CE",
    "failed": "F4B084",
    "deferred": "FFEB9C",
    "skipped": "EDEDED",
}


@dataclass(slots=True)
class RowOutcome:
    """What happened to one input row, or (row=None) to one session deleted by --prune."""

    row: int | None
    import_id: str | None
    name: str | None
    action: Action
    session_id: int | None = None
    message: str = ""
    sheet: str | None = None  # the row's sheet, when several sheets were read as one
    # What validation found on the row, errors and warnings: the message says them in words
    # ('warning: ...'), the JSON gives each with its code and severity, as plan --json does.
    issues: list[RowIssue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        named = {"sheet": self.sheet} if self.sheet is not None else {}
        return {**named, **{column: getattr(self, column) for column in COLUMNS},
                "issues": [issue.to_dict() for issue in self.issues]}


@dataclass
class ImportReport:
    """The outcome of a run: one RowOutcome per input row plus one per deleted session."""

    source: str
    guide_id: int
    outcomes: list[RowOutcome]
    requests: Counter[str] = field(default_factory=Counter)
    started_at: datetime | None = None
    duration_seconds: float = 0.0
    # "budget", "interrupted", "fatal" or "outage" when the run stopped early
    halted: str | None = None
    notes: list[str] = field(default_factory=list)
    # Of the notes, those a person must act on that no later run says again (a track or
    # room left empty, what --adopt left), and a state file not written: printed by a
    # quiet run too. Not in to_json, whose `notes` has them.
    notes_to_act_on: list[str] = field(default_factory=list)
    sheets: list[SheetRead] = field(default_factory=list)  # none for a CSV file
    encoding: str | None = None  # a CSV's, as read ('cp1250'); None for a workbook
    # With --publish: whether the guide was published after the run, and the line saying so
    # (or why not); None when publishing was not asked for. `publish_failed`: it was tried.
    published: bool | None = None
    publish_note: str | None = None
    publish_failed: bool = False
    # Without --publish, after a run that changed the guide: that attendees do not see it
    # yet, and how to publish. Printed on the console only: `publish_note` stays None.
    unpublished_note: str | None = None
    # Of the rows updated, those that took over a session without an import id (--adopt).
    taken_over: int = 0
    timezone: str | None = None  # the zone the sheet's times were read in: the event's
    settings_file: str | None = None  # the settings file read, if any: see Settings
    # Where the changes went: a sandbox rehearsal's report read alone looks like the guide's.
    api_url: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        tally = Counter(outcome.action for outcome in self.outcomes)
        return {action: tally.get(action, 0) for action in ACTIONS}

    @property
    def with_warnings(self) -> int:
        """Rows validation warned about, as validate's count: a script tells "ok" from "ok,
        with warnings" without reading every row."""
        return sum(any(issue.severity == "warning" for issue in outcome.issues)
                   for outcome in self.outcomes)

    @property
    def requests_spent(self) -> int:
        return sum(self.requests.values())

    @property
    def ok(self) -> bool:
        counts = self.counts
        return self.halted is None and not self.publish_failed and not any(
            counts[action] for action in ("invalid", "failed", "deferred")
        )

    @property
    def exit_code(self) -> int:
        counts = self.counts
        if self.halted == "interrupted":
            return EXIT_INTERRUPTED
        if self.halted == "fatal":
            return EXIT_COULD_NOT_RUN
        if counts["deferred"] or self.halted == "outage":  # even with no row left to defer
            return EXIT_DEFERRED
        if self.publish_failed:  # nothing of tonight's reached attendees: above a row's error
            return EXIT_NOT_PUBLISHED
        if counts["invalid"] or counts["failed"]:
            return EXIT_ROWS_FAILED
        return EXIT_OK

    def summary(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sheets": [sheet.to_dict() for sheet in self.sheets],
            **encoding_json(self.encoding),
            "guide": self.guide_id,
            "api_url": self.api_url,
            **settings_file_json(self.settings_file),
            "ok": self.ok,
            "exit_code": self.exit_code,
            # The code in words, for a person.
            "result": result_words(self.ok, self.exit_code, self.api_url),
            "counts": self.counts,
            "with_warnings": self.with_warnings,
            "taken_over": self.taken_over,
            "requests_spent": self.requests_spent,
            "requests": dict(sorted(self.requests.items())),
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "duration_seconds": round(self.duration_seconds, 3),
            "halted": self.halted,
            "published": self.published,
            "publish_note": self.publish_note,
            "notes": self.notes,
        }

    def to_json(self) -> dict[str, Any]:
        # Several sheets read as one: every row names its sheet, a pruned session's as null,
        # as the CSV and XLSX reports give every row a 'sheet' cell.
        several = any(outcome.sheet is not None for outcome in self.outcomes)
        return {**self.summary(), "rows": [
            {"sheet": outcome.sheet, **outcome.to_dict()} if several else outcome.to_dict()
            for outcome in self.outcomes
        ]}


def settings_file_json(path: str | None) -> dict[str, str]:
    """The settings file a plan or run read, for --json; nothing when none was read."""
    return {} if path is None else {"settings_file": path}


def neutralise(value: Any) -> Any:
    """Make a text cell inert in a spreadsheet program: a leading quote stops formulas."""
    if isinstance(value, str) and (value.startswith(FORMULA_TRIGGERS)
                                   or value.lstrip().startswith(FORMULA_TRIGGERS)):
        return "'" + value
    return value


REPORT_FORMATS = (".csv", ".xlsx", ".json")
ISSUE_FORMATS = (".csv", ".xlsx")


def format_problem(path: str | Path, formats: tuple[str, ...], *, what: str) -> str | None:
    """Why `what` cannot be written to `path`: its extension names no format we write."""
    if Path(path).suffix.lower() in formats:
        return None
    return (f"{path}: the {what} can be written as {', '.join(formats)}; give the file one "
            "of those extensions")


def output_path(path: str | Path, formats: tuple[str, ...], *,
                what: str, source: str | Path | None = None) -> Path:
    """`path` if we can write `what` there; checked before any work, so a typo costs nothing.

    Refuses an extension naming no format we write (a `.json` of CSV text would mislead) and
    the spreadsheet being read: writing the issues over it would lose the schedule.
    """
    target = output_file_path(path, what)
    if (problem := format_problem(target, formats, what=what)) is not None:
        raise ConfigError(problem)
    if source is not None and target.resolve() == Path(source).resolve():
        raise ConfigError(f"{target} is the spreadsheet being read; writing the {what} there "
                          "would replace your schedule. Choose another file name.")
    refuse_unwritable(target, what)
    return target


def refuse_unwritable(target: Path, what: str) -> None:
    """A place the file cannot go, said before the run: after it, a cron run would have done
    all its work and still left no report. A folder not there yet is made when writing."""
    if target.is_dir():
        raise ConfigError(f"{target} is a folder: give the {what} a file name in it, such as "
                          f"{target / ('gbimport' + target.suffix.lower())}")
    folder = target.absolute().parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise ConfigError(f"{target}: cannot write the {what} there, as {folder} is a file, "
                          "not a folder; give another path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError(f"{target}: cannot write the {what} there, as this user may not "
                          f"write in {folder}; give a path in a folder it may write in")


def write_report(report: ImportReport, path: str | Path, *, new: bool = False) -> Path:
    """Write the per-row report (format by extension) and `<stem>.summary.json` beside it.

    Both are written whole or not at all, the report first: a full disk or a report open in
    Excel leaves the last run's pair as it was, never a cut report beside an older summary.
    The summary names its report, as `r.csv` and `r.xlsx` share `r.summary.json`. With
    `new`, no file is replaced: a name taken gets `-2`, `-3`... (returned).
    """
    target = output_path(path, REPORT_FORMATS, what="report")
    with _writing(target, "report"):
        target.parent.mkdir(parents=True, exist_ok=True)
        with new_name(target) if new else nullcontext(target) as taken:
            _write_pair(report, taken)
    return taken


def _write_pair(report: ImportReport, target: Path) -> None:
    summary_path = target.with_name(target.stem + ".summary.json")
    with replacing(summary_path) as summary_partial, replacing(target) as partial:
        suffix = target.suffix.lower()
        if suffix == ".xlsx":
            _write_xlsx(report, partial, SEE_THE_SUMMARY_TAB)
        elif suffix == ".json":
            partial.write_text(json.dumps(report.to_json(), indent=2, default=str) + "\n")
        else:
            _write_csv(report, partial, f"(see the notes in {summary_path.name})")
        summary = {**report.summary(), "report": target.name}
        summary_partial.write_text(json.dumps(summary, indent=2) + "\n")


@contextmanager
def _writing(target: Path, what: str) -> Iterator[None]:
    """A file that cannot be written (most often: open in Excel, which locks it on
    Windows) is a failure with a fix, not a traceback."""
    try:
        yield
    except OSError as error:
        fix = (FULL_DISK_FIX if error.errno in (errno.ENOSPC, errno.EDQUOT)
               else "if the file is open in Excel, close it, or give another file name")
        raise ConfigError(
            f"{target}: cannot write the {what} there ({error.strerror or error}); {fix}"
        ) from None


# A nightly job on a server: no Excel holds the file there, and a rerun fills the disk again.
FULL_DISK_FIX = "free space on that disk, or give a path on another one"


def _columns(rows: Iterable[RowOutcome | RowIssue],
             columns: tuple[str, ...] = COLUMNS) -> tuple[str, ...]:
    """A table's columns: a 'sheet' column first when several sheets were read as one."""
    return ("sheet", *columns) if any(row.sheet is not None for row in rows) else columns


def _table(report: ImportReport, see_notes: str) -> list[list[Any]]:
    """The rows' cells; `see_notes`: where this file's reader finds the notes."""
    columns = _columns(report.outcomes)
    return [[outcome.message.replace(SEE_THE_NOTES, see_notes) if column == "message"
             else getattr(outcome, column) for column in columns]
            for outcome in report.outcomes]


def _write_csv(report: ImportReport, target: Path, see_notes: str) -> None:
    _csv_table(target, _columns(report.outcomes), _table(report, see_notes))


def _write_xlsx(report: ImportReport, target: Path, see_notes: str) -> None:
    from openpyxl.styles import PatternFill

    fills = {
        action: PatternFill("solid", start_color=colour, end_color=colour)
        for action, colour in ACTION_COLOURS.items()
    }
    row_fills = [fills[outcome.action] for outcome in report.outcomes]
    table = _table(report, see_notes)
    workbook = _xlsx_workbook("Results", _columns(report.outcomes), table, row_fills)
    _add_summary_sheet(workbook, report)
    workbook.save(target)


def _add_summary_sheet(workbook: Workbook, report: ImportReport) -> None:
    """A second tab with the run's totals, which a planner would otherwise count by filter.
    Its lines wrap in their column, each label at its line's top: a note of a few hundred
    characters ran on past the window's edge, read only in the formula bar."""
    from openpyxl.styles import Alignment, Font

    sheet = workbook.create_sheet("Summary")
    lines = _summary_lines(report)
    at_top, wrapped = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    for row, (label, value) in enumerate(lines, start=1):
        sheet.append([label, worksheet_text(value)])
        sheet.cell(row, 1).font = Font(bold=True)
        sheet.cell(row, 1).alignment = at_top
        cell = sheet.cell(row, 2)
        cell.alignment = wrapped
        cell.number_format = _summary_number_format(label, value)
        _keep_as_text(cell)  # a file, tab or note starting with "=" is no formula
    # As wide as the longest label: 'Started (America/Argentina/Buenos_Aires)' read whole.
    sheet.column_dimensions["A"].width = max(20, *(len(label) + 2 for label, _ in lines))
    sheet.column_dimensions["B"].width = XLSX_COLUMN_MAX_WIDTH


def _summary_number_format(label: str, value: Any) -> str:
    """Counts as people read them ('12,480'); the guide's id as typed in Builder's address."""
    if isinstance(value, datetime):
        return "yyyy-mm-dd hh:mm:ss"
    if isinstance(value, bool) or label == "Guide":
        return "General"
    if isinstance(value, int):
        return "#,##0"
    if isinstance(value, float):
        return "#,##0.0"
    return "General"


def _summary_lines(report: ImportReport) -> list[tuple[str, Any]]:
    return [
        ("Spreadsheet", report.source),
        *_read_as_line(report.encoding),
        # A CSV file has no tabs: the 'Spreadsheet' line above names all there was to read.
        *((("Sheets read", sheets_read(report.sheets)),) if report.sheets else ()),
        ("Guide", report.guide_id),
        *((("API", api_words(report.api_url)),) if report.api_url else ()),
        *((("Settings", report.settings_file),) if report.settings_file else ()),
        _start_line(report),
        ("Seconds", round(report.duration_seconds, 1)),
        ("Result", result_words(report.ok, report.exit_code, report.api_url)),
        *((action, count) for action, count in report.counts.items()),
        ("taken over", report.taken_over),
        ("Requests", report.requests_spent),
        ("Stopped early", halt_words(report.halted)),
        ("Published", report.publish_note or not_asked_to_publish(report.api_url)),
        *(("Note", note) for note in report.notes),
    ]


def _read_as_line(encoding: str | None) -> list[tuple[str, str]]:
    """The code page a CSV was guessed to be in, as the console and the JSON give it: names
    garbled by a wrong guess are seen in the report, and this says why. None for UTF-8."""
    advice = guessed_encoding_advice(encoding)
    return [("Text read as", advice)] if advice else []


def sheets_read(sheets: Iterable[SheetRead], name: Callable[[str], str] = str) -> str:
    """Each tab read and its rows ('Day 1 (1,250 rows), Day 2 (1 row)'), as the console
    and the Summary tab both say it; `name` writes a tab's name (the console quotes it)."""
    return ", ".join(
        f"{name(sheet.name)} ({sheet.rows_read:,} {'row' if sheet.rows_read == 1 else 'rows'})"
        for sheet in sheets)


def _start_line(report: ImportReport) -> tuple[str, datetime | None]:
    """The start as a date cell, in the event's zone when known (else this computer's), its
    label naming the zone: a worksheet's date holds none, and a cron server's UTC read as
    the event's time is hours off."""
    if report.started_at is None:
        return "Started", None
    if report.timezone is not None:
        return (f"Started ({report.timezone})",
                report.started_at.astimezone(ZoneInfo(report.timezone)).replace(tzinfo=None))
    local = report.started_at.astimezone()
    offset = local.strftime("%z")
    return f"Started (UTC{offset[:3]}:{offset[3:]})", local.replace(tzinfo=None)


def _csv_table(target: Path, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    # utf-8-sig so Excel on Windows shows accents right when the file is double-clicked.
    # A CSV cell has no type: Excel would run "=cmd|..." as a formula, hence neutralise.
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([neutralise(value) for value in row] for row in rows)


def _xlsx_table(
    target: Path,
    title: str,
    header: tuple[str, ...],
    rows: list[list[Any]],
    row_fills: list[Any] | None = None,
) -> None:
    _xlsx_workbook(title, header, rows, row_fills).save(target)


def _xlsx_workbook(
    title: str,
    header: tuple[str, ...],
    rows: list[list[Any]],
    row_fills: list[Any] | None = None,
) -> Workbook:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, values in enumerate(rows, start=2):
        sheet.append([worksheet_text(value) for value in values])
        # Cells by their address: `sheet[row]` and `max_row` scan every cell written, which
        # made a 50,000-row report take most of an hour.
        fill = row_fills[index - 2] if row_fills is not None else None
        for column in range(1, len(values) + 1):
            cell = sheet.cell(index, column)
            if fill is not None:
                cell.fill = fill
            _keep_as_text(cell)
    _fit_columns(sheet, header, rows)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions  # a planner sorts and filters by action at once
    return workbook


def _keep_as_text(cell: Any) -> None:
    """A text cell stored as text, so Excel never evaluates one such as "=cmd|..." and the
    text stays as written (no guarding quote, unlike CSV)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


XLSX_COLUMN_MAX_WIDTH = 80  # a long message is read in the cell; the rest of the row in sight


def _fit_columns(sheet: Worksheet, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    """Each column as wide as its longest text, as a double-click on its edge would make it
    (openpyxl leaves every column at Excel's 8.43 characters, cutting ids and messages)."""
    from openpyxl.utils import get_column_letter

    for position, name in enumerate(header):
        longest = max((len(str(row[position])) for row in rows if row[position] is not None),
                      default=0)
        width = min(max(longest, len(name)) + 2, XLSX_COLUMN_MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(position + 1)].width = width


def worksheet_text(value: Any) -> Any:
    """A text cell as a worksheet can hold it: a control character (a vertical tab pasted
    from PowerPoint) becomes a space, and text past Excel's limit is cut, ending in '…'."""
    if not isinstance(value, str):
        return value
    value = WORKSHEET_CONTROL_CHARACTERS.sub(" ", value)
    if len(value) > WORKSHEET_CELL_MAX:
        value = value[:WORKSHEET_CELL_MAX - 1] + "…"
    return value


ISSUE_COLUMNS = ("row", "column", "value", "code", "severity", "message")


def write_issues(issues: Iterable[RowIssue], path: str | Path, *,
                 several_sheets: bool = False) -> Path:
    """One line per issue, as CSV or (by extension) XLSX, made inert like the report.
    `several_sheets`: read as one, so a 'sheet' column comes first even when only the
    sheet-wide issues (on no sheet) were found: a script reads the same columns every night."""
    target = output_path(path, ISSUE_FORMATS, what="issue list")
    issues = list(issues)
    columns = ("sheet", *ISSUE_COLUMNS) if several_sheets else _columns(issues, ISSUE_COLUMNS)
    rows = [[getattr(issue, c) for c in columns] for issue in issues]
    with _writing(target, "issue list"):
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as partial:
            if target.suffix.lower() == ".xlsx":
                _xlsx_table(partial, "Issues", columns, rows)
            else:
                _csv_table(partial, columns, rows)
    return target
