"""Small mends in reading a sheet: cells quoted without padding in a repeated column's
error; a range's end unknown ('9:00 - ?'); parts of the day in German and the Romance
languages; a month's heading with its year, and a short month's name in small letters; a
date struck through in draft-mapping's notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_lone_starts import _sheet, at
from tests.test_small_mends import filling_down_dates
from tests.test_validate import write_csv


def test_two_columns_headed_alike_quote_their_differing_cells_without_padding(
        tmp_path: Path) -> None:
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location,  Room/Location \n"
                     "Talk,5/11/2027,9:00,10:00,  Hall A ,Hall B  \n", encoding="utf-8")
    report = validate_file(sheet, timezone="UTC")
    assert [(i.column, i.code, i.message) for i in report.issues
            if i.code == "repeated-column"] == [
        ("Room/Location", "repeated-column",
         "Two columns are headed 'Room/Location': 'Room/Location' (column E) and "
         "'Room/Location (2)' (column F), and they differ (row 2: 'Hall A' against 'Hall B'). "
         "The mapping reads the first; rename or delete the one that is not meant.")]


UNKNOWN_ENDS = ["9:00 - TBD (afternoon)", "10:00 - ?", "11:00-??", "12:00 - (tbc)"]


def test_a_range_whose_end_is_unknown_is_sent_with_the_mappings_length_and_warned_of(
        tmp_path: Path) -> None:
    """'9:00 - ?', '9:00 - TBD (afternoon)': a start with its end not known yet, as
    '9:00 - TBC' is, not a range written wrongly."""
    path, mapping = _sheet(tmp_path, "minutes = 45", [*UNKNOWN_ENDS, "13:00 - 14:00"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (row, "end-not-confirmed", "warning",
         f"Row {row}: 'Time' has {cell!r}, whose end {end!r} is not confirmed yet: the session "
         "is sent 45 minutes long (minutes under [fields.end]) until its end is written in, "
         "like 9:00 - 10:30.")
        for row, cell, end in [(2, "9:00 - TBD (afternoon)", "TBD (afternoon)"),
                               (3, "10:00 - ?", "?"), (4, "11:00-??", "??"),
                               (5, "12:00 - (tbc)", "(tbc)")]]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(9), at(9, 45)), ("S1", at(10), at(10, 45)), ("S2", at(11), at(11, 45)),
        ("S3", at(12), at(12, 45)), ("S4", at(13), at(14))]


def test_without_a_length_a_range_whose_end_is_unknown_says_what_to_write(
        tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "", ["10:00 - ?", "9:00 - 10:30"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time' has '10:00 - ?', which is not a start and end time: "
                        "its end '?' is not confirmed yet: write the end once it is known, "
                        "like 9:00 - 10:30; or give such starts a length with minutes = 120 "
                        "(say) under [fields.end], or end each as the next session starts "
                        "with until_next = true there.")]
    assert [p.name for p in report.payloads] == ["S1"]


PARTS_OF_DAY = [("Mittag", "12:30"), ("Mittagspause", "12:30"), ("Vormittag", "9:00"),
                ("Morgen", "9:00"), ("Abend", "18:00"), ("manhã", "9:00"), ("noite", "18:00"),
                ("almoço", "12:30"), ("pausa pranzo", "12:30"), ("après-midi", "14:00"),
                ("avond", "18:00")]


def test_a_part_of_the_day_in_german_or_a_romance_language_is_told_as_one(
        tmp_path: Path) -> None:
    """'Mittag', 'Morgen', 'manhã', 'almoço', 'pausa pranzo' in a time cell: a part of the day
    (or lunch), told with a clock time in it, as 'Evening' and 'Lunch' are; not 'not a time'."""
    path, mapping = _sheet(tmp_path, "minutes = 45", [word for word, _ in PARTS_OF_DAY])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-time", f"Row {row}: 'Time' has {word!r}, a part of the day, not a time: the "
                          f"session needs a clock time, like {example}.")
        for row, (word, example) in enumerate(PARTS_OF_DAY, start=2)]


def test_a_months_name_with_its_year_heads_its_days(tmp_path: Path) -> None:
    """'ABRIL 2026', 'May, 2027': a month's heading as 'ABRIL' alone is, not a day with
    nothing on, and not filled down as the date of the rows under it."""
    path = write_csv(tmp_path, ["Date", "Session Title", "Time Start", "Time End"], [
        ["ABRIL 2027", "", "", ""],
        ["4/30/2027", "Lecture 1", "9:00", "10:00"],
        ["May, 2027", "", "", ""],
        ["", "Lecture 2", "9:00", "10:00"],
        ["Juni 2027:", "", "", ""],
        ["6/3/2027", "Lecture 3", "9:00", "10:00"]])
    mapping = filling_down_dates(tmp_path)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    heading = ("Row {}: holds only {!r} (in 'Date'), a month's name heading the days under "
               "it, so it is read as a section heading and nothing is sent for it.")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "section-heading", heading.format(2, "ABRIL 2027")),
        (4, "section-heading", heading.format(4, "May, 2027")),
        # Nor is the April date above the heading (tests/test_audit_mu58.py).
        (5, "missing-required", "Row 5: 'Date' is empty, under the month's heading on row 4: "
                                "fill_down takes no date from above that heading ('4/30/2027', "
                                "row 3) into the month under it. Fill in the row's date."),
        (6, "section-heading", heading.format(6, "Juni 2027:"))]
    assert [(p.name, p.start_time) for p in report.payloads] == [
        ("Lecture 1", dt.datetime(2027, 4, 30, 9, tzinfo=dt.UTC)),
        ("Lecture 3", dt.datetime(2027, 6, 3, 9, tzinfo=dt.UTC))]


def _lone_date_cells(tmp_path: Path, lone: list[str]) -> list[tuple[int | None, str, str]]:
    """The issues of a sheet whose Date column holds each of `lone` alone on its row, each
    over a day's lecture."""
    rows = []
    for day, cell in enumerate(lone, start=1):
        rows += [[cell, "", "", ""], [f"9/{day}/2027", f"Lecture {day}", "9:00", "10:00"]]
    path = write_csv(tmp_path, ["Date", "Session Title", "Time Start", "Time End"], rows)
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "m"\n[fields.name]\ncolumn = "Session Title"\n[fields.start]\n'
        'date_column = "Date"\ntime_column = "Time Start"\n[fields.end]\n'
        'time_column = "Time End"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code, i.value or "") for i in report.issues if i.row]


