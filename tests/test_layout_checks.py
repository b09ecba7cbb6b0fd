"""Sheet-layout checks that depend on where the table came from: cells past a workbook's
last header are data under no header (a warning), never a CSV's unquoted delimiter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from importer.validate import validate_file
from tests.test_validate import CLASSIC, assert_one_untitled_column_h


def test_workbook_cells_past_the_last_header_are_one_warning_not_row_errors(
        tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(CLASSIC)
    sheet.append(["Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", None, "Plain", "note"])
    sheet.append(["Panel", "5/11/2027", "10:00 AM", "11:00 AM", "Hall", None, "About data"])
    workbook.save(tmp_path / "s.xlsx")
    assert_one_untitled_column_h(validate_file(tmp_path / "s.xlsx", timezone="UTC"))


def test_a_heading_inside_a_date_merged_down_is_a_heading_and_a_blank_row_no_row(
        tmp_path: Path) -> None:
    """The Date merged over the day gives the 'Lunch break' row and the blank row under the
    last session a date, as Excel shows it; neither holds a session. Row 4 is the heading
    it was typed as, and row 6 is blank, not a heading holding only a date."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Date", "Session Title", "Time Start", "Time End", "Room/Location"])
    sheet.append([dt.date(2027, 5, 11), "Opening", dt.time(9), dt.time(10), "Hall A"])
    sheet.append([None, "Keynote", dt.time(10), dt.time(11), "Hall A"])
    sheet.append([None, "Lunch break"])
    sheet.append([None, "Workshop", dt.time(13), dt.time(14), "Room 2"])
    sheet.append([])
    sheet.merge_cells("A2:A6")
    sheet.append([dt.date(2027, 5, 12), "Day two", dt.time(9), dt.time(10), "Hall A"])
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (4, "Session Title", "section-heading",
         "Row 4: holds only 'Lunch break' (in 'Session Title'), so it is read as a section "
         "heading and nothing is sent for it; to make it a session, give it a date and times.")]
    assert [(p.name, p.start_time) for p in report.payloads] == [
        ("Opening", dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)),
        ("Keynote", dt.datetime(2027, 5, 11, 10, tzinfo=dt.UTC)),
        ("Workshop", dt.datetime(2027, 5, 11, 13, tzinfo=dt.UTC)),
        ("Day two", dt.datetime(2027, 5, 12, 9, tzinfo=dt.UTC))]
    assert (report.rows_read, report.skipped) == (5, 1)


def test_talks_sharing_a_slot_merged_down_over_them_are_each_a_session(
        tmp_path: Path) -> None:
    """An academic programme's paper session: one time and room merged down over its
    papers, each paper typing only its title. A merge that gives a row its time and room is
    the slot it fills, not a heading's block: every paper is a session (the shared slot is
    the usual overlap warning, once per pair)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Date", "Session Title", "Time Start", "Time End", "Room/Location"])
    sheet.append([dt.date(2027, 5, 11), "Opening", dt.time(9), dt.time(10), "Hall A"])
    sheet.append([None, "Paper one", dt.time(10), dt.time(11), "Room 2"])
    sheet.append([None, "Paper two"])
    sheet.append([None, "Paper three"])
    for column in "CDE":
        sheet.merge_cells(f"{column}3:{column}5")
    sheet.merge_cells("A2:A5")
    for n in range(6, 40):  # a programme of sessions, as the heading rule expects
        sheet.append([dt.date(2027, 5, 12), f"Talk {n}", dt.time(9), dt.time(10), f"Room {n}"])
    workbook.save(tmp_path / "s.xlsx")
    report = validate_file(tmp_path / "s.xlsx", timezone="UTC")
    assert [p.name for p in report.payloads][:4] == [
        "Opening", "Paper one", "Paper two", "Paper three"]
    assert report.skipped == 0
    assert sorted({(i.row, i.code) for i in report.issues if i.code != "derived-import-id"}) \
        == [(3, "room-overlap"), (4, "room-overlap"), (5, "room-overlap")]


# The sessions of _one_room_day: (name, start, all day).
ONE_ROOM_DAY = [("Opening", dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC), False),
                ("Keynote", dt.datetime(2027, 5, 11, 10, tzinfo=dt.UTC), False),
                ("Workshop", dt.datetime(2027, 5, 11, 13, tzinfo=dt.UTC), False)]


def _one_room_day(tmp_path: Path, between: list[list[object]]) -> Path:
    """A one-room day, its Date and its Room each merged down over the day, with `between`
    typed between the morning and the afternoon."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Date", "Session Title", "Time Start", "Time End", "Room/Location"])
    sheet.append([dt.date(2027, 5, 11), "Opening", dt.time(9), dt.time(10), "Hall A"])
    sheet.append([None, "Keynote", dt.time(10), dt.time(11)])
    for row in between:
        sheet.append(row)
    sheet.append([None, "Workshop", dt.time(13), dt.time(14)])
    last = 4 + len(between)
    sheet.merge_cells(f"A2:A{last}")
    sheet.merge_cells(f"E2:E{last}")
    workbook.save(tmp_path / "s.xlsx")
    return tmp_path / "s.xlsx"


