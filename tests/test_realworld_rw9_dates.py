"""Shapes of real programmes' date cells: a Chinese or Japanese date with its day named
after a space or run on ('2024年9月24日 星期二', '2027年5月11日火曜日'), and an English or
German day name before its date in brackets ('Tue (24/09/2024)'). Invented data of the same
shape."""

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


def test_an_east_asian_date_with_its_day_named_without_brackets_is_read(
        tmp_path: Path) -> None:
    """Each was refused with the general date hint: only a day in brackets was read."""
    assert _validate(tmp_path, "2024年9月24日 星期二,09:00 - 10:00,Opening\n"
                               "2024年9月24日星期二,10:30 - 11:00,Keynote\n"
                               "2024年9月25日 水曜日,09:00 - 10:00,Panel\n"
                               "2024年9月25日水曜日,10:30 - 11:00,Closing\n") == [
        (2, "2024-09-24T07:00:00+00:00", "2024-09-24T08:00:00+00:00"),
        (3, "2024-09-24T08:30:00+00:00", "2024-09-24T09:00:00+00:00"),
        (4, "2024-09-25T07:00:00+00:00", "2024-09-25T08:00:00+00:00"),
        (5, "2024-09-25T08:30:00+00:00", "2024-09-25T09:00:00+00:00"),
    ]


def test_an_unbracketed_east_asian_day_that_disagrees_is_named(tmp_path: Path) -> None:
    issues = _validate(tmp_path, "2024年9月24日 星期三,09:00 - 10:00,Opening\n")
    assert [(row, code) for row, code, *_ in issues] == [(2, "bad-date")]
    assert "September 24, 2024 is a Tuesday, not a Wednesday" in issues[0][2]


def test_a_day_name_before_its_date_in_brackets_is_read(tmp_path: Path) -> None:
    """'Tue (24/09/2024)' was refused: the day name was taken off, the brackets were not."""
    assert _validate(tmp_path, "Tue (24/09/2024),09:00 - 10:00,Opening\n"
                               "Mittwoch (25.09.2024),09:00 - 10:00,Panel\n") == [
        (2, "2024-09-24T07:00:00+00:00", "2024-09-24T08:00:00+00:00"),
        (3, "2024-09-25T07:00:00+00:00", "2024-09-25T08:00:00+00:00"),
    ]
