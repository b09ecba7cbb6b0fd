"""Cell text: a cell as stripped text (cell_text), a workbook's elapsed time as Excel shows it,
names split from one cell, and the marks of a cell that holds no value: a formula that
failed or was never computed, text garbled by a wrong encoding. Also CellError, which every
cell parser raises."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any, NamedTuple

from importer.html import split_decoded


class CellError(ValueError):
    """A cell that cannot be read as the value its column is mapped to."""

    def __init__(self, code: str, hint: str) -> None:
        super().__init__(hint)
        self.code = code
        self.hint = hint


# What Excel shows in a cell whose formula failed; a CSV export writes the same text. Also
# Google Sheets' #ERROR! and LibreOffice's numbered ones (Err:502, Err:522 for a circular
# reference), which an .ods holds and its CSV export writes.
FORMULA_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
    "#PYTHON!", "#ERROR!", *(f"Err:{code}" for code in range(501, 600)),
})
FORMULA_ERROR_HINT = ("a spreadsheet shows that when a formula fails (a lookup that found nothing, "
                      "a deleted cell); fix the formula or type the value, then save")


class UncomputedFormula(NamedTuple):
    """A workbook cell holding a formula but no saved result, as a script (openpyxl) writes
    it: calamine reads it as blank, but Excel would show a value. Its text is the formula."""

    formula: str

    def __str__(self) -> str:
        return "=" + self.formula if self.formula else "a formula"


UNCOMPUTED_HINT = ("not its result: the file was written by a program, not saved by Excel, "
                   "which works results out; open it in Excel (or LibreOffice) and save it, "
                   "or type the value")


# A letter of UTF-8 read one byte at a time as Windows-1252: its first byte as a letter from
# 'Â' to 'ß' (Polish 'ł' as 'Å‚', Turkish 'ı' as 'Ä±', Cyrillic as 'Ð'), 'à' to 'ï' (CJK,
# '’' as 'â€™') or 'ð' to 'ô' (emoji, 'ðŸŽ‰'), then each next byte as one of the characters
# Windows-1252 gives the bytes 0x80 to 0xBF, or Latin-1's control characters of that number
# (the file read as Latin-1). Not 'Ã' and a no-break space before a capital: Portuguese
# capitals ('IRMÃ DULCE'), where a garbled 'à' ends a word or goes before a small letter.
_NEXT_BYTE = ("[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
              "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014"
              "\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")
_GARBLED = re.compile(f"\u00c3\u00a0(?![A-Z\u00c0-\u00de])|\u00c3(?!\u00a0){_NEXT_BYTE}"
                      f"|[\u00c2\u00c4-\u00df]{_NEXT_BYTE}|[\u00e0-\u00ef]{_NEXT_BYTE}{{2}}"
                      f"|[\u00f0-\u00f4]{_NEXT_BYTE}{{3}}")


# The same read as Mac Roman, as older Excel for Mac opens a CSV: 'Caf√©' for Café, 'It‚Äôs'
# for It’s. Its lead bytes are mostly symbols and punctuation, its next bytes accented letters.
_MAC_NEXT = f"[{re.escape(bytes(range(0x80, 0xC0)).decode('mac_roman'))}]"
_MAC_GARBLED = re.compile(
    f"[{re.escape(bytes(range(0xC2, 0xE0)).decode('mac_roman'))}]{_MAC_NEXT}"
    f"|[{re.escape(bytes(range(0xE0, 0xF0)).decode('mac_roman'))}]{_MAC_NEXT}{{2}}"
    f"|[{re.escape(bytes(range(0xF0, 0xF5)).decode('mac_roman'))}]{_MAC_NEXT}{{3}}")


def may_be_garbled(text: str) -> bool:
    """Whether text holds a letter garbled as garbled_reading reads them: a quick look that
    a column's cells, joined, pass or fail at once."""
    return not text.isascii() and (_GARBLED.search(text) or _MAC_GARBLED.search(text)) is not None


def garbled_reading(text: str) -> tuple[str, str] | None:
    """The first word of a cell garbled on its way into the sheet, and that word as it was
    written (`Itâ€™s` -> `It’s`, `CafÃ©` -> `Café`): a file saved as UTF-8, opened by a program
    that read it as Windows-1252, and saved again. None for text not so garbled. The whole
    cell must read back as UTF-8, so text written so on purpose is never taken for it."""
    garbled = garbling(text)
    return None if garbled is None else (garbled[0], garbled[1])


