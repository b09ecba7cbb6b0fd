"""Drafting a mapping: a course's teachers and tutors offered as speakers are, a speaker's
affiliation offered beside the speaker, a planner's notes left out of the description with a
word on how to add them, and a 'kind' column read as the tracks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEAD = ["Title", "Date", "Start", "End", "Room"]
TALKS = [["Opening", "2027-05-11", "09:00", "10:00", "Hall A"],
         ["Keynote", "2027-05-11", "10:30", "11:30", "Hall B"]]


def sheet_with(tmp_path: Path, extra: list[str], cells: list[list[str]]) -> Path:
    return write_csv(tmp_path / "talks.csv",
                     [HEAD + extra, *(talk + row for talk, row in zip(TALKS, cells, strict=True))])


def descriptions_uncommented(tmp_path: Path, sheet: Path, text: str) -> list[str | None]:
    """Each session's description once the draft's commented-out description lines are
    uncommented."""
    mapping = tmp_path / "draft.toml"
    mapping.write_text(re.sub(r"^# (\[fields\.description\]|add_columns|labels)", r"\1", text,
                              flags=re.M), encoding="utf-8")
    return [p.description_html for p in validate_file(sheet, mapping=mapping,
                                                      timezone="UTC").payloads]


@pytest.mark.parametrize("header", ["Teacher", "Teachers", "Tutor", "Tutors", "Panellist"])
def test_teachers_and_tutors_are_offered_as_speakers(tmp_path: Path, header: str) -> None:
    """A lesson's 'Teacher' or 'Tutor' was left among the columns nothing reads, never
    offered to the description as 'Instructor' and 'Lecturer' are."""
    sheet = sheet_with(tmp_path, [header], [["Ana Ruiz"], ["Bo Li"]])
    text = draft_mapping(sheet).text
    assert f'# add_columns = ["{header}"]\n' in text
    assert descriptions_uncommented(tmp_path, sheet, text) == [
        f"<p>{header}: Ana Ruiz</p>", f"<p>{header}: Bo Li</p>"]


def test_a_tutorial_column_is_not_offered_as_speakers(tmp_path: Path) -> None:
    """'Tutorial' holds what is taught, not who teaches it."""
    sheet = sheet_with(tmp_path, ["Tutorial"], [["Git basics"], ["Git branches"]])
    assert "add_columns" not in draft_mapping(sheet).text


def test_an_affiliation_beside_a_speaker_is_offered_with_the_speaker(tmp_path: Path) -> None:
    """adam-aaai2022's _data/schedule.csv keeps an 'affil' column beside each speaker: the
    draft offered the speaker alone, and the affiliation stayed among the columns nothing
    reads."""
    sheet = sheet_with(tmp_path, ["Description", "speaker", "affil"],
                       [["About git.", "Ana Ruiz", "MIT"], ["About tests.", "Bo Li", "ETH"]])
    text = draft_mapping(sheet).text
    assert ("uncomment to show the speakers' names and 'affil' after the description\n"
            '# add_columns = ["speaker", "affil"]\n') in text
    assert "# 'speaker' names people:" in text
    assert descriptions_uncommented(tmp_path, sheet, text) == [
        "<p>About git.</p><p>Speaker: Ana Ruiz</p><p>Affil: MIT</p>",
        "<p>About tests.</p><p>Speaker: Bo Li</p><p>Affil: ETH</p>"]


@pytest.mark.parametrize("header", ["Affiliation", "Organisation", "Institution",
                                    "Speaker Company"])
def test_affiliation_headings_are_offered_beside_a_speaker(tmp_path: Path,
                                                           header: str) -> None:
    sheet = sheet_with(tmp_path, ["Speaker", header], [["Ana Ruiz", "MIT"], ["Bo Li", "ETH"]])
    assert f'# add_columns = ["Speaker", "{header}"]\n' in draft_mapping(sheet).text


def test_an_affiliation_with_no_speaker_is_not_offered(tmp_path: Path) -> None:
    """With no speaker beside it, 'Organisation' may be whoever runs the session: left
    among the columns nothing reads, as before."""
    sheet = sheet_with(tmp_path, ["Organisation"], [["MIT"], ["ETH"]])
    text = draft_mapping(sheet).text
    assert "add_columns" not in text
    assert "# Columns nothing reads: 'Organisation'\n" in text


@pytest.mark.parametrize("header", ["comments", "Notes", "Remarks", "Internal notes"])
def test_a_planners_notes_are_not_offered_and_the_draft_says_how_to_add_them(
        tmp_path: Path, header: str) -> None:
    """UVA-DSI/2017-bootcamp-git-intro's schedule.tsv has a 'comments' column: the draft
    listed it among the columns nothing reads without a word on why or how to show it.
    A planner's notes are often for the team alone, so they are still not offered."""
    sheet = sheet_with(tmp_path, ["Description", "Speaker", header],
                       [["About git.", "Ana Ruiz", "bring the adapter"],
                        ["About tests.", "Bo Li", ""]])
    text = draft_mapping(sheet).text
    assert (f"# {header!r} is not offered to the description: a planner's notes are often "
            "for the team alone. To show it in the app, add it to add_columns under "
            "[fields.description]\n") in text
    assert '# add_columns = ["Speaker"]\n' in text
    assert descriptions_uncommented(tmp_path, sheet, text) == [
        "<p>About git.</p><p>Speaker: Ana Ruiz</p>",
        "<p>About tests.</p><p>Speaker: Bo Li</p>"]


@pytest.mark.parametrize("header", ["kind", "Kind", "Session kind"])
def test_a_kind_column_is_drafted_as_the_tracks(tmp_path: Path, header: str) -> None:
    """A 'kind' column ('Workshop', 'Talk') was left unread, where 'type' and 'category'
    are drafted as the tracks."""
    sheet = sheet_with(tmp_path, [header], [["Workshop"], ["Talk"]])
    assert draft_mapping(sheet).chosen.get("schedule_tracks") == header


def test_a_calendar_id_is_not_drafted_as_the_tracks(tmp_path: Path) -> None:
    """A calendar's id ('cal1') names no track an attendee would read."""
    sheet = sheet_with(tmp_path, ["calendarId"], [["cal1"], ["cal2"]])
    assert "schedule_tracks" not in draft_mapping(sheet).chosen
