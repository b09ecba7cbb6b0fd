"""An added paragraph made of several columns joined: a speaker's first and last names, as
Sessionize's flattened export writes them in two columns (FirstName, LastName), one speaker
a row, a co-presenter on a row under the session's. `add_columns` takes a table for it,
{ label = "Speakers", join = ["FirstName", "LastName"] }: 'Speakers: Ana Ruiz, Bo Li'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.errors import MappingError
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import write_csv

MAPPING = """name = "flattened"
timezone = "Europe/Paris"
import_id_prefix = "sz:"
[fields.import_id]
column = "Session Id"
[fields.name]
column = "Title"
[fields.start]
column = "Scheduled At"
[fields.end]
duration_column = "Scheduled Duration"
[fields.description]
column = "Description"
{description}
"""
JOINED = 'add_columns = [{ label = "Speakers", join = ["FirstName", "LastName"] }]'
HEADER = ["Session Id", "Title", "Description", "Scheduled At", "Scheduled Duration",
          "Speaker Id", "FirstName", "LastName", "Email"]
BLANK = ["", "", "", ""]


def mapping(tmp_path: Path, description: str = JOINED) -> Path:
    path = tmp_path / "flattened.toml"
    path.write_text(MAPPING.format(description=description), encoding="utf-8")
    return path


def soil(first: str = "Ana", last: str = "Ruiz") -> list[str]:
    return ["101", "Soil probes", "How probes read soil.", "12 Jul 2027 10:00 AM", "45", "s-1",
            first, last, "ana@example.org"]


def rain(first: str = "Cy", last: str = "") -> list[str]:
    return ["102", "Rain gauges", "Counting rain.", "12 Jul 2027 11:00 AM", "30", "s-3",
            first, last, "cy@example.org"]


def co_presenter(sid: str, first: str, last: str) -> list[str]:
    return [sid, *BLANK, f"s-{first.strip().lower()}", first, last, ""]


def issues(report: Any) -> list[tuple[Any, ...]]:
    return [(i.row, i.column, i.code, i.message) for i in report.issues]


def descriptions(report: Any) -> list[tuple[str, str]]:
    return [(p.import_id, p.description_html) for p in report.payloads]


def presenter_warning(row: int, first: int, columns: str = "'FirstName', 'LastName'"
                      ) -> tuple[Any, ...]:
    return (row, None, "repeated-row",
            f"Row {row}: has row {first}'s id and, of the mapped columns, only {columns} (as "
            "an export with a row per speaker writes a session's other speakers), so the "
            f"session is sent once, from row {first}, with this row's {columns} added to its "
            "description.")


def test_first_and_last_names_are_joined_into_one_list_of_speakers(tmp_path: Path) -> None:
    """Each speaker once, in row order, first and last name together, where the two
    columns apart gave 'FirstName: Ana, Bo' and 'LastName: Ruiz, Li' (and Cy, who has no
    last name, beside 'ruiz'); one typed again in other case and spaces is listed once,
    as first typed; a blank last name leaves the first name alone."""
    path = write_csv(tmp_path, HEADER, [
        soil(), co_presenter("101", "Bo", "Li"), co_presenter("101", "  ana ", "RUIZ"),
        rain(), co_presenter("102", "Dee", "Park"), co_presenter("102", "", "Li"),
    ])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert issues(report) == [presenter_warning(3, 2), presenter_warning(4, 2),
                              presenter_warning(6, 5), presenter_warning(7, 5, "'LastName'")]
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"),
        ("sz:102", "<p>Counting rain.</p><p>Speakers: Cy, Dee Park, Li</p>"),
    ]


def test_a_row_per_speaker_repeating_the_session_lists_each_speaker(tmp_path: Path) -> None:
    """The session's cells written again on each speaker's row: a repeated row, its names
    added; the joined names of a row that repeats the first word for word add nothing."""
    path = write_csv(tmp_path, HEADER, [soil(), soil("Bo", "Li"), soil(), rain("", "")])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert [(i.row, i.code) for i in report.issues] == [(3, "repeated-row"),
                                                       (4, "repeated-row")]
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"),
        ("sz:102", "<p>Counting rain.</p>"),
    ]


def test_a_joined_paragraph_reads_html_cells_as_an_added_cell_does(tmp_path: Path) -> None:
    """format = "auto": a name holding a tag is HTML, cleaned, with an html-stripped
    warning on the column holding it; text with character references is read.
    format = "text": shown as written, with an html-as-text warning naming both columns."""
    rows = [soil("Ana", "Ruiz <b onclick='x()'>PhD</b>"), co_presenter("101", "Bo", "Li &amp; co")]
    path = write_csv(tmp_path, HEADER, rows)
    report = validate_file(path, mapping=mapping(tmp_path, 'format = "auto"\n' + JOINED))
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (2, "LastName", "html-stripped"), (3, None, "repeated-row")]
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz <b>PhD</b>, Bo Li &amp; "
                   "co</p>")]
    report = validate_file(path, mapping=mapping(tmp_path))
    assert issues(report)[0] == (
        2, "LastName", "html-as-text",
        "Row 2: 'FirstName' and 'LastName' give \"Ana Ruiz <b onclick='x()'>PhD</b>\", HTML "
        "that the app will show as written, tags and all: [fields.description] reads its "
        'cells as text (format = "text"). To read such cells as HTML, set format = "auto" '
        "there.")
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz &lt;b onclick='x()'&gt;"
                   "PhD&lt;/b&gt;, Bo Li &amp;amp; co</p>")]


def test_a_joined_paragraph_beside_other_added_columns_and_no_label(tmp_path: Path) -> None:
    """In add_columns' order, among plain columns; label = "" lists the names alone."""
    path = write_csv(tmp_path, HEADER, [soil(), co_presenter("101", "Bo", "Li")])
    report = validate_file(path, mapping=mapping(
        tmp_path, 'add_columns = ["Email", { label = "", join = ["FirstName", "LastName"] }]'))
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Email: ana@example.org</p>"
                   "<p>Ana Ruiz, Bo Li</p>")]


