"""A programme giving some talks' time as not fixed yet ('TBA', 'TBA (afternoon)') beside
the others' start and end: validate and the draft say how to send those talks until they
have a time, rather than ask for their end. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from importer.draft import draft_mapping
from tests.test_load import write_bytes

SHEET = (
    "date,time,title\n"
    "2027-05-11,TBA (afternoon),Opening lecture\n"
    "2027-05-11,TBA,Poster walk\n"
    "2027-05-12,09:00 – 10:00,Keynote\n"
    "2027-05-12,10:00 – 10:20,Coffee break\n").encode()
MAPPING = ('name = "days"\n{keys}[fields.name]\ncolumn = "title"\n'
           '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
           '[fields.end]\ntime_column = "time"\n')


def test_a_time_not_fixed_yet_is_said_so_with_how_to_send_it(tmp_path: Path) -> None:
    """'TBA' was 'not a start and end time: write the start and end like 9:00 - 10:30', as
    for a typo, though the planner has no time to write yet."""
    path = write_bytes(tmp_path, "days.csv", SHEET)
    mapping = tmp_path / "days.toml"
    mapping.write_text(MAPPING.format(keys=""))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'time' has 'TBA (afternoon)', a time not fixed yet: write the "
         'time once the session has one, or add blank_values = ["TBA (afternoon)"] to the '
         "mapping to send it meanwhile as an all-day session on its date."),
        (3, "bad-time", "Row 3: 'time' has 'TBA', a time not fixed yet: write the time once the "
         'session has one, or add blank_values = ["TBA"] to the mapping to send it meanwhile '
         "as an all-day session on its date.")]
    mapping.write_text(MAPPING.format(keys='blank_values = ["TBA (afternoon)", "TBA"]\n'))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert (report.valid, [p.all_day for p in report.payloads]) == (4, [True, True, False, False])


def test_the_draft_names_the_times_not_fixed_yet_apart(tmp_path: Path) -> None:
    """The draft said 'others neither ('TBA (afternoon)'): write those with their end too
    (18:30 - 20:00)'."""
    path = write_bytes(tmp_path, "days.csv", (
        "date,time,title\n"
        "2027-05-11,TBA (afternoon),Opening lecture\n"
        "2027-05-11,TBA (afternoon),Poster walk\n"
        "2027-05-12,09:00 – 10:00,Keynote\n"
        "2027-05-12,10:00 – 10:20,Coffee break\n"
        "2027-05-12,10:20 – 11:10,Matroids\n"
        "2027-05-12,11:10 – 12:00,Expanders\n"
        "2027-05-12,12:00 – 13:30,Lunch panel\n").encode())
    assert ("# 'time' gives some sessions a start and an end ('09:00 – 10:00'), others a time "
            "not fixed yet ('TBA (afternoon)'): to send those as all-day sessions on their date "
            'until they have one, add blank_values = ["TBA (afternoon)"] above the first '
            "[fields...] table\n"
            ) in draft_mapping(path).text


def test_a_times_column_with_a_third_not_fixed_yet_is_still_the_times(tmp_path: Path) -> None:
    """'TBA' and 'TBA (afternoon)' beside four talks' times made the column read as no
    times at all: the draft sent every session all-day and left 'time' unread."""
    path = write_bytes(tmp_path, "days.csv", (
        "date,time,title\n"
        "2027-05-11,TBA,Opening lecture\n"
        "2027-05-11,TBA (afternoon),Poster walk\n"
        "2027-05-12,09:00 – 10:00,Keynote\n"
        "2027-05-12,10:00 – 10:20,Coffee break\n"
        "2027-05-12,10:20 – 11:10,Matroids\n"
        "2027-05-12,11:10 – 12:00,Expanders\n").encode())
    text = draft_mapping(path).text
    assert ('[fields.start]\ndate_column = "date"\ntime_column = "time"\n' in text,
            "# 'time' gives some sessions a start and an end ('09:00 – 10:00'), others a time "
            "not fixed yet ('TBA', 'TBA (afternoon)'): to send those as all-day sessions on "
            'their date until they have one, add blank_values = ["TBA", "TBA (afternoon)"] '
            "above the first [fields...] table\n"
            in text) == (True, True)
