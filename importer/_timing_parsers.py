"""The parsers of the start's and end's cells: a range's start or end, and a refused cell's
message saying how the mapping reads a range, or where a time past midnight puts its day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from importer import convert
from importer._columns import Parser
from importer._toml_problems import toml_value
from importer.convert import CellError


def not_a_range(parse: Parser, column: str, order: convert.DateOrder) -> Parser:
    """`parse` for a start's or an end's own time column, saying of a cell it refuses that
    reads as a start and an end (`9:00 - 10:00`, `2027-05-11 09:00 - 10:30`) how the mapping
    reads such a column."""
    def parse_one_time(cell: Any) -> Any:
        try:
            return parse(cell)
        except CellError as error:
            key = ("time_column" if convert.is_time_range(cell) else
                   "column" if convert.is_datetime_range(cell, order) else None)
            if key is None:
                raise error from None
            raise CellError(error.code, "it is a start and an end: to read both, map the "
                            f"start's and the end's {key} to {column!r} ([fields.start] "
                            f"{key} = {toml_value(column)} and [fields.end] "
                            f"{key} = {toml_value(column)}"
                            + (", in place of their date_column and time_column)"
                               if key == "column" else ")")) from None
    return parse_one_time


def next_day_in(parse: Parser, where: str, *, or_next_sheet: bool = False) -> Parser:
    """`parse`, saying that a time past midnight (25:00) takes its next day in `where`; with
    `or_next_sheet` (an end on a tab-dated sheet), or on the next day's sheet with its row,
    when the start is past midnight too."""
    def parse_within_a_day(cell: Any) -> Any:
        try:
            return parse(cell)
        except convert.PastMidnightError as error:
            if or_next_sheet:
                raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                                "and, if the session starts past midnight too, move the row "
                                "to the next day's sheet; if not, put the next day in "
                                f"{where}") from None
            raise CellError(error.code, error.next_day_hint(where)) from None
    return parse_within_a_day


def next_day_on_the_next_sheet(parse: Parser, one_day: bool) -> Parser:
    """`parse`, saying that a start past midnight (24:30) goes on the next day's sheet; with
    `one_day` (the mapping's `date`, no sheet per day) that a date column must give it."""
    def parse_within_a_day(cell: Any) -> Any:
        try:
            return parse(cell)
        except convert.PastMidnightError as error:
            if one_day:
                raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                                "on the next day, which the mapping's one date (date under "
                                "[fields.start]) cannot give: add a date column and map it as "
                                "date_column instead") from None
            raise CellError(error.code, f"{error.said()}; write it as {error.within_day} "
                            "and move the row to the next day's sheet") from None
    return parse_within_a_day


def range_start(read: Callable[[Any], tuple[dt.time, dt.time]], lone_starts: bool) -> Parser:
    """The start of a range. A cell with one time is a start whose end the next session's
    start gives when `lone_starts` (until_next), and otherwise refused saying how to fix it."""
    def start_of(cell: Any) -> dt.time:
        try:
            return read(cell)[0]
        except convert.LoneStart as lone:
            if lone_starts:
                return lone.start
            raise CellError(lone.code, f"{lone.hint}; or give such starts a length with "
                            "minutes = 120 (say) under [fields.end], or end each as the next "
                            "session starts with until_next = true there") from None
    return start_of


def range_end_moment(order: convert.DateOrder, *, told: bool) -> Parser:
    """The end of a datetime range; None when unreadable and `told`, as reading the start
    reports it. An end giving `values` of its own may read a cell otherwise (a day they
    leave out): such a cell's error is the end's to report."""
    def end_of(cell: Any) -> convert.Moment | None:
        try:
            return convert.parse_datetime_range(cell, order)[1]
        except CellError:
            if told:
                return None
            raise
    return end_of


def range_end(read: Callable[[Any], tuple[dt.time, dt.time]]) -> Parser:
    """The end of a range; None when unreadable, as reading the start reports the cell."""
    def end_of(cell: Any) -> dt.time | None:
        try:
            return read(cell)[1]
        except CellError:
            return None
    return end_of
