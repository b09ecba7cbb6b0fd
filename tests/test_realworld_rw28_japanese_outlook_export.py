"""A calendar exported from Outlook in Japanese: '件名' (the subject), '開始日', '開始時刻',
'終了日', '終了時刻', '終日イベント' of 'オン' and 'オフ', '場所', '説明', as a scheduling
app of the stored GitHub index reads it (its `parseCsv`, "Outlook の「エクスポート」CSV",
takes those names; times also as '午後 1:30:00'). The draft knew the English and German
exports' names but not these: it left the title and the date to fill in, and the all-day
flag unread. A few rows in the export's shape, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv

HEADER = ["件名", "開始日", "開始時刻", "終了日", "終了時刻", "終日イベント",
          "アラーム オン/オフ", "場所", "説明"]
ROWS = [
    ["キックオフ", "2026/8/17", "9:00:00", "2026/8/17", "10:00:00", "オフ", "オン", "会議室A",
     "全体説明"],
    ["懇親会", "2026/8/17", "午後 6:30:00", "2026/8/17", "午後 8:00:00", "オフ", "オフ",
     "中庭", ""],
    ["夏祭り", "2026/8/18", "0:00:00", "2026/8/19", "0:00:00", "オン", "オフ", "中庭", ""],
]


def test_a_japanese_outlook_export_drafts_and_reads_as_the_english_one(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "calendar.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert draft.complete
    for line in ('[fields.name]\ncolumn = "件名"',
                 '[fields.start]\ndate_column = "開始日"\ntime_column = "開始時刻"',
                 '[fields.end]\ntime_column = "終了時刻"',
                 '[fields.end_date]\ncolumn = "終了日"',
                 'column = "終日イベント"'):
        assert line in draft.text
    mapping = tmp_path / "calendar.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Tokyo")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%Y-%m-%d %H:%M}", p.end_time and f"{p.end_time:%H:%M}",
             p.all_day, p.locations) for p in report.payloads] == [
        ("キックオフ", "2026-08-17 00:00", "01:00", False, ("会議室A",)),
        ("懇親会", "2026-08-17 09:30", "11:00", False, ("中庭",)),
        ("夏祭り", "2026-08-17 15:00", None, True, ("中庭",))]
