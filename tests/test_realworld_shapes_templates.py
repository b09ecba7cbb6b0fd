"""Shapes of real programmes written in another app's import template: Whova's agenda
template marks its required columns with an asterisk ('*Session Title') and the others with
'(Optional)' ('Speakers (Optional)'). Invented data of the same shape."""

from __future__ import annotations

import re
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
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


def test_whova_optional_marks_are_left_out_of_the_speakers_labels(tmp_path: Path) -> None:
    """The speakers added to the description were labelled as the header is written, so the
    app showed 'Speakers (Optional): Ana Ruiz; Li Wei'. The draft now offers labels without
    the template's mark, and with them uncommented the description reads 'Speakers: ...'."""
    sheet = write_bytes(tmp_path, "agenda.csv", WHOVA.encode())
    text = draft_mapping(sheet).text
    assert re.findall(r"^# (?:add_columns|labels) = .*$", text, re.M) == [
        '# add_columns = ["Speakers (Optional)", "Authors (Optional)"]',
        '# labels = { "Speakers (Optional)" = "Speakers", "Authors (Optional)" = "Authors" }',
    ]
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(re.sub(r"^# (add_columns|labels) =", r"\1 =", text, flags=re.M),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Amsterdam")
    assert [row.payload.description_html for row in report.rows if row.payload] == [
        "<p>Speakers: Ana Ruiz</p>",
        "<p>Hands-on.</p><p>Speakers: Ana Ruiz; Li Wei</p>"
        "<p>Authors: Ana Ruiz; Li Wei; Tom Berg</p>",
        "",
    ]
