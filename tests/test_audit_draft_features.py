"""The draft's new readings pinned whole: fill_down drafted only for rows with a time and
no date, labels for people columns written as a program names them, and the kinds of
break rows read as no track only when no titled row has them."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv


def test_rows_with_neither_date_nor_time_draft_no_fill_down(tmp_path: Path) -> None:
    """Talks with no slot yet, under dated rows, are no date typed once above: the draft
    suggests skip_unscheduled alone, not fill_down."""
    sheet = write_csv(tmp_path / "talks.csv", [
        ["Title", "Date", "Start", "End", "Room"],
        ["Opening", "5/11/2027", "9:00", "10:00", "Hall"],
        ["Talk A", "5/11/2027", "10:00", "11:00", "Hall"],
        ["Unslotted", "", "", "", "Hall"]])
    draft = draft_mapping(sheet).text
    assert [line for line in draft.splitlines() if "'Date'" in line or "fill_down" in line] == [
        "# 1 row has no 'Date': to skip such rows until they get one, instead of reporting "
        "each as an error, add skip_unscheduled = true"]


def test_people_columns_in_camel_case_or_capitals_run_together_get_labels(
        tmp_path: Path) -> None:
    """'presenterName' (not one of the run-together words) is written apart by its case,
    and 'FULLNAME' in capitals is the run-together 'fullname'."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["title", "abstract", "presenterName", "FULLNAME", "starttime", "endtime"],
        ["Sparse grids", "Why", "Ines Moreau", "Bo Li", "2027-05-11 09:00",
         "2027-05-11 09:20"]])
    draft = draft_mapping(sheet).text
    assert [line for line in draft.splitlines() if line.startswith("# labels")] == [
        '# labels = { "presenterName" = "Presenter name", "FULLNAME" = "Full name" }']


def test_a_break_rows_kind_that_a_titled_row_has_too_stays_a_track(tmp_path: Path) -> None:
    """'Social' titles a break row and is the kind of a titled session too: it is a track,
    so only 'Coffee break' is read as none."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", "Room", "Type"],
        ["Opening keynote", "2027-05-11", "09:00", "10:00", "Hall A", "Keynote"],
        ["", "2027-05-11", "10:00", "10:30", "", "Coffee break"],
        ["Scaling Postgres", "2027-05-11", "10:30", "11:15", "Room 1", "Talk"],
        ["", "2027-05-11", "12:00", "13:00", "", "Social"],
        ["Board games night", "2027-05-11", "19:00", "22:00", "Hall A", "Social"]])
    text = draft_mapping(sheet).text
    tracks = re.findall(r"\[fields\.schedule_tracks\]\n((?:.+\n?)+)", text)
    assert [line for body in tracks for line in body.splitlines()
            if not line.startswith("#")] == ['column = "Type"', 'values = { "Coffee break" = "" }']


def test_a_second_column_of_the_same_times_is_not_the_end(tmp_path: Path) -> None:
    """'Local time' repeating 'Kick-off' would end each session as it starts: the end is
    left to fill in."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Kick-off", "Local time", "Room"],
        ["Opening", "2027-05-11", "9:00", "9:00", "Hall"],
        ["Talk A", "2027-05-11", "10:00", "10:00", "Room 1"],
        ["Talk B", "2027-05-11", "11:00", "11:00", "Room 2"]])
    draft = draft_mapping(sheet).text
    ends = re.findall(r"\[fields\.end\]\n((?:.+\n?)+)", draft)
    assert [line for body in ends for line in body.splitlines()
            if not line.startswith("#")] == ['time_column = "FILL IN"']
