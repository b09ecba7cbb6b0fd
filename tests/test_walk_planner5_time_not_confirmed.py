"""A slot marked as not confirmed after its time ('9:00 - 10:30 (TBC)'), as planners flag a
provisional slot: it was called a time zone, with the advice to set the mapping's timezone,
which would not read the cell either."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_xlsx

MAPPING = """\
name = "m"
[fields.name]
column = "Session"
[fields.start]
date_column = "Date"
time_column = "Time"
[fields.end]
time_column = "Time"
"""
NOT_CONFIRMED = ("after the time says it is not confirmed yet, which the app cannot show: "
                 "take it out of the cell to send the time as it stands (the description "
                 "can say it may change).")


def test_a_time_not_confirmed_says_to_take_the_mark_out(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Mon": [
        ["Date", "Time", "Session"],
        ["2026-05-11", "9:00 – 10:30 (TBC)", "Opening"],
        ["2026-05-11", "11:00 - 12:00 TBA", "Panel"],
        ["2026-05-11", "13:00 - 14:00 CET", "Workshop"]]})
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time' has '9:00 – 10:30 (TBC)', which is not a start and end "
                        f"time: 'TBC' {NOT_CONFIRMED}"),
        (3, "bad-time", "Row 3: 'Time' has '11:00 - 12:00 TBA', which is not a start and end "
                        f"time: 'TBA' {NOT_CONFIRMED}"),
        (4, "bad-time", "Row 4: 'Time' has '13:00 - 14:00 CET', which is not a start and end "
                        "time: 'CET' is a time zone, which gbimport cannot read in a time "
                        "cell: remove it from the cells and give the sheet's zone once, as "
                        'timezone = "America/New_York" (say) in the mapping or --timezone.')]
