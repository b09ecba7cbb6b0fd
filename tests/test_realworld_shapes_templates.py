"""Shapes of real programmes written in another app's import template: Whova's agenda
template marks its required columns with an asterisk ('*Session Title') and the others with
'(Optional)' ('Speakers (Optional)'). Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes

WHOVA = (
    "*Date,*Time Start,*Time End,Tracks (Optional),*Session Title,Room/Location (Optional),"
    "Description (Optional),Speakers (Optional),Role: Moderators (Optional),"
    "Authors (Optional),Session or Sub-session(Sub) (Optional),Tags (Optional)\n"
    "2027-05-11 00:00:00,08:00:00,17:00:00,Workshops,Workshop Day,Hall A; Hall B,,"
    "Ana Ruiz,,,Session,\n"
    "2027-05-11 00:00:00,09:00:00,10:30:00,Workshops,Sensors in the Field,Hall A,"
    "<p>Hands-on.</p>,Ana Ruiz; Li Wei,,Ana Ruiz; Li Wei; Tom Berg,Sub,\n"
    "2027-05-12 00:00:00,10:15:00,10:45:00,General,Break,Foyer,,,,,Sub,\n")


def test_whova_template_columns_marked_required_are_drafted(tmp_path: Path) -> None:
    """'*Session Title', '*Date', '*Time Start' and '*Time End' were not recognised, so the
    draft left title, start and end to fill in, and said the sheet gave each room a column
    of its own ('*Session Title', 'Session or Sub-session(Sub) (Optional)')."""
    draft = draft_mapping(write_bytes(tmp_path, "agenda.csv", WHOVA.encode()))
    assert (draft.chosen, draft.missing) == ({
        "name": "*Session Title", "date": "*Date", "start": "*Time Start",
        "end": "*Time End", "locations": "Room/Location (Optional)",
        "schedule_tracks": "Tracks (Optional)", "description": "Description (Optional)",
    }, [])

