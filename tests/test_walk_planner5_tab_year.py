"""A workbook of one tab per day named 'Mon 11 May', 'Tue 12 May', with no year anywhere:
the draft asked for the year, which the weekdays in the names already tell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer._day_sheets import sheet_day, year_of_weekdays
from importer.draft import draft_mapping
from tests.test_load import write_xlsx

TODAY = dt.date(2026, 11, 27)


def _tab_name(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _workbook(tmp_path: Path, first: dt.date) -> Path:
    def tab(day: dt.date) -> list[list[object]]:
        return [["Time", "Session", "Room"], ["9:00 - 10:30", f"Talk on {day}", "Hall"],
                ["11:00 - 12:00", f"Panel on {day}", "Hall"]]

    days = [first + dt.timedelta(days) for days in range(2)]
    return write_xlsx(tmp_path / "days.xlsx", {_tab_name(day): tab(day) for day in days})


def test_the_draft_gives_the_year_the_weekdays_name(tmp_path: Path) -> None:
    """A date's weekday differs in each of four years running: one of them fits."""
    first = dt.date(dt.date.today().year + 1, 5, 11)
    draft = draft_mapping(_workbook(tmp_path, first))
    assert draft.missing == []
    assert (f"year = {first.year}   # the year of tabs named without one: "
            f"{_tab_name(first)!r} falls on its weekday in {first.year}; check it is the "
            "programme's\n") in draft.text


def test_the_year_is_from_last_year_to_two_years_on() -> None:
    days = [sheet_day(name) for name in ("Mon 11 May", "Tue 12 May")]
    assert year_of_weekdays(filter(None, days), TODAY) == 2026
    assert year_of_weekdays(filter(None, days), dt.date(2030, 1, 1)) is None  # 2037 is next
    # Days that disagree, or no weekday named, give none.
    assert year_of_weekdays(filter(None, [sheet_day("Mon 11 May"),
                                          sheet_day("Mon 12 May")]), TODAY) is None
    assert year_of_weekdays(filter(None, [sheet_day("11 May")]), TODAY) is None
    assert year_of_weekdays(filter(None, [sheet_day("Tue 29 Feb")]), TODAY) == 2028


def test_a_workbook_whose_weekdays_fit_no_near_year_still_asks(tmp_path: Path) -> None:
    """'Mon 11 May' and 'Tue 12 May' of a programme past: 2020, five years before any the
    draft would offer."""
    path = write_xlsx(tmp_path / "old.xlsx", {
        "Mon 11 May": [["Time", "Session"], ["9:00 - 10:00", "A"], ["10:00 - 11:00", "B"]],
        "Mon 12 May": [["Time", "Session"], ["9:00 - 10:00", "C"], ["10:00 - 11:00", "D"]]})
    draft = draft_mapping(path)
    assert draft.missing == ["start"]
    assert 'year = "FILL IN"   # the year of tabs named without one\n' in draft.text
