"""The .xlsx report's Results and Summary tabs, the Issues .xlsx, and the record of the
sessions in the guide kept by a sheet without an import_id_prefix."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from importer.report import ImportReport, RowOutcome, write_report
from importer.validate import SheetRead

FORMULA_LIKE = '=HYPERLINK("http://example.com","open me")'


def summary_cells(path: Path) -> list[tuple[str, object, str]]:
    return [(label.value, value.value, value.data_type)
            for label, value in load_workbook(path)["Summary"].iter_rows()]


def test_formula_like_text_on_the_summary_tab_is_text(tmp_path: Path) -> None:
    """A tab named "=1+1", a file named "=cmd.xlsx" or a note starting with "=" were written
    as formulas on the Summary tab, which Excel runs on opening; the Results tab kept text."""
    report = ImportReport("=cmd.xlsx", 1, [RowOutcome(2, "x", "Talk", "created", 1)],
                          sheets=[SheetRead("=1+1", 1, 3)], notes=[FORMULA_LIKE, "@SUM(1)"],
                          publish_note="=2+2")
    path = write_report(report, tmp_path / "r.xlsx")
    text = {label: (value, kind) for label, value, kind in summary_cells(path)
            if label in ("Spreadsheet", "Sheets read", "Published")}
    assert text == {"Spreadsheet": ("=cmd.xlsx", "s"), "Sheets read": ("=1+1 (3 rows)", "s"),
                    "Published": ("=2+2", "s")}
    notes = [(value, kind) for label, value, kind in summary_cells(path) if label == "Note"]
    assert notes == [(FORMULA_LIKE, "s"), ("@SUM(1)", "s")]
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet2.xml")
