"""Cell parsers, one table per parser: accepted forms and the issue code for bad ones."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from importer import convert, descriptions, zones
from importer.convert import CellError
from importer.errors import ConfigError

D = dt.date


@pytest.mark.parametrize(
    ("cell", "offset_minutes"),
    [
        ("2027-05-11 10:00:00 UTC", 0),  # as Ruby and many databases write a UTC time
        ("2027-05-11 10:00:00 +0200", 120),
        ("Tue, 11 May 2027 10:00:00 +0200", 120),  # RFC 2822, as e-mail and feeds write it
        ("May 11, 2027 10:00 AM (GMT-04:00)", -240),
        ("5/11/2027 10:00 AM GMT+2", 120),
        ("5/11/2027 10:00 Z", 0),
        ("2027-05-11 10:00 +05:30", 330),  # India: half an hour counts
    ],
)
def test_parse_datetime_reads_utc_or_an_offset_after_the_time(cell: str,
                                                              offset_minutes: int) -> None:
    offset = dt.timezone(dt.timedelta(minutes=offset_minutes))
    assert convert.parse_datetime(cell, "month-first") == (D(2027, 5, 11), T(10, tzinfo=offset))


@pytest.mark.parametrize(("parse", "cell", "code", "hint"), [
    (lambda c: convert.parse_datetime(c, "month-first"), "05/11/2027 10:00 AM EDT",
     "bad-datetime",
     "'EDT' is a time zone, which gbimport cannot read (an abbreviation can stand for several "
     "zones; UTC or an offset such as -04:00 after a date and time is read): remove it from "
     "the cells and give the sheet's zone once, as timezone = \"America/New_York\" (say) in "
     "the mapping or --timezone"),
    (lambda c: convert.parse_datetime(c, "month-first"), "May 11, 2027 9:00 AM (PDT)",
     "bad-datetime", "'PDT' is a time zone, which gbimport cannot read (an abbreviation"),
    (convert.parse_time, "10:00 am ET", "bad-time",
     "'ET' is a time zone, which gbimport cannot read in a time cell: remove it from the cells "
     "and give the sheet's zone once, as timezone = \"America/New_York\" (say) in the mapping "
     "or --timezone"),
    # A word that is no zone keeps the usual hint.
    (lambda c: convert.parse_datetime(c, "month-first"), "5/11/2027 10:00 Room", "bad-datetime",
     "write it like 5/11/2027 10:00 AM or 2027-05-11 10:00"),
    (convert.parse_time, "10:00 xyz", "bad-time", "write the time like 10:00 AM"),
    # PM after a 24-hour time is no zone; nor is a zone read without a time, or an offset
    # of more than a day.
    (convert.parse_time, "13:00 PM", "bad-time", "13 is not an hour on a 12-hour clock"),
    (lambda c: convert.parse_datetime(c, "month-first"), "5/11/2027 13:00 PM", "bad-datetime",
     "write it like 5/11/2027 10:00 AM or 2027-05-11 10:00"),
    (lambda c: convert.parse_datetime(c, "month-first"), "2027-05-11 UTC", "bad-datetime",
     "'UTC' is a time zone, which gbimport cannot read (an abbreviation"),
    (lambda c: convert.parse_datetime(c, "month-first"), "5/11/2027 10:00 +25", "bad-datetime",
     "'+25' is a time zone, which gbimport cannot read (an abbreviation"),
])
def test_a_zone_abbreviation_after_the_time_says_where_the_zone_goes(
        parse: Any, cell: str, code: str, hint: str) -> None:
    with pytest.raises(CellError) as caught:
        parse(cell)
    assert (caught.value.code, caught.value.hint[:len(hint)]) == (code, hint)


T = dt.time


@pytest.mark.parametrize(
    ("cell", "order", "expected"),
    [
        ("5/11/2027", "month-first", D(2027, 5, 11)),
        ("5/11/2027", "day-first", D(2027, 11, 5)),
        ("11.5.2027", "day-first", D(2027, 5, 11)),
        ("5/11/27", "month-first", D(2027, 5, 11)),
        ("5/11/1927", "month-first", D(1927, 5, 11)),  # four digits: the year as written
        ("11/5/1900", "day-first", D(1900, 5, 11)),
        ("2027-05-11", "month-first", D(2027, 5, 11)),
        ("2027-05-11", "day-first", D(2027, 5, 11)),
        ("2027-05-11 00:00:00", "day-first", D(2027, 5, 11)),
        # ISO's basic form, as text or as a number cell a `yyyymmdd` habit leaves.
        ("20270511", "month-first", D(2027, 5, 11)),
        (20270511, "day-first", D(2027, 5, 11)),
        ("19991231", "month-first", D(1999, 12, 31)),
        # The year first, month and day unpadded: Japanese and Chinese Excel's yyyy/m/d.
        ("2027/5/6", "month-first", D(2027, 5, 6)),
        ("2027/11/3", "day-first", D(2027, 11, 3)),
        ("2027.5.6", "day-first", D(2027, 5, 6)),
        ("2027-5-6", "month-first", D(2027, 5, 6)),
        ("May 11, 2027", "day-first", D(2027, 5, 11)),
        ("11 May 2027", "month-first", D(2027, 5, 11)),
        ("Tuesday, 11 May 2027", "month-first", D(2027, 5, 11)),
        ("Tue 11 May 2027", "day-first", D(2027, 5, 11)),
        ("11-May-27", "month-first", D(2027, 5, 11)),
        ("11-May-2027", "day-first", D(2027, 5, 11)),
        ("Tue 5/11/2027", "month-first", D(2027, 5, 11)),
        ("Tues. May 11, 2027", "month-first", D(2027, 5, 11)),
        ("Tu, 11/05/2027", "day-first", D(2027, 5, 11)),
        ("11th May 2027", "month-first", D(2027, 5, 11)),
        ("May 1st, 2027", "day-first", D(2027, 5, 1)),
        ("Thursday 13th May 2027", "month-first", D(2027, 5, 13)),
        ("the 11th of May, 2027", "month-first", D(2027, 5, 11)),
        # Month and day names as a spreadsheet in another language exports them.
        ("mardi 11 mai 2027", "day-first", D(2027, 5, 11)),
        ("1er déc. 2027", "day-first", D(2027, 12, 1)),
        ("Dienstag, 11. Mai 2027", "day-first", D(2027, 5, 11)),
        ("martes, 11 de mayo de 2027", "day-first", D(2027, 5, 11)),
        ("martedì 11 maggio 2027", "day-first", D(2027, 5, 11)),
        ("terça-feira, 11 de maio de 2027", "day-first", D(2027, 5, 11)),
        ("dinsdag 11 mei 2027", "day-first", D(2027, 5, 11)),
        # Their short day names, as a `ddd` format exports them; "mar" alone is still March.
        ("mar. 11 mai 2027", "day-first", D(2027, 5, 11)),
        ("Di., 11.05.2027", "day-first", D(2027, 5, 11)),
        ("mié 12 may 2027", "day-first", D(2027, 5, 12)),
        ("Do 13. Mai 2027", "day-first", D(2027, 5, 13)),
        ("sáb 15 de mayo de 2027", "day-first", D(2027, 5, 15)),
        ("dim. 16 mai 2027", "day-first", D(2027, 5, 16)),
        ("mar 11, 2027", "day-first", D(2027, 3, 11)),
        (dt.datetime(2027, 5, 11, 0, 0), "day-first", D(2027, 5, 11)),
        (D(2027, 5, 11), "month-first", D(2027, 5, 11)),
    ],
)
def test_parse_date_accepts(cell: Any, order: convert.DateOrder, expected: dt.date) -> None:
    assert convert.parse_date(cell, order) == expected


@pytest.mark.parametrize("week", [
    "lun. mar. mer. jeu. ven. sam. dim.",  # French
    "Mo Di Mi Do Fr Sa So",  # German
    "lun mar mié jue vie sáb dom",  # Spanish
    "lun mar mie jue vie sab dom",  # Spanish typed without accents
    "lun mar mer gio ven sab dom",  # Italian
    "seg ter qua qui sex sáb dom",  # Portuguese
    "ma di wo do vr za zo",  # Dutch
])
def test_every_short_day_name_of_a_week_is_its_own_day(week: str) -> None:
    """Monday 10 May 2027 to Sunday 16 May, as a `ddd dd.mm.yy` format writes the week."""
    assert [convert.parse_date(f"{name} {day}.05.27", "day-first")
            for day, name in enumerate(week.split(), start=10)] == [
        D(2027, 5, day) for day in range(10, 17)]


@pytest.mark.parametrize("cell", [46518, 46518.0, "46518"])
def test_a_day_count_in_a_date_column_says_which_date_it_would_be(cell: Any) -> None:
    """A date cell whose format was cleared shows (and a CSV exports) Excel's day count."""
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert (caught.value.code, caught.value.hint) == (
        "bad-date", "it is a number; if the cell is a date whose date format was lost, it is "
        "2027-05-11 (Excel counts days from 1900): format the column as a date (Excel: Format "
        "Cells > Date), or write the date like 5/11/2027 (May 11) or 2027-05-11")


