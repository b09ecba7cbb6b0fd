"""A Greek university's weekly timetable (kostasartKKM/semweb1718a1, `programma.csv`), headed
in capitals without accents: the day ('ΗΜΕΡΑ', its cells weekdays: 'Δευτέρα'), the start and
the end ('ΕΝΑΡΞΗ', 'ΛΗΞΗ'), the course ('ΜΑΘΗΜΑ'), the room ('ΑΙΘΟΥΣΑ') and the teacher
('ΔΙΔΑΣΚΩΝ'). The draft knew none of these headers, and validate did not tell its weekdays
from other words that are no dates. A few rows, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_realworld_rw28_czech_headers import _fields
from tests.test_validate import write_csv

HEADER = ["ΗΜΕΡΑ", "ΕΝΑΡΞΗ", "ΛΗΞΗ", "ΜΑΘΗΜΑ", "ΑΙΘΟΥΣΑ", "ΔΙΔΑΣΚΩΝ"]
ROWS = [
    ["Δευτέρα", "16:00", "18:00", "Διοίκηση Ασφάλειας", "Αιθ.2", "Α. ΤΣΩΧΟΥ"],
    ["Τρίτη", "9:00", "11:00", "Ηλεκτρονική", "Αιθ.2", "Π."],
    ["ΤΡΙΤΗ", "13:00", "15:00", "Παράλληλος", "Εργ.Αρε", "Μ. ΣΤΕΦΑΝΙΔΑΚΗΣ"],
]


def test_a_greek_timetable_is_drafted_from_its_own_headers(tmp_path: Path) -> None:
    """Every field was 'FILL IN' and every column unread; now each is read from its header,
    the teacher offered for the description, and the weekdays given their dates once."""
    sheet = write_csv(tmp_path, HEADER, ROWS, name="programma.csv")
    draft = draft_mapping(sheet).text
    assert _fields(draft) == [
        '[fields.name]\ncolumn = "ΜΑΘΗΜΑ"',
        '[fields.start]\ndate_column = "ΗΜΕΡΑ"\ntime_column = "ΕΝΑΡΞΗ"',
        '[fields.end]\ntime_column = "ΛΗΞΗ"',
        '[fields.locations]\ncolumn = "ΑΙΘΟΥΣΑ"']
    assert '# add_columns = ["ΔΙΔΑΣΚΩΝ"]' in draft
    dated = draft.replace(
        'time_column = "ΕΝΑΡΞΗ"\n',
        'time_column = "ΕΝΑΡΞΗ"\nvalues = { "Δευτέρα" = "2017-11-13", "Τρίτη" = "2017-11-14",'
        ' "ΤΡΙΤΗ" = "2017-11-14" }\n')
    mapping = tmp_path / "draft.toml"
    mapping.write_text(dated, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Athens")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat(), p.locations)
            for p in report.payloads] == [
        ("Διοίκηση Ασφάλειας", "2017-11-13T14:00:00+00:00", "2017-11-13T16:00:00+00:00",
         ("Αιθ.2",)),
        ("Ηλεκτρονική", "2017-11-14T07:00:00+00:00", "2017-11-14T09:00:00+00:00", ("Αιθ.2",)),
        ("Παράλληλος", "2017-11-14T11:00:00+00:00", "2017-11-14T13:00:00+00:00",
         ("Εργ.Αρε",))]


def test_a_greek_weekday_is_told_as_a_day_of_the_week(tmp_path: Path) -> None:
    """A weekday with or without its accents ('Τρίτη', 'ΤΡΙΤΗ') left without its date is
    said to name a day of the week, with the mapping's values as the fix."""
    sheet = write_csv(tmp_path, HEADER, ROWS, name="programma.csv")
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Athens")
    assert [(i.row, i.code, "it names a day of the week, not its date" in i.message)
            for i in report.issues if i.row] == [
        (2, "bad-date", True), (3, "bad-date", True), (4, "bad-date", True)]
