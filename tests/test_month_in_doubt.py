"""listopad (October in Croatian, November in Czech and Polish) in a date column whose other
month and day names do not tell its language: read by a day name beside the date that only
one reading falls on, else by the timezone, and refused only where neither tells."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_small_mends10 import _starts
from tests.test_validate import utc, write_csv


@pytest.mark.parametrize("timezone", ["Europe/Warsaw", "Europe/Prague", "Europe/Bratislava"])
def test_listopada_alone_under_a_polish_or_czech_zone_is_november(
        tmp_path: Path, timezone: str) -> None:
    """Such a column was refused on every row, though it is how a Polish sheet writes dates."""
    starts, issues = _starts(["15 listopada 2027", "16 listopada 2027"], tmp_path, timezone)
    assert (starts, issues) == ([utc(2027, 11, 15, 9), utc(2027, 11, 16, 9)], [])


@pytest.mark.parametrize("timezone", ["Europe/Zagreb", "Europe/Sarajevo", "Europe/Belgrade"])
def test_listopada_alone_under_a_croatian_or_serbian_zone_is_october(
        tmp_path: Path, timezone: str) -> None:
    starts, issues = _starts(["15. listopada 2027.", "Listopad 31, 2027"], tmp_path, timezone)
    assert (starts, issues) == ([utc(2027, 10, 15, 8), utc(2027, 10, 31, 9)], [])


def test_a_day_name_only_one_reading_falls_on_tells_the_month(tmp_path: Path) -> None:
    """15 October 2027 is a Friday, 15 November a Monday: the Friday settles the column, the
    cell without a day name with it."""
    starts, issues = _starts(["Friday, 15 listopada 2027", "16 listopada 2027"], tmp_path)
    assert (starts, issues) == ([utc(2027, 10, 15, 10), utc(2027, 10, 16, 10)], [])
    starts, issues = _starts(["15 listopada 2027 (Mon)", "16 listopada 2027"], tmp_path)
    assert (starts, issues) == ([utc(2027, 11, 15, 10), utc(2027, 11, 16, 10)], [])


def test_the_column_s_words_come_before_the_timezone(tmp_path: Path) -> None:
    """A Polish column read in Zagreb's clock (a Polish team's event in Croatia) is still
    Polish: its month in doubt is November."""
    starts, issues = _starts(["15 listopada 2027", "2 grudnia 2027"], tmp_path,
                             "Europe/Zagreb")
    assert (starts, issues) == ([utc(2027, 11, 15, 9), utc(2027, 12, 2, 9)], [])


def test_listopada_told_by_nothing_is_refused_saying_how_to_settle_it(tmp_path: Path) -> None:
    starts, issues = _starts(["15 listopada 2027", "2027-11-16"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([None, utc(2027, 11, 16, 9)], [(
        2, "bad-date", "Row 2: 'Date' has '15 listopada 2027': listopad is October in "
                       "Croatian but November in Czech and Polish, and neither the column's "
                       "other month and day names nor the timezone says which language it is "
                       "in: set timezone to the event's place (Europe/Zagreb reads it as "
                       "October, Europe/Warsaw as November), or write the date with its month "
                       "as a number, 2027-10-15 for October or 2027-11-15 for November.")])


def test_a_draft_does_not_tell_of_listopada_a_day_name_settles(tmp_path: Path) -> None:
    told = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Room"], [
        ["Talk", "Friday, 15 listopada 2027", "10:00", "11:00", "A"]], name="told.csv")
    untold = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Room"], [
        ["Talk", "15 listopada 2027", "10:00", "11:00", "A"]], name="untold.csv")
    assert [line for line in draft_mapping(told).text.splitlines() if "'Date'" in line] == []
    assert [line for line in draft_mapping(untold).text.splitlines() if "'Date'" in line] == [
        "# 'Date' has '15 listopada 2027': listopad is October in Croatian but November in "
        "Czech and Polish, and neither the column's other month and day names nor the "
        "timezone says which language it is in; set timezone to the event's place "
        "(Europe/Zagreb reads it as October, Europe/Warsaw as November), or write its dates "
        "with the month as a number (validate names the rows)"]
