"""A date column of days with a slash and no year written day first ('15/07', '16/07', as a
British or European timetable writes its meetings): the draft takes date_order day-first,
says they lack only their year and fills their months and days in for values, and the year
its comment asks for ('15/07/2027') reads. It drafted month-first and said the column held
no dates."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


def test_yearless_days_written_day_first_draft_day_first_and_read_with_their_year(
        tmp_path: Path) -> None:
    rows = [["Date", "Time", "Session"], ["15/07", "9:00 - 10:00", "Opening"],
            ["16/07", "9:00 - 10:00", "Keynote"], ["9/07", "14:00 - 15:00", "Warm-up"]]
    draft = draft_mapping(write_csv(tmp_path / "timetable.csv", rows)).text
    assert re.findall(r"^date_order = .*$|^# 'Date' .*$", draft, re.M) == [
        'date_order = "day-first"',
        "# 'Date' gives its dates without the year ('15/07'): write it into its cells "
        "(15/07/2027), or give each its date under [fields.start]: values = { \"15/07\" = "
        '"YYYY-07-15", "16/07" = "YYYY-07-16", "9/07" = "YYYY-07-09" }']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    for row in rows[1:]:
        row[0] += "/2027"  # as the draft's comment says
    report = validate_file(write_csv(tmp_path / "timetable.csv", rows), mapping=mapping,
                           timezone="UTC")
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Opening", "2027-07-15T09:00:00+00:00"), ("Keynote", "2027-07-16T09:00:00+00:00"),
        ("Warm-up", "2027-07-09T14:00:00+00:00")]


def test_yearless_days_written_month_first_keep_month_first(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "timetable.csv", [
        ["Date", "Time", "Session"], ["7/15", "9:00 - 10:00", "Opening"],
        ["7/16", "9:00 - 10:00", "Keynote"]])
    assert re.findall(r"^date_order = .*$", draft_mapping(sheet).text, re.M) == [
        'date_order = "month-first"']
