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
        id."""
        ids = sum(1 for cell in self.sheet.frame[header] if cell_text(cell))
        shared = []
        for value, earlier, pos, column in self._ids_of_two_sessions(header):
            shared.append((value, earlier, pos, column))
            if len(shared) * SLIPS_PER_ID_ROW > ids:
                value, earlier, pos, column = shared[0]
                return False, (f"{header!r} is not drafted as the id: {value!r} is on rows "
                               f"{earlier} and {pos}, which differ in {column!r}, so it does "
                               "not name one session")
        if not shared:
            return None
        value, earlier, pos, column = shared[0]
        more = f" (and {len(shared) - 1} more ids)" if len(shared) > 1 else ""
        return True, (f"{value!r} is on rows {earlier} and {pos}{more}, which differ in "
                      f"{column!r}: validate refuses them as duplicate-import-id until each "
                      "session has its own id")

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
