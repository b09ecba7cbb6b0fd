"""The fields other than the title, the timing and the id: yes/no fields, rooms and tracks
(with the warnings on how their cells list names, and rooms overlapping), rank,
capacity, image and the registration dates; the description is read by its own mixin."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from importer import convert
from importer._checks import OMIT, Mask, RoomCells, check_room_overlaps
from importer._columns import Column, Parser, clean_text, joined_rooms, names_parser
from importer._header_words import names_venues
from importer._listed_names import listed_cells
from importer._name_spellings import as_first_spelt, second_spellings
from importer._toml_problems import toml_value
from importer._validation_base import ValidationBase, stripped
from importer.convert import cell_text
from importer.html import split_decoded
from importer.model import row_ref


def _wrapped_name(cell: Any, separator: str, known: set[str], alone: set[str]) -> str | None:
    """The name a cell's line break most likely wraps: two lines that, joined, make a name
    the column holds on one line, or a line going on in lower case or in brackets
    ('and Terrace', '(Level 2)') that the column never holds as a name alone."""
    text = cell_text(cell) or ""
    if "\n" not in text:
        return None
    lines = [" ".join(part.split()) for part in split_decoded(text, separator)
             if part.strip()]
    for before, after in pairwise(lines):
        joined = f"{before} {after}"
        if joined.casefold() in known or (
                (after[0].islower() or after[0] == "(") and after.casefold() not in alone):
            return joined
    return None


def _field_word(key: str) -> str:
    """What a names field's warnings call one of its names."""
    return "track" if key == "schedule_tracks" else "room"


# Fields of one value a cell: how a cell is read, what it should be, and what a blank cell
# sends. A blank capacity is null, no limit (as a blank registration date is no window); a
# blank rank or image is left out, so the guide keeps its own (mappings/README.md, Blank cells).
_ONE_VALUE_FIELDS: tuple[tuple[str, Parser, str, Any], ...] = (
    ("rank", convert.parse_float, "a number", OMIT),
    ("max_capacity", convert.parse_count, "a capacity", None),
    ("image", clean_text, "", OMIT),
)


