"""Shapes the newest changes' own tests left out: English headers that end as a German
gender-inclusive form does ('TimeIn', 'Time/In', 'Title / in English') and stay what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._header_words import header_key
from importer.draft import draft_mapping


def test_a_time_in_and_time_out_sheet_drafts_both_as_it_did(tmp_path: Path) -> None:
    """'TimeIn' lost its 'In' as 'ReferentIn' does and was read by name as the start, which
    left 'TimeOut' unread and the end as 'FILL IN'; both are read by what they hold."""
    sheet = tmp_path / "shifts.csv"
    sheet.write_text("Date,TimeIn,TimeOut,Event,Room\n"
                     "2026-10-01,09:00,10:00,Opening,Hall A\n"
                     "2026-10-01,10:30,11:00,Talk about things,Hall B\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing, draft.unread) == (
        {"name": "Event", "date": "Date", "start": "TimeIn", "end": "TimeOut",
         "locations": "Room"}, [], [])


@pytest.mark.parametrize(("heading", "key"), [
    ("TimeIn", "time in"), ("Time/In", "time/in"), ("CheckIn", "check in"),
    ("LinkedIn", "linked in"), ("Title / in English", "title/in"), ("Start:in", "start in"),
    ("Room/In person", "room/in person"), ("Type/r", "type/r"),
    ("Referent/in", "referent"), ("ModeratorIn", "moderator"), ("Vortragende/r", "vortragende"),
    ("Teilnehmer*innen", "teilnehmer"), ("Dozent:innen", "dozent")])
def test_only_a_person_word_loses_a_gender_ending(heading: str, key: str) -> None:
    """A gender ending follows a word for a person ('Referent', 'Moderator'); after a time, a
    title or a room ('Time/In', 'Title / in English') it is an English word, kept."""
    assert header_key(heading) == key
