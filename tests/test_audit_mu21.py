"""The requests earlier runs spent (the state file's record, the plan's budget line, the run's
bar), a refused --prune, the no-header message, the timezone of towns of clocks of their own
and skip_unscheduled on a TBA date: cases the tests beside each feature left open."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from rich.console import Console

from importer import render, validate_file
from importer.errors import InputError
from importer.images import SavedState
from importer.mapping import load_mapping
from importer.report import RowOutcome
from importer.runner import plan_import
from importer.zones import timezone_setting

from .support import Sandbox, talk, unwritable, write_sheet

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_a_run_exactly_24_hours_old_no_longer_counts_nor_stays_in_the_file(
    tmp_path: Path
) -> None:
    """The window is the 24 hours before now: a record of exactly that age is out of it, in
    the plan's count and in the file, both of which read it alike."""
    path = tmp_path / "state.json"
    state = SavedState(path, 1)
    state.record_spent(900, NOW - timedelta(hours=24))
    state.record_spent(40, NOW - timedelta(hours=23, minutes=59))
    assert state.spent_since(NOW) == 40

    state.record_spent(5, NOW)
    state.save()
    [entry] = json.loads(path.read_text(encoding="utf-8")).values()
    assert entry["spent"] == [[(NOW - timedelta(hours=23, minutes=59)).isoformat(), 40],
                              [NOW.isoformat(), 5]]


def test_recording_a_run_forgets_the_day_old_records_of_every_guide(tmp_path: Path) -> None:
    """The file stays small: another guide's (or host's) spending over 24 hours old goes
    too, when this guide's run is recorded; its recent one stays."""
    path = tmp_path / "state.json"
    old, recent = (NOW - timedelta(hours=30)).isoformat(), (NOW - timedelta(hours=2)).isoformat()
    path.write_text(json.dumps({
        "2": {"images": {}, "spent": [[old, 300]]},
        "3 at 127.0.0.1:8950": {"images": {}, "spent": [[old, 10], [recent, 20]]},
    }), encoding="utf-8")
    state = SavedState(path, 1)
    state.record_spent(7, NOW)
    state.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {guide: entry.get("spent") for guide, entry in data.items()} == {
        "1": [[NOW.isoformat(), 7]], "2": None, "3 at 127.0.0.1:8950": [[recent, 20]]}


def test_a_spent_record_edited_by_hand_counts_only_its_readable_pairs(tmp_path: Path) -> None:
    """A count written true, a time without its zone, a triple: each is no record, and
    none stops the plan (a naive time cannot be compared with now)."""
    path = tmp_path / "state.json"
    recent = NOW - timedelta(hours=1)
    path.write_text(json.dumps({"1": {"images": {}, "spent": [
        [recent.isoformat(), True], [recent.replace(tzinfo=None).isoformat(), 50],
        [recent.isoformat(), 60, "x"], [recent.isoformat(), 70], "junk"]}}), encoding="utf-8")
    assert SavedState(path, 1).spent_since(NOW) == 70


def test_a_state_file_left_unwritten_after_a_run_without_images_says_what_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run of a sheet without images loses only its spending: the note says so, not that
    images will be sent again."""
    path = tmp_path / "state.json"
    unwritable(monkeypatch, tmp_path)
    state = SavedState(path, 1)
    state.record_spent(12, NOW)
    state.save()
    assert state.unsaved_note() == [
        f"the state file {path} could not be written (Permission denied): the next run may "
        "not count this run's requests against the daily budget; let the run write in that "
        "folder, or set state_file in gbimport.toml"]


def test_the_plan_after_a_run_spends_only_what_is_left_of_the_days_budget(tmp_path: Path) -> None:
    """A run spent 30 requests; a plan of 24 more, under daily budgets that leave none of
    it (the run spent more than the budget now set), some of it, or just enough."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 21)])
    assert sandbox.run(sheet).requests_spent == 30
    write_sheet(sheet, [talk(n, **{"Session Title": f"Talk {n} (moved)"}) for n in range(1, 21)])

    seen = []
    state = tmp_path / ".gbimport-state.json"
    after_the_run = state.read_bytes()
    for budget in (25, 40, 54):
        state.write_bytes(after_the_run)  # each plan after the run alone, not after the others
        plan = plan_import(sheet, sandbox.settings.model_copy(update={"daily_budget": budget}),
                           transport=sandbox.transport())
        # The least time, in requests sent at the rate setting: within what is left.
        over = [note for note in plan.notes if note.startswith("this plan needs")]
        seen.append((budget, plan.budget_left, round(plan.seconds_at_least * plan.rate),
                     plan.changes_within_budget, plan.days_at_least, len(over)))
    # None left today: the 24 fit one more day's budget of 25, today's not counted.
    assert seen == [(25, 0, 0, 0, 1, 1), (40, 10, 10, 6, 2, 1), (54, 24, 24, None, 1, 0)]

    plan.daily_budget, plan.rate = 40, 0.1  # 100 s for the 10 requests left: a Time line
    console = Console(record=True, width=400, file=io.StringIO())
    render.plan(console, plan)
    assert console.export_text().splitlines()[-1] == (
        "Time: at least 1 min at 0.1 requests a second (--rate) to spend the 10 left of the "
        "day's 40 requests, then the run stops (exit 3): 2 days in all, the 10 left today and "
        "1 more day's budget; retries and slow answers add to it")


