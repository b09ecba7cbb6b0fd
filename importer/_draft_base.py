"""The drafter's shared state and primitives, on which each concern's mixin builds
(`_draft_titles.py`, `_draft_dates.py`, ...) and which `draft.py`'s `_Drafter` combines: the
sheet as the draft reads it (without a units or hints row, or a totals row at its foot), the
columns taken, the fields missing and the notes for the top; taking a column for a field;
writing a [fields...] table. Methods one mixin calls on another are declared here."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

from importer._draft_cells import Kind, kind_of, sample
from importer._draft_people import name_pairs
from importer._draft_words import MOST
from importer._header_words import FROM_TO, NAMES, TOOL_PREFIXES, header_key
from importer._hints import format_hint, hint_or_instruction
from importer._toml_problems import toml_value
from importer._totals_rows import foot_rows
from importer.convert import DateOrder, cell_text
from importer.load import Sheet
from importer.mapping import FILL_IN
from importer.zones import zone_note


class DrafterBase(ABC):
    """The sheet, what is taken from it, and the primitives each mixin uses."""

    def __init__(self, sheet: Sheet, sheet_options: Sequence[str] = ()) -> None:
        # The --sheet options validate must be given to read what the draft read; the
        # draft's summary names one alone, or 'all' for several (with the tabs it reads).
        self.sheet_options = list(sheet_options)
        self.sheet_option = sheet_options[0] if len(sheet_options) == 1 else None
        # A row of units under the header ('(CEST)' in a times column) or of hints ('(hh:mm)',
        # 'e.g. Keynote') is skipped by validate, so its other cells ('(yyyy-mm-dd)', 'leave
        # blank if none') tell nothing of how the sessions' cells are written: the draft reads
        # the rows under it.
        self.units = _units_row(sheet)
        if self.units is not None or _hints_row(sheet):
            sheet = replace(sheet, frame=sheet.frame.iloc[1:],
                            cells_per_row=sheet.cells_per_row[1:])
        # Nor do a totals row at the foot and the notes under it: 'Total' and 'Notes: rooms
        # subject to change' in the times column of a short day's tab would make it no times.
        self.sheet = _without_foot(sheet)
        # Columns of a person's first and last names, never the title ('Prénom', 'Nom').
        self.persons = {h for pair in name_pairs(sheet.columns) for h in pair}
        # The first column of a name wins, but for a person's: 'Nom (2)' headed as 'Nom' is
        # the session's name beside a speaker's 'Prénom' and 'Nom'.
        self.by_name = {header_key(h): h for h in reversed(sorted(
            sheet.columns, key=lambda h: h in self.persons))}
        # An events tool names its columns for the event ('Event Start Date',
        # 'event_venue_name'), a sessions tool for the session ('Session Start Time',
        # 'Session Location'): each is also matched by the name after it, when no other
        # column has that name.
        for prefix in TOOL_PREFIXES:
            self.by_name = {key.removeprefix(prefix): h for h in reversed(sheet.columns)
                            if (key := header_key(h)).startswith(prefix)} | self.by_name
        self.names = self._names_of_roles()
        self.used: set[str] = set()
        self.chosen: dict[str, str] = {}
        self.missing: list[str] = []
        self.notes: list[str] = []
        # A programme of headers alone (a site's file before its first row): names decide.
        self.unfilled = sheet.frame.empty
        # The column a break row with no title names its kind in ('Coffee break' in Type),
        # the kinds written only there, and whether it names other sessions' kinds too; set
        # once the title is drafted.
        self.breaks: tuple[str, list[str], bool] | None = None
        self.room_venue: str | None = None  # the venue each room is named with, if any
        self.teams: list[str] = []  # the home and away columns the title joins, if any
        # The date column typed on each day's first row only, read on the rows under it.
        self.fill_down: str | None = None
        self.order: DateOrder = "month-first"  # the sheet's date order, once drafted
        self.order_told = False  # whether its dates tell it, or it is month-first by default
        self.figures = False  # whether any date is written in figures (5/11/2027) to read

    def _names_of_roles(self) -> dict[str, tuple[str, ...]]:
        """NAMES, with the start and the end of each FROM_TO pair the sheet heads both of."""
        names = dict(NAMES)
        for start, end in FROM_TO:
            if start in self.by_name and end in self.by_name:
                names["start"] += (start,)
                names["end"] += (end,)
        return names

    def _take(self, role: str, kinds: Sequence[Kind] = (),
              fits: Callable[[str], bool] | None = None, passed: Collection[str] = ()
              ) -> str | None:
        """The first free column named for `role` whose cells are of one of `kinds`, and
        that `fits` (any, in a sheet of no rows), but the `passed` ones. A column with cells
        goes before an empty one (a call-for-papers export's blank SESSION_TITLE beside its
        Paper Title)."""
        names = [n for n in self.names[role] if (h := self.by_name.get(n)) is not None
                 and (self.unfilled or self.sheet.frame[h].notna().any())]
        for name in dict.fromkeys([*names, *self.names[role]]):
            header = self.by_name.get(name)
            if (header is None or header in self.used or header in passed
                    or english_scene(header)):
                continue
            if kinds and not self.unfilled and self._kind(header) not in kinds:
                continue
            if fits is not None and not self.unfilled and not fits(header):
                continue
            self.used.add(header)
            self.chosen[role] = header
            return header
        return None

    def _take_unfilled(self, role: str, beside: str | None) -> str | None:
        """A free column named for `role` that is blank on every row, as `beside` is: a
        programme exported before its slots are set (a call for papers' START_TIME beside
        its blank DAY, its END_TIME beside that START_TIME), read once they are filled in,
        and said so. Beside a day or a start that is given, it is left: the sessions are
        all day, or end as the draft's comment says."""
        if not self._blank_throughout(beside):
            return None
        header = self._take(role, fits=self._blank_throughout)
        if header is not None:
            self.notes.append(f"{header!r} is blank on every row: read as each session's "
                              f"{role} once it is filled in; check it is")
        return header

    def _blank_throughout(self, header: str | None) -> bool:
        return header is not None and bool(self.sheet.frame[header].isna().all())

    def _texts(self, header: str) -> list[str]:
        """The column's cells as text, blanks left out."""
        return [text for c in self.sheet.frame[header].dropna()
                if (text := (cell_text(c) or "").strip())]

    def _kind(self, header: str) -> Kind:
        return kind_of(sample(self.sheet, header))

    def _named_things(self, header: str) -> bool:
        """Whether most of the column's cells are words ('Ruiz-1', 'Opening'), not figures."""
        cells = self._texts(header)
        worded = [c for c in cells if any(ch.isalpha() for ch in c)]
        return bool(cells) and len(worded) >= MOST * len(cells) and self._kind(header) == "other"

    def _blank(self, field_key: str, what: str) -> str:
        self.missing.append(field_key)
        return (f"no column looked like {what}: put its header in place of {FILL_IN!r}. The "
                "sheet's columns: " + ", ".join(map(repr, self.sheet.columns)))

    def _texts_where(self, header: str, rows: Any) -> list[str]:
        """The column's cells on `rows` as text, blank ones ''."""
        return [(cell_text(c) or "").strip() for c in self.sheet.frame[header][rows]]

    # Methods one concern's mixin calls on another's.

    # drafted in _draft_times.py
    @abstractmethod
    def _take_mistyped_times(self, role: str) -> str | None:
        ...

    @abstractmethod
    def _end_by_cells(self, start: str) -> str | None:
        ...

    @abstractmethod
    def _times_after(self, start: str, header: str) -> bool:
        ...

    # drafted in _draft_ends.py
    @abstractmethod
    def _end(self, date: str | None, by_cells: str | None = None) -> str:
        ...

    @abstractmethod
    def _moment_in(self, cell: Any) -> dt.datetime | None:
        ...

    # drafted in _draft_zones.py
    @abstractmethod
    def _note_zone_row(self, header: str) -> None:
        ...

    # drafted in _draft_fields.py
    @abstractmethod
    def _marks_out(self) -> tuple[str, list[str]] | None:
        ...


