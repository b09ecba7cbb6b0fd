"""Time ranges in one cell as planners write them, and what the validator makes of them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from importer import convert, render
from importer.convert import CellError
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_render import printed

T = dt.time
D = dt.date


@pytest.mark.parametrize(("cell", "expected"), [
    # Noon is 12 PM: an end after it without am/pm is in the afternoon, as after `12 PM`.
    ("12 noon - 1:30", (T(12), T(13, 30))), ("noon - 1:30", (T(12), T(13, 30))),
    ("12:00 noon - 1:30", (T(12), T(13, 30))), ("Noon - 1", (T(12), T(13))),
    ("midday - 2:15", (T(12), T(14, 15))), ("12 noon - 1:30 PM", (T(12), T(13, 30))),
    ("11:30 - noon", (T(11, 30), T(12))), ("noon - 12:45", (T(12), T(12, 45))),
])
def test_a_range_from_noon_ends_in_the_afternoon(cell: str,
                                                 expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


def test_a_datetime_range_from_noon_ends_in_the_afternoon() -> None:
    assert convert.parse_datetime_range("May 11, 2027 noon → 1:30", "month-first") == (
        (D(2027, 5, 11), T(12)), (D(2027, 5, 11), T(13, 30)))


@pytest.mark.parametrize(("cell", "expected"), [
    # A bare hour beside a time on the 24-hour clock (minutes and no am/pm, or an hour past
    # 12) is on that clock too, as a European programme writes it.
    ("9 - 10:30", (T(9), T(10, 30))), ("14 - 15:30", (T(14), T(15, 30))),
    ("9:30 - 11", (T(9, 30), T(11))), ("9 - 17", (T(9), T(17))), ("14 - 15", (T(14), T(15))),
    ("9 a 10:30", (T(9), T(10, 30))), ("de 9 à 10.30", (T(9), T(10, 30))),
    ("0930 - 11", (T(9, 30), T(11))),
])
def test_a_bare_hour_is_read_on_the_clock_its_range_is_written_on(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "start", "end"), [
    ("11 - 12", "11", "12"), ("9 a 10", "9", "10"), ("9-10", "9", "10"), ("1 to 3", "1", "3"),
])
def test_a_range_of_two_bare_hours_is_refused_saying_how_to_write_it(cell: str, start: str,
                                                                     end: str) -> None:
    with pytest.raises(CellError) as refused:
        convert.parse_time_range(cell)
    assert (refused.value.code, refused.value.hint) == (
        "bad-time", f"{start} and {end} are hours alone, which may be morning or afternoon; "
        f"write {start}:00 - {end}:00 if the sheet keeps the 24-hour clock, or add am or pm "
        "(like 9am - 10:30am)")


@pytest.mark.parametrize(("cell", "expected"), [
    # A start without am/pm on the 12-hour clock, and an end before it: the end is in the
    # afternoon, as after a start written in the morning (no more than 9 hours after it).
    ("12:30 - 1:30", (T(12, 30), T(13, 30))), ("11:30 - 1:00", (T(11, 30), T(13))),
    ("9:00 - 1:00", (T(9), T(13))), ("10:30 - 1", (T(10, 30), T(13))),
    ("9 - 5", (T(9), T(17))), ("12 to 1", (T(12), T(13))), ("8 - 5", (T(8), T(17))),
    # Past 9 hours, or from a start on the 24-hour clock, it stays an end before the start.
    ("10:00 - 9:00", (T(10), T(9))), ("13:00 - 2:00", (T(13), T(2))), ("7 - 5", (T(7), T(5))),
])
def test_an_end_before_a_start_on_the_12_hour_clock_is_in_the_afternoon(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    # The start takes the end's half of the day, or the other, within 9 hours of the end,
    # as the end takes the start's: an 8-to-5 day is read either way round.
    ("8 - 5 PM", (T(8), T(17))), ("8 AM - 5", (T(8), T(17))),
    ("1:00 - 9:30 PM", (T(13), T(21, 30))), ("7 - 9pm", (T(19), T(21))),
    ("11:30 - 1pm", (T(11, 30), T(13))),
    # Noon is 12 PM, so a start without am/pm before it is the morning's.
    ("9 - noon", (T(9), T(12))), ("11 - 12 noon", (T(11), T(12))),
])
def test_a_start_without_am_pm_is_read_within_9_hours_of_the_end(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("8:00 - 6:00 PM", (T(8), T(18))), ("7:30 - 5:30 PM", (T(7, 30), T(17, 30))),
])
def test_a_morning_start_before_an_afternoon_end_is_read_as_written(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """A registration desk's day, `7:30 - 5:30 PM`: the start, past the end in the end's
    half of the day, is the morning's as written on the 24-hour clock, however long the
    day; it was refused as a start read more than 9 hours before its end."""
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "hint"), [
    ("1:00 - 11:30 AM", "1:00 has no am or pm, and 1:00 AM, the only reading before the end, "
     "would make a session of 10:30; write am or pm after the start too, or fix the end"),
    ("2 - 11:30 pm", "2 has no am or pm, and 2:00 PM, the only reading before the end, would "
     "make a session of 9:30; write am or pm after the start too, or fix the end"),
])
def test_a_start_without_am_pm_read_into_a_long_session_is_refused(cell: str, hint: str) -> None:
    """`1:00 - 11:30 AM` was a session from 1 AM, 10 hours and a half, with no word."""
    with pytest.raises(CellError) as refused:
        convert.parse_time_range(cell)
    assert (refused.value.code, refused.value.hint) == ("bad-time", hint)


def test_a_programme_of_ranges_without_am_pm_is_read_or_refused_naming_the_cell(
        tmp_path: Path) -> None:
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "ranges"\n[fields.name]\ncolumn = "Talk"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([["Talk", "Day", "Time"], *(
            [talk, "5/11/2027", time] for talk, time in [
                ("Keynote", "9 - 10:30"), ("Lunch", "12:30 - 1:30"), ("Panel", "14 - 15:30"),
                ("Coffee", "11 - 12"), ("Typo", "1:00 - 11:30 AM")])])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 5: 'Time' has '11 - 12', which is not a start and end time: 11 and 12 are hours "
        "alone, which may be morning or afternoon; write 11:00 - 12:00 if the sheet keeps the "
        "24-hour clock, or add am or pm (like 9am - 10:30am).",
        "Row 6: 'Time' has '1:00 - 11:30 AM', which is not a start and end time: 1:00 has no "
        "am or pm, and 1:00 AM, the only reading before the end, would make a session of "
        "10:30; write am or pm after the start too, or fix the end."]
    utc = dt.UTC
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Keynote", dt.datetime(2027, 5, 11, 9, tzinfo=utc),
         dt.datetime(2027, 5, 11, 10, 30, tzinfo=utc)),
        ("Lunch", dt.datetime(2027, 5, 11, 12, 30, tzinfo=utc),
         dt.datetime(2027, 5, 11, 13, 30, tzinfo=utc)),
        ("Panel", dt.datetime(2027, 5, 11, 14, tzinfo=utc),
         dt.datetime(2027, 5, 11, 15, 30, tzinfo=utc))]


def test_an_evening_session_ending_at_midnight_ends_as_its_day_does(tmp_path: Path) -> None:
    """`10 PM` to `midnight` (or `12:00 AM`, `0:00`) with no end date: the midnight that ends
    the start's day. Not past 9 hours: `11:00 AM - 12:00 AM` is more likely noon mistyped."""
    # (An end in the small hours after midnight: test_a_late_show_ends_in_the_night_after.)
    header = ["Session Title", "Date", "Time Start", "Time End", "Room/Location",
              "Schedule Track (Optional)", "Description (Optional)"]
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([header, *(
            [talk, "5/11/2027", start, end, room, "", ""] for talk, start, end, room in [
                ("Party", "10 PM", "midnight", "Club"), ("Jam", "9:00 PM", "12:00 AM", "Bar"),
                ("Demo night", "18:00", "0:00", "Hall"), ("Typo", "11:00 AM", "12:00 AM", "Lab"),
            ])])
    report = validate_file(path, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 5: the session ends before it starts: 'Time End' has '12:00 AM' and 'Time Start' "
        "has '11:00 AM' (read as 2027-05-11 00:00 and 2027-05-11 11:00); 12:00 AM is "
        "midnight: for noon write 12:00 PM; otherwise fix the end time, or if it runs past "
        "midnight, add a column 'End Date (Optional)' and put the next day in it."]
    midnight = dt.datetime(2027, 5, 12, tzinfo=dt.UTC)
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Party", dt.datetime(2027, 5, 11, 22, tzinfo=dt.UTC), midnight),
        ("Jam", dt.datetime(2027, 5, 11, 21, tzinfo=dt.UTC), midnight),
        ("Demo night", dt.datetime(2027, 5, 11, 18, tzinfo=dt.UTC), midnight)]


