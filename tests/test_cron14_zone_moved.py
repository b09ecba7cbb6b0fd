"""The night the sheet's times are read in another zone than the night before (a timezone
put in the mapping or gbimport.toml, one edited there, a guide's zone changed in Builder
while neither names one): every session moves by the same hours and the guide is published,
and a quiet cron run used to mail nothing. It now says so in a note, which a quiet run mails;
a day moved an hour by the planner is no such note."""

from __future__ import annotations

from pathlib import Path

from importer.report import ImportReport
from tests.support import Sandbox, talk, write_sheet

MOVED = ("4 of the 4 sessions found by import id move 1 hour later (such as row 2, "
         "'Talk number 1': 10:00 to 11:00 on 2027-05-11, in the guide's zone "
         "America/Chicago): the sheet's times are now read in America/Denver; if they are "
         "another zone's, give it as timezone in gbimport.toml (or --timezone) and run "
         "again, which moves them back")


def _runs(tmp_path: Path, zone_then: str | None, zone_now: str) -> ImportReport:
    sandbox, sheet = Sandbox(), write_sheet(tmp_path / "talks.csv", [talk(n) for n in (1, 2, 3, 4)])
    then = sandbox.settings.model_copy(update={"timezone": zone_then})
    sandbox.settings = then
    assert sandbox.run(sheet).counts["created"] == 4
    sandbox.settings = then.model_copy(update={"timezone": zone_now})
    return sandbox.run(sheet)


def test_a_quiet_run_moving_every_session_by_the_same_hours_says_so(tmp_path: Path) -> None:
    report = _runs(tmp_path, None, "America/Denver")  # read in the guide's zone, then Denver
    assert report.counts["updated"] == 4
    assert report.notes_to_act_on == [MOVED]


def test_a_timezone_taken_out_says_the_guide_s_zone_reads_them(tmp_path: Path) -> None:
    report = _runs(tmp_path, "America/Denver", "America/Chicago")
    assert report.notes_to_act_on == [
        "4 of the 4 sessions found by import id move 1 hour earlier (such as row 2, 'Talk "
        "number 1': 11:00 to 10:00 on 2027-05-11, in the guide's zone America/Chicago): the "
        "sheet's times are now read in America/Chicago, the guide's zone; if they are another "
        "zone's, give it as timezone in gbimport.toml (or --timezone) and run again, which "
        "moves them back"]


def test_the_next_night_says_nothing(tmp_path: Path) -> None:
    sandbox, sheet = Sandbox(), write_sheet(tmp_path / "talks.csv", [talk(n) for n in (1, 2, 3, 4)])
    sandbox.run(sheet)
    sandbox.settings = sandbox.settings.model_copy(update={"timezone": "America/Denver"})
    sandbox.run(sheet)
    assert sandbox.run(sheet).notes_to_act_on == []


def test_one_day_moved_by_the_planner_is_no_zone(tmp_path: Path) -> None:
    sandbox = Sandbox()
    rows = [talk(n) for n in (1, 2, 3, 4)]
    sheet = write_sheet(tmp_path / "talks.csv", rows)
    sandbox.run(sheet)
    later = {**rows[0], "Time Start": "11:00 AM", "Time End": "11:45 AM"}
    write_sheet(sheet, [later, *rows[1:]])
    report = sandbox.run(sheet)
    assert (report.counts["updated"], report.notes_to_act_on) == (1, [])