def test_a_blank_row_inside_a_date_and_a_room_merged_down_is_no_row(tmp_path: Path) -> None:
    """A one-room day: its Date and its Room each merged down over the day, a blank row
    left between the morning and the afternoon. The two merges give that row two cells, but
    it holds none of its own: it is blank, not a session missing its title and times."""
    report = validate_file(_one_room_day(tmp_path, [[]]), timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(None, "derived-import-id")]
    assert [(p.name, p.start_time, p.locations) for p in report.payloads] == [
        ("Opening", dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC), ("Hall A",)),
        ("Keynote", dt.datetime(2027, 5, 11, 10, tzinfo=dt.UTC), ("Hall A",)),
        ("Workshop", dt.datetime(2027, 5, 11, 13, tzinfo=dt.UTC), ("Hall A",))]
    assert (report.rows_read, report.skipped) == (3, 0)


def test_a_heading_inside_a_date_and_a_room_merged_down_is_still_a_heading(
        tmp_path: Path) -> None:
    """A one-room day: its Date and its Room each merged down over the day, 'Lunch break'
    typed alone between the morning and the afternoon. The merges give it two cells, but
    not the times the sessions around it have: it is a heading, not an all-day session."""
    report = validate_file(_one_room_day(tmp_path, [[None, "Lunch break"]]), timezone="UTC")
    assert [(i.row, i.code, i.column) for i in report.issues] == [
        (None, "derived-import-id", None), (4, "section-heading", "Session Title")]
    assert [(p.name, p.start_time, p.all_day) for p in report.payloads] == ONE_ROOM_DAY
    assert (report.rows_read, report.skipped) == (4, 1)


def test_two_headings_in_a_row_inside_a_date_and_a_room_merged_down_are_both_headings(
        tmp_path: Path) -> None:
    """'Lunch break' then 'Afternoon track', each typed alone inside a one-room day's Date
    and Room merged down. The second was measured against the first, which the merges fill
    as fully, and was sent as an all-day session; it is a heading too."""
    path = _one_room_day(tmp_path, [[None, "Lunch break"], [None, "Afternoon track"]])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (4, "section-heading",
         "Row 4: holds only 'Lunch break' (in 'Session Title'), so it is read as a section "
         "heading and nothing is sent for it; to make it a session, give it a date and times."),
        (5, "section-heading",
         "Row 5: holds only 'Afternoon track' (in 'Session Title'), so it is read as a section "
         "heading and nothing is sent for it; to make it a session, give it a date and times.")]
    assert [(p.name, p.start_time, p.all_day) for p in report.payloads] == ONE_ROOM_DAY
    assert (report.rows_read, report.skipped) == (5, 2)


def test_two_blank_rows_inside_a_date_and_a_room_merged_down_are_no_rows(
        tmp_path: Path) -> None:
    """Two blank rows between the morning and the afternoon of a one-room day: the second
    is given as many values by the merges as the first, and holds none of its own either."""
    report = validate_file(_one_room_day(tmp_path, [[], []]), timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(None, "derived-import-id")]
    assert [p.name for p in report.payloads] == ["Opening", "Keynote", "Workshop"]
    assert (report.rows_read, report.skipped) == (3, 0)
