"""A grid's time column of bare hours ('9-10', '10-11'): slots on the 24-hour clock.
Invented data."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

GRID = ("Time,Room 1,Room 2\n9-10,Opening,\n10-11,Talk one,Talk two\n"
        "11-12,Lunch talk,Panel\n13-14,Workshop,Demo\n")
MAPPING = ('name = "g"\ntimezone = "UTC"\n[fields.name]\ncolumn = "Room 1"\n'
           '[fields.start]\ndate = 2027-05-11\ntime_column = "Time"\n'
           '[fields.end]\ntime_column = "Time"\n')


def _times(tmp_path: Path, data: str) -> list[tuple]:
    path = write_bytes(tmp_path, "grid.csv", data.encode())
    (tmp_path / "m.toml").write_text(MAPPING)
    report = validate_file(path, mapping=tmp_path / "m.toml")
    return [(i.row, i.code, i.value) for i in report.issues if i.severity == "error"] + [
        (r.row, f"{r.payload.start_time:%H:%M}", f"{r.payload.end_time:%H:%M}")
        for r in report.rows if r.payload]


def test_a_grids_bare_hours_are_its_slots_on_the_24_hour_clock(tmp_path: Path) -> None:
    """'9-10', '10-11' and '11-12' were refused as hours that may be morning or afternoon."""
    assert _times(tmp_path, GRID) == [(2, "09:00", "10:00"), (3, "10:00", "11:00"),
                                      (4, "11:00", "12:00"), (5, "13:00", "14:00")]


def test_a_morning_of_bare_hours_alone_is_read_so(tmp_path: Path) -> None:
    data = "Time,Room 1\n9-10,Opening\n10 - 11,Talk\n"
    assert _times(tmp_path, data) == [(2, "09:00", "10:00"), (3, "10:00", "11:00")]


def test_bare_hours_of_a_12_hour_sheet_stay_refused(tmp_path: Path) -> None:
    """'12-1' and '1-2' are an afternoon on the 12-hour clock: no bare hour is guessed."""
    data = "Time,Room 1\n9-10,Opening\n12-1,Lunch talk\n1-2,Panel\n"
    assert [row[:2] for row in _times(tmp_path, data)] == [
        (2, "bad-time"), (4, "bad-time"), (3, "12:00")]
    with_pm = "Time,Room 1\n9-10,Opening\n2pm - 3pm,Panel\n"
    assert [row[:2] for row in _times(tmp_path, with_pm)] == [(2, "bad-time"), (3, "14:00")]


def test_draft_mapping_reads_a_grids_bare_hours_as_the_start_and_end(tmp_path: Path) -> None:
    text = draft_mapping(write_bytes(tmp_path, "grid.csv", GRID.encode())).text
    assert ('[fields.start]\n' in text and 'time_column = "Time"\n\n[fields.end]\n'
            '# the same column: each cell holds the start and the end\n'
            'time_column = "Time"\n') in text
    assert "others neither" not in text
