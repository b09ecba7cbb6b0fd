"""A datetime range written with its time range's hyphen unspaced (`2027-05-11 19:00-1:00`)
gets the `night-end` warning the spaced `2027-05-11 19:00 - 1:00` gets."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_an_unspaced_datetime_range_gets_the_night_end_warning(tmp_path: Path) -> None:
    path = tmp_path / "nights.csv"
    path.write_text(
        "Title,When,Room\n"
        "Spaced,2027-05-11 19:00 - 1:00,A\n"
        "Unspaced,2027-05-11 19:00-1:00,B\n"
        '"Worded","May 11, 2027 19:30-1:30",C\n'
        "Late show,2027-05-11 23:00-2:00,D\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "When"\n[fields.end]\ncolumn = "When"\n'
                       '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    said = ("Row {}: 'When' has {!r}, read as ending at {} in the night after, on Wednesday "
            "12 May 2027: if it ends at {} the same evening, write {}; if it runs past "
            "midnight, write {} (with its 0) to say so.")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (2, "night-end", "warning",
         said.format(2, "2027-05-11 19:00 - 1:00", "01:00", "21:00", "21:00", "01:00")),
        (3, "night-end", "warning",
         said.format(3, "2027-05-11 19:00-1:00", "01:00", "21:00", "21:00", "01:00")),
        (4, "night-end", "warning",
         said.format(4, "May 11, 2027 19:30-1:30", "01:30", "21:30", "21:30", "01:30"))]
    assert len(report.payloads) == 4
