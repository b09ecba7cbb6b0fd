"""A date column of month and day as four figures with no year (kumano-dormitory/
Kumanofes2021data, program.csv: '1126' for November 26) read by a mapping written by hand:
bad-date says the cell may be a month and a day lacking its year, and gives the values entry
that reads it. It said only to write the date like 5/11/2027, as for a cell that is no date."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_draft_dates_dotted import _csv

MAPPING = ('name = "program"\n\n[fields.name]\ncolumn = "name"\n\n[fields.start]\n'
           'date_column = "start_day"\ntime_column = "start_at"\n\n'
           '[fields.end]\ntime_column = "end_at"\n')


def _bad_dates(tmp_path: Path, days: list[str]) -> list[tuple[int | None, str | None, str]]:
    sheet = _csv(tmp_path / "program.csv", [
        ["name", "start_day", "start_at", "end_at"],
        *([f"企画{n}", day, "12:00", "16:00"] for n, day in enumerate(days))])
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [(i.row, i.value, i.message) for i in report.issues if i.code == "bad-date"]


def test_month_and_day_figures_are_told_to_lack_the_year(tmp_path: Path) -> None:
    assert _bad_dates(tmp_path, ["1126", "0229"]) == [
        (2, "1126", "Row 2: 'start_day' has '1126', which is not a date: if it is a month and "
         "a day (November 26), it has no year; write the date like 5/11/2027 (May 11) or "
         "2027-05-11, or, for a column of a few days, give each its date once in the mapping, "
         'in the field reading this column: values = { "1126" = "YYYY-11-26" }.'),
        (3, "0229", "Row 3: 'start_day' has '0229', which is not a date: if it is a month and "
         "a day (February 29), it has no year; write the date like 5/11/2027 (May 11) or "
         "2027-05-11, or, for a column of a few days, give each its date once in the mapping, "
         'in the field reading this column: values = { "0229" = "YYYY-02-29" }.')]


@pytest.mark.parametrize("figures", ["1326", "1132", "0015", "926"])
def test_figures_naming_no_month_and_day_get_the_plain_hint(
        tmp_path: Path, figures: str) -> None:
    assert _bad_dates(tmp_path, [figures]) == [
        (2, figures, f"Row 2: 'start_day' has '{figures}', which is not a date: write the date "
         "like 5/11/2027 (May 11) or 2027-05-11.")]
