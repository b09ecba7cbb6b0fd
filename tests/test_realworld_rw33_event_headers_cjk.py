"""Calendars headed with the word for an event or an activity, the only title they have: a
Japanese school's year of events, '日付,行事,備考' ('始業式', the opening ceremony: a school
planner's `events_import` tests in the stored GitHub index), and a Chinese day's plan,
'日期,开始时间,结束时间,活动,类别' (an agent's test data there). The draft found no title and
offered '行事' and '活动' as the description; they are now read as each session's title. A
few rows of each."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize(("rows", "title"), [
    ([["日付", "行事", "備考"], ["2025-04-07", "始業式", ""],
      ["2025-04-08", "入学式", "午前日課"]], "行事"),
    ([["日期", "开始时间", "结束时间", "活动", "类别"],
      ["2024-03-01", "09:00", "10:30", "代码开发", "工作"],
      ["2024-03-01", "12:00", "13:00", "午餐", "休息"]], "活动")])
def test_the_event_or_activity_column_is_the_title(tmp_path: Path, rows: list[list[str]],
                                                   title: str) -> None:
    sheet = write_csv(tmp_path / "events.csv", rows)
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], draft.missing) == (title, [])
    mapping = tmp_path / "events.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Tokyo")
    assert [i.code for i in report.issues if i.row] == []
    assert [p.name for p in report.payloads] == [rows[1][rows[0].index(title)],
                                                 rows[2][rows[0].index(title)]]


@pytest.mark.parametrize("remarks", ["備考", "备注", "비고"])
def test_remarks_in_japanese_chinese_or_korean_are_a_planners_notes(tmp_path: Path,
                                                                    remarks: str) -> None:
    """'備考' (remarks: '午前日課', mornings only) is told as English 'Notes' is: not offered
    to the description, for a planner's notes are often for the team alone."""
    sheet = write_csv(tmp_path / "events.csv", [
        ["日付", "行事", remarks], ["2025-04-07", "始業式", ""],
        ["2025-04-08", "入学式", "午前日課"]])
    assert [line for line in draft_mapping(sheet).text.splitlines()
            if "not offered" in line] == [
        f"# '{remarks}' is not offered to the description: a planner's notes are often for "
        "the team alone. To show it in the app, add it to add_columns under "
        "[fields.description]"]
