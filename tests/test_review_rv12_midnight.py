"""midnight-start is for a 12 AM typed for noon: a start at midnight that a noon start could
not mean is not warned of. A session filling the day, as calendars export all-day events in
times ('12:00:00 AM' to '11:59:00 PM', a 24-hour hackathon), or one ending at noon (read from
noon it would end as it starts) is from midnight as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file


def test_only_a_start_noon_could_mean_is_warned(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    "Hackathon,5/11/2027,12:00 AM,11:59 PM,Lab\n"
                    "Calendar export,5/12/2027,12:00:00 AM,11:59:00 PM,Lab\n"
                    "Night shift,5/13/2027,12:00 AM,12:00 PM,Lab\n"
                    "Keynote,5/14/2027,12:00 AM,1:00 PM,Hall A\n", encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.message) for i in report.issues if i.code == "midnight-start"] == [
        (5, "Row 5: 'Time Start' has '12:00 AM': 12 AM is midnight, so the session runs from "
            "00:00 to 13:00 on Friday 14 May 2027. If it starts at noon, write 12:00 PM; if at "
            "midnight, write 0:00 to say so."),
    ]
    assert [(row.payload.start_time, row.payload.end_time) for row in report.rows
            if row.payload][:3] == [
        (dt.datetime(2027, 5, 11, 5, tzinfo=dt.UTC), dt.datetime(2027, 5, 12, 4, 59,
                                                                 tzinfo=dt.UTC)),
        (dt.datetime(2027, 5, 12, 5, tzinfo=dt.UTC), dt.datetime(2027, 5, 13, 4, 59,
                                                                 tzinfo=dt.UTC)),
        (dt.datetime(2027, 5, 13, 5, tzinfo=dt.UTC), dt.datetime(2027, 5, 13, 17,
                                                                 tzinfo=dt.UTC)),
    ]
