"""Behaviour the newest draft, length, progress, budget and outage changes promise that no
other test held: each of these failed on a hand-made mutant of the code and passes on the
code."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from importer import convert, render
from importer.draft import draft_mapping
from importer.plan import Plan
from importer.report import ImportReport, RowOutcome
from importer.upload import Uploader
from tests.support import talk
from tests.test_audit_mu12_run import _run_on_a_budget
from tests.test_load import write_bytes
from tests.test_migration_mg_progress import _log
from tests.test_render import printed

# -- a length of 'All day'


@pytest.mark.parametrize("written", [
    "All day.", "the whole day", "all-day", "full day", "entire day", "día completo",
    "ganztags", "ganztagig", "den ganzen Tag", "tutta la giornata", "giornata intera",
    "journée entière", "la journée entière", "o dia todo", "dia inteiro", "todo o dia",
    "de hele dag"])
def test_every_way_of_writing_all_day_gets_the_all_day_hint(written: str) -> None:
    with pytest.raises(convert.CellError) as error:
        convert.parse_duration(written)
    assert (error.value.code, error.value.hint) == ("bad-duration", convert.ALL_DAY_HINT)


# -- the draft's headers


def _timetable(tmp_path: Path, slot: str) -> Path:
    return write_bytes(tmp_path, "timetable.csv", (
        f"{slot},标题\n10:00~11:00,Racing demo\n11:00~12:00,Rhythm game\n").encode())


@pytest.mark.parametrize("slot", ["时间段", "時段"])
def test_every_time_slot_header_is_the_start_and_the_end(tmp_path: Path, slot: str) -> None:
    assert draft_mapping(_timetable(tmp_path, slot)).chosen == {"name": "标题", "start": slot}


@pytest.mark.parametrize("header", [
    "Contact Person", "Organizer", "Organizers", "Organisers", "Coordinator"])
def test_every_name_for_who_runs_an_event_is_offered_to_the_description(
        tmp_path: Path, header: str) -> None:
    path = write_bytes(tmp_path, "events.csv", (
        f"Day,Title,Start Time,End Time,Location,{header}\n"
        "2027-02-05,Quiz Night,19:00,21:00,Hall A,Ana Ruiz\n"
        "2027-02-06,Film Club,18:00,20:30,Hall A,Cy Park\n").encode())
    assert f'# add_columns = ["{header}"]' in draft_mapping(path).text


def _talks(tmp_path: Path, header: str, orders: list[str]) -> Path:
    rows = "".join(f"12 May 2027,{order},Talk {n},Abstract {n}\n"
                   for n, order in enumerate(orders, 1))
    return write_bytes(tmp_path, "talks.csv", f"Date,{header},TalkTitle,Abstract\n{rows}".encode())


@pytest.mark.parametrize("header", [
    "Rank", "Order", "Sort order", "Display order", "Sort", "Position", "Reihenfolge", "Orden",
    "Ordre", "Ordine", "Volgorde"])
def test_every_name_of_an_order_column_is_drafted_as_the_rank(
        tmp_path: Path, header: str) -> None:
    assert draft_mapping(_talks(tmp_path, header, ["1", "2", "3"])).chosen["rank"] == header


@pytest.mark.parametrize("orders", [["1", "2", "TBD"], ["", "", ""]])
def test_an_order_column_not_all_numbers_is_not_the_rank(
        tmp_path: Path, orders: list[str]) -> None:
    """A label among the numbers would stop validate at its row; an empty column orders
    nothing."""
    assert "rank" not in draft_mapping(_talks(tmp_path, "Order", orders)).chosen


@pytest.mark.parametrize(("tracks", "what"), [
    (("Stage1", "Stage2"), "room"), (("Track10", "Track11"), "track")])
def test_track_columns_run_on_to_a_room_word_or_a_long_number_are_named_as_a_grid(
        tmp_path: Path, tracks: tuple[str, str], what: str) -> None:
    first, second = tracks
    path = write_bytes(tmp_path, "grid.csv", (
        f"Time,{first},{second}\n"
        "9:30 am,Cleaning messy tables,Maps for everyone\n"
        "10:00 am,Open budgets in practice,Archiving the web\n"
        "10:30 am,Data for the city council,Forms that people finish\n").encode())
    assert (f"the sheet gives each {what} a column of its own ({first!r}, {second!r})"
            in draft_mapping(path).text)


# -- the progress line over the daily budget


def _within(total: int, budget: int, **counts: int) -> int | None:
    plan: Any = SimpleNamespace(counts={"create": 0, "update": 0, "delete": 0, **counts},
                                requests_total=total, budget_left=budget)
    within: int | None = Plan.changes_within_budget.fget(plan)
    return within


def test_the_changes_within_the_budget_count_updates_and_deletes() -> None:
    """A plan of exactly the budget fits it; updates and deletes are changes too; a budget
    spent before any change leaves none, not fewer than none."""
    assert [_within(1_200, 1_200, create=1_100), _within(2_000, 1_200, create=1_000,
                                                         update=500, delete=300),
            _within(2_000, 1_200, create=10)] == [None, 1_000, 0]


def test_a_minute_to_the_budget_is_said_as_a_minute_and_less_as_under_one() -> None:
    budget = ", left until the day's budget of 1,200 requests is spent (exit 3; the next run " \
        "carries on)"
    assert [_log(3_000, [(120.0, 1_200)], within_budget=1_800),
            _log(3_000, [(119.0, 1_190)], within_budget=1_785)] == [
        [f"progress: 1,200 of 3,000 changes sent{budget.replace(', ', ', about 1 min ', 1)}"],
        [f"progress: 1,190 of 3,000 changes sent{budget.replace(', ', ', under a minute ', 1)}"]]


def test_a_budget_that_fits_no_change_still_ends_the_line() -> None:
    """Requests are estimated: a run that sends changes past a budget thought spent (the
    day reset since the runs recorded) says how long the rest of its work takes."""
    assert _log(3_000, [(61.0, 300)], within_budget=0) == [
        "progress: 300 of 3,000 changes sent, about 9 min left"]


# -- the budget note's days


def test_the_days_more_are_rounded_up_and_their_budget_written_in_thousands() -> None:
    uploader: Any = SimpleNamespace(plan=SimpleNamespace(daily_budget=1_200))
    assert [Uploader._days_more(uploader, writes) for writes in (1_200, 1_871, 2_401)] == [
        "", ", at least 2 days' budgets of 1,200 more", ", at least 3 days' budgets of 1,200 more"]


def test_the_days_more_count_the_writes_not_the_changes(tmp_path: Path) -> None:
    """20 changes are 24 writes (rooms and tracks too): 5 days' budgets of 5, not 4."""
    notes = _run_on_a_budget(tmp_path, 6, [talk(n) for n in range(1, 21)], daily_budget=5)
    assert ", at least 5 days' budgets of 5 more;" in notes[-1]


