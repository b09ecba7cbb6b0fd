"""A study group's sessions kept as a site's data file, a row per session, each keyed by a
short name of it in a 'key' column (mozillascience/studyGroup, `_data/events.csv`:
'delete-this-row', under four '#' lines saying 'key = a short title of the session'). The
draft knew no 'key': it said there was no id column and derived each session's id from its
title, start and room, so retitling a session made it anew. A column headed 'key' or 'slug'
is now drafted as the id, as 'id' is (one that repeats on different sessions still is not).
A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv

HEADER = ["key", "title", "description", "date", "start_time", "end_time", "skill_level"]
ROWS = [
    ["ggplot-intro", "Intro to ggplot2", "Plots in R", "2018-06-08", "11:00", "12:30",
     "beginner"],
    ["git-basics", "Git basics", "Version control", "2018-06-15", "11:00", "12:30",
     "beginner"],
]


def test_a_key_column_is_drafted_as_the_id(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "events.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert draft.complete
    assert ('[fields.import_id]\n# the id that ties a row to its session across runs\n'
            'column = "key"') in draft.text
    assert "No id column" not in draft.text
    mapping = tmp_path / "events.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Toronto")
    assert [i.code for i in report.issues] == []
    assert [(p.import_id, p.name, f"{p.start_time:%Y-%m-%d %H:%M}")
            for p in report.payloads] == [
        ("events:ggplot-intro", "Intro to ggplot2", "2018-06-08 15:00"),
        ("events:git-basics", "Git basics", "2018-06-15 15:00")]


def test_a_slug_column_repeated_on_different_sessions_is_no_id(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "events.csv", [
        ["slug", "title", "date", "start_time", "end_time"],
        ["r-club", "R club: plots", "2018-06-08", "11:00", "12:30"],
        ["r-club", "R club: models", "2018-06-15", "11:00", "12:30"]])
    draft = draft_mapping(sheet).text
    assert "[fields.import_id]" not in draft
    assert ("'slug' is not drafted as the id: 'r-club' is on rows 2 and 3, which differ in "
            "'title', so it does not name one session") in draft
