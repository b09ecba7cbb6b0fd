"""The Summary tab as the programme chair reads it on screen: a note of four hundred
characters ran on in one line far past the window's right edge, to be read only in the
formula bar. Its text now wraps within the value column, each label beside its line's top."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from importer.report import ImportReport, RowOutcome, write_report

LONG_NOTE = ("The sheet has no id column, so each session's import id is derived from its "
             "title, start time and first room. " * 4).strip()


def test_long_summary_lines_wrap_in_their_column_under_a_label_at_their_top(
    tmp_path: Path
) -> None:
    report = ImportReport("first.xlsx", 1, [RowOutcome(2, "sheet:auto-1", "Talk", "created", 7)],
                          notes=[LONG_NOTE], halted="budget")
    summary = load_workbook(write_report(report, tmp_path / "r.xlsx"))["Summary"]
    lines = {label.value: (label, value) for label, value in summary.iter_rows()}
    assert lines["Note"][1].value == LONG_NOTE
    assert {(label.alignment.vertical, value.alignment.wrap_text, value.alignment.vertical)
            for label, value in lines.values()} == {("top", True, "top")}
    assert summary.column_dimensions["B"].width == 80
