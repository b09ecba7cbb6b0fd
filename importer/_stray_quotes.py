"""Quotes typed inside a quoted CSV cell without being doubled: `"The "Best" Talk"`.

Inside a cell in double quotes a double quote is written twice, as Excel writes it
(`"The ""Best"" Talk"`). A file edited by hand, or exported by a script that only wraps each
cell in quotes, writes it once: that quote ends the quoting, and every reader (pandas,
Python's csv, Excel) keeps the rest of the cell as written, its closing quote and all
(`The Best" Talk"`). Where a delimiter follows, the row is cut, and the extra-cells error says
why; where none does, the cell reads whole but wrong, without a word.

Such a cell read ends in a quote, as few cells do: only then is the file read again, by
Python's strict reader, which stops at each quote followed by neither a quote nor a
delimiter, and each record it stops at is split into its cells as written.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from importer._csv import any_field_size, csv_layout, lines, read_text

# Shared with the extra-cells error, whose row such a quote cut.
QUOTING_ENDS = "a double quote inside a cell in double quotes ends its quoting unless written twice"
DOUBLE_THE_QUOTES = 'Write each double quote inside a quoted cell twice ("")'

# A cell, or a line of one, ending in a quote: the distinct cells of a column joined by line
# breaks are looked at once. A cell with a quote at the end of a line inside it passes too:
# the file then says whether it holds a stray quote.
_ENDS_IN_QUOTE = re.compile(r'"[ \t]*(?:\n|\Z)')
EXCERPT = 50  # characters of a long cell quoted around its stray quote


def may_hold_stray_quotes(joined_cells: str) -> bool:
    return '"' in joined_cells and _ENDS_IN_QUOTE.search(joined_cells) is not None


@dataclass(frozen=True, slots=True)
class StrayQuote:
    """A cell written `"The "Best" Talk"`: in quotes, with a quote inside it written once."""

    row: int  # as a spreadsheet program numbers it
    column: int  # counted from 0 for column A
    written: str  # the cell as the file holds it, its quotes and all
    stray_at: int  # where in `written` the first quote that ended the quoting stands

    @property
    def meant(self) -> str:
        """The text between the cell's own quotes, each quote written twice read as one."""
        return self.written[1:-1].replace('""', '"')

    @property
    def fixed(self) -> str:
        """The cell as it should be written: each quote inside it twice."""
        return '"' + self.meant.replace('"', '""') + '"'

    def message(self, label: str, read: str) -> str:
        """The error for the cell in column `label`, read as `read`."""
        read_at = len(self.written[1:self.stray_at].replace('""', '"'))
        return (f"{label} has {excerpt(read, read_at)!r}, written "
                f"{excerpt(self.written, self.stray_at)} in the file: {QUOTING_ENDS}, so the "
                "cell lost the first such quote and kept its own closing one. "
                f"{DOUBLE_THE_QUOTES}: {excerpt(self.fixed, self.stray_at)}.")


def excerpt(text: str, at: int) -> str:
    """`text`, or of a long one the part around position `at`, cut ends marked '…'."""
    if len(text) <= EXCERPT:
        return text
    start = max(0, min(at - EXCERPT // 2, len(text) - EXCERPT))
    end = start + EXCERPT
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def stray_quotes(path: Path, encoding: str, delimiter: str) -> Iterator[StrayQuote]:
    """Each cell of a CSV file written in quotes with a quote inside it written once, that
    reads as one cell (`"The "Best" Talk"`) rather than cutting its row."""
    skip, spaced = csv_layout(path, encoding, delimiter)
    text = read_text(path, encoding)
    pattern = field_pattern(delimiter, spaced)
    with any_field_size(text):
        for record, written in records_stopped(text, delimiter, skip, spaced):
            for column, cell, stray_at in stray_cells(written, pattern, delimiter):
                yield StrayQuote(record + 1, column, cell, stray_at)


def records_stopped(text: str, delimiter: str, skip: int,
                    spaced: bool) -> Iterator[tuple[int, str]]:
    """(record counted from 0 after the `skip` lines, its text) of each record Python's
    strict reader stops at: a quote in a quoted cell followed by neither a quote nor a
    delimiter. After each, it reads on from the line after that record, as read leniently
    (as pandas read it): one stop does not shift the records after it."""
    physical = lines(text).readlines()
    unread = iter(physical[skip:])
    at, record = skip, 0  # the physical line `unread` gives next; the record read next
    while True:
        strict = csv.reader(unread, delimiter=delimiter, skipinitialspace=spaced, strict=True)
        whole = 0  # lines of the records read whole
        try:
            for _ in strict:
                record, whole = record + 1, strict.line_num
            return
        except csv.Error:
            begin, at = at + whole, at + strict.line_num
        lenient = csv.reader(itertools.chain(physical[begin:at], unread), delimiter=delimiter,
                             skipinitialspace=spaced)
        next(lenient, None)
        at = begin + lenient.line_num
        yield record, "".join(physical[begin:at])
        record += 1


def field_pattern(delimiter: str, spaced: bool) -> re.Pattern[str]:
    """A cell as the lenient reader reads it: in quotes (each quote inside written twice),
    then, after a quote that ended the quoting early, the rest up to the delimiter; or
    without quotes."""
    other = rf"[^{re.escape(delimiter)}\r\n]*"
    return re.compile(rf'{" *" if spaced else ""}(?:"(?P<inner>(?:[^"]|"")*)"(?P<rest>{other})'
                      rf"|{other})")


def stray_cells(record: str, pattern: re.Pattern[str],
                delimiter: str) -> list[tuple[int, str, int]]:
    """(column, cell as written, where its stray quote stands) of each cell of `record` in
    quotes whose quoting a quote inside ended early, the rest ending in a quote as the cell's
    own closing one. Not when a later cell without quotes ends in a quote: that is more
    likely the rest of this one, cut at a delimiter (an extra-cells error)."""
    found: list[tuple[int, str, int]] = []
    pos, column = 0, 0
    while True:
        cell = pattern.match(record, pos)
        assert cell is not None  # the pattern matches an empty cell
        written = cell.group().lstrip(" ").rstrip(" \t")
        if cell["inner"] is None and written.endswith('"'):
            found.clear()
        elif cell["inner"] is not None and cell["rest"] and written.endswith('"'):
            found.append((column, written, len(cell["inner"]) + 1))
        pos = cell.end()
        if not record.startswith(delimiter, pos):
            return found
        pos, column = pos + 1, column + 1
