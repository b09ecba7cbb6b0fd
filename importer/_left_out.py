"""Rows the sheet itself marks as out (the mapping's leave_out): a call-for-papers export's
rejected or withdrawn talks, a planner's 'Cancelled' in a Status column. No session is sent
for them, and a session of theirs in the guide counts as gone from the sheet (--prune)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from importer._checks import Mask
from importer._header_words import header_key
from importer.convert import cell_text
from importer.model import RowIssue, row_prefix, row_ref


def marked_rows(cells: pd.Series, words: set[str]) -> Mask:
    """Rows whose cell, stripped and without case, is one of `words`: one vectorised
    comparison over the column."""
    texts = cells.astype("string").str.strip().str.casefold()
    return texts.isin(words).to_numpy(dtype=bool, na_value=False)


def mark_out_value(values: Sequence[str]) -> str:
    """The value of leave_out to offer for a cancelled session: one saying so ('Canceled'),
    as Pretalx's own states are, else the first listed."""
    listed = [value.strip() for value in values if value.strip()]
    return next((value for value in listed if value.casefold().startswith(("cancel", "annul"))),
                listed[0])


def how_to_leave_out(mark: tuple[str, str] | None) -> str:
    """How a warning tells the planner to leave a row's session out: with leave_out, by the
    mark its column reads (header, value), which keeps the row; else by deleting the row."""
    if mark is None:
        return "delete the row"
    header, value = mark
    return (f"write {value!r} in its {header!r} cell (the mapping's leave_out leaves such rows "
            "out) or delete the row")


def left_out_issue(row: int, sheet: str | None, header: str, cell: object,
                   kept_by: str | None = None) -> RowIssue:
    """The warning on a row left out: the cell that leaves it out, quoted. `kept_by` names
    a row not marked out with its id, whose session --prune then keeps."""
    text = cell_text(cell)
    session = ("its session from an earlier run is deleted by --prune; change the cell to "
               "send the session" if kept_by is None else
               f"{kept_by} has its id too: that row's session stays, --prune keeps it")
    return RowIssue(
        row, header, text, "left-out", "warning",
        f"{row_prefix(row, sheet)}{header!r} has {text!r}, which the mapping's leave_out "
        f"names, so the row is left out: nothing is sent for it, and {session}", sheet)


def left_out_presenter_issue(row: int, first_row: int, sheet: str | None,
                             first_sheet: str | None) -> RowIssue:
    """The warning on a co-presenter's row (its id and speaker cells alone) under a row left
    out: its own status cell is blank, so the message names the session's row instead."""
    first = row_ref(first_row, first_sheet)
    return RowIssue(
        row, None, None, "left-out", "warning",
        f"{row_prefix(row, sheet)}has {first}'s id and, of the mapped columns, only a "
        f"speaker's cells (a session's other speaker), and the mapping's leave_out leaves "
        f"{first} out, so nothing is sent for this row either", sheet)


# Headers of a column giving each row's state, as call-for-papers and event tools export it
# (Pretalx's 'Proposal state', Sessionize's 'Status') or a planner adds one.
STATUS_HEADERS = frozenset({"status", "state", "proposal state", "proposal status",
                            "session status", "submission status", "estado", "statut"})
# The states that say a session is cancelled, compared without case: also what a column of
# each row's kind (Type: lecture, lab, ...) writes on a day the session does not take place.
CANCELLED_WORDS = (
    "cancelled", "canceled", "cancelado", "cancelada", "annulé", "annulée", "abgesagt",
    "entfällt", "annullato", "annullata", "geannuleerd",
)
CANCELLED_STATES = frozenset(CANCELLED_WORDS)
# The states that say a session will not take place, compared without case; in this order
# as the draft offers them for a column of live states alone (live_states_only).
OUT_WORDS = (*CANCELLED_WORDS,
             "withdrawn", "rejected", "deleted", "declined", "rechazado", "rechazada", "retirado",
             "retirada", "refusé", "refusée", "retiré", "retirée")
OUT_STATES = frozenset(OUT_WORDS)
# The states that say a session takes place, as a first export says on every row before
# any talk is cancelled, compared without case.
LIVE_STATES = frozenset({
    "confirmed", "accepted", "approved", "scheduled", "published", "confirmado", "confirmada",
    "aceptado", "aceptada", "confirmé", "confirmée", "accepté", "acceptée", "bestätigt",
    "angenommen", "bevestigd", "geaccepteerd", "confermato", "confermata", "accettato",
    "accettata",
})


def status_column(columns: Sequence[str]) -> str | None:
    """The first column headed like a row's state ('Status', 'Proposal state')."""
    return next((header for header in columns if header_key(header) in STATUS_HEADERS), None)


def out_states_written(cells: pd.Series, states: frozenset[str] = OUT_STATES) -> list[str]:
    """The states of `states` the cells hold, each in its first spelling in the sheet."""
    found: dict[str, str] = {}
    for text in cells.dropna().astype(str).str.strip().unique().tolist():
        if text.casefold() in states:
            found.setdefault(text.casefold(), text)
    return list(found.values())


def live_states_only(cells: pd.Series) -> bool:
    """Whether the cells hold states and each says the session takes place ('confirmed',
    'Accepted'), blank cells aside."""
    texts = {text.casefold() for text in cells.dropna().astype(str).str.strip().unique()}
    texts.discard("")
    return bool(texts) and texts <= LIVE_STATES


def cancelled_state_message(header: str, state: str, leave_out: str) -> str:
    """A state column no field reads ('Proposal state' of a call-for-papers export) is not
    in the app: the session shows as if it takes place, which is worse than a title saying
    cancelled. `leave_out` says how to leave it out (how_to_leave_out)."""
    return (f"{header!r} has {state!r}, which says the session will not take place, yet the "
            "mapping reads nothing from that column, so the row is read as a session that "
            f"takes place; to leave it out, {leave_out} (and run with --prune "
            "to take it out of the app).")


def cancelled_kinds_written(cells: pd.Series) -> list[str]:
    """In a column of each row's kind ('lecture', 'lab'), the states saying cancelled that a
    few of its cells hold instead ('cancelled' on a holiday), as the sheet spells them; none
    where they fill half its cells or more, as then the column is no column of kinds."""
    written = out_states_written(cells, CANCELLED_STATES)
    if not written:
        return []
    marked = int(marked_rows(cells, {state.casefold() for state in written}).sum())
    return written if marked * 2 < int(cells.notna().sum()) else []
