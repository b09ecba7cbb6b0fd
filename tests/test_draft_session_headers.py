"""Drafting a mapping for a sheet whose header names its columns for the session ('Session
Start', 'Session Room'): that header is found above the sessions, and its tab among others,
as a header named without the prefix is."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_xlsx as write_sheets


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def tables(text: str) -> dict[str, dict[str, str]]:
    """The draft's [fields.X] tables' keys and values, comments left out."""
    return {name: dict(re.findall(r"^(\w+) = (.+)$", body, re.M)) for name, body in
            re.findall(r"^\[fields\.(\w+)\]\n((?:[^\[\n].*\n?)*)", text, re.M)}


def read_with_draft(tmp_path: Path, sheet: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each session validate reads with the draft as written."""
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [(p.name, p.start_time.isoformat(), p.locations) for p in report.payloads]


def test_a_session_prefixed_header_below_the_events_details_is_the_header(
        tmp_path: Path) -> None:
    """An agenda opening with the event's details ('Event', 'Venue', 'Date', each beside its
    value) had its first such line taken for the header: 'Session Title' was the only name
    of the real header counted, as 'Session Start' and 'Session Room' were not, so 'Event'
    on row 1 tied with it and came first. The draft titled sessions by 'Event' and left the
    start and end to fill in."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Event", "Acme Summit 2027", "", ""],
        ["Venue", "Convention Center", "", ""],
        ["Date", "2027-03-14", "", ""],
        ["", "", "", ""],
        ["Session Title", "Session Start", "Session End", "Session Room"],
        ["Opening", "2027-03-14 9:00", "2027-03-14 10:00", "Ballroom A"],
        ["Data Ethics", "2027-03-14 10:30", "2027-03-14 11:15", "Room 12"]])
    draft = draft_mapping(sheet)
    assert (draft.sheet.header_row, tables(draft.text)) == (5, {
        "name": {"column": '"Session Title"'},
        "start": {"column": '"Session Start"'},
        "end": {"column": '"Session End"'},
        "locations": {"column": '"Session Room"'}})
    assert read_with_draft(tmp_path, sheet) == [
        ("Opening", "2027-03-14T09:00:00+00:00", ("Ballroom A",)),
        ("Data Ethics", "2027-03-14T10:30:00+00:00", ("Room 12",))]


def test_a_programme_tab_of_session_prefixed_columns_is_not_passed_over(
        tmp_path: Path) -> None:
    """A workbook opening on its programme ('Session Title', 'Session Start', 'Session End',
    'Session Room') with an at-a-glance tab after it ('Day', 'Time', 'Room', 'Talk'): the
    programme's header was counted as naming the title alone, fewer fields than a
    programme's, so the draft was made for the other tab."""
    path = write_sheets(tmp_path / "summit.xlsx", {
        "Programme": [["Session Title", "Session Start", "Session End", "Session Room"],
                      ["Opening", "2027-03-14 09:00", "2027-03-14 10:00", "Ballroom A"],
                      ["Data Ethics", "2027-03-14 10:30", "2027-03-14 11:15", "Room 12"]],
        "At a glance": [["Day", "Time", "Room", "Talk"],
                        ["Sunday", "9:00", "Ballroom A", "Opening"]],
    })
    draft = draft_mapping(path)
    assert (draft.sheet.sheet_name, draft.chosen, draft.missing) == ("Programme", {
        "name": "Session Title", "start": "Session Start", "end": "Session End",
        "locations": "Session Room"}, [])


def test_a_call_for_papers_exports_proposal_title_is_the_title(tmp_path: Path) -> None:
    """Pretalx's sessions export heads its titles 'Proposal title': the draft left the title
    to fill in, listing the column among those nothing reads."""
    sheet = write_csv(tmp_path / "sessions.csv", [
        ["ID", "Proposal title", "Proposal state", "Room", "Start", "End"],
        ["T8XFDU", "Testing deep dive", "confirmed", "Main Hall",
         "2027-05-13T09:00:00+02:00", "2027-05-13T09:45:00+02:00"],
        ["RXTP3L", "Packaging at scale", "accepted", "Room A",
         "2027-05-13T10:00:00+02:00", "2027-05-13T10:30:00+02:00"]])
    draft = draft_mapping(sheet)
    assert tables(draft.text)["name"] == {"column": '"Proposal title"'}
    assert read_with_draft(tmp_path, sheet) == [
        ("Testing deep dive", "2027-05-13T07:00:00+00:00", ("Main Hall",)),
        ("Packaging at scale", "2027-05-13T08:00:00+00:00", ("Room A",))]