@pytest.mark.parametrize("cell", [2027, "12345", "99999"])
def test_a_number_that_is_no_recent_day_count_is_only_not_a_date(cell: Any) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert caught.value.hint == "write the date like 5/11/2027 (May 11) or 2027-05-11"


@pytest.mark.parametrize(
    ("cell", "order", "hint_part"),
    [
        ("5/32/2027", "month-first", "5/11/2027"),
        ("13/05/2027", "month-first", "only a valid date read day-first"),
        ("05/13/2027", "day-first", "only a valid date read month-first"),
        ("next tuesday", "month-first", "2027-05-11"),
        ("2027-02-30", "month-first", "2027-05-11"),
        ("May 11", "month-first", "the date has no year"),
        ("Tue 5/11", "month-first", "the date has no year"),
        ("11 May", "day-first", "the date has no year"),
        ("Wed 5/11/2027", "month-first",
         "May 11, 2027 is a Tuesday, not a Wednesday; fix the day name or the date"),
        ("Monday, 11 May 2027", "day-first", "is a Tuesday, not a Monday"),
        ("Mittwoch, 11. Mai 2027", "day-first", "is a Tuesday, not a Wednesday"),
        ("Mi. 11.05.2027", "day-first", "is a Tuesday, not a Wednesday"),
        ("jeu. 11 mai", "day-first", "the date has no year"),
        ("11 mai", "day-first", "the date has no year"),
        ("May 2027", "month-first", "write the date like"),
        ("5/6/7", "month-first", "write the date like"),  # a year of one digit is no year
        # Eight digits not starting with a year: day-first or month-first, or a typo.
        ("11052027", "day-first", "write the date like 11/5/2027 (11 May) or 2027-05-11"),
        ("05112027", "month-first", "write the date like 5/11/2027 (May 11) or 2027-05-11"),
        ("20271305", "month-first", "write the date like"),
        ("20270230", "month-first", "write the date like"),
        ("Feb 29, 2027", "month-first", "write the date like"),
        # Read month-first this is Friday 5 November; its day name says the sheet is day-first.
        ("Tue 11/5/2027", "month-first",
         'read day-first it is Tuesday, May 11, so the sheet may write dates day-first: '
         'set date_order = "day-first"'),
    ],
)
def test_parse_date_rejects(cell: str, order: convert.DateOrder, hint_part: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, order)
    assert caught.value.code == "bad-date"
    assert hint_part in caught.value.hint


EARLY_YEAR_HINT = ("the year is {:04d}, and Guidebook holds no dates before 1900; check the "
                   "year and write all four digits, like 2027")


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        # Leading zeros make four digits: not the two-digit 27 that would be 2027.
        ("5/11/0027", 27), ("5/11/027", 27), ("0027-05-11", 27), ("11 May 0027", 27),
        ("Tue 5/11/0027", 27), ("5/11/1899", 1899), (D(1899, 12, 30), 1899),
        (dt.datetime(1899, 12, 30, 9, 0), 1899),
    ],
)
def test_parse_date_refuses_years_before_1900(cell: Any, year: int) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert (caught.value.code, caught.value.hint) == ("bad-date", EARLY_YEAR_HINT.format(year))


@pytest.mark.parametrize(
    ("cell", "year"),
    [("5/11/0027 10:00 AM", 27), ("0027-05-11T10:00", 27), ("0027-05-11", 27),
     ("11 May 0027 9am", 27), (dt.datetime(1899, 12, 30, 9, 0), 1899)],
)
def test_parse_datetime_refuses_years_before_1900(cell: Any, year: int) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_datetime(cell, "month-first")
    assert (caught.value.code, caught.value.hint) == ("bad-datetime",
                                                      EARLY_YEAR_HINT.format(year))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("10:00 AM", T(10)),
        ("10:00 am", T(10)),
        ("10am", T(10)),
        ("10 a.m.", T(10)),
        ("12:30 PM", T(12, 30)),
        ("12:15 AM", T(0, 15)),
        ("10:00", T(10)),
        ("22:15", T(22, 15)),
        ("9:30", T(9, 30)),
        ("10.30", T(10, 30)),
        ("10:00:30", T(10, 0, 30)),
        ("noon", T(12)),
        ("0930", T(9, 30)),
        ("2215", T(22, 15)),
        ("Midnight", T(0)),
        ("9h", T(9)),  # French: the 24-hour clock's "h" makes a bare hour a time
        ("14h", T(14)),
        ("9 h 30", T(9, 30)),
        ("10 Uhr", T(10)),  # German
        ("09:00 Uhr", T(9)),
        ("0930 hrs", T(9, 30)),  # India's and the military's 24-hour clock
        ("1400hrs", T(14)),
        ("14:30 hrs", T(14, 30)),
        ("0930 hours", T(9, 30)),
        ("14:30 hours", T(14, 30)),
        ("8:00～", T(8)),  # a start written open-ended, "from 8:00", as Japanese sheets do
        ("17:30~", T(17, 30)),
        ("午後2時〜", T(14)),
        (T(14, 5), T(14, 5)),
        (dt.datetime(1899, 12, 30, 9, 15), T(9, 15)),
        (0.5, T(12)),
    ],
)
def test_parse_time_accepts(cell: Any, expected: dt.time) -> None:
    assert convert.parse_time(cell) == expected


