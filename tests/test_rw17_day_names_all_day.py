"""A programme's posters listed by day name alone ('Wed', 'Thu'), with no times anywhere: the
draft reads them as all-day sessions on those days, as it does a column of dates, rather than
asking for an end column, or until_next or minutes, that would give each poster hours it does
not have. Excerpt of Bioconductor/EuroBioC2025 data/sessions.csv (abstracts cut short)."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

SHEET = (
    "day,type,title,author,presenter,abstract\n"
    "Wed,Poster,smartid: Overcoming Challenges in Rare Cell Population Marker Identification"
    " from Single-Cell RNA-seq,Jinjin Chen,,Accurate identification of cell types.\n"
    "Thu,Poster,The contribution of leukocytes to cerebral malaria vascular pathogenesis,"
    "Alina Batzilla,,Cerebral Malaria (CM) is a severe neurovascular complication.\n"
    "Wed,Poster,miaDash: a web app for reproducible and interactive microbiome analysis,"
    "Giulio Benedetti,,Microbiome data can reveal valuable insights.\n")
DAYS = '"Wed" = "2025-09-17", "Thu" = "2025-09-18"'


def _tables(text: str) -> list[str]:
    """The draft's [fields.start] and [fields.end] tables, each as its lines joined."""
    blocks = text.split("\n\n")
    return [block for block in blocks if block.startswith(("[fields.start]", "[fields.end]"))]


def test_day_names_with_no_times_are_all_day_sessions(tmp_path: Path) -> None:
    """The draft asked for an end time column (or until_next, or minutes) as well as the
    days' dates; only the dates are left to give, under both tables."""
    draft = draft_mapping(write_bytes(tmp_path, "sessions.csv", SHEET.encode()))
    assert draft.missing == ["start"]
    assert _tables(draft.text) == [
        "[fields.start]\n"
        "# no column holds times: each session is all day, on the day its cell gives\n"
        'column = "day"',
        "[fields.end]\n"
        "# the same column: a day alone has no end; it reads the column's cells with the "
        "values given under [fields.start]\n"
        'column = "day"']


def test_the_drafted_mapping_validates_once_the_days_are_given(tmp_path: Path) -> None:
    """Following the draft's comments (the values under both tables) sends each poster as an
    all-day session on its day."""
    path = write_bytes(tmp_path, "sessions.csv", SHEET.encode())
    text = draft_mapping(path).text.replace(
        'column = "day"', f'column = "day"\nvalues = {{ {DAYS} }}')
    mapping = write_bytes(tmp_path, "sessions.toml", text.encode())
    report = validate_file(path, mapping=mapping, timezone="Europe/Madrid")
    assert [(r.row, f"{r.payload.start_time:%Y-%m-%d %H:%M}", r.payload.end_time,
             r.payload.all_day) for r in report.rows if r.payload] == [
        (2, "2025-09-16 22:00", None, True), (3, "2025-09-17 22:00", None, True),
        (4, "2025-09-16 22:00", None, True)]
    assert [i.code for i in report.issues] == ["derived-import-id"]


def test_day_names_beside_a_time_column_keep_their_times(tmp_path: Path) -> None:
    """A column of times beside the day names still gives each session its hours."""
    sheet = SHEET.replace("day,type,", "day,hour,type,").replace(
        "Wed,Poster", "Wed,10:00,Poster").replace("Thu,Poster", "Thu,11:00,Poster")
    draft = draft_mapping(write_bytes(tmp_path, "timed.csv", sheet.encode()))
    assert _tables(draft.text)[0] == (
        '[fields.start]\ndate_column = "day"\ntime_column = "hour"')


def test_the_starts_values_serve_an_end_reading_the_same_column(tmp_path: Path) -> None:
    """Given under [fields.start] alone, the days' dates were not read by the end, which reads
    the same column: validate said each row had no start time but an end."""
    path = write_bytes(tmp_path, "sessions.csv", SHEET.encode())
    text = draft_mapping(path).text.replace(
        'column = "day"', f'column = "day"\nvalues = {{ {DAYS} }}', 1)
    assert text.count(DAYS) == 1  # under [fields.start] only
    mapping = write_bytes(tmp_path, "sessions.toml", text.encode())
    report = validate_file(path, mapping=mapping, timezone="Europe/Madrid")
    assert [(r.row, f"{r.payload.start_time:%Y-%m-%d}", r.payload.all_day)
            for r in report.rows if r.payload] == [
        (2, "2025-09-16", True), (3, "2025-09-17", True), (4, "2025-09-16", True)]
    assert [i.code for i in report.issues] == ["derived-import-id"]


def test_an_end_with_values_of_its_own_keeps_them(tmp_path: Path) -> None:
    """The start's values fill in for the end's only when the end gives none."""
    path = write_bytes(tmp_path, "sessions.csv", SHEET.encode())
    text = draft_mapping(path).text.replace(
        'column = "day"', f'column = "day"\nvalues = {{ {DAYS} }}', 1).replace(
        'column = "day"\n\n', 'column = "day"\nvalues = { "Wed" = "2025-09-17", '
        '"Thu" = "2025-09-20" }\n\n')
    mapping = write_bytes(tmp_path, "sessions.toml", text.encode())
    report = validate_file(path, mapping=mapping, timezone="Europe/Madrid")
    # Thursday's end read as the 20th, its own value, not the start's 18th.
    assert [(r.row, [i.code for i in r.issues]) for r in report.rows] == [
        (2, []), (3, ["all-day-end-date"]), (4, [])]
