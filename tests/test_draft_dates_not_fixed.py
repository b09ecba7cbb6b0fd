"""A date column giving some sessions a date not fixed yet ('TBA', 'TBD') beside the others'
dates: validate stops at each such row, so the draft says which lines skip them meanwhile,
as it does for times not fixed yet beside ranges."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from importer.draft import draft_mapping

PROGRAMME = ("Title,Date,Start,End,Room\n"
             "Keynote,5/11/2027,9:00,10:00,Hall A\n"
             "Talk B,TBA,,,Hall B\n"
             "Talk C,5/12/2027,11:00,12:00,Hall A\n"
             "Talk D,TBD,TBD,,Hall A\n"
             "Talk E,TBA,,,Hall B\n")
NOTE = ("# 'Date' gives some sessions a date not fixed yet ('TBA', 'TBD'): to send nothing for "
        'those until they have one, add blank_values = ["TBA", "TBD"] and skip_unscheduled = '
        "true above the first [fields...] table (such a row is then skipped, with a warning, "
        "until its date is written)")


def _sheet(tmp_path: Path, text: str = PROGRAMME) -> Path:
    path = tmp_path / "programme.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_draft_names_the_dates_not_fixed_yet_and_the_lines_that_skip_them(
        tmp_path: Path) -> None:
    text = draft_mapping(_sheet(tmp_path)).text
    assert [line for line in text.splitlines() if "not fixed yet" in line] == [NOTE]


def test_the_lines_the_draft_offers_skip_those_rows(tmp_path: Path) -> None:
    """Written at the top of the draft, they leave the dated sessions and skip the others."""
    sheet = _sheet(tmp_path)
    mapping = tmp_path / "m.toml"
    mapping.write_text('blank_values = ["TBA", "TBD"]\nskip_unscheduled = true\n'
                       + draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(issue.row, issue.code) for issue in report.issues
            if issue.severity == "error"] == []
    assert [(issue.row, issue.code) for issue in report.issues if issue.code == "unscheduled"] == [
        (3, "unscheduled"), (5, "unscheduled"), (6, "unscheduled")]


def test_a_date_column_of_dates_alone_gets_no_such_note(tmp_path: Path) -> None:
    dated = "\n".join(PROGRAMME.splitlines()[:4]) + "\n"
    assert "not fixed yet" not in draft_mapping(_sheet(tmp_path, dated.replace(
        "TBA,,", "5/12/2027,14:00,15:00"))).text
