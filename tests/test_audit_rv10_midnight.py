"""A start written 12 o'clock am with seconds, as Google Sheets writes a time to CSV
('12:00:00 AM'), whose session runs past noon gets the midnight-start warning as '12:00 AM'
does."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_a_12_am_start_with_seconds_is_warned_as_one_without(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    "Keynote,5/11/2027,12:00:00 AM,1:00:00 PM,Hall A\n"
                    "Lunch,5/11/2027,12:30:00 AM,1:30:00 PM,Hall B\n"
                    "Night owls,5/11/2027,12:00:00 AM,1:00:00 AM,Hall C\n", encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    said = ("Row {row}: 'Time Start' has {cell!r}: 12 AM is midnight, so the session runs from "
            "{begins} to {ends} on Tuesday 11 May 2027. If it starts at noon, write {noon}; if "
            "at midnight, write {midnight} to say so.")
    assert [(i.row, i.message) for i in report.issues if i.code == "midnight-start"] == [
        (2, said.format(row=2, cell="12:00:00 AM", begins="00:00", ends="13:00",
                        noon="12:00 PM", midnight="0:00")),
        (3, said.format(row=3, cell="12:30:00 AM", begins="00:30", ends="13:30",
                        noon="12:30 PM", midnight="0:30")),
    ]
