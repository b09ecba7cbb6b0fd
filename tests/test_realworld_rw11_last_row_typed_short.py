"""A programme typed by hand whose last row leaves out its empty last cell and has no line
break after it: a theory day's schedule (NYCU-theory-day/2026-April, `data/schedule.csv`),
whose closing excursion names no speaker. It cannot be told from a file cut mid-write, so it
is refused as one; the message says how to keep the row as written. Its rows, as published."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import InputError
from importer.validate import validate_file

SCHEDULE = (
    "day,date,time,type,title,speaker\n"
    "3,4/23/2026,10:00 – 10:20,break,Coffee Break,\n"
    "3,4/23/2026,13:30 – 14:20,plenary,A Radius-Sensitive Approximation Algorithm for "
    "Connected Submodular Maximization,Philip Cervenjak (University of Melbourne)\n"
    "3,4/23/2026,16:00 - 18:00,break,Group Excursion")
MAPPING = """name = "theory-day"
date_order = "month-first"
[fields.name]
column = "title"
[fields.start]
date_column = "date"
time_column = "time"
[fields.end]
time_column = "time"
"""


def test_the_refusal_says_how_to_keep_a_whole_last_row_left_short(tmp_path: Path) -> None:
    """It said only to export or copy the file again, which gives the same file."""
    path = tmp_path / "schedule.csv"
    path.write_text(SCHEDULE, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    assert str(caught.value) == (
        f"{path} seems cut off: its last row, row 4, has 5 of the 6 cells the rows before it "
        "have, and no line break after it, as an export interrupted or a copy still syncing "
        "leaves a file; the last row read whole is row 3. Export or copy the file again and "
        "let it finish (or, if row 4 is whole and only leaves its last cell empty, end it "
        "with a line break).")


def test_the_row_ended_with_a_line_break_as_told_is_read(tmp_path: Path) -> None:
    path = tmp_path / "schedule.csv"
    path.write_text(SCHEDULE + "\n", encoding="utf-8")
    mapping = tmp_path / "theory-day.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(row.row, row.payload.name, row.payload.start_time.isoformat(),
             row.payload.end_time.isoformat()) for row in report.rows if row.payload] == [
        (2, "Coffee Break", "2026-04-23T10:00:00+00:00", "2026-04-23T10:20:00+00:00"),
        (3, "A Radius-Sensitive Approximation Algorithm for Connected Submodular Maximization",
         "2026-04-23T13:30:00+00:00", "2026-04-23T14:20:00+00:00"),
        (4, "Group Excursion", "2026-04-23T16:00:00+00:00", "2026-04-23T18:00:00+00:00")]