@pytest.mark.parametrize(
    "cell", ["25:00", "10", "13 PM", "10:75", "soon", "0 am", "2460", "12345", "24h",
             "13h pm", "9 hours", "2 hrs",  # hours alone: a duration in the wrong column
             "~", "10～"]
)
def test_parse_time_rejects(cell: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_time(cell)
    assert caught.value.code == "bad-time"


# A workbook cell formatted [h]:mm arrives from calamine as a timedelta.
@pytest.mark.parametrize(
    ("cell", "expected"),
    [(dt.timedelta(hours=9, minutes=15), T(9, 15)), (dt.timedelta(0), T(0)),
     (dt.timedelta(hours=23, minutes=59, seconds=30), T(23, 59, 30))],
)
def test_parse_time_reads_an_elapsed_time_under_a_day(cell: dt.timedelta,
                                                      expected: dt.time) -> None:
    assert convert.parse_time(cell) == expected


@pytest.mark.parametrize(
    ("cell", "hint"),
    [
        (dt.timedelta(hours=24, minutes=30),
         "24:30 is past midnight; write it as 0:30 and put the next day in an end-date column "
         "('End Date (Optional)' in the template)"),
        ("25:15",
         "25:15 is past midnight; write it as 1:15 and put the next day in an end-date column "
         "('End Date (Optional)' in the template)"),
        (dt.timedelta(hours=50), convert.TIME_HINT),
        (dt.timedelta(minutes=-30), convert.TIME_HINT),
    ],
)
def test_parse_time_says_a_time_past_midnight_needs_the_next_day(cell: Any, hint: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_time(cell)
    assert (caught.value.code, caught.value.hint) == ("bad-time", hint)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        # As Excel shows an [h]:mm cell, not as Python does ("1 day, 0:30:00").
        (dt.timedelta(hours=24, minutes=30), "24:30"),
        (dt.timedelta(hours=9, minutes=5), "9:05"),
        (dt.timedelta(hours=49, minutes=5, seconds=7), "49:05:07"),
        (dt.timedelta(minutes=-30), "-0:30"),
        (2.0, "2"), (" Room A ", "Room A"), ("  ", None), (None, None), (float("nan"), None),
    ],
)
def test_cell_text(cell: Any, text: str | None) -> None:
    assert convert.cell_text(cell) == text


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("5/11/2027 10:00 AM", (D(2027, 5, 11), T(10))),
        ("5/11/2027 14:30", (D(2027, 5, 11), T(14, 30))),
        ("2027-05-11T10:00", (D(2027, 5, 11), T(10))),
        ("2027-05-11 10:00", (D(2027, 5, 11), T(10))),
        ("2027-05-11", (D(2027, 5, 11), None)),
        ("5/11/2027", (D(2027, 5, 11), None)),
        ("May 11, 2027 10:00 AM", (D(2027, 5, 11), T(10))),
        ("Tuesday, 11 May 2027 14:30", (D(2027, 5, 11), T(14, 30))),
        ("11-May-27 9am", (D(2027, 5, 11), T(9))),
        ("20270511 09:30", (D(2027, 5, 11), T(9, 30))),
        (20270511, (D(2027, 5, 11), None)),
        ("11 May 2027", (D(2027, 5, 11), None)),  # the year is not read as 20:27
        ("Tue 5/11/2027 9am", (D(2027, 5, 11), T(9))),
        ("mardi 11 mai 2027 14h30", (D(2027, 5, 11), T(14, 30))),
        # Long forms with a joiner, and macOS's narrow no-break space before AM.
        ("5/11/2027, 9:00\u202fAM", (D(2027, 5, 11), T(9))),
        ("Tuesday, May 11, 2027 at 9:00 AM", (D(2027, 5, 11), T(9))),
        ("mardi 11 mai 2027 à 14h30", (D(2027, 5, 11), T(14, 30))),
        ("Di. 11. Mai 2027 14:30", (D(2027, 5, 11), T(14, 30))),
        ("11 de mayo de 2027 a las 10:00", (D(2027, 5, 11), T(10))),
        ("Dienstag, 11. Mai 2027 9 Uhr", (D(2027, 5, 11), T(9))),
        # With an offset, as other systems export: an instant, its time kept aware.
        ("2027-05-11T14:00:00Z", (D(2027, 5, 11), T(14, tzinfo=dt.UTC))),
        ("2027-05-11T09:00:00.000-05:00",
         (D(2027, 5, 11), T(9, tzinfo=dt.timezone(dt.timedelta(hours=-5))))),
        (dt.datetime(2027, 5, 11, 10), (D(2027, 5, 11), T(10))),
        (D(2027, 5, 11), (D(2027, 5, 11), None)),
    ],
)
def test_parse_datetime_accepts(cell: Any, expected: tuple[dt.date, dt.time | None]) -> None:
    assert convert.parse_datetime(cell, "month-first") == expected


@pytest.mark.parametrize("cell", ["soon", "5/11/2027 30:00", "13/11/2027 10:00",
                                  "2027-05-11T25:00+02:00", "10:00 AM", "May 11 10:00"])
def test_parse_datetime_rejects(cell: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_datetime(cell, "month-first")
    assert caught.value.code == "bad-datetime"


def test_parse_datetime_says_when_the_day_name_disagrees_with_the_date() -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_datetime("Wed 5/11/2027 9:00 AM", "month-first")
    assert caught.value.code == "bad-datetime"
    assert caught.value.hint == (
        "May 11, 2027 is a Tuesday, not a Wednesday; fix the day name or the date")


def test_parse_datetime_says_when_the_other_date_order_would_read_it() -> None:
    with pytest.raises(CellError, match="only a valid date read day-first"):
        convert.parse_datetime("13/11/2027 10:00", "month-first")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("9:00 - 10:30", (T(9), T(10, 30))),
        ("9:00-10:30", (T(9), T(10, 30))),
        ("14h-15h30", (T(14), T(15, 30))),
        ("9-10h30", (T(9), T(10, 30))),  # the start takes the end's "h"
        ("9 - 11 Uhr", (T(9), T(11))),
        ("9–10:30am", (T(9), T(10, 30))),
        ("9:00 AM — 10:30 AM", (T(9), T(10, 30))),
        ("2:00 - 3:30 PM", (T(14), T(15, 30))),
        ("11:30 to 1pm", (T(11, 30), T(13))),  # the start cannot be 11:30 PM
        ("10pm-11pm", (T(22), T(23))),
        ("14:00 – 15:30", (T(14), T(15, 30))),
        ("9.30 until 10.15", (T(9, 30), T(10, 15))),
        # "to" in German, French and Dutch; a minus sign or a hyphen pasted from a document.
        ("9:00 bis 10:30 Uhr", (T(9), T(10, 30))), ("9h à 10h30", (T(9), T(10, 30))),
        ("9.00 tot 10.30", (T(9), T(10, 30))), ("9:00 − 10:30", (T(9), T(10, 30))),
        ("9:00‐10:30", (T(9), T(10, 30))), ("9:00\u201110:30", (T(9), T(10, 30))),
        # The end takes the start's am/pm, or the other where that puts it after the start;
        # one after the start as written, or on the 24-hour clock, is read as written.
        ("2:30 PM - 3:30", (T(14, 30), T(15, 30))), ("11:30 AM - 1:00", (T(11, 30), T(13))),
        ("午後2：30～3：30", (T(14, 30), T(15, 30))), ("9:00 AM - 12:30", (T(9), T(12, 30))),
        ("10:30 PM - 1:00", (T(22, 30), T(1))), ("9:00 AM - 13:00", (T(9), T(13))),
        ("8 PM - 9h", (T(20), T(9))),
        # A bare hour for the end after a start with am/pm. No longer than 8 hours is read
        # into a half of the day not written: 9:30 AM - 9:15 is a typo, not a 12-hour talk.
        ("9 AM - 5", (T(9), T(17))), ("10 AM - 11", (T(10), T(11))),
        ("12 PM - 1", (T(12), T(13))), ("9:30 AM - 9:15", (T(9, 30), T(9, 15))),
        ("8 AM - 6", (T(8), T(6))),
        # "from" before it; Spanish "a" between (9 a alone is 9 am, so tried last).
        ("de 9h à 10h30", (T(9), T(10, 30))), ("von 9 bis 10 Uhr", (T(9), T(10))),
        ("9:00 a 10:30", (T(9), T(10, 30))), ("de 9:00 a 10:30", (T(9), T(10, 30))),
        ("9 a - 10 a", (T(9), T(10))), ("9 a 10 a", (T(9), T(10))),
    ],
)
def test_parse_time_range_accepts(cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize("cell", ["9am", "9:00 -", "- 10:00", "9:00 - 10:75", "",
                                  T(9)])
def test_parse_time_range_rejects(cell: Any) -> None:
    with pytest.raises(CellError, match="write the start and end like 9:00 - 10:30") as caught:
        convert.parse_time_range(cell)
    assert caught.value.code == "bad-time"


D = dt.date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # Notion's date property with an end: the end's time alone on the same day, or the
        # end's own date; a day alone is a whole day.
        ("May 11, 2027 9:00 AM → 9:45 AM", ((D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(9, 45)))),
        ("May 11, 2027 7:00 PM → May 12, 2027 12:30 AM",
         ((D(2027, 5, 11), T(19)), (D(2027, 5, 12), T(0, 30)))),
        ("May 12, 2027", ((D(2027, 5, 12), None), (D(2027, 5, 12), None))),
        ("May 11, 2027 → May 13, 2027", ((D(2027, 5, 11), None), (D(2027, 5, 13), None))),
        ("2027-05-11 09:00 - 2027-05-11 10:30",
         ((D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(10, 30)))),
        ("5/11/2027 9:00 AM – 10:30 AM", ((D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(10, 30)))),
        ("11-May-27 14:00 to 15:00", ((D(2027, 5, 11), T(14)), (D(2027, 5, 11), T(15)))),
        ("11-May-27 14:00 To 15:00", ((D(2027, 5, 11), T(14)), (D(2027, 5, 11), T(15)))),
        # The end's time alone is in the start's zone too: read in the sheet's, a talk from
        # 09:00 UTC in a Chicago guide would end at 10:30 there, six and a half hours on.
        ("2027-05-11 09:00 UTC → 10:30",
         ((D(2027, 5, 11), T(9, tzinfo=dt.UTC)), (D(2027, 5, 11), T(10, 30, tzinfo=dt.UTC)))),
        # The end's time without am/pm as in a time range; separators as there, a hyphen or
        # a minus sign between spaces (dates hold hyphens), a full-width tilde anywhere.
        ("May 11, 2027 2:30 PM → 3:30", ((D(2027, 5, 11), T(14, 30)), (D(2027, 5, 11), T(15, 30)))),
        ("5/11/2027 11:30 AM - 1:00", ((D(2027, 5, 11), T(11, 30)), (D(2027, 5, 11), T(13)))),
        ("2027年5月11日 午後2:30～3:30",
         ((D(2027, 5, 11), T(14, 30)), (D(2027, 5, 11), T(15, 30)))),
        ("2027-05-11 09:00 − 2027-05-11 10:30",
         ((D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(10, 30)))),
        ("5/11/2027 9:00 bis 10:30", ((D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(10, 30)))),
    ],
)
def test_parse_datetime_range_accepts(cell: str, expected: Any) -> None:
    assert convert.parse_datetime_range(cell, "month-first") == expected


