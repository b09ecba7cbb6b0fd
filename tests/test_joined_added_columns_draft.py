"""draft-mapping offers a first and a last name column (Sessionize's FirstName and LastName)
joined into one paragraph of the description, where it listed them as columns nothing
reads, with no word that they name people."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_joined_added_columns import HEADER, co_presenter, rain, soil
from tests.test_validate import write_csv


def test_a_flattened_exports_names_are_offered_joined_after_the_description(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, [soil(), co_presenter("101", "Bo", "Li"), rain()])
    draft = draft_mapping(sheet).text
    description = draft[draft.index("[fields.description]"):]
    assert description.split("\n\n")[:2] == [
        "[fields.description]\n"
        "# plain text, paragraphs kept\n"
        'column = "Description"\n'
        'format = "text"\n'
        "# each added as a paragraph of its own ('Speakers: Ana Ruiz'): uncomment to show "
        "the speakers' names after the description\n"
        '# add_columns = [{ label = "Speakers", join = ["FirstName", "LastName"] }]',
        "# Columns nothing reads: 'Speaker Id', 'FirstName', 'LastName', 'Email'\n"
        "# 'FirstName' and 'LastName' name people: Guidebook keeps speakers as a list of their "
        "own, which gbimport does not import; to show the names after the description, "
        "uncomment add_columns under [fields.description]"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>",
        "<p>Counting rain.</p><p>Speakers: Cy</p>"]


def test_a_pair_named_for_a_role_beside_a_speaker_column_without_a_description(
        tmp_path: Path) -> None:
    """The words before both name the paragraph; a pair's columns alone are not one."""
    sheet = write_csv(tmp_path, [
        "Title", "Date", "Start", "End", "Moderator First Name", "Moderator Last Name",
        "Speaker", "Last Name"], [
        ["Opening", "2027-05-11", "9:00", "9:45", "", "Lind", "Ana Ruiz", "x"],
        ["Soil", "2027-05-11", "10:00", "10:45", "Tom", "Berg", "", ""]])
    draft = draft_mapping(sheet).text
    assert draft.split("\n\n")[-2] == (
        "# Columns nothing reads: 'Moderator First Name', 'Moderator Last Name', 'Speaker', "
        "'Last Name'\n"
        "# 'Speaker', 'Moderator First Name' and 'Moderator Last Name' name people: Guidebook "
        "keeps speakers as a list of their own, which gbimport does not import. To show their "
        "names in each session's description, uncomment these lines:\n"
        "# [fields.description]\n"
        '# add_columns = ["Speaker", { label = "Moderator", join = ["Moderator First Name", '
        '"Moderator Last Name"] }]')
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# [fields.description]", "[fields.description]").replace(
        "# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Speaker: Ana Ruiz</p><p>Moderator: Lind</p>", "<p>Moderator: Tom Berg</p>"]


def test_co_presenters_rows_are_not_counted_as_sessions_with_no_slot(tmp_path: Path) -> None:
    """Their rows hold no Scheduled At, as a session not given a slot yet has none, but no
    title either: the note counted them, '3 rows have no ...', for the one talk unplaced."""
    unplaced = ["103", "Not placed yet", "Later.", "", "", "s-9", "Eve", "Stone", ""]
    sheet = write_csv(tmp_path, HEADER, [
        soil(), co_presenter("101", "Bo", "Li"), rain(), co_presenter("102", "Dee", "Park"),
        unplaced, co_presenter("103", "Fay", "Moss")])
    draft = draft_mapping(sheet).text
    assert [line for line in draft.splitlines() if "skip_unscheduled" in line] == [
        "# 1 row has no 'Scheduled At': to skip such rows until they get one, instead of "
        "reporting each as an error, add skip_unscheduled = true"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns").replace(
        "import_id_prefix =", "skip_unscheduled = true\nimport_id_prefix ="), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [
        (3, "repeated-row"), (5, "repeated-row"), (6, "unscheduled"), (7, "unscheduled")]
    assert [p.description_html for p in report.payloads] == [
        "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Bo Li</p>",
        "<p>Counting rain.</p><p>Speakers: Cy, Dee Park</p>"]
