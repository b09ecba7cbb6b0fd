"""Rows that are no session, or may be none: marked out by leave_out, unscheduled or
undated (skip_unscheduled), hidden, struck through, or cancelled by their title or track."""

from __future__ import annotations

import numpy as np

from importer._checks import Mask
from importer._layout import (
    cancelled_title_message,
    cancelled_titles,
    hidden_row_message,
    hidden_row_positions,
    struck_row_positions,
)
from importer._left_out import (
    cancelled_state_message,
    how_to_leave_out,
    mark_out_value,
    marked_rows,
    out_states_written,
    status_column,
)
from importer._validation_base import ValidationBase
from importer._validation_titles import struck_title_message
from importer.convert import cell_text
from importer.mapping import BoundMapping
from importer.model import RowIssue, row_prefix


def leave_out_mark(bound: BoundMapping) -> tuple[str, str] | None:
    """With leave_out, the sheet's header of its column and the value to offer for a
    cancelled session ('Status', 'Cancelled'), as messages tell how to leave a row out."""
    header, setting = bound.leave_out_header, bound.mapping.leave_out
    return None if header is None or setting is None else (
        header, mark_out_value(setting.values))


class SkippedValidation(ValidationBase):
    """Rows left out or skipped, and rows that look cancelled yet are sent."""

    def _marked_out_rows(self) -> Mask:
        """With leave_out, rows whose cell in its column is one of its values; nothing is
        compared on a mapping without it."""
        header, setting = self.bound.leave_out_header, self.mapping.leave_out
        if header is None or setting is None:
            return np.zeros(self.n, dtype=bool)
        return marked_rows(self.frame[header], setting.words())

    def _unscheduled_rows(self) -> Mask:
        """With skip_unscheduled, rows whose start cells are all empty: sessions not given a
        time yet, as a call-for-papers export lists every accepted talk."""
        none: Mask = np.zeros(self.n, dtype=bool)
        if not self.mapping.skip_unscheduled:
            return none
        start = self.mapping.fields.start
        headers = [self.bound.header(c) for c in (start.column, start.date_column,
                                                  start.time_column)]
        masks = [self.blank_cells("start", header) for header in headers if header is not None]
        return np.logical_and.reduce(masks) if masks else none

    def _undated_rows(self) -> Mask:
        """With skip_unscheduled, rows whose date is a blank_values word ('TBA'), typed or
        filled down, though a time is written: a session with no day yet has no slot either.
        A blank date beside a time stays missing-required: more often the day typed once
        above, which fill_down reads."""
        date_column = self.mapping.fields.start.date_column
        date = self.bound.header(date_column) if date_column else None
        if not self.mapping.skip_unscheduled or date is None:
            return np.zeros(self.n, dtype=bool)
        written: Mask = self.frame[date].notna().to_numpy()
        return self.blank_cells("start", date) & written

    def _unscheduled_issue(self, pos: int) -> RowIssue:
        start = self.mapping.fields.start
        # No date column when each sheet gives its date (sheet_dates): the time is empty.
        header = self.bound.header(start.column or start.date_column or start.time_column)
        row, sheet = self.row_numbers[pos], self.row_sheets[pos]
        held = self._word_in_start_cell(header, pos) if header else None
        if header is None or held is None:
            return RowIssue(
                row, header, None, "unscheduled", "warning",
                f"{row_prefix(row, sheet)}{header!r} is empty, so the session has no time yet "
                "and nothing is sent for it (skip_unscheduled); fill it in to send the session",
                sheet)
        what = "time" if header == self.bound.header(start.time_column) else "date"
        issue = RowIssue(
            row, header, held, "unscheduled", "warning",
            f"{row_prefix(row, sheet)}{header!r} has {held!r}, not a {what} yet, so the "
            "session has no time yet and nothing is sent for it (skip_unscheduled); write "
            f"its {what} there to send the session", sheet)
        source = self.filled_from.get(header, ())
        return self._noted_filled(issue, header, pos, self.row_numbers[source[pos]]) if (
            source and source[pos] >= 0) else issue

    def _word_in_start_cell(self, header: str, pos: int) -> str | None:
        """The blank_values word ('TBA') a skipped row's start cell holds, if any. A row whose
        own cells are all blank is said to be empty, though fill_down gave it a word."""
        filled = self.filled_from.get(header, ())
        if filled and filled[pos] >= 0 and not self.undated[pos]:
            return None
        return cell_text(self.cell(header, pos))

    def _warn_hidden_rows(self, skipped: Mask) -> None:
        for pos, hidden in hidden_row_positions(self.sheet):
            if not skipped[pos]:
                self.add(pos, None, None, "hidden-row", hidden_row_message(hidden), "warning")

    def _warn_struck_rows(self, skipped: Mask) -> None:
        """A struck-through cell is how many planners mark a cancelled talk; the strike is
        formatting, which no field reads, so the session is sent unless the row goes."""
        for pos in struck_row_positions(self.sheet):
            if not skipped[pos]:
                self.add(pos, None, None, "struck-row",
                         "the row has text struck through, as a cancelled session's often "
                         "is, yet it is imported like every other row (formatting is not "
                         f"read); if the session is cancelled, {self._how_to_leave_out()} "
                         "(and run with --prune to take it out of the app).", "warning")

    def _warn_of_cancelled_titles(self, names: list[str | None], skipped: Mask) -> None:
        """A title saying the session is cancelled ('CANCELLED: Keynote') is imported as
        written: say so, quoting the cell it was read from, the title's own or, for a blank
        title, the fallback column's ('Cancelled' in Type). So is a title struck through in
        Markdown ('~~Keynote~~'), once."""
        columns = [self.bound.header(column) for column in self.mapping.fields.name.columns()]
        said = set(cancelled_titles(names))
        tracks = self._cancelled_tracks()
        for pos in sorted(said | self.struck_titles.keys() | tracks.keys()):
            found = next(((header, written) for header in columns if header is not None
                          and (written := cell_text(self.frame[header].iat[pos])) is not None),
                         None) if pos in said or pos in self.struck_titles else tracks[pos]
            if not skipped[pos] and found is not None:
                header, written = found
                struck = self.struck_titles.get(pos)
                how = (self._how_to_leave_out() if found != tracks.get(pos) else
                       self._how_to_leave_out_by(header, written))
                message = (cancelled_title_message(header, written, how) if struck is None
                           else struck_title_message(header, written, struck, pos in said, how))
                self.add(pos, header, written, "cancelled-title", message, "warning")
        warned = skipped.copy()  # one cancelled-title warning a row
        warned[list(said | self.struck_titles.keys() | tracks.keys())] = True
        self._warn_of_cancelled_states(warned)

    def _warn_of_cancelled_states(self, skipped: Mask) -> None:
        """Rows whose state column, read by no field, says the session will not take place
        ('canceled' in Pretalx's 'Proposal state'), as a re-export keeps a talk cancelled
        since the mapping was drafted: one look at the column's few states, not every row."""
        header = status_column([str(h) for h in self.frame.columns])
        if header is None or header in self.bound.headers.values():
            return
        states = out_states_written(self.frame[header])
        if not states:
            return
        marked = marked_rows(self.frame[header], {state.casefold() for state in states})
        for pos in np.flatnonzero(marked & ~skipped).tolist():
            written = str(self.frame[header].iat[pos]).strip()
            message = cancelled_state_message(
                header, written, self._how_to_leave_out_by(header, written))
            self.add(pos, header, written, "cancelled-title", message, "warning")

    def _cancelled_tracks(self) -> dict[int, tuple[str, str]]:
        """Rows whose track cell says the session is cancelled ('cancelled' in a Type column
        of 'lecture' and 'lab', a holiday's): the app would list it under a track of that
        name. Each with its header and cell, as the cancelled-title warning quotes them."""
        tracks = self.mapping.fields.schedule_tracks
        header = self.bound.header(tracks.column) if tracks is not None else None
        if header is None:
            return {}
        column = self.frame[header]
        kinds: list[str | None] = [cell for cell in column.dropna().unique().tolist()
                                   if isinstance(cell, str)]
        said = [kinds[pos] for pos in cancelled_titles(kinds)]  # a few kinds, not every row
        marked = np.flatnonzero(column.isin(said).to_numpy()).tolist() if said else []
        return {pos: (header, str(column.iat[pos])) for pos in marked}

    def _how_to_leave_out(self) -> str:
        """With leave_out, the mark in its column that leaves a row out; else deleting it."""
        return how_to_leave_out(leave_out_mark(self.bound))

    def _how_to_leave_out_by(self, header: str, written: str) -> str:
        """For a track cell saying cancelled: with leave_out, as _how_to_leave_out; without,
        leave_out reading that column, which keeps the row in the sheet."""
        if self.mapping.leave_out is not None:
            return self._how_to_leave_out()
        return (f"add leave_out to the mapping ([leave_out] with column = {header!r} and "
                f"values = [{written!r}]: rows so marked are left out) or delete the row")
