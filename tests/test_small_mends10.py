"""Small mends: gbimport.toml's sheet for a CSV file is blamed on its line; a part of the day
or lunch written with a full stop is told as one; a row whose session has copies in the guide
is not said to be updated when it is unchanged; a date in Croatian words is read, and
'listopad' (October in Croatian, November in Czech and Polish) by the column's other words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import convert
from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import InputError
from importer.runner import plan_import
from importer.settings import load_settings
from importer.validate import validate_file
from tests.support import Sandbox, talk, write_sheet
from tests.test_duplicate_in_guide import copy_in_builder, imported, planned
from tests.test_validate import CLASSIC, utc, write_csv

runner = CliRunner()


@pytest.fixture
def csv_with_sheet_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cron job's folder: the programme was a workbook's 'Sessions' tab, now saved as CSV,
    and gbimport.toml still names the tab."""
    monkeypatch.chdir(tmp_path)
    write_sheet(tmp_path / "schedule.csv", [talk(1)])
    (tmp_path / "gbimport.toml").write_text(
        'guide = 1\nrate = 1000\n# the tab the programme is on\nsheet = "Sessions"\n')
    return tmp_path


CSV_FROM_THE_FILE = (
    'gbimport.toml:4: sheet = "Sessions": schedule.csv is a CSV file and has no sheets. '
    "Remove sheet from gbimport.toml, or give gbimport the workbook instead.")


def test_validate_blames_a_sheet_named_for_a_csv_file_on_the_settings_line(
        csv_with_sheet_set: Path) -> None:
    """It said only "schedule.csv is a CSV file and has no sheets: do not name a sheet.", and
    the crontab line names no sheet."""
    shown = runner.invoke(app, ["validate", "schedule.csv"])
    assert (shown.exit_code, shown.stderr) == (2, f"error: {CSV_FROM_THE_FILE}\n")


def test_plan_blames_a_sheet_named_for_a_csv_file_on_the_settings_line(
        csv_with_sheet_set: Path) -> None:
    settings = load_settings(env={"GUIDEBOOK_API_KEY": "key"}, spreadsheet="schedule.csv")
    with pytest.raises(InputError) as refused:
        plan_import("schedule.csv", settings, transport=Sandbox().transport())
    assert str(refused.value) == CSV_FROM_THE_FILE


def test_a_list_of_tabs_named_for_a_csv_file_is_blamed_on_the_settings_line(
        csv_with_sheet_set: Path) -> None:
    Path("gbimport.toml").write_text('sheet = ["Day 1", "Day 2"]\n')
    shown = runner.invoke(app, ["validate", "schedule.csv"])
    assert (shown.exit_code, shown.stderr) == (2, (
        'error: gbimport.toml:1: sheet = ["Day 1", "Day 2"]: schedule.csv is a CSV file and '
        "has no sheets. Remove sheet from gbimport.toml, or give gbimport the workbook "
        "instead.\n"))


def test_a_sheet_given_for_a_csv_file_on_the_command_line_is_told_as_before(
        csv_with_sheet_set: Path) -> None:
    shown = runner.invoke(app, ["validate", "schedule.csv", "--sheet", "Talks"])
    assert (shown.exit_code, shown.stderr) == (
        2, "error: schedule.csv is a CSV file and has no sheets: do not name a sheet.\n")


def _part_of_day(row: int, text: str, example: str) -> tuple[int, str, str]:
    return (row, "bad-time", f"Row {row}: 'Time Start' has {text!r}, a part of the day, not a "
                             f"time: the session needs a clock time, like {example}.")


def test_a_part_of_the_day_or_lunch_with_a_full_stop_is_told_as_one(tmp_path: Path) -> None:
    """'Lunch.', 'Mittag.' and 'Evening.' got the general 'write the time like 10:00 AM'
    hint, where 'Lunch' is told as a part of the day; 'midnight.' is still a time with a
    stop after it."""
    sheet = write_csv(tmp_path, CLASSIC, [
        [title, "2027-05-11", start, "13:30", "Hall", "", ""] for title, start in [
            ("Break", "Lunch."), ("Pause", "Mittag."), ("Social", "Evening."),
            ("Talk", "Nachmittags."), ("Late", "midnight."), ("Break", "Lunch")]])
    report = validate_file(sheet, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        _part_of_day(2, "Lunch.", "12:30"),
        _part_of_day(3, "Mittag.", "12:30"),
        _part_of_day(4, "Evening.", "18:00"),
        _part_of_day(5, "Nachmittags.", "14:00"),
        (6, "bad-time", "Row 6: 'Time Start' has 'midnight.', with a full stop after the time: "
                        "write midnight."),
        _part_of_day(7, "Lunch", "12:30"),
    ]


def test_a_row_left_unchanged_beside_copies_in_the_guide_is_not_said_to_be_updated(
        tmp_path: Path) -> None:
    """Both messages said the row's session 'is the one updated' (or 'the lowest is
    updated') on rows the plan leaves unchanged."""
    sandbox, sheet = imported(tmp_path, [talk(1), talk(2)])
    copy_in_builder(sandbox, 1)
    copy_in_builder(sandbox, 2, name="Evening social")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert planned(plan) == [
        (2, "unchanged", 1, [], [(
            "duplicate-in-guide", "warning",
            "Row 2: the guide holds 2 sessions with import_id 'sheet:T001' (ids 1, 3), copies "
            "of one talk; the lowest is the one this row keeps up to date, --prune deletes the "
            "others")]),
        (3, "unchanged", 2, [], [(
            "duplicate-in-guide", "warning",
            "Row 3: the guide holds 2 sessions with import_id 'sheet:T002': this row's is id 2, "
            "with its title and start, the one this row keeps up to date; id 4 ('Evening "
            "social') is another talk that no row finds, so it is left as it is, also by "
            "--prune: give it the import id of its own row in Builder, or delete it there")]),
    ]


