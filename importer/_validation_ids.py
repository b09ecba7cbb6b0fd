"""The import ids: read from the id column or derived, rows sharing one (a repeat, a
presenter's row or a duplicate-import-id error), and a co-presenter's row of cells alone."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from importer._checks import (
    Mask,
    check_duplicate_ids,
    derived_id,
    repeated_rows,
    shared_id_positions,
)
from importer._columns import clean_text
from importer._draft_words import SLIPS_PER_ID_ROW
from importer._header_words import names_session_ids
from importer._toml_problems import toml_value
from importer._validation_base import ValidationBase
from importer.convert import cell_text


class IdsValidation(ValidationBase):
    """Each row's import id and the rows sharing one."""

    def _row_import_ids(self, fields: dict[str, list[Any]], skipped: Mask) -> list[Any]:
        """Each row's import id, from the id column or derived.

        A heading written in the id column, or an unscheduled row, keeps its id on its
        result, so that --prune spares that session; no other row shares it."""
        ids = self._ids_read_or_derived(fields)
        if not self._has_id_column_values():
            # A row marked out keeps an id read cleanly: its session is the one it leaves out.
            for pos in np.flatnonzero(skipped & ~self._marked_out_with_clean_ids()).tolist():
                ids[pos] = None  # derived from a heading or no start, an id would name nothing
        return ids

    def _marked_out_with_clean_ids(self) -> Mask:
        """Rows marked out whose title, start and rooms, which a derived id is made from,
        read without an error: the id names the session of the row before it was marked."""
        clean = self.marked_out.copy()
        if not clean.any():
            return clean
        headers = {self.bound.header(column) for key in ("name", "start", "locations")
                   if (setting := self.bound.active.get(key)) for column in setting.columns()}
        for pos in np.flatnonzero(clean & self.errors).tolist():
            clean[pos] = not any(issue.severity == "error" and issue.column in headers
                                 for issue in self.issues[pos])
        return clean

    def _check_shared_ids(self, ids: list[Any], skipped: Mask, presenters: dict[int, int]
                          ) -> dict[int, int]:
        """Rows sharing a session's id: a row repeating an earlier one in every mapped column
        is the same session again (returned: its position -> the earlier row's), as is a
        presenter's row (`presenters`); any other is a duplicate-import-id error."""
        session_ids = [None if skip or pos in presenters else i for pos, (i, skip) in
                       enumerate(zip(ids, skipped.tolist(), strict=True))]
        shared = shared_id_positions(session_ids)
        mapped = list(dict.fromkeys(self.bound.headers.values()))
        added = self._added_only_headers()  # listed in the session's description
        compared = [header for header in mapped if header not in added]
        repeats = repeated_rows(self.frame.iloc[shared][compared], session_ids, shared)
        for pos in repeats:
            session_ids[pos] = None  # the same session again, not a second one with its id
        left = [pos for pos in shared if pos not in repeats]
        if len({session_ids[pos] for pos in left}) < len(left):  # ids still shared
            in_sheet_order = [header for header in self.frame.columns if header in mapped]
            self._check_duplicate_ids(session_ids, self.frame[in_sheet_order])
        return repeats | presenters

    def _columns_differing(self, pos: int, first: int) -> list[str]:
        """The sheet's columns in which row `pos` differs from row `first`, in sheet order."""
        return [header for header, a, b in zip(self.frame.columns, self.frame.iloc[pos],
                                               self.frame.iloc[first], strict=True)
                if cell_text(a) != cell_text(b)]

    def _added_cells_alone(self) -> Mask:
        """Rows whose only mapped cells, but for the id, are the description's added columns
        (a co-presenter's name and company), or, where the description adds none, whose
        cells but the id are all in columns the mapping does not read (that co-presenter's,
        in a mapping that reads no speaker column): no session of their own,
        without the id."""
        alone: Mask = np.zeros(self.n, dtype=bool)
        if not self._has_id_column_values():
            return alone
        added = self._added_only_headers()
        setting = self.mapping.fields.import_id
        id_header = self.bound.header(setting.column if setting else None)
        mapped = list(dict.fromkeys(self.bound.headers.values()))
        others = [header for header in mapped if header not in added and header != id_header]
        own = sorted(added) or [header for header in self.frame.columns if header not in mapped]
        if not own:
            return alone
        alone = (self.frame[others].isna().all(axis=1).to_numpy()
                 & self.frame[own].notna().any(axis=1).to_numpy())
        return alone

    def _ids_read_or_derived(self, fields: dict[str, list[Any]]) -> list[Any]:
        """The id column's ids, with the prefix; derived ones when the column is absent or
        blank throughout."""
        prefix = self.mapping.import_id_prefix
        id_col = None
        if "import_id" in self.bound.active:
            id_col = self.column("import_id", self.bound.active["import_id"].column, clean_text,
                                 "an id")
        if id_col is not None and not bool(id_col.blank.all()):
            for pos in np.flatnonzero(id_col.blank).tolist():
                self.add(pos, id_col.header, None, "missing-required",
                         f"{id_col.header!r} is empty while other rows have ids; give this "
                         "session its own id (ids must never change once imported).")
            return [None if v is None else prefix + v for v in id_col.values]
        locations = fields.get("locations", [()] * self.n)
        # From the title as written: taking its tags out must not make the session anew.
        derived = [derived_id(prefix, name, start, locs, self.zone)
                   for name, start, locs in zip(self.titles_as_written, fields["start_time"],
                                                locations, strict=True)]
        if self.n:
            self._warn_derived_ids(id_col.header if id_col else None, derived)
        return derived

    def _warn_derived_ids(self, header: str | None, derived: list[Any]) -> None:
        """Say how to give the sessions fixed ids: fill the id column, add the one the mapping
        reads, or (a mapping reading none) add a column and map it: a column alone is not read.
        A column headed as the id is offered only where it names one session a row, as the
        draft drafts it: a county's code on each webinar it watched is no id."""
        setting = self.mapping.fields.import_id
        if header:
            where, fix = (f"The {header!r} column is empty",
                          f"Fill in {header!r} with a fixed id per session to avoid that.")
        elif setting:
            where, fix = ("The sheet has no id column",
                          f"Add a {setting.column!r} column with a fixed id per session to "
                          "avoid that.")
        elif unread := next((h for h in self.frame.columns if names_session_ids(h)
                             and _names_one_session(self.frame[h], derived)), None):
            where, fix = (f"The mapping {self.mapping.name!r} reads no id column",
                          f"The sheet's {unread!r} column looks like one: to avoid that, have "
                          "the mapping read it, [fields.import_id] with column = "
                          f"{toml_value(unread)} (the sessions already imported then take "
                          "their ids, one PATCH each).")
        else:
            where, fix = (f"The mapping {self.mapping.name!r} reads no id column",
                          "To avoid that, give each session a fixed id in a column of its own "
                          "and have the mapping read it: [fields.import_id] with column = the "
                          "column's header (a column it does not read is not used).")
        self.sheet_issue(
            header, "derived-import-id",
            f"{where}, so each session's import id is derived from its title, start time and "
            "first room. Editing a session's title later, or its time and room at once while "
            "another session has its title, makes it a new session on the next import (and "
            f"with --prune deletes the old one, losing its attendees' schedules and ratings). "
            f"{fix}")

    def _check_duplicate_ids(self, ids: list[Any], cells: pd.DataFrame) -> None:
        """`cells`: the mapped columns, to name those in which rows sharing an id differ."""
        derived = "import_id" not in self.bound.active or not self._has_id_column_values()
        header = None if derived else self.bound.header(self.mapping.fields.import_id.column
                                                        if self.mapping.fields.import_id else None)
        check_duplicate_ids(ids, header, derived, self.row_numbers, self.add, self.row_sheets,
                            cells)

    def _has_id_column_values(self) -> bool:
        setting = self.bound.active.get("import_id")
        header = self.bound.header(setting.column) if setting else None
        return header is not None and bool(self.frame[header].notna().any())


def _names_one_session(cells: pd.Series, derived: list[Any]) -> bool:
    """Whether a column's values each name one session (rows of one derived id, a session
    repeated a row per speaker), but for a slip on one row in SLIPS_PER_ID_ROW."""
    values = pd.DataFrame({"value": cells.map(cell_text).to_numpy(), "id": derived}).dropna()
    others = values["id"] != values.groupby("value")["id"].transform("first")
    return int(others.sum()) * SLIPS_PER_ID_ROW <= len(values)
