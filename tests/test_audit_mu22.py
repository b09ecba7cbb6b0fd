"""What the newest changes do at their edges: the skip_unscheduled warning on a one-day
programme's time and on a 'TBA' filled down from the first row, an image column of web
addresses, a refused --prune whose changes fill the plan's table exactly. Invented data."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from importer import render, validate_file
from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_draft import drafted
from tests.test_draft_dates_dotted import _csv
from tests.test_load import write_bytes
from tests.test_realworld_rw10_month_day_figures import _bad_dates

SKIPPED = "so the session has no time yet and nothing is sent for it (skip_unscheduled); "


def _unscheduled(tmp_path: Path, sheet: bytes, mapping_text: str) -> list[tuple[int, str]]:
    path = write_bytes(tmp_path, "talks.csv", sheet)
    mapping = tmp_path / "talks.toml"
    mapping.write_text(mapping_text)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.message) for i in report.issues if i.code == "unscheduled"]


def test_a_one_day_programmes_tba_time_is_said_to_be_no_time_yet(tmp_path: Path) -> None:
    """With the date given in the mapping, the start cell is the time: the warning says 'not
    a time yet', not 'not a date yet'."""
    mapping = ('name = "day"\nblank_values = ["TBA"]\nskip_unscheduled = true\n'
               '[fields.name]\ncolumn = "title"\n'
               '[fields.start]\ndate = 2027-05-11\ntime_column = "time"\n'
               '[fields.end]\ntime_column = "end"\n')
    sheet = b"time,end,title\n09:00,10:00,Keynote\nTBA,,Workshop\n"
    assert _unscheduled(tmp_path, sheet, mapping) == [
        (3, f"Row 3: 'time' has 'TBA', not a time yet, {SKIPPED}write its time there to "
         "send the session")]


def test_a_tba_filled_down_from_the_first_row_names_that_row(tmp_path: Path) -> None:
    mapping = ('name = "days"\nblank_values = ["TBA"]\nskip_unscheduled = true\n'
               'fill_down = ["date"]\n[fields.name]\ncolumn = "title"\n'
               '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
               '[fields.end]\ntime_column = "end"\n')
    sheet = (b"date,time,end,title\nTBA,11:00,12:00,Workshop\n,13:00,14:00,Panel\n"
             b"2027-05-12,16:00,17:00,Closing\n")
    assert _unscheduled(tmp_path, sheet, mapping) == [
        (2, f"Row 2: 'date' has 'TBA', not a date yet, {SKIPPED}write its date there to "
         "send the session"),
        (3, f"Row 3: 'date' (filled down from row 2) has 'TBA', not a date yet, {SKIPPED}"
         "write its date there to send the session")]


def test_an_image_column_of_web_addresses_without_a_file_name_is_the_image(
        tmp_path: Path) -> None:
    """A photo service's addresses end in no file name ('.../photo?id=31'): still images."""
    _, tables = drafted(tmp_path, _csv(tmp_path / "talks.csv", [
        ["title", "date", "start", "end", "image"],
        ["Opening keynote", "2027-05-11", "9:00", "10:00", "https://photos.example.org/p?id=31"],
        ["Closing panel", "2027-05-11", "16:00", "17:00", "https://photos.example.org/p?id=32"]]))
    assert tables["image"] == {"column": '"image"'}


