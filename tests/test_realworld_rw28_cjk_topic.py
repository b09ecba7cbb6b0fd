"""Programmes in Korean, Chinese and Japanese whose talks are headed by their topic ('주제',
'主题', 'テーマ') and whose speakers by a word the draft did not know ('嘉宾'). The Korean
shape is a contest's presentation order as its organisers' app writes it (team_template.csv
in a presentation-day app of the stored GitHub index: '순서,부문,팀명,소속,발표자,시간,주제',
'13:10~13:22'); the Chinese and Japanese ones are a meetup's agenda of the same three
columns. A few rows of each, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

KOREAN = ["순서", "부문", "팀명", "소속", "발표자", "시간", "주제"]
KOREAN_ROWS = [
    ["1", "학생부", "DReaM", "한국기술교육대", "유준철", "13:10~13:22", "스마트 트러스 로드(SMTR)"],
    ["2", "일반부", "Beta", "카이스트", "이영희", "13:22~13:34", "드론 배송 시스템"],
]


def _table(draft: str, key: str) -> str:
    return draft[draft.index(f"[fields.{key}]"):].split("\n\n")[0].strip()


def test_a_korean_topic_column_is_the_title_and_its_division_the_track(
        tmp_path: Path) -> None:
    """'주제' was drafted as the track and the title left 'FILL IN', so validate refused
    the draft until the planner found which Korean header held the talks."""
    sheet = write_csv(tmp_path, KOREAN, KOREAN_ROWS, name="team_template.csv")
    draft = draft_mapping(sheet).text
    assert _table(draft, "name") == '[fields.name]\ncolumn = "주제"'
    assert _table(draft, "schedule_tracks") == '[fields.schedule_tracks]\ncolumn = "부문"'
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace('date_column = "FILL IN"', "date = 2025-11-21"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Seoul")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat(), p.schedule_tracks)
            for p in report.payloads] == [
        ("스마트 트러스 로드(SMTR)", "2025-11-21T04:10:00+00:00", "2025-11-21T04:22:00+00:00",
         ("학생부",)),
        ("드론 배송 시스템", "2025-11-21T04:22:00+00:00", "2025-11-21T04:34:00+00:00",
         ("일반부",))]


def test_a_topic_beside_a_title_column_stays_the_track(tmp_path: Path) -> None:
    """With a column headed as the title ('제목'), the topic is still read as the track."""
    sheet = write_csv(tmp_path, ["제목", "시간", "주제"],
                      [["자율 주행", "13:10~13:22", "로봇"]], name="program.csv")
    draft = draft_mapping(sheet).text
    assert _table(draft, "name") == '[fields.name]\ncolumn = "제목"'
    assert _table(draft, "schedule_tracks") == '[fields.schedule_tracks]\ncolumn = "주제"'


def test_chinese_and_japanese_agendas_read_the_topic_as_title_and_the_guest_as_speaker(
        tmp_path: Path) -> None:
    """'主题' and 'テーマ' were drafted as tracks, the title left 'FILL IN'; '嘉宾', the
    guest who speaks, was not offered to the description as a speaker's column is."""
    chinese = write_csv(tmp_path, ["日期", "时间", "主题", "嘉宾"],
                        [["2024-05-11", "14:30-15:10", "Rust 在字节跳动的实践", "张三"]],
                        name="agenda.csv")
    japanese = write_csv(tmp_path, ["日付", "時間", "テーマ", "登壇者"],
                         [["2024/05/11", "14:30〜15:10", "Rustの実践", "山田太郎"]],
                         name="timetable.csv")
    drafts = [draft_mapping(chinese).text, draft_mapping(japanese).text]
    assert [_table(d, "name") for d in drafts] == [
        '[fields.name]\ncolumn = "主题"', '[fields.name]\ncolumn = "テーマ"']
    assert ['# add_columns = ["嘉宾"]' in drafts[0], "[fields.schedule_tracks]" in drafts[0]] == [
        True, False]
