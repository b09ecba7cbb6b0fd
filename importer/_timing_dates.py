"""The dates of the sessions: each row's tab's date (sheet_dates), and a date column's
day/month order in doubt (dotted dates, dates valid one way only, days months apart)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from importer import convert
from importer._columns import Codes, Column
from importer._day_sheets import sheet_date
from importer._timing_base import TimingBase
from importer.mapping import StartField
from importer.model import row_ref

# A programme's days follow one another: read the other way, they would be a month or more
# apart, each on the same day of its month.
MONTHS_APART_DAYS = 28


DAYS_IN_A_ROW_DAYS = 13


def _span(dates: set[dt.date]) -> str:
    """'4 Mar 2027 to 4 May 2027', the first and last of `dates`."""
    return f"{min(dates):%-d %b %Y} to {max(dates):%-d %b %Y}"


class DatesTiming(TimingBase):
    """The rows' dates from their tabs, and the doubts on a date column's order."""

    def _sheet_dates(self, when: StartField) -> tuple[list[Any], Codes]:
        """Each row's date, its sheet's; every row of a sheet the mapping gives no date
        gets a no-sheet-date error saying why. Codes: which sheet, -1 for none."""
        dates: list[Any] = [None] * self.n
        codes: Codes = np.full(self.n, -1, dtype=np.intp)
        several = len(self.sheet_pieces) > 1  # then rows are named with their sheet
        for code, (first, count, name) in enumerate(self.sheet_pieces):
            date = sheet_date(name, when, several=several)
            if isinstance(date, str):
                for pos in range(first, first + count):
                    self.add(pos, None, name, "no-sheet-date", date)
                continue
            dates[first:first + count] = [date] * count
            codes[first:first + count] = code
        return dates, codes

    def _check_date_order(self, column: Column) -> None:
        """Dates valid only in the other order mean the whole column's order is in doubt."""
        order = self.mapping.date_order
        other = convert.other_order(order)
        if order == "month-first" and (dotted := self._first_dotted_date(column)):
            text, pos = dotted
            self.sheet_issue(
                column.header, "ambiguous-date-order",
                f"{column.header!r} writes dates with dots (e.g. {text!r} on "
                f"{row_ref(self.row_numbers[pos], self.row_sheets[pos])}), which "
                "are day-first wherever they are used, but the mapping reads dates month-first. "
                'Set date_order = "day-first" in the mapping, or write dates as 2027-05-11.',
                severity="error")
            return
        for text, positions in column.failed_texts.items():
            readings = convert.numeric_date_readings(text.partition(" ")[0])
            if other in readings and order not in readings:
                self.sheet_issue(
                    column.header, "ambiguous-date-order",
                    f"{column.header!r} has dates that only make sense {other} (e.g. {text!r} "
                    f"on {row_ref(self.row_numbers[positions[0]], self.row_sheets[positions[0]])}"
                    "), but the mapping reads dates "
                    f"{order}, so other dates in this column may be misread too. Set "
                    f'date_order = "{other}" in the mapping, or write dates as 2027-05-11.',
                    severity="error")
                return
        self._warn_of_days_months_apart(column)

    def _warn_of_days_months_apart(self, column: Column) -> None:
        """Every date reads both ways (03/04/2027, 04/04/2027, 05/04/2027), and the mapping's
        order puts them months apart where the other gives days in a row: the dates of a
        workbook saved as CSV by Excel outside the US, read as Guidebook's template writes
        them. Said, not guessed: a monthly meetup's dates read so too."""
        order = self.mapping.date_order
        other = convert.other_order(order)
        read: dict[str, set[dt.date]] = {order: set(), other: set()}
        for cell in column.cells:
            if not isinstance(cell, str):
                continue  # a workbook's date cell: no order to doubt
            readings = convert.numeric_date_readings(cell.strip().partition(" ")[0])
            if order not in readings or other not in readings:
                if readings:
                    return  # one date gives the order away
                continue
            read[order].add(readings[order])
            read[other].add(readings[other])
        if len(read[order]) < 2 or any(  # already said, of the start's column
                issue.code == "dates-months-apart" and issue.column == column.header
                for issue in self.sheet_issues):
            return
        span, other_span = (max(read[o]) - min(read[o]) for o in (order, other))
        if span.days >= MONTHS_APART_DAYS and other_span.days <= DAYS_IN_A_ROW_DAYS:
            self.sheet_issue(
                column.header, "dates-months-apart",
                f"{column.header!r} has dates that read both ways; read {order}, as the "
                f"mapping says, they are months apart ({_span(read[order])}), where read "
                f"{other} they fall within {other_span.days + 1} days "
                f"({_span(read[other])}). If the sheet writes them {other} (as Excel saves a "
                f'CSV outside the US), set date_order = "{other}" in the mapping (gbimport '
                "draft-mapping drafts a mapping with it), or write dates as 2027-05-11.")

    def _first_dotted_date(self, column: Column) -> tuple[str, int] | None:
        """A cell like 11.05.2027 or 11. 5. 2027: read month-first it would silently be 5
        November. The cell, and the position of the first row holding it."""
        for code, cell in enumerate(column.cells):
            if isinstance(cell, str) and "." in cell and convert.dotted_date(cell.strip()):
                pos = int(np.argmax(column.codes == code))  # the first row holding it
                return cell.strip(), pos
        return None
