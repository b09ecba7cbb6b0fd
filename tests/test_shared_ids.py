"""Rows sharing an import id: what the duplicate-import-id error names, and a session listed
once per presenter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

CLASSIC = ["Session ID", "Session Title", "Date", "Time Start", "Time End", "Room/Location",
           "Schedule Track (Optional)", "Description (Optional)"]


def messages(path: Path, **options: Any) -> list[tuple[Any, ...]]:
    report = validate_file(path, timezone="UTC", **options)
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def test_a_shared_id_names_the_columns_the_rows_differ_in_and_both_fixes(
        tmp_path: Path) -> None:
    """Two rows of one session typed with different rooms, and three of a pasted id whose
    titles, times and tracks differ (a blank among them): each message says which columns
    differ and how, so the planner can tell one session from several."""
    session = ["S12", "Panel", "5/11/2027", "9:00 AM", "10:00 AM"]
    path = write_csv(tmp_path, CLASSIC, [
        [*session, "Hall A", "", ""],
        [*session, "Hall B", "", ""],
        ["T1", "Talk 1", "5/11/2027", "11:00 AM", "11:30 AM", "Room 2", "Data", ""],
        ["T1", "Talk 2", "5/11/2027", "12:00 PM", "12:30 PM", "Room 2", "", ""],
        ["T1", "Talk 3", "5/11/2027", "1:00 PM", "1:30 PM", "Room 2", "Web", "x"],
        ["T1", "Talk 4", "5/11/2027", "2:00 PM", "2:30 PM", "Room 2", "Web", ""],
    ])
    rooms = ("the rows differ in 'Room/Location' ('Hall A' / 'Hall B'): if they are one "
             "session, make them agree; if not, give each session its own 'Session ID'.")
    talks = ("the rows differ in 'Session Title' ('Talk 1' / 'Talk 2' / 'Talk 3' and 1 more), "
             "'Time Start' ('11:00 AM' / '12:00 PM' / '1:00 PM' and 1 more), 'Time End' "
             "('11:30 AM' / '12:30 PM' / '1:30 PM' and 1 more) and 2 more columns: if they are "
             "one session, make them agree; if not, give each session its own 'Session ID'.")
    assert messages(path) == [
        (2, "Session ID", "duplicate-import-id",
         f"Row 2: import id 'sheet:S12' is also used by row 3; {rooms}"),
        (3, "Session ID", "duplicate-import-id",
         f"Row 3: import id 'sheet:S12' is also used by row 2; {rooms}"),
        (4, "Session ID", "duplicate-import-id",
         f"Row 4: import id 'sheet:T1' is also used by rows 5, 6, 7; {talks}"),
        (5, "Session ID", "duplicate-import-id",
         f"Row 5: import id 'sheet:T1' is also used by rows 4, 6, 7; {talks}"),
        (6, "Session ID", "duplicate-import-id",
         f"Row 6: import id 'sheet:T1' is also used by rows 4, 5, 7; {talks}"),
        (7, "Session ID", "duplicate-import-id",
         f"Row 7: import id 'sheet:T1' is also used by rows 4, 5, 6; {talks}"),
    ]


def test_rows_with_one_derived_id_name_the_columns_they_differ_in(tmp_path: Path) -> None:
    """Without an id column, rows with the same title, start and room share a derived id: the
    columns they differ in say whether to make them agree or retitle one."""
    row = ["", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "Main", ""]
    path = write_csv(tmp_path, CLASSIC, [row, [*row[:4], "11:00 AM", "Hall", "", ""]])
    import_id = validate_file(path, timezone="UTC").rows[0].import_id
    same = ("they have the same title, start time and first room but differ in 'Time End' "
            "('10:00 AM' / '11:00 AM'), 'Schedule Track (Optional)' ('Main' / blank): if they "
            "are one session, make them agree; if not, give them different titles.")
    assert messages(path)[1:] == [
        (2, None, "duplicate-import-id",
         f"Row 2: import id {import_id!r} is also used by row 3; {same}"),
        (3, None, "duplicate-import-id",
         f"Row 3: import id {import_id!r} is also used by row 2; {same}"),
    ]


PRESENTERS = """name = "own"
timezone = "UTC"
[fields.import_id]
column = "ID"
optional = true
[fields.name]
column = "Title"
[fields.start]
column = "Start"
[fields.end]
column = "End"
[fields.locations]
column = "Room"
[fields.description]
column = "Abstract"
add_columns = ["Presenter", "Affiliation"]
labels = { Presenter = "Speakers" }
"""
PANEL = ["Panel", "5/11/2027 9:00", "5/11/2027 10:00", "Hall A", "About soil."]


def presenter_rows(tmp_path: Path, rows: list[list[str]], ids: bool = True) -> Path:
    header = ["ID", "Title", "Start", "End", "Room", "Abstract", "Presenter", "Affiliation"]
    return write_csv(tmp_path, header if ids else header[1:],
                     rows if ids else [row[1:] for row in rows])


def mapping(tmp_path: Path) -> Path:
    path = tmp_path / "own.toml"
    path.write_text(PRESENTERS, encoding="utf-8")
    return path


def test_a_session_on_a_row_per_presenter_lists_each_presenter_once(tmp_path: Path) -> None:
    """As a programme export writes a panel: one row per presenter, the same id, title, time
    and room. The added columns' paragraphs list each distinct value in row order; the later
    rows say theirs were added. A row differing in a column other than the added ones is
    still another session under the same id."""
    path = presenter_rows(tmp_path, [
        ["S1", *PANEL, "Ana Ruiz", "Uni A"],
        ["S1", *PANEL, "Bo Li", "Uni A"],
        ["S1", *PANEL, "Ana Ruiz", "Uni A"],  # word for word row 2 again
        ["S1", *PANEL, "", "Uni B"],
        ["S2", "Talk", "5/11/2027 11:00", "5/11/2027 12:00", "Hall A", "", "Cy", ""],
        ["S3", "Other", "5/11/2027 13:00", "5/11/2027 14:00", "Hall A", "", "Dee", ""],
        ["S3", "Other", "5/11/2027 13:00", "5/11/2027 14:00", "Hall B", "", "Eve", ""],
    ])
    report = validate_file(path, mapping=mapping(tmp_path))
    differ = ("the rows differ in 'Room' ('Hall A' / 'Hall B'), 'Presenter' ('Dee' / 'Eve'): "
              "if they are one session, make them agree; if not, give each session its own "
              "'ID'.")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (3, None, "repeated-row",
         "Row 3: repeats row 2 in every mapped column but 'Presenter' (as an export with a row "
         "per speaker writes them), so the session is sent once, from row 2, with this row's "
         "'Presenter' added to its description."),
        (4, None, "repeated-row",
         "Row 4: repeats row 2 word for word (a copy), so the session is sent once, from "
         "row 2 alone."),
        (5, None, "repeated-row",
         "Row 5: repeats row 2 in every mapped column but 'Presenter', 'Affiliation' (as an "
         "export with a row per speaker writes them), so the session is sent once, from row "
         "2, with this row's 'Presenter', 'Affiliation' added to its description."),
        (7, "ID", "duplicate-import-id", f"Row 7: import id 'S3' is also used by row 8; {differ}"),
        (8, "ID", "duplicate-import-id", f"Row 8: import id 'S3' is also used by row 7; {differ}"),
    ]
    assert (report.valid, report.skipped, report.with_errors) == (2, 3, 2)
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("S1", "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"
               "<p>Affiliation: Uni A, Uni B</p>"),
        ("S2", "<p>Speakers: Cy</p>"),
    ]


def test_rows_per_presenter_without_an_id_column_are_one_session_too(tmp_path: Path) -> None:
    """Derived ids: the same title, start and first room is one session (two could not be
    held in one room at once), so its presenters' rows are listed in it as with an id."""
    path = presenter_rows(tmp_path, [["", *PANEL, "Ana Ruiz", ""], ["", *PANEL, "Bo Li", ""]],
                          ids=False)
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.code) for i in report.issues] == [
        (None, "derived-import-id"), (3, "repeated-row")]
    assert [p.description_html for p in report.payloads] == [
        "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"]


