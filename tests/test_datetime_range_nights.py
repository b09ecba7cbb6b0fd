"""A datetime range whose end is a time alone in the small hours after an evening start
(`May 11, 2027 7:00 PM → 12:30 AM`): the night after, as a time range's `7:00 PM - 12:30 AM`
is read, with the same `night-end` warning for an end a keystroke from an evening one. An
end given its own date, a morning start, or more than 9 hours stay an end before the start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file

UTC = dt.UTC


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=UTC)


def test_a_datetime_ranges_small_hours_end_is_in_the_night_after(tmp_path: Path) -> None:
    path = tmp_path / "nights.csv"
    path.write_text(
        "Title,When,Room\n"
        '"Gala","May 11, 2027 7:00 PM → 12:30 AM",Hall\n'
        "Late show,5/11/2027 22:00 - 0:30,Club\n"
        "Party,5/11/2027 9:00 PM till 1:00 AM,Bar\n"
        "Countdown,5/11/2027 10:00 PM → midnight,Roof\n"
        "Jam,5/11/2027 19:00 → 1:00,Cellar\n"
        "Zoned,2027-05-11 22:00 UTC → 1:00,Deck\n"
        "Typo,5/11/2027 11:00 AM → 12:00 AM,Room A\n"
        "Long,5/11/2027 13:00 → 2:00,Room B\n"
        "Dated,5/11/2027 22:00 → 5/11/2027 1:00,Room C\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "When"\n[fields.end]\ncolumn = "When"\n'
                       '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    before = "Row {}: the session ends before it starts: 'When' has {!r} (read as {}); fix the "
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (6, "night-end", "Row 6: 'When' has '5/11/2027 19:00 → 1:00', read as ending at 01:00 "
                         "in the night after, on Wednesday 12 May 2027: if it ends at 21:00 the "
                         "same evening, write 21:00; if it runs past midnight, write 01:00 (with "
                         "its 0) to say so."),
        (8, "end-before-start", before.replace("; fix", "; 12:00 AM is midnight: for noon "
                                               "write 12:00 PM; otherwise fix").format(
            8, "5/11/2027 11:00 AM → 12:00 AM", "2027-05-11 00:00 and 2027-05-11 11:00")
         + "date or time in 'When'."),
        (9, "end-before-start", before.format(
            9, "5/11/2027 13:00 → 2:00", "2027-05-11 02:00 and 2027-05-11 13:00")
         + "date or time in 'When'."),
        (10, "end-before-start", before.format(
            10, "5/11/2027 22:00 → 5/11/2027 1:00", "2027-05-11 01:00 and 2027-05-11 22:00")
         + "date or time in 'When'.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Gala", _at(11, 19), _at(12, 0, 30)), ("Late show", _at(11, 22), _at(12, 0, 30)),
        ("Party", _at(11, 21), _at(12, 1)), ("Countdown", _at(11, 22), _at(12, 0)),
        ("Jam", _at(11, 19), _at(12, 1)), ("Zoned", _at(11, 22), _at(12, 1))]
