"""Drafts the rooms and tracks: the separator of a cell listing several ('Cloud / Data',
'Room A & Room B'), a venue column joined to the rooms, why the rooms may be another
column's or a tracks column the rooms, and the tracks of a column that also titles breaks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from importer import convert
from importer._draft_base import DrafterBase, table
from importer._draft_cells import sample
from importer._draft_words import (
    LIST_SEPARATORS,
    LONG_NAME,
    MOST,
    PLACEHOLDERS,
    ROOM_JOINERS,
    ROOM_WORDS,
    SLASHED,
)
from importer._header_words import header_key, names_people, names_venues
from importer._room_clashes import rooms_column_note
from importer._toml_problems import toml_value
from importer.convert import cell_text
from importer.mapping import ROOM_JOINER
from importer.model import listed_all


class RoomsDrafter(DrafterBase):
    """The rooms and tracks."""

    def _names(self, role: str) -> str:
        """Rooms or tracks; a list written with ',', '|' or a line break in place of ';'
        gets that separator: for tracks in the draft, for rooms in a comment, as a room's
        name may hold a comma ('Hall A, Level 2')."""
        header = self._take(role, fits=self._names_tracks if role == "schedule_tracks"
                            else None)
        if header is None:
            return ""
        if role == "schedule_tracks" and (rooms := self._rooms_as_tracks(header)):
            return self._names_table(role, header).replace(
                "[fields.schedule_tracks]\n", f"[fields.schedule_tracks]\n# {rooms}\n", 1)
        if role == "locations" and (venue := self._venue_of_rooms(header)):
            return self._rooms_with_venue(header, *venue)
        return self._names_table(role, header)

    def _venue_of_rooms(self, rooms: str) -> tuple[str, str, list[str]] | None:
        """A free column naming venues beside the room column, where one room name is at two
        or more venues ('Main Hall' at the Town Theatre and the Old Library): the venue's
        header, that room and its venues. None for a room column named as a venue, or where
        each room is at one venue (a room's name alone then tells it apart)."""
        if names_venues(rooms):
            return None
        for venue in self.sheet.columns:
            if venue in self.used or venue == rooms or not names_venues(venue):
                continue
            venues_of: dict[str, dict[str, str]] = {}
            for room, place in zip(self._texts_where(rooms, slice(None)),
                                   self._texts_where(venue, slice(None)), strict=True):
                if room and place:
                    venues_of.setdefault(room.casefold(), {}).setdefault(place.casefold(), place)
                    if len(venues_of[room.casefold()]) > 1:
                        return venue, room, list(venues_of[room.casefold()].values())
        return None

    def _rooms_with_venue(self, rooms: str, venue: str, room: str, venues: list[str]) -> str:
        """The rooms table joining each room with its venue: two venues' 'Main Hall' are
        two rooms in the app, and no false room-overlap."""
        self.used.add(venue)
        self.room_venue = venue
        rooms_table = self._names_table("locations", rooms).replace(
            f"column = {toml_value(rooms)}\n", f"join = {toml_value([rooms, venue])}\n", 1)
        return rooms_table.replace("[fields.locations]\n", (
            f"[fields.locations]\n# {room!r} is at {' and '.join(map(repr, venues[:2]))} in "
            f"{venue!r}: each room is named with its venue ({room!r} is "
            f"{room + ROOM_JOINER + venues[0]!r}), so rooms of one name at two venues stay two "
            f"rooms in the app; read the rooms alone with column = {toml_value(rooms)}\n"), 1)

    def _names_table(self, role: str, header: str) -> str:
        """The table of the rooms or tracks read from `header`."""
        if self.breaks is not None and header == self.breaks[0] and self.breaks[1]:
            return self._tracks_beside_breaks(header, self.breaks[1])
        cells = [cell_text(c) or "" for c in sample(self.sheet, header)]
        listed = Counter(sep for sep in LIST_SEPARATORS for c in cells if sep in c)
        if SLASHED in listed and not _parts_alone(cells, SLASHED):
            del listed[SLASHED]  # one name with a slash in it ('Health / Wellness')
        if any(";" in c for c in cells):
            return table(role, header)
        if not listed and role == "locations" and (joined := _rooms_joiner(cells)):
            joiner, how = joined
            return table(role, header, extra=f"separator = {toml_value(joiner)}", note=(
                f"some cells join rooms {how}: each is read as a session in both"))
        if not listed:
            return table(role, header)
        separator = listed.most_common(1)[0][0]
        example = next(c for c in cells if separator in c)
        if role == "locations":
            return table(role, header, note=_address_after_rooms(cells, separator) or (
                f"some cells hold {separator!r} ({example!r}): each is read as one name; if "
                f"it lists several, add separator = {toml_value(separator)}"))
        names = " and ".join(convert.split_names(example, separator))
        return table(role, header, extra=f"separator = {toml_value(separator)}", note=(
            f"names are listed with {separator!r} ({example!r} is {names}); if a name holds "
            f"a {separator!r} itself, write the list with ';' and take this separator out"))

    def _rooms_in_doubt(self, unread: Sequence[str]) -> str | None:
        """Why the rooms drafted may be another column's: they hold two sessions at once
        where the tracks, or a column nothing reads, never do ('Venue' beside 'Field')."""
        rooms, tracks = self.chosen.get("locations"), self.chosen.get("schedule_tracks")
        if rooms is None or "start" not in self.chosen:
            return None
        slot = [self.chosen[role] for role in ("date", "start") if role in self.chosen]
        others = [h for h in (tracks, *unread) if h is not None and h not in self.persons
                  and not names_people(h)]
        return rooms_column_note(self.sheet.frame, rooms, slot, others, tracks,
                                 self.room_venue)

    def _rooms_as_tracks(self, header: str) -> str | None:
        """Why a tracks column may be the rooms: no column is drafted as the rooms, and most
        of its names name one ('Main Hall', 'Room 2'), as a sheet heads its rooms 'Track'
        where each room holds one track."""
        if "locations" in self.chosen:
            return None
        names = list(dict.fromkeys(name.strip() for c in self._texts(header)
                                   for name in re.split(r"[;|\n]", c) if name.strip()))
        rooms = [name for name in names if ROOM_WORDS.search(name.casefold())]
        if not names or len(rooms) < MOST * len(names):
            return None
        return (f"{header!r} names rooms ({', '.join(map(repr, rooms[:2]))}), and no column "
                "is drafted as the rooms: if these are where the sessions are held, make this "
                "table [fields.locations] instead")

    def _names_tracks(self, header: str) -> bool:
        """Whether a column names tracks: it names categories, and is not the column that
        titles break rows filled in on those rows alone (then every track it made would be
        a break's: 'Coffee break', 'Lunch')."""
        if self.breaks is not None and header == self.breaks[0] and not self.breaks[2]:
            return False
        return self._names_categories(header)

    def _tracks_beside_breaks(self, header: str, kinds: list[str]) -> str:
        """The tracks from the column that also titles break rows: the kinds written on
        those rows alone are mapped to nothing, so that no break makes a track of its own."""
        pairs = ", ".join(f'{toml_value(kind)} = ""' for kind in kinds)
        them = "it" if len(kinds) == 1 else "them"
        return table("schedule_tracks", header, extra=f"values = {{ {pairs} }}", note=(
            f"{listed_all(kinds)} {'is' if len(kinds) == 1 else 'are'} only on rows with no "
            f"title, the breaks: read as no track, so that no break makes a track of its own; "
            f"take {them} out of values to make {them} {'a track' if them == 'it' else 'tracks'}"))

    def _names_categories(self, header: str) -> bool:
        """Whether a column names categories, as tracks are: some name recurs, or the names
        are short. A column of each talk's outline ('Topic', a line per point) does not:
        each of its lines would be made a track; nor does one of figures alone not headed
        as the track."""
        cells = [text for c in self.sheet.frame[header].dropna()
                 if (text := (cell_text(c) or "").strip()).casefold() not in PLACEHOLDERS]
        if cells and all(c.isdigit() for c in cells) and "track" not in header_key(header):
            return False  # a code ('type' 0 or 1), as a web page reads it: no track's name
        names = Counter(name for c in cells
                        for name in {n.strip() for n in re.split(r"[;|\n]", c)} if name)
        if not names or max(names.values()) > 1:
            return True
        return sum(map(len, names)) / len(names) <= LONG_NAME


def _address_after_rooms(cells: Sequence[str], separator: str) -> str | None:
    """The note for rooms each followed by one address ('Salon B,3600 Centerpoint Parkway
    Pontiac, Michigan 48341 USA'), as a calendar's export writes each event's location:
    parted on the separator, the address would be rooms of its own."""
    parted = [[part.strip() for part in cell.split(separator, 1)] for cell in cells
              if separator in cell]
    tails = {tail for _, tail in parted}
    rooms = list(dict.fromkeys(room for room, _ in parted if room))
    if len(parted) < 2 or len(tails) != 1 or len(rooms) < 2 or not (tail := tails.pop()):
        return None
    example = next(cell for cell in cells if separator in cell)
    return (f"each room is followed by the same {tail!r}, as a calendar's export adds the "
            f"venue's address: the app would show it in every room's name, and a separator "
            f"would make it rooms of its own. Take it out of the cells, or give each room "
            f"its name under values = {{ {toml_value(example.strip())} = "
            f"{toml_value(rooms[0])} }} (one entry a room)")


def _parts_alone(cells: Sequence[str], separator: str,
                 test: Callable[[Iterable[bool]], bool] = any) -> bool:
    """Whether a part (`test=all`: every part) of the cells joined with `separator` is a
    cell of its own ('Data' beside 'Cloud / Data'): then the cells list names, not hold one
    name with the separator in it."""
    alone = {c.strip().casefold() for c in cells if separator not in c}
    joined = [c for c in cells if separator in c]
    return bool(joined) and test(part.strip().casefold() in alone
                                 for c in joined for part in c.split(separator))


def _rooms_joiner(cells: Sequence[str]) -> tuple[str, str] | None:
    """The words joining a session's two rooms in one cell ('Room A & Room B'), and how the
    cells show it, where every cell so joined joins rooms that are cells of their own, or
    that another cell joins in another order (a timetable's 'E232 e E233' and 'E233 e E232'
    for its two classes of a day): else a room's name may hold it ('Arts and Crafts Room')."""
    for joiner in ROOM_JOINERS:
        joined = [c for c in cells if joiner in c]
        if not joined:
            continue
        if _parts_alone(cells, joiner, all):
            return joiner, f"listed alone too with {joiner!r} ({joined[0]!r})"
        if all(_joined_otherwise(cell, joined, joiner) for cell in joined):
            other = next(c for c in joined if _joined_otherwise(joined[0], [c], joiner))
            return joiner, (f"in one order and the other with {joiner!r} ({joined[0]!r}, "
                            f"{other!r})")
    return None


def _joined_otherwise(cell: str, joined: Sequence[str], joiner: str) -> bool:
    """Whether one of the `joined` cells joins the parts of `cell` in another order."""
    parts = [part.strip().casefold() for part in cell.split(joiner)]
    return any(sorted(others) == sorted(parts) and others != parts
               for other in joined
               if (others := [part.strip().casefold() for part in other.split(joiner)]))