@pytest.mark.parametrize(("entry", "problem"), [
    ('{ label = "Speakers", joins = ["FirstName", "LastName"] }',
     "entry 1: missing key 'join'; add it; unknown key 'joins'; did you mean 'join'?"),
    ('{ join = ["FirstName", "LastName"] }',
     "entry 1: missing key 'label', what the paragraph starts with: add label = \"Speakers\" "
     '(or label = "" for the names alone)'),
    ('{ label = "Speakers", join = ["FirstName"] }',
     'entry 1: join: ["FirstName"] names one column: name two or more to join, as join = '
     '["FirstName", "LastName"]; a single column goes in add_columns by its name (and its '
     "label in labels)"),
    ("3", 'entry 1 is 3: write a column\'s name in quotes, or a table joining columns, '
          '{ label = "Speakers", join = ["FirstName", "LastName"] }'),
])
def test_a_wrong_joined_entry_is_one_line_naming_it(tmp_path: Path, entry: str,
                                                    problem: str) -> None:
    path = write_csv(tmp_path, HEADER, [soil()])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(tmp_path, f"add_columns = [{entry}]"))
    assert str(raised.value) == (
        f"{tmp_path / 'flattened.toml'}:14: fields.description.add_columns: {problem}")


def test_labels_naming_a_joined_column_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, [soil()])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(tmp_path, JOINED + '\nlabels = { FirstName = "A" }'))
    assert str(raised.value) == (
        f"{tmp_path / 'flattened.toml'}:15: fields.description.labels: labels 'FirstName', which "
        'add_columns joins in { label = "Speakers", join = ["FirstName", "LastName"] }: the '
        "joined paragraph's label is that entry's label; take it out of labels")


def test_a_joined_column_the_sheet_lacks_is_named_with_the_likeliest(tmp_path: Path) -> None:
    header = [h.replace("LastName", "Surname") for h in HEADER]
    path = write_csv(tmp_path, header, [soil()])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(
            tmp_path, 'add_columns = [{ label = "Speakers", join = ["FirstName", "Surnme"] }]'))
    listed = ", ".join(map(repr, header))
    assert str(raised.value) == (
        f"{path}: mapping 'flattened': fields.description needs column 'Surnme', which the "
        f"sheet does not have; did you mean 'Surname'? The sheet's columns are: {listed}. Fix "
        "the column name in the mapping or the sheet.")


def test_optional_does_not_let_a_sheet_lack_one_column_of_a_joined_entry(
        tmp_path: Path) -> None:
    """'FirstName' is there, so the entry is read and needs 'Surnme' even when optional:
    the refusal above offers no optional = true, as it would refuse the sheet still."""
    path = write_csv(tmp_path, [h.replace("LastName", "Surname") for h in HEADER], [soil()])
    entry = '{ label = "Speakers", join = ["FirstName", "Surnme"] }'
    with pytest.raises(MappingError, match="needs column 'Surnme'"):
        validate_file(path, mapping=mapping(tmp_path, f"optional = true\nadd_columns = [{entry}]"))


ALTERNATIVES = ('optional = true\nadd_columns = ["Speakers", '
                '{ label = "Speakers", join = ["FirstName", "LastName"] }]')


def test_optional_entries_of_one_label_read_either_shape_without_a_word(
        tmp_path: Path) -> None:
    """A Speakers column in one export, the names in two columns in the other: each sheet
    gives its paragraph, and the entry it lacks is left out with no unread-column warning
    ('Speaker Id' is like 'Speakers', but the names are read)."""
    flat = write_csv(tmp_path, HEADER, [soil(), co_presenter("101", "Bo", "Li")], "flat.csv")
    report = validate_file(flat, mapping=mapping(tmp_path, ALTERNATIVES))
    assert [(i.row, i.code) for i in report.issues] == [(3, "repeated-row")]
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>")]
    one = write_csv(tmp_path, [*HEADER[:5], "Speakers"],
                    [[*soil()[:5], "Ana Ruiz, Bo Li"]], "one.csv")
    report = validate_file(one, mapping=mapping(tmp_path, ALTERNATIVES))
    assert issues(report) == []
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>")]


