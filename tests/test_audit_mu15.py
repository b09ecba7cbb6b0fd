"""Behaviours of the newest features that a single line of their code decides, each held by
no other test: progress times, built-in mappings and date order, speakers with where they
are from, months-apart dates and Nordic headers."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rich.console import Console

from importer import render, zones
from importer.descriptions import distinct_values
from importer.draft import draft_mapping
from importer.errors import ConfigError
from importer.report import RowOutcome
from importer.validate import validate_file
from tests.test_dates_months_apart import HEADER as DATES_APART_HEADER
from tests.test_dates_months_apart import _months_apart, _sheet
from tests.test_draft import write_xlsx
from tests.test_draft_dates_title_zone import _programme, _zone_lines
from tests.test_draft_name_pairs import ROWS as NAME_ROWS
from tests.test_draft_name_pairs import title_and_joined
from tests.test_load import write_bytes
from tests.test_validate import write_csv

REPO = Path(__file__).resolve().parent.parent


def _line_after_a_minute(total: int, done: int) -> str:
    """The progress line of a run on a pipe whose first `done` changes took a minute."""
    output, now = io.StringIO(), [0.0]
    plan: Any = SimpleNamespace(counts={"create": total, "update": 0, "delete": 0},
                                changes_within_budget=None, daily_budget=10_000)
    with render.RunProgress(Console(file=output), enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for row in range(1, done + 1):
            now[0] = 60.0 if row == done else 1.0
            progress.advance(RowOutcome(row + 1, f"sheet:{row}", "Talk", "created", row))
    return output.getvalue().strip()


@pytest.mark.parametrize(("total", "said"), [
    (119, "progress: 60 of 119 changes sent, under a minute left"),  # 59 s left
    (120, "progress: 60 of 120 changes sent, about 1 min left"),  # a minute left
    (179, "progress: 60 of 179 changes sent, about 2 min left"),  # 119 s left
])
def test_a_minute_left_or_more_is_said_in_minutes_and_less_is_under_a_minute(
        total: int, said: str) -> None:
    assert _line_after_a_minute(total, 60) == said


def test_a_built_in_mapping_of_the_other_date_order_is_offered_where_no_date_tells_it() -> None:
    """PyConES writes its days as names ('sabado'): nothing tells their order, so the built-in
    'pycones19' (day-first) still reads the sheet as it is."""
    draft = draft_mapping(REPO / "tests" / "fixtures" / "realworld" / "pycones19-talks.csv")
    assert (draft.builtin, draft.date_order) == ("pycones19", None)
    assert "reads this sheet as it is: --mapping pycones19." in draft.text


def test_a_built_in_mapping_of_the_other_date_order_is_not_offered_where_dates_tell_it(
        tmp_path: Path) -> None:
    """'05/13/2019' is month-first: the day-first 'pycones19' would refuse every row."""
    path = write_csv(tmp_path, ["Title", "Speakers", "Day", "Type", "Place", "Start", "End"], [
        ["Keynote", "Ana Ruiz", "10/05/2019", "Talk", "Hall", "10:00", "11:00"],
        ["Closing", "Bo Li", "10/13/2019", "Talk", "Hall", "17:00", "18:00"]])
    draft = draft_mapping(path)
    assert (draft.builtin, draft.date_order) == (None, "month-first")
    assert "--mapping pycones19" not in draft.text


def test_a_template_sheet_whose_dates_are_day_first_by_one_of_them_is_told_to_use_the_draft(
        tmp_path: Path) -> None:
    """'13/04/2027' reads only day-first: the built-in mapping stops at it."""
    path = write_csv(tmp_path, DATES_APART_HEADER, [
        ["Talk 1", "12/04/2027", "9:00 AM", "10:00 AM", "Hall"],
        ["Talk 2", "13/04/2027", "9:00 AM", "10:00 AM", "Hall"]])
    draft = draft_mapping(path)
    assert (draft.fits_template, draft.template_misreads_dates, draft.date_order) == (
        False, True, "day-first")


def test_a_name_and_place_is_kept_whole_beside_other_speakers_without_that_place() -> None:
    """'Cy Doe' holds no 'IGE': it has no say in whether 'Bo Li, IGE' is a name and place."""
    assert distinct_values(["Ana Ruiz, IGE", "Cy Doe", "Bo Li, IGE"]) == [
        "Ana Ruiz, IGE", "Cy Doe", "Bo Li, IGE"]


def test_two_names_and_a_shared_last_part_still_list_it_once() -> None:
    """'Bo Li, Cy Doe, IGE' is not one person and where they are from."""
    assert distinct_values(["Ana Ruiz, IGE", "Bo Li, Cy Doe, IGE"]) == [
        "Ana Ruiz, IGE", "Bo Li, Cy Doe"]


def test_days_four_weeks_apart_as_read_are_said_too(tmp_path: Path) -> None:
    """1 February to 1 March 2027 is 28 days, the shortest two months apart can be."""
    assert [(column, severity) for column, severity, _ in _months_apart(
        _sheet(tmp_path, ["02/01/2027", "03/01/2027"]))] == [("Date", "warning")]


def test_a_swedish_start_headed_tid_is_taken_over_an_earlier_column_of_times(
        tmp_path: Path) -> None:
    """'insläpp' (doors) holds times too, and comes first: the start is the one headed so."""
    path = write_bytes(tmp_path, "evenemang.csv", (
        "namn;datum;insläpp;tid;sluttid;lokal;talare\n"
        "Höstkonsert;2027-10-03;18:30;19:00;21:00;Stora salen;Eva Ek\n"
        "Bokcirkel;2027-10-04;17:45;18:00;19:30;Biblioteket;Per Holm\n").encode())
    draft = draft_mapping(path)
    assert draft.chosen == {"name": "namn", "start": "tid", "date": "datum", "end": "sluttid",
                            "locations": "lokal"}
    assert '# add_columns = ["talare"]' in draft.text


def test_a_date_that_reads_only_the_mappings_way_tells_the_order(tmp_path: Path) -> None:
    """'04/13/2027' is April 13 and nothing else: the others are read month-first as meant,
    with no warning (and no crash on the one reading)."""
    assert _months_apart(_sheet(tmp_path, ["04/12/2027", "05/12/2027", "04/13/2027"])) == []


def test_a_workbooks_date_cells_leave_its_text_dates_to_be_said(tmp_path: Path) -> None:
    """A date typed as a date cell has no order to doubt; the ones typed as text still do."""
    path = write_xlsx(tmp_path / "talks.xlsx", [
        DATES_APART_HEADER,
        *([f"Talk {n}", date, "9:00 AM", "10:00 AM", "Hall"] for n, date in enumerate(
            [dt.datetime(2027, 4, 4), "03/04/2027", "05/04/2027"], start=1))])
    assert [(column, severity) for column, severity, _ in _months_apart(path)] == [
        ("Date", "warning")]


def test_a_column_holding_the_start_and_the_end_is_said_once(tmp_path: Path) -> None:
    (tmp_path / "m.toml").write_text(
        'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\ncolumn = "When"\n'
        '[fields.end]\ncolumn = "When"\n', encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "When"], [["A", "03/04/2027 9:00 AM - 10:00 AM"],
                                                  ["B", "04/04/2027 9:00 AM - 10:00 AM"]])
    report = validate_file(path, mapping=tmp_path / "m.toml", timezone="Europe/London")
    assert [(i.code, i.column) for i in report.issues if i.code.startswith("dates")] == [
        ("dates-months-apart", "When")]


REGISTRATION = """name = "m"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
[fields.registration_start_date]
date_column = "{opens}"
"""


@pytest.mark.parametrize(("opens", "said"), [
    ("Date", [("dates-months-apart", "Date")]),
    ("Opens", [("dates-months-apart", "Date"), ("dates-months-apart", "Opens")])],
    ids=["one-column-said-once", "each-column-said"])
def test_each_date_column_is_said_once(tmp_path: Path, opens: str,
                                       said: list[tuple[str, str]]) -> None:
    """Registration opening on the sessions' day reads that column twice."""
    (tmp_path / "m.toml").write_text(REGISTRATION.format(opens=opens), encoding="utf-8")
    path = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Opens"], [
        ["A", "03/04/2027", "9:00", "10:00", "02/01/2027"],
        ["B", "04/04/2027", "9:00", "10:00", "03/01/2027"]])
    report = validate_file(path, mapping=tmp_path / "m.toml", timezone="Europe/London")
    assert [(i.code, i.column) for i in report.issues if i.code.startswith("dates")] == said


