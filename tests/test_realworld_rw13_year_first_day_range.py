"""A Japanese user group's list of its events, each on its day, year first with dots
(`2014.3.15`), one over two days writing its last day alone (`2013.3.15-16`):
jaws-ug/jaws-ug.jp, `_data/events.csv`. The draft said nothing of that cell, and validate
refused it as a date and time to write like `5/11/2027 10:00 AM`, though the column holds
days alone. It is now read as a range of days: the draft names it, and validate says which
days it spans and how to give an event over several days. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from tests.test_validate import write_csv

HEADER = ["name", "url", "cover", "date"]
ROWS = [
    ["JAWS DAYS 2013", "https://jawsdays2013.jaws-ug.jp/", "jawsdays2013.png", "2013.3.15-16"],
    ["JAWS DAYS 2014", "https://jawsdays2014.jaws-ug.jp/", "jawsdays2014.png", "2014.3.15"],
    ["JAWS FESTA 東海道 2016", "https://jft2016.jaws-ug.jp/", "jawsfesta2016.png", "2016.10.22"],
]


@pytest.mark.parametrize("cell", ["2013.3.15-16", "2013/3/15~16", "2013/03/15 - 16"])
def test_a_year_first_range_writing_its_last_day_alone_is_a_range_of_days(cell: str) -> None:
    with pytest.raises(convert.DayRange) as refused:
        convert.parse_date(cell, "month-first")
    assert "it is a range of days, 2013-03-15 to 2013-03-16;" in refused.value.hint


def test_a_year_first_date_alone_still_reads_as_its_day() -> None:
    assert convert.parse_date("2014.3.15", "month-first").isoformat() == "2014-03-15"


def test_the_draft_names_the_range_among_the_days(tmp_path: Path) -> None:
    draft = draft_mapping(write_csv(tmp_path, HEADER, ROWS, name="events.csv")).text
    assert "# 'date' has '2013.3.15-16', a range of days" in draft


def test_one_range_among_many_days_is_named_too(tmp_path: Path) -> None:
    days = [[f"JAWS DAYS {year}", "", "", f"{year}.3.{day}"]
            for year, day in ((2014, 15), (2015, 22), (2016, 12), (2017, 11))]
    sheet = write_csv(tmp_path, HEADER, [ROWS[0], *days, *ROWS[1:]], name="events.csv")
    draft = draft_mapping(sheet).text
    assert "# 'date' has '2013.3.15-16', a range of days" in draft
    assert 'column = "date"\n\n[fields.end]\n# the same column' in draft
