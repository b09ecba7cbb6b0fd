"""Readings of the newest features that a slip would change unseen: speaker cells sharing
names, times not fixed yet, 'h' before a time, columns headed alike on several sheets, a
lone 'Nome' as the title. Invented data of the same shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import validate_file
from importer.convert import NOT_FIXED_YET
from importer.descriptions import distinct_values
from importer.draft import draft_mapping
from importer.errors import ConfigError
from importer.zones import resolve_timezone
from tests.test_draft_dates_dotted import _csv
from tests.test_draft_dates_mmdd import HEADER as MMDD_HEADER
from tests.test_draft_dates_mmdd import _note
from tests.test_load import write_bytes, write_xlsx
from tests.test_realworld_rw9_dates import _validate
from tests.test_speakers_sp2_draft import SOIL, TIMES, added_line
from tests.test_validate import write_csv

TIMES_MAPPING = ('name = "days"\n[fields.name]\ncolumn = "title"\n'
                 '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
                 '[fields.end]\ntime_column = "time"\n')


def test_a_shared_name_before_a_trailing_comma_leaves_no_empty_name() -> None:
    """'Bo Li, Cy Doe,' after 'Ana Ruiz, Bo Li' adds 'Cy Doe', not 'Cy Doe, '."""
    assert distinct_values(["Ana Ruiz, Bo Li", "Bo Li, Cy Doe,"]) == [
        "Ana Ruiz, Bo Li", "Cy Doe"]


def _issues(tmp_path: Path, sheet: Path) -> list[tuple[int | None, str, str]]:
    (tmp_path / "m.toml").write_text(TIMES_MAPPING)
    report = validate_file(sheet, mapping=tmp_path / "m.toml", timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def test_a_date_not_fixed_yet_gets_a_dates_message(tmp_path: Path) -> None:
    """The time's not-fixed-yet message speaks of a time and an all-day session: a 'TBA'
    date gets the date's own, which leaves the session out."""
    sheet = write_bytes(tmp_path, "days.csv", b"date,time,title\nTBA,09:00 - 10:00,Keynote\n")
    assert _issues(tmp_path, sheet) == [
        (2, "bad-date", "Row 2: 'date' has 'TBA', a date not fixed yet: write the date once "
         "the session has one, or, to send nothing for it until then, set blank_values = "
         '["TBA"] and skip_unscheduled = true in the mapping (at its top, above the first '
         "[table]; the row is then skipped, with a warning, until its date is written).")]


def test_a_time_not_fixed_yet_in_a_workbook_cell_with_spaces_is_said_so(
        tmp_path: Path) -> None:
    """A workbook keeps the spaces around ' TBA '; the message and its blank_values quote
    the word as the mapping compares it."""
    sheet = write_xlsx(tmp_path / "days.xlsx", {"Days": [
        ["date", "time", "title"], ["2027-05-11", " TBA ", "Opening"],
        ["2027-05-12", "09:00 - 10:00", "Keynote"]]})
    assert _issues(tmp_path, sheet) == [
        (2, "bad-time", "Row 2: 'time' has 'TBA', a time not fixed yet: write the time once "
         'the session has one, or add blank_values = ["TBA"] to the mapping to send it '
         "meanwhile as an all-day session on its date.")]


def test_the_words_of_a_time_not_fixed_yet() -> None:
    said = ["TBA", "tbc", "TBD (afternoon)", "To be decided", "to be determined",
            "TBDx", "tbar"]
    assert [NOT_FIXED_YET.match(text) is not None for text in said] == [
        True, True, True, True, True, False, False]


def test_an_h_written_on_to_the_time_is_read(tmp_path: Path) -> None:
    """'h14.30', as Italian programmes write it with no space, is 14:30 as 'h 14.30' is."""
    assert _validate(tmp_path, "24.09.2024,h14.30 - h15,Relazione\n") == [
        (2, "2024-09-24T12:30:00+00:00", "2024-09-24T13:00:00+00:00")]


