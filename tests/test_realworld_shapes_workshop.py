"""Shapes of real programmes of a one-day workshop: a time range per slot, and a session's
papers on the rows under it with no time of their own. Invented data of the same shape."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

WORKSHOP = ("Time,Title,Authors,Type\n"
            "09:30-09:35,Opening,,\n"
            "11:00-12:30,Session 1,(Chair) Ana Ruiz,\n"
            ",Mutation operators for state machines,Li Wei and Tom Berg,Full\n"
            ",A mutation tool for Scheme,Eva Kos,Short\n"
            "12:30-14:00,Lunch,,\n")


def test_a_one_day_agenda_says_its_rows_with_no_time_are_read_as_all_day(
        tmp_path: Path) -> None:
    """The draft said to add skip_unscheduled to skip the papers 'instead of reporting each as
    an error', but with the programme's one date nothing reports them: each is sent as an
    all-day session. The note now says what happens to them, and, as they sit under a
    session's time range, the fill_down that gives each that time."""
    sheet = write_bytes(tmp_path, "program.csv", WORKSHOP.encode())
    text = draft_mapping(sheet).text
    assert re.findall(r"^# \d+ rows? ha(?:s|ve) no .*$", text, re.M) == [
        "# 2 rows have no 'Time', under a row with one (rows 4, 5): each is read as an all-day "
        "session. If they are talks in the slot of the row above (a keynote's, a session's), "
        "add fill_down = [\"Time\"] above the first [fields...] table, which gives each the time "
        "above it"]
    mapping = tmp_path / "program.toml"
    mapping.write_text(text.replace('date_column = "FILL IN"', "date = 2027-05-11"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Amsterdam")
    assert [(row.row, row.payload.all_day) for row in report.rows if row.payload] == [
        (2, False), (3, False), (4, True), (5, True), (6, False)]
    assert report.with_errors == 0
