"""Sessionize's "flattened accepted sessions" export, as real ones are written: the speaker's
own columns (Speaker Id, FirstName, LastName, Email, TagLine, Bio) after the session's, and a
co-presenter on a row of its own under the session's, holding the Session Id and the speaker
columns alone. What the shipped mapping's comment says of it is what validate does."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

HEADER = ["Session Id", "Title", "Description", "Owner", "Owner Email", "Session format",
          "Level", "Owner Informed", "Owner Confirmed", "Room", "Scheduled At",
          "Scheduled Duration", "Live Link", "Recording Link", "Speaker Id", "FirstName",
          "LastName", "Email", "TagLine", "Bio"]


def row(**cells: str) -> list[str]:
    return [cells.get(name.replace(" ", "_"), "") for name in HEADER]


def session(sid: str, title: str, owner: str, room: str, at: str, minutes: str) -> list[str]:
    return row(Session_Id=sid, Title=title, Description=f"About {title.lower()}.",
               Owner=owner, Owner_Email="owner@example.org", Session_format="Session",
               Owner_Informed="4 Jun 2027 07:08 AM", Owner_Confirmed="No", Room=room,
               Scheduled_At=at, Scheduled_Duration=minutes, Speaker_Id=f"spk-{sid}",
               FirstName=owner.split()[0], LastName=owner.split()[1],
               Email="owner@example.org", TagLine="Engineer", Bio="Builds things.")


def co_presenter(sid: str, first: str, last: str) -> list[str]:
    return row(Session_Id=sid, Speaker_Id=f"spk-{first.lower()}", FirstName=first,
               LastName=last, Email=f"{first.lower()}@example.org", TagLine="Analyst")


def test_flattened_export_sends_each_session_once_from_its_first_row(tmp_path: Path) -> None:
    """A co-presenter's row has no Scheduled At of its own: with the shipped mapping it is
    the session's other speaker, its FirstName and LastName joined into the session's list
    of speakers, with a repeated-row warning (never an error, nor an unscheduled one asking
    to fill in a time), and its session is sent once, from the session's row, times read as
    Sessionize writes them. A speaker with no last name is listed by the first alone."""
    path = write_csv(tmp_path, HEADER, [
        session("1231798", "Soil probes", "Ana Ruiz", "Hall A", "12 Jul 2027 10:00 AM", "45"),
        session("1270736", "Panel on rivers", "Cy Doe", "Hall B", "12 Jul 2027 11:00 AM", "60"),
        co_presenter("1270736", "Dale", "Field"),
        co_presenter("1270736", "Eve", ""),
    ])
    report = validate_file(path, mapping="sessionize", timezone="Europe/London")
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] == [
        (row_number, None, "repeated-row", "warning",
         f"Row {row_number}: has row 3's id and, of the mapped columns, only {columns} (as an "
         "export with a row per speaker writes a session's other speakers), so the session is "
         f"sent once, from row 3, with this row's {columns} added to its description.")
        for row_number, columns in ((4, "'FirstName', 'LastName'"), (5, "'FirstName'"))]
    assert [(p.import_id, p.name, p.start_time.isoformat(), p.end_time.isoformat(),
             p.locations, p.description_html) for p in report.payloads] == [
        ("sessionize:1231798", "Soil probes", "2027-07-12T09:00:00+00:00",
         "2027-07-12T09:45:00+00:00", ("Hall A",),
         "<p>About soil probes.</p><p>Speakers: Ana Ruiz</p>"),
        ("sessionize:1270736", "Panel on rivers", "2027-07-12T10:00:00+00:00",
         "2027-07-12T11:00:00+00:00", ("Hall B",),
         "<p>About panel on rivers.</p><p>Speakers: Cy Doe, Dale Field, Eve</p>"),
    ]


def test_flattened_export_run_again_unchanged_sends_nothing(tmp_path: Path) -> None:
    """The speakers joined from the co-presenters' rows make the same description each
    run: a nightly sync of the unchanged export writes nothing."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": "sessionize"})
    path = write_csv(tmp_path, HEADER, [
        session("1270736", "Panel on rivers", "Cy Doe", "Hall B", "12 Jul 2027 11:00 AM", "60"),
        co_presenter("1270736", "Dale", "Field"),
    ])
    made = sandbox.run(path, prune=True)
    after_first = sandbox.writes()
    again = sandbox.run(path, prune=True)
    assert sandbox.writes() == after_first
    assert [(r.counts["created"], r.counts["unchanged"]) for r in (made, again)] == [
        (1, 0), (0, 1)]
    assert [s["description_html"] for s in sandbox.sessions()] == [
        "<p>About panel on rivers.</p><p>Speakers: Cy Doe, Dale Field</p>"]


