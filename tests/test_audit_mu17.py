"""What the newest timezone hints and repeated-row messages promise, each case one a user
could write: a zone's city with its country's name, a US zone's city with a Canadian
province by name or by code, and a repeated row whose added columns are not all it differs
in. Invented data."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.convert import split_names
from importer.runner import run_import_async
from importer.sandbox import running_sandbox
from importer.validate import validate_file
from importer.zones import timezone_setting
from tests.test_audit_runs_emptied import Refused, cancelled_in_annex, emptied
from tests.test_load import write_bytes, write_xlsx
from tests.test_quiet_notes_to_act_on import HEADER as QUIET_HEADER
from tests.test_quiet_notes_to_act_on import TALKS as QUIET_TALKS
from tests.test_validate import write_csv

GENERIC = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def hint(name: str) -> str:
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    return str(refused.value).removeprefix(f"unknown timezone {name!r}: ")


@pytest.mark.parametrize(("name", "zone"), [
    ("Vancouver, Canada", "America/Vancouver"), ("Kyiv, Ukraine", "Europe/Kyiv")])
def test_a_zones_city_with_its_countrys_name_keeps_its_zone(name: str, zone: str) -> None:
    """A country's name is no US state or Canadian province: the city is the zone's own."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize(("name", "said"), [
    ("Chicago, AB", "did you mean 'America/Edmonton'?"),
    ("Chicago, BC", "did you mean 'America/Vancouver'?"),
    ("Chicago, MB", "did you mean 'America/Winnipeg'?"),
    ("Chicago, NB", "did you mean 'America/Moncton'?"),
    ("Chicago, NL", "did you mean 'America/St_Johns'?"),
    ("Chicago, NS", "did you mean 'America/Halifax'?"),
    ("Chicago, NT", "did you mean 'America/Yellowknife'?"),
    ("Chicago, ON", "did you mean 'America/Toronto'?"),
    ("Chicago, PE", "did you mean 'America/Halifax'?"),
    ("Chicago, QC", "did you mean 'America/Toronto'?"),
    ("Chicago, SK", "did you mean 'America/Regina'?"),
    ("Juneau, YT", "did you mean 'America/Whitehorse'?"),
    ("Detroit, Ontario", "did you mean 'America/Toronto'?"),
    ("Chicago, British Columbia", "did you mean 'America/Vancouver'?"),
    ("Juneau, Yukon", "did you mean 'America/Whitehorse'?")])
def test_a_us_zones_city_with_a_province_is_its_namesake_there(name: str, said: str) -> None:
    """Each province and territory, by code or by name: the city is not the US one, and its
    clocks are the province's (the Northwest Territories' two zones are one clock)."""
    assert hint(name) == said


def test_a_repeated_row_says_what_it_lists_from_every_column_it_differs_in(
        tmp_path: Path) -> None:
    """A row per paper whose author alone is added to the description is still a row per
    paper, not per speaker: the paper's title differs too."""
    mapping = tmp_path / "papers.toml"
    mapping.write_text(
        'name = "papers"\n[fields.name]\ncolumn = "Session Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
        '[fields.end]\ntime_column = "Time End"\n[fields.description]\n'
        'add_columns = ["Author"]\n', encoding="utf-8")
    path = write_csv(tmp_path, ["Session Title", "Date", "Time Start", "Time End",
                                "Paper Title", "Author"],
                     [["Networks", "5/11/2027", "9:00 AM", "10:30 AM", title, author]
                      for title, author in (("On Graphs", "Ana Ruiz"), ("On Trees", "Bo Li"))])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.message) for i in report.issues if i.code == "repeated-row"] == [
        (3, "Row 3: repeats row 2 in every mapped column but 'Author' (as a programme with a "
            "row per paper writes them), so the session is sent once, from row 2, with this "
            "row's 'Author' added to its description."),
    ]


