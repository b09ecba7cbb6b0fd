"""Dates as Korean locales write them, the year first with a dot and a space after each part
(`2026. 7. 15`), as Google Sheets in Korean shows a date and its CSV export writes it: read
in any date_order, alone or with a time (`2026. 7. 15 오후 2:00:00`). They were refused as no
date, though `2026.7.15` was read."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from importer.convert import CellError, parse_date, parse_datetime
from importer.draft import draft_mapping
from importer.validate import validate_file

NOT_A_DATE = ("bad-date", "write the date like 5/11/2027 (May 11) or 2027-05-11")


def _written(cell: str) -> dt.date | tuple[str, str]:
    try:
        return parse_date(cell, "month-first")
    except CellError as error:
        return error.code, error.hint


def test_a_korean_date_reads_alone_and_with_its_time() -> None:
    assert [_written(cell) for cell in ["2026. 7. 15", "2026. 07. 15.", "2026. 2. 30",
                                        "2026. 13. 1"]] == [
        dt.date(2026, 7, 15), dt.date(2026, 7, 15), NOT_A_DATE, NOT_A_DATE]
    assert parse_date("2026. 7. 15", "day-first") == dt.date(2026, 7, 15)
    assert [parse_datetime(cell, "month-first") for cell in [
        "2026. 7. 15 오후 2:00:00", "2026. 7. 16 09:30:00"]] == [
        (dt.date(2026, 7, 15), dt.time(14)), (dt.date(2026, 7, 16), dt.time(9, 30))]


def test_a_korean_sheets_export_is_drafted_and_read(tmp_path: Path) -> None:
    sheet = tmp_path / "programme.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["날짜", "시작", "종료", "제목", "장소"],
            ["2026. 7. 15", "오전 9:00:00", "오전 10:30:00", "개회식", "대강당"],
            ["2026. 7. 16", "오후 2:00:00", "오후 3:00:00", "세션 1", "101호"]])
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Seoul")
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat())
            for p in report.payloads] == [
        ("개회식", "2026-07-15T00:00:00+00:00", "2026-07-15T01:30:00+00:00"),
        ("세션 1", "2026-07-16T05:00:00+00:00", "2026-07-16T06:00:00+00:00")]
