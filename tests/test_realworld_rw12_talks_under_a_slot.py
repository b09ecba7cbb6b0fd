"""A workshop's programme that writes each slot's time once, on the row naming the slot
(`11:00 - 12.00`, `Keynote 1`), and the talks in it on the rows under it with the time cell
left blank: vkstats/dane2024, `data/programme.csv`. Each talk row has its day, so validate
read it as an all-day session and the draft said nothing; the draft now names those rows
and the fill_down that gives each talk its slot's time. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["day", "time", "speaker", "affiliation", "title", "abstract"]
ROWS = [
    ["Wednesday", "10.55 - 11.00", "Vasiliki Koutra", "KCL", "Welcome", ""],
    ["Wednesday", "11:00 - 12.00", "Keynote 1", "", "Keynote 1", ""],
    ["Wednesday", "", "Dean Eckles", "MIT",
     "Learning from randomized interventions in social media", ""],
    ["Wednesday", "15:00 - 17:00", "Invited session 1", "", "Invited session 1", ""],
    ["Wednesday", "", "Alessio Zanga", "University of Milano - Bicocca",
     "Federated Causal Discovery", ""],
    ["Wednesday", "", "Ben Parker", "Brunel University", "Design of Experiments for networks",
     ""],
]
NOTE = ("# 3 rows have a date but no 'time', under a row with one on its day (rows 4, 6, 7): "
        "each is read as an all-day session. If they are talks in the slot of the row above "
        "(a keynote's, a session's), add fill_down = [\"time\"] above the first [fields...] "
        "table, which gives each the time above it")


def test_the_draft_names_talks_left_without_their_slots_time(tmp_path: Path) -> None:
    draft = draft_mapping(write_csv(tmp_path, HEADER, ROWS, name="programme.csv")).text
    assert [line for line in draft.splitlines() if "a date but no" in line] == [NOTE]


def test_the_fill_down_it_names_gives_each_talk_its_slot(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="programme.csv")
    draft = draft_mapping(sheet).text
    assert NOTE in draft
    mapping = tmp_path / "dane.toml"
    mapping.write_text(
        'fill_down = ["time"]\n' + draft.replace(
            'date_column = "day"', 'date_column = "day"\nvalues = { "Wednesday" = '
            '"2024-06-26" }').replace('# timezone = "Area/City"', 'timezone = "Europe/London"'
                                      ' #'), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%H:%M}-{p.end_time:%H:%M}", p.all_day)
            for p in report.payloads] == [
        ("Welcome", "09:55-10:00", False),
        ("Keynote 1", "10:00-11:00", False),
        ("Learning from randomized interventions in social media", "10:00-11:00", False),
        ("Invited session 1", "14:00-16:00", False),
        ("Federated Causal Discovery", "14:00-16:00", False),
        ("Design of Experiments for networks", "14:00-16:00", False)]


def test_an_all_day_item_atop_its_day_is_not_named(tmp_path: Path) -> None:
    """The day's all-day items listed first, with no time above them, are meant so."""
    rows = [["Wednesday", "", "", "", "Poster exhibition", ""], *ROWS[:2]]
    draft = draft_mapping(write_csv(tmp_path, HEADER, rows, name="programme.csv")).text
    assert "a date but no" not in draft
