"""A Counter-Strike season's matches kept in a CSV to make a calendar from, each day written
as Chinese writes it without the year ('日期' of '4月29日', its time '2300': a cs-schedule
skill's example CSV in the stored GitHub index, '系列赛中文名,系列赛英文名,日期,时间,战队1,
战队2,赛制,地点,备注'). The draft said '日期' holds no dates and asked for each day's date as
if the cells were words; it now says the dates lack only their year, and to write it before
them (2027年4月29日), as it does for 'May 11'. A few rows in its shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv

HEADER = ["系列赛中文名", "系列赛英文名", "日期", "时间", "战队1", "战队2", "赛制", "地点"]


def _notes_on(draft_text: str, header: str) -> list[str]:
    return [line for line in draft_text.splitlines() if line.startswith(f"# '{header}'")]


def test_chinese_days_without_their_year_are_named_so(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "cs.csv", [
        HEADER,
        ["BLAST竞争赛2026第1季", "BLAST Rivals 2026 Season 1", "4月29日", "2300", "Vitality",
         "FUT", "3", "美国德克萨斯州"],
        ["BLAST竞争赛2026第1季", "BLAST Rivals 2026 Season 1", "5月1日", "2000", "NAVI", "FaZe",
         "5", "美国德克萨斯州"]])
    draft = draft_mapping(sheet)
    assert _notes_on(draft.text, "日期") == [
        "# '日期' gives its dates without the year ('4月29日'): write it into its cells "
        "(2027年4月29日), or give each its date under [fields.start]: values = { "
        '"4月29日" = "YYYY-04-29", "5月1日" = "YYYY-05-01" }']


@pytest.mark.parametrize(("header", "days", "with_year"), [
    ("날짜", ["5월 11일", "5월 12일"], "2027년 5월 11일"),
    ("日付", ["5月11日(火)", "5月12日(水)"], "2027年5月11日(火)")])
def test_korean_and_japanese_days_take_the_year_first(tmp_path: Path, header: str,
                                                      days: list[str], with_year: str) -> None:
    sheet = write_csv(tmp_path / "days.csv", [
        [header, "Time", "Title"], [days[0], "09:00", "Opening"], [days[1], "10:00", "Close"]])
    draft = draft_mapping(sheet)
    assert _notes_on(draft.text, header) == [
        f"# '{header}' gives its dates without the year ('{days[0]}'): write it into its "
        f"cells ({with_year}), or give each its date under [fields.start]: values = {{ "
        f'"{days[0]}" = "YYYY-05-11", "{days[1]}" = "YYYY-05-12" }}']
