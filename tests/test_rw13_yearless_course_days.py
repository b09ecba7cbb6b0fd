"""A course's sessions listed by day with dots and no year ('17.10'), and no times: the draft
reads them as all-day sessions on those days, as it does dates with their year, rather than as
times (17:10) wanting a date and an end. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

SHEET = (
    "session,date,title,topic\n"
    "1,17.10,1. Einführung: Überblick,Überblick\n"
    "2,31.10,2. Anfänge: Erste Schulen,Erste Schulen\n"
    "3,07.11,3. Anfänge: Zweite Welle,Zweite Welle\n"
    "4,16.01,4. Methoden: Feldforschung,Feldforschung\n")
YEARS = ('"17.10" = "2026-10-17", "31.10" = "2026-10-31", "07.11" = "2026-11-07", '
         '"16.01" = "2027-01-16"')


def _tables(text: str) -> list[str]:
    """The draft's [fields.start] and [fields.end] tables, each as its lines joined."""
    blocks = text.split("\n\n")
    return [block for block in blocks if block.startswith(("[fields.start]", "[fields.end]"))]


def test_days_with_dots_and_no_year_are_all_day_sessions(tmp_path: Path) -> None:
    """The draft asked for an end column (or until_next), as if the days were times of day;
    only the start's years are left to give."""
    draft = draft_mapping(write_bytes(tmp_path, "kurs.csv", SHEET.encode()))
    assert draft.missing == ["start"]
    assert _tables(draft.text) == [
        "[fields.start]\n"
        "# no column holds times: each session is all day, on the day its cell gives\n"
        'column = "date"',
        "[fields.end]\n"
        "# the same column: a day alone has no end; it reads the column's cells with the "
        "values given under [fields.start]\n"
        'column = "date"']


def test_the_drafted_mapping_validates_once_the_years_are_given(tmp_path: Path) -> None:
    """Following the draft's comments (the values under both tables) gives a mapping that
    validates every row as an all-day session."""
    path = write_bytes(tmp_path, "kurs.csv", SHEET.encode())
    text = draft_mapping(path).text.replace(
        'column = "date"', f'column = "date"\nvalues = {{ {YEARS} }}')
    mapping = write_bytes(tmp_path, "kurs.toml", text.encode())
    report = validate_file(path, mapping=mapping)
    assert (report.rows_read, report.valid, [i.code for i in report.issues]) == (
        4, 4, ["derived-import-id", "timezone-assumed"])


def test_a_day_not_fixed_yet_leaves_the_others_all_day_sessions(tmp_path: Path) -> None:
    """One 'TBA' among the days: the draft read them as times again, asked for an end column
    (or until_next) and left the start's column unread as a date's."""
    draft = draft_mapping(write_bytes(tmp_path, "kurs.csv", (
        SHEET + "5,TBA,5. Ausblick,Ausblick\n").encode()))
    assert (draft.missing, _tables(draft.text)) == (
        ["start"], _tables(draft_mapping(write_bytes(tmp_path, "all.csv", SHEET.encode())).text))
