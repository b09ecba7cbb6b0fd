"""draft-mapping's name pairs in the words other exports use ('Vorname' and 'Nachname',
'Given Name' and 'Family Name'), each offered joined, with the sheet's own first name as
the example of the paragraph."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv


def test_a_german_exports_vorname_and_nachname_are_offered_joined(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Description", "Vorname",
                                 "Nachname"], [
        ["Eröffnung", "2027-05-11", "9:00", "9:45", "Willkommen.", "Jonas", "Weber"],
        ["Bodensonden", "2027-05-11", "10:00", "10:45", "Messen.", "Lea", ""]])
    draft = draft_mapping(sheet).text
    description = draft[draft.index("[fields.description]"):]
    assert description.split("\n\n")[:2] == [
        "[fields.description]\n"
        "# plain text, paragraphs kept\n"
        'column = "Description"\n'
        'format = "text"\n'
        "# each added as a paragraph of its own ('Speakers: Jonas Weber'): uncomment to show "
        "the speakers' names after the description\n"
        '# add_columns = [{ label = "Speakers", join = ["Vorname", "Nachname"] }]',
        "# Columns nothing reads: 'Vorname', 'Nachname'\n"
        "# 'Vorname' and 'Nachname' name people: Guidebook keeps speakers as a list of their "
        "own, which gbimport does not import; to show the names after the description, "
        "uncomment add_columns under [fields.description]"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Willkommen.</p><p>Speakers: Jonas Weber</p>", "<p>Messen.</p><p>Speakers: Lea</p>"]


def test_given_and_family_name_columns_are_offered_joined(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Given Name", "Family Name"],
                      [["Opening", "2027-05-11", "9:00", "9:45", "Mia", "Chen"]])
    assert draft_mapping(sheet).text.split("\n\n")[-2] == (
        "# Columns nothing reads: 'Given Name', 'Family Name'\n"
        "# 'Given Name' and 'Family Name' name people: Guidebook keeps speakers as a list of "
        "their own, which gbimport does not import. To show their names in each session's "
        "description, uncomment these lines:\n"
        "# [fields.description]\n"
        '# add_columns = [{ label = "Speakers", join = ["Given Name", "Family Name"] }]')
