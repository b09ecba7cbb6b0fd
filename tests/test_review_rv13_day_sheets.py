"""A workbook's tab named as a day label holding its date ('Tag 1 (15. Juli 2026)') gives
that date, as a date cell written so does; such tabs named no day."""

from __future__ import annotations

import pytest

from importer._day_sheets import sheet_day


@pytest.mark.parametrize(("name", "day"), [
    ("Day 1 (15 July 2026)", "15 July 2026"), ("Tag 1 (15. Juli 2026)", "15 July 2026"),
    ("Dzień 2 (16 lipca 2026)", "16 July 2026"), ("Día 2 (16 julio 2026)", "16 July 2026"),
    ("Jour 3 - 17 juillet 2026", "17 July 2026"), ("Day One (15 July 2026)", "15 July 2026"),
    ("Wednesday 15th July 2026 – Day 1", "15 July 2026"), ("Sessions", "None"), ("Day 1", "None"),
])
def test_a_tab_named_as_a_day_label_gives_its_date(name: str, day: str) -> None:
    assert str(sheet_day(name)) == day
