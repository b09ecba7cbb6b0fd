"""The titles: read as the app shows them (HTML tags and Markdown taken out, with a
warning), joined from several columns, or taken from the fallback column when blank."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import chain
from typing import Any

import numpy as np

from importer import convert
from importer._columns import (
    Column,
    Parser,
    clean_text,
    combined_codes,
    positions_by_code,
    value_text,
)
from importer._title_markdown import TitleMarkdown, may_hold_markdown, read_title_markdown
from importer._validation_base import ValidationBase
from importer.convert import CellError
from importer.html import plain_title


def _title(cell: Any) -> str:
    """A title cell as the app shows it: plain text, its HTML tags and references read."""
    text = clean_text(cell)
    if "<" not in text and "&" not in text:
        return text
    title = plain_title(text)[0].strip()  # '&nbsp;' leaves a no-break space
    if not title:
        raise CellError("missing-required", "read as HTML it has no words; type the title")
    return title


def _title_part(cell: Any) -> str | None:
    """A cell of a joined title: one that, read as HTML, holds no words ('&nbsp;', '<br>', a
    web page's empty cell) gives no part, as a blank does; the others make the title."""
    try:
        return _title(cell)
    except CellError:
        return None


def _no_part_in(names: Column) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """The rows a joined title's column gives no part: blank, or no words; not a cell told
    of as unreadable already (#N/A)."""
    empty = np.fromiter((value is None for value in names.values), dtype=bool,
                        count=len(names.values))
    for positions in names.failed_texts.values():
        empty[positions] = False
    return empty


def _markdown_message(header: str, cell: Any, markdown: TitleMarkdown,
                      fallback: bool = False) -> str:
    """The markdown-in-title warning: what the title now reads, and where a link's address,
    which the app does not show, can go. `fallback`: the cell gives a blank title's text."""
    whose = ", the title of a row whose own is blank" if fallback else ""
    said = (f"{header!r} has {clean_text(cell)!r}{whose}: a title shows as plain text in the "
            "app, so ")
    if not markdown.addresses:
        return (said + "its Markdown bold marks were taken out, leaving "
                f"{markdown.title!r}; check it reads right.")
    return said + f"its Markdown was read, leaving {markdown.title!r}; " + _link_advice(markdown)


def _link_advice(markdown: TitleMarkdown) -> str:
    return (f"the app does not show the link's address ({', '.join(markdown.addresses)}): put "
            "it in the description if attendees need it.")


def struck_title_message(header: str, written: str, markdown: TitleMarkdown,
                          says_cancelled: bool, leave_out: str) -> str:
    """The cancelled-title warning of a title struck through in Markdown ('~~Panel~~'): the
    app shows no strike, so attendees see it cancelled only if its words say so. One
    warning, also for a title saying 'CANCELLED' as well, and for a link in it."""
    keep = ("or keep it to show attendees it is cancelled" if says_cancelled else
            "or write 'Cancelled' in the title to show attendees it is")
    links = f" In it, {_link_advice(markdown)}" if markdown.addresses else ""
    return (f"{header!r} has {written!r}, struck through, as a cancelled session's title "
            f"often is, yet it is imported like every other row, as {markdown.title!r} (the "
            f"app shows no strike); to leave the session out, {leave_out} (and run with "
            f"--prune to take it out of the app), {keep}.{links}")


def _as_written(titles: Column) -> list[Any]:
    """Each row's title as the sheet writes it, before its tags and references were read:
    what an id derived from the title was made from, before they were."""
    written = [None if read is None else clean_text(cell)
               for cell, read in zip(titles.cells, titles.distinct, strict=True)]
    if written == titles.distinct:
        return titles.values
    return [written[code] if code >= 0 else None for code in titles.codes.tolist()]


class TitlesValidation(ValidationBase):
    """Each row's title, and the title as written, which derived ids are made from."""

    def _titles(self) -> list[Any]:
        """Each row's title; a blank one takes the fallback column's text, if the mapping
        names one, as sent (a derived id is made from it, as from a title typed in)."""
        setting = self.mapping.fields.name
        if setting.join:
            return self._joined_titles(setting.join, setting.separator)
        fallback = setting.fallback_column
        names, self.titles_as_written = self._title_column(setting.column,
                                                           required=fallback is None)
        header = self.bound.header(fallback)
        if header is None or not names.blank.any():
            return names.values
        values = list(names.values)
        written = values if self.titles_as_written is names.values else list(
            self.titles_as_written)
        for pos in np.flatnonzero(names.blank).tolist():
            try:
                title = self._fallback_title(header, pos)
            except CellError as no_title:
                title = None
                self.add(pos, names.header, None, "missing-required",
                         f"{names.header!r} is empty, and {header!r}, whose text a blank title "
                         f"takes, {no_title.hint}.")
            else:
                if title is None:
                    self.add(pos, names.header, None, "missing-required",
                             f"{names.header!r} and {header!r} are both empty; every session "
                             "needs a title. Fill in either.")
                else:
                    self._warn_of_tags_in_fallback(header, pos, title)
            written[pos] = values[pos] = title
            if title is not None and may_hold_markdown(title):
                values[pos] = self._read_markdown_in_fallback(header, pos, title)
        self.titles_as_written = written
        return values

    def _title_column(self, column: str | None, required: bool,
                      parse: Parser = _title) -> tuple[Column, list[Any]]:
        """A column of titles read as the app shows them, and as the sheet writes them."""
        names = self.column("name", column, parse, "a title", required=required)
        assert names is not None  # the mapping's title columns are required
        self._warn_of_tags_in_titles(names)
        written = _as_written(names)
        return self._read_markdown_in_titles(names), written

    def _joined_titles(self, columns: list[str], separator: str) -> list[Any]:
        """Each row's title made of the non-blank cells of `columns`, in order ('Russia vs
        Saudi Arabia'); a row blank in all of them has none. Each distinct pairing is
        joined once, as rooms with their venues are."""
        parts = [self._title_column(column, required=False, parse=_title_part)
                 for column in columns]
        codes = combined_codes([names.codes for names, _ in parts], self.n)
        first = np.unique(codes, return_index=True)[1].tolist()  # a row of each pairing

        def joined(texts: Sequence[Any]) -> str | None:
            return separator.join(text for text in texts if text) or None

        read = [joined([names.values[pos] for names, _ in parts]) for pos in first]
        written = [joined([as_written[pos] for _, as_written in parts]) for pos in first]
        self._say_joined_titles_missing([names for names, _ in parts])
        self.titles_as_written = [written[code] for code in codes.tolist()]
        return [read[code] for code in codes.tolist()]

    def _say_joined_titles_missing(self, parts: list[Column]) -> None:
        headers = [names.header for names in parts]
        said = f"{', '.join(map(repr, headers[:-1]))} and {headers[-1]!r}"
        both = "both" if len(headers) == 2 else "all"
        blank = np.logical_and.reduce([_no_part_in(names) for names in parts])
        for pos in np.flatnonzero(blank).tolist():
            self.add(pos, headers[0], None, "missing-required",
                     f"{said} are {both} empty; every session needs a title, made of their "
                     "cells joined. Fill in one of them.")

    def _fallback_title(self, header: str, pos: int) -> str | None:
        """The title a row's fallback cell gives: None when it is blank. One holding no text
        (a formula's error, a cell of tags alone) raises CellError saying what it holds, as
        the title's own issue."""
        cell = self._prepare(self.cell(header, pos), self._lookup("name"))
        if cell is None:
            return None
        if type(cell) is convert.UncomputedFormula:
            raise CellError("formula-no-value",
                            f"has the formula {cell} but {convert.UNCOMPUTED_HINT}")
        if isinstance(cell, str) and cell in convert.FORMULA_ERRORS:
            raise CellError("formula-error", f"shows {cell}: {convert.FORMULA_ERROR_HINT}")
        try:
            return _title(cell)
        except CellError as error:
            raise CellError(error.code, f"has {value_text(cell)!r}: {error.hint}") from None

    def _warn_of_tags_in_fallback(self, header: str, pos: int, title: str) -> None:
        """A blank title's fallback cell with HTML tags loses them as a title's own would."""
        cell = self.cell(header, pos)
        if isinstance(cell, str) and "<" in cell and plain_title(clean_text(cell))[1]:
            self.add(pos, header, cell, "html-in-title", (
                f"{header!r} has {clean_text(cell)!r}, the title of a row whose own is blank: "
                "a title shows as plain text in the app, so its HTML tags were taken out, "
                f"leaving {title!r}; check it reads right."), "warning")

    def _read_markdown_in_titles(self, names: Column) -> Column:
        """Titles holding Markdown ('[Keynote](https://...)', '**Keynote**', from a site's data
        file) read as the app shows them, plain text, with a warning. A sheet none of whose
        titles holds `](`, `**` or `__` is given up on at one test of them joined."""
        if not may_hold_markdown("\n".join(filter(None, names.distinct))):
            return names
        read = {code: markdown for code, title in enumerate(names.distinct)
                if title is not None and may_hold_markdown(title)
                and (markdown := read_title_markdown(title)).read}
        if not read:
            return names
        distinct = list(names.distinct)
        for code, positions in positions_by_code(names.codes, list(read)).items():
            distinct[code] = read[code].title
            if read[code].struck:  # said with the cancelled titles, once a row
                self.struck_titles.update(dict.fromkeys(positions, read[code]))
                continue
            message = _markdown_message(names.header, names.cells[code], read[code])
            for pos in positions:
                self.add(pos, names.header, names.cells[code], "markdown-in-title", message,
                         "warning")
        by_code = np.fromiter(chain(distinct, [None]), dtype=object, count=len(distinct) + 1)
        return replace(names, values=by_code[names.codes].tolist(), distinct=distinct)

    def _read_markdown_in_fallback(self, header: str, pos: int, title: str) -> str:
        """A blank title's fallback cell holding Markdown reads as a title's own would."""
        markdown = read_title_markdown(title)
        if markdown.struck:
            self.struck_titles[pos] = markdown
        elif markdown.read:
            cell = self.cell(header, pos)
            self.add(pos, header, cell, "markdown-in-title",
                     _markdown_message(header, cell, markdown, fallback=True), "warning")
        return markdown.title

    def _warn_of_tags_in_titles(self, names: Column) -> None:
        """A title holding HTML tags ('<i>Drosophila</i> genetics', from a web page): the app
        shows titles as plain text, so the tags were taken out; the emphasis is lost."""
        tagged = [code for code, cell in enumerate(names.cells)
                  if isinstance(cell, str) and "<" in cell and plain_title(clean_text(cell))[1]
                  and names.distinct[code] is not None]
        for code, positions in positions_by_code(names.codes, tagged).items():
            for pos in positions:
                self.add(pos, names.header, names.cells[code], "html-in-title", (
                    f"{names.header!r} has {clean_text(names.cells[code])!r}: a title shows as "
                    "plain text in the app, so its HTML tags were taken out, leaving "
                    f"{names.distinct[code]!r}; check it reads right."), "warning")
