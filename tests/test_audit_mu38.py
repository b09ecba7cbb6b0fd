"""Inputs a planner's sheet holds that the newest features' own tests did not try: slashed
time ranges, totals rows, titles holding Markdown, draft-mapping's people columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

T = dt.time


def range_sheet(tmp_path: Path, cell: str) -> tuple[Path, Path]:
    """One talk whose Time cell holds its start and end, read by the start and the end."""
    path = tmp_path / "agenda.csv"
    path.write_text(f"Title,Date,Time\nTalk,5/11/2027,{cell}\n", encoding="utf-8")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text('name = "agenda"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    return path, mapping


@pytest.mark.parametrize(("cell", "expected"), [
    ("9:30 a.m./10:30 a.m.", (T(9, 30), T(10, 30))), ("9 A.M. / 11 A.M.", (T(9), T(11))),
    ("9h/11h", (T(9), T(11))), ("9.30u/10.30u", (T(9, 30), T(10, 30))),
    ("9:30 Uhr/11:00 Uhr", (T(9, 30), T(11))), ("9:00 h/10:00 h", (T(9), T(10))),
])
def test_a_slashed_range_after_dotted_am_pm_or_an_hours_word_is_read(
        tmp_path: Path, cell: str, expected: tuple[dt.time, dt.time]) -> None:
    """Each is read when a dash joins it ('9:30 a.m. - 10:30 a.m.', '9h - 11h'); joined by a
    slash it was refused as bad-time, asking for a start and an end the cell has."""
    path, mapping = range_sheet(tmp_path, cell)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([(i.code, i.message) for i in report.issues if i.row],
            convert.parse_time_range(cell)) == ([], expected)


def test_an_image_in_a_title_gives_its_alt_text_without_its_mark(tmp_path: Path) -> None:
    """'![NEW](https://x.org/new.png) Keynote' was sent as '!NEW Keynote': the link was read
    and the image's '!' left before its text."""
    path, mapping = range_sheet(tmp_path, "9:00 - 10:00")
    path.write_text("Title,Date,Time\n\"![NEW](https://x.org/new.png) Keynote\",5/11/2027,"
                    "9:00 - 10:00\n", encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert ([p.name for p in report.payloads],
            [(i.code, i.message) for i in report.issues if i.row]) == (["NEW Keynote"], [(
        "markdown-in-title",
        "Row 2: 'Title' has '![NEW](https://x.org/new.png) Keynote': a title shows as plain "
        "text in the app, so its Markdown was read, leaving 'NEW Keynote'; the app does not "
        "show the link's address (https://x.org/new.png): put it in the description if "
        "attendees need it.")])


def _drafted_descriptions(tmp_path: Path, header: list[str], row: list[str]) -> list[str]:
    """Each session's description once the draft's commented add_columns and labels are
    uncommented, as its comment says to."""
    sheet = write_csv(tmp_path / "programme.csv", [header, row])
    mapping = tmp_path / "programme.toml"
    mapping.write_text(draft_mapping(sheet).text.replace("# add_columns", "add_columns")
                       .replace("# labels", "labels"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [row.payload.description_html for row in report.rows if row.payload]


def test_a_co_speakers_numbered_affiliation_is_offered_with_the_speakers(
        tmp_path: Path) -> None:
    """Beside 'name', 'name2' and 'affiliation', the co-speaker's 'affiliation2' was left
    among the columns nothing reads: the description gave the first speaker's affiliation
    alone, as if it were both speakers'."""
    assert _drafted_descriptions(tmp_path, [
        "id", "name", "name2", "affiliation", "affiliation2", "title", "abstract", "date",
        "start", "end", "room"], [
        "1", "Ann Lee", "Bob Roy", "Acme", "Beta Labs", "Keynote", "About it", "2027-05-11",
        "9:00", "10:00", "Hall"]) == [
        "<p>About it</p><p>Speakers: Ann Lee, Bob Roy</p><p>Affiliation: Acme, Beta Labs</p>"]


def test_a_first_speakers_unnumbered_column_shares_its_numbered_copys_label(
        tmp_path: Path) -> None:
    """'Speaker' beside 'Speaker 2' gave two paragraphs ('Speaker: Ann Lee', 'Speaker 2: Bob
    Roy') where 'Speaker 1' beside 'Speaker 2' gives one."""
    assert _drafted_descriptions(tmp_path, [
        "Session ID", "Title", "Date", "Start", "End", "Room", "Speaker", "Speaker 2",
        "Abstract"], [
        "1", "Keynote", "2027-05-11", "9:00", "10:00", "Hall", "Ann Lee", "Bob Roy",
        "About it"]) == ["<p>About it</p><p>Speakers: Ann Lee, Bob Roy</p>"]
