"""A column of day names read as all-day sessions (the draft, in other languages, beside a
date), the start's `values` serving an end that reads its column, the .xlsx report's Summary
tab holding text that starts like a formula, and two sheets without an import_id_prefix in
one guide keeping each other's record of the sessions in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.report import ImportReport, RowOutcome, write_report
from importer.validate import SheetRead, validate_file
from tests.support import Sandbox, talk, write_sheet
from tests.test_audit_mu29 import in_guide
from tests.test_audit_mu30 import no_prefix_mapping, summary_cells
from tests.test_deleted_since_last_run import delete_in_builder, deleted_notes
from tests.test_load import write_bytes
from tests.test_rw17_day_names_all_day import _tables

ALL_DAY = [
    "[fields.start]\n"
    "# no column holds times: each session is all day, on the day its cell gives\n"
    'column = "{0}"',
    "[fields.end]\n"
    "# the same column: a day alone has no end; it reads the column's cells with the "
    "values given under [fields.start]\n"
    'column = "{0}"']


@pytest.mark.parametrize(("header", "wed", "thu"), [("Tag", "Mi", "Do"),
                                                   ("Jour", "mer.", "jeu.")])
def test_day_names_of_other_languages_are_all_day_sessions(
    tmp_path: Path, header: str, wed: str, thu: str,
) -> None:
    sheet = f"{header},Titel\n{wed},Poster A\n{thu},Poster B\n{wed},Poster C\n"
    draft = draft_mapping(write_bytes(tmp_path, "posters.csv", sheet.encode()))
    assert [t.rstrip() for t in _tables(draft.text)] == [t.format(header) for t in ALL_DAY]


def test_a_day_column_with_a_date_among_its_words_is_read_as_dates(tmp_path: Path) -> None:
    """One cell a date: the column is one of dates, some mistyped, not of day names."""
    sheet = "day,title\nWed,Poster A\n2025-09-18,Poster B\nWed,Poster C\n"
    draft = draft_mapping(write_bytes(tmp_path, "posters.csv", sheet.encode()))
    assert _tables(draft.text)[0] == '[fields.start]\ndate_column = "day"'


POSTERS = "day,title,abstract\nWed,Poster A,Wed\nThu,Poster B,Thu\nWed,Poster C,\n"
DAYS = 'values = { "Wed" = "2025-09-17", "Thu" = "2025-09-18" }'


def _validate(tmp_path: Path, fields: str) -> list[tuple[int, str | None, object, list[str]]]:
    """Each row's start day, all_day and issue codes, read with `fields` as the mapping's."""
    sheet = write_bytes(tmp_path, "posters.csv", POSTERS.encode())
    mapping = write_bytes(tmp_path, "posters.toml", (
        'name = "posters"\nimport_id_prefix = "p:"\n[fields.name]\ncolumn = "title"\n'
        + fields).encode())
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return [(r.row, r.payload and f"{r.payload.start_time:%Y-%m-%d}",
             r.payload and (r.payload.end_time, r.payload.all_day, r.payload.description_html),
             [i.code for i in r.issues]) for r in report.rows]


def test_the_starts_values_serve_an_end_reading_its_date_column(tmp_path: Path) -> None:
    """A start read from date_column = "day" alone is all day too; the end on that column
    takes the start's values as it does from column = "day"."""
    rows = _validate(tmp_path, f'[fields.start]\ndate_column = "day"\n{DAYS}\n'
                               '[fields.end]\ncolumn = "day"\n')
    assert [(row, day, when[:2]) for row, day, when, _ in rows] == [
        (2, "2025-09-17", (None, True)), (3, "2025-09-18", (None, True)),
        (4, "2025-09-17", (None, True))]


def test_the_starts_values_are_for_the_start_and_end_alone(tmp_path: Path) -> None:
    """An abstract that reads 'Wed' stays 'Wed', not the start's date for it."""
    rows = _validate(tmp_path, f'[fields.start]\ncolumn = "day"\n{DAYS}\n'
                               '[fields.end]\ncolumn = "day"\n'
                               '[fields.description]\ncolumn = "abstract"\n')
    assert [(row, when[2]) for row, _, when, _ in rows] == [
        (2, "<p>Wed</p>"), (3, "<p>Thu</p>"), (4, "")]


