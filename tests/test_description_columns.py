"""A description made of several columns (an abstract, then its speakers and level, each a
paragraph of its own), and a title taken from another column where the title is blank (a
break's 'Lunch' in its Type column). Programmes keep speakers in a column of their own, and
Guidebook has no speaker field on a session: the description is where planners show them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.support import Sandbox

HEADER = ["Title", "Type", "Date", "Start", "End", "Abstract", "Speakers", "Level"]
ROWS = [
    ["Soil sensors", "Talk", "2027-05-11", "9:00", "9:45", "How probes read <moisture>.",
     "Ana Ruiz, Bo Li", "Beginner"],
    ["Open data", "Talk", "2027-05-11", "10:00", "10:45", "", "Eva Lind\nTom Berg", ""],
    ["Coffee break", "Break", "2027-05-11", "10:45", "11:00", "", "", ""],
    ["Wrap-up", "Talk", "2027-05-11", "11:00", "11:30", "Thanks & goodbye.", "", ""],
]


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def mapping(path: Path, description: str, name: str = "", id_column: bool = False) -> Path:
    text = (
        'name = "speakers"\n'
        '[fields.name]\ncolumn = "Title"\n' + name + "\n"
        '[fields.start]\ndate_column = "Date"\ntime_column = "Start"\n'
        '[fields.end]\ntime_column = "End"\n'
        + ('[fields.import_id]\ncolumn = "ID"\n' if id_column else "")
        + "[fields.description]\n" + description + "\n")
    path.write_text(text, encoding="utf-8")
    return path


def test_added_columns_follow_the_description_each_a_labelled_paragraph(tmp_path: Path) -> None:
    sheet = write(tmp_path / "s.csv", ROWS)
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\nformat = "auto"\n'
                   'add_columns = ["Speakers", "Level"]\nlabels = { Level = "Audience" }')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(p.name, p.description_html) for p in report.payloads] == [
        ("Soil sensors", "<p>How probes read &lt;moisture&gt;.</p><p>Speakers: Ana Ruiz, Bo Li"
         "</p><p>Audience: Beginner</p>"),
        ("Open data", "<p>Speakers: Eva Lind<br>Tom Berg</p>"),
        ("Coffee break", ""),
        ("Wrap-up", "<p>Thanks &amp; goodbye.</p>"),
    ]
    assert [i for i in report.issues if i.row is not None] == []


def test_a_description_of_added_columns_only(tmp_path: Path) -> None:
    """No abstract at all, only the speakers: no `column`; an empty label adds the bare text."""
    sheet = write(tmp_path / "s.csv", ROWS)
    toml = mapping(tmp_path / "m.toml", 'add_columns = ["Speakers", "Level"]\n'
                   'labels = { Speakers = "" }')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Ana Ruiz, Bo Li</p><p>Level: Beginner</p>", "<p>Eva Lind<br>Tom Berg</p>", "", ""]


def test_the_description_keeps_its_template_and_html_checks(tmp_path: Path) -> None:
    """The template wraps the description column alone; what the sanitiser drops is warned of
    on that column; the length limit counts the whole description, added paragraphs too."""
    long = "x" * 19_980
    sheet = write(tmp_path / "s.csv", [
        ["A", "Talk", "2027-05-11", "9:00", "9:45", "<p onclick='x()'>Hi</p>", "Ana", ""],
        ["B", "Talk", "2027-05-11", "10:00", "10:45", long, "Bo Li", ""],
        ["C", "Talk", "2027-05-11", "11:00", "11:45", long, "", ""]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\nformat = "auto"\n'
                   'template = "Abstract: {value}"\nadd_columns = ["Speakers"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Abstract", "html-stripped", "Row 2: Guidebook does not allow onclick= on <p> in a "
         "description, so it was removed; check the text still reads right."),
        (3, "Abstract", "description-too-long", "Row 3: the description is 20,019 characters "
         "as HTML, over Guidebook's limit of 20,000; shorten it."),
    ]
    assert [p.description_html for p in report.payloads] == [
        "Abstract: <p>Hi</p><p>Speakers: Ana</p>", f"<p>Abstract: {long}</p>"]


def test_an_added_column_the_sheet_lacks_is_a_mapping_error(tmp_path: Path) -> None:
    sheet = write(tmp_path / "s.csv", ROWS)
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\nadd_columns = ["Speaker"]')
    with pytest.raises(MappingError) as error:
        validate_file(sheet, mapping=toml, timezone="UTC")
    assert str(error.value) == (
        f"{sheet}: mapping 'speakers': fields.description needs column 'Speaker', which the "
        "sheet does not have; did you mean 'Speakers'? The sheet's columns are: 'Title', "
        "'Type', 'Date', 'Start', 'End', 'Abstract', 'Speakers', 'Level'. Fix the column name "
        "in the mapping or the sheet, or mark the field optional = true.")


@pytest.mark.parametrize(("description", "message"), [
    ('format = "text"', "fields.description: give column (the description), add_columns "
     "(columns added after it) or both"),
    ('column = "Abstract"\nadd_columns = ["Speakers"]\nlabels = { Level = "Audience" }',
     "fields.description.labels: labels 'Level', which add_columns does not list: add it "
     "there, or take its label out"),
    ('add_columns = ["Speakers"]\ntemplate = "By {value}"',
     "fields.description: template wraps the description column: give column too, or take "
     "the template out"),
    ('column = "Abstract"\nadd_columns = ["Speakers", "abstract"]',
     "fields.description: add_columns names 'abstract', which the description already "
     "reads: name each column once"),
    ('add_columns = ["Speakers", "Level", "speakers "]',
     "fields.description: add_columns names 'speakers ', which the description already "
     "reads: name each column once"),
])
def test_a_description_mapping_that_cannot_be_read_is_refused(
        tmp_path: Path, description: str, message: str) -> None:
    toml = mapping(tmp_path / "m.toml", description)
    with pytest.raises(MappingError) as error:
        load_mapping(toml)
    assert str(error.value).split(": ", 1)[1] == message


def test_an_edited_speaker_updates_its_session_and_nothing_else(tmp_path: Path) -> None:
    sandbox = Sandbox()
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\nformat = "auto"\n'
                   'add_columns = ["Speakers", "Level"]', id_column=True)
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(toml)})
    header = ["ID", *HEADER]
    rows = [[f"S{n}", *row] for n, row in enumerate(ROWS)]
    first = sandbox.run(write(tmp_path / "a.csv", rows, header))
    assert (first.ok, sum(sandbox.writes().values())) == (True, 4)
    rows[1][7] = "Eva Lind"
    second = sandbox.run(write(tmp_path / "b.csv", rows, header))
    assert [(o.row, o.action) for o in second.outcomes if o.action != "unchanged"] == [
        (3, "updated")]
    assert sorted((s["name"], s["description_html"]) for s in sandbox.sessions()) == [
        ("Coffee break", ""), ("Open data", "<p>Speakers: Eva Lind</p>"),
        ("Soil sensors", "<p>How probes read &lt;moisture&gt;.</p><p>Speakers: Ana Ruiz, Bo Li"
         "</p><p>Level: Beginner</p>"),
        ("Wrap-up", "<p>Thanks &amp; goodbye.</p>")]
    before = sum(sandbox.writes().values())
    third = sandbox.run(write(tmp_path / "c.csv", rows, header))
    assert (third.ok, sum(sandbox.writes().values()) - before) == (True, 0)


# ---------------------------------------------------------------------------- the title


# The coffee break's title left blank, as programmes write break rows: 'Break' is in Type.
UNTITLED_BREAK = [["" if row[1] == "Break" else row[0], *row[1:]] for row in ROWS]


def test_a_blank_title_takes_the_fallback_columns_text(tmp_path: Path) -> None:
    """A blank title takes Type's text; the row blank in both is missing its title; a titled
    row's Type is not read for it, so its '#REF!' is no issue of the title's."""
    sheet = write(tmp_path / "s.csv", [
        *UNTITLED_BREAK, ["", "", "2027-05-11", "12:00", "13:00", "", "", ""],
        ["Keynote", "#REF!", "2027-05-11", "13:00", "14:00", "", "", ""]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "Soil sensors", "Open data", "Break", "Wrap-up", "Keynote"]
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (6, "Title", "missing-required", "Row 6: 'Title' and 'Type' are both empty; every "
         "session needs a title. Fill in either.")]


