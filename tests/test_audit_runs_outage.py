"""Guidebook going down as a run nears its end: the outage is the run's news, whether or not
rows were left to defer."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from importer.runner import run_import_async
from tests.support import Sandbox, talk, write_sheet
from tests.test_upload_outage import GoesDown


def test_an_outage_found_on_the_last_row_still_exits_3(tmp_path: Path) -> None:
    """The tenth failure in a row is the sheet's last row (as when the last rows are in
    flight together), so none is left to defer. It was exit 1 (rows failed) while the run
    said it had stopped as Guidebook stopped answering; a cron job reading 3 as 'run again
    later' did not."""
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"max_retry_wait": 0.0, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 11)])
    report = asyncio.run(run_import_async(sheet, settings, transport=GoesDown(sandbox, 0)))
    assert (Counter(o.action for o in report.outcomes), report.halted, report.ok,
            report.exit_code) == ({"failed": 10}, "outage", False, 3)
    assert report.notes == [  # no "the rest is deferred": no row was left
        "Guidebook stopped answering: 10 rows in a row failed with no request getting "
        "through, so the run stopped; run again later to continue"]
    later = asyncio.run(run_import_async(sheet, settings, transport=sandbox.transport()))
    assert (Counter(o.action for o in later.outcomes), later.exit_code) == ({"created": 10}, 0)