def english_scene(header: str) -> bool:
    """Whether a header is 'Scene' as English writes it, a play's scene ('Act 1 Scene 2' in
    a rehearsal schedule), not French 'Scène' (or 'SCENE', capitals written without their
    accent), a festival's stage."""
    return (header_key(header) == "scene" and "è" not in header.casefold()
            and not header.isupper())


def listed(texts: Sequence[str]) -> str:
    """'5/32/2027', or '5/32/2027' and 2 others."""
    more = len(texts) - 1
    return repr(texts[0]) + (f" and {more} other{'s' if more > 1 else ''}" if more else "")


def _units_row(sheet: Sheet) -> tuple[str, str] | None:
    """The column and cell of the first row's zone in brackets ('(CEST)'), if it names one:
    that row gives the columns' units, not a session."""
    if sheet.frame.empty or sheet.parts:
        return None
    for header, cell in sheet.frame.iloc[0].items():
        if isinstance(cell, str) and zone_note(text := cell.strip()):
            return str(header), text
    return None


def _hints_row(sheet: Sheet) -> bool:
    """Whether the first row tells how the cells under it are written ('(hh:mm)',
    'YYYY-MM-DD'), every other cell of it a hint too ('optional', 'e.g. Keynote'). Which
    columns hold times is not known yet, so all its cells must be hints."""
    if sheet.frame.empty or sheet.parts:
        return False
    cells = sheet.frame.iloc[0].dropna()
    return any(format_hint(cell) for cell in cells) and all(
        hint_or_instruction(cell) for cell in cells)


def _without_foot(sheet: Sheet) -> Sheet:
    """The sheet without its totals row and the notes under it (foot_rows): the draft reads
    the sessions above them, as validate skips them."""
    foot = foot_rows(sheet)
    if not foot.any():
        return sheet
    counts = sheet.cells_per_row  # none in a Sheet made by hand, not by load_sheet
    return replace(sheet, frame=sheet.frame[~foot],
                   cells_per_row=counts[~foot] if len(counts) == len(foot) else counts)


def table(key: str, column: str | None, *, column_key: str = "column",
          note: str | None = None, time: str | None = None, extra: str | None = None) -> str:
    """One [fields.KEY] table, or "" for a field no column fits. No field is drafted
    optional: a column gone from a later copy of the sheet must stop the run, not leave a
    field unsent (an id column most of all: every session would be made again)."""
    if column is None:
        return ""
    lines = [f"[fields.{key}]"]
    if note:
        lines.append(f"# {note}")
    lines.append(f"{column_key} = {toml_value(column)}")
    if time is not None:
        lines.append(f"time_column = {toml_value(time)}")
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"