def test_a_range_to_midnight_ends_as_its_day_does(tmp_path: Path) -> None:
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "ranges"\n[fields.name]\ncolumn = "Talk"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    path = tmp_path / "s.csv"
    path.write_text("Talk,Day,Time\nParty,5/11/2027,10 pm - midnight\n", encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []
    assert [(p.start_time, p.end_time) for p in report.payloads] == [
        (dt.datetime(2027, 5, 11, 22, tzinfo=dt.UTC), dt.datetime(2027, 5, 12, tzinfo=dt.UTC))]


def test_times_typed_in_two_columns_are_read_as_a_ranges_two_ends(tmp_path: Path) -> None:
    """'2:00' in Time Start and '3:30 PM' in Time End was 2 AM to 3:30 PM, with no word; the
    two cells are read as `2:00 - 3:30 PM` is, the start taking the end's half of the day
    and the end the start's."""
    header = ["Session Title", "Date", "Time Start", "Time End", "Room/Location",
              "Schedule Track (Optional)", "Description (Optional)"]
    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([header, *(
            [f"Talk {n}", "5/11/2027", start, end, f"Room {n}", "", ""]
            for n, (start, end) in enumerate([
                ("2:00", "3:30 PM"), ("11:30", "1 PM"), ("2:30 PM", "3:30"), ("12:30", "1:30"),
                ("9:00", "10:30 AM"), ("14:00", "15:30"), ("1:00", "11:30 AM")]))])
    report = validate_file(path, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == [
        "Row 8: 'Time Start' has '1:00' and 'Time End' has '11:30 AM', which are not a start "
        "and end time: 1:00 has no am or pm, and 1:00 AM, the only reading before the end, "
        "would make a session of 10:30; write am or pm after the start too, or fix the end."]

    def at(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime(2027, 5, 11, hour, minute, tzinfo=dt.UTC)

    assert [(p.start_time, p.end_time) for p in report.payloads] == [
        (at(14), at(15, 30)), (at(11, 30), at(13)), (at(14, 30), at(15, 30)),
        (at(12, 30), at(13, 30)), (at(9), at(10, 30)), (at(14), at(15, 30))]


@pytest.mark.parametrize("cell", ["May 11, '27", "11 May '27", "Tue 11th May ’27",
                                  "Tuesday, May 11, '27"])
def test_a_two_digit_year_after_an_apostrophe_is_read(cell: str) -> None:
    assert convert.parse_date(cell, "month-first") == D(2027, 5, 11)


def test_a_late_show_ends_in_the_night_after(tmp_path: Path) -> None:
    """`10 PM` to `2 AM`, `23:00` to `0:30`, a range `07:00 PM - 12:30 AM`: with no end date,
    an end before 5 am after an afternoon or evening start, within 9 hours, is the night
    after (they were end-before-start errors asking for an end-date column). A morning start
    (`11:00 AM` to `1:00 AM`) or a longer night (`13:00` to `2:00`, `3:00 PM` to `1:00 AM`)
    stays an end before the start: a typo is likelier."""
    header = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]
    path = tmp_path / "late.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([header, *(
            [talk, "5/11/2027", start, end, room] for talk, start, end, room in [
                ("Party", "10 PM", "2 AM", "Club"), ("Night", "23:00", "0:30", "Bar"),
                ("Typo", "13:00", "2:00", "Lab"), ("Early", "11:00 AM", "1:00 AM", "Lab"),
                ("Long", "3:00 PM", "1:00 AM", "Lab")])])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [
        (4, "end-before-start"), (5, "end-before-start"), (6, "end-before-start")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Party", dt.datetime(2027, 5, 11, 22, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, 2, tzinfo=dt.UTC)),
        ("Night", dt.datetime(2027, 5, 11, 23, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, 0, 30, tzinfo=dt.UTC))]
    ranges = tmp_path / "ranges.csv"
    ranges.write_text("Talk,Day,Time\nShow,5/11/2027,07:00 PM - 12:30 AM\n", encoding="utf-8")
    mapping = tmp_path / "ranges.toml"
    mapping.write_text('name = "r"\n[fields.name]\ncolumn = "Talk"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    report = validate_file(ranges, mapping=mapping, timezone="UTC")
    assert [(p.start_time, p.end_time) for p in report.payloads] == [
        (dt.datetime(2027, 5, 11, 19, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, 0, 30, tzinfo=dt.UTC))]
    # The table of sessions gives the end its day: 00:30 alone would read as that morning.
    (line,) = [line for line in printed(lambda console: console.print(
        render.payload_table(report)), width=120) if "Show" in line]
    assert "│ Tue 11 May 19:00 │ Wed 12 May 00:30 │" in line


@pytest.mark.parametrize(("start", "end", "column"), [
    ("Time", 'duration_column = "Length"', "Time"),  # the start's time column holds ranges
    ("Start", 'time_column = "Time"', "Time"),  # the end's time column holds them
])
def test_a_range_in_a_start_or_end_time_column_says_to_map_both_to_it(
        tmp_path: Path, start: str, end: str, column: str) -> None:
    """'9:00 - 10:00' in a column mapped as the start's (or the end's) time alone was 'not a
    time: write the time like 10:00 AM', as if the cell were mistyped."""
    path = tmp_path / "agenda.csv"
    path.write_text("Title,Date,Start,Time,Length\nTalk,5/11/2027,9:00,9:00 - 10:00,60\n",
                    encoding="utf-8")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(f'name = "agenda"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       f'date_column = "Date"\ntime_column = "{start}"\n[fields.end]\n{end}\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.column, i.code, i.message) for i in report.issues if i.row] == [
        (column, "bad-time",
         f"Row 2: '{column}' has '9:00 - 10:00', which is not a time: it is a start and an "
         f"end: to read both, map the start's and the end's time_column to '{column}' "
         f'([fields.start] time_column = "{column}" and [fields.end] time_column = '
         f'"{column}").')]


