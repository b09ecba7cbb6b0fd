"""Shapes of real programmes of online and international events: a time range written with
its time zone ('10:00 - 11:00 CET'), and a date with its day named after it in brackets, as
an English-language Japanese programme or a German one writes it ('2027/05/11 (Tue)',
'11.05.2027 (Di)'). Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = ('name = "t"\ntimezone = "Europe/Berlin"\n'
           '[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
           '[fields.end]\ntime_column = "Time"\n')


def _validate(tmp_path: Path, rows: str, order: str = "day-first") -> list[tuple]:
    path = write_bytes(tmp_path, "programme.csv", ("Date,Time,Title\n" + rows).encode())
    mapping_path = tmp_path / "m.toml"
    mapping_path.write_text(f'date_order = "{order}"\n' + MAPPING)
    report = validate_file(path, mapping=mapping_path)
    return [(i.row, i.code, i.message) for i in report.issues if i.row] + [
        (r.row, r.payload.start_time.isoformat(), r.payload.end_time.isoformat())
        for r in report.rows if r.payload]


def test_a_time_range_written_with_its_zone_is_told_to_give_the_zone_once(
        tmp_path: Path) -> None:
    """It got the general hint ('write the start and end like 9:00 - 10:30'), which the cell
    already follows; another zone's word ('ET' in Berlin) is told what is wrong, the zone's
    own clock of the other season ('CET' in May) which clock that day is on, and the zone's
    clock of the day ('(CEST)' in May) is read."""
    issues = _validate(tmp_path, "11.05.2027,10:00 - 11:00 CET,Keynote\n"
                                 "11.05.2027,11:30–12:15 (CEST),Panel\n"
                                 "11.05.2027,1:00 PM - 2:00 PM ET,Lunch talk\n")
    hint = ("is a time zone, which gbimport cannot read in a time cell: remove it from the "
            "cells: times are read in Europe/Berlin, the mapping's timezone")
    assert issues == [
        (2, "bad-time", "Row 2: 'Time' has '10:00 - 11:00 CET', but Europe/Berlin is on CEST "
                        "(+02:00) on 2027-05-11, not CET: write 10:00 - 11:00, or 10:00 - 11:00 "
                        "CEST."),
        (4, "bad-time", "Row 4: 'Time' has '1:00 PM - 2:00 PM ET', which is not a start and end "
                        f"time: 'ET' {hint}."),
        (3, "2027-05-11T09:30:00+00:00", "2027-05-11T10:15:00+00:00")]


def test_a_date_with_its_day_named_after_it_is_read(tmp_path: Path) -> None:
    """Each was bad-date, though the same date with its day named first was read."""
    rows = ("2027/05/11 (Tue),9:00 - 10:00,Opening\n"
            "2027-05-11 (Tuesday),10:00 - 11:00,Keynote\n"
            "12.05.2027 (Mi),9:00 - 10:00,Panel\n"
            "12/05/2027 [Wed],10:00 - 11:00,Posters\n"
            "2027-05-13, Thursday,9:00 - 10:00,Closing\n")
    rows = rows.replace("2027-05-13, Thursday", '"2027-05-13, Thursday"')
    assert _validate(tmp_path, rows) == [
        (2, "2027-05-11T07:00:00+00:00", "2027-05-11T08:00:00+00:00"),
        (3, "2027-05-11T08:00:00+00:00", "2027-05-11T09:00:00+00:00"),
        (4, "2027-05-12T07:00:00+00:00", "2027-05-12T08:00:00+00:00"),
        (5, "2027-05-12T08:00:00+00:00", "2027-05-12T09:00:00+00:00"),
        (6, "2027-05-13T07:00:00+00:00", "2027-05-13T08:00:00+00:00"),
    ]


def test_a_day_named_after_its_date_is_checked_against_it(tmp_path: Path) -> None:
    """A day that disagrees with its date is refused, as one written before it is."""
    issues = _validate(tmp_path, "2027/05/11 (Wed),9:00 - 10:00,Opening\n")
    assert [(row, code) for row, code, *_ in issues] == [(2, "bad-date")]
    assert "May 11, 2027 is a Tuesday, not a Wednesday" in issues[0][2]
