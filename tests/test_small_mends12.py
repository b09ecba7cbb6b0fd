"""Small mends to the results report: the summary counts the rows with warnings, so a nightly
script tells "ok" from "ok, with warnings" without reading every row."""

from __future__ import annotations

import json
from pathlib import Path

from importer.report import write_report
from tests.support import Sandbox, talk, write_sheet

STYLED = "<p style='font-family:Arial'>Hi</p>"  # html-stripped: a warning, the row still sent


def test_summary_file_and_json_report_count_the_rows_with_warnings(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1),
        talk(2, **{"Description (Optional)": STYLED}),
        talk(3, **{"Description (Optional)": STYLED}),
        talk(4, **{"Time Start": "lunch", "Description (Optional)": STYLED}),
    ])
    report = Sandbox().run(sheet)
    write_report(report, tmp_path / "r.csv")
    summary = json.loads((tmp_path / "r.summary.json").read_text())
    written = json.loads(write_report(report, tmp_path / "j.json").read_text())
    # An invalid row's warnings count as validate's 'with warnings' counts them.
    assert (summary["with_warnings"], written["with_warnings"]) == (3, 3)
    assert (summary["ok"], summary["counts"]["created"], summary["counts"]["invalid"]) == (
        False, 3, 1)


def test_ok_with_warnings_is_told_from_ok(tmp_path: Path) -> None:
    warned = Sandbox().run(write_sheet(tmp_path / "warned.csv", [
        talk(1), talk(2, **{"Description (Optional)": STYLED})]))
    clean = Sandbox().run(write_sheet(tmp_path / "clean.csv", [talk(1), talk(2)]))
    assert [(r.summary()["ok"], r.summary()["with_warnings"]) for r in (warned, clean)] == [
        (True, 1), (True, 0)]
