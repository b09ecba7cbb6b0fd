"""The sheet's shape rather than a row's values: repeated or untitled columns, columns
nobody reads, other or hidden tabs, cells past the header; the columns the start is read
from; and fill_down, a blank cell taking the one above it."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from importer._checks import Mask
from importer._columns import value_text
from importer._layout import (
    cells_past_the_header,
    hidden_sheets_warning,
    other_sheets_warning,
    repeated_column_problems,
    repeated_column_rows,
    unread_column_warnings,
    untitled_column_warnings,
)
from importer._month_fill import month_heading_rows, past_month_heading_message
from importer._stray_quotes import DOUBLE_THE_QUOTES, QUOTING_ENDS
from importer._validation_base import ValidationBase
from importer.model import RowIssue, row_prefix

_QUOTE_AFTER_SPACE = re.compile(r'\s+"')


def _why_cells_spilled(row: pd.Series, delimiter: str) -> tuple[str, str]:
    """What most likely cut a CSV row past its header, and the fix. A quote left among the
    cells was opened after a space (`, "Smith, J"`), which CSV does not read as quoting, or
    was typed inside a quoted cell without being doubled (`"Mitch "Duckman" Peters, Ann"`),
    which ends the quoting there: that cell keeps the quote after it."""
    if any(_QUOTE_AFTER_SPACE.match(value_text(cell) or "") for cell in row.tolist()):
        return (f'a cell in double quotes after a space (, "...") is not read as quoted, so a '
                f"{delimiter} inside it", "Remove the space before its opening quote")
    kept = next(((name, text) for name, cell in row.items()
                 if '"' in (text := value_text(cell) or "")), None)
    if kept is not None:
        return (f"{kept[0]!r} has {kept[1]!r}: {QUOTING_ENDS}, so a {delimiter} after it",
                DOUBLE_THE_QUOTES)
    return (f"a cell holding a {delimiter} was probably not quoted, so it",
            "Put that cell in double quotes")


class LayoutValidation(ValidationBase):
    """The sheet's layout, checked once, and its fill_down columns."""

    def _fill_down(self, headings: Mask) -> None:
        """The mapping's fill_down columns: a blank cell takes the one above it on its tab
        (a date typed on each day's first row). Section headings neither take nor give; a
        day's own row (a date alone) gives its date to the sessions under it; no date is
        taken past a month's heading."""
        headers = self.bound.fill_down_headers()
        if not headers:
            return
        frame = self.frame.copy()
        tabs = pd.Series([sheet or "" for sheet in self.row_sheets], index=frame.index)
        date_header = self._date_header()
        months = (month_heading_rows(self.sheet, headings) if date_header in headers
                  else np.zeros(self.n, dtype=bool))
        # The date is not taken past a month's heading: the days under it are of that month.
        months_in = pd.Series(np.cumsum(months), index=frame.index)
        for header in headers:
            groups = [tabs, months_in] if header == date_header else [tabs]
            given = frame[header].mask(headings)
            frame[header] = given.groupby(groups, sort=False).ffill().where(
                ~headings, frame[header])
            own = pd.Series(np.where(given.notna(), np.arange(self.n), np.nan),
                            index=frame.index)
            source = own.groupby(groups, sort=False).ffill()
            if header == date_header and months.any():
                self._note_past_month_heading(given, own.groupby(tabs, sort=False).ffill(),
                                              source, headings, months)
            self.filled_from[header] = np.where(
                given.isna() & source.notna() & ~headings, source.fillna(-1), -1
            ).astype(int).tolist()
        self.frame = frame
        self.sheet = replace(self.sheet, frame=frame)
        self._cells.clear()

    def _note_past_month_heading(self, given: pd.Series, source_in_tab: pd.Series,
                                 source: pd.Series, headings: Mask, months: Mask) -> None:
        """The rows a month's heading kept from the date above it: the heading's position and
        the date's, for their missing-required message (_say_where_filled_from)."""
        above = source_in_tab.to_numpy(dtype=float)  # the date's row past any heading
        kept = given.isna().to_numpy() & ~headings & ~np.isnan(above) & (
            source.isna().to_numpy())
        heading_at = np.maximum.accumulate(np.where(months, np.arange(self.n), -1))
        self.past_month_heading = {pos: (int(heading_at[pos]), int(above[pos]))
                                   for pos in np.flatnonzero(kept).tolist()}

    def _say_where_filled_from(self) -> None:
        """An issue on a cell that fill_down filled quotes a value the row's own (blank) cell
        does not hold: say which row it came from, where it is to be fixed. So does an issue
        on another cell whose message quotes the filled one (an end date before the session's
        date in 'Date' ('2027-05-11', filled down from row 2))."""
        for header, sources in self.filled_from.items():
            for pos, issues in self.issues.items():
                if sources[pos] >= 0:
                    source = self.row_numbers[sources[pos]]
                    issues[:] = [self._noted_filled(issue, header, pos, source)
                                 for issue in issues]
        for pos, (heading, source) in self.past_month_heading.items():
            if pos in self.issues:
                self.issues[pos] = [self._past_month_heading(issue, pos, heading, source)
                                    for issue in self.issues[pos]]

    def _past_month_heading(self, issue: RowIssue, pos: int, heading: int, source: int
                            ) -> RowIssue:
        """A blank date's missing-required issue, saying the month's heading over it kept it
        from the date above (`source`)."""
        header = self._date_header()
        if issue.code != "missing-required" or header is None or issue.column != header:
            return issue
        message = past_month_heading_message(header, self.row_numbers[heading],
                                             self._written(header, source),
                                             self.row_numbers[source])
        return replace(issue, message=row_prefix(self.row_numbers[pos], self.row_sheets[pos])
                       + message)

    def _noted_filled(self, issue: RowIssue, header: str, pos: int, source: int) -> RowIssue:
        """The issue, its quote of the filled cell `header` saying it came from row
        `source`: the cell's own issue names it first; another's where it quotes its value."""
        said, where = f"{header!r} ", f"{header!r} (filled down from row {source}) "
        if issue.column == header:
            prefix = row_prefix(self.row_numbers[pos], self.row_sheets[pos])
            message = prefix + issue.message.removeprefix(prefix).replace(said, where, 1)
        else:
            written = self._written(header, pos)
            message = issue.message.replace(f"{said}has ", f"{where}has ", 1).replace(
                f"{header!r} ({written})",
                f"{header!r} ({written}, filled down from row {source})", 1)
        return replace(issue, message=message)

    def _time_headers(self) -> list[str]:
        """The columns the start's and the end's times are read from."""
        start, end = self.mapping.fields.start, self.mapping.fields.end
        written = (start.time_column or start.column,
                   (end.time_column or end.column) if end else None)
        return [header for name in dict.fromkeys(written)
                if (header := self.bound.header(name)) is not None]

    def _start_headers(self) -> list[str]:
        """The columns the start's date and time are read from."""
        start = self.mapping.fields.start
        return [header for name in dict.fromkeys((start.column, start.date_column,
                                                  start.time_column))
                if (header := self.bound.header(name)) is not None]

    def _date_header(self) -> str | None:
        """The column holding each row's date (or date and time), when the sheet has one."""
        start = self.mapping.fields.start
        return self.bound.header(start.date_column or start.column)

    def _check_sheet_layout(self) -> None:
        """What is wrong with the sheet's shape rather than a row's values: repeated or
        untitled columns, columns nobody reads, other or hidden tabs, cells past the header."""
        self.sheet_issues += repeated_column_problems(self.sheet, self.bound.headers.values())
        for pos, header, message in repeated_column_rows(self.sheet, self.bound.headers.values()):
            self.add(pos, header, None, "repeated-column", message)
        self.sheet_issues += other_sheets_warning(self.sheet)
        self.sheet_issues += hidden_sheets_warning(self.sheet)
        self.sheet_issues += unread_column_warnings(self.sheet, self.bound)
        self.sheet_issues += untitled_column_warnings(self.sheet, self.bound.headers.values())
        self._check_cells_past_the_header()

    def _check_cells_past_the_header(self) -> None:
        for pos, name, value in cells_past_the_header(self.sheet):
            cause, fix = _why_cells_spilled(self.sheet.frame.iloc[pos],
                                            repr(self.sheet.delimiter))
            self.add(pos, name, value, "extra-cells",
                     f"has {value_text(value)!r} in column {self.sheet.letters.get(name, '?')}, "
                     f"past the last column with a header: {cause} cut or moved this row's "
                     f"values. {fix}, or save the sheet again from the spreadsheet program.")
