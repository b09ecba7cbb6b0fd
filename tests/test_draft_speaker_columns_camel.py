"""Drafting a mapping: speaker columns headed as a program names them, numbered between
camelCase words ('speaker1Name'), as 'Speaker 1' columns are offered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEAD = ["title", "date", "startTime", "endTime", "room"]
TALKS = [["Opening", "2027-05-11", "09:00", "10:00", "Hall A"],
         ["Keynote", "2027-05-11", "10:30", "11:30", "Hall A"]]


def offered_and_read(tmp_path: Path, speakers: list[str], names: list[list[str]]
                     ) -> tuple[str, list[str | None]]:
    """The draft's lines offering the speakers, and each session's description once they
    are uncommented."""
    sheet = write_csv(tmp_path / "talks.csv", [
        HEAD + speakers, *(talk + cells for talk, cells in zip(TALKS, names, strict=True))])
    text = draft_mapping(sheet).text
    offered = text[text.index("# [fields.description]"):].rstrip() + "\n"
    mapping = tmp_path / "draft.toml"
    mapping.write_text(re.sub(r"^# (\[fields\.description\]|add_columns|labels)", r"\1",
                              text, flags=re.M), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return offered, [p.description_html for p in report.payloads]


@pytest.mark.parametrize("speakers", [["speaker1Name", "speaker2Name"],
                                      ["Speaker1Name", "Speaker2Name"]])
def test_numbered_camel_case_speakers_are_offered_as_one_paragraph(
        tmp_path: Path, speakers: list[str]) -> None:
    """'speaker1Name' and 'speaker2Name' were left among the columns nothing reads, never
    offered to the description as 'Speaker 1' and 'Speaker 2' are."""
    first, second = speakers
    assert offered_and_read(tmp_path, speakers, [["Ana Ruiz", "Bo Li"], ["Léa Martin", ""]]) \
        == (
        "# [fields.description]\n"
        f'# add_columns = ["{first}", "{second}"]\n'
        f'# labels = {{ "{first}" = "Speakers", "{second}" = "Speakers" }}\n',
        ["<p>Speakers: Ana Ruiz, Bo Li</p>", "<p>Speakers: Léa Martin</p>"])


def test_numbered_camel_case_first_and_last_names_are_joined(tmp_path: Path) -> None:
    """'speaker1FirstName' and 'speaker1LastName' were not seen as one speaker's name."""
    speakers = ["speaker1FirstName", "speaker1LastName", "speaker2FirstName",
                "speaker2LastName"]
    offered, read = offered_and_read(tmp_path, speakers,
                                     [["Ana", "Ruiz", "Bo", "Li"], ["Léa", "Martin", "", ""]])
    assert (offered, read) == (
        "# [fields.description]\n"
        '# add_columns = [{ label = "Speakers", join = ["speaker1FirstName", '
        '"speaker1LastName"] }, { label = "Speakers", join = ["speaker2FirstName", '
        '"speaker2LastName"] }]\n',
        ["<p>Speakers: Ana Ruiz, Bo Li</p>", "<p>Speakers: Léa Martin</p>"])


@pytest.mark.parametrize(("speakers", "labels"), [
    (["speaker_1_name", "speaker_2_name"],
     '# labels = { "speaker_1_name" = "Speakers", "speaker_2_name" = "Speakers" }\n'),
    (["speakerName"], '# labels = { "speakerName" = "Speaker name" }\n')])
def test_snake_case_and_unnumbered_speakers_are_offered_as_before(
        tmp_path: Path, speakers: list[str], labels: str) -> None:
    """Numbered with '_' around the number, or not numbered, they were offered already."""
    names = [["Ana Ruiz", "Bo Li"][:len(speakers)], ["Léa Martin", ""][:len(speakers)]]
    offered, _ = offered_and_read(tmp_path, speakers, names)
    assert offered.endswith(labels)