def test_parse_datetime_range_keeps_offsets_and_refuses_a_lone_start() -> None:
    start, end = convert.parse_datetime_range(
        "2027-05-11T09:00:00-05:00 - 2027-05-11T10:00:00-05:00", "month-first")
    offset = dt.timezone(dt.timedelta(hours=-5))
    assert (start, end) == ((D(2027, 5, 11), T(9, tzinfo=offset)),
                            (D(2027, 5, 11), T(10, tzinfo=offset)))
    with pytest.raises(CellError, match="it has a start but no end; write the start and end "
                                        "like 5/11/2027 9:00 AM → 10:30 AM"):
        convert.parse_datetime_range("May 11, 2027 9:00 AM", "month-first")
    with pytest.raises(CellError, match="write the start and end like 5/11/2027 9:00 AM"):
        convert.parse_datetime_range("May 11, 2027 9:00 AM → soon", "month-first")
    # French 'à' is "at" as well as "to": a date at a time has a start but no end.
    for at in ("11/05/2027 à 9h00", "le 11 mai 2027 à 9h"):
        with pytest.raises(CellError, match="it has a start but no end"):
            convert.parse_datetime_range(at, "day-first")
    with pytest.raises(CellError) as caught:
        convert.parse_datetime_range("5/41/2027 9:00 AM → 10:00 AM", "month-first")
    assert (caught.value.code, caught.value.hint) == (
        "bad-datetime", "its start '5/41/2027 9:00 AM' is unreadable: write it like "
        "5/11/2027 10:00 AM or 2027-05-11 10:00")


@pytest.mark.parametrize(
    ("cell", "minutes"),
    [
        ("90", 90), ("90 min", 90), ("90m", 90), ("90 minutes", 90), ("1h30", 90),
        ("1h 30m", 90), ("1:30", 90), ("1.5h", 90), ("1,5 h", 90), ("2 hours", 120),
        ("1h", 60), (45, 45), (45.0, 45), (T(1, 30), 90), (dt.timedelta(minutes=20), 20),
        # h:mm:ss as a CSV writes a duration cell; ISO 8601; the minute mark; a unit's point.
        ("1:30:00", 90), ("0:45:00", 45), ("1:30 h", 90), ("PT1H30M", 90), ("PT90M", 90),
        ("PT2H", 120), ("90'", 90), ("90’", 90), ("90 Min.", 90), ("2 hrs.", 120),
        ("1 h. 30 min.", 90), ("0:45:30", 45.5), ("PT1H30M30S", 90.5),
        # Units as sheets in other languages write them.
        ("1 Std.", 60), ("1,5 Std.", 90), ("1 Stunde", 60), ("2 Stunden", 120),
        ("1 Std. 30 Min.", 90), ("90 Minuten", 90), ("2 heures", 120), ("1 heure 30", 90),
        ("45 mn", 45), ("1 hora", 60), ("1,5 horas", 90), ("90 minutos", 90), ("1 ora", 60),
        ("2 ore", 120), ("90 minuti", 90), ("1 uur", 60), ("1 minuut", 1), ("1u30", 90),
        ("1u", 60), ("1,5 u", 90), ("2u 15m", 135),
        ("90分", 90), ("1時間30分", 90), ("1小时", 60), ("90分钟", 90), ("1시간 30분", 90),
        ("90분", 90),
    ],
)
def test_parse_duration_accepts(cell: Any, minutes: float) -> None:
    assert convert.parse_duration(cell) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("cell", ["an hour", "0", "0.0", 0, "-5", "1h75x", "1:3",
                                  "99999999999999 h", 1e30, "PT", "PT0M", "1:30:0", "1'30"])
def test_parse_duration_rejects(cell: Any) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_duration(cell)
    assert caught.value.code == "bad-duration"


HOURS = 'or, if the column counts hours, give the end duration_unit = "hours"'


@pytest.mark.parametrize(
    ("cell", "hint"),
    [
        ("1.5", "a plain number is whole minutes; if 1.5 means hours, write 1h30 or "
         f"90 ({HOURS})"),
        ("1,5", "a plain number is whole minutes; if 1,5 means hours, write 1h30 or "
         f"90 ({HOURS})"),
        (1.5, "a plain number is whole minutes; if 1.5 means hours, write 1h30 or "
         f"90 ({HOURS})"),
        ("0.75", "a plain number is whole minutes; if 0.75 means hours, write 0h45 or "
         f"45 ({HOURS})"),
        ("2.25", "a plain number is whole minutes; if 2.25 means hours, write 2h15 or "
         f"135 ({HOURS})"),
    ],
)
def test_parse_duration_refuses_a_fraction_of_a_minute(cell: Any, hint: str) -> None:
    # Read as minutes, 1.5 would be a 90-second session: surely an hour and a half was meant.
    with pytest.raises(CellError) as caught:
        convert.parse_duration(cell)
    assert (caught.value.code, caught.value.hint) == ("bad-duration", hint)


@pytest.mark.parametrize(("cell", "hint"), [
    ("45:00", "45:00 may be hours and minutes (h:mm) or minutes and seconds (mm:ss); write 45h "
     "for hours, or 45 min for minutes"),
    ("24:30", "24:30 may be hours and minutes (h:mm) or minutes and seconds (mm:ss); write "
     "24h30 for hours, or 24 min for minutes"),
])
def test_a_duration_of_a_day_or_more_written_h_mm_is_refused_as_maybe_minutes(
        cell: str, hint: str) -> None:
    """45:00 is 45 minutes as a media player writes a length (mm:ss): a 45-hour session is
    not what anyone meant, but which was is not in the cell."""
    with pytest.raises(CellError) as caught:
        convert.parse_duration(cell)
    assert (caught.value.code, caught.value.hint) == ("bad-duration", hint)


@pytest.mark.parametrize(("cell", "days"), [("23:59", 0), ("26:00 h", 1), ("26:00:00", 1),
                                            (dt.timedelta(hours=26), 1)])