LAGOS_HEADER = ["Title", "Description", "Owner", "Owner Email", "Session format",
                "Want to speak at our bi-weekly Twitter Space?", "Owner Informed",
                "Owner Confirmed", "Room", "Scheduled At", "Scheduled Duration", "Live Link",
                "Recording Link", "Speaker Id", "FirstName", "LastName", "Email", "TagLine",
                "Bio", "X (Twitter)", "LinkedIn", "Company Website", "Profile Picture"]


def lagos_row(title: str, first: str, last: str, room: str, at: str, minutes: str
              ) -> list[str]:
    cells = {"Title": title, "Description": f"About {title.lower()}.",
             "Owner": f"{first} {last}", "Session format": "Session", "Room": room,
             "Scheduled At": at, "Scheduled Duration": minutes, "Speaker Id": f"spk-{last}",
             "FirstName": first, "LastName": last, "TagLine": "Engineer"}
    return [cells.get(name, "") for name in LAGOS_HEADER]


def test_a_flattened_export_without_session_ids_validates_with_ids_derived(
        tmp_path: Path) -> None:
    """An event's export settings can leave out "Session Id" (api-conf-lagos-2025's
    flattened export has none): the shipped mapping stopped, asking for a column the planner
    cannot add and a mapping edit ('did you mean Session format?'). It now derives each
    session's id from its title, start and room, with the warning that says what breaks when
    a title is edited; a co-presenter's row repeating the session's cells is still sent once."""
    path = write_csv(tmp_path, LAGOS_HEADER, [
        lagos_row("Building to last", "Mia", "Owo", "Ruby Hall", "18 Jul 2025 10:15 AM", "15"),
        lagos_row("Docs that work", "Ana", "Uma", "Ruby Hall", "18 Jul 2025 10:35 AM", "10"),
        lagos_row("Docs that work", "Bo", "Li", "Ruby Hall", "18 Jul 2025 10:35 AM", "10"),
    ])
    report = validate_file(path, mapping="sessionize", timezone="Africa/Lagos")
    assert [(i.row, i.code, i.severity) for i in report.issues] == [
        (None, "derived-import-id", "warning"), (4, "repeated-row", "warning")]
    assert [(p.import_id.startswith("sessionize:"), p.name, p.start_time.isoformat(),
             p.end_time.isoformat(), p.locations) for p in report.payloads] == [
        (True, "Building to last", "2025-07-18T09:15:00+00:00", "2025-07-18T09:30:00+00:00",
         ("Ruby Hall",)),
        (True, "Docs that work", "2025-07-18T09:35:00+00:00", "2025-07-18T09:45:00+00:00",
         ("Ruby Hall",))]
    assert "Speakers: Ana Uma, Bo Li" in report.payloads[1].description_html


def test_a_column_named_like_the_id_is_offered_only_when_its_cells_could_be_ids(
        tmp_path: Path) -> None:
    """'Session Ids' holding A1 to A5 is the id column under another name: the warning
    offers it. The same header over cells that repeat (a session's kind) holds no ids, and
    offering it, as 'Session format' was beside a missing 'Session Id', misleads."""
    header = ["Session Ids", "Session Title", "Date", "Time Start", "Time End", "Room/Location"]
    found = []
    for ids in (["A1", "A2", "A3", "A4", "A5"], ["Talk", "Talk", "Talk", "Talk", "Workshop"]):
        path = write_csv(tmp_path, header, [
            [cell, f"Talk {n}", "5/11/2027", "9:00 AM", "9:30 AM", f"Room {n}"]
            for n, cell in enumerate(ids)], name=f"{ids[0]}.csv")
        report = validate_file(path, timezone="UTC")
        found.append([(i.column, i.code) for i in report.sheet_issues])
    assert found == [[("Session Ids", "unread-column"), (None, "derived-import-id")],
                     [(None, "derived-import-id")]]
