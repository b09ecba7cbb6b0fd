"""A workshop's programme of times alone, its sessions' blocks headed by a row holding only
a title ('<b>Session 1</b>'): an excerpt of mases18/mases18.github.io, `_data/program.csv`.
Validate reads such a row as a section heading and sends nothing for it; the draft said
each would be read as an all-day session."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes

PROGRAMME = (
    "Time,Title,Authors,Type\n"
    "09:00,Opening\n"
    "09:05,\"Keynote: Scikit-learn\",Gaël Varoquaux,Keynote\n"
    "10:00,Coffee\n"
    ",<b>Session 1</b>\n"
    "10:30,\"Applying Graph Kernels to Model-Driven Engineering Problems\","
    "\"Robert Clarisó and Jordi Cabot\",Paper\n"
    "11:00,\"Learning-Based Testing for Autonomous Systems\",\"Hojat Khosrowjerdi\",Paper\n"
    "12:00,Lunch\n"
    ",<b>Session 2</b>\n"
    "13:30,\"A Deep Learning Approach to Program Similarity\",\"Niccolò Marastoni\",Paper\n")


def test_heading_rows_are_not_drafted_as_all_day_sessions(tmp_path: Path) -> None:
    text = draft_mapping(write_bytes(tmp_path, "program.csv", PROGRAMME.encode())).text
    assert "no 'Time'" not in text
    assert "all-day session" not in text


def test_a_titled_row_with_more_than_its_title_still_gets_the_note(tmp_path: Path) -> None:
    """A row with its title and its authors but no time is a talk not yet given a slot."""
    sheet = PROGRAMME + ",Poster session,Ana Lima,Poster\n"
    text = draft_mapping(write_bytes(tmp_path, "program.csv", sheet.encode())).text
    assert "1 row has no 'Time': each is read as an all-day session" in text
