"""A range of days in a date cell (`May 11-13, 2027`, a festival's three days): a session has
one date, so the cell is refused saying it is several days and what to do, never read as
one of them (`May 11-13` was read as May 11, 2013)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

HEADER = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]
SEVERAL_DAYS = ("a session has one date: give an event over several days a row per day (an "
                "all-day session is one day), or write its first day here, give it start and "
                "end times, and put its last day in an end-date column.")


def _issues(path: Path, mapping: Path | None = None) -> list[tuple[int | None, str, str]]:
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def _mapping(tmp_path: Path, start: str = 'date_column = "Date"', *, order: str = "",
             end: str = "until_next = true") -> Path:
    """A mapping reading Title, the start as given, Room; `order` a date_order line."""
    path = tmp_path / "m.toml"
    path.write_text(f'name = "m"\n{order}[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                    f'{start}\n[fields.end]\n{end}\n[fields.locations]\ncolumn = "Room"\n',
                    encoding="utf-8")
    return path


def test_a_range_of_days_is_refused_naming_its_days(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "festival.xlsx", {"Sheet": [
        HEADER,
        ["Festival", "May 11-13, 2027", None, None, "Park"],
        ["Fair", "May 11 – 13, 2027", "9:00 AM", "5:00 PM", "Hall"],
        ["Camp", "11-13 May 2027", None, None, "Field"],
        ["Retreat", "5/11/2027 - 5/13/2027", None, None, "Lodge"],
        ["Summit", "May 11-13", None, None, "Hall B"],
        ["Expo", "Sept 9-11", None, None, "Hall C"],
        ["Dance", "11-May-27", None, None, "Club"],
    ]})
    three_days = "it is a range of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS
    no_year = "it is a range of days, with no year; " + SEVERAL_DAYS
    assert _issues(path) == [
        (2, "bad-date", f"Row 2: 'Date' has 'May 11-13, 2027', which is not a date: {three_days}"),
        (3, "bad-date", f"Row 3: 'Date' has 'May 11 – 13, 2027', which is not a date: "
                        f"{three_days}"),
        (4, "bad-date", f"Row 4: 'Date' has '11-13 May 2027', which is not a date: {three_days}"),
        (5, "bad-date", f"Row 5: 'Date' has '5/11/2027 - 5/13/2027', which is not a date: "
                        f"{three_days}"),
        (6, "bad-date", f"Row 6: 'Date' has 'May 11-13', which is not a date: {no_year}"),
        (7, "bad-date", f"Row 7: 'Date' has 'Sept 9-11', which is not a date: {no_year}"),
    ]


def test_a_dotted_range_of_days_on_a_day_first_sheet(tmp_path: Path) -> None:
    path = tmp_path / "fest.csv"
    path.write_text("Title,Date,Room\nFestival,11.-13.5.2027,Park\nDay,14.5.2027,Park\n",
                    encoding="utf-8")
    mapping = _mapping(tmp_path, order='date_order = "day-first"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-date", "Row 2: 'Date' has '11.-13.5.2027', which is not a date: it is a range "
                        "of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS)]
    assert [(p.name, p.start_time, p.all_day) for p in report.payloads] == [
        ("Day", dt.datetime(2027, 5, 14, tzinfo=dt.UTC), True)]


def test_a_range_of_days_with_a_time_in_a_datetime_column_names_its_days(
        tmp_path: Path) -> None:
    # '11-13 May' is tried before '11-13 May 2027', its year then in the time's words: the
    # message names the days, not a missing year.
    path = tmp_path / "s.csv"
    path.write_text("Title,Starts,Room\nCamp,11-13 May 2027 9:00,Field\n"
                    "Fair,\"May 11-13, 2027 9:00\",Hall\n"
                    "Expo,11-13 May 2027 9:00 - 17:00,Hall B\n", encoding="utf-8")
    mapping = _mapping(tmp_path, 'column = "Starts"', end="until_next = true\nlast_minutes = 60")
    three_days = "it is a range of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS
    assert [(row, code, message) for row, code, message in _issues(path, mapping)] == [
        (2, "bad-datetime", "Row 2: 'Starts' has '11-13 May 2027 9:00', which is not a date "
                            f"and time: {three_days}"),
        (3, "bad-datetime", "Row 3: 'Starts' has 'May 11-13, 2027 9:00', which is not a date "
                            f"and time: {three_days}"),
        (4, "bad-datetime", "Row 4: 'Starts' has '11-13 May 2027 9:00 - 17:00', which is not "
                            "a date and time: write it like 5/11/2027 10:00 AM or 2027-05-11 "
                            "10:00.")]


def test_a_range_of_days_joined_by_a_word_or_sharing_its_month_and_year(
        tmp_path: Path) -> None:
    """Spanish and Portuguese agendas write a stay '20 a 22/09/2027', French ones '11 au 13
    mai 2027': each was 'not a date' with the general hint to write a date."""
    path = tmp_path / "agenda.csv"
    path.write_text("Title,Date,Room\nRetiro,20 a 22/09/2027,Hotel\nSalon,11 au 13 mai 2027,"
                    "Hall\nCamp,11-13/5/2027,Field\n", encoding="utf-8")
    mapping = _mapping(tmp_path, order='date_order = "day-first"\n')
    assert _issues(path, mapping) == [
        (2, "bad-date", "Row 2: 'Date' has '20 a 22/09/2027', which is not a date: it is a "
                        "range of days, 2027-09-20 to 2027-09-22; " + SEVERAL_DAYS),
        (3, "bad-date", "Row 3: 'Date' has '11 au 13 mai 2027', which is not a date: it is a "
                        "range of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS),
        (4, "bad-date", "Row 4: 'Date' has '11-13/5/2027', which is not a date: it is a range "
                        "of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS)]


def test_ranges_of_days_written_other_ways_are_refused_too(tmp_path: Path) -> None:
    # Ordinals, an abbreviated month with its point, a tilde, "to", a dash without spaces
    # between two whole dates; and one whole date with the other's year left off, which
    # takes it from the other.
    cells = ["May 11th-13th, 2027", "Sept. 9-11, 2027", "May 11~13, 2027",
             "May 11, 2027 to May 13, 2027", "May 11, 2027–May 13, 2027", "11th-13th May 2027",
             "May 11 - May 13, 2027"]
    path = tmp_path / "s.csv"
    path.write_text("Title,Date,Room\n" + "".join(f'S{n},"{cell}",Hall\n'
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    mapping = _mapping(tmp_path)
    days = {"Sept. 9-11, 2027": "2027-09-09 to 2027-09-11"}
    assert _issues(path, mapping) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: it is a range "
                          "of days, " + days.get(cell, "2027-05-11 to 2027-05-13") + "; "
                          + SEVERAL_DAYS)
        for row, cell in enumerate(cells, start=2)]


def test_a_range_of_days_without_a_time_in_a_datetime_column_names_its_days(
        tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text('Title,Starts,Room\nFair,"May 11-13, 2027",Hall\n', encoding="utf-8")
    mapping = _mapping(tmp_path, 'column = "Starts"', end="until_next = true\nlast_minutes = 60")
    assert _issues(path, mapping) == [
        (2, "bad-datetime", "Row 2: 'Starts' has 'May 11-13, 2027', which is not a date and "
                            "time: it is a range of days, 2027-05-11 to 2027-05-13; "
                            + SEVERAL_DAYS)]


def test_ranges_written_as_japanese_german_and_spanish_write_them(tmp_path: Path) -> None:
    """The last day alone after a Japanese date (`2027年5月11日～13日`), German days with
    their points (`11. - 13. Mai 2027`), Spanish "del" before the first day: each is refused
    as a range of days, with the range's hint, not read as one day."""
    cells = ["2027年5月11日～13日", "5月11日～13日", "2027年5月11日(火)～13日(木)",
             "11. - 13. Mai 2027", "vom 11. bis 13. Mai 2027", "del 11 al 13 de mayo de 2027",
             "du 11 au 13 mai 2027", "2027년 5월 11일~13일"]
    path = tmp_path / "festival.csv"
    path.write_text("Title,Date,Room\n" + "".join(f"F{n},{cell},Park\n"
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    mapping = _mapping(tmp_path)
    three_days = "it is a range of days, 2027-05-11 to 2027-05-13; " + SEVERAL_DAYS
    no_year = "it is a range of days, with no year; " + SEVERAL_DAYS
    assert _issues(path, mapping) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: "
                          f"{no_year if row == 3 else three_days}")
        for row, cell in enumerate(cells, 2)]


def test_a_range_writing_its_year_once_names_both_days(tmp_path: Path) -> None:
    """The year written once, on the first day or the last (`2027年5月11日～5月13日`, `May 30 -
    June 2, 2027`): the other day is in that year, or over New Year in the next or the one
    before. No such day (Feb 29, 2027), or no year at all, names no days."""
    cells = ["2027年5月11日～5月13日", "2027年5月11日(火)～5月13日(木)", "May 30 - June 2, 2027",
             "11 May - 13 May 2027", "Dec 30 - Jan 2, 2028", "2027年12月30日～1月2日",
             "Feb 29 - Mar 1, 2027", "5月11日～5月13日"]
    path = tmp_path / "festival.csv"
    path.write_text("Title,Date,Room\n" + "".join(f'F{n},"{cell}",Park\n'
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    days = ["2027-05-11 to 2027-05-13", "2027-05-11 to 2027-05-13", "2027-05-30 to 2027-06-02",
            "2027-05-11 to 2027-05-13", "2027-12-30 to 2028-01-02", "2027-12-30 to 2028-01-02"]
    said = [f", {these}" for these in days] + ["", ", with no year"]
    assert _issues(path, _mapping(tmp_path)) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: it is a range "
                          f"of days{said[row - 2]}; {SEVERAL_DAYS}")
        for row, cell in enumerate(cells, 2)]


def test_a_numeric_range_writing_its_year_once_names_both_days(tmp_path: Path) -> None:
    """`5/11 - 5/13/2027`, `2027/5/11 - 5/13`, also with a hyphen alone between them
    (`5/11-5/13/2027`): a range of days, as `May 11 - May 13, 2027` is. A time range in a
    date cell (`9.30 - 10.30`) is not one."""
    cells = ["5/11 - 5/13/2027", "2027/5/11 - 5/13", "5/11/2027 - 5/13", "12/30 - 1/2/2028",
             "5/11-5/13/2027", "5/11/2027-5/13/2027", "2027/5/11-5/13", "5/11 - 5/13",
             "9.30 - 10.30"]
    path = tmp_path / "festival.csv"
    path.write_text("Title,Date,Room\n" + "".join(f'F{n},"{cell}",Park\n'
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    days = {"12/30 - 1/2/2028": "2027-12-30 to 2028-01-02"}
    hints = [f"it is a range of days, {days.get(cell, '2027-05-11 to 2027-05-13')}; "
             f"{SEVERAL_DAYS}" for cell in cells[:-2]] + [
        f"it is a range of days, with no year; {SEVERAL_DAYS}",
        "write the date like 5/11/2027 (May 11) or 2027-05-11."]
    assert _issues(path, _mapping(tmp_path)) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: {hint}")
        for row, (cell, hint) in enumerate(zip(cells, hints, strict=True), 2)]


def test_a_day_first_numeric_range_writing_its_year_once_names_both_days(
        tmp_path: Path) -> None:
    """`11/05 - 13/05/2027` (a slash in the mapping's order), `11.05. - 13.05.2027` (dots
    day first), German `11.05.-13.05.2027` with a hyphen alone, over New Year too."""
    cells = ["11/05 - 13/05/2027", "11.05. - 13.05.2027", "11.05.-13.05.2027",
             "11.05.2027-13.05.2027", "30.12.-02.01.2028", "11.5.-13.5."]
    path = tmp_path / "fest.csv"
    path.write_text("Title,Date,Room\n" + "".join(f'F{n},"{cell}",Park\n'
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    days = {"30.12.-02.01.2028": "2027-12-30 to 2028-01-02"}
    hints = [f"it is a range of days, {days.get(cell, '2027-05-11 to 2027-05-13')}; "
             f"{SEVERAL_DAYS}" for cell in cells[:-1]] + [
        f"it is a range of days, with no year; {SEVERAL_DAYS}"]
    mapping = _mapping(tmp_path, order='date_order = "day-first"\n')
    assert _issues(path, mapping) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: {hint}")
        for row, (cell, hint) in enumerate(zip(cells, hints, strict=True), 2)]


def test_a_range_of_days_joined_by_through_till_or_to_names_its_days(tmp_path: Path) -> None:
    """`May 11 through May 13, 2027`, `May 11 thru 13, 2027`, `May 11 to 13, 2027`, as
    American programmes write a festival's days, and as a time range may be joined."""
    cells = ["May 11 through May 13, 2027", "May 11 thru 13, 2027", "5/11/2027 through 5/13/2027",
             "May 11 till May 13, 2027", "May 11 'til 13, 2027", "11th through 13th May 2027",
             "May 11 to 13, 2027", "May 11 until 13, 2027", "Sept 9 through 11"]
    path = tmp_path / "festival.csv"
    path.write_text("Title,Date,Room\n" + "".join(f'F{n},"{cell}",Park\n'
                                                  for n, cell in enumerate(cells)),
                    encoding="utf-8")
    said = ["2027-05-11 to 2027-05-13"] * 8 + ["with no year"]
    assert _issues(path, _mapping(tmp_path)) == [
        (row, "bad-date", f"Row {row}: 'Date' has {cell!r}, which is not a date: it is a range "
                          f"of days, {days}; {SEVERAL_DAYS}")
        for row, (cell, days) in enumerate(zip(cells, said, strict=True), 2)]