class FieldsValidation(ValidationBase):
    """The other fields' per-row values, and the checks of rooms and tracks."""

    def _optional_fields(self) -> dict[str, list[Any]]:
        """Every mapped field other than name, timing and import id, as per-row values."""
        out: dict[str, list[Any]] = {}
        active = self.bound.active
        for key in ("allow_rating", "add_to_schedule", "require_login", "waitlist"):
            if (col := self.boolean_column(key)) is not None:
                out[key] = [OMIT if v is None else v for v in col.values]
        for key in ("schedule_tracks", "locations"):
            if key in active:
                sep = active[key].separator
                col = self.column(key, active[key].columns()[0], names_parser(sep), "")
                assert col is not None
                self._warn_of_escaped_line_breaks(key, col, sep)
                self._warn_of_names_on_lines(key, col, sep)
                self._warn_of_listed_names(key, col, sep)
                self._warn_of_wrapped_names(key, col, sep)
                spellings = self._warn_of_names_spelt_two_ways(key, col)
                sent = as_first_spelt(col, spellings) if spellings else col
                if key == "locations":  # overlaps name a room as its cell does
                    self.room_column, sent = self._rooms_named_with_places(col, sent)
                out[key] = [() if v is None else v for v in sent.values]
        for key, parse, what, blank in _ONE_VALUE_FIELDS:
            if key in active and (col := self.column(key, active[key].column, parse, what)):
                out[key] = [blank if v is None else v for v in col.values]
        if "description" in active:
            out["description_html"] = self._descriptions()
        for key in ("registration_start_date", "registration_end_date"):
            if (when := self.read_when(key, getattr(self.mapping.fields, key))) is not None:
                out[key] = [self.moment_at(pos, when) for pos in range(self.n)]
        return out

    def _rooms_named_with_places(self, rooms: Column, sent: Column) -> tuple[Column, Column]:
        """The rooms as read and as sent (each name written two ways as first spelt), each
        named with the cells of the columns `join` names after the room column (a venue):
        'Main Hall, Town Theatre'. As given, where the mapping joins none."""
        setting = self.bound.active["locations"]
        if not setting.join:
            return rooms, sent
        self.rooms_alone = rooms
        places = [place for column in setting.join[1:] if (place := self.column(
            "locations", column, names_parser(setting.separator), "")) is not None]
        joined = joined_rooms(rooms, places)
        return joined, joined if sent is rooms else joined_rooms(sent, places)

    def _warn_of_escaped_line_breaks(self, key: str, col: Column, separator: str) -> None:
        """Names parted by a written backslash-n, as an escaped export writes a line break
        ('#AR&VR\\n#entertainment'): with another separator each cell is one name, the \\n in
        it. One sheet warning naming the column and the setting that parts them."""
        if "\\n" in separator:
            return
        codes = [code for code, names in enumerate(col.distinct)
                 if names and any("\\n" in name for name in names)]
        if not codes:
            return
        code, rows = self._first_row_of_cells(col, codes)
        example = next(name for name in col.distinct[code] if "\\n" in name)
        self.sheet_issue(
            col.header, "escaped-line-break",
            f"{col.header!r} has names parted by a written \\n ('{example}' on {rows}): each cell "
            f"is read as one name with the \\n in it; to read each part as a name, write "
            f'separator = "\\\\n" under [fields.{key}]')

    def _warn_of_names_on_lines(self, key: str, col: Column, separator: str) -> None:
        """A cell listing names on lines of their own ('Hall 1⏎Hall 2') is one name, its
        lines joined ('Hall 1 Hall 2'): said where each line is a name the column holds
        apart, so a name running over two lines ('Ballroom⏎(Level 2)') is left alone. One
        sheet warning naming the column and the setting that parts them."""
        if "\n" in separator:
            return
        known = {name.casefold() for names in col.distinct if names for name in names}
        codes = []
        for code, cell in enumerate(col.cells):
            for part in (cell_text(cell) or "").split(separator):
                lines = [" ".join(line.split()) for line in part.splitlines() if line.strip()]
                if len(lines) > 1 and all(line.casefold() in known for line in lines):
                    codes.append(code)
                    break
        if not codes:
            return
        code, rows = self._first_row_of_cells(col, codes)
        cell = cell_text(col.cells[code]) or ""
        joined = " ".join(cell.split())
        what = _field_word(key)
        self.sheet_issue(
            col.header, "names-on-lines",
            f"{col.header!r} lists {what}s on lines of their own ({cell!r} on {rows}), each "
            f"line a {what} the column names alone: each cell is read as one {what}, "
            f"{joined!r}; to read each line as a {what}, write separator = \"\\n\" under "
            f"[fields.{key}]")

    def _warn_of_listed_names(self, key: str, col: Column, separator: str) -> None:
        """A cell listing names the column holds alone with another mark than the separator
        ('Hall A, Hall B' under the default ';') is one name, made as a room or track of its
        own: one sheet warning naming the cell, the name read and the setting that parts it."""
        listed = listed_cells(col.distinct, separator)
        if not listed:
            return
        code, rows = self._first_row_of_cells(col, list(listed))
        mark, cell, what = listed[code], col.distinct[code][0], _field_word(key)
        self.sheet_issue(
            col.header, "listed-names",
            f"{col.header!r} lists {what}s parted by {mark.strip()!r} ({cell!r} on {rows}), "
            f"each a {what} the column names alone: each cell is read as one {what}, "
            f"{cell!r}, a {what} of its own, and the session is in none of them; to read each "
            f"part as a {what}, write separator = {toml_value(mark.strip())} under [fields.{key}]")

    def _warn_of_wrapped_names(self, key: str, col: Column, separator: str) -> None:
        """With a line break as the separator, a cell whose break most likely wraps one long
        name, as Alt+Enter in Excel does ('Grand Ballroom⏎Salon A', the column naming
        'Grand Ballroom Salon A' elsewhere; 'Ballroom⏎(Level 2)'), is still read as a name per
        line: one sheet warning naming the cell, the names read and the one meant."""
        if "\n" not in separator:
            return
        names = [names for names in col.distinct if names]
        known = {name.casefold() for cell_names in names for name in cell_names}
        alone = {cell_names[0].casefold() for cell_names in names if len(cell_names) == 1}
        wrapped = {code: joined for code, cell in enumerate(col.cells)
                   if (joined := _wrapped_name(cell, separator, known, alone))}
        if not wrapped:
            return
        code, rows = self._first_row_of_cells(col, list(wrapped))
        what = _field_word(key)
        read = " and ".join(repr(name) for name in col.distinct[code])
        self.sheet_issue(
            col.header, "wrapped-name",
            f"{col.header!r} has a {what} wrapped onto two lines ({cell_text(col.cells[code])!r} "
            f"on {rows}), read with separator = \"\\n\" as the {what}s {read}: if it is the "
            f"one {what} {wrapped[code]!r}, take the line break out of the cell (Alt+Enter in "
            f"Excel puts one in), or list the {what}s with ';' and take the separator out")

    def _warn_of_names_spelt_two_ways(self, key: str, col: Column
                                      ) -> list[tuple[str, list[str], list[int]]]:
        """Names that differ only in case ('Room B', 'Room b') are one track or room, named
        as first written: one sheet warning naming the spellings and the one sent. The
        names written two ways, as second_spellings gives them."""
        spellings = second_spellings(col.distinct)
        if not spellings:
            return spellings
        first, others, codes = spellings[0]
        _, rows = self._first_row_of_cells(col, codes)
        what = _field_word(key)
        more = len(spellings) - 1
        self.sheet_issue(
            col.header, "name-spelt-two-ways",
            f"{col.header!r} writes the {what} {first!r} also as "
            f"{' and '.join(map(repr, others))} (on {rows}): read as "
            f"one {what}, sent as {first!r}, the first spelling (a {what} the guide has "
            f"already keeps the guide's); write it one way in the sheet to choose the name"
            + (f" ({more} other {what}{'s' * (more > 1)} written two ways too)" if more else ""))
        return spellings

    def _first_row_of_cells(self, col: Column, codes: list[int]) -> tuple[int, str]:
        """The cell of the first row holding one of the column's cells `codes`, and that row
        as the sheet names it, with how many other rows hold them ('row 5, and 2 other
        rows'): the sheet warnings on a column quote one cell and count the rest."""
        rows = np.flatnonzero(np.isin(col.codes, codes))
        first = int(rows[0])
        others = f", and {len(rows) - 1} other row{'s' * (len(rows) > 2)}" if len(rows) > 1 else ""
        where = row_ref(self.row_numbers[first], self.row_sheets[first])
        return int(col.codes[first]), where + others

    def _check_room_overlaps(self, also_skip: Mask) -> None:
        if self.room_column is None:
            return
        rooms = RoomCells(self.room_column.codes, self.room_column.distinct)
        check_room_overlaps(self.start_seconds, self.end_seconds, rooms,
                            self.errors | also_skip, self.room_column.header,
                            self.row_numbers, self.add,
                            self.row_sheets, note=self._venues_apart_note)

    def _venues_apart_note(self, clashes: Sequence[tuple[int, Sequence[int]]]) -> str:
        """Where the rooms are read alone and a venue column no field reads puts every
        overlap at two venues, the rooms are namesakes ('Main Hall' at two venues): how to
        name each with its venue. Looked at only when rooms overlap."""
        setting = self.bound.active["locations"]
        read = set(self.bound.headers.values())
        venue = next((h for h in self.frame.columns if h not in read and names_venues(h)),
                     None)
        if setting.join or venue is None:
            return ""
        places = {pos: stripped(self.cell(venue, pos)).casefold()
                  for pos in {p for pos, partners in clashes for p in (pos, *partners)}}
        if not all(places[pos] and places[p] and places[p] != places[pos]
                   for pos, partners in clashes for p in partners):
            return ""
        return (f" Each overlap is of sessions at two venues in {venue!r}: if those rooms "
                f"only share a name, write join = {toml_value([setting.column, venue])} in "
                "place of column under [fields.locations] to name each room with its venue "
                "(as 'Main Hall, Town Theatre').")
