"""Drafts import_id: whether a column named as the id names one session a row (a count of
attendees recurring does not, a slip on a row or two does), and a warning for one that
counts the rows."""

from __future__ import annotations

from collections.abc import Iterator

from importer._draft_base import DrafterBase
from importer._draft_words import SLIPS_PER_ID_ROW
from importer.convert import cell_text


class IdsDrafter(DrafterBase):
    """Whether the id column is one."""

    def _counts_rows(self, header: str) -> str:
        """A warning for an id column that numbers the rows 1, 2, 3... as they stand."""
        cells = [cell_text(c) or "" for c in self.sheet.frame[header].dropna()]
        first = cells[0] if cells else ""
        if len(cells) < 3 or first not in ("0", "1") or cells != [
                str(n) for n in range(int(first), int(first) + len(cells))]:
            return ""
        return (f"\n# {header!r} counts the rows (1, 2, 3...): if it is renumbered when a row "
                "is inserted or the sheet sorted, sessions take each other's ids. Keep each "
                "number with its session, or use a column that does not move")

    def _shared_id(self, header: str) -> tuple[bool, str] | None:
        """Whether a column named as the id is one, and why it is in doubt: a value of it on
        rows that are different sessions (another title, date or start), as a '#' of
        attendees recurs, is none. Where that is a slip on a row or two of a long export
        (one value in a hundred or fewer), the column is still the id, and the note names
        the rows validate will refuse. Rows agreeing in those are one session repeated, as
        Sessionize's flattened export gives a session a row per speaker: their column is an
        id. Sessions' rows it leaves blank are named too (_blank_on_sessions)."""
        ids = sum(1 for cell in self.sheet.frame[header] if cell_text(cell))
        shared = []
        for value, earlier, pos, column in self._ids_of_two_sessions(header):
            shared.append((value, earlier, pos, column))
            if len(shared) * SLIPS_PER_ID_ROW > ids:
                value, earlier, pos, column = shared[0]
                return False, (f"{header!r} is not drafted as the id: {value!r} is on rows "
                               f"{earlier} and {pos}, which differ in {column!r}, so it does "
                               "not name one session")
        blank = self._blank_on_sessions(header)
        if not shared:
            return (True, blank) if blank else None
        value, earlier, pos, column = shared[0]
        more = f" (and {len(shared) - 1} more ids)" if len(shared) > 1 else ""
        return True, (f"{value!r} is on rows {earlier} and {pos}{more}, which differ in "
                      f"{column!r}: validate refuses them as duplicate-import-id until each "
                      "session has its own id" + (f"\n# {blank}" if blank else ""))

    def _blank_on_sessions(self, header: str) -> str:
        """A note naming the sessions' rows (a title, a date or a start filled in) the id
        column leaves blank, as a site's 'slug' is for the events it does not link: validate
        refuses each while other rows have ids, so the planner learns it before drafting on."""
        compared = [self.chosen[role] for role in ("name", "date", "start")
                    if role in self.chosen]
        frame = self.sheet.frame
        if not compared:
            return ""
        blank = frame[header].map(lambda cell: not cell_text(cell)).to_numpy()
        sessions = frame[compared].map(lambda cell: bool(cell_text(cell))).any(axis=1)
        rows = frame.index[blank & sessions.to_numpy()].tolist()
        if not rows or blank.all():  # blank throughout: validate derives every id
            return ""
        said = (f"rows {rows[0]} and {rows[1]}" + (f" ({len(rows)} rows)" if len(rows) > 2
                                                   else "")) if len(rows) > 1 else f"row {rows[0]}"
        return (f"{header!r} is blank on {said}, which validate refuses while other rows have "
                "ids: give each session its own id there, or delete this table to derive "
                "every id from the title, start and room")

    def _ids_of_two_sessions(self, header: str) -> Iterator[tuple[str, int, int, str]]:
        """Each value of the id column on a row of another session than the first row that
        has it, with the two rows as the sheet numbers them and a column they differ in."""
        compared = [self.chosen[role] for role in ("name", "date", "start")
                    if role in self.chosen]
        frame = self.sheet.frame
        first: dict[str, int] = {}
        for pos, cell in enumerate(frame[header]):
            if not (value := cell_text(cell)):
                continue
            if not any(cell_text(frame[column].iloc[pos]) for column in compared):
                continue  # a co-presenter's row, the id and speaker cells alone: validate
                # reads it, above its session's row (a sheet sorted by speaker) or under it
            if (earlier := first.setdefault(value, pos)) == pos:
                continue
            differing = next((column for column in compared if cell_text(
                frame[column].iloc[pos]) != cell_text(frame[column].iloc[earlier])), None)
            if differing is not None:
                yield value, int(frame.index[earlier]), int(frame.index[pos]), differing