def test_rows_differing_in_a_speakers_first_and_last_name_are_a_row_per_speaker(
        tmp_path: Path) -> None:
    mapping = tmp_path / "talks.toml"
    mapping.write_text(
        'name = "talks"\n[fields.name]\ncolumn = "Session Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
        '[fields.end]\ntime_column = "Time End"\n', encoding="utf-8")
    path = write_csv(tmp_path, ["Session Title", "Date", "Time Start", "Time End",
                                "First Name", "Last Name"],
                     [["Networks", "5/11/2027", "9:00 AM", "10:30 AM", first, last]
                      for first, last in (("Ana", "Ruiz"), ("Bo", "Li"))])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.message) for i in report.issues if i.code == "repeated-row"] == [
        (3, "Row 3: repeats row 2 in every mapped column (as an export with a row per speaker "
            "writes them), so the session is sent once, from row 2 alone: to list each row's "
            "'First Name', 'Last Name' in its description, add them to add_columns under "
            "[fields.description]."),
    ]


def test_a_row_differing_only_in_a_cells_trailing_space_is_a_copy(tmp_path: Path) -> None:
    """A space after a paper's title is no other paper: listing that column in the
    description would add the same title again."""
    path = write_csv(tmp_path, ["Session Title", "Date", "Time Start", "Time End",
                                "Room/Location", "Paper Title"],
                     [["Networks", "5/11/2027", "9:00 AM", "10:30 AM", "Hall", title]
                      for title in ("On Graphs", "On Graphs ")])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.message) for i in report.issues if i.code == "repeated-row"] == [
        (3, "Row 3: repeats row 2 word for word (a copy), so the session is sent once, from "
            "row 2 alone."),
    ]


def test_a_date_not_fixed_yet_names_only_the_words_for_one_not_a_typo(tmp_path: Path) -> None:
    """blank_values gets 'TBA', never a mistyped date beside it: pasted, that would hide
    the typo's session instead of asking for its date."""
    path = write_bytes(tmp_path, "days.csv", (
        b"date,time,title\n2027-05-11,09:00 - 10:00,Keynote\nTBA,,Workshop\n"
        b"2027-05-3x,10:00 - 11:00,Panel\n"))
    mapping = tmp_path / "days.toml"
    mapping.write_text(
        'name = "days"\n[fields.name]\ncolumn = "title"\n[fields.start]\n'
        'date_column = "date"\ntime_column = "time"\n[fields.end]\ntime_column = "time"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message.split(" set ")[1].split(" in the mapping")[0]
            for i in report.issues if i.row == 3] == [
        'blank_values = ["TBA"] and skip_unscheduled = true']


@pytest.mark.parametrize("name", ["Zeitzone = MEZ", "Zeitzone=MESZ"])
def test_a_setting_with_the_title_rows_equals_sign_is_offered_the_zone_after_it(
        name: str) -> None:
    """A title row's 'Zeitzone = MEZ', as the draft reads it, copied into the setting."""
    assert hint(name) == (
        "an abbreviation fixes one offset all year; use the place's name, 'Europe/Berlin', "
        "which follows its clocks through the year.")


@pytest.mark.parametrize(("extra", "cells", "written"), [
    (["Speaker", "Email"], [["Ana Ruiz", "ana@uni-a.example"], ["Bo Li", "bo@uni-b.example"]],
     "as an export with a row per speaker writes them"),
    (["Title"], [["On Graphs"], ["On Trees"]], "as a programme with a row per paper writes them"),
])
def test_a_speakers_email_or_a_papers_title_says_what_the_rows_list(
        tmp_path: Path, extra: list[str], cells: list[list[str]], written: str) -> None:
    mapping = tmp_path / "talks.toml"
    mapping.write_text(
        'name = "talks"\n[fields.name]\ncolumn = "Session Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
        '[fields.end]\ntime_column = "Time End"\n', encoding="utf-8")
    path = write_csv(tmp_path, ["Session Title", "Date", "Time Start", "Time End", *extra],
                     [["Networks", "5/11/2027", "9:00 AM", "10:30 AM", *own] for own in cells])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.message.split("(")[1].split(")")[0]
            for i in report.issues if i.code == "repeated-row"] == [written]


