"""Small mends: a time range running past the clock change with its zone written once
('02:30 - 03:15 CEST'), read as written; 'lip', June in Croatian and July in Polish; notes
on sessions edited by hand naming the sandbox where a rehearsal sent to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_deleted_since_last_run import delete_in_builder
from tests.test_realworld_rw7_times import _validate
from tests.test_small_mends10 import _starts
from tests.test_validate import utc
from tests.test_walk_builder_edits2 import change_import_id_in_builder
from tests.test_walk_builder_edits3_made_by_hand import LIGHTNING


@pytest.mark.parametrize(("cell", "start", "end"), [
    ("02:30 - 03:15 CEST", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:30 - 03:15 MESZ", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:30 - 03:15 +02:00", "2026-10-25T00:30:00+00:00", "2026-10-25T01:15:00+00:00"),
    ("02:45 - 03:30 CEST", "2026-10-25T00:45:00+00:00", "2026-10-25T01:30:00+00:00"),
])
def test_a_range_past_the_clock_change_is_read_in_the_zone_written(
        tmp_path: Path, cell: str, start: str, end: str) -> None:
    """Its end (03:15 CEST, the second 02:15 on Berlin's clocks) was refused, told to write
    '02:30 - 03:15 CET', which reads the second 02:30, an hour after the one written."""
    assert _validate(tmp_path, f"25.10.2026,{cell},Night\n") == [(2, start, end)]


def test_a_summer_word_for_a_later_time_that_day_is_refused_as_before(tmp_path: Path) -> None:
    """'10:00 CEST' on the day the clocks go back is a slip more likely than 09:00 CET."""
    assert _validate(tmp_path, "25.10.2026,10:00 - 11:00 CEST,Brunch\n") == [(
        2, "bad-time", "Row 2: 'Time' has '10:00 - 11:00 CEST', but Europe/Berlin is on CET "
                       "(+01:00) on 2026-10-25, not CEST: write 10:00 - 11:00, or 10:00 - "
                       "11:00 CET.")]


@pytest.mark.parametrize(("timezone", "month"), [("Europe/Warsaw", 7), ("Europe/Zagreb", 6)])
def test_lip_alone_is_read_by_the_timezone(tmp_path: Path, timezone: str, month: int) -> None:
    """'lip' is Polish July's short name, but Croatian June's (lipanj): it was July always,
    sending a Croatian programme's sessions a month late."""
    starts, issues = _starts(["15 lip 2027", "16 lip 2027"], tmp_path, timezone)
    assert (issues, [start.month for start in starts]) == ([], [month, month])


def test_lip_is_read_by_the_column_s_other_names(tmp_path: Path) -> None:
    """Croatian lipnja beside it makes it June; Polish lipca, July; only 'lip' is in doubt."""
    starts, issues = _starts(["15 lip 2027", "16 lipnja 2027"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([utc(2027, 6, 15, 8), utc(2027, 6, 16, 8)], [])
    starts, issues = _starts(["15 lip 2027", "16 lipca 2027"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([utc(2027, 7, 15, 8), utc(2027, 7, 16, 8)], [])


def test_lip_told_by_nothing_is_refused_with_both_readings(tmp_path: Path) -> None:
    starts, issues = _starts(["15 lip 2027", "2027-07-16"], tmp_path, "Europe/Berlin")
    assert (starts, issues) == ([None, utc(2027, 7, 16, 8)], [(
        2, "bad-date", "Row 2: 'Date' has '15 lip 2027': lip is June in Croatian but July in "
                       "Polish, and neither the column's other month and day names nor the "
                       "timezone says which language it is in: set timezone to the event's "
                       "place (Europe/Zagreb reads it as June, Europe/Warsaw as July), or "
                       "write the date with its month as a number, 2027-06-15 for June or "
                       "2027-07-15 for July.")])


def _notes_after_edits_by_hand(tmp_path: Path, api_url: str) -> list[str]:
    """A run's notes once a session of the sheet was deleted by hand, another's import id
    changed and one made under the sheet's prefix, at `api_url` (the sandbox, reached
    there or posing as Guidebook's address)."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"api_url": api_url})
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2), talk(3)])
    sandbox.run(sheet)
    delete_in_builder(sandbox, "sheet:T002")
    change_import_id_in_builder(sandbox, "sheet:T003", "sheet:T003-old")
    sandbox.post_session(LIGHTNING)
    return sandbox.run(sheet).notes_to_act_on


@pytest.mark.parametrize(("api_url", "where"), [
    (BASE_URL, "the sandbox"), ("https://api.guidebook.com/open-api/v1.1/", "Builder")])
def test_notes_on_sessions_edited_by_hand_name_where_they_are_edited(
        tmp_path: Path, api_url: str, where: str) -> None:
    """At the sandbox they said 'deleted in Builder, most likely' and to clear an import id
    'in Builder': a planner rehearsing there has no Builder. Guidebook's words stay."""
    assert _notes_after_edits_by_hand(tmp_path, api_url) == [
        f"1 of this sheet's sessions was in the guide after the last run and is gone from it "
        f"now (deleted in {where}, most likely): 'Talk number 2' (row 3); it is made again "
        "from its row. To remove a session for good, delete its row from the sheet; it is "
        "made again from the sheet otherwise",
        f"1 of this sheet's sessions has another import id in the guide than after the last "
        f"run (changed in {where}, most likely): 'Talk number 3' (sheet:T003-old, was "
        "sheet:T003); its row no longer finds it, so its session is made again beside it (the "
        "app shows both, unless --prune deletes the old: attendees then lose it from their "
        "schedules). To keep the old one, set its import id back in "
        f"{where}, deleting first the one a run made again, if any",
        "1 session with this sheet's import id prefix 'sheet:' was not in the guide after the "
        f"last run and is in no row (made since, by hand in {where} most likely): 'Lightning "
        "talks' (sheet:LT1); it stays, but --prune would delete it: to keep it, clear its "
        f"import id in {where}, or give it one without the prefix, or add its row to the "
        "sheet"]
