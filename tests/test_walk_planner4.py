"""A planner's workbook grown by hand in Excel, walked from validate to plan."""

from __future__ import annotations

from pathlib import Path

import importer
from tests.support import talk, write_sheet


def test_a_trailing_comma_in_a_track_cell_is_not_part_of_the_track(tmp_path: Path) -> None:
    """'Data,' (a comma left after deleting a second track) named a track of its own beside
    'Data': the app got two tracks, and the talk sat in the stray one."""
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1, **{"Schedule Track (Optional)": "Data,"}),
        talk(2, **{"Schedule Track (Optional)": "Data"}),
        talk(3, **{"Schedule Track (Optional)": " ,Community , ; Data ,,",
                   "Room/Location": "Room A,"}),
    ])
    report = importer.validate_file(sheet, timezone="Europe/London")
    read = [(row.payload.schedule_tracks, row.payload.locations)
            for row in report.rows if row.payload]
    assert read == [(("Data",), ("Room 100",)), (("Data",), ("Room 100",)),
                    (("Community", "Data"), ("Room A",))]