def test_a_day_the_starts_values_leave_out_is_one_issue_on_its_row(tmp_path: Path) -> None:
    """Thursday given no date: its row is told once (the cell read for start and end), the
    others are sent."""
    rows = _validate(tmp_path, '[fields.start]\ncolumn = "day"\n'
                               'values = { "Wed" = "2025-09-17" }\n[fields.end]\ncolumn = "day"\n')
    assert [(row, day, codes) for row, day, _, codes in rows] == [
        (2, "2025-09-17", []), (3, None, ["bad-datetime"]), (4, "2025-09-17", [])]


def test_summary_text_starting_with_plus_minus_or_at_and_a_long_tab_name(
    tmp_path: Path,
) -> None:
    """Kept as written, as text: no formula, no guarding quote, the tab's 31 characters
    whole."""
    tab = "Posters and demos, Wednesday 17"
    assert len(tab) == 31
    report = ImportReport("posters.xlsx", 1, [RowOutcome(2, "x", "Poster A", "created", 1)],
                          sheets=[SheetRead(tab, 1, 3)], notes=["+1 room", "-2 rows", "@Ana"])
    cells = summary_cells(write_report(report, tmp_path / "r.xlsx"))
    assert [(value, kind) for label, value, kind in cells if label in ("Sheets read", "Note")
            ] == [(f"{tab} (3 rows)", "s"), ("+1 room", "s"), ("-2 rows", "s"), ("@Ana", "s")]


def test_two_sheets_without_prefixes_keep_each_others_sessions_deleted_since(
    tmp_path: Path,
) -> None:
    """Each sheet's run reads the other's sessions as well: a session of the first deleted
    in Builder stays on the record through the second's run, and the first's run tells of
    it; the second's session, still in the guide, stays on the record too."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(no_prefix_mapping(tmp_path))})
    first = write_sheet(tmp_path / "day1.csv", [talk(1), talk(2)])
    second = write_sheet(tmp_path / "day2.csv", [talk(5)])
    sandbox.run(first)
    delete_in_builder(sandbox, "T002")
    sandbox.run(second, force=True)
    held = in_guide(tmp_path)
    again = sandbox.run(first, force=True)
    assert held == frozenset({"T001", "T002", "T005"})
    assert (again.counts["created"], len(deleted_notes(again.notes))) == (1, 1)


def test_an_end_on_a_time_column_of_its_own_keeps_the_starts_values_out(
    tmp_path: Path,
) -> None:
    """Start and end each on a time column (the day given by `date`): neither reads the
    other's column, so the start's words for times ('one') mean nothing to the end."""
    sheet = write_bytes(tmp_path, "lunch.csv", b"title,from,to\nLunch,noon,one\n")
    mapping = write_bytes(tmp_path, "lunch.toml", (
        b'name = "lunch"\nimport_id_prefix = "l:"\n[fields.name]\ncolumn = "title"\n'
        b'[fields.start]\ndate = 2025-09-17\ntime_column = "from"\n'
        b'values = { "noon" = "12:00", "one" = "13:00" }\n'
        b'[fields.end]\ntime_column = "to"\n'))
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code) for i in report.issues if i.severity == "error"] == [
        (2, "to", "bad-time")]


@pytest.mark.parametrize(("days", "extra", "all_day"), [
    (14, "", True), (14, "TBA,Poster to come\n", True), (15, "", False)])
def test_up_to_fourteen_words_are_day_names(
    tmp_path: Path, days: int, extra: str, all_day: bool,
) -> None:
    """A fortnight's 'Day 1' to 'Day 14', a day not fixed yet aside, are days; fifteen words
    are no list of days the draft can tell."""
    sheet = "day,title\n" + "".join(f"Day {n},Poster {n}\n" for n in range(1, days + 1))
    draft = draft_mapping(write_bytes(tmp_path, "posters.csv", (sheet + extra).encode()))
    assert (_tables(draft.text)[0] == ALL_DAY[0].format("day")) is all_day


def test_a_date_column_with_no_day_fixed_yet_is_no_column_of_day_names(
    tmp_path: Path,
) -> None:
    """Every day 'TBA': no words to give dates to, so no all-day sessions are drafted."""
    sheet = "date,title\nTBA,Poster A\nTBC,Poster B\n"
    draft = draft_mapping(write_bytes(tmp_path, "posters.csv", sheet.encode()))
    assert _tables(draft.text)[0] == '[fields.start]\ndate_column = "date"'