def test_columns_headed_alike_and_both_read_hold_back_no_sheet_of_a_workbook(
        tmp_path: Path) -> None:
    """Each day's tab with two 'Ponente' columns, both read by the mapping: no tab's rows
    are held back as in doubt."""
    header = ["Día", "Horario", "Título", "Ponente", "Ponente"]
    path = write_xlsx(tmp_path / "days.xlsx", {
        "Martes": [header, ["2027-05-11", "09:00 - 09:50", "Apertura", "Ana Ruiz", "Bo Li"]],
        "Miércoles": [header, ["2027-05-12", "09:00 - 09:50", "Cierre", "Cy Do", "Di Ek"]]})
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "programa"\n[fields.name]\ncolumn = "Título"\n'
        '[fields.start]\ndate_column = "Día"\ntime_column = "Horario"\n'
        '[fields.end]\ntime_column = "Horario"\n[fields.description]\n'
        'add_columns = ["Ponente", "Ponente (2)"]\nlabels = { "Ponente (2)" = "Ponente" }\n')
    report = validate_file(path, mapping=mapping, sheet=["all"], timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [p.description_html for p in report.payloads] == [
        "<p>Ponente: Ana Ruiz, Bo Li</p>", "<p>Ponente: Cy Do, Di Ek</p>"]


def test_a_lone_nome_is_the_title(tmp_path: Path) -> None:
    """Italian and Portuguese 'Nome' alone names the session, as 'Nom' and 'Nombre' do."""
    sheet = write_csv(tmp_path, ["Nome", "Date", "Début", "Fin"],
                      [["Apertura", "2027-07-12", "10:00", "10:45"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen.get("name"), draft.missing) == ("Nome", [])


def _title_note(tmp_path: Path, rows: bytes) -> str:
    path = write_bytes(tmp_path, "programme.csv", b"Day,Time,Track Colour,Room Floor\n" + rows)
    return _draft_title_line(path)


def test_a_track_lookup_of_two_word_values_is_no_grid(tmp_path: Path) -> None:
    """'Dark Blue' and 'First Floor' are no talks' titles: a title holds three words or more."""
    assert _title_note(tmp_path, (
        b"2027-05-11,09:00 - 09:50,Dark Blue,First Floor\n"
        b"2027-05-11,10:00 - 10:50,Light Red,Second Floor\n")).startswith(
        "# no column looked like the title: put its header in place of 'FILL IN'. ")


def test_a_track_lookup_with_one_long_value_is_no_grid(tmp_path: Path) -> None:
    """One value of several words among single words is no column of titles."""
    assert _title_note(tmp_path, (
        b"2027-05-11,09:00 - 09:50,Blue,Ground\n"
        b"2027-05-11,10:00 - 10:50,Red,Upper\n"
        b"2027-05-11,11:00 - 11:50,Sea green or teal,Ground floor east wing\n")).startswith(
        "# no column looked like the title: put its header in place of 'FILL IN'. ")


def test_a_title_column_per_room_is_named_as_such(tmp_path: Path) -> None:
    """'Sala 1' and 'Sala Verde' holding their talks are a grid as 'Track 1' columns are."""
    path = write_bytes(tmp_path, "programa.csv", (
        "Día,Horario,Sala 1,Sala Verde\n"
        "Viernes,10:00 - 10:50 hrs,Apertura del congreso,Taller de radio libre\n"
        "Viernes,11:00 - 11:50 hrs,Seguridad en la nube,Taller de pagos seguros\n").encode())
    note = _draft_title_line(path)
    assert note.startswith("# no column looked like the title: the sheet gives each room a "
                           "column of its own ('Sala 1', 'Sala Verde')")


def test_times_in_a_column_per_track_are_no_titles(tmp_path: Path) -> None:
    """'Track 1 Time' cells read '09:00 - 09:50', three words, but are times, not talks."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Day,Track 1 Time,Track 2 Time\n"
        b"2027-05-11,09:00 - 09:50,09:10 - 10:00\n"
        b"2027-05-11,10:00 - 10:50,10:10 - 11:00\n"))
    note = _draft_title_line(path)
    assert note.startswith("# no column looked like the title: put its header in place of "
                           "'FILL IN'. ")


def test_one_column_of_talks_headed_by_its_track_is_no_grid(tmp_path: Path) -> None:
    """One 'Track 1' column of talks is no title column per track."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Day,Time,Track 1\n"
        b"2027-05-11,09:00 - 09:50,Opening of the congress\n"
        b"2027-05-11,10:00 - 10:50,Security in the cloud\n"))
    note = _draft_title_line(path)
    assert "each track a column" not in note


def test_a_track_and_a_room_of_several_words_are_no_grid(tmp_path: Path) -> None:
    """'Track' and 'Room' alone name a session's track and room, however many words those
    have ('Data and AI', 'Hall A Level 2')."""
    path = write_bytes(tmp_path, "programme.csv", (
        b"Day,Time,Track,Room\n"
        b"2027-05-11,09:00 - 09:50,Data and AI,Hall A Level 2\n"
        b"2027-05-11,10:00 - 10:50,Cloud Native Security,Hall B Level 1\n"))
    note = _draft_title_line(path)
    assert "each track a column" not in note


def test_starts_beside_times_not_fixed_yet_draft_without_the_ranges_note(
        tmp_path: Path) -> None:
    """The note on times not fixed yet quotes a start and end beside them; a column of starts
    alone has none to quote."""
    path = write_bytes(tmp_path, "days.csv", (
        b"date,start,title\n"
        b"2027-05-11,TBA,Opening lecture\n"
        b"2027-05-12,09:00,Keynote\n"
        b"2027-05-12,10:00,Coffee break\n"))
    assert "a time not fixed yet" not in draft_mapping(path).text


def _not_fixed_note(text: str) -> str:
    return next(line for line in text.splitlines() if "a time not fixed yet" in line)


def test_the_draft_quotes_two_times_not_fixed_yet_and_blanks_them_all(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "days.csv", (
        "date,time,title\n"
        "2027-05-11,TBA,Opening lecture\n"
        "2027-05-11,TBC,Poster walk\n"
        "2027-05-11,TBD (afternoon),Walk\n"
        "2027-05-12,09:00 – 10:00,Keynote\n"
        "2027-05-12,10:00 – 10:20,Coffee break\n").encode())
    assert _not_fixed_note(draft_mapping(path).text) == (
        "# 'time' gives some sessions a start and an end ('09:00 – 10:00'), others a time not "
        "fixed yet ('TBA', 'TBC'): to send those as all-day sessions on their date until they "
        'have one, add blank_values = ["TBA", "TBC", "TBD (afternoon)"] above the first '
        "[fields...] table")


def test_the_draft_reads_a_workbook_time_not_fixed_yet_without_its_spaces(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "days.xlsx", {"Days": [
        ["date", "time", "title"], ["2027-05-11", " TBA ", "Opening lecture"],
        ["2027-05-12", "09:00 - 10:00", "Keynote"], ["2027-05-12", "10:00 - 10:20", "Coffee"]]})
    assert _not_fixed_note(draft_mapping(path).text) == (
        "# 'time' gives some sessions a start and an end ('09:00 - 10:00'), others a time not "
        "fixed yet ('TBA'): to send those as all-day sessions on their date until they have "
        'one, add blank_values = ["TBA"] above the first [fields...] table')


def test_speakers_numbered_with_their_names_are_drafted_as_speakers(tmp_path: Path) -> None:
    """'Speaker 1 Names' is read as 'Speaker 1 Name' is."""
    sheet = write_csv(tmp_path, [*TIMES, "Speaker 1 Names", "Speaker 2 Names"],
                      [[*SOIL, "Ana Ruiz", "Bo Li"]])
    assert added_line(sheet) == '# add_columns = ["Speaker 1 Names", "Speaker 2 Names"]'


def _mmdd_note(tmp_path: Path, days: list[str]) -> list[str]:
    sheet = _csv(tmp_path / "programme.csv", [
        MMDD_HEADER, *[[day, "10:00", "10:45", "開会"] for day in days]])
    return _note(draft_mapping(sheet).text)


def test_the_leap_day_is_a_month_and_day(tmp_path: Path) -> None:
    assert _mmdd_note(tmp_path, ["0228", "0229"]) == [
        "# '日付' gives its dates without the year ('0228'): write it into its cells "
        '(2027-02-28), or give each its date under [fields.start]: values = { "0228" = '
        '"YYYY-02-28", "0229" = "YYYY-02-29" }']


def test_one_number_that_is_no_month_and_day_leaves_the_column_no_days(
        tmp_path: Path) -> None:
    """'1326' beside '1126' tells the numbers are no month and day: none is given one."""
    assert _mmdd_note(tmp_path, ["1126", "1326"]) == [
        "# '日付' holds no dates. Give each its date under [fields.start]: values = "
        '{ "1126" = "YYYY-MM-DD", "1326" = "YYYY-MM-DD" }']


def test_a_city_list_is_read_at_the_offset_most_of_its_cities_keep() -> None:
    """London first among two cities an hour ahead: the list is read at '+01:00'."""
    with pytest.raises(ConfigError) as raised:
        resolve_timezone("London, Berlin, Rome")
    assert str(raised.value) == (
        "unknown timezone 'London, Berlin, Rome': its cities' zones are 'Europe/Berlin' and "
        "'Europe/Rome': give the one the sessions are in.")


@pytest.mark.parametrize(("name", "zone"), [
    ("Heure d'Europe centrale", "Europe/Paris"),
    ("heure normale d’Europe centrale", "Europe/Paris"),
    ("Heure d'été d'Europe centrale", "Europe/Paris"),
    ("heure avancée d'Europe centrale", "Europe/Paris"),
    ("Hora de Europa Central", "Europe/Paris"), ("Hora central europea", "Europe/Paris"),
    ("Hora de verano de Europa Central", "Europe/Paris"),
    ("Mitteleuropäische Zeit", "Europe/Berlin"), ("Mitteleuropaeische Zeit", "Europe/Berlin"),
    ("Mitteleuropäische Sommerzeit", "Europe/Berlin"),
    ("Mitteleuropaeische  Sommerzeit", "Europe/Berlin"),
])
def test_central_european_time_in_words_is_offered_its_place(name: str, zone: str) -> None:
    with pytest.raises(ConfigError) as raised:
        resolve_timezone(name)
    assert str(raised.value) == f"unknown timezone {name!r}: did you mean {zone!r}?"


def _draft_title_line(path: Path) -> str:
    """The draft's line on the title column it did not find."""
    return next(line for line in draft_mapping(path).text.splitlines()
                if "no column looked like the title" in line)