def test_a_long_duration_with_seconds_or_a_unit_is_read(cell: Any, days: int) -> None:
    """Hours are plain with a unit (26:00 h) or seconds (a [h]:mm:ss cell's CSV text)."""
    assert convert.parse_duration(cell).days == days


@pytest.mark.parametrize(("cell", "minutes"), [("90.0", 90), (90.0, 90), ("1.5 min", 1.5),
                                               ("1.5'", 1.5)])
def test_parse_duration_takes_whole_numbers_and_explicit_minutes(cell: Any,
                                                                 minutes: float) -> None:
    assert convert.parse_duration(cell) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("yes", True), ("Y", True), ("TRUE", True), ("1", True), ("x", True), ("X", True),
     ("no", False), ("n", False), ("False", False), ("0", False), (True, True), (0, False),
     (1.0, True),
     # TRUE and FALSE as Excel in another language writes a logical cell to CSV.
     ("WAHR", True), ("FALSCH", False), ("VRAI", True), ("FAUX", False), ("VERDADERO", True),
     ("FALSO", False), ("VERO", True), ("VERDADEIRO", True), ("WAAR", True),
     ("ONWAAR", False)],
)
def test_parse_boolean_accepts(cell: Any, expected: bool) -> None:
    assert convert.parse_boolean(cell) is expected


@pytest.mark.parametrize("cell", ["maybe", "2", "peut-être"])
def test_parse_boolean_rejects(cell: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_boolean(cell)
    assert caught.value.code == "bad-boolean"


@pytest.mark.parametrize(
    ("parser", "cell", "expected"),
    [
        (convert.parse_float, "2.5", 2.5), (convert.parse_float, "2,5", 2.5),
        (convert.parse_float, 3, 3.0), (convert.parse_count, "50", 50),
        (convert.parse_count, 50.0, 50), (convert.parse_count, "0", 0),
        (convert.parse_count, "50.0", 50), (convert.parse_count, "1e3", 1000),
        # Thousands grouped in threes, one separator style per value.
        (convert.parse_count, "1,000", 1000), (convert.parse_count, "1.000", 1000),
        (convert.parse_count, "2,500", 2500), (convert.parse_count, "12,345", 12345),
        (convert.parse_count, "1 000", 1000), (convert.parse_count, "1\u00a0000", 1000),
        (convert.parse_count, "1\u202f000", 1000), (convert.parse_count, "1'000", 1000),
        (convert.parse_count, "1’000", 1000), (convert.parse_count, "1,000,000", 1_000_000),
        (convert.parse_count, "1.000.000", 1_000_000), (convert.parse_count, "1,000.00", 1000),
        (convert.parse_count, "1.000,00", 1000),
        # A float field takes grouping only where it cannot be a decimal mark.
        (convert.parse_float, "1 000", 1000.0), (convert.parse_float, "1,000,000", 1e6),
        (convert.parse_float, "1,000.5", 1000.5), (convert.parse_float, "1.000,5", 1000.5),
        (convert.parse_float, "1 000,5", 1000.5), (convert.parse_float, "0.125", 0.125),
        (convert.parse_float, "1234,567", 1234.567), (convert.parse_float, "-1.5", -1.5),
    ],
)
def test_numbers_accept(parser: Any, cell: Any, expected: float) -> None:
    assert parser(cell) == expected


@pytest.mark.parametrize(
    ("parser", "cell"),
    [(convert.parse_float, "lots"), (convert.parse_float, "nan"), (convert.parse_count, "-1"),
     (convert.parse_count, "2.5"), (convert.parse_count, True), (convert.parse_float, "inf"),
     (convert.parse_count, "50 seats"), (convert.parse_count, "-1,000"),
     (convert.parse_float, float("inf"))],
)
def test_numbers_reject(parser: Any, cell: Any) -> None:
    with pytest.raises(CellError) as caught:
        parser(cell)
    assert caught.value.code == "bad-number"


COUNT_HINT = "write a whole number of zero or more, such as 50"
WHOLE_NUMBER_NEEDED = "a whole number is needed, not a fraction; " + COUNT_HINT
BADLY_GROUPED = ("; group digits in threes with one separator throughout (1,000,000), or not "
                 "at all")


@pytest.mark.parametrize(
    ("parser", "cell", "hint"),
    [
        (convert.parse_count, "1,5", WHOLE_NUMBER_NEEDED),
        (convert.parse_count, "1.5", WHOLE_NUMBER_NEEDED),
        (convert.parse_count, 1.5, WHOLE_NUMBER_NEEDED),
        (convert.parse_count, "1,000.5", WHOLE_NUMBER_NEEDED),
        (convert.parse_count, "1,00,000", COUNT_HINT + BADLY_GROUPED),
        (convert.parse_count, "1,000 000", COUNT_HINT + BADLY_GROUPED),
        (convert.parse_count, "1.000.5", COUNT_HINT + BADLY_GROUPED),
        # Shown so by a cell formatted as a percentage: typing 100 there shows 100% again.
        (convert.parse_count, "100%", "a percentage is not a count: format the cell as a "
                                      "number (Excel: Format Cells > Number), then " + COUNT_HINT),
        (convert.parse_float, "1,000 000", "write a number such as 1 or 2.5" + BADLY_GROUPED),
        # One comma or point before three digits: thousands or decimals, so no guess.
        (convert.parse_float, "2,500", "the comma may separate thousands (2500) or decimals "
                                       "(2.5); write 2500 or 2.5, whichever is meant"),
        (convert.parse_float, "1.000", "the point may separate thousands (1000) or decimals "
                                       "(1); write 1000 or 1, whichever is meant"),
        (convert.parse_float, "12,345", "the comma may separate thousands (12345) or decimals "
                                        "(12.345); write 12345 or 12.345, whichever is meant"),
    ],
)
def test_numbers_say_what_is_wrong(parser: Any, cell: Any, hint: str) -> None:
    with pytest.raises(CellError) as caught:
        parser(cell)
    assert (caught.value.code, caught.value.hint) == ("bad-number", hint)


@pytest.mark.parametrize(
    ("text", "separator", "expected"),
    [
        ("Data; data ; Cloud", ";", ("Data", "Cloud")),
        (" Room  A ", ";", ("Room A",)),
        (";;", ";", ()),
        ("A/B", "/", ("A", "B")),
        (None, ";", ()),
        ("A&#59;B; C&amp;D;&#x3B;", ";", ("A;B", "C&D", ";")),
        ("AT&T;R&D", ";", ("AT&T", "R&D")),
        ("A&#47;B/C", "/", ("A/B", "C")),
    ],
)
def test_split_names(text: str | None, separator: str, expected: tuple[str, ...]) -> None:
    assert convert.split_names(text, separator) == expected


@pytest.mark.parametrize(
    ("text", "fmt", "expected_html", "removed"),
    [
        ("One\ntwo\n\nThree & <four>", "text", "<p>One<br>two</p><p>Three &amp; &lt;four&gt;</p>",
         []),
        ("Line\r\n\r\n\r\nNext", "text", "<p>Line</p><p>Next</p>", []),
        ("<p>Hi <b>there</b></p>", "html", "<p>Hi <b>there</b></p>", []),
        ("<p>Hi</p><script>alert(1)</script>", "html", "<p>Hi</p>", ["<script>"]),
        ('<a href="https://x.org" onclick="x()">x</a>', "html", '<a href="https://x.org">x</a>',
         ["onclick= on <a>"]),
        ('<a href="javascript:alert(1)">bad</a> <a href="mailto:a@b.org">ok</a> '
         '<a href="/talks">rel</a>', "html",
         '<a>bad</a> <a href="mailto:a@b.org">ok</a> <a href="/talks">rel</a>',
         ["javascript: links"]),
        # Links are read as a browser reads them (a tab, a newline or an entity inside the
        # scheme), and one that is no valid address is dropped: each is named, not silent.
        ('<a href="java\tscript:alert(1)">a</a><a href="java&#10;script:x()">b</a>'
         '<a href="vb&#115;cript:x">c</a><a href="https://exa mple.org">d</a>'
         '<a href="http://[::1">e</a><a href=" https://ok.org/?a=1&amp;b=2">f</a>', "html",
         '<a>a</a><a>b</a><a>c</a><a>d</a><a>e</a>'
         '<a href=" https://ok.org/?a=1&amp;b=2">f</a>',
         ["javascript: links", "vbscript: links", "the broken link https://exa mple.org",
          "the broken link http://[::1"]),
        ('<span style="color: red; position: fixed">r</span>', "html",
         '<span style="color:red">r</span>', ["style position on <span>"]),
        # style keeps a plain colour only, written in any case; nh3 alone cut the first to
        # `color:expression(alert()`, left `style=""` and dropped `COLOR: Red` unreported.
        ('<span style="color:expression(alert(1))">a</span><span style="font-size: 9px">b</span>'
         '<span style="COLOR: Red">c</span><span style="color: rgb(0, 0, 128) !important">d'
         '</span><span style="color:url(x.png); mso-themecolor: accent1">e</span>', "html",
         '<span>a</span><span>b</span><span style="color:Red">c</span>'
         '<span style="color:rgb(0, 0, 128)">d</span><span>e</span>',
         ["style color: expression(alert(1)) on <span>", "style font-size on <span>",
          "style color: url(x.png) on <span>"]),
        ("Hello *world*", "markdown", "<p>Hello <em>world</em></p>", []),
        ("<p>tagged</p>", "auto", "<p>tagged</p>", []),
        ("a < b\nc", "auto", "<p>a &lt; b<br>c</p>", []),
        # auto: a `<` that starts no tag of an HTML element is text, kept and escaped.
        ("x<y", "auto", "<p>x&lt;y</p>", []),
        ("if a<b then c", "auto", "<p>if a&lt;b then c</p>", []),
        ("Temps<30C", "auto", "<p>Temps&lt;30C</p>", []),
        ("Use <Ctrl>+<C>", "auto", "<p>Use &lt;Ctrl&gt;+&lt;C&gt;</p>", []),
        ("Email <jane@example.com> for info", "auto",
         "<p>Email &lt;jane@example.com&gt; for info</p>", []),
        # Text, not a tag: its brackets kept as written, the address in them a link.
        ("See <https://example.com>", "auto",
         '<p>See &lt;<a href="https://example.com">https://example.com</a>&gt;</p>', []),
        # auto: text exported HTML-escaped (a web CMS) has its character references decoded
        # once, not escaped again; a `&` that starts no reference is kept as written.
        ("Q&amp;A with the team\n\nUse &lt;b&gt; for bold", "auto",
         "<p>Q&amp;A with the team</p><p>Use &lt;b&gt; for bold</p>", []),
        ("Caf&eacute; &#233;t&#xE9; &ndash; AT&amp;T", "auto", "<p>Café été – AT&amp;T</p>", []),
        # Numbers zero-padded past seven digits, and one past U+10FFFF, read as in HTML.
        ("&#00000233;t&#x00000E9; &#99999999; &#x110000;", "auto", "<p>été \ufffd \ufffd</p>",
         []),
        ("AT&T and R&D, Q&A; &amp without a semicolon", "auto",
         "<p>AT&amp;T and R&amp;D, Q&amp;A; &amp;amp without a semicolon</p>", []),
        # A name that is no reference stays as typed (html.unescape alone reads the start of
        # `&notes;` as `&not`, giving `¬es;`).
        ("Bring &notes; and &copyright;", "auto",
         "<p>Bring &amp;notes; and &amp;copyright;</p>", []),
        ("Q&amp;A", "text", "<p>Q&amp;amp;A</p>", []),
        ("Bring a <laptop> please", "auto", "<p>Bring a &lt;laptop&gt; please</p>", []),
        # auto: words in angle brackets that begin with an element's name, a placeholder
        # as a sheet writes one, are text; they were read as that element and cut out.
        ("<Summary will be updated after the session.>", "auto",
         "<p>&lt;Summary will be updated after the session.&gt;</p>", []),
        ("<Video to be added>", "auto", "<p>&lt;Video to be added&gt;</p>", []),
        ("<video controls>Hi", "auto", "Hi", ["<video>"]),
        # auto: real tags, kept ones and stripped ones, in any case, and comments.
        ("a<br/>b", "auto", "a<br>b", []),
        ("<B>bold</B>", "auto", "<b>bold</b>", []),
        ("x</p >", "auto", "x<p></p>", []),
        # class= and comments are gone, but a reader saw neither: nothing is named.
        ('<div class="intro">Hi</div>', "auto", "<div>Hi</div>", []),
        ("Hi<script>x()</script>", "auto", "Hi", ["<script>"]),
        ('<img src="a.png">Hi', "auto", "Hi", ["<img>"]),
        ("<!-- draft -->Hi", "auto", "Hi", []),
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "auto", "<p>Hi</p>",
         ["<html>", "<body>"]),
    ],
)
def test_description_to_html(text: str, fmt: descriptions.DescriptionFormat, expected_html: str,
                             removed: list[str]) -> None:
    assert descriptions.description_to_html(text, fmt) == (expected_html, removed)


