"""A one-day workshop's programme with no date column, each session's time range written
once on the row naming it ('11:00-12:30', 'Session 1') and its papers on the rows under it
with the time cell blank (mutation-workshop/2024, `_data/program.csv`, under a '(GMT Time)'
row). The draft said those papers would be read as all-day sessions on the programme's
date, and offered only skip_unscheduled; as for a programme with a date column, it now names
them and the fill_down that gives each paper its session's time. A few rows in the file's
shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Time", "Title", "Authors", "Type"]
ROWS = [
    ["(GMT Time)", "", "", ""],
    ["09:30-09:35", "Opening", "", ""],
    ["11:00-12:30", "Session 1", "(Chair) Renzo Degiovanni", ""],
    ["", "Analysis of mutation operators for FSM testing", "Danial Nikbin and Yvan Labiche",
     "Full"],
    ["", "A Tool for Mutation Analysis in Racket", "Bambi Zhuang, James Perretta", "Short"],
    ["12:30-14:00", "Lunch (90 min)", "", ""],
]
NOTE = ("# 2 rows have no 'Time', under a row with one (rows 5, 6): each is read as an "
        "all-day session. If they are talks in the slot of the row above (a keynote's, a "
        "session's), add fill_down = [\"Time\"] above the first [fields...] table, which gives "
        "each the time above it")


def test_the_draft_names_papers_left_without_their_sessions_time(tmp_path: Path) -> None:
    draft = draft_mapping(write_csv(tmp_path, HEADER, ROWS, name="program.csv")).text
    assert [line for line in draft.splitlines() if "no 'Time'" in line] == [NOTE]


def test_the_fill_down_it_names_gives_each_paper_its_session(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="program.csv")
    mapping = tmp_path / "mutation.toml"
    mapping.write_text('fill_down = ["Time"]\n' + draft_mapping(sheet).text.replace(
        'date_column = "FILL IN"', "date = 2024-05-27"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(p.name, f"{p.start_time:%H:%M}-{p.end_time:%H:%M}", p.all_day)
            for p in report.payloads] == [
        ("Opening", "09:30-09:35", False),
        ("Session 1", "11:00-12:30", False),
        ("Analysis of mutation operators for FSM testing", "11:00-12:30", False),
        ("A Tool for Mutation Analysis in Racket", "11:00-12:30", False),
        ("Lunch (90 min)", "12:30-14:00", False)]


def test_all_day_items_atop_a_one_day_programme_keep_their_note(tmp_path: Path) -> None:
    """Items listed before any timed row are meant all day: the note says so, as before."""
    rows = [["", "Poster exhibition", "", "Poster"], *ROWS[1:3]]
    draft = draft_mapping(write_csv(tmp_path, HEADER, rows, name="program.csv")).text
    assert "under a row with one" not in draft
    assert "1 row has no 'Time': each is read as an all-day session on the programme's date" \
        in draft
