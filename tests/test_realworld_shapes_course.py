"""Shapes of real programmes kept as a site's data file: a German seminar's sessions with
their days written as day and month alone ('14.11').
Invented data of the same shape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_load import write_bytes

SEMINAR = ("session,date,time,title,image\n"
           "1,14.11,14:15-15:45,Einleitung: Was ist KI?,robot-hand.jpg\n"
           "2,14.11,16:15-17:45,KI aus ethischer Sicht,robot-bench.jpg\n"
           "3,15.11.,10:15-11:45,Daten in der Religionswissenschaft,\n")


def test_days_written_with_dots_and_no_year_are_drafted_as_dates_lacking_it(
        tmp_path: Path) -> None:
    """'14.11' was said to be no date at all ("'date' holds no dates"), with a values hint
    of 'YYYY-MM-DD' for each, while 'May 11' is said to lack its year and gets its month and
    day filled in."""
    text = draft_mapping(write_bytes(tmp_path, "sessions.csv", SEMINAR.encode())).text
    assert re.findall(r"^# 'date'.*$", text, re.M) == [
        "# 'date' gives its dates without the year ('14.11'): write it into its cells "
        "(14.11.2027), or give each its date under [fields.start]: values = { "
        '"14.11" = "YYYY-11-14", "15.11." = "YYYY-11-15" }']


@pytest.mark.parametrize("cells", [("14.30", "15.45"), ("31.11", "32.11")])
def test_numbers_with_dots_that_are_no_day_and_month_are_still_no_dates(
        tmp_path: Path, cells: tuple[str, str]) -> None:
    sheet = ("date,time,title\n" + "".join(f"{cell},09:00-10:00,Talk\n" for cell in cells))
    text = draft_mapping(write_bytes(tmp_path, "sessions.csv", sheet.encode())).text
    assert [line.split(":")[0] for line in re.findall(r"^# 'date'.*$", text, re.M)] == [
        "# 'date' holds no dates. Give each its date under [fields.start]"]