@pytest.mark.parametrize(
    ("local", "expected_utc", "code"),
    [
        (dt.datetime(2027, 5, 11, 9, 0), dt.datetime(2027, 5, 11, 14, 0, tzinfo=dt.UTC), None),
        (dt.datetime(2027, 1, 11, 9, 0), dt.datetime(2027, 1, 11, 15, 0, tzinfo=dt.UTC), None),
        (dt.datetime(2027, 3, 14, 2, 30), None, "nonexistent-time"),
        (dt.datetime(2027, 3, 14, 3, 0), dt.datetime(2027, 3, 14, 8, 0, tzinfo=dt.UTC), None),
        (dt.datetime(2027, 11, 7, 1, 30), None, "ambiguous-time"),
        (dt.datetime(2027, 11, 7, 2, 0), dt.datetime(2027, 11, 7, 8, 0, tzinfo=dt.UTC), None),
    ],
)
def test_local_to_utc_in_chicago(local: dt.datetime, expected_utc: dt.datetime | None,
                                 code: str | None) -> None:
    zone = ZoneInfo("America/Chicago")
    if code is None:
        assert zones.local_to_utc(local, zone) == expected_utc
    else:
        with pytest.raises(CellError) as caught:
            zones.local_to_utc(local, zone)
        assert caught.value.code == code


def test_resolve_timezone_suggests_close_names() -> None:
    assert zones.resolve_timezone("europe/madrid").key == "Europe/Madrid"
    with pytest.raises(ConfigError, match=r"did you mean 'America/Chicago'"):
        zones.resolve_timezone("America/Chicgo")


@pytest.mark.parametrize("name", ["Eastern Daylight Time", "Eastern Standard Time"])
def test_a_windows_zone_name_is_refused_with_the_place_it_means(name: str) -> None:
    """Both of Windows' names for the zone: the summer one is what a May export writes."""
    with pytest.raises(ConfigError) as caught:
        zones.resolve_timezone(name)
    assert str(caught.value) == (
        f"unknown timezone {name!r}: a standard or daylight time fixes one offset all year; "
        "use the place's name, 'America/New_York', which follows its clocks through the year.")


@pytest.mark.parametrize(("cell", "expected"), [
    (dt.time(9, 29, 59, 997_000), dt.time(9, 30)),  # 0.3958333 as a 7-digit writer saves 9:30
    (dt.datetime(1899, 12, 30, 9, 59, 59, 994_000), dt.time(10, 0)),
    (0.3958333, dt.time(9, 30)),
    (dt.time(9, 30, 0, 400_000), dt.time(9, 30)),
])
def test_workbook_times_are_read_to_the_nearest_second(cell: Any, expected: dt.time) -> None:
    assert convert.parse_time(cell) == expected


def test_a_time_cell_a_hair_under_a_day_is_a_row_error_not_a_crash() -> None:
    """0.99999999 rounds to 24:00:00, which dt.time cannot hold."""
    for cell in (0.99999999, dt.time(23, 59, 59, 999_000)):
        with pytest.raises(CellError, match="24:00 is past midnight; write it as 0:00"):
            convert.parse_time(cell)


