"""Sessionize's flattened export sorted by speaker (LastName, or Speaker Id): a co-presenter's
row, the Session Id and the speaker's columns alone, may come above its session's row. It is
that session's speaker all the same, listed after the speaker of the session's own row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_presenter_rows_sessionize import HEADER as SPEAKER_HEADER
from tests.test_presenter_rows_sessionize import SOIL, mapping
from tests.test_realworld_shapes_sessionize import HEADER, co_presenter, session
from tests.test_validate import write_csv

SORTED_BY_LAST_NAME = [
    co_presenter("1003", "Aaron", "Abbott"),  # above its session's row
    session("1003", "Wind vanes", "Dee Park", "Hall B", "12 Jul 2027 12:00 PM", "30"),
    session("1001", "Soil probes", "Ana Ruiz", "Hall A", "12 Jul 2027 10:00 AM", "45"),
    co_presenter("1004", "Flo", "Nash"),  # a session with no slot yet, under it
    session("1004", "Future work", "Ed Moe", "", "", ""),
    co_presenter("1001", "Zed", "Zane"),
]


def warning(row: int, first: int) -> tuple[Any, ...]:
    columns = "'FirstName', 'LastName'"
    return (row, None, "repeated-row",
            f"Row {row}: has row {first}'s id and, of the mapped columns, only {columns} (as an "
            "export with a row per speaker writes a session's other speakers), so the session "
            f"is sent once, from row {first}, with this row's {columns} added to its "
            "description.")


def test_a_co_presenter_above_its_sessions_row_is_listed_in_it(tmp_path: Path) -> None:
    """Was an 'unscheduled' warning saying nothing is sent for it, while its session was sent
    from its own row without that speaker; without skip_unscheduled, missing-required and
    duplicate-import-id errors. A co-presenter of an unscheduled session stays unscheduled,
    wherever it is."""
    path = write_csv(tmp_path, HEADER, SORTED_BY_LAST_NAME)
    report = validate_file(path, mapping="sessionize", timezone="Europe/London")
    unscheduled = ("'Scheduled At' is empty, so the session has no time yet and nothing is "
                   "sent for it (skip_unscheduled); fill it in to send the session")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        warning(2, 3),
        (5, "Scheduled At", "unscheduled", f"Row 5: {unscheduled}"),
        (6, "Scheduled At", "unscheduled", f"Row 6: {unscheduled}"),
        warning(7, 4),
    ]
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("sessionize:1003", "<p>About wind vanes.</p><p>Speakers: Dee Park, Aaron Abbott</p>"),
        ("sessionize:1001", "<p>About soil probes.</p><p>Speakers: Ana Ruiz, Zed Zane</p>"),
    ]


def test_a_sorted_export_syncs_and_a_speaker_moved_above_changes_nothing(
        tmp_path: Path) -> None:
    """Sent once; the same export sorted otherwise (the co-presenter under its session's row)
    sends nothing; a co-presenter's name edited updates that session alone."""
    sandbox = Sandbox(guide_timezone="Europe/London")
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": "sessionize"})
    made = sandbox.run(write_csv(tmp_path, HEADER, SORTED_BY_LAST_NAME))
    assert (made.counts["created"], made.counts["failed"]) == (2, 0)
    resorted = [SORTED_BY_LAST_NAME[i] for i in (2, 5, 1, 0, 3, 4)]
    writes = sandbox.writes()
    again = sandbox.run(write_csv(tmp_path, HEADER, resorted))
    assert again.counts["unchanged"] == 2
    assert sandbox.writes() == writes
    edited = [list(row) for row in SORTED_BY_LAST_NAME]
    edited[0][HEADER.index("LastName")] = "Abbot-Smith"
    changed = sandbox.run(write_csv(tmp_path, HEADER, edited))
    assert sandbox.writes() - writes == {"PATCH /open-api/v1.1/sessions/{id}/": 1}
    assert (changed.counts["updated"], changed.counts["unchanged"]) == (1, 1)
    assert sorted((s["import_id"], s["description_html"]) for s in sandbox.sessions()) == [
        ("sessionize:1001", "<p>About soil probes.</p><p>Speakers: Ana Ruiz, Zed Zane</p>"),
        ("sessionize:1003",
         "<p>About wind vanes.</p><p>Speakers: Dee Park, Aaron Abbot-Smith</p>"),
    ]


def test_without_skip_unscheduled_a_co_presenter_above_is_no_error(tmp_path: Path) -> None:
    """It was missing-required (Title, Scheduled At) and duplicate-import-id, on it and on its
    session's row, which was then not sent at all."""
    path = write_csv(tmp_path, SPEAKER_HEADER, [
        ["101", "", "", "", "", "", "Bo Li", "Uni B", ""], [*SOIL, "Ana Ruiz", "Uni A", ""]])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.code) for i in report.issues] == [(2, "repeated-row")]
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"
                   "<p>Company: Uni A, Uni B</p>")]


def test_draft_mapping_takes_the_id_with_a_co_presenter_above_its_session(
        tmp_path: Path) -> None:
    """It was refused: "'Session Id' is not drafted as the id: '1003' is on rows 2 and 3,
    which differ in 'Title'", the co-presenter's blank title taken for another session's."""
    draft = draft_mapping(write_csv(tmp_path, HEADER, SORTED_BY_LAST_NAME))
    assert draft.chosen.get("import_id") == "Session Id"
    assert "is not drafted as the id" not in draft.text