def test_a_presenter_typed_two_ways_is_listed_once_as_first_typed(tmp_path: Path) -> None:
    """'ana ruiz' or 'Ana  Ruiz' on a later row is the presenter already listed."""
    path = presenter_rows(tmp_path, [["S1", *PANEL, "Ana Ruiz", "Uni A"],
                                     ["S1", *PANEL, "ana ruiz", "uni a"],
                                     ["S1", *PANEL, "Bo Li", "Uni A"],
                                     ["S1", *PANEL, "Ana  Ruiz", "Uni A"]])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.code) for i in report.issues] == [
        (3, "repeated-row"), (4, "repeated-row"), (5, "repeated-row")]
    assert [p.description_html for p in report.payloads] == [
        "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li</p><p>Affiliation: Uni A</p>"]


def test_a_presenter_cell_that_cannot_be_read_keeps_its_error(tmp_path: Path) -> None:
    """A later row's presenter showing a formula's error is not dropped with the row: the
    session is sent without it, and the row says what to fix."""
    path = presenter_rows(tmp_path, [["S1", *PANEL, "Ana Ruiz", ""],
                                     ["S1", *PANEL, "#N/A", ""]])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (3, None, "repeated-row"), (3, "Presenter", "formula-error")]
    assert [p.description_html for p in report.payloads] == [
        "<p>About soil.</p><p>Speakers: Ana Ruiz</p>"]


def test_a_presenter_added_on_a_new_row_updates_the_session_once(tmp_path: Path) -> None:
    """Nightly: the unchanged sheet costs no writes; a presenter's new row updates the
    session's description once, and the next run writes nothing again."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping(tmp_path))})
    rows = [["S1", *PANEL, "Ana Ruiz", ""], ["S1", *PANEL, "Bo Li", ""]]
    three = [*rows, ["S1", *PANEL, "Cy Doe", ""]]
    made = sandbox.run(presenter_rows(tmp_path, rows))
    after_first = sandbox.writes()
    again = sandbox.run(presenter_rows(tmp_path, rows))
    assert sandbox.writes() == after_first
    added = sandbox.run(presenter_rows(tmp_path, three))
    assert sandbox.writes() - after_first == {"PATCH /open-api/v1.1/sessions/{id}/": 1}
    after_update = sandbox.writes()
    last = sandbox.run(presenter_rows(tmp_path, three))
    assert sandbox.writes() == after_update
    assert [(r.counts["created"], r.counts["updated"], r.counts["unchanged"])
            for r in (made, again, added, last)] == [(1, 0, 0), (0, 0, 1), (0, 1, 0), (0, 0, 1)]
    assert [s["description_html"] for s in sandbox.sessions()] == [
        "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li, Cy Doe</p>"]