def test_workbook_datetimes_are_read_to_the_nearest_second() -> None:
    assert convert.parse_datetime(dt.datetime(2027, 5, 11, 23, 59, 59, 600_000),
                                  "month-first") == (dt.date(2027, 5, 12), dt.time(0, 0))


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-05-11 10.30", (dt.date(2027, 5, 11), dt.time(10, 30))),  # was 10:00:00.3
    ("2027-05-11 14.45", (dt.date(2027, 5, 11), dt.time(14, 45))),
    ("2027-05-11 1030", (dt.date(2027, 5, 11), dt.time(10, 30))),
    ("2027-05-11 10:30:00.6", (dt.date(2027, 5, 11), dt.time(10, 30, 1))),
    ("sabato 15 maggio 2027 10:00", (dt.date(2027, 5, 15), dt.time(10))),
])
def test_iso_dates_with_other_time_forms(text: str, expected: tuple[Any, Any]) -> None:
    assert convert.parse_datetime(text, "month-first") == expected


def test_an_iso_date_with_a_bare_hour_is_refused_like_any_bare_hour() -> None:
    with pytest.raises(CellError):
        convert.parse_datetime("2027-05-11 10", "month-first")


@pytest.mark.parametrize(("text", "expected"), [
    ("930", dt.time(9, 30)), ("12 noon", dt.time(12)), ("12:00 noon", dt.time(12)),
    ("12 midnight", dt.time(0)),
])
def test_more_ways_to_write_a_time(text: str, expected: dt.time) -> None:
    assert convert.parse_time(text) == expected


def test_a_date_at_midnight_as_excel_exports_a_date_time_cell_is_the_date() -> None:
    assert convert.parse_date("5/11/2027 0:00", "month-first") == dt.date(2027, 5, 11)
    assert convert.parse_date("11 May 2027 12:00 AM", "month-first") == dt.date(2027, 5, 11)
    with pytest.raises(CellError):  # a time of day is not a date
        convert.parse_date("5/11/2027 9:00", "month-first")


def test_a_logical_cell_reads_as_excel_shows_it() -> None:
    assert (convert.cell_text(True), convert.cell_text(False)) == ("TRUE", "FALSE")


@pytest.mark.parametrize("text", ["5/11/2027 0:00", "5/11/2027 12:00 AM", "2027-05-11 00:00"])
def test_a_datetime_at_midnight_keeps_its_time(text: str) -> None:
    """Only a date column reads a midnight time as the day alone."""
    assert convert.parse_datetime(text, "month-first") == (dt.date(2027, 5, 11), dt.time(0))


def test_rounding_the_last_second_of_the_calendar_is_no_crash() -> None:
    last = dt.datetime(9999, 12, 31, 23, 59, 59, 600_000)
    assert convert.whole_second(last) == last.replace(microsecond=0)


def test_a_markdown_table_becomes_a_table() -> None:
    """Guidebook keeps tables, so a markdown description's agenda table is one, not pipes."""
    cell = "| Time | Talk |\n|---|---|\n| 9:00 | Keynote |"
    assert descriptions.description_to_html(cell, "markdown") == (
        "<table>\n<thead>\n<tr>\n<th>Time</th>\n<th>Talk</th>\n</tr>\n</thead>\n<tbody>\n"
        "<tr>\n<td>9:00</td>\n<td>Keynote</td>\n</tr>\n</tbody>\n</table>", [])


@pytest.mark.parametrize("cell", [
    "2027年5月11日", "2027年5月11日(火)", "2027年5月11日（火曜日）", "2027年 5月 11日",
    "2027年5月11日(周二)", "2027年5月11日 (星期二)", "2027年5月11日(週二)",
    "2027년 5월 11일", "2027년 5월 11일 (화)", "2027년 5월 11일(화요일)",
    # A Japanese era's year; numbers in kanji, as Excel's [DBNum1] formats show them.
    "令和9年5月11日", "令和9年5月11日(火)", "令和九年五月十一日", "二〇二七年五月十一日",
    "2027年五月十一日",
    # Japanese Excel's yyyy/m/d(aaa).
    "2027/5/11(火)", "2027/05/11 (火曜日)",
])
def test_east_asian_dates_read_in_either_date_order(cell: str) -> None:
    """Japanese, Chinese and Korean dates name the year, month and day: no order to choose."""
    assert [convert.parse_date(cell, order) for order in ("month-first", "day-first")] == [
        D(2027, 5, 11), D(2027, 5, 11)]


