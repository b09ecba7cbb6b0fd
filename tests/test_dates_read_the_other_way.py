"""A nightly sync whose sheet comes back with its dates written the other way round (a
workbook's date cells saved as a day-first CSV), every day of the event 12 or under so no
single date gives the order away: the run would move each talk to the swapped date. It stops
for --force instead, naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import UnsafeOperationError
from tests.support import Sandbox, talk, write_sheet

DAYS = ("5/3/2027", "5/4/2027", "5/3/2027", "5/4/2027")  # May 3 and 4, month-first


def _sheet(tmp_path: Path, name: str, dates: list[str]) -> Path:
    return write_sheet(tmp_path / name, [talk(n, Date=date) for n, date in enumerate(dates, 1)])


def test_talks_all_moved_to_their_swapped_dates_stop_the_run(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sandbox.run(_sheet(tmp_path, "first.csv", list(DAYS)))
    before = sandbox.writes()
    day_first = _sheet(tmp_path, "second.csv", ["03/05/2027", "04/05/2027", "03/05/2027",
                                                "04/05/2027"])

    with pytest.raises(UnsafeOperationError) as caught:
        sandbox.run(day_first)

    assert str(caught.value) == (
        "4 of the 4 rows found by import id would move their session to the date with its day "
        "and month swapped (such as row 2, sheet:T001: 2027-05-03 would become 2027-03-05): the "
        "sheet's dates look read in the other order than the last run read them; set "
        "date_order in the mapping to the order the sheet writes them (\"day-first\": "
        "03/05/2027 is 3 May). Pass --force if that is really intended.")
    assert sandbox.writes() == before
    assert sandbox.run(day_first, force=True).counts["updated"] == 4


def test_talks_moved_to_other_days_or_a_few_swapped_do_not_stop(tmp_path: Path) -> None:
    """A programme moved a week on is the planner's change; and two swapped among four are
    as likely a typo fixed as a sheet read the other way."""
    sandbox = Sandbox()
    sandbox.run(_sheet(tmp_path, "first.csv", list(DAYS)))

    week_on = sandbox.run(_sheet(tmp_path, "week.csv", ["5/10/2027", "5/11/2027", "5/10/2027",
                                                        "5/11/2027"]))
    assert week_on.counts["updated"] == 4
    sandbox.run(_sheet(tmp_path, "back.csv", list(DAYS)))
    some = sandbox.run(_sheet(tmp_path, "some.csv", ["3/5/2027", "4/5/2027", "5/3/2027",
                                                     "5/4/2027"]))
    assert some.counts["updated"] == 2
