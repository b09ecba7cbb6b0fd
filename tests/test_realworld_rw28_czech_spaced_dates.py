"""Dates as Czech and Slovak write them, a space after each dot ('17. 11. 2017', their norm's
form): the days of OndraX/SympWeb_2017_final's symposium (`js/json/data.js`, 'Pátek
17.11'), kept in a sheet as a Czech spreadsheet writes them. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.convert import CellError, parse_date
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv


def test_a_spaced_day_first_date_is_read(tmp_path: Path) -> None:
    """Each row was refused as bad-date, its message asking for 5/11/2027 or 2027-05-11."""
    sheet = write_csv(tmp_path, ["Den", "Od", "Do", "Název", "Místnost"], [
        ["17. 11. 2017", "10:00", "12:00", "Moderní fyzika", "Aula"],
        ["18. 11. 2017", "9:00", "9:45", "Počítačová chemie", "P2.3"],
        ["1. 12.2017", "9:00", "9:45", "Závěr", "Aula"]], name="program.csv")
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Prague")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Moderní fyzika", "2017-11-17T09:00:00+00:00"),
        ("Počítačová chemie", "2017-11-18T08:00:00+00:00"),
        ("Závěr", "2017-12-01T08:00:00+00:00")]


@pytest.mark.parametrize("text", ["31. 11. 2017", "17. 11.", "17. 11. 17"])
def test_a_spaced_date_that_is_no_day_is_still_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_date(text, "month-first")
