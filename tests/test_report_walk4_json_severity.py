"""A run's JSON rows gave a row's warnings and errors only inside its message text
('warning: html-stripped: ...'), so a script telling a created row with a warning from one
without had to parse words; validate --json and plan --json give each row's `issues` with
their code and severity. The run's JSON rows (the .json report and run --json) now do too."""

from __future__ import annotations

import json
from pathlib import Path

from importer.report import write_report
from tests.support import Sandbox, talk, write_sheet


def test_each_json_row_gives_its_issues_with_code_and_severity(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "talks.csv", [
        talk(1),
        talk(2, **{"Description (Optional)": "<p style='font-family:Arial'>Hi</p>"}),
        talk(3, **{"Time Start": "lunch"}),
    ])
    report = Sandbox().run(sheet)
    rows = json.loads(write_report(report, tmp_path / "r.json").read_text())["rows"]
    got = [(row["row"], row["action"],
            [(i["row"], i["column"], i["code"], i["severity"]) for i in row["issues"]])
           for row in rows]
    assert got == [
        (2, "created", []),
        (3, "created", [(3, "Description (Optional)", "html-stripped", "warning")]),
        (4, "invalid", [(4, "Time Start", "bad-time", "error")]),
    ]
    # The message still says it in words, as the CSV and XLSX reports do.
    assert rows[1]["message"].startswith("warning: html-stripped: ")
    assert rows[1]["issues"][0]["message"].startswith("Row 3: Guidebook does not allow")