@pytest.mark.parametrize(("name", "zone"), [
    ("Tirane, AL", "Europe/Tirane"), ("Busingen, DE", "Europe/Busingen"),
    ("Libreville, GA", "Africa/Libreville"), ("Jakarta, ID", "Asia/Jakarta"),
    ("Pontianak, ID", "Asia/Pontianak"), ("Makassar, ID", "Asia/Makassar"),
    ("Jayapura, ID", "Asia/Jayapura"), ("Chisinau, MD", "Europe/Chisinau"),
    ("Podgorica, ME", "Europe/Podgorica"), ("Ulaanbaatar, MN", "Asia/Ulaanbaatar"),
    ("Hovd, MN", "Asia/Hovd"), ("Macau, MO", "Asia/Macau"), ("Malta, MT", "Europe/Malta"),
    ("Noumea, NC", "Pacific/Noumea"), ("Niamey, NE", "Africa/Niamey"),
    ("Mahe, SC", "Indian/Mahe"), ("Khartoum, SD", "Africa/Khartoum"),
    ("Tunis, TN", "Africa/Tunis"), ("Vatican, VA", "Europe/Vatican")])
def test_every_city_with_its_countrys_code_that_a_state_shares_keeps_its_zone(
        name: str, zone: str) -> None:
    with pytest.raises(ConfigError) as error:
        zones.resolve_timezone(name)
    assert str(error.value) == f"unknown timezone {name!r}: did you mean {zone!r}?"


