"""A time range ('10:00-11:30') in the column a mapping reads as the start's date and time:
it is no date and time written wrong, but a slot with no date, so the error says so and
gives the mapping that reads a column of time ranges."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file

RANGE = ("it is a time range (a start and an end) with no date; to read a column of them, map "
         "[fields.start] with date_column = the column of dates (or date = the day, for a "
         "programme of one day) and time_column = this column, and [fields.end] with "
         "time_column = this column")
MAPPING = ('name = "t"\n[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\n{start}\n[fields.end]\n{end}\n')


def _errors(tmp_path: Path, start: str, end: str) -> list[tuple[int, str, str]]:
    sheet = tmp_path / "programme.csv"
    sheet.write_text("Title,When\nKeynote,10:00-11:30\nTalk,5/11/2027 12:00\n"
                     "Panel,12:00 to 13:00\nLunch,someday\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING.format(start=start, end=end), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [(issue.row, issue.code, issue.message) for issue in report.issues
            if issue.severity == "error"]


def test_a_time_range_in_a_start_datetime_column_is_named_with_the_mapping_that_reads_it(
        tmp_path: Path) -> None:
    def said(row: int, value: str, hint: str) -> tuple[int, str, str]:
        return (row, "bad-datetime", f"Row {row}: 'When' has {value!r}, which is not a date "
                f"and time: {hint}.")
    assert _errors(tmp_path, 'column = "When"', "minutes = 30") == [
        said(2, "10:00-11:30", RANGE),
        said(4, "12:00 to 13:00", RANGE),
        said(5, "someday", "write it like 5/11/2027 10:00 AM or 2027-05-11 10:00")]


def test_the_mapping_the_error_gives_reads_the_ranges(tmp_path: Path) -> None:
    """With the date given, as the message says, the ranges read; the datetime cell does not
    (a time column), and is named so."""
    errors = _errors(tmp_path, 'date = 2027-05-11\ntime_column = "When"', 'time_column = "When"')
    assert [(row, code) for row, code, _ in errors] == [(3, "bad-time"), (5, "bad-time")]