def test_a_title_from_the_fallback_makes_the_derived_id_as_if_typed(tmp_path: Path) -> None:
    """Without an id column, the id is derived from the title sent: typing 'Break' into
    the blank title later keeps the session."""
    fallen = write(tmp_path / "a.csv", UNTITLED_BREAK)
    typed = write(tmp_path / "b.csv", [[r[0] or r[1], *r[1:]] for r in UNTITLED_BREAK])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    ids = [[p.import_id for p in validate_file(sheet, mapping=toml, timezone="UTC").payloads]
           for sheet in (fallen, typed)]
    assert ids[0] == ids[1]


def test_a_fallback_column_the_sheet_lacks_is_a_mapping_error(tmp_path: Path) -> None:
    sheet = write(tmp_path / "s.csv", ROWS)
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Kind"')
    with pytest.raises(MappingError) as error:
        validate_file(sheet, mapping=toml, timezone="UTC")
    assert "fields.name needs column 'Kind', which the sheet does not have" in str(error.value)


def test_a_fallback_column_that_is_the_title_itself_is_refused(tmp_path: Path) -> None:
    """It would read nothing more, and the message for a blank title named 'Title' twice."""
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "title"')
    with pytest.raises(MappingError) as error:
        load_mapping(toml)
    assert str(error.value).split(": ", 1)[1] == (
        "fields.name: fallback_column is the title's own column ('Title'): name the column a "
        "blank title takes its text from, such as a Type column giving a break's 'Lunch'")


