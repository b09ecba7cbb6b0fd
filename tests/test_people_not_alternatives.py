"""A column naming people whose header holds the title's ('Session chair' beside
'Session'), as a conference's sessions write their chairs: offered as people, not as the
title it could be."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv


def test_a_session_chair_is_not_offered_as_the_title(tmp_path: Path) -> None:
    """The draft said both that 'Session chair' could be the title and that it names people."""
    sheet = write_csv(tmp_path / "sessions.csv", [
        ["Session ID", "Session", "Date", "Start", "End", "Room", "Session chair"],
        ["MO1G", "Tracking and Motion Capture", "2024-03-18", "14:00", "15:00",
         "Ballroom G", "Ana Ruiz"],
        ["MO1H", "Social Applications", "2024-03-18", "14:00", "15:00", "Ballroom H",
         "Bo Li"]])
    text = draft_mapping(sheet).text
    assert [line for line in text.splitlines() if "'Session chair'" in line] == [
        "# Columns nothing reads: 'Session chair'",
        "# 'Session chair' names people: Guidebook keeps speakers as a list of their own, "
        "which gbimport does not import. To show its names in each session's description, "
        "uncomment these lines:"]
