"""A one-day timetable of Japanese, Chinese or Korean headers whose times stand under the
word for a time slot ('時間帯', '时段', '시간대'), each cell a start and an end
('10:00~11:00'): the draft reads that column as the start and the end, as it reads '時間'.
Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_load import write_bytes


@pytest.mark.parametrize(("slot", "title"), [
    ("時間帯", "タイトル"), ("时段", "标题"), ("時間段", "標題"), ("시간대", "제목")])
def test_a_time_slot_column_is_the_start_and_the_end(
        tmp_path: Path, slot: str, title: str) -> None:
    """The draft matched the titles only, and left the start and the end to fill in with
    the column of times named among those nothing reads."""
    path = write_bytes(tmp_path, "timetable.csv", (
        f"{slot},{title}\n"
        "10:00~11:00,Racing demo\n"
        "11:00~12:00,Rhythm game\n"
        "12:00~13:00,Flight simulator\n").encode())
    draft = draft_mapping(path)
    assert (draft.chosen, draft.missing) == ({"name": title, "start": slot}, ["start"])
    assert f'[fields.end]\n# the same column: each cell holds the start and the end\n' \
        f'time_column = "{slot}"' in draft.text
