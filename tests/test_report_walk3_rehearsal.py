"""A report from a rehearsal against a sandbox, forwarded to the programme chair, read as the
real guide's: the Summary tab and the summary file now say where the run sent its changes."""

from __future__ import annotations

import json
from pathlib import Path

from importer.report import ImportReport, RowOutcome
from importer.settings import DEFAULT_API_URL
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_report_cells import cells


def test_a_rehearsal_report_says_it_went_to_a_sandbox_not_the_real_guide(
    tmp_path: Path
) -> None:
    """'Guide: 1' alone read the same for a sandbox run as for the guide attendees see."""
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", [talk(1)]))
    assert cells(report, tmp_path / "r.xlsx")["API"] == (
        f"{BASE_URL} (a sandbox on the computer that ran it: a rehearsal, which changed "
        "nothing in Guidebook)")
    summary = json.loads((tmp_path / "r.summary.json").read_text(encoding="utf-8"))
    assert summary["api_url"] == BASE_URL


def test_a_run_into_guidebook_names_its_address_without_a_rehearsal_warning(
    tmp_path: Path
) -> None:
    report = ImportReport("talks.csv", 12345, [RowOutcome(2, "sheet:T001", "Talk", "created",
                                                          7)], api_url=DEFAULT_API_URL)
    assert cells(report, tmp_path / "r.xlsx")["API"] == DEFAULT_API_URL
    summary = json.loads((tmp_path / "r.summary.json").read_text(encoding="utf-8"))
    assert summary["api_url"] == DEFAULT_API_URL
