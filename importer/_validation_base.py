"""The validation run's shared state and primitives, on which each concern's mixin builds
(`_validation_titles.py`, `_validation_ids.py`, ...) and which `validate.py`'s
`_SheetValidation` combines: the columns and rows read so far, and what each concern
leaves for the others. Methods one mixin calls on another are declared here."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from importer._checks import Mask
from importer._columns import Column
from importer._timing import SessionTiming
from importer._title_markdown import TitleMarkdown
from importer.convert import cell_text
from importer.load import Sheet
from importer.mapping import BoundMapping
from importer.model import RowIssue


def stripped(cell: Any) -> str:
    return (cell_text(cell) or "").strip()


@dataclass
class AddedParagraph:
    """An added paragraph of the description as read: its label, its column (for a joined
    one, made of its columns' cells joined) and the sheet's headers it is read from."""

    label: str
    column: Column
    headers: list[str]
    joined: bool = False


class ValidationBase(SessionTiming, ABC):
    """The state of one validation run, and the primitives each mixin uses."""

    def __init__(self, sheet: Sheet, bound: BoundMapping, zone: ZoneInfo) -> None:
        super().__init__(sheet, bound, zone)
        self.sheet = sheet
        self.room_column: Column | None = None
        # The rooms as the room column names them, where the mapping joins a venue to them.
        self.rooms_alone: Column | None = None
        self.titles_as_written: list[Any] = []  # what derived ids are made from
        # Titles struck through in Markdown ('~~Panel~~'), by position: warned of as cancelled.
        self.struck_titles: dict[int, TitleMarkdown] = {}
        # The description column, and each added paragraph's column with its label, as read.
        self.main_description: Column | None = None
        self.added_columns: list[AddedParagraph] = []
        # Each fill_down column's blank cells that took the one above: header -> the
        # position each row's value came from (-1 where the row's own cell was used).
        self.filled_from: dict[str, list[int]] = {}
        # Rows whose blank date a month's heading kept from the date above it: the
        # heading's position and the date's.
        self.past_month_heading: dict[int, tuple[int, int]] = {}
        # Rows skipped for a blank_values word in the date ('TBA') beside a written time.
        self.undated: Mask = np.zeros(0, dtype=bool)
        # The first row when it gives the columns' units, the times' zone ('(CEST)').
        self.units: Mask = np.zeros(0, dtype=bool)
        # Rows writing the header again, above each day's table of a pasted programme.
        self.headers_again: Mask = np.zeros(0, dtype=bool)
        # The last row when it is the sheet's totals ('Total' and a count).
        self.totals: Mask = np.zeros(0, dtype=bool)
        # The notes of one cell under it, told in its warning rather than each on its own.
        self.foot_notes: Mask = np.zeros(0, dtype=bool)
        # Rows the leave_out column marks as out ('Cancelled'): no session, no checks.
        self.marked_out: Mask = np.zeros(0, dtype=bool)
        # Of those, co-presenters' rows (the id and speaker cells alone) -> their session's row.
        self.out_with_session: dict[int, int] = {}

    def _at(self, header: str) -> int:
        return int(self.frame.columns.get_loc(header))  # type: ignore[arg-type]

    @abstractmethod
    def _noted_filled(self, issue: RowIssue, header: str, pos: int, source: int) -> RowIssue:
        """The issue, its quote of a cell fill_down filled naming the row it came from
        (`_validation_layout.py`)."""

    @abstractmethod
    def _descriptions(self) -> list[Any]:
        """Each row's description (`_validation_descriptions.py`)."""

    @abstractmethod
    def _added_only_headers(self) -> set[str]:
        """The headers of the description's added columns that no other field reads
        (`_validation_descriptions.py`)."""