def test_a_label_is_matched_to_its_added_column_as_headers_are(tmp_path: Path) -> None:
    """A label keyed as the header is written otherwise ('speakers') labels that column."""
    sheet = write(tmp_path / "s.csv", ROWS[:1])
    toml = mapping(tmp_path / "m.toml", 'add_columns = ["Speakers"]\n'
                   'labels = { " speakers" = "Presenters" }')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Presenters: Ana Ruiz, Bo Li</p>"]


def test_a_fallback_cell_meaning_empty_gives_no_title(tmp_path: Path) -> None:
    """blank_values hold for the fallback column as for the title: its 'TBA' is empty."""
    sheet = write(tmp_path / "s.csv", [["", "TBA", *ROWS[0][2:]], ["", "Break", *ROWS[2][2:]]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    toml.write_text('blank_values = ["TBA"]\n' + toml.read_text(encoding="utf-8"),
                    encoding="utf-8")
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == ["Break"]
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Title", "missing-required", "Row 2: 'Title' and 'Type' are both empty; every "
         "session needs a title. Fill in either.")]


def test_a_fallback_title_makes_the_id_as_if_typed_beside_a_title_with_tags(
        tmp_path: Path) -> None:
    """A title with tags ('<i>Soil</i> sensors') keeps the titles as written apart from the
    ones read: the break's title from Type is among them all the same."""
    tagged = [["<i>Soil</i> sensors", *ROWS[0][1:]], *UNTITLED_BREAK[1:]]
    fallen = write(tmp_path / "a.csv", tagged)
    typed = write(tmp_path / "b.csv", [[r[0] or r[1], *r[1:]] for r in tagged])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    ids = [[p.import_id for p in validate_file(sheet, mapping=toml, timezone="UTC").payloads]
           for sheet in (fallen, typed)]
    assert len(ids[0]) == 4
    assert ids[0] == ids[1]


