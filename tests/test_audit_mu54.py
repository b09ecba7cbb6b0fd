"""Shapes the newest changes' tests did not try: a film programme whose only place column
is its cinema; a stopped run's session edited in the sheet and updated by a second stopped
run; an evening's open end written with both a dash and a word ('20:00 - till late')."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file

from .support import Sandbox, talk, write_sheet
from .test_walk_migration5_stopped_run import SAID, _said, _stopped_after


def test_a_cinema_column_alone_is_drafted_as_the_rooms(tmp_path: Path) -> None:
    """A German festival's programme names only the cinema of each film ('Kino'): 'Kino' was
    made a venue word, to join a screen column beside it, but alone it was left unread, so the
    films had no place in the app, as a 'Venue' or 'Ort' column alone never was."""
    sheet = tmp_path / "programm.csv"
    sheet.write_text("Film,Datum,Beginn,Ende,Kino\n"
                     "Metropolis,12.05.2027,18:00,20:00,Abaton\n"
                     "Nosferatu,12.05.2027,18:30,20:00,Zeise\n"
                     "M,12.05.2027,20:30,22:30,Abaton\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert '[fields.locations]\ncolumn = "Kino"\n' in draft.text
    mapping = tmp_path / "programm.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Berlin")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(p.name, p.locations) for p in report.payloads] == [
        ("Metropolis", ("Abaton",)), ("Nosferatu", ("Zeise",)), ("M", ("Abaton",))]


def test_a_session_created_by_one_stopped_run_and_updated_by_another_says_both(
        tmp_path: Path) -> None:
    """A migration stopped after its first talks, one of them retitled in the sheet, the run
    after stopped too once it sent that change: the run that finished said the talk was
    created by an earlier stopped run, and nothing of the title it holds, sent by the second."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 7)])
    _stopped_after(sandbox, sheet, 3)
    write_sheet(sheet, [talk(1, **{"Session Title": "Renamed"}),
                        *(talk(n) for n in range(2, 7))])
    _stopped_after(sandbox, sheet, 1, "updated")
    finished = sandbox.run(sheet)

    both = ("created and updated by earlier runs that were stopped before they finished; "
            "nothing left to send")
    assert _said(finished) == [
        ("sheet:T001", "unchanged", both), ("sheet:T002", "unchanged", SAID),
        ("sheet:T003", "unchanged", SAID), ("sheet:T004", "created", ""),
        ("sheet:T005", "created", ""), ("sheet:T006", "created", "")]
    assert [n for n in finished.notes if "stopped" in n] == [
        "3 rows are unchanged as an earlier run that was stopped before it finished sent them "
        "(created 2, created and updated 1); each one's row says so"]


OPEN_ENDS_MAPPING = """name = "evenings"
date_order = "day-first"
[fields.import_id]
column = "ID"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Time"
[fields.end]
minutes = 120
"""


def test_an_open_end_after_a_dash_and_a_word_reads_as_a_start(tmp_path: Path) -> None:
    """'20:00 - late', '10:00 onwards' and '9:00 - open end' read as starts with no end, but
    '8pm - till late' (a pub quiz's, a party's), '10:00 - onwards' and the German 'Ende offen'
    were refused as 'not a time: write the time like 10:00 AM', the end's words beside a dash
    not known as such."""
    sheet = tmp_path / "evenings.csv"
    sheet.write_text("ID,Title,Date,Time\n"
                     "E1,Party,12/05/2027,20:00 - late\n"
                     "E2,Pub quiz,12/05/2027,8pm - till late\n"
                     "E3,Fair,13/05/2027,10:00 - onwards\n"
                     "E4,Lange Nacht,13/05/2027,19:00 - Ende offen\n"
                     "E5,Kneipe,14/05/2027,21:00 bis offenes Ende\n", encoding="utf-8")
    mapping = tmp_path / "evenings.toml"
    mapping.write_text(OPEN_ENDS_MAPPING, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert report.issues == []
    at = dt.datetime
    assert [(p.import_id, p.start_time, p.end_time) for p in report.payloads] == [
        ("E1", at(2027, 5, 12, 20, tzinfo=dt.UTC), at(2027, 5, 12, 22, tzinfo=dt.UTC)),
        ("E2", at(2027, 5, 12, 20, tzinfo=dt.UTC), at(2027, 5, 12, 22, tzinfo=dt.UTC)),
        ("E3", at(2027, 5, 13, 10, tzinfo=dt.UTC), at(2027, 5, 13, 12, tzinfo=dt.UTC)),
        ("E4", at(2027, 5, 13, 19, tzinfo=dt.UTC), at(2027, 5, 13, 21, tzinfo=dt.UTC)),
        ("E5", at(2027, 5, 14, 21, tzinfo=dt.UTC), at(2027, 5, 14, 23, tzinfo=dt.UTC))]
