"""A Japanese conversation course's timetable, a row per weekly meeting with its day as
month and day alone ('02/15', the year given by the term) and what was done that day,
with no times (appuluInNTHU/JPConversationSpring2017, `_data/schedule.csv`, 18 meetings).
The draft asked for an end time column to fill in, offering until_next or minutes, as
for a programme of talks, though no column holds times; it drafted the same sheet as
all-day sessions once the year was written into its cells, and so it did for a term of a
few meetings. It now drafts the meetings as all-day sessions on their days, and still says
to write the year into the cells. A few rows in the file's shape, enough meetings to be
too many for a `values` table."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes

TOPICS = ["課程介紹", "[文法] 使役形<br>[課本] L10 事情を説明する・頼む", "（校際活動週放假）",
          "[發表] 期末個人發表"]
DAYS = ["02/15", "02/22", "03/01", "03/08", "03/15", "03/22", "03/29", "04/05", "04/12",
        "04/19", "04/26", "05/03", "05/10", "05/17", "05/24", "05/31", "06/07", "06/14"]


def _timetable(tmp_path: Path, days: list[str]) -> str:
    rows = "".join(f'{day},"{TOPICS[n % len(TOPICS)]}",#{day.replace("/", "")}.pdf\n'
                   for n, day in enumerate(days))
    sheet = ("日期,摘要,筆記\n" + rows).encode()
    return draft_mapping(write_bytes(tmp_path, "schedule.csv", sheet)).text


def test_a_term_of_days_without_their_year_is_drafted_as_all_day_meetings(
        tmp_path: Path) -> None:
    text = _timetable(tmp_path, DAYS)
    assert re.findall(r"^\[fields\.(?:start|end)\]\n(?:#.*\n)*\w+ = .*$", text, re.M) == [
        "[fields.start]\n# no column holds times: each session is all day, on the day its "
        'cell gives\ncolumn = "日期"',
        "[fields.end]\n# the same column: a day alone has no end\ncolumn = \"日期\""]
    assert re.findall(r"^# '日期'.*$", text, re.M) == [
        "# '日期' gives its dates without the year (18 of them, such as '02/15'): write it "
        "into its cells (02/15/2027)"]


def test_a_few_such_days_still_read_the_values_given_under_the_start(tmp_path: Path) -> None:
    text = _timetable(tmp_path, DAYS[:3])
    assert ("# the same column: a day alone has no end; it reads the column's cells with the "
            "values given under [fields.start]") in text
