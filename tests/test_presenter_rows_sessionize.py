"""A session's other presenters as a sessions-and-speakers export writes them: a row under
the session's with its id and the speaker columns alone, every other cell blank."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "sessions-and-speakers"
timezone = "Europe/Paris"
import_id_prefix = "sz:"
{extra}
[fields.import_id]
column = "Session Id"
optional = true
[fields.name]
column = "Title"
[fields.start]
column = "Scheduled At"
[fields.end]
duration_column = "Scheduled Duration"
[fields.locations]
column = "Room"
[fields.description]
column = "Description"
add_columns = ["Speaker name", "Speaker company"]
labels = {{ "Speaker name" = "Speakers", "Speaker company" = "Company" }}
"""
HEADER = ["Session Id", "Title", "Description", "Scheduled At", "Scheduled Duration", "Room",
          "Speaker name", "Speaker company", "Speaker email"]
SOIL = ["101", "Soil probes", "How probes read soil.", "12 Jul 2027 10:00 AM", "45", "Hall A"]
BLANK_SESSION = ["", "", "", "", ""]
KEYNOTE = ["102", "Keynote", "Opening.", "12 Jul 2027 9:00 AM", "45", "Hall A", "Cy Doe", "",
           "cy@example.org"]


def mapping(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "sz.toml"
    path.write_text(MAPPING.format(extra=extra), encoding="utf-8")
    return path


def issues(report: Any) -> list[tuple[Any, ...]]:
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def descriptions(report: Any) -> list[tuple[str, str]]:
    return [(p.import_id, p.description_html) for p in report.payloads]


CO_PRESENTER = [
    [*SOIL, "Ana Ruiz", "Uni A", "ana@example.org"],
    ["101", *BLANK_SESSION, "Bo Li", "Uni B", "bo@example.org"],
    ["101", *BLANK_SESSION, "Dee Park", "", ""],
    KEYNOTE,
]
LISTED = [("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li, Dee Park</p>"
                     "<p>Company: Uni A, Uni B</p>"),
          ("sz:102", "<p>Opening.</p><p>Speakers: Cy Doe</p>")]


def presenter_warning(row: int, columns: str) -> tuple[Any, ...]:
    return (row, None, "repeated-row",
            f"Row {row}: has row 2's id and, of the mapped columns, only {columns} (as an "
            "export with a row per speaker writes a session's other speakers), so the session "
            f"is sent once, from row 2, with this row's {columns} added to its description.")


def test_a_co_presenters_row_of_the_id_alone_is_listed_in_the_session(tmp_path: Path) -> None:
    """The rows under the session's own with its id and speaker cells alone (an unmapped
    column filled too) add their speakers to its description, each with a warning saying
    so, where they were duplicate-import-id and missing-required errors."""
    report = validate_file(write_csv(tmp_path, HEADER, CO_PRESENTER), mapping=mapping(tmp_path))
    assert issues(report) == [
        presenter_warning(3, "'Speaker name', 'Speaker company'"),
        presenter_warning(4, "'Speaker name'"),
    ]
    assert (report.valid, report.skipped, report.with_errors) == (2, 2, 0)
    assert descriptions(report) == LISTED


def test_skip_unscheduled_does_not_take_a_co_presenters_row_for_an_unscheduled_session(
        tmp_path: Path) -> None:
    """The row has no start of its own, as an unscheduled session has none: with
    skip_unscheduled (as the sessionize mapping sets it) its speaker was dropped with an
    'unscheduled' warning. The rows of a session with no slot yet stay unscheduled."""
    path = write_csv(tmp_path, HEADER, [
        *CO_PRESENTER,
        ["103", "Later", "", "", "", "", "Eve", "", ""],
        ["103", *BLANK_SESSION, "Fay", "", ""],
    ])
    report = validate_file(path, mapping=mapping(tmp_path, "skip_unscheduled = true"))
    unscheduled = ("'Scheduled At' is empty, so the session has no time yet and nothing is "
                   "sent for it (skip_unscheduled); fill it in to send the session")
    assert issues(report) == [
        presenter_warning(3, "'Speaker name', 'Speaker company'"),
        presenter_warning(4, "'Speaker name'"),
        (6, "Scheduled At", "unscheduled", f"Row 6: {unscheduled}"),
        (7, "Scheduled At", "unscheduled", f"Row 7: {unscheduled}"),
    ]
    assert descriptions(report) == LISTED


def test_a_row_with_a_mapped_cell_of_its_own_stays_an_error(tmp_path: Path) -> None:
    """Its room (or any other mapped cell) may be another session's, typed under a pasted
    id. (A row of the id alone above the session's row joins it: test_speakers_sp2_order.)"""
    path = write_csv(tmp_path, HEADER, [
        [*SOIL, "Ana Ruiz", "Uni A", ""],
        ["101", "", "", "", "", "Hall B", "Bo Li", "", ""],
    ])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (2, "Session Id", "duplicate-import-id"),
        (3, "Title", "missing-required"), (3, "Scheduled At", "missing-required"),
        (3, "Session Id", "duplicate-import-id"),
    ]


def test_without_an_id_column_such_a_row_has_no_title(tmp_path: Path) -> None:
    """Derived ids: nothing says which session the row belongs to."""
    rows = [row[1:] for row in CO_PRESENTER[:2]]
    report = validate_file(write_csv(tmp_path, HEADER[1:], rows), mapping=mapping(tmp_path))
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (None, None, "derived-import-id"),
        (3, "Title", "missing-required"), (3, "Scheduled At", "missing-required")]


