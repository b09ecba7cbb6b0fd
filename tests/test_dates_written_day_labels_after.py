"""A day label written after its date (`Wednesday, 15 July 2026 (Day 1)`), or before it with
a comma or a bar (`Day 1, 15 July 2026`, `Day 1 | 15 July 2026`), as programmes write their
days: read as the date, as `Day 1 (15 July 2026)` is. They were refused as no date."""

from __future__ import annotations

import datetime as dt

from importer.convert import CellError, parse_date

NOT_A_DATE = ("bad-date", "write the date like 11/5/2027 (11 May) or 2027-05-11")


def _written(cell: str) -> dt.date | tuple[str, str]:
    try:
        return parse_date(cell, "day-first")
    except CellError as error:
        return error.code, error.hint


def test_a_label_after_its_date_or_after_a_comma_or_bar_is_read() -> None:
    cells = ["Wednesday, 15 July 2026 (Day 1)", "16/07/2026 (Day 2)", "Freitag, 17. Juli 2026 "
             "[Tag 3]", "Day 4, 18 July 2026", "Day 5 | Sunday 19 July 2026"]
    assert [_written(cell) for cell in cells] == [
        dt.date(2026, 7, 15), dt.date(2026, 7, 16), dt.date(2026, 7, 17),
        dt.date(2026, 7, 18), dt.date(2026, 7, 19)]


def test_a_label_with_no_date_or_two_labels_is_refused_as_before() -> None:
    cells = ["(Day 1)", "Day 1, 2", "15 July 2026 (Day 1) (Day 2)", "Day 1 (Day 2)",
             "15 July 2026 (Day 1), 16 July 2026"]
    assert [_written(cell) for cell in cells] == [NOT_A_DATE] * len(cells)
