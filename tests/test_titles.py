"""Titles as the app shows them, plain text: a title carried from a web page or a site's data
file ('<i>Drosophila</i> genetics', 'a red teamer&#x27;s guide') was sent with its markup."""

from __future__ import annotations

import csv
from pathlib import Path

from importer.runner import plan_import
from importer.validate import validate_file
from tests.support import Sandbox, talk, write_sheet

HEADER = ["Session Title", "Date", "Time Start", "Time End", "Room/Location"]


def write(path: Path, titles: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([HEADER, *(
            [title, "5/11/2027", f"{9 + n}:00", f"{9 + n}:30", "Hall"]
            for n, title in enumerate(titles))])
    return path


def test_tags_are_taken_out_with_a_warning_and_references_read(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", [
        "<i>Drosophila</i> genetics", "a red teamer&#x27;s guide", "Part one<br>Part two",
        "H<sub>2</sub>O in <EM>space</EM>!", "Using <template> in Vue", "Q&A: R&amp;D"])
    report = validate_file(path, timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "Drosophila genetics", "a red teamer's guide", "Part one Part two", "H2O in space!",
        "Using <template> in Vue", "Q&A: R&D"]
    assert [(i.row, i.column, i.value, i.message) for i in report.issues
            if i.code == "html-in-title"] == [
        (2, "Session Title", "<i>Drosophila</i> genetics",
         "Row 2: 'Session Title' has '<i>Drosophila</i> genetics': a title shows as plain text "
         "in the app, so its HTML tags were taken out, leaving 'Drosophila genetics'; check it "
         "reads right."),
        (4, "Session Title", "Part one<br>Part two",
         "Row 4: 'Session Title' has 'Part one<br>Part two': a title shows as plain text in the "
         "app, so its HTML tags were taken out, leaving 'Part one Part two'; check it reads "
         "right."),
        (5, "Session Title", "H<sub>2</sub>O in <EM>space</EM>!",
         "Row 5: 'Session Title' has 'H<sub>2</sub>O in <EM>space</EM>!': a title shows as "
         "plain text in the app, so its HTML tags were taken out, leaving 'H2O in space!'; "
         "check it reads right."),
    ]


def test_a_title_naming_an_element_keeps_it(tmp_path: Path) -> None:
    """A talk about HTML names its elements ('<table>', '<a>'): a tag no other closes, and
    no line break, is a title's own words. Read as markup, 'Building accessible <table>s'
    was sent as 'Building accessible s', on every night's run of a sheet it read right."""
    titles = ["Building accessible <table>s", "Rethinking the <a> element",
              "Say goodbye to <div>itis", "<b>Keynote:</b> the <code> element"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "Building accessible <table>s", "Rethinking the <a> element", "Say goodbye to <div>itis",
        "Keynote: the <code> element"]
    assert [i.row for i in report.issues if i.code == "html-in-title"] == [5]


def test_a_title_read_anew_keeps_the_id_derived_from_it(tmp_path: Path) -> None:
    """Without an id column, a session's id is derived from its title: the title as written,
    so that reading its tags does not make the sessions imported before anew."""
    marked = validate_file(write(tmp_path / "a.csv", ["<i>Drosophila</i> genetics"]),
                           timezone="UTC")
    plain = validate_file(write(tmp_path / "b.csv", ["Drosophila genetics"]), timezone="UTC")
    assert marked.payloads[0].name == plain.payloads[0].name
    assert marked.payloads[0].import_id != plain.payloads[0].import_id
    again = validate_file(write(tmp_path / "c.csv", ["<i>Drosophila</i>  genetics "]),
                          timezone="UTC")
    assert again.payloads[0].import_id == marked.payloads[0].import_id


def test_adding_an_id_column_takes_over_a_session_whose_title_had_tags(tmp_path: Path) -> None:
    """Its id was derived from the title as written: so is the id it is found under when
    the sheet gains an id column, or the session is made again beside the one from before."""
    sandbox = Sandbox()
    rows = [talk(1, **{"Session Title": "<i>Drosophila</i> genetics"}), talk(2)]
    sandbox.run(write_sheet(tmp_path / "noid.csv", [{**r, "Session ID": ""} for r in rows]))
    before = sorted(s["id"] for s in sandbox.sessions())
    with_ids = write_sheet(tmp_path / "ids.csv", rows)
    plan = plan_import(with_ids, sandbox.settings, transport=sandbox.transport())
    assert [(row.action, [c.field for c in row.changes]) for row in plan.rows] == [
        ("update", ["import_id"]), ("update", ["import_id"])]
    assert [note for note in plan.notes if "before the sheet had session ids" in note] == []
    sandbox.run(with_ids)
    assert sorted((s["id"], s["import_id"], s["name"]) for s in sandbox.sessions()) == [
        (before[0], "sheet:T001", "Drosophila genetics"),
        (before[1], "sheet:T002", "Talk number 2")]


def test_tags_out_leave_the_words_spaced_as_written(tmp_path: Path) -> None:
    """Emphasis ends inside a word or before its punctuation ('<i>E. coli</i>'s'): taking
    it out leaves no gap. A line break or rule, typed with spaces around or not, is one
    space."""
    titles = ["<i>E. coli</i>'s genome", "<I>Drosophila</I>, again", "Part one <br> Part two",
              "Part one<hr/>Part two", "<p>Intro</p>"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "E. coli's genome", "Drosophila, again", "Part one Part two", "Part one Part two",
        "Intro"]


def test_an_ampersand_before_letters_is_not_read_as_a_reference(tmp_path: Path) -> None:
    """Only a whole reference ('&amp;', '&#x27;') is read: HTML's old names without their
    ';' ('&copy', '&not') are a title's own words."""
    titles = ["AI &copyright: who owns it?", "Q&A: to be &not to be", "R&amp;D &reg;"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "AI &copyright: who owns it?", "Q&A: to be &not to be", "R&D ®"]


def test_each_row_of_a_repeated_title_with_tags_is_warned_of(tmp_path: Path) -> None:
    report = validate_file(write(tmp_path / "s.csv", ["<b>Lunch</b>", "Talk", "<b>Lunch</b>"]),
                           timezone="UTC")
    assert [(i.row, i.value) for i in report.issues if i.code == "html-in-title"] == [
        (2, "<b>Lunch</b>"), (4, "<b>Lunch</b>")]


def test_a_title_that_reads_as_nothing_is_missing(tmp_path: Path) -> None:
    """A web page's empty cell ('&nbsp;', '<br>') read as HTML leaves no words: it passed
    validate and plan, then Guidebook refused each such session ('This field may not be
    blank') on every run. A no-break space about words is trimmed as any space."""
    report = validate_file(write(tmp_path / "s.csv", ["&nbsp;", "<br>", "Intro&nbsp;"]),
                           timezone="UTC")
    assert [p.name for p in report.payloads] == ["Intro"]
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues
            if i.code != "derived-import-id"] == [
        (2, "missing-required", "error", "Row 2: 'Session Title' has '&nbsp;', which is not a "
         "title: read as HTML it has no words; type the title."),
        (3, "missing-required", "error", "Row 3: 'Session Title' has '<br>', which is not a "
         "title: read as HTML it has no words; type the title."),
    ]
