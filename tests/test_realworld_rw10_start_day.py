"""A festival programme whose day is written as month and day numbers in columns named
'start_day' and 'end_day' beside 'start_at' and 'end_at' (kumano-dormitory/Kumanofes2021data,
program.csv: '1126', '21:00', '1126', '28:00'): the draft took no column for the date."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_dates_dotted import _csv

HEADER = ["uid", "order", "id", "type", "name", "start_day", "start_at", "end_day", "end_at",
          "body", "place"]
ROWS = [
    ["ev001", "1", "1261", "0", "時計台コンパ", "1126", "12:00", "1126", "16:00",
     "皆で集まってあの有名な時計〇を占拠しましょう！", "時計台前"],
    ["ev013", "13", "1272", "0", "桜Trickオールナイト上映会", "1126", "21:00", "1126", "28:00",
     "今年もやります!", "鉄扉"],
    ["ev018", "18", "1277", "0", "目覚まし亭", "1127", "4:00", "1127", "6:00",
     "早朝にラーメンを出します！", "食堂"],
]


def test_a_start_day_column_is_drafted_as_the_date_its_days_wanting_the_year(
        tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "program.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    start = re.search(r"\[fields\.start\]\n(?:#.*\n)*((?:\w+ = .*\n)+)", draft.text)
    assert start is not None
    assert start[1] == 'date_column = "start_day"\ntime_column = "start_at"\n'
    assert re.findall(r"^# 'start_day' .*$", draft.text, re.M) == [
        "# 'start_day' gives its dates without the year ('1126'): write it into its cells "
        '(2027-11-26), or give each its date under [fields.start]: values = { "1126" = '
        '"YYYY-11-26", "1127" = "YYYY-11-27" }']
    values = re.search(r"values = \{.*\}", draft.text)
    assert values is not None
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text.replace(
        "[fields.start]\n", f"[fields.start]\n{values[0].replace('YYYY', '2021')}\n"),
        encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat())
            for p in report.payloads] == [
        ("時計台コンパ", "2021-11-26T12:00:00+00:00", "2021-11-26T16:00:00+00:00"),
        ("桜Trickオールナイト上映会", "2021-11-26T21:00:00+00:00",
         "2021-11-27T04:00:00+00:00"),
        ("目覚まし亭", "2021-11-27T04:00:00+00:00", "2021-11-27T06:00:00+00:00")]


def test_start_day_and_end_day_holding_dates_are_the_date_and_the_end_date(
        tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "program.csv", [
        ["name", "start_day", "start_at", "end_day", "end_at"],
        ["エクストリーム帰寮", "2021-11-26", "22:00", "2021-11-27", "8:00"],
        ["目覚まし亭", "2021-11-27", "4:00", "2021-11-27", "6:00"]])
    draft = draft_mapping(sheet)
    assert (draft.missing, re.findall(r"^\w+ = .*$", draft.text, re.M)[2:]) == ([], [
        'column = "name"', 'date_column = "start_day"', 'time_column = "start_at"',
        'time_column = "end_at"', 'column = "end_day"'])
