"""A speaker's 'name' column beside the title and a speaker's details, as a summer school's
programme writes it, with a co-speaker's 'name2' beside it: both are offered, as one
paragraph."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["id", "name", "name2", "day", "start", "end", "room", "affiliation", "title"]
ROWS = [["4", "Andrej Varchola", "Alexey Karimov", "2025-06-10", "10:00", "11:00", "335",
         "Siemens Healthineers", "Open Problems in Cardiac Ultrasound"],
        ["7", "Thomas Schultz", "", "2025-06-10", "14:00", "15:00", "335", "Univ. of Bonn",
         "Uncertainty in Diffusion MRI Tractography"]]


def test_a_co_speakers_name2_is_offered_with_the_speakers_name(tmp_path: Path) -> None:
    """'name2' was listed among the columns nothing reads, and the co-speaker left out."""
    text = draft_mapping(write_csv(tmp_path / "programme.csv", [HEADER, *ROWS])).text
    assert [line for line in text.splitlines() if "add_columns" in line or "labels" in line
            or "name people" in line] == [
        "# 'name' and 'name2' name people: Guidebook keeps speakers as a list of their own, "
        "which gbimport does not import. To show their names in each session's description, "
        "uncomment these lines:",
        '# add_columns = ["name", "name2", "affiliation"]',
        '# labels = { "name" = "Speakers", "name2" = "Speakers", "affiliation" = "Affiliation" }']


def test_the_drafted_lines_list_both_speakers_in_one_paragraph(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "programme.csv", [HEADER, *ROWS])
    text = draft_mapping(sheet).text
    mapping = tmp_path / "programme.toml"
    mapping.write_text(text.replace("# [fields.description]", "[fields.description]")
                       .replace("# add_columns", "add_columns").replace("# labels", "labels"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [row.payload.description_html for row in report.rows if row.payload] == [
        "<p>Speakers: Andrej Varchola, Alexey Karimov</p>"
        "<p>Affiliation: Siemens Healthineers</p>",
        "<p>Speakers: Thomas Schultz</p><p>Affiliation: Univ. of Bonn</p>"]
