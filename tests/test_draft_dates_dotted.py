"""A date column of days written with dots and no year (`9.05`, `10.10`, `14.11.`), as a
German or Scandinavian programme writes them: the draft says to write the year into the
cells (`9.05.2027`), and dates with dots are day-first wherever they are written, so the
draft's date_order is day-first. It was month-first, and validate refused the dates the
note asked for as `ambiguous-date-order`."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file


def _csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_dotted_days_without_a_year_draft_day_first_and_read_once_the_year_is_written(
        tmp_path: Path) -> None:
    rows: list[list[Any]] = [["Datum", "Zeit", "Titel", "Raum"],
                             ["9.05", "9:00 - 10:30", "Eröffnung", "Saal 1"],
                             ["10.10", "9:00 - 10:30", "Vortrag", "Saal 2"],
                             ["14.11.", "14:00 - 15:30", "Workshop", "Saal 1"]]
    draft = draft_mapping(_csv(tmp_path / "programm.csv", rows)).text
    assert re.findall(r"^date_order = .*$|^# 'Datum' .*$", draft, re.M) == [
        'date_order = "day-first"',
        "# 'Datum' gives its dates without the year ('9.05'): write it into its cells "
        '(9.05.2027), or give each its date under [fields.start]: values = { "9.05" = '
        '"YYYY-05-09", "10.10" = "YYYY-10-10", "14.11." = "YYYY-11-14" }']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    for row in rows[1:]:
        row[0] = row[0].rstrip(".") + ".2027"  # as the draft's note says
    sheet = _csv(tmp_path / "programm.csv", rows)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [i.code for i in report.issues if i.severity == "error"] == []
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Eröffnung", "2027-05-09T09:00:00+00:00"), ("Vortrag", "2027-10-10T09:00:00+00:00"),
        ("Workshop", "2027-11-14T14:00:00+00:00")]


def test_times_written_with_dots_do_not_make_the_dates_day_first(tmp_path: Path) -> None:
    """'9.30' in the time column is a time, not 9 March: the slashed dates a day apart
    month-first keep that order."""
    sheet = _csv(tmp_path / "programme.csv", [
        ["Date", "Time", "Title"], ["5/11/2027", "9.30", "Opening"],
        ["5/12/2027", "10.15", "Keynote"], ["5/12/2027", "11.45", "Panel"]])
    assert re.findall(r"^date_order = .*$", draft_mapping(sheet).text, re.M) == [
        'date_order = "month-first"']