def test_the_bar_past_what_the_budget_was_thought_to_allow_keeps_counting() -> None:
    """The changes the day allows are an estimate (other tools share the budget, or spent
    less, or the day reset since the last run): a run that gets further counts to the end of
    its work, no longer to a budget it has passed, and a failure is told."""
    console, now = Console(file=io.StringIO(), force_terminal=True, width=200), [0.0]
    plan: Any = SimpleNamespace(counts={"create": 10, "update": 0, "delete": 0},
                                changes_within_budget=2, daily_budget=12)
    with render.RunProgress(console, enabled=True, warnings=False,
                            clock=lambda: now[0]) as progress:
        progress.start(plan)
        for done in range(1, 5):
            now[0] = float(done)
            failed = "failed" if done == 1 else "created"
            progress.advance(RowOutcome(done + 1, f"sheet:{done}", "Talk", failed, done, ""))
        task = progress.progress.tasks[0]
        assert (task.description, task.completed, task.total) == (
            "Uploading (1 failed)", 4, 10)


@pytest.mark.parametrize(("name", "zone"), [
    ("Fort Saint John, BC", "America/Dawson_Creek"),  # its name in full
    ("Denver, NT", "America/Yellowknife"),  # Yellowknife's is a link to Edmonton's clock
    ("Springfield, Nowhere", None), ("Munich, Atlantis", None),  # no state: no zone
])
def test_a_town_or_territory_of_one_clock_is_offered_its_zone(
        name: str, zone: str | None) -> None:
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    assert str(refused.value).split(": ", 1)[1] == (
        f"did you mean {zone!r}?" if zone else
        "write it as a region and a city, like 'America/Chicago' or 'Europe/London'.")


SESSIONIZE_NEEDS = ("it needs Title, Scheduled At, Scheduled Duration and Room "
                    "(the mapping names the optional ones).")


@pytest.mark.parametrize("sheet", ["All", ["Day 1", "Day 2"]])
def test_a_workbooks_sheets_without_a_header_are_told_the_mappings_columns(
        tmp_path: Path, sheet: str | list[str]) -> None:
    """Read by --sheet All or by naming its tabs, as when reading one tab."""
    book = openpyxl.Workbook()
    book.active.title = "Day 1"
    for name in ("Day 1", "Day 2"):
        tab = book[name] if name in book.sheetnames else book.create_sheet(name)
        tab.append(["Keynote", "5/11/2027", "9:00", "Hall A"])
        tab.append(["Panel", "5/11/2027", "10:00", "Hall B"])
    path = tmp_path / "days.xlsx"
    book.save(path)
    with pytest.raises(InputError) as refused:
        validate_file(path, mapping=load_mapping("sessionize"), sheet=sheet)
    assert str(refused.value).endswith(SESSIONIZE_NEEDS)


def test_a_title_above_sessions_without_a_header_is_told_the_mappings_columns(
        tmp_path: Path) -> None:
    """A title row, then the sessions: the row to add goes above the first session."""
    path = tmp_path / "talks.csv"
    path.write_text("Programme 2027\nKeynote,5/11/2027,9:00,Hall A\nPanel,5/11/2027,10:00,Hall B\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as refused:
        validate_file(path, mapping=load_mapping("sessionize"))
    assert str(refused.value) == (
        f"{path} has no header row: row 2 holds '5/11/2027', a session's time or date, and no "
        "row above it names the columns. Add a row above it naming each column, in the file's "
        "order, as the mapping names them: " + SESSIONIZE_NEEDS)
