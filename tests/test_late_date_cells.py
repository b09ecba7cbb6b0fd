"""A date column's cell that writes a time past midnight (`5/11/2027 25:00`, 1:00 on May 12)
beside a time cell: the two agree only when both write it so. `1:00` beside it (1:00 on May
11) is a conflict, as any other time is, not the time cell's day taken without a word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file

UTC = dt.UTC


def test_a_date_cells_late_time_and_a_time_cell_on_another_day_conflict(
        tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text("Title,Date,Start,End,Room\n"
                    "Late show,5/11/2027 25:00,1:00,2:00,Club\n"
                    "Countdown,5/11/2027 24:00,0:00,1:00,Roof\n"
                    "Early,5/11/2027 1:00,25:00,26:00,Hall\n"
                    "Agreed,5/11/2027 25:00,25:00,26:00,Bar\n"
                    "Given,5/11/2027 24:00,,1:00,Deck\n"
                    "Day only,5/11/2027,9:00,10:00,Room A\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Start"\n[fields.end]\n'
                       'time_column = "End"\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    conflict = ("Row {}: 'Date' has '5/11/2027 {}', with a time, but 'Start' has '{}'; keep "
                "the time in 'Start' alone.")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Date", "bad-date", conflict.format(2, "25:00", "1:00")),
        (3, "Date", "bad-date", conflict.format(3, "24:00", "0:00")),
        (4, "Date", "bad-date", conflict.format(4, "1:00", "25:00"))]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("Agreed", dt.datetime(2027, 5, 12, 1, tzinfo=UTC),
         dt.datetime(2027, 5, 12, 2, tzinfo=UTC)),
        ("Given", dt.datetime(2027, 5, 12, 0, tzinfo=UTC),
         dt.datetime(2027, 5, 12, 1, tzinfo=UTC)),
        ("Day only", dt.datetime(2027, 5, 11, 9, tzinfo=UTC),
         dt.datetime(2027, 5, 11, 10, tzinfo=UTC))]