def test_cells_filled_down_into_a_co_presenters_row_are_not_its_own(tmp_path: Path) -> None:
    """With the date filled down, the row's start is the session's, not a cell of its own:
    it is still a co-presenter's row; and a session below it takes the date of the row
    above the co-presenter's, as before."""
    header = ["Session Id", "Title", "Description", "Date", "Time", "Scheduled Duration",
              "Room", "Speaker name", "Speaker company", "Speaker email"]
    path = write_csv(tmp_path, header, [
        ["101", "Soil probes", "How probes read soil.", "12 Jul 2027", "10:00 AM", "45",
         "Hall A", "Ana Ruiz", "Uni A", ""],
        ["101", "", "", "", "", "", "", "Bo Li", "Uni B", ""],
        ["102", "Keynote", "Opening.", "", "9:00 AM", "45", "Hall A", "Cy Doe", "", ""],
    ])
    toml = mapping(tmp_path, 'fill_down = ["Date"]').read_text(encoding="utf-8").replace(
        'column = "Scheduled At"', 'date_column = "Date"\ntime_column = "Time"')
    (tmp_path / "sz.toml").write_text(toml, encoding="utf-8")
    report = validate_file(path, mapping=tmp_path / "sz.toml")
    assert issues(report) == [presenter_warning(3, "'Speaker name', 'Speaker company'")]
    assert [(p.import_id, p.start_time.isoformat(), p.description_html)
            for p in report.payloads] == [
        ("sz:101", "2027-07-12T08:00:00+00:00",
         "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"
         "<p>Company: Uni A, Uni B</p>"),
        ("sz:102", "2027-07-12T07:00:00+00:00", "<p>Opening.</p><p>Speakers: Cy Doe</p>"),
    ]


def test_a_co_presenter_added_later_updates_the_description_once(tmp_path: Path) -> None:
    """Nightly with --prune: the unchanged export writes nothing, deletes nothing; a
    co-presenter's new row updates the session's description once, and then nothing."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping(tmp_path))})
    one = [CO_PRESENTER[0], KEYNOTE]
    two = [*one[:1], CO_PRESENTER[1], KEYNOTE]
    made = sandbox.run(write_csv(tmp_path, HEADER, one), prune=True)
    after_first = sandbox.writes()
    added = sandbox.run(write_csv(tmp_path, HEADER, two), prune=True)
    assert sandbox.writes() - after_first == {"PATCH /open-api/v1.1/sessions/{id}/": 1}
    after_update = sandbox.writes()
    again = sandbox.run(write_csv(tmp_path, HEADER, two), prune=True)
    assert sandbox.writes() == after_update
    assert [(r.counts["created"], r.counts["updated"], r.counts["unchanged"],
             r.counts["deleted"]) for r in (made, added, again)] == [
        (2, 0, 0, 0), (0, 1, 1, 0), (0, 0, 2, 0)]
    assert sorted((s["import_id"], s["description_html"]) for s in sandbox.sessions()) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"
                   "<p>Company: Uni A, Uni B</p>"),
        ("sz:102", "<p>Opening.</p><p>Speakers: Cy Doe</p>")]


def test_draft_mapping_takes_the_id_whose_repeats_are_co_presenters_rows(
        tmp_path: Path) -> None:
    """A row blank in the title and start, but for its id and speaker, is a co-presenter's,
    not another session under the id: Session Id is drafted as the id."""
    path = write_csv(tmp_path, HEADER, [[*SOIL, "Ana Ruiz", "Uni A", "ana@example.org"],
                                        ["101", *BLANK_SESSION, "Bo Li", "Uni B", ""],
                                        KEYNOTE])
    draft = draft_mapping(path)
    assert draft.chosen.get("import_id") == "Session Id"
    assert "is not drafted as the id" not in draft.text


def test_without_added_columns_a_co_presenters_row_is_the_sessions_and_adds_nothing(
        tmp_path: Path) -> None:
    """The mapping reads no speaker column: the row of the id and a speaker's cells is the
    session's other speaker, not an unscheduled session asking for a time. A row of the id
    and unread cells whose id no earlier row has stays unscheduled."""
    mapping = tmp_path / "plain.toml"
    mapping.write_text(MAPPING.format(extra="skip_unscheduled = true").replace(
        'add_columns = ["Speaker name", "Speaker company"]\n', "").replace(
        'labels = { "Speaker name" = "Speakers", "Speaker company" = "Company" }\n', ""),
        encoding="utf-8")
    path = write_csv(tmp_path, HEADER, [[*SOIL, "Ana Ruiz", "Uni A", "ana@example.org"],
                                        ["101", *BLANK_SESSION, "Bo Li", "Uni B", ""],
                                        ["103", *BLANK_SESSION, "Cy Doe", "", ""], KEYNOTE])
    report = validate_file(path, mapping=mapping)
    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (3, "repeated-row",
         "Row 3: has row 2's id and no other cell the mapping reads (as an export with a row "
         "per speaker writes a session's other speakers), so the session is sent once, from "
         "row 2, this row adding nothing to it."),
        (4, "unscheduled",
         "Row 4: 'Scheduled At' is empty, so the session has no time yet and nothing is sent "
         "for it (skip_unscheduled); fill it in to send the session")]
    assert [p.import_id for p in report.payloads] == ["sz:101", "sz:102"]
