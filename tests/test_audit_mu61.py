"""Time zone words in shapes the first tests of the hour that happens twice did not try."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

DATETIMES = ('name = "t"\ntimezone = "Europe/Berlin"\ndate_order = "day-first"\n'
             '[fields.name]\ncolumn = "Title"\n'
             '[fields.start]\ncolumn = "Start"\n[fields.end]\ncolumn = "End"\n')


def _read_datetimes(tmp_path: Path, rows: str) -> list[tuple[object, ...]]:
    """Each row's issues (row, code, message), then each read row's start and end in UTC."""
    path = write_bytes(tmp_path, "programme.csv", ("Title,Start,End\n" + rows).encode())
    (tmp_path / "m.toml").write_text(DATETIMES)
    report = validate_file(path, mapping=tmp_path / "m.toml")
    return [(i.row, i.code, i.message) for i in report.issues if i.row] + [
        (r.row, r.payload.start_time.isoformat(), r.payload.end_time.isoformat())
        for r in report.rows if r.payload]


def test_a_date_and_time_with_the_zones_word_tells_the_repeated_hour(tmp_path: Path) -> None:
    """ambiguous-time asks for '02:30 CEST' or '02:30 CET'; a date and time column was
    refused so written, and told to give the zone the mapping gives. It now reads the
    zone's own word as a time column does, and the other season's word says the clock."""
    assert _read_datetimes(tmp_path, "First,25.10.2026 02:30 CEST,25.10.2026 02:50 CEST\n"
                                     "Second,25.10.2026 02:30 CET,25.10.2026 02:50 CET\n"
                                     "Across,25.10.2026 02:30 MESZ,25.10.2026 02:10 MEZ\n"
                                     "Winter,05.12.2026 10:00 CEST,05.12.2026 11:00\n") == [
        (5, "bad-time", "Row 5: 'Start' has '05.12.2026 10:00 CEST', but Europe/Berlin is on "
                        "CET (+01:00) on 2026-12-05, not CEST: write 05.12.2026 10:00, or "
                        "05.12.2026 10:00 CET."),
        (2, "2026-10-25T00:30:00+00:00", "2026-10-25T00:50:00+00:00"),
        (3, "2026-10-25T01:30:00+00:00", "2026-10-25T01:50:00+00:00"),
        (4, "2026-10-25T00:30:00+00:00", "2026-10-25T01:10:00+00:00")]


def test_another_zones_word_in_a_date_and_time_says_the_times_zone_given(
        tmp_path: Path) -> None:
    """It was told to give the sheet's zone once, as timezone = "America/New_York", though
    the mapping gives Europe/Berlin; as in a time column, it is told the zone times are
    read in. ('CST' is Chicago's and China's: a word naming one offset says the time on
    Berlin's clock, test_small_mends16.)"""
    assert _read_datetimes(tmp_path, "East,11.05.2027 10:00 CST,11.05.2027 11:00\n") == [(
        2, "bad-datetime", "Row 2: 'Start' has '11.05.2027 10:00 CST', which is not a date "
        "and time: 'CST' is a time zone, which gbimport cannot read (an abbreviation can stand "
        "for several zones; UTC or an offset such as -04:00 after a date and time is read): "
        "remove it from the cells: times are read in Europe/Berlin, the mapping's timezone.")]