@pytest.mark.parametrize(("text", "date"), [
    ("15. siječnja 2027.", dt.date(2027, 1, 15)), ("3. veljače 2027.", dt.date(2027, 2, 3)),
    ("ožujak 4, 2027", dt.date(2027, 3, 4)), ("5. travnja 2027.", dt.date(2027, 4, 5)),
    ("6. svibnja 2027.", dt.date(2027, 5, 6)), ("7. lipnja 2027.", dt.date(2027, 6, 7)),
    ("8. srpnja 2027.", dt.date(2027, 7, 8)), ("9. kolovoza 2027.", dt.date(2027, 8, 9)),
    ("10. rujna 2027.", dt.date(2027, 9, 10)), ("2. studenoga 2027.", dt.date(2027, 11, 2)),
    ("2. studenog 2027.", dt.date(2027, 11, 2)), ("24. prosinca 2027.", dt.date(2027, 12, 24)),
    ("petak, 10. rujna 2027.", dt.date(2027, 9, 10)),
    ("10. septembra 2027.", dt.date(2027, 9, 10)), ("1. avgusta 2027.", dt.date(2027, 8, 1)),
])
def test_a_date_in_croatian_or_serbian_words_is_read(text: str, date: dt.date) -> None:
    """They were refused with 'write the date like 5/11/2027'."""
    assert convert.parse_date(text, "day-first") == date


def _starts(dates: list[str], tmp_path: Path, timezone: str = "UTC",
            ) -> tuple[list[object], list[tuple[object, ...]]]:
    sheet = write_csv(tmp_path, CLASSIC, [
        [f"Talk {n}", date, "10:00", "11:00", "Hall", "", ""] for n, date in enumerate(dates)])
    report = validate_file(sheet, timezone=timezone)
    return ([row.payload.start_time if row.payload else None for row in report.rows],
            [(i.row, i.code, i.message) for i in report.issues if i.row])


def test_listopad_in_a_croatian_column_is_october(tmp_path: Path) -> None:
    """It was read as November, as Czech and Polish mean it: a month late, without a word."""
    starts, issues = _starts(["15. listopada 2027.", "2. studenoga 2027.", "Listopad 31, 2027"],
                             tmp_path)
    assert (starts, issues) == (
        [utc(2027, 10, 15, 10), utc(2027, 11, 2, 10), utc(2027, 10, 31, 10)], [])


def test_listopad_in_a_polish_or_czech_column_is_november(tmp_path: Path) -> None:
    starts, issues = _starts(["15 listopada 2027", "2 grudnia 2027", "wtorek, 16 listopada 2027"],
                             tmp_path)
    assert (starts, issues) == (
        [utc(2027, 11, 15, 10), utc(2027, 12, 2, 10), utc(2027, 11, 16, 10)], [])


def test_listopad_in_a_column_that_does_not_tell_its_language_is_refused(
        tmp_path: Path) -> None:
    starts, issues = _starts(["15. listopada 2027.", "2027-11-16"], tmp_path)
    assert (starts, issues) == ([None, utc(2027, 11, 16, 10)], [(
        2, "bad-date", "Row 2: 'Date' has '15. listopada 2027.': listopad is October in "
                       "Croatian but November in Czech and Polish, and neither the column's "
                       "other month and day names nor the timezone says which language it is "
                       "in: set timezone to the event's place (Europe/Zagreb reads it as "
                       "October, Europe/Warsaw as November), or write the date with its month "
                       "as a number, 2027-10-15 for October or 2027-11-15 for November.")])


def test_a_draft_tells_of_listopad_only_where_the_column_does_not_tell_its_language(
        tmp_path: Path) -> None:
    """It said "'Data' holds no dates. Give each its date under values = ..." of Polish
    dates in November, which validate reads (a Polish day name beside them) or refuses
    saying why."""
    told = write_csv(tmp_path, ["Tytuł", "Data", "Początek", "Koniec", "Sala"], [
        ["Wykład", "wtorek, 16 listopada 2027", "10:00", "11:00", "A"],
        ["Panel", "środa, 17 listopada 2027", "12:00", "13:00", "A"]], name="told.csv")
    untold = write_csv(tmp_path, ["Tytuł", "Data", "Początek", "Koniec", "Sala"], [
        ["Wykład", "16 listopada 2027", "10:00", "11:00", "A"]], name="untold.csv")
    assert [line for line in draft_mapping(told).text.splitlines()
            if "'Data'" in line] == []
    assert [line for line in draft_mapping(untold).text.splitlines() if "'Data'" in line] == [
        "# 'Data' has '16 listopada 2027': listopad is October in Croatian but November in "
        "Czech and Polish, and neither the column's other month and day names nor the "
        "timezone says which language it is in; set timezone to the event's place "
        "(Europe/Zagreb reads it as October, Europe/Warsaw as November), or write its dates "
        "with the month as a number (validate names the rows)"]
