"""'Weds', as British programmes shorten Wednesday ('Weds 15 July 2026'): read as the day
name, agreeing with the date or told it does not, as 'Wed' is. It was no day name, so the
date was refused as not a date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.convert import CellError, parse_date
from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv


def _written(cell: str) -> dt.date | tuple[str, str]:
    try:
        return parse_date(cell, "day-first")
    except CellError as error:
        return error.code, error.hint


def test_weds_reads_as_wednesday_before_a_date() -> None:
    assert [_written(cell) for cell in [
        "Weds 15 July 2026", "Weds, 15/07/2026", "WEDS. 15 Jul 2026", "Weds 16 July 2026"]] == [
        dt.date(2026, 7, 15), dt.date(2026, 7, 15), dt.date(2026, 7, 15),
        ("bad-date", "July 16, 2026 is a Thursday, not a Wednesday; fix the day name or the "
                     "date")]


def test_a_day_column_of_weds_without_the_year_is_drafted_as_lacking_only_it(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Day", "Time", "Session"], ["Weds 15 July", "9:00 - 10:30", "Opening"],
        ["Thurs 16 July", "9:00 - 10:30", "Keynote"]])
    assert ("# 'Day' gives its dates without the year ('Weds 15 July'): write it into its "
            "cells (Weds 15 July 2027), or give each its date under [fields.start]: values = "
            '{ "Weds 15 July" = "YYYY-07-15", "Thurs 16 July" = "YYYY-07-16" }'
            in draft_mapping(sheet).text.splitlines())