def test_a_fallback_cell_holding_a_formula_error_gives_no_title(tmp_path: Path) -> None:
    """'#N/A' in Type is no title for the break: the row is refused, not sent as '#N/A'."""
    sheet = write(tmp_path / "s.csv", [["", "#N/A", *ROWS[2][2:]], ROWS[3]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == ["Wrap-up"]
    assert [(i.row, i.column, i.code) for i in report.issues if i.row] == [
        (2, "Title", "missing-required")]


def test_a_fallback_cell_giving_no_title_is_said_as_it_is(tmp_path: Path) -> None:
    """'#N/A' or '<br>' in Type is not empty: the message says what the cell holds and how
    to fix it, not that both cells are empty."""
    sheet = write(tmp_path / "s.csv", [["", "#N/A", *ROWS[2][2:]], ["", "<br>", *ROWS[2][2:]],
                                       ["", "", *ROWS[2][2:]], ROWS[3]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == ["Wrap-up"]
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (2, "Title", "missing-required", "Row 2: 'Title' is empty, and 'Type', whose text a "
         "blank title takes, shows #N/A: a spreadsheet shows that when a formula fails (a "
         "lookup that found nothing, a deleted cell); fix the formula or type the value, then "
         "save."),
        (3, "Title", "missing-required", "Row 3: 'Title' is empty, and 'Type', whose text a "
         "blank title takes, has '<br>': read as HTML it has no words; type the title."),
        (4, "Title", "missing-required", "Row 4: 'Title' and 'Type' are both empty; every "
         "session needs a title. Fill in either.")]


def test_a_fallback_title_with_tags_is_warned_of_as_a_title_of_its_own(tmp_path: Path) -> None:
    """'<b>Lunch</b>' in Type titles the break 'Lunch', its emphasis lost: said, as for a
    title typed with tags; a Type beside a title of its own is not read, so not warned of."""
    sheet = write(tmp_path / "s.csv", [
        ["", "<b>Lunch</b> break", *ROWS[2][2:]],
        ["Keynote", "<i>Plenary</i>", *ROWS[3][2:]]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == ["Lunch break", "Keynote"]
    assert [(i.row, i.column, i.code, i.severity, i.message)
            for i in report.issues if i.row] == [
        (2, "Type", "html-in-title", "warning", "Row 2: 'Type' has '<b>Lunch</b> break', the "
         "title of a row whose own is blank: a title shows as plain text in the app, so its "
         "HTML tags were taken out, leaving 'Lunch break'; check it reads right.")]


def test_an_optional_description_reads_the_columns_the_sheet_has(tmp_path: Path) -> None:
    """One mapping for programmes with and without a Level column: optional = true lets the
    sheet lack any of the description's columns, each a part of its own; a Level-like
    header left unread is named."""
    sheet = write(tmp_path / "s.csv", ROWS[:2],
                  header=[*HEADER[:7], "Levels"])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\noptional = true\n'
                   'add_columns = ["Speakers", "Level"]')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>How probes read &lt;moisture&gt;.</p><p>Speakers: Ana Ruiz, Bo Li</p>",
        "<p>Speakers: Eva Lind<br>Tom Berg</p>"]
    assert [(i.column, i.code, i.message) for i in report.issues if i.code != "derived-import-id"
            ] == [("Levels", "unread-column", "Column 'Levels' holds data that is not imported: "
                   "fields.description reads 'Level', which the sheet does not have. Rename "
                   "the column to 'Level', or give fields.description 'Levels' in add_columns "
                   "in place of 'Level' in a mapping of your own.")]


def test_a_description_column_the_sheet_lacks_is_refused_unless_optional(
        tmp_path: Path) -> None:
    sheet = write(tmp_path / "s.csv", [row[:7] for row in ROWS[:2]], header=HEADER[:7])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"\nadd_columns = ["Speakers", '
                   '"Level"]')
    with pytest.raises(MappingError) as error:
        validate_file(sheet, mapping=toml, timezone="UTC")
    assert "fields.description needs column 'Level', which the sheet does not have" in str(
        error.value)
    assert str(error.value).endswith(", or mark the field optional = true.")


def test_an_unread_lookalike_of_a_date_column_names_the_key_to_give_it(tmp_path: Path) -> None:
    """The fix names the setting that reads the column (date_column), not `column`."""
    sheet = write(tmp_path / "s.csv", [[*ROWS[0], "2027-04-01"]],
                  header=[*HEADER, "Registration Opens"])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"')
    toml.write_text(toml.read_text(encoding="utf-8") + '[fields.registration_start_date]\n'
                    'date_column = "Registration Opening"\noptional = true\n', encoding="utf-8")
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [i.message for i in report.sheet_issues if i.code == "unread-column"] == [
        "Column 'Registration Opens' holds data that is not imported: "
        "fields.registration_start_date reads 'Registration Opening', which the sheet does "
        "not have. Rename the column to 'Registration Opening', or give "
        "fields.registration_start_date date_column = 'Registration Opens' in a mapping of "
        "your own."]
