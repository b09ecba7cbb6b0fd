"""A header written again in capitals, with a space after it or its lines broken, and end
times under a lengths' name, one of them past midnight."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_xlsx
from tests.test_validate import write_csv

HEADER = ["Date", "Start", "End", "Title"]
MAPPING = ('name = "m"\ntimezone = "Europe/London"\n[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
           '[fields.end]\ntime_column = "End"\n')


@pytest.mark.parametrize("again", [["DATE", "START", "END", "TITLE"],
                                   ["Date ", "Start", "End", "Title"]])
def test_a_header_written_again_in_another_case_or_spacing_is_skipped(
        tmp_path: Path, again: list[str]) -> None:
    """Each of its start cells was told it is not a date or time, three errors on a row
    that is the second day's header."""
    sheet = write_csv(tmp_path, HEADER, [["2027-05-11", "09:00", "10:00", "Opening"],
                                         again,
                                         ["2027-05-12", "09:00", "10:00", "Day two"]])
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "repeated-header", "Row 3: repeats the header ('Date', 'Start', 'End' and 'Title'), "
         "so it is read as the header of the rows under it, not a session, and nothing is "
         "sent for it.")]
    assert [p.name for p in report.payloads] == ["Opening", "Day two"]


def _two_line_headers_twice(tmp_path: Path) -> Path:
    """A workbook's header cells of two lines ('Start' and 'time', read as 'Start time')
    written again over the second day's table."""
    header = ["Date", "Start\ntime", "End\ntime", "Session title"]
    return write_xlsx(tmp_path / "programme.xlsx", [
        header, [dt.datetime(2027, 5, 11), dt.time(9), dt.time(10), "Opening"],
        [dt.datetime(2027, 5, 11), dt.time(10, 30), dt.time(11, 30), "Talk"],
        header, [dt.datetime(2027, 5, 12), dt.time(9), dt.time(10), "Day two"]])


def test_a_header_of_broken_lines_written_again_is_skipped(tmp_path: Path) -> None:
    """It was three errors: 'Start time' has 'Start\ntime', which is not a time."""
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING.replace('"Start"', '"Start time"').replace(
        '"End"', '"End time"').replace('"Title"', '"Session title"'), encoding="utf-8")
    report = validate_file(_two_line_headers_twice(tmp_path), mapping=mapping)
    assert [(i.row, i.code) for i in report.issues if i.row] == [(4, "repeated-header")]
    assert [p.name for p in report.payloads] == ["Opening", "Talk", "Day two"]


def test_a_header_of_broken_lines_written_again_is_no_cell_of_the_draft(
        tmp_path: Path) -> None:
    """Its one cell among the two times made draft-mapping leave the start to fill in."""
    draft = draft_mapping(_two_line_headers_twice(tmp_path))
    assert (draft.chosen.get("start"), draft.chosen.get("end")) == ("Start time", "End time")


def test_a_lengths_name_drafted_as_the_end_is_summed_up_as_the_end(tmp_path: Path) -> None:
    """The draft's summary said 'duration from 'Runtime'' above a [fields.end] reading it
    with time_column."""
    sheet = write_csv(tmp_path, ["Date", "Start", "Film", "Runtime"], [
        ["2027-05-11", "20:00", "Film A", "21:30"], ["2027-05-12", "19:30", "Film B", "22:05"]])
    draft = draft_mapping(sheet)
    assert 'time_column = "Runtime"' in draft.text.split("[fields.end]\n")[1]
    assert (draft.chosen.get("end"), draft.chosen.get("duration")) == ("Runtime", None)


def test_end_times_under_a_lengths_name_with_one_past_midnight_are_the_end(
        tmp_path: Path) -> None:
    """One late show of four ending at 01:15 made the column lengths: each screening then
    ran to the next afternoon (20:00 to 17:30), with no word from validate."""
    sheet = write_csv(tmp_path, ["Date", "Start", "Film", "Runtime"], [
        ["2027-05-11", "20:00", "Film A", "21:30"], ["2027-05-11", "22:00", "Film B", "23:45"],
        ["2027-05-11", "23:30", "Film C", "01:15"], ["2027-05-12", "20:00", "Film D", "21:40"]])
    draft = draft_mapping(sheet)
    assert 'time_column = "Runtime"' in draft.text.split("[fields.end]\n")[1]
    mapping = tmp_path / "m.toml"
    mapping.write_text(draft.text.replace("# timezone", 'timezone = "UTC"\n#'),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [f"{p.start_time:%d %H:%M}-{p.end_time:%d %H:%M}" for p in report.payloads] == [
        "11 20:00-11 21:30", "11 22:00-11 23:45", "11 23:30-12 01:15", "12 20:00-12 21:40"]


def test_lengths_beside_evening_starts_stay_the_duration(tmp_path: Path) -> None:
    """'1:30' beside '20:00' reads as an end in the night after on every row: lengths."""
    sheet = write_csv(tmp_path, ["Date", "Start", "Film", "Runtime"], [
        ["2027-05-11", "20:00", "Film A", "1:30"], ["2027-05-11", "22:00", "Film B", "1:45"],
        ["2027-05-12", "21:00", "Film C", "2:05"]])
    draft = draft_mapping(sheet)
    assert draft.text.split("[fields.end]\n")[1].strip().startswith(
        'duration_column = "Runtime"')
