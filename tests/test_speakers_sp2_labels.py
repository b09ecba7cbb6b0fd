"""Added columns of one label make one paragraph: a wide sheet's Speaker 1, Speaker 2 and
Speaker 3, or a first and a last name joined for each of two speakers, list every speaker
in one 'Speakers:' paragraph, each once, where each gave a paragraph of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_realworld_shapes_sessionize import HEADER as FLAT_HEADER
from tests.test_realworld_shapes_sessionize import co_presenter, session
from tests.test_validate import write_csv

MAPPING = """name = "wide"
timezone = "Europe/Paris"
[fields.import_id]
column = "Id"
[fields.name]
column = "Title"
[fields.start]
column = "Start"
[fields.end]
column = "End"
[fields.description]
column = "Abstract"
{description}
"""
HEADER = ["Id", "Title", "Abstract", "Start", "End", "Speaker 1", "Speaker 2", "Speaker 3",
          "Level", "S1 First", "S1 Last", "S2 First", "S2 Last"]
ROWS = [
    ["1", "Soil", "Probes.", "2027-07-12 10:00", "2027-07-12 10:45", "Ana Ruiz", "Bo Li", "",
     "Intro", "Ana", "Ruiz", "Bo", "Li"],
    ["2", "Rain", "Gauges.", "2027-07-12 11:00", "2027-07-12 11:45", "Cy Doe", "", " cy  DOE",
     "", "Cy", "Doe", "", ""],
    ["3", "Wind", "Vanes.", "2027-07-12 12:00", "2027-07-12 12:45", "", "", "", "", "", "",
     "", ""],
]
SPEAKERS = '"Speakers"'
WIDE = (f'add_columns = ["Speaker 1", "Speaker 2", "Level", "Speaker 3"]\n'
        f'labels = {{ "Speaker 1" = {SPEAKERS}, "Speaker 2" = {SPEAKERS}, '
        f'"Speaker 3" = {SPEAKERS} }}')
JOINED = ('add_columns = [{ label = "Speakers", join = ["S1 First", "S1 Last"] }, '
          '{ label = "Speakers", join = ["S2 First", "S2 Last"] }]')


def descriptions(tmp_path: Path, description: str, header: list[str] = HEADER,
                 rows: list[list[str]] = ROWS) -> list[tuple[Any, ...]]:
    toml = tmp_path / "wide.toml"
    toml.write_text(MAPPING.format(description=description), encoding="utf-8")
    report = validate_file(write_csv(tmp_path, header, rows), mapping=toml)
    assert [(i.row, i.code) for i in report.issues] == []
    return [(p.import_id, p.description_html) for p in report.payloads]


def test_speaker_columns_of_one_label_make_one_paragraph(tmp_path: Path) -> None:
    """Where the first of them is, each name once (case and spaces ignored); another
    label's paragraph keeps its place."""
    assert descriptions(tmp_path, WIDE) == [
        ("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p><p>Level: Intro</p>"),
        ("2", "<p>Gauges.</p><p>Speakers: Cy Doe</p>"),
        ("3", "<p>Vanes.</p>"),
    ]


def test_joined_entries_of_one_label_make_one_paragraph(tmp_path: Path) -> None:
    assert descriptions(tmp_path, JOINED) == [
        ("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p>"),
        ("2", "<p>Gauges.</p><p>Speakers: Cy Doe</p>"),
        ("3", "<p>Vanes.</p>"),
    ]


def test_columns_of_no_label_stay_apart(tmp_path: Path) -> None:
    """label "" is the values alone: not a label that makes one list."""
    wide = WIDE.replace(SPEAKERS, '""')
    assert descriptions(tmp_path, wide)[0] == (
        "1", "<p>Probes.</p><p>Ana Ruiz</p><p>Bo Li</p><p>Level: Intro</p>")


def test_a_session_on_several_rows_lists_each_name_of_the_label_once(tmp_path: Path) -> None:
    """Row by row, column by column: the repeated row's names after the first row's."""
    rows = [ROWS[0], [*ROWS[0][:5], "Cy Doe", "Bo Li", "", *ROWS[0][8:]]]
    toml = tmp_path / "wide.toml"
    toml.write_text(MAPPING.format(description=WIDE), encoding="utf-8")
    report = validate_file(write_csv(tmp_path, HEADER, rows), mapping=toml)
    assert [(i.row, i.code) for i in report.issues] == [(3, "repeated-row")]
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li, Cy Doe</p><p>Level: Intro</p>")]


def test_the_sessionize_mapping_lists_a_sheet_with_both_shapes_once(tmp_path: Path) -> None:
    """A flattened export with a Speakers column added: its two Speakers entries made two
    paragraphs, each speaker in both; one paragraph, each speaker once, the Speakers cell
    as written and a co-presenter it lacks after it."""
    header = [*FLAT_HEADER, "Speakers"]
    rows = [[*session("101", "Soil probes", "Ana Ruiz", "Hall A", "12 Jul 2027 10:00 AM",
                      "45"), "Ana Ruiz, Bo Li"],
            [*co_presenter("101", "Bo", "Li"), ""],
            [*co_presenter("101", "Cy", "Doe"), ""]]
    report = validate_file(write_csv(tmp_path, header, rows), mapping="sessionize",
                           timezone="Europe/London")
    assert [(p.import_id, p.description_html) for p in report.payloads] == [
        ("sessionize:101", "<p>About soil probes.</p><p>Speakers: Ana Ruiz, Bo Li, Cy Doe</p>")]


def test_an_unchanged_wide_sheet_sends_nothing_again(tmp_path: Path) -> None:
    sandbox = Sandbox()
    toml = tmp_path / "wide.toml"
    toml.write_text(MAPPING.format(description=WIDE), encoding="utf-8")
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(toml)})
    path = write_csv(tmp_path, HEADER, ROWS)
    sandbox.run(path)
    writes = sandbox.writes()
    again = sandbox.run(path)
    assert sandbox.writes() == writes
    assert again.counts["unchanged"] == 3
    assert sorted((s["import_id"], s["description_html"]) for s in sandbox.sessions())[0] == (
        "1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p><p>Level: Intro</p>")