def test_a_refused_prune_whose_changes_fill_the_plans_table_points_to_the_plain_plan(
        tmp_path: Path) -> None:
    """200 updates and deletes: the plan's text prints every one, the creates left out
    after them, so the refusal points to it, not to --json."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 231)]
    sandbox.run(write_sheet(tmp_path / "all.csv", rows))
    moved = [talk(n, **{"Session Title": f"Talk {n} (moved)"}) for n in range(1, 171)]
    added = [talk(n) for n in range(231, 236)]
    sheet = write_sheet(tmp_path / "fewer.csv", moved + rows[170:200] + added)  # 30 deletes
    plan = plan_import(sheet, sandbox.settings, prune=True, transport=sandbox.transport())
    assert (plan.counts["update"], plan.counts["delete"], plan.counts["create"]) == (
        170, 30, 5)
    console = Console(record=True, width=400, file=io.StringIO())
    render.plan(console, plan)
    printed = console.export_text()
    assert "... and 5 more changes, not printed" in printed  # the creates
    assert "sheet:T230" in printed
    assert [reason.split("; ")[-1] for reason in plan.needs_force] == [
        "check the sheet and the mapping's import_id prefix (gbimport plan --prune lists "
        "them all)"]


def test_an_affiche_column_with_one_image_file_among_words_is_the_image(
        tmp_path: Path) -> None:
    """Some cell naming an image is enough: a film whose poster is to come ('à venir')
    leaves the column the image."""
    _, tables = drafted(tmp_path, _csv(tmp_path / "programme.csv", [
        ["film", "jour", "heure", "salle", "affiche"],
        ["Karma", "2026-10-21", "20h30", "Salle 2", "karma.jpg"],
        ["Le Monde à l’envers", "2026-10-21", "10h30", "Salle 1", "à venir"]]))
    assert tables["image"] == {"column": '"affiche"'}


@pytest.mark.parametrize("files", [("IMG_0412.JPG", "IMG_0413.JPG"),
                                   ("portrait-lee.jpeg", "portrait-okafor.jpeg")])
def test_a_poster_column_of_jpeg_files_however_written_is_the_image(
        tmp_path: Path, files: tuple[str, str]) -> None:
    """Cameras name their files 'IMG_0412.JPG', other tools '.jpeg': image files all the
    same."""
    _, tables = drafted(tmp_path, _csv(tmp_path / "talks.csv", [
        ["title", "date", "start", "end", "poster"],
        ["Opening keynote", "2027-05-11", "9:00", "10:00", files[0]],
        ["Closing panel", "2027-05-11", "16:00", "17:00", files[1]]]))
    assert tables["image"] == {"column": '"poster"'}


def test_a_run_telling_of_sessions_left_in_the_guide_keeps_its_requests_recorded(
        tmp_path: Path) -> None:
    """The run's requests and the sessions it told of are one state file: recording one
    must not drop the other."""
    sandbox = Sandbox()
    rows = [talk(n) for n in range(1, 11)]
    first = sandbox.run(write_sheet(tmp_path / "talks.csv", rows))
    second = sandbox.run(write_sheet(tmp_path / "talks.csv", rows[:5]))  # 5 left, told
    state = json.loads((tmp_path / ".gbimport-state.json").read_text())
    [entry] = state.values()
    assert len(entry["left_told"]) == 5
    assert [count for _, count in entry["spent"]] == [
        first.requests_spent, second.requests_spent]


def _title_note(path: Path) -> str:
    return next(line for line in draft_mapping(path).text.splitlines()
                if "no column looked like the title" in line)


def test_one_room_of_titles_beside_a_notes_column_is_no_grid(tmp_path: Path) -> None:
    """A grid takes two columns of titles: 'Room notes' beside one is not a second room."""
    path = write_bytes(tmp_path, "talks.csv", (
        b"Time,Room 1,Room notes\n"
        b"09:00,Opening keynote on open data,Bring a laptop\n"
        b"10:00,Scaling services for the city,Step-free entrance\n"
        b"11:00,Lightning talks from the floor,Overflow seating\n"))
    assert _title_note(path) == (
        "# no column looked like the title: put its header in place of 'FILL IN'. The "
        "sheet's columns: 'Time', 'Room 1', 'Room notes'")


def test_a_tracks_grid_names_no_column_headed_otherwise(tmp_path: Path) -> None:
    """'Room notes' beside 'Track 1' and 'Track 2' is not one of the tracks' columns."""
    path = write_bytes(tmp_path, "grid.csv", (
        b"Time,Track 1,Track 2,Room notes\n"
        b"9:30,Cleaning messy tables,Maps for everyone,Bring a laptop\n"
        b"10:00,Open budgets in practice,Archiving the web,Step-free entrance\n"
        b"10:30,Data for the city council,Forms that people finish,Overflow seating\n"))
    assert _title_note(path).startswith(
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track 1', 'Track 2'), while")


def test_five_figures_are_no_month_and_day(tmp_path: Path) -> None:
    """Only four figures alone read as a month and a day: '11261' is not November 26."""
    assert _bad_dates(tmp_path, ["11261"]) == [
        (2, "11261", "Row 2: 'start_day' has '11261', which is not a date: write the date "
         "like 5/11/2027 (May 11) or 2027-05-11.")]


def test_a_sektion_column_is_drafted_as_the_tracks(tmp_path: Path) -> None:
    """German writes the congress's sections 'Sektion'."""
    _, tables = drafted(tmp_path, _csv(tmp_path / "programm.csv", [
        ["titel", "datum", "beginn", "ende", "sektion"],
        ["Autoritäre Staatskontrolle", "2024-09-24", "14:00", "15:30",
         "Vergleichende Politikwissenschaft"],
        ["Wissen über Afghanistan", "2024-09-24", "16:00", "17:30",
         "Internationale Beziehungen"]]))
    assert tables["schedule_tracks"] == {"column": '"sektion"'}


TALKS = ("Opening keynote on open data", "Scaling services for the city",
         "Lightning talks from the floor")
MORE_TALKS = ("Workshop on open maps", "Intro to Rust for beginners", "Panel on open source")


def _grid(tmp_path: Path, headers: str, third: tuple[str, str, str]) -> Path:
    """A grid of a time column and three columns: two of talks' titles, then `third`."""
    lines = [headers] + [f"{time},{a},{b},{c}" for time, a, b, c in zip(
        ("09:00", "10:00", "11:00"), TALKS, MORE_TALKS, third, strict=True)]
    return write_bytes(tmp_path, "grid.csv", ("\n".join(lines) + "\n").encode())


def test_a_rooms_grid_names_no_column_of_numbers_headed_as_a_room(tmp_path: Path) -> None:
    """'Hall capacity' holds numbers, not sessions: it is not one of the halls."""
    path = _grid(tmp_path, "Time,Hall A,Hall B,Hall capacity", ("120", "80", "45"))
    assert _title_note(path).startswith(
        "# no column looked like the title: the sheet gives each room a column of its own "
        "('Hall A', 'Hall B'), while")


def test_a_grid_headed_by_tracks_and_a_room_is_told_of_as_tracks(tmp_path: Path) -> None:
    """Rooms only when every column is headed by one."""
    path = _grid(tmp_path, "Time,Track 1,Track 2,Hall B", (
        "Atelier de cartographie libre", "Debat sur les villes", "Table ronde des communes"))
    assert _title_note(path).startswith(
        "# no column looked like the title: the sheet gives each track a column of its own "
        "('Track 1', 'Track 2', 'Hall B'), while")


def test_stages_written_with_their_number_run_on_are_rooms(tmp_path: Path) -> None:
    """'Stage1' and 'Stage2' are rooms, and 'Stage 3' of short titles is named with them."""
    path = _grid(tmp_path, "Time,Stage1,Stage2,Stage 3", ("Keynote", "Lightning talks",
                                                          "Closing"))
    assert _title_note(path).startswith(
        "# no column looked like the title: the sheet gives each room a column of its own "
        "('Stage1', 'Stage2', 'Stage 3'), while")


def test_startday_and_endday_written_as_one_word_are_the_dates(tmp_path: Path) -> None:
    _, tables = drafted(tmp_path, _csv(tmp_path / "program.csv", [
        ["title", "startday", "start_at", "endday", "end_at"],
        ["Opening", "2027-05-11", "09:00", "2027-05-11", "10:00"],
        ["Closing", "2027-05-12", "16:00", "2027-05-12", "17:00"]]))
    assert tables["start"]["date_column"] == '"startday"'
    assert tables["end_date"] == {"column": '"endday"'}


def test_a_values_date_rewritten_with_yyyy_at_its_end_is_refused(tmp_path: Path) -> None:
    """'11/26/YYYY' still waits for its year, wherever the YYYY stands."""
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "program"\n\n[fields.name]\ncolumn = "name"\n\n'
        '[fields.start]\ndate_column = "start_day"\ntime_column = "start_at"\n'
        'values = { "1126" = "11/26/YYYY" }\n\n[fields.end]\ntime_column = "end_at"\n',
        encoding="utf-8")
    with pytest.raises(MappingError, match=r"values gives '1126' the date '11/26/YYYY': write "
                       r"the event's year in place of YYYY \('11/26/2027' for 2027\)$"):
        load_mapping(mapping)
