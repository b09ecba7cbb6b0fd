"""A Korean itinerary or programme whose headers write their words together, as Korean
headers mostly do ('시작시간', '종료시간', '장소명', '소요시간'), beside a day's number
('일차') and a kind ('유형'): the draft reads them as it reads '시작 시간' and '장소'.
Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_korean_headers_written_together_are_drafted(tmp_path: Path) -> None:
    """The draft matched no column at all, the start and the end included, and asked for
    each as if the sheet had none."""
    path = write_bytes(tmp_path, "일정.csv", (
        "일차,시작시간,종료시간,장소명,유형,제목\n"
        "1,10:00,11:00,대강당,강연,개회사\n"
        "1,11:30,12:30,세미나실 A,워크숍,데이터 시각화\n"
        "2,09:00,10:00,대강당,강연,기조연설\n").encode())
    assert draft_mapping(path).chosen == {
        "name": "제목", "start": "시작시간", "date": "일차", "end": "종료시간",
        "locations": "장소명", "schedule_tracks": "유형"}


def test_a_korean_duration_written_together_is_the_length(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "일정.csv", (
        "날짜,시작시간,소요시간,제목\n"
        "2027-05-11,10:00,60,개회사\n"
        "2027-05-11,11:30,45,데이터 시각화\n").encode())
    assert draft_mapping(path).chosen["duration"] == "소요시간"
