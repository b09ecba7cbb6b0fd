"""Small mends: another zone's winter word on a summer day ('10:00 EST' in July) says the
time on the sheet's clock read both ways; a guide earlier runs synced, now not found, is
said to be deleted where its sessions are edited, the sandbox at a rehearsal."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import GuideNotFoundError
from importer.runner import run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_cron16_guide_deleted import deleted_guide
from tests.test_realworld_rw7_times import _validate
from tests.test_small_mends16 import _messages

GUIDEBOOK = "https://api.guidebook.com/open-api/v1.1/"


@pytest.mark.parametrize(("timezone", "cell", "fix", "summer"), [
    ("Europe/Berlin", "10:00 EST", "17:00", "16:00 if it means New York's clock, on EDT"),
    ("Europe/Berlin", "10:00 MST", "19:00", "18:00 if it means Denver's clock, on MDT"),
    ("Europe/Berlin", "10:00 GMT", "12:00", "11:00 if it means London's clock, on BST"),
    ("Europe/London", "10:00 CET", "10:00", "09:00 if it means Berlin's clock, on CEST"),
    ("Europe/London", "10:00 MEZ", "10:00", "09:00 if it means Berlin's clock, on CEST"),
])
def test_a_winter_word_on_a_summer_day_says_both_readings(
        tmp_path: Path, timezone: str, cell: str, fix: str, summer: str) -> None:
    """'10:00 EST' in July was told to be written 17:00 in Berlin: a planner writing EST
    then most likely means New York's clock, on EDT, and the session went an hour late."""
    assert _messages(tmp_path, cell, "21:00", "7/15/2027", timezone) == [("bad-time", (
        f"Row 2: 'Time Start' has {cell!r}, but a time is read without its zone's word: "
        f"{cell!r} is {fix} in {timezone} on 2027-07-15 (or {summer} that day), so write "
        f"the one meant (times are read in {timezone})."))]


def test_a_range_in_a_winter_word_on_a_summer_day_says_both_readings(tmp_path: Path) -> None:
    assert _validate(tmp_path, "15.07.2027,10:00 - 11:30 EST,Keynote\n") == [(
        2, "bad-time", "Row 2: 'Time' has '10:00 - 11:30 EST', but a time is read without "
        "its zone's word: '10:00 - 11:30 EST' is 17:00 - 18:30 in Europe/Berlin on "
        "2027-07-15 (or 16:00 - 17:30 if it means New York's clock, on EDT that day), so "
        "write the one meant (times are read in Europe/Berlin, the mapping's timezone).")]


@pytest.mark.parametrize(("cell", "fix"), [("10:00 UTC", "12:00"), ("10:00 +05:00", "07:00")])
def test_a_word_or_offset_of_one_clock_all_year_keeps_one_reading(
        tmp_path: Path, cell: str, fix: str) -> None:
    assert _messages(tmp_path, cell, "21:00", "7/15/2027") == [("bad-time", (
        f"Row 2: 'Time Start' has {cell!r}, but a time is read without its zone's word: "
        f"{cell!r} is {fix} in Europe/Berlin on 2027-07-15, so write {fix} (times are read "
        "in Europe/Berlin)."))]


@pytest.mark.parametrize(("api_url", "where"), [(BASE_URL, "the sandbox"), (GUIDEBOOK, "Builder")])
def test_a_deleted_guide_is_said_to_be_deleted_where_it_is_edited(
        tmp_path: Path, api_url: str, where: str) -> None:
    """At the sandbox it said 'deleted in Builder': a planner rehearsing there has none."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"api_url": api_url})
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    assert sandbox.run(sheet).exit_code == 0

    with pytest.raises(GuideNotFoundError) as stop:
        run_import(sheet, sandbox.settings, transport=deleted_guide())

    assert str(stop.value).endswith(
        f"synced 1 session into guide 1 there (as {tmp_path / '.gbimport-state.json'} "
        f"remembers): if neither changed since, the guide was most likely deleted in {where}; "
        "if another replaces it, give its id.")
