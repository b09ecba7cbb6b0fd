"""A cell that a field's `values` leave out, or give a value that does not read: the message
names the values and the entry to add or correct, not the generic way to write the cell.
Invented data: a poster session's day column (`Wed`, `Thu`) and yes/no and number columns
in the sheet's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

POSTERS = "day,title\nWed,Poster A\nThu,Poster B\nFri,Poster C\n"
WED_THU = 'values = { Wed = "2027-05-12", Thu = "2027-05-13" }\n'
HEAD = 'name = "posters"\nimport_id_prefix = "p:"\n[fields.name]\ncolumn = "title"\n'


def _errors(tmp_path: Path, sheet: str, fields: str) -> list[tuple[int | None, str | None, str,
                                                                   str]]:
    path = write_bytes(tmp_path, "posters.csv", sheet.encode())
    mapping = write_bytes(tmp_path, "posters.toml", (HEAD + fields).encode())
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.column, i.code, i.message) for i in report.issues
            if i.severity == "error"]


def test_a_day_the_starts_values_leave_out_is_told_the_entry_to_add(tmp_path: Path) -> None:
    """It was told to write the cell like 5/11/2027 10:00 AM, as if no values were given."""
    errors = _errors(tmp_path, POSTERS, f'[fields.start]\ncolumn = "day"\n{WED_THU}'
                                        '[fields.end]\ncolumn = "day"\n')
    assert errors == [(4, "day", "bad-datetime",
                       "Row 4: 'day' has 'Fri', which the values under [fields.start] leave "
                       'out: add "Fri" = "YYYY-MM-DD" to them, or correct the cell.')]


def test_a_day_left_out_of_a_date_column_is_one_issue_on_its_row(tmp_path: Path) -> None:
    """Start on date_column = "day", the end on column = "day" taking the start's values:
    the row was told twice, the second time to write a date and time."""
    errors = _errors(tmp_path, POSTERS, f'[fields.start]\ndate_column = "day"\n{WED_THU}'
                                        '[fields.end]\ncolumn = "day"\n')
    assert errors == [(4, "day", "bad-date",
                       "Row 4: 'day' has 'Fri', which the values under [fields.start] leave "
                       'out: add "Fri" = "YYYY-MM-DD" to them, or correct the cell.')]


def test_an_end_whose_own_values_leave_out_a_day_the_start_maps_names_them(
    tmp_path: Path,
) -> None:
    """It was told the session had no start time but an end, which was false."""
    errors = _errors(tmp_path, POSTERS, '[fields.start]\ncolumn = "day"\n'
                     'values = { Wed = "2027-05-12", Thu = "2027-05-13", Fri = "2027-05-14" }\n'
                     f'[fields.end]\ncolumn = "day"\n{WED_THU}')
    assert errors == [(4, "day", "bad-datetime",
                       "Row 4: 'day' has 'Fri', which the values under [fields.end] leave out: "
                       'add "Fri" = "YYYY-MM-DD" to them, or correct the cell.')]


def test_a_day_left_out_of_both_fields_values_is_told_once(tmp_path: Path) -> None:
    errors = _errors(tmp_path, POSTERS, f'[fields.start]\ncolumn = "day"\n{WED_THU}'
                                        f'[fields.end]\ncolumn = "day"\n{WED_THU}')
    assert [(row, code) for row, _, code, _ in errors] == [(4, "bad-datetime")]
    assert "[fields.start]" in errors[0][3]


def test_without_values_or_on_a_column_they_do_not_serve_the_cells_hint_stays(
    tmp_path: Path,
) -> None:
    """No values: the way to write a date and time. Values of days beside a time column:
    a mistyped time is told how to write a time, not to add it to the values."""
    sheet = "day,from,to,title\nWed,10:00,11:00,Talk A\nThu,1O:00,11:00,Talk B\n"
    errors = _errors(tmp_path, sheet, '[fields.start]\ndate_column = "day"\n'
                     f'time_column = "from"\n{WED_THU}[fields.end]\ntime_column = "to"\n')
    assert errors == [(3, "from", "bad-time", "Row 3: 'from' has '1O:00', with a letter O "
                                               "where a zero goes: write 10:00.")]
    errors = _errors(tmp_path, POSTERS, '[fields.start]\ncolumn = "day"\n'
                                        '[fields.end]\ncolumn = "day"\n')
    assert [(row, message) for row, _, _, message in errors] == [
        (row, f"Row {row}: 'day' has {day!r}, which is not a start and end date and time: "
              "write it like 5/11/2027 10:00 AM or 2027-05-11 10:00.")
        for row, day in ((2, "Wed"), (3, "Thu"), (4, "Fri"))]


def test_yes_no_and_number_cells_the_values_leave_out_or_misread(tmp_path: Path) -> None:
    sheet = ("day,title,rate,rank,seats,login\nWed,A,Ja,first,lots,yes\n"
             "Wed,B,Jein,second,many,yes\nWed,C,Vielleicht,first,lots,yes\n")
    errors = _errors(tmp_path, sheet, f'[fields.start]\ncolumn = "day"\n{WED_THU}'
                     '[fields.end]\ncolumn = "day"\n[fields.allow_rating]\ncolumn = "rate"\n'
                     'values = { Ja = "yes" }\n'
                     '[fields.rank]\ncolumn = "rank"\nvalues = { first = "1" }\n'
                     '[fields.max_capacity]\ncolumn = "seats"\nvalues = { lots = "100" }\n'
                     '[fields.require_login]\ncolumn = "login"\n')
    assert [issue for issue in errors if issue[2].startswith("bad-")] == [
        (3, "rate", "bad-boolean",
         "Row 3: 'rate' has 'Jein', which the values under [fields.allow_rating] leave out: "
         'add "Jein" = "yes" or "Jein" = "no" to them, or correct the cell.'),
        (3, "rank", "bad-number",
         "Row 3: 'rank' has 'second', which the values under [fields.rank] leave out: add "
         '"second" = "<a number>" to them, or correct the cell.'),
        (3, "seats", "bad-number",
         "Row 3: 'seats' has 'many', which the values under [fields.max_capacity] leave out: "
         'add "many" = "<a whole number>" to them, or correct the cell.'),
        (4, "rate", "bad-boolean",
         "Row 4: 'rate' has 'Vielleicht', which the values under [fields.allow_rating] leave "
         'out: add "Vielleicht" = "yes" or "Vielleicht" = "no" to them, or correct the cell.')]


def test_an_entry_whose_value_does_not_read_is_quoted_under_its_table(
    tmp_path: Path,
) -> None:
    """Such a cell was told to correct the entry, then how to write the cell, or (a day
    name) to add a `values` entry: the entry is what the planner must fix."""
    sheet = "day,from,title\nWed,am,A\nFri,am,B\n"
    errors = _errors(tmp_path, sheet, '[fields.start]\ndate_column = "day"\n'
                     'time_column = "from"\nvalues = { Wed = "2027-05-12", Fri = "Friday", '
                     '" AM" = "morning" }\n[fields.end]\nminutes = 30\n')
    assert errors == [
        (2, "from", "bad-time",
         "Row 2: 'from' has 'am', read through the mapping's [fields.start.values] \" AM\" "
         '= "morning": correct that entry\'s value to a time, as HH:MM.'),
        (3, "day", "bad-date",
         "Row 3: 'day' has 'Fri', read through the mapping's [fields.start.values] \"Fri\" "
         '= "Friday": correct that entry\'s value to a date, as YYYY-MM-DD.'),
        (3, "from", "bad-time",
         "Row 3: 'from' has 'am', read through the mapping's [fields.start.values] \" AM\" "
         '= "morning": correct that entry\'s value to a time, as HH:MM.')]


def load_errors(tmp_path: Path, text: str) -> list[str]:
    """Each line of the error a mapping of `text` (after HEAD) is refused with, as loaded."""
    mapping = write_bytes(tmp_path, "posters.toml", (HEAD + text).encode())
    with pytest.raises(MappingError) as caught:
        load_mapping(mapping)
    return str(caught.value).replace(f"{tmp_path}/", "").split("\n")


def test_a_day_and_time_entry_that_does_not_read_says_both_forms(tmp_path: Path) -> None:
    """A start and end in one column: a date alone reads (all day), as does a range. The
    entry is wrong for any sheet: the mapping is refused as it loads."""
    assert load_errors(tmp_path, '[fields.start]\ncolumn = "day"\n'
                       'values = { Wed = "2027-05-12", Thu = "2027-05-13", Fri = "Friday" }\n'
                       '[fields.end]\ncolumn = "day"\n') == [
        'posters.toml:7: fields.start: values has "Fri" = "Friday", which is not a start and '
        "end date and time: correct that entry's value to a date, as YYYY-MM-DD, or a start "
        "and end, as YYYY-MM-DD HH:MM - YYYY-MM-DD HH:MM"]


def test_date_time_and_duration_entries_that_do_not_read_stop_the_mapping_once(
    tmp_path: Path,
) -> None:
    """Told on each row holding its cell (or never, until a sheet held it), such an entry
    is wrong whatever the sheet holds, where the mapping alone picks the column's reader:
    every one is named as the mapping loads."""
    assert load_errors(tmp_path, (
        '[fields.start]\ncolumn = "when"\nvalues = { TBC = "2027-13-01", "-" = "" }\n'
        '[fields.end]\ntime_column = "to"\nvalues = { noon = "12:00pm-ish", late = "9" }\n'
        '[fields.end_date]\ncolumn = "last day"\nvalues = { Fri = "Friday" }\n'
        '[fields.registration_start_date]\ndate_column = "opens"\n'
        'values = { soon = "next week" }\n')) == [
        'posters.toml:7: fields.start: values has "TBC" = "2027-13-01", which is not a date and '
        "time: correct that entry's value to a date, as YYYY-MM-DD, or a date and time, as "
        "YYYY-MM-DD HH:MM",
        'posters.toml:10: fields.end: values has "noon" = "12:00pm-ish", which is not a time: '
        "correct that entry's value to a time, as HH:MM",
        'posters.toml:16: fields.registration_start_date: values has "soon" = "next week", which '
        "is not a date: correct that entry's value to a date, as YYYY-MM-DD",
        'posters.toml:13: fields.end_date: values has "Fri" = "Friday", which is not a date: '
        "correct that entry's value to a date, as YYYY-MM-DD"]
    assert load_errors(tmp_path, '[fields.start]\ncolumn = "when"\n[fields.end]\n'
                       'duration_column = "length"\nvalues = { long = "ages" }\n') == [
        'posters.toml:9: fields.end: values has "long" = "ages", which is not a duration: '
        "correct that entry's value to a duration, as minutes (90) or H:MM (1:30)"]


def test_an_entry_read_in_the_mappings_date_order_loads(tmp_path: Path) -> None:
    """The entry is read as its cells are, in the mapping's date_order: 13/05/2027 is a date
    day-first, and none month-first."""
    fields = ('[fields.start]\ndate_column = "day"\nvalues = { Wed = "13/05/2027" }\n'
              '[fields.end]\nminutes = 30\n')
    mapping = write_bytes(tmp_path, "posters.toml",
                          ('date_order = "day-first"\n' + HEAD + fields).encode())
    assert load_mapping(mapping).fields.start.values == {"Wed": "13/05/2027"}
    assert load_errors(tmp_path, fields) == [
        'posters.toml:7: fields.start: values has "Wed" = "13/05/2027", which is not a date: '
        "correct that entry's value to a date, as YYYY-MM-DD"]


def test_a_yes_no_or_number_entry_that_does_not_read_stops_the_mapping_once(
    tmp_path: Path,
) -> None:
    """Such an entry was told on each row holding its cell, after the sheet was read; it is
    wrong whatever the sheet holds, so the mapping is refused, every such entry named. An
    empty value (a blank cell) is read."""
    mapping = write_bytes(tmp_path, "posters.toml", (
        HEAD + f'[fields.start]\ncolumn = "day"\n{WED_THU}[fields.end]\ncolumn = "day"\n'
        '[fields.allow_rating]\ncolumn = "rate"\nvalues = { Ja = "yes", "Nein" = "maybe", '
        '"-" = "" }\n[fields.rank]\ncolumn = "rank"\nvalues = { first = "1", ten = "ten" }\n'
        '[fields.max_capacity]\ncolumn = "seats"\nvalues = { lots = "2.5" }\n').encode())
    with pytest.raises(MappingError) as caught:
        load_mapping(mapping)
    assert sorted(str(caught.value).replace(f"{tmp_path}/", "").split("\n")) == [
        "posters.toml:12: fields.allow_rating: values has \"Nein\" = \"maybe\", which is not yes "
        "or no: correct that entry's value; write yes or no (also y/n, true/false, 1/0, or x "
        "for yes), or the same in French, German, Spanish, Italian, Portuguese or Dutch",
        "posters.toml:15: fields.rank: values has \"ten\" = \"ten\", which is not a number: "
        "correct that entry's value; write a number such as 1 or 2.5",
        "posters.toml:18: fields.max_capacity: values has \"lots\" = \"2.5\", which is not "
        "a whole number: correct that entry's value; a whole number is needed, not a "
        "fraction; write a whole number of zero or more, such as 50"]