def garbling(text: str) -> tuple[str, str, str] | None:
    """garbled_reading's word and meaning, and the reading that garbled it: 'Windows-1252',
    'Latin-1' (whose control characters the word keeps) or 'Mac Roman' (`Caf√©`)."""
    if text.isascii():
        return None
    if (found := _GARBLED.search(text)) is None:
        return _mac_roman_reading(text)
    try:
        _utf8_read_as_cp1252(text).decode("utf-8")
    except UnicodeError:
        return _mac_roman_reading(text)
    before = _WORD_END.search(text, 0, found.start())
    after = _WORD_START.match(text, found.end())
    word = text[before.start() if before else found.start():after.end() if after else None]
    meant = _utf8_read_as_cp1252(word).decode("utf-8", errors="replace")
    # A file opened and saved so twice is garbled twice ('CafÃƒÂ©'): read back each time
    while (again := garbled_reading(meant)) is not None and again[0] == meant:
        meant = again[1]
    # A control character for a byte Windows-1252 has a character for: read as Latin-1.
    latin_1 = re.search("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]", word)
    return word, meant, "Latin-1" if latin_1 else "Windows-1252"


def _mac_roman_reading(text: str) -> tuple[str, str, str] | None:
    """garbling's answer for a cell garbled by Mac Roman: all of it must read back as UTF-8."""
    if (found := _MAC_GARBLED.search(text)) is None:
        return None
    try:
        meant = text.encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return None
    if any(unicodedata.category(char)[0] == "C" for char in meant if not char.isascii()):
        return None  # read back as no text: control characters, Apple's private logo
    if any(_mixes_latin(word) for word in meant.split()):
        return None  # a dash before a capital ('—Ésta' reads back as 'уsta'), not a garbling
    before = _WORD_END.search(text, 0, found.start())
    after = _WORD_START.match(text, found.end())
    word = text[before.start() if before else found.start():after.end() if after else None]
    return word, word.encode("mac_roman").decode("utf-8"), "Mac Roman"


def _mixes_latin(word: str) -> bool:
    """Whether a word has Latin letters and letters of another script, by the first word of
    each letter's Unicode name ('уsta': CYRILLIC and LATIN), which no garbled word read back
    has (Japanese mixes scripts, but not with Latin)."""
    scripts = {unicodedata.name(char, "?").split()[0] for char in word if char.isalpha()}
    return "LATIN" in scripts and len(scripts) > 1


_WORD_END = re.compile(r"[^\s<>]*\Z")  # the word's letters before the garbled one
_WORD_START = re.compile(r"[^\s<>]*")  # and after it


def _utf8_read_as_cp1252(text: str) -> bytes:
    """The bytes a garbled text was read from. The five bytes Windows-1252 leaves undefined
    come through as the control characters of their number (the 0x9D ending `”`'s UTF-8), and
    a file read as Latin-1 has such a character for each byte from 0x80 to 0x9F."""
    return b"".join(bytes([ord(char)]) if char < "\u0100" else char.encode("cp1252")
                    for char in text)


def cell_text(cell: Any) -> str | None:
    """The cell as stripped text, None when empty. Integral floats lose their `.0`; elapsed
    times read as Excel shows them."""
    if cell is None:
        return None
    if isinstance(cell, float):
        if math.isnan(cell):
            return None
        if cell.is_integer():
            cell = int(cell)
    elif isinstance(cell, dt.timedelta):
        return elapsed_text(cell)
    elif isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"  # as Excel shows a logical cell, and a CSV holds it
    text = str(cell).strip()
    return text or None


def elapsed_text(elapsed: dt.timedelta) -> str:
    """A workbook's elapsed-time cell (`[h]:mm`) as Excel shows it, `24:30`: Python's own
    `1 day, 0:30:00` is not what the user sees in their sheet."""
    seconds = round(elapsed.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, seconds = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def split_names(text: str | None, separator: str) -> tuple[str, ...]:
    """Names from one cell: split, stripped, empties dropped, first spelling kept. Character
    references are read as text, as a site's data file writes them ('ROXY &amp; WAKE'): the
    `;` ending one is no separator, nor is one a reference stands for ('A&#59;B'). A comma
    left at a name's end or start ('Data,', after a second track was deleted) is no part of
    it: it would make a track or room of its own beside 'Data'."""
    if not text:
        return ()
    names: dict[str, str] = {}
    for part in split_decoded(text, separator):
        name = " ".join(part.strip().strip(",").split())
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return tuple(names.values())