@pytest.mark.parametrize(("cell", "expected"), [
    ("09:30/12:29", (T(9, 30), T(12, 29))), ("9:30 / 11:00", (T(9, 30), T(11))),
    ("9am/11am", (T(9), T(11))), ("2:00 PM/3:30 PM", (T(14), T(15, 30))),
    ("9h30/11h", (T(9, 30), T(11))),
])
def test_a_range_joined_by_a_slash_is_read(cell: str, expected: tuple[dt.time, dt.time]) -> None:
    assert convert.parse_time_range(cell) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("noon/2pm", (T(12), T(14))), ("12 noon/2pm", (T(12), T(14))),
    ("Midnight / 2am", (T(0), T(2))), ("midday/1:30", (T(12), T(13, 30))),
    ("9am/noon", (T(9), T(12))),
])
def test_a_range_from_a_time_named_in_words_joined_by_a_slash_is_read(
        cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """`noon/2pm` was refused as no time at all, while `9am/noon` was read."""
    assert (convert.parse_time_range(cell), convert.is_time_range(cell)) == (expected, True)


@pytest.mark.parametrize("cell", ["5/11", "12/1", "9/10"])
def test_a_date_in_a_range_column_is_no_range_of_hours(cell: str) -> None:
    """A slash joins a range only after minutes, am/pm or noon: `12/1` is a date, not noon
    to 1."""
    with pytest.raises(CellError):
        convert.parse_time_range(cell)


def test_a_programme_of_slashed_ranges_is_drafted_and_read_as_its_times(tmp_path: Path) -> None:
    """'09:30/12:29' was read as no time at all: the draft said no column holds times and
    left 'Time' unread, so every session went to the guide as all day."""
    path = tmp_path / "s.csv"
    path.write_text("Date,Time,Title,Room\n2027-05-11,09:30/12:29,Opening workshop,Hall A\n"
                    "2027-05-11,13:30/15:00,Second workshop,Hall B\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(draft_mapping(path).text, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message for i in report.issues if i.row] == []

    def at(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime(2027, 5, 11, hour, minute, tzinfo=dt.UTC)

    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Opening workshop", at(9, 30), at(12, 29)), ("Second workshop", at(13, 30), at(15))]