def test_an_optional_joined_entry_lacking_one_of_its_columns_says_which(tmp_path: Path) -> None:
    """All or none: a sheet with a first name column but no last name one would list first
    names as speakers; it is the missing column's error, which offers no 'did you mean
    FirstName?', a column the description reads already."""
    path = write_csv(tmp_path, HEADER[:7], [soil()[:7]])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(tmp_path, ALTERNATIVES))
    listed = ", ".join(map(repr, HEADER[:7]))
    assert str(raised.value) == (
        f"{path}: mapping 'flattened': fields.description needs column 'LastName', which the "
        f"sheet does not have; the sheet's columns are: {listed}. Fix the column name in the "
        "mapping or the sheet.")


def test_a_missing_added_column_is_not_offered_one_the_description_reads(
        tmp_path: Path) -> None:
    """The description reads each column once, so 'Speaker Id', which it reads already, is
    no likely column for 'Speakr Id'; 'Title', which the title reads, is still offered."""
    path = write_csv(tmp_path, HEADER, [soil()])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(tmp_path, 'add_columns = ["Speaker Id", "Speakr Id", '
                                                      '"Titles"]'))
    listed = ", ".join(map(repr, HEADER))
    assert str(raised.value) == (
        f"{path}: mapping 'flattened' needs 2 columns the sheet does not have: 'Speakr Id' for "
        "fields.description, 'Titles' for fields.description (did you mean 'Title'?). The "
        f"sheet's columns are: {listed}. Fix the column names in the mapping or the sheet, or "
        "mark fields.description optional = true; or, for a sheet laid out another way, draft "
        f"a mapping from its own columns: gbimport draft-mapping {path} -o my-mapping.toml.")


def test_an_unchanged_export_sends_nothing_and_a_new_co_presenter_one_update(
        tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping(tmp_path))})
    one = [soil(), rain()]
    two = [soil(), co_presenter("101", "Bo", "Li"), rain()]
    made = sandbox.run(write_csv(tmp_path, HEADER, one), prune=True)
    again = sandbox.run(write_csv(tmp_path, HEADER, one), prune=True)
    after_first = sandbox.writes()
    added = sandbox.run(write_csv(tmp_path, HEADER, two), prune=True)
    assert sandbox.writes() - after_first == {"PATCH /open-api/v1.1/sessions/{id}/": 1}
    after_update = sandbox.writes()
    unchanged = sandbox.run(write_csv(tmp_path, HEADER, two), prune=True)
    assert sandbox.writes() == after_update
    assert [(r.counts["created"], r.counts["updated"], r.counts["unchanged"])
            for r in (made, again, added, unchanged)] == [
        (2, 0, 0), (0, 0, 2), (0, 1, 1), (0, 0, 2)]
    assert sorted((s["import_id"], s["description_html"]) for s in sandbox.sessions()) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>"),
        ("sz:102", "<p>Counting rain.</p><p>Speakers: Cy</p>")]


def test_a_joined_cell_takes_blank_values_and_the_descriptions_values(tmp_path: Path) -> None:
    """As an added cell: 'TBD' in blank_values is blank, so the first name stands alone;
    a value the description's `values` renames is read renamed."""
    path = write_csv(tmp_path, HEADER, [soil("Ana", "TBD"), co_presenter("101", "Robert", "Li")])
    toml = mapping(tmp_path, 'values = { Robert = "Bob" }\n' + JOINED)
    toml.write_text('blank_values = ["TBD"]\n' + toml.read_text(encoding="utf-8"),
                    encoding="utf-8")
    report = validate_file(path, mapping=toml)
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana, Bob Li</p>")]


def test_a_wrong_entry_is_not_also_said_to_leave_its_labels_unlisted(tmp_path: Path) -> None:
    """labels = { Email = ... } beside a wrong joined entry was a second error, 'labels
    'Email', which add_columns does not list', though add_columns lists it."""
    path = write_csv(tmp_path, HEADER, [soil()])
    with pytest.raises(MappingError) as raised:
        validate_file(path, mapping=mapping(
            tmp_path, 'add_columns = ["Email", { label = "Speakers", joins = ["FirstName", '
                      '"LastName"] }]\nlabels = { Email = "Contact" }'))
    assert str(raised.value) == (
        f"{tmp_path / 'flattened.toml'}:14: fields.description.add_columns: entry 2: missing key "
        "'join'; add it; unknown key 'joins'; did you mean 'join'?")


def test_a_sheet_with_both_alternatives_gets_one_paragraph(tmp_path: Path) -> None:
    """As mappings/README.md says: entries of one label make one paragraph, each name once
    (more in test_speakers_sp2_labels)."""
    path = write_csv(tmp_path, [*HEADER, "Speakers"], [[*soil(), "Ana Ruiz"]])
    report = validate_file(path, mapping=mapping(tmp_path, ALTERNATIVES))
    assert descriptions(report) == [
        ("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz</p>")]
