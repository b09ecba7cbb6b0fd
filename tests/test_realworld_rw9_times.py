"""Shapes of real programmes' time cells: the 24-hour clock's word said around the time,
German '9 Uhr 30' and Italian 'ore 9:30'. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = ('name = "t"\ntimezone = "Europe/Berlin"\ndate_order = "day-first"\n'
           '[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
           '[fields.end]\ntime_column = "Time"\n')


def _validate(tmp_path: Path, rows: str) -> list[tuple]:
    path = write_bytes(tmp_path, "programme.csv", ("Date,Time,Title\n" + rows).encode())
    mapping_path = tmp_path / "m.toml"
    mapping_path.write_text(MAPPING)
    report = validate_file(path, mapping=mapping_path)
    return [(i.row, i.code, i.message) for i in report.issues if i.row] + [
        (r.row, r.payload.start_time.isoformat(), r.payload.end_time.isoformat())
        for r in report.rows if r.payload]


def test_the_clock_word_around_the_time_is_read(tmp_path: Path) -> None:
    """'9 Uhr 30' and 'ore 9:30' were refused with the general time hint ('9.30 Uhr' and
    '9 Uhr' were read); 'ore 14' is 14:00 as '14 Uhr' is, not a bare hour."""
    assert _validate(tmp_path, "24.09.2024,9 Uhr 30 - 10 Uhr 45,Vortrag\n"
                               "24.09.2024,ore 9:30 - ore 10:30,Relazione\n"
                               "24.09.2024,ore 14 - ore 15.30,Tavola rotonda\n") == [
        (2, "2024-09-24T07:30:00+00:00", "2024-09-24T08:45:00+00:00"),
        (3, "2024-09-24T07:30:00+00:00", "2024-09-24T08:30:00+00:00"),
        (4, "2024-09-24T12:00:00+00:00", "2024-09-24T13:30:00+00:00"),
    ]