def test_a_short_months_name_in_small_letters_heads_days_only_among_other_months(
        tmp_path: Path) -> None:
    """'mar' is March, and Tuesday in Spanish ('lun', 'mar', 'mié'): in small letters a
    short name is a month's heading only where the column's other cells alone on their rows
    are months too; 'Mar', 'SET' and 'set 2027' are headings wherever they are."""
    assert _lone_date_cells(tmp_path, ["set", "out", "dez"]) == [
        (2, "section-heading", "set"), (4, "section-heading", "out"),
        (6, "section-heading", "dez")]
    assert _lone_date_cells(tmp_path, ["lun", "mar", "mié"]) == [
        (2, "empty-day", "lun"), (4, "empty-day", "mar"), (6, "empty-day", "mié")]
    assert _lone_date_cells(tmp_path, ["set"]) == [(2, "empty-day", "set")]
    assert _lone_date_cells(tmp_path, ["Mar", "SET", "set 2027"]) == [
        (2, "section-heading", "Mar"), (4, "section-heading", "SET"),
        (6, "section-heading", "set 2027")]


def test_draft_mapping_names_a_struck_date_without_the_strikethrough_marks(
        tmp_path: Path) -> None:
    """A date struck through by pasted marks (U+0336 after each character), the new one
    beside it: no word to give a date under `values`, and named without the marks."""
    struck = "".join(char + "\u0336" for char in "5/11/2027")
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Title,Date,Start,End,Room\nA,5/11/2027,9:00,10:00,R\n"
                     f"B,{struck} 5/12/2027,9:00,10:00,R\nC,5/12/2027,9:00,10:00,R\n",
                     encoding="utf-8")
    text = draft_mapping(sheet).text
    assert "\u0336" not in text
    assert [line for line in text.splitlines() if "'Date'" in line] == [
        "# 'Date' has '5/11/2027' struck through (by strikethrough characters, as pasted "
        "from a text styling site): write the date meant without the struck text (validate "
        "names the rows)"]