@pytest.mark.parametrize(("title", "zone"), [
    ("Horaire : Europe/Paris", "Europe/Paris"), ("Uhrzeiten in MEZ", "Europe/Berlin"),
    ("Berliner Ortszeit", "Europe/Berlin"), ("Heure d'Amsterdam", "Europe/Amsterdam")])
def test_a_title_rows_zone_in_each_french_or_german_wording_is_drafted(
        tmp_path: Path, title: str, zone: str) -> None:
    assert _zone_lines(draft_mapping(_programme(tmp_path, title)).text) == [
        f'timezone = "{zone}"   # row 1, above the header, says {title!r}']


@pytest.mark.parametrize("slots", [("1", "2"), ("Period 1", "Period 2"), ("10", "11")])
def test_two_numbered_slot_columns_are_named_as_a_grid(tmp_path: Path,
                                                       slots: tuple[str, str]) -> None:
    """Two slots are enough, and a slot's number may be 'Period 1' or the tenth."""
    path = write_bytes(tmp_path, "timetable.csv", (
        f"day,{slots[0]},{slots[1]}\n"
        '"Day 1 (Monday, 10-May-2027)",Opening,Ruiz-1\n'
        '"Day 2 (Tuesday, 11-May-2027)",Li-1,Closing\n').encode())
    draft = draft_mapping(path)
    assert "name" in draft.missing
    assert (f"the sheet gives each slot a column of its own ({slots[0]!r}, {slots[1]!r})"
            in draft.text)


def test_a_first_name_between_two_noms_pairs_with_the_one_after_it(tmp_path: Path) -> None:
    """'Nom', 'Prénom', 'Nom': a speaker's first and last names are written in that order."""
    sheet = write_csv(tmp_path, ["Nom", "Prénom", "Nom", "Date", "De", "À", "Salle"],
                      [[row[2], *row[:2], *row[3:]] for row in NAME_ROWS])
    assert title_and_joined(draft_mapping(sheet).text) == ("Nom", '["Prénom", "Nom (2)"]')


def test_two_noms_of_no_speaker_say_nothing_of_a_speakers_last_name(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, ["Nom", "Date", "De", "À", "Salle", "Nom"],
                      [[row[2], *row[3:], row[2] + " (2027)"] for row in NAME_ROWS])
    assert "a speaker's last name" not in draft_mapping(sheet).text


def test_korean_headers_written_together_win_over_an_earlier_column_of_times(
        tmp_path: Path) -> None:
    """'입장시간' (doors) holds times too and comes first; '구분' is the kind, as '유형' is."""
    path = write_bytes(tmp_path, "일정.csv", (
        "제목,날짜,입장시간,시작시간,종료시간,구분\n"
        "개회사,2027-05-11,09:30,10:00,11:00,강연\n"
        "데이터 시각화,2027-05-11,11:00,11:30,12:30,워크숍\n").encode())
    assert draft_mapping(path).chosen == {
        "name": "제목", "start": "시작시간", "date": "날짜", "end": "종료시간",
        "schedule_tracks": "구분"}
