"""`validate`'s summary counts rows; a warning on no row (derived-import-id) is counted as
`sheet warnings` there and in --json, rather than sitting under `with warnings 0`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app

runner = CliRunner()
MAPPING = ('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\ncolumn = "When"\n'
           '[fields.end]\ncolumn = "When"\n[fields.locations]\ncolumn = "Room"\n')


def _validate(tmp_path: Path, mapping: str, *options: str) -> str:
    sheet, toml = tmp_path / "s.csv", tmp_path / "m.toml"
    sheet.write_text("Title,When,Room\nKeynote,2027-05-11 9:00 - 10:00,Hall\n"
                     "Panel,2027-05-11 19:00 - 1:00,Hall\n", encoding="utf-8")
    toml.write_text(mapping, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(sheet), "--mapping", str(toml),
                                 "--timezone", "UTC", *options])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_summary_counts_sheet_warnings_apart_from_rows(tmp_path: Path) -> None:
    output = _validate(tmp_path, MAPPING)
    assert output.splitlines()[1] == (
        "Rows read 2 · valid 2 · with errors 0 · with warnings 1 · sheet warnings 1")
    counts = json.loads(_validate(tmp_path, MAPPING, "--json"))
    assert {key: counts[key] for key in (
        "rows_read", "valid", "with_errors", "with_warnings", "skipped", "sheet_warnings")} == {
        "rows_read": 2, "valid": 2, "with_errors": 0, "with_warnings": 1, "skipped": 0,
        "sheet_warnings": 1}
    assert [issue["code"] for issue in counts["sheet_issues"]] == ["derived-import-id"]


def test_without_sheet_warnings_the_summary_says_nothing_of_them(tmp_path: Path) -> None:
    output = _validate(tmp_path, MAPPING + '[fields.import_id]\ncolumn = "Title"\n')
    assert output.splitlines()[1] == "Rows read 2 · valid 2 · with errors 0 · with warnings 1"
    assert json.loads(_validate(tmp_path, MAPPING + '[fields.import_id]\ncolumn = "Title"\n',
                                "--json"))["sheet_warnings"] == 0
