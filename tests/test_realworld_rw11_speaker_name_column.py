"""A call-for-papers export whose speaker is headed 'name', beside 'bio' and the talk's
'title': PyConES 2018's accepted talks (python-spain/PyConES-2018, `talks.csv`, as PaperCall
exports them), a row per talk. A few of its rows and columns, as published."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["name", "avatar", "bio", "twitter", "title", "abstract", "description", "track",
          "day", "start", "end"]
ROWS = [
    ["Héctor Socas-Navarro", "", "", "", "Keynote", "", "", "Ebury", "06/10/2018", "9:30",
     "10:20"],
    ["Unai", "", "Soy desarrollador python para OrbitalAds.", "Mischievousbyte",
     "FaaS with no strings attached", "Mejores infraestructuras.",
     "Desde que se empezaron a abandonar las aplicaciones monolíticas.", "Málaga",
     "06/10/2018", "13:00", "13:25"],
]


def test_a_name_column_beside_a_bio_is_offered_as_the_speaker(tmp_path: Path) -> None:
    """'name' was offered as the title instead ("'name' could be meant too") and was not
    said to name people, so nothing offered to show the speaker."""
    sheet = write_csv(tmp_path, HEADER, ROWS, name="talks.csv")
    draft = draft_mapping(sheet).text
    assert draft[draft.index("[fields.name]"):].split("\n\n")[0] == (
        '[fields.name]\ncolumn = "title"')
    description = draft[draft.index("[fields.description]"):]
    assert description.split("\n\n")[:2] == [
        "[fields.description]\n"
        "# 'abstract' could be meant too: put it here instead if so\n"
        "# plain text, paragraphs kept\n"
        'column = "description"\n'
        'format = "text"\n'
        "# each added as a paragraph of its own ('Speakers: Héctor Socas-Navarro'): uncomment "
        "to show the speakers' names after the description\n"
        '# add_columns = ["name"]\n'
        '# labels = { "name" = "Speakers" }',
        "# Columns nothing reads: 'name', 'avatar', 'bio', 'twitter', 'abstract'\n"
        "# 'name' names people: Guidebook keeps speakers as a list of their own, which "
        "gbimport does not import; to show the names after the description, uncomment "
        "add_columns and labels under [fields.description]"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns").replace(
        "# labels", "labels"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Speakers: Héctor Socas-Navarro</p>",
        "<p>Desde que se empezaron a abandonar las aplicaciones monolíticas.</p>"
        "<p>Speakers: Unai</p>"]


def test_a_name_column_with_no_speakers_details_beside_it_is_left_as_it_was(
        tmp_path: Path) -> None:
    """Without a bio, email or affiliation, 'name' may be the session's: still offered."""
    header = [h for h in HEADER if h not in ("bio", "avatar", "twitter")]
    rows = [[c for h, c in zip(HEADER, row, strict=True) if h in header] for row in ROWS]
    draft = draft_mapping(write_csv(tmp_path, header, rows, name="talks.csv")).text
    assert draft[draft.index("[fields.name]"):].split("\n\n")[0] == (
        "[fields.name]\n# 'name' could be meant too: put it here instead if so\n"
        'column = "title"')