# -- outage failures grouped


def _problems(outcomes: list[RowOutcome]) -> list[str]:
    report = ImportReport("talks.csv", 1, outcomes)
    lines = printed(lambda console: render.run_report(console, report, None), width=300)
    return [line for line in lines if line.startswith(("row", "session"))]


@pytest.mark.parametrize("kind", ["locations", "schedule-tracks"])
def test_rows_failing_alike_on_their_rooms_or_tracks_share_a_line(kind: str) -> None:
    lost = "Lost the connection: PATCH {}/{}/ got ConnectError after 10 attempts."
    assert _problems([RowOutcome(n + 3, f"sheet:S{n}", "Talk", "failed", n,
                                 lost.format(kind, n)) for n in (1, 2, 3)]) == [
        f"rows 4–6 (3 rows): failed: {lost.format(kind, '<id>')}"]


def test_a_row_or_a_pruned_session_failing_alone_keeps_its_sessions_id() -> None:
    """Only a line standing for several rows has no one session to name."""
    assert _problems([
        RowOutcome(4, "sheet:S1", "Talk", "failed", 7, "PATCH sessions/7/ got ConnectError"),
        RowOutcome(None, "gone-1", "Old talk", "failed", 9,
                   "DELETE sessions/9/ got ConnectError")]) == [
        "row 4: failed: PATCH sessions/7/ got ConnectError",
        "session 9 (gone-1): failed: DELETE sessions/9/ got ConnectError"]


def test_rows_failed_and_rows_invalid_alike_keep_lines_of_their_own() -> None:
    lost = "PATCH sessions/{}/ got ConnectError after 10 attempts."
    outcomes = [RowOutcome(n + 3, f"sheet:S{n}", "Talk", "failed" if n < 4 else "invalid", n,
                           lost.format(n)) for n in range(1, 7)]
    assert _problems(outcomes) == [
        f"rows 4–6 (3 rows): failed: {lost.format('<id>')}",
        f"rows 7–9 (3 rows): invalid: {lost.format('<id>')}"]
