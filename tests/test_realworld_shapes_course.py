"""Shapes of real programmes kept as a site's data file: a German seminar's sessions with
their days written as day and month alone ('14.11'), and its picture for each session
named by its file name ('robot-hand.jpg'), kept in the site's own folder. Invented data of
the same shape."""

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


def test_an_image_column_of_file_names_says_where_plan_and_run_look_for_them(
        tmp_path: Path) -> None:
    """The draft mapped the photo column with no word, and each row whose photo was not
    beside the sheet was invalid at the first run (image-not-found), so its session was
    never made."""
    text = draft_mapping(write_bytes(tmp_path, "sessions.csv", SEMINAR.encode())).text
    assert re.findall(r"^\[fields\.image\]\n(?:#.*\n)*column = .*$", text, re.M) == [
        "[fields.image]\n"
        "# cells name image files ('robot-hand.jpg'): plan and run read each from the "
        "sheet's folder (or the path written, from there), and a row whose file is not there "
        "is invalid and not sent. Put the images there, or take this table out\n"
        'column = "image"']


def test_an_image_column_of_addresses_has_no_such_note(tmp_path: Path) -> None:
    sheet = ("date,time,title,image\n"
             "2027-05-11,09:00-10:00,Talk,https://example.org/a.jpg\n")
    text = draft_mapping(write_bytes(tmp_path, "sessions.csv", sheet.encode())).text
    assert re.findall(r"^\[fields\.image\]\n(?:#.*\n)*column = .*$", text, re.M) == [
        '[fields.image]\ncolumn = "image"']
