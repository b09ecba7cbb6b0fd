"""Speakers in a session's description, as the rows and columns of a sheet give them: a
session on full rows of its own and a co-presenter's row of the speaker alone; entries
of one label written in other case; a joined name before a Speakers cell listing it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.validate import validate_file
from tests.test_presenter_rows_sessionize import (
    BLANK_SESSION,
    HEADER,
    KEYNOTE,
    SOIL,
    mapping,
)
from tests.test_validate import write_csv


def _descriptions(report: Any) -> list[tuple[str, str]]:
    return [(p.import_id, p.description_html) for p in report.payloads]


def test_a_co_presenters_row_joins_the_sessions_first_row_when_it_repeats(
        tmp_path: Path) -> None:
    """Two full rows of the session (a speaker each), then a co-presenter's row of the
    speaker alone: all three speakers are listed, and the warning names row 2, the row the
    session is sent from."""
    path = write_csv(tmp_path, HEADER, [
        [*SOIL, "Ana Ruiz", "Uni A", ""],
        [*SOIL, "Bo Li", "Uni B", ""],
        ["101", *BLANK_SESSION, "Dee Park", "", ""],
        KEYNOTE,
    ])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (3, "repeated-row",
         "Row 3: repeats row 2 in every mapped column but 'Speaker name', 'Speaker company' "
         "(as an export with a row per speaker writes them), so the session is sent once, "
         "from row 2, with this row's 'Speaker name', 'Speaker company' added to its "
         "description."),
        (4, "repeated-row",
         "Row 4: has row 2's id and, of the mapped columns, only 'Speaker name' (as an export "
         "with a row per speaker writes a session's other speakers), so the session is sent "
         "once, from row 2, with this row's 'Speaker name' added to its description."),
    ]
    assert _descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li, Dee Park</p>"
                   "<p>Company: Uni A, Uni B</p>"),
        ("sz:102", "<p>Opening.</p><p>Speakers: Cy Doe</p>")]


JOINED_FIRST = """name = "joined-first"
timezone = "Europe/Paris"
[fields.import_id]
column = "Session Id"
[fields.name]
column = "Title"
[fields.start]
column = "Start"
[fields.end]
column = "End"
[fields.description]
column = "Description"
add_columns = [{ label = "Speakers", join = ["FirstName", "LastName"] }, "Speakers"]
"""


def test_a_joined_name_before_a_speakers_cell_listing_it_is_listed_once(
        tmp_path: Path) -> None:
    """The joined entry written before the Speakers column (the sessionize mapping has them
    the other way round): 'Ana Ruiz' joined, then the cell 'Ana Ruiz, Bo Li', gave
    'Speakers: Ana Ruiz, Ana Ruiz, Bo Li'. The cell takes the joined name's place; a
    session on a row per speaker, and one whose cell lists other names, as before."""
    (tmp_path / "m.toml").write_text(JOINED_FIRST, encoding="utf-8")
    slot = ["2027-07-12 10:00", "2027-07-12 11:00"]
    path = write_csv(
        tmp_path, ["Session Id", "Title", "Description", "Start", "End", "Speakers",
                   "FirstName", "LastName"],
        [["1", "Soil", "About soil.", *slot, "Ana Ruiz, Bo Li", "Ana", "Ruiz"],
         ["1", "Soil", "About soil.", *slot, "Ana Ruiz, Bo Li", "Bo", "Li"],
         ["2", "Keynote", "Opening.", *slot, "Cy Doe, Dee Park", "Cy", "Doe"],
         ["3", "Panel", "Talk.", *slot, "Eve Ng", "Fay", "Wu"],
         ["4", "Posters", "", *slot, "ACME, Inc.", "Acme", ""]])
    report = validate_file(path, mapping=tmp_path / "m.toml")
    assert _descriptions(report) == [
        ("1", "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"),
        ("2", "<p>Opening.</p><p>Speakers: Cy Doe, Dee Park</p>"),
        ("3", "<p>Talk.</p><p>Speakers: Fay Wu, Eve Ng</p>"),
        ("4", "<p>Speakers: ACME, Inc.</p>")]


def test_labels_typed_in_other_case_make_one_paragraph_labelled_as_first_written(
        tmp_path: Path) -> None:
    toml = JOINED_FIRST.replace(
        'add_columns = [{ label = "Speakers", join = ["FirstName", "LastName"] }, "Speakers"]',
        'add_columns = ["Speaker 1", "Speaker 2"]\n'
        'labels = { "Speaker 1" = "Speakers", "Speaker 2" = "SPEAKERS" }')
    (tmp_path / "m.toml").write_text(toml, encoding="utf-8")
    path = write_csv(
        tmp_path, ["Session Id", "Title", "Description", "Start", "End", "Speaker 1",
                   "Speaker 2"],
        [["1", "Soil", "About soil.", "2027-07-12 10:00", "2027-07-12 11:00", "Ana Ruiz",
          "Bo Li"]])
    report = validate_file(path, mapping=tmp_path / "m.toml")
    assert _descriptions(report) == [("1", "<p>About soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>")]
