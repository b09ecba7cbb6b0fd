"""Inputs a planner's sheet or setup holds that the newest features' own tests did not try:
struck titles in bold, slashed time ranges after an hour's word written apart, a lock folder
whose name has a space."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from importer.errors import ConfigError
from importer.runner import lock_folder
from importer.validate import validate_file
from tests.test_audit_mu38 import range_sheet
from tests.test_draft_columns import write_csv
from tests.test_titles import write

T = dt.time


def test_a_struck_title_in_bold_is_sent_without_its_tildes_as_cancelled(
        tmp_path: Path) -> None:
    """'**~~Panel~~**' (bold outside the strike, as '~~**Panel**~~' is inside it) was sent as
    '~~Panel~~', tildes and all, with no cancelled-title warning."""
    titles = ["**~~Panel on X~~**", "__~~Panel on Y~~__", "~~**Panel on Z**~~"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert ([p.name for p in report.payloads],
            [(i.row, i.code) for i in report.issues if i.row]) == (
        ["Panel on X", "Panel on Y", "Panel on Z"],
        [(2, "cancelled-title"), (3, "cancelled-title"), (4, "cancelled-title")])


@pytest.mark.parametrize(("cell", "expected"), [
    ("9.30 u/10.30 u", (T(9, 30), T(10, 30))), ("09:30 hrs/10:30 hrs", (T(9, 30), T(10, 30))),
    ("0930hrs/1030hrs", (T(9, 30), T(10, 30))), ("9:30 hr/10:30 hr", (T(9, 30), T(10, 30))),
])
def test_a_slashed_range_after_an_hours_word_written_apart_is_read(
        tmp_path: Path, cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """Each is read joined by a dash ('9.30 u - 10.30 u', '09:30 hrs - 10:30 hrs'); joined by
    a slash it was refused as bad-time, asking for a start and an end the cell holds."""
    path, mapping = range_sheet(tmp_path, cell)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([(i.code, i.message) for i in report.issues if i.row],
            convert.parse_time_range(cell)) == ([], expected)


def test_a_missing_lock_folder_with_a_space_is_told_with_a_command_that_makes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'mkdir -p /Users/me/My Locks' makes two folders, neither the one named: the path is
    quoted as a shell takes it."""
    missing = tmp_path / "My Locks"
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(missing))
    with pytest.raises(ConfigError) as refused:
        lock_folder()
    assert f'(mkdir -p "{missing}")' in str(refused.value)


def test_the_untimed_talks_note_adds_the_time_to_a_drafted_fill_down(tmp_path: Path) -> None:
    """With the date drafted as fill_down (typed on each day's first row), the note on talks
    without their slot's time said to add 'fill_down = ["Time"]': a second fill_down line, with
    which the mapping does not load. It now says how the drafted line reads both, and the
    talks, so mapped, are given their slot's time."""
    sheet = write_csv(tmp_path / "fd.csv", [
        ["Date", "Time", "Title", "Room"], ["5/11/2027", "9:00 - 10:00", "Keynote slot", "Hall"],
        ["", "", "Talk A", "Hall"], ["", "10:00 - 11:00", "Talk X", "Hall"],
        ["5/12/2027", "9:00 - 10:00", "Slot", "Hall"], ["5/12/2027", "", "Talk B", "Hall"]])
    text = draft_mapping(sheet).text
    assert 'make the drafted fill_down ["Date", "Time"], which gives each' in text
    mapping = tmp_path / "fd.toml"
    mapping.write_text(text.replace('fill_down = ["Date"]', 'fill_down = ["Date", "Time"]'),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time) for p in report.payloads][-1] == (
        "Talk B", dt.datetime(2027, 5, 12, 9, tzinfo=dt.UTC))


@pytest.mark.parametrize(("cell", "days"), [
    ("May 30-2, 2027", "2027-05-30 to 2027-06-02"),
    ("2027.5.30-2", "2027-05-30 to 2027-06-02"),
    ("2027/12/30~2", "2027-12-30 to 2028-01-02"),
    ("2027年5月30日～2日", "2027-05-30 to 2027-06-02"),
    ("29 a 01/12/2027", "2027-11-29 to 2027-12-01"),
])
def test_a_range_of_days_across_a_months_end_with_its_month_first_is_named_forward(
        tmp_path: Path, cell: str, days: str) -> None:
    """The month written once before the days is the first's: 'May 30-2, 2027' was named
    as 30 April to 2 May, '2027.5.30-2' as 30 May back to 2 May."""
    path = tmp_path / "days.csv"
    path.write_text(f"Title,Date\nCongress,\"{cell}\"\n", encoding="utf-8")
    mapping = tmp_path / "days.toml"
    mapping.write_text('name = "days"\ndate_order = "day-first"\n[fields.name]\n'
                       'column = "Title"\n[fields.start]\ndate_column = "Date"\n[fields.end]\n'
                       'minutes = 60\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.code, i.message.split(";")[0]) for i in report.issues if i.row] == [
        ("bad-date", f"Row 2: 'Date' has {cell!r}, which is not a date: it is a range of days, "
                     f"{days}")]


def test_a_last_session_titled_as_a_count_keeps_its_bare_hours(tmp_path: Path) -> None:
    """'Workshops | 14 | 16' at the foot of a one-day sheet writing its times on the 24-hour
    clock is a session from 14:00 to 16:00: it was skipped as the sheet's totals, and never
    sent. 'Sessions | 11' under no time column is still a count row."""
    path = tmp_path / "ws.csv"
    path.write_text("Title,Start,End,Note\nOpening,9:15,10:00,\nKeynote,10:00,11:30,\n"
                    "Workshops:,14,16,\n", encoding="utf-8")
    mapping = tmp_path / "ws.toml"
    mapping.write_text('name = "ws"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date = 2027-05-11\ntime_column = "Start"\n[fields.end]\n'
                       'time_column = "End"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.hour, p.end_time.hour) for p in report.payloads][-1] == (
        "Workshops:", 14, 16)
    path.write_text("Title,Start,End,Note\nOpening,9:15,10:00,\nKeynote,10:00,11:30,\n"
                    "Sessions,,,2\n", encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == [(4, "totals-row")]
