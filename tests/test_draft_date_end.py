"""A sheet whose 'DateStart' and 'DateEnd' columns hold each session's start and end as
dates with times ('2027-05-11 09:00', or real date-time cells in a workbook): the draft read
the start from 'DateStart' but, 'DateEnd' being named as the end's date, left the end to
fill in. It now drafts 'DateEnd' as the end itself; a 'DateEnd' of dates beside time columns
is still the end's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv, write_xlsx

HEADER = ["Session ID", "Title", "DateStart", "DateEnd", "Room"]


def _sends(sheet: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    """What validate sends with the draft, which must be complete."""
    draft = draft_mapping(sheet)
    assert draft.complete, draft.text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    return [(p.import_id, f"{p.start_time:%Y-%m-%d %H:%M}", f"{p.end_time:%Y-%m-%d %H:%M}")
            for p in report.payloads]


def test_date_end_of_written_datetimes_is_drafted_as_the_end(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "agenda.csv", [
        HEADER,
        ["S1", "Opening", "2027-05-11 09:00", "2027-05-11 10:00", "Hall A"],
        ["S2", "Night walk", "2027-05-11 22:00", "2027-05-12 01:00", "Hall B"]])
    text = draft_mapping(sheet).text
    assert '[fields.end]\ncolumn = "DateEnd"' in text
    assert "[fields.end_date]" not in text  # refused beside an end's datetime column
    assert _sends(sheet, tmp_path) == [
        ("agenda:S1", "2027-05-11 09:00", "2027-05-11 10:00"),
        ("agenda:S2", "2027-05-11 22:00", "2027-05-12 01:00")]


def test_date_end_of_datetime_cells_is_drafted_as_the_end(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "agenda.xlsx", [
        HEADER,
        ["S1", "Opening", dt.datetime(2027, 5, 11, 9), dt.datetime(2027, 5, 11, 10), "Hall A"],
        ["S2", "Keynote", dt.datetime(2027, 5, 11, 10, 30), dt.datetime(2027, 5, 11, 11, 30),
         "Hall B"]])
    assert draft_mapping(sheet).chosen["end"] == "DateEnd"
    assert _sends(sheet, tmp_path) == [
        ("agenda:S1", "2027-05-11 09:00", "2027-05-11 10:00"),
        ("agenda:S2", "2027-05-11 10:30", "2027-05-11 11:30")]


@pytest.mark.parametrize("end_date", ["DateEnd", "End date"])
def test_a_date_end_of_dates_beside_times_stays_the_ends_date(tmp_path: Path,
                                                               end_date: str) -> None:
    """A workshop over several days: its first day's start, its last day's end."""
    sheet = write_csv(tmp_path / "workshops.csv", [
        ["Session ID", "Title", "DateStart", end_date, "Start", "End"],
        ["W1", "Workshop", "2027-05-11", "2027-05-13", "09:00", "17:00"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["end"], draft.chosen["end_date"]) == ("End", end_date)
    assert _sends(sheet, tmp_path) == [("workshops:W1", "2027-05-11 09:00", "2027-05-13 17:00")]


def test_a_session_over_several_days_is_said_to_be_sent_as_one(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "workshops.csv", [
        ["Session ID", "Title", "DateStart", "DateEnd", "Start", "End"],
        ["W1", "Workshop", "2027-05-11", "2027-05-13", "09:00", "17:00"],
        ["N1", "Night walk", "2027-05-11", "2027-05-12", "22:00", "02:00"]])
    notes = [line for line in draft_mapping(sheet).text.splitlines() if "days after" in line]
    assert notes == [
        "# 'DateEnd' ends some sessions days after they start (2027-05-11 09:00 to 2027-05-13 "
        "17:00): each is sent as one session from its start to its end; for a session held "
        "each day, give it a row per day"]


def test_sessions_past_midnight_alone_are_not_said_to_run_for_days(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "retreat.csv", [
        ["Title", "DateStart", "StartTime", "DateEnd", "EndTime"],
        ["Night walk", "2027-05-11", "22:00", "2027-05-12", "02:00"]])
    assert "days after" not in draft_mapping(sheet).text
