"""Inputs a fuzzer found that crashed validate or draft-mapping, or lost a row; each stays a
clean stop (exit 2, one line naming the file) or a report with every row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from importer import cli
from importer.load import load_sheet


def _workbook_with_a_negative_endless_duration(path: Path, *, on_other_tab: bool) -> Path:
    """calamine's Rust code panics turning -1e308 days into a timedelta (a PanicException,
    not an OverflowError as for +1e308)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Programme"
    sheet.append(["Session Title", "Length"])
    sheet.append(["Keynote", 60])
    bad = workbook.create_sheet("Old") if on_other_tab else sheet
    if on_other_tab:
        bad.append(["Session Title", "Length"])
    bad.append(["Workshop", -1e308])
    bad.cell(bad.max_row, 2).number_format = "[h]:mm"
    workbook.save(path)
    return path


def test_a_negative_endless_duration_stops_validate_and_draft_with_one_line(
    tmp_path: Path,
) -> None:
    path = _workbook_with_a_negative_endless_duration(tmp_path / "s.xlsx", on_other_tab=False)
    for command in (["validate", str(path), "--timezone", "UTC"], ["draft-mapping", str(path)]):
        result = CliRunner().invoke(cli.app, command)
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.strip().splitlines() == [
            f"error: {path} has a date, time or duration cell far outside any calendar "
            "(TimeDelta::milliseconds out of bounds): find the cell Excel shows as ##### and "
            "fix or clear it, then save again."
        ]


def test_a_negative_endless_duration_on_another_tab_leaves_the_programme_readable(
    tmp_path: Path,
) -> None:
    path = _workbook_with_a_negative_endless_duration(tmp_path / "s.xlsx", on_other_tab=True)
    loaded = load_sheet(path)
    assert (loaded.sheet_name, loaded.frame.to_dict("list")) == (
        "Programme", {"Session Title": ["Keynote"], "Length": [60]})


def _mapping_with(path: Path, field: str, column: str) -> Path:
    path.write_text(f'name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\ncolumn = '
                    f'"Start"\n[fields.end]\ncolumn = "End"\n[fields.{field}]\ncolumn = '
                    f'"{column}"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("field", ["schedule_tracks", "description", "locations"])
def test_an_emptied_column_line_stops_validate_naming_the_line(
    tmp_path: Path, field: str
) -> None:
    """'column = ""' under [fields.schedule_tracks] stopped validate with an internal
    IndexError; under [fields.description] the sheet's descriptions were left out unsaid."""
    sheet = tmp_path / "s.csv"
    sheet.write_text("Title,Start,End,Notes\nA,2027-05-11 09:00,2027-05-11 10:00,x\n",
                     encoding="utf-8")
    mapping = _mapping_with(tmp_path / "m.toml", field, "")
    result = CliRunner().invoke(cli.app, ["validate", str(sheet), "-m", str(mapping),
                                          "--timezone", "UTC"])
    assert (result.exit_code, result.stderr.strip().splitlines()) == (2, [
        f"error: {mapping}:8: fields.{field}: column is empty; write the sheet's header"])
    written = _mapping_with(tmp_path / "m.toml", field, "Notes")
    assert CliRunner().invoke(cli.app, ["validate", str(sheet), "-m", str(written),
                                        "--timezone", "UTC"]).exit_code == 0
