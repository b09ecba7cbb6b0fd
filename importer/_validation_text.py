"""The text the app shows (title, description, rooms, tracks): garbled on its way into the
sheet, or a CSV cell in quotes with a quote inside it written once."""

from __future__ import annotations

import re
from typing import Any

from importer import convert
from importer._columns import Codes, positions_by_code
from importer._stray_quotes import may_hold_stray_quotes, stray_quotes
from importer._validation_base import ValidationBase
from importer.load import column_letter
from importer.model import shortened


class TextValidation(ValidationBase):
    """The checks of the shown columns' text, their distinct cells looked at once."""

    def _check_shown_text(self) -> None:
        """The columns the app shows as text (title, description, rooms, tracks): each one's
        distinct cells, joined, are looked at once, as most have nothing to find."""
        shown = {header for key in ("name", "description", "locations", "schedule_tracks")
                 if (setting := self.bound.active.get(key)) is not None
                 for column in setting.columns() if (header := self.bound.header(column))}
        from_csv, quoted = self.sheet.delimiter is not None, False
        for header in (header for header in self.frame.columns if header in shown):
            codes, cells = self.factorized(header)
            texts = [cell if isinstance(cell, str) else "" for cell in cells.tolist()]
            joined = "\n".join(texts)
            if convert.may_be_garbled(joined):
                self._warn_of_garbled_text(header, codes, cells, texts)
            quoted = quoted or (from_csv and may_hold_stray_quotes(joined))
        if quoted:
            self._check_stray_quotes(shown)

    def _check_stray_quotes(self, shown: set[str]) -> None:
        """A CSV cell in quotes with a quote inside it written once (`"The "Best" Talk"`)
        reads as `The Best" Talk"`: an error, as the text meant is not certain (an unquoted
        `"Hamlet" and "Lear"` is written so too)."""
        sheet = self.sheet
        assert sheet.encoding is not None and sheet.delimiter is not None
        header_at = {letter: name for name, letter in sheet.letters.items()}
        position = {row: pos for pos, row in enumerate(self.row_numbers)}
        for quote in stray_quotes(sheet.path, sheet.encoding, sheet.delimiter):
            header = header_at.get(column_letter(quote.column))
            pos = position.get(quote.row)
            if header in shown and pos is not None:
                read = self.cell(header, pos)  # a CSV cell: text, quoted whole around the quote
                self.add(pos, header, read, "stray-quote",
                         quote.message(sheet.column_label(header), str(read)))

    def _warn_of_garbled_text(self, header: str, codes: Codes, cells: Any,
                              texts: list[str]) -> None:
        """Text garbled on its way into the sheet (`Itâ€™s`, `CafÃ©`: UTF-8 read as
        Windows-1252 and saved so) in a column the app shows: sent as written, and said, as
        attendees would read it garbled."""
        garbled = {code: reading for code, cell in enumerate(texts)
                   if (reading := convert.garbling(cell))}
        for code, positions in positions_by_code(codes, list(garbled)).items():
            # A no-break space, part of a garbled 'à', would be quoted as '\xa0', and
            # Latin-1's control characters, which a sheet shows as nothing, as '\x80'.
            word, meant = (re.sub("[\x80-\x9f]", "", text.replace("\xa0", " "))
                           for text in garbled[code][:2])
            for pos in positions:
                self.add(pos, header, cells[code], "garbled-text", (
                    f"{header!r} has {shortened(word, 40)!r}, garbled on its way into "
                    f"the sheet (UTF-8 read as {garbled[code][2]}): most likely "
                    f"{shortened(meant, 40)!r}. It is sent as written; fix it in the sheet "
                    "(Find and Replace)."), "warning")
