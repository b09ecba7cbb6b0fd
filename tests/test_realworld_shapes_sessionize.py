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