@pytest.mark.parametrize(("cell", "hint"), [
    ("2027年5月11日(水)", "May 11, 2027 is a Tuesday, not a Wednesday; fix the day name or the "
     "date"),
    ("2027년 5월 11일 (일)", "May 11, 2027 is a Tuesday, not a Sunday; fix the day name or the "
     "date"),
    ("2027年2月30日", "write the date like 5/11/2027 (May 11) or 2027-05-11"),
    ("2027/5/11(水)", "May 11, 2027 is a Tuesday, not a Wednesday; fix the day name or the "
     "date"),
    # No year, as a Western 'Tuesday 11 May' has none: refused saying so.
    *((cell, "the date has no year; write the date like 5/11/2027 (May 11) or 2027-05-11, or, "
      "for a column of a few days, give each its date once in the mapping, in the field "
      'reading this column: values = { "<the cell as written>" = "YYYY-MM-DD" }')
      for cell in ["5/11(火)"]),
    # Written the East Asian way: shown with its year the same way.
    *((cell, f"the date has no year; write it into the cell (2027年{cell}), or, for a column "
      "of a few days, give each its date once in the mapping, in the field reading this "
      f'column: values = {{ "{cell}" = "YYYY-05-11" }}') for cell in ["5月11日(火)", "五月十一日"]),
    ("2027年十三月一日", "write the date like 5/11/2027 (May 11) or 2027-05-11"),
])
def test_an_east_asian_date_with_the_wrong_day_or_none_is_bad(cell: str, hint: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert (caught.value.code, caught.value.hint) == ("bad-date", hint)


@pytest.mark.parametrize(("cell", "expected"), [
    ("午前9:00", T(9)), ("午後2:30", T(14, 30)), ("午後 2:30", T(14, 30)),
    ("上午 9:00", T(9)), ("下午2:30", T(14, 30)), ("오전 9:00", T(9)), ("오후 2:30", T(14, 30)),
    ("9時30分", T(9, 30)), ("14時", T(14)), ("14时", T(14)), ("9시 30분", T(9, 30)),
    ("午後2時30分", T(14, 30)), ("오후 2시", T(14)),
    ("9：00", T(9)), ("午後2：30", T(14, 30)),  # a full-width colon, as an input method types
])
def test_east_asian_times_read_with_their_half_of_the_day_and_hour_words(
    cell: str, expected: dt.time
) -> None:
    assert convert.parse_time(cell) == expected


@pytest.mark.parametrize(("cell", "hint"), [
    ("午後13:00", "13 is not an hour on a 12-hour clock; write the time like 10:00 AM, 10am or "
     "14:30"),
    ("10時70分", "write the time like 10:00 AM, 10am or 14:30"),
])
def test_an_east_asian_time_past_its_clock_is_bad(cell: str, hint: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_time(cell)
    assert (caught.value.code, caught.value.hint) == ("bad-time", hint)


@pytest.mark.parametrize("cell", ["9:00～10:30", "9:00 〜 10:30", "午前9時～午前10時30分",
                                  "9：00～10：30"])
def test_a_time_range_may_be_joined_with_a_wave_dash(cell: str) -> None:
    """Japanese programmes write '9:00～10:30' (a full-width tilde or a wave dash)."""
    assert convert.parse_time_range(cell) == (T(9), T(10, 30))


@pytest.mark.parametrize(("cell", "expected"), [
    ("2027年5月11日 9:00", T(9)), ("2027年5月11日(火) 午後2:30", T(14, 30)),
    ("2027년 5월 11일 오후 2:30", T(14, 30)), ("2027年5月11日 14時", T(14)),
    ("令和9年5月11日 午後2:30", T(14, 30)), ("2027/5/11(火) 9:00", T(9)),
])
def test_an_east_asian_datetime_is_its_date_then_its_time(cell: str, expected: dt.time) -> None:
    assert convert.parse_datetime(cell, "day-first") == (D(2027, 5, 11), expected)


@pytest.mark.parametrize(("cell", "date"), [
    # 平成 ran from 8 January 1989 (its first year, 元年) to 30 April 2019, 令和 on from
    # 1 May 2019 (元年 again).
    ("平成元年1月8日", D(1989, 1, 8)), ("平成31年4月30日", D(2019, 4, 30)),
    ("令和元年5月1日", D(2019, 5, 1)), ("令和2年5月11日", D(2020, 5, 11)),
    # Chinese writes a year's zero 零 as well as 〇.
    ("二零二七年五月十一日", D(2027, 5, 11)),
])
def test_era_years_and_chinese_zeros_give_the_calendar_year(cell: str, date: dt.date) -> None:
    assert convert.parse_date(cell, "day-first") == date


def test_a_datetime_range_may_be_joined_with_french_a() -> None:
    assert convert.parse_datetime_range("11/05/2027 9h00 à 10h30", "day-first") == (
        (D(2027, 5, 11), T(9)), (D(2027, 5, 11), T(10, 30)))


@pytest.mark.parametrize("cell", ["21000511", "18990511"])
def test_eight_digits_led_by_a_year_out_of_1900_to_2099_are_no_date(cell: str) -> None:
    with pytest.raises(CellError) as refused:
        convert.parse_date(cell, "month-first")
    assert (refused.value.code, str(refused.value)) == (
        "bad-date", "write the date like 5/11/2027 (May 11) or 2027-05-11")


@pytest.mark.parametrize(("cell", "expected"), [
    # The end's half of the day is the start's too, where the times are typed with an East
    # Asian input method's full-width colon or half-of-day word.
    ("2：00 - 3：30 PM", (T(14), T(15, 30))),
    ("2:00～午後3:30", (T(14), T(15, 30))),
])
def test_a_start_takes_the_ends_half_of_day_written_the_east_asian_way(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize("cell", ["2027年5月11日(火曜)", "２０２７年５月１１日"])
def test_a_short_day_name_and_full_width_digits_are_read_in_an_east_asian_date(
        cell: str) -> None:
    assert convert.parse_date(cell, "day-first") == D(2027, 5, 11)


@pytest.mark.parametrize(("cell", "length"), [
    # Traditional Chinese writes the units 小時 and 分鐘; a unit may be hrs after h:mm.
    ("1小時30分", dt.timedelta(minutes=90)), ("90分鐘", dt.timedelta(minutes=90)),
    ("1:30 hrs", dt.timedelta(minutes=90)), ("45:00 hrs", dt.timedelta(hours=45)),
])
def test_durations_in_traditional_chinese_and_h_mm_hrs_are_read(
        cell: str, length: dt.timedelta) -> None:
    assert convert.parse_duration(cell) == length


def test_sunday_written_as_xingqitian_is_sunday() -> None:
    """Chinese names Sunday 星期天 as well as 星期日: 16 May 2027 is one."""
    assert convert.parse_date("2027年5月16日(星期天)", "day-first") == D(2027, 5, 16)


@pytest.mark.parametrize(("cell", "expected"), [
    ("2027-May-11", (D(2027, 5, 11), None)),
    ("2027-May-11 10:00", (D(2027, 5, 11), T(10, 0))),
    ("2027 May 11 2:30 PM", (D(2027, 5, 11), T(14, 30))),
    ("2027/Mai/11 14h30", (D(2027, 5, 11), T(14, 30))),
])
def test_a_date_written_year_then_month_name_then_day_is_read(
        cell: str, expected: tuple[dt.date, dt.time | None]) -> None:
    """`%Y-%b-%d`, as a site's data file writes its sessions' starts (2027-May-11 10:00): the
    year first, then the month's name, was bad-date where the day first or the month first
    (11-May-2027, May-11-2027) was read."""
    assert [convert.parse_datetime(cell, order) for order in ("month-first", "day-first")] == [
        expected, expected]
    assert convert.parse_date(" ".join(cell.split(" ")[:3 if " " in cell[:5] else 1]),
                              "month-first") == expected[0]


@pytest.mark.parametrize("cell", ["2027-May-32", "2027-May-11-12", "2027-11-May"])
def test_a_year_first_words_date_that_names_no_day_is_still_refused(cell: str) -> None:
    with pytest.raises(CellError) as caught:
        convert.parse_datetime(cell, "month-first")
    assert caught.value.code == "bad-datetime"


@pytest.mark.parametrize(("cell", "expected"), [
    ("9時半", T(9, 30)), ("午後2時半", T(14, 30)), ("9点30分", T(9, 30)), ("下午2点半", T(14, 30)),
    ("9시 반", T(9, 30)), ("오후 2시 반", T(14, 30)), ("９時３０分", T(9, 30)),
])
def test_half_past_and_the_chinese_hour_are_read(cell: str, expected: dt.time) -> None:
    """半 and 반 are half past the hour; 点 is the hour as Chinese writes it."""
    assert convert.parse_time(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("午前9時～午後2時半", (T(9), T(14, 30))), ("9時半～10時半", (T(9, 30), T(10, 30))),
    ("midnight - 2", (T(0), T(2))), ("12 midnight - 1", (T(0), T(1))),
    ("midnight - 2 AM", (T(0), T(2))),
])
def test_a_range_from_midnight_or_to_half_past_is_read(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """Midnight is 12 AM, so a bare hour after it takes am, as one after noon takes pm."""
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "minutes"), [("1時間半", 90), ("1시간 반", 90)])
def test_hours_and_a_half_are_a_duration(cell: str, minutes: int) -> None:
    assert convert.parse_duration(cell) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(("cell", "expected"), [
    ("14u", T(14)), ("9u30", T(9, 30)), ("19.00 u", T(19)), ("9 u 30", T(9, 30)),
])
def test_a_time_as_dutch_and_flemish_sheets_write_it_with_u_for_uur(
        cell: str, expected: dt.time) -> None:
    assert convert.parse_time(cell) == expected


def test_a_dutch_range_with_u_for_uur_is_read() -> None:
    assert convert.parse_time_range("van 9u30 tot 10u45") == (T(9, 30), T(10, 45))


@pytest.mark.parametrize(("cell", "expected"), [
    ("午後0時30分", T(12, 30)), ("午後0時半", T(12, 30)), ("午後0時", T(12)),
    ("午前0時", T(0)), ("午前0時半", T(0, 30)), ("午前0:30", T(0, 30)), ("오후 0시", T(12)),
])
def test_the_hour_0_after_an_east_asian_half_of_the_day_is_its_first_hour(
        cell: str, expected: dt.time) -> None:
    # Japan writes noon and midnight as the half of the day's hour 0 (午後0時, 午前0時).
    assert convert.parse_time(cell) == expected


@pytest.mark.parametrize("cell", ["sabado", "Saturday", "Sat.", "Mittwoch"])
def test_a_day_of_the_week_in_a_date_cell_says_how_to_give_it_its_date(cell: str) -> None:
    """A programme's day column of names (PyConES's 'sabado'): the fix is a date, or each
    name given its date once in the mapping; the hint said only how to write a date."""
    with pytest.raises(CellError) as caught:
        convert.parse_date(cell, "month-first")
    assert (caught.value.code, caught.value.hint) == ("bad-date", (
        "it names a day of the week, not its date; write the date like 5/11/2027 (May 11) or "
        "2027-05-11, or give each day its date once in the mapping, in the field reading this "
        f'column: values = {{ "{cell}" = "YYYY-MM-DD" }}'))
