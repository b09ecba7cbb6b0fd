"""Day labels and dates as programmes write them that were bad-date: Polish month and day
names ('Dzień 1 (środa, 15 lipca 2026)'), a label spelt out, numbered first or naming its kind
('Day One', '1. Tag', 'Workshop Day 1'), the date before a dashed label or after the label
with a space alone; a label of two days is refused as a range of days, saying which."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file

CELLS = ["Dzień 1 (środa, 15 lipca 2026)", "16 lipca 2026", "piątek 17 lipca 2026",
         "Wednesday 15th July 2026 – Day 1", "Day 1 15 July 2026", "Day One (15 July 2026)",
         "1. Tag (15. Juli 2026)", "Workshop Day 1 (15 July 2026)", "Jour 1 - 15 juillet 2026",
         "Day 1-2 (15-16 July 2026)"]


def test_day_labels_are_read_as_their_dates_and_two_days_are_said(tmp_path: Path) -> None:
    path = tmp_path / "programme.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n" + "".join(
        f'S{n},"{cell}",9:00,10:00,Sala {n}\n' for n, cell in enumerate(CELLS)), encoding="utf-8")
    mapping = tmp_path / "day-first.toml"
    mapping.write_text('name = "day-first"\ndate_order = "day-first"\n'
                       '[fields.name]\ncolumn = "Session Title"\n'
                       '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
                       '[fields.end]\ntime_column = "Time End"\n'
                       '[fields.locations]\ncolumn = "Room/Location"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Europe/Warsaw")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row is not None] == [
        (11, "bad-date", "Row 11: 'Date' has 'Day 1-2 (15-16 July 2026)', which is not a date: "
         "it is a range of days, 2026-07-15 to 2026-07-16; a session has one date: give an "
         "event over several days a row per day (an all-day session is one day), or write its "
         "first day here, give it start and end times, and put its last day in an end-date "
         "column.")]
    assert [(p.name, p.start_time.date().isoformat()) for p in report.payloads] == [
        ("S0", "2026-07-15"), ("S1", "2026-07-16"), ("S2", "2026-07-17"), ("S3", "2026-07-15"),
        ("S4", "2026-07-15"), ("S5", "2026-07-15"), ("S6", "2026-07-15"), ("S7", "2026-07-15"),
        ("S8", "2026-07-15")]
