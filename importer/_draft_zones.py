"""Drafts timezone: from a title row above the header ('all times CEST') or a column of
zones ('Orlando UTC-4' on every row); and the note on a times column's zone in brackets under
the header ('(CEST)'), with a tz database name to give for a zone written short."""

from __future__ import annotations

from importer._draft_base import DrafterBase
from importer._draft_cells import sample
from importer._draft_words import LOCAL_TIME_IN_TITLE, ZONE_EXAMPLES, ZONE_HEADERS, ZONE_IN_TITLE
from importer._header_words import header_key
from importer._toml_problems import toml_value
from importer.convert import cell_text
from importer.load import read_grid
from importer.model import listed_all
from importer.zones import abbreviation_zone, certain_zone, several_places, zone_note


class ZonesDrafter(DrafterBase):
    """The timezone."""

    def _timezone_line(self) -> str:
        """`timezone` drafted from a title row above the header naming the zone the times
        are in ('Programme (all times CEST)', 'Times are in Pacific Time'), where the name
        tells one place's clocks; else commented out, saying why."""
        unset = ("# timezone = \"Area/City\"   # the region and city of the place the sheet's "
                 "times are kept in (\"Europe/Madrid\"); without it, plan and run read them in "
                 "the guide's timezone, validate in UTC")
        said = self._zones_in_title()
        zones = {zone for _, _, zone in said}
        if not said:
            return self._zone_column() or unset
        row, text, _ = said[0]
        if len(zones) == 1 and None not in zones:
            return (f"timezone = {toml_value(zones.pop())}   # row {row}, above the header, "
                    f"says {text!r}")
        return (f"{unset}\n# Row {row}, above the header, says {text!r}, which does not tell "
                "one place's clocks: set timezone to the region and city of the place the "
                "times are kept in")

    def _zone_column(self) -> str | None:
        """`timezone` drafted from a column headed as the zone ('timezone', 'Time zone')
        whose cells all name one place's clocks ('Orlando UTC-4', as a conference's data
        gives each session its zone); else commented out, naming what the column holds."""
        header = next((h for h in self.sheet.columns if header_key(h) in ZONE_HEADERS), None)
        written = list(dict.fromkeys(self._texts(header))) if header else []
        zones = [certain_zone(text) for text in written]
        if not written or None in zones:  # empty, or words naming no zone
            return None
        if len(written) == 1 and (zone := zones[0]):
            return (f"timezone = {toml_value(zone)}   # {header!r} says {written[0]!r} on "
                    "every row")
        return ("# timezone = \"Area/City\"   # the region and city of the place the sheet's "
                f"times are kept in: {header!r} says {listed_all(written[:3])}, which "
                + ("does not tell one place's clocks" if len(written) == 1 else
                   "a mapping does not read row by row: give the one the sessions are held in"))

    def _zones_in_title(self) -> list[tuple[int, str, str | None]]:
        """(row, its text, the zone or None when the words name none for certain) for each
        row above the header saying which zone the times are in."""
        if self.sheet.header_row <= 1 or self.sheet.parts:
            return []
        cells = read_grid(self.sheet.path, self.sheet.sheet_name).cells
        said = []
        for row, values in cells.loc[:self.sheet.header_row - 1].iterrows():
            text = " ".join(t for c in values if (t := cell_text(c)))
            for match in [*ZONE_IN_TITLE.finditer(text), *LOCAL_TIME_IN_TITLE.finditer(text)]:
                if (zone := certain_zone(match["zone"])) is not None:
                    said.append((int(str(row)), text, zone or None))
        return said

    def _note_zone_row(self, header: str) -> None:
        """A times column's cell naming the zone in brackets, as a row of units under the
        header writes it ('(GMT Time)'): the zone of every time under it, not a session."""
        zones = [text for cell in sample(self.sheet, header)
                 if zone_note(text := (cell_text(cell) or "").strip())]
        if self.units is not None and self.units[0] == header:
            zones.insert(0, self.units[1])
        if zones:
            self.notes.append(
                f"{header!r} has {zones[0]!r}, which names the zone of the times under it, "
                "not a session's time (the row is skipped): set timezone to the region and "
                f"city of the place they are in ({zone_example(zone_note(zones[0]))})")


def zone_example(abbreviation: str) -> str:
    """A tz database name to give as an example for a zone written short ('GMT' -> London's,
    'IST' -> each place's)."""
    return several_places(abbreviation) or abbreviation_zone(abbreviation) or \
        ZONE_EXAMPLES.get(abbreviation[:2], "Europe/Paris")
