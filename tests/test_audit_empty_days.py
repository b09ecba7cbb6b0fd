"""Empty days in a calendar: a date with its day's name written short or twice, a date in a
date-and-time column, and a day with a row per room and nothing on."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import write_csv

NOTHING_ON = ("only the date is filled in (in {!r}), perhaps with the day's name: a day with "
              "nothing on, so no session is sent; to make one, give the row a title.")


def _issues(path: Path, mapping: Path | None = None) -> list[tuple[int | None, str, str]]:
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def test_a_day_named_short_with_its_point_or_in_two_languages_is_an_empty_day(
        tmp_path: Path) -> None:
    header = ["Date", "Day", "Dag", "Session Title", "Time Start", "Time End",
              "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["5/11/2027", "Tue.", "", "", "", "", ""],
        ["5/12/2027", "Wednesday", "woensdag", "", "", "", ""],
        ["5/13/2027", "Thursday", "donderdag", "Talk", "9:00", "10:00", "Hall"]])
    message = NOTHING_ON.format("Date")
    assert _issues(path) == [(2, "empty-day", f"Row 2: {message}"),
                             (3, "empty-day", f"Row 3: {message}")]


def test_each_rooms_row_of_a_day_with_nothing_on_says_so(tmp_path: Path) -> None:
    # A calendar with a row per room and day: the day's rows repeat its date, but none of
    # them is a session, so none is a heading.
    header = ["Date", "Weekday", "Session Title", "Time Start", "Time End", "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["5/11/2027", "Tuesday", "Talk", "9:00", "10:00", "Hall"],
        ["5/11/2027", "Tuesday", "Panel", "9:00", "10:00", "Lab"],
        ["5/12/2027", "Wednesday", "", "", "", ""],
        ["5/12/2027", "Wednesday", "", "", "", ""]])
    message = NOTHING_ON.format("Date")
    assert _issues(path) == [(4, "empty-day", f"Row 4: {message}"),
                             (5, "empty-day", f"Row 5: {message}")]


def test_an_empty_day_in_a_date_and_time_column(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Starts,Weekday,Title\n5/11/2027 9:00,Tuesday,Talk\n5/12/2027,Wednesday,\n"
                    "5/13/2027 9:00,Thursday,Panel\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "Starts"\n[fields.end]\nuntil_next = true\nlast_minutes = 60\n',
                       encoding="utf-8")
    assert _issues(path, mapping) == [(3, "empty-day", "Row 3: " + NOTHING_ON.format("Starts"))]


def test_a_day_with_nothing_on_named_in_the_title_column_says_to_write_a_title_there(
        tmp_path: Path) -> None:
    """'Friday' in the title column is the day's name, not a title: the fix is a session's
    title in its place, not 'give the row a title', which it seems to have."""
    header = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["Thursday", "5/13/2027", "", "", ""],
        ["Talk", "5/13/2027", "9:00", "10:00", "Hall"],
        ["Friday", "5/14/2027", "", "", ""],
        ["", "5/15/2027", "", "", ""]])
    assert _issues(path) == [
        (2, "empty-day", "Row 2: only the date is filled in (in 'Date'), perhaps with the "
         "day's name: a heading for that day's sessions, so no session is sent for it."),
        (4, "empty-day", "Row 4: only the date is filled in (in 'Date'), perhaps with the "
         "day's name: a day with nothing on, so no session is sent; to make one, write the "
         "session's title in place of the day's name in 'Session Title'."),
        (5, "empty-day", f"Row 5: {NOTHING_ON.format('Date')}")]
