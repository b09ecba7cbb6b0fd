"""A date column of month-and-day numbers with no year (`1126`, `1127`, `926`), as some
programmes write a day: the draft names the days it reads in the values table it gives, the
year left to fill in. It said the column held no dates, and gave 'YYYY-MM-DD' for each."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_dates_dotted import _csv

HEADER = ["日付", "開始", "終了", "タイトル"]


def _note(draft: str) -> list[str]:
    return re.findall(r"^# '日付' .*$", draft, re.M)


def test_month_and_day_numbers_are_drafted_as_days_wanting_their_year(tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "programme.csv", [
        HEADER, ["1126", "10:00", "10:45", "開会"], ["1127", "11:00", "11:45", "講演"],
        ["926", "9:00", "9:30", "前夜祭"]])
    draft = draft_mapping(sheet)
    assert _note(draft.text) == [
        "# '日付' gives its dates without the year ('1126'): write it into its cells "
        '(2027-11-26), or give each its date under [fields.start]: values = { "1126" = '
        '"YYYY-11-26", "1127" = "YYYY-11-27", "926" = "YYYY-09-26" }']
    assert draft.missing == ["start"]
    values = re.search(r"values = \{.*\}", draft.text)
    assert values is not None
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text.replace(
        "[fields.start]\n", f"[fields.start]\n{values[0].replace('YYYY', '2027')}\n"),
        encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("開会", "2027-11-26T10:00:00+00:00"), ("講演", "2027-11-27T11:00:00+00:00"),
        ("前夜祭", "2027-09-26T09:00:00+00:00")]


def test_numbers_that_are_no_month_and_day_are_no_days(tmp_path: Path) -> None:
    """'1326' has no month 13: the column is words, each to be given its date."""
    sheet = _csv(tmp_path / "programme.csv", [
        HEADER, ["1326", "10:00", "10:45", "開会"], ["0231", "11:00", "11:45", "講演"]])
    assert _note(draft_mapping(sheet).text) == [
        "# '日付' holds no dates. Give each its date under [fields.start]: values = "
        '{ "1326" = "YYYY-MM-DD", "0231" = "YYYY-MM-DD" }']