def test_a_date_not_fixed_yet_written_with_and_without_spaces_is_named_once(
        tmp_path: Path) -> None:
    """A workbook keeps the spaces of ' TBA ': blank_values compares words stripped, so
    the line to paste names 'TBA' once."""
    sheet = write_xlsx(tmp_path / "days.xlsx", {"Days": [
        ["date", "time", "title"], ["2027-05-11", "09:00 - 10:00", "Keynote"],
        ["TBA", "", "Workshop"], [" TBA ", "", "Panel"]]})
    mapping = tmp_path / "days.toml"
    mapping.write_text(
        'name = "days"\n[fields.name]\ncolumn = "title"\n[fields.start]\n'
        'date_column = "date"\ntime_column = "time"\n[fields.end]\ntime_column = "time"\n')
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert {i.message.split(" set ")[1].split(" in the mapping")[0]
            for i in report.issues if i.code == "bad-date"} == {
        'blank_values = ["TBA"] and skip_unscheduled = true'}


@pytest.mark.parametrize(("text", "separator", "expected"), [
    ("Room A\nSurf &amp; Yoga", "\n", ("Room A", "Surf & Yoga")),
    ("Hall A\nWest; Surf &amp; Yoga", ";", ("Hall A West", "Surf & Yoga"))])
def test_names_on_several_lines_beside_a_reference_are_all_kept(
        text: str, separator: str, expected: tuple[str, ...]) -> None:
    """A cell of a room a line, or a name broken over two lines, with a reference after
    the line break: the lines before it are names too."""
    assert split_names(text, separator) == expected


def test_a_refused_delete_leaves_no_note_to_act_on_of_an_empty_room(tmp_path: Path) -> None:
    """The plan's note that the Annex is left empty is no note to act on once the delete
    was refused: 'Talk number 1' is still there."""
    sandbox, cancelled = cancelled_in_annex(tmp_path)
    report = asyncio.run(run_import_async(
        cancelled, sandbox.settings, prune=True,
        transport=Refused(sandbox, "DELETE", {"Talk number 1"})))
    assert (report.notes_to_act_on, emptied(report.notes)) == ([], [])


@pytest.mark.e2e
def test_a_quiet_plan_that_would_stop_for_force_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plan whose --prune would delete most of the guide exits 0 (no row is invalid), but
    the run would stop: cron must mail it."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        options = ["--guide", "1", "--api-url", sandbox.base_url, "--timezone", "UTC",
                   str(sheet)]
        sheet.write_text(QUIET_HEADER + QUIET_TALKS.format(room="Hall")
                         + "T2,Panel,5/11/2027,11:00 AM,12:00 PM,Hall\n", encoding="utf-8")
        assert CliRunner().invoke(app, ["run", "-q", "--rate", "200", *options]).exit_code == 0
        sheet.write_text(QUIET_HEADER + "K1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n",
                         encoding="utf-8")
        result = CliRunner().invoke(app, ["plan", "-q", "--prune", *options])
    assert (result.exit_code, result.stdout.splitlines()[0], "--force" in result.stdout) == (
        0, f"Plan for guide 1 from {sheet} (times in UTC)", True)


@pytest.mark.parametrize(("name", "said"), [
    ("Chicago, Northwest Territories", "did you mean 'America/Yellowknife'?"),
    ("Denver, Nunavut", "did you mean 'America/Cambridge_Bay'?"),
    ("Denver, NU", "did you mean 'America/Cambridge_Bay'?"),
    ("Chicago, NU", "did you mean 'America/Rankin_Inlet'?"),
    ("Cambridge Bay, Nunavut", "did you mean 'America/Cambridge_Bay'?")])
def test_a_place_in_the_northern_territories_is_read_as_their_codes_are(name: str,
                                                                        said: str) -> None:
    """'Chicago, Northwest Territories' was offered America/Chicago: the territory keeps
    Mountain time, offered as for 'Chicago, NT' (its two zones are one clock), and 'Denver,
    Nunavut' America/Denver; Nunavut keeps Eastern, Central and Mountain time, so a namesake
    there is offered the one of its zones that keeps its clocks, as 'Vancouver, OR' is."""
    assert hint(name) == said
