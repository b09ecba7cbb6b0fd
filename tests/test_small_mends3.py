"""Small mends: the sandbox's range-limited options and dates refused in one line;
draft-mapping given --sheet all, or several tabs, as validate is; a date typed with a letter
for a figure ('13/05/2O27') named as such, by the draft and by validate."""

from __future__ import annotations

import gc
import socket
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import InputError
from importer.sandbox.server import bind_socket
from importer.validate import validate_file
from tests.test_load import write_xlsx


@pytest.mark.parametrize(("given", "line"), [
    (["--page-size", "0"], "--page-size: expected a whole number of 1 or more (results per "
     "list page), got 0; change it, or leave it out for the default (50)."),
    (["--faults", "2"], "--faults: expected a probability from 0 to 1 (0.05: one request in "
     "twenty), got 2; change it, or leave it out for the default (0)."),
    (["--rate", "0"], "--rate: expected a number above 0 (requests per second per key), got 0; "
     "change it."),
    (["--latency", "-1"], "--latency: expected a number of 0 or more (seconds), got -1; change "
     "it, or leave it out for the default (0)."),
    (["--guide-start-date", "2027-13-01"], "--guide-start-date: expected a date written "
     "YYYY-MM-DD (2027-05-11), got 2027-13-01; change it."),
])
def test_a_sandbox_option_out_of_range_is_refused_in_the_one_error_line(
        given: list[str], line: str) -> None:
    """'--page-size 0' showed typer's boxed 'Error' panel, and a month 13 pydantic's 'Input
    should be a valid date or datetime, month value is outside expected range of 1-12'."""
    result = CliRunner().invoke(app, ["sandbox", "--port", "0", *given])
    assert (result.exit_code, result.stderr) == (2, f"error: command-line option {line}\n")


def test_fault_probabilities_over_one_in_all_name_the_options_to_lower() -> None:
    result = CliRunner().invoke(app, ["sandbox", "--port", "0", "--fault-slow", "0.8",
                                      "--fault-drop-after", "0.5"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: command-line options: the fault probabilities add up to 1.300, more than 1: "
        "lower --faults or the --fault-* options to 1 at most in all\n"))


def test_a_port_that_cannot_be_bound_leaves_no_socket_open() -> None:
    """A port in use stopped the sandbox with its socket left open (a ResourceWarning)."""
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        with pytest.raises(OSError, match="in use"):
            bind_socket("127.0.0.1", taken.getsockname()[1])
        gc.collect()
    taken.close()
    assert [str(w.message) for w in warned if w.category is ResourceWarning] == []


def _day_tabs(tmp_path: Path, last: list[list[str]]) -> Path:
    header = ["Session", "Date", "Start", "End", "Room"]
    return write_xlsx(tmp_path / "days.xlsx", {
        "Tue 11 May": [header, ["Opening", "5/11/2027", "9:00 AM", "9:30 AM", "Hall"]],
        "Wed 12 May": [header, ["Closing", "5/12/2027", "4:00 PM", "5:00 PM", "Hall"]],
        "Thu 13 May": last,
    })


def test_draft_mapping_given_sheet_all_drafts_the_tabs_validate_reads(tmp_path: Path) -> None:
    """'--sheet all', which the draft's own summary tells validate to be given, stopped
    draft-mapping with "has no sheet 'all'"."""
    path = _day_tabs(tmp_path, [["Rooms open at 8"], ["Coffee in the hall"]])
    output = tmp_path / "days.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "--sheet", "all",
                                    "-o", str(output)])
    assert (done.exit_code, done.stderr.splitlines()[-1]) == (0, (
        f"Then check it: gbimport validate {path} --mapping {output} --sheet all (read: "
        "sheet 'Tue 11 May'; with the same columns: 'Wed 12 May')"))
    assert output.read_text(encoding="utf-8").splitlines()[1] == (
        "# Read it through, then check it: gbimport validate days.xlsx --mapping <this file> "
        "--sheet all")
    report = validate_file(path, mapping=output, sheet=["all"], timezone="UTC")
    assert [(row.sheet, row.row, row.name, row.issues) for row in report.rows] == [
        ("Tue 11 May", 2, "Opening", ()), ("Wed 12 May", 2, "Closing", ())]


def test_draft_mapping_given_several_tabs_names_each_for_validate(tmp_path: Path) -> None:
    path = _day_tabs(tmp_path, [["Session", "Date", "Start", "Room"],
                                ["Tour", "5/13/2027", "10:00 AM", "Yard"]])
    draft = draft_mapping(path, ["1", "Tue 11 May"])
    assert (draft.sheet.sheet_name, draft.sheet.similar_sheets, draft.text.splitlines()[1]) == (
        "Wed 12 May", ["Tue 11 May"], "# Read it through, then check it: gbimport validate "
        "days.xlsx --mapping <this file> --sheet \"Wed 12 May\" --sheet \"Tue 11 May\"")
    # The console's next step names the two tabs as given, not --sheet all (which would read
    # Thursday's tab too, were its columns the same).
    output = tmp_path / "two.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "--sheet", "1", "--sheet",
                                    "Tue 11 May", "-o", str(output)])
    assert (done.exit_code, done.stderr.splitlines()[-1]) == (0, (
        f'Then check it: gbimport validate {path} --mapping {output} --sheet "Wed 12 May" '
        '--sheet "Tue 11 May"'))
    with pytest.raises(InputError) as caught:
        draft_mapping(path, ["Tue 11 May", "Thu 13 May"])
    assert str(caught.value) == (
        f"sheet 'Thu 13 May' of {path} has no 'End' column (its header is on row 1), but "
        "sheet 'Tue 11 May' has one and the mapping reads it: give every sheet read the same "
        "column headers, or leave sheet 'Thu 13 May' out of --sheet.")


def test_a_date_with_a_letter_for_a_figure_is_named_to_fix_not_to_map(tmp_path: Path) -> None:
    """The draft offered values = { "13/05/2O27" = "YYYY-MM-DD" } and left the start to fill
    in, inviting a mapping of the typo; validate said only 'which is not a date'."""
    sheet = tmp_path / "typo.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                     "A,13/05/2027,9:00,10:00,Hall\n"
                     "B,14/05/2027,9:30,10:00,Hall\n"
                     "C,13/05/2O27,11:00,12:00,Hall\n"
                     "D,14/05/2027,1O:00,12:00,Hall\n"
                     "E,l4/05/2027,11:30,12:00,Hall\n"
                     "F,14/05/2027,14:00,15:00,Hall\n", encoding="utf-8")
    draft = draft_mapping(sheet)
    assert (draft.missing, [line for line in draft.text.splitlines() if "fix the cell" in line]
            ) == ([], [
                "# 'Date' on row 4 has '13/05/2O27': a letter O where a zero goes; fix the cell",
                "# 'Date' on row 6 has 'l4/05/2027': a letter l where a one goes; fix the cell"])
    mapping = tmp_path / "typo.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(issue.row, issue.code, issue.message) for issue in report.issues
            if issue.row is not None] == [
        (4, "bad-date", "Row 4: 'Date' has '13/05/2O27', with a letter O where a zero goes: "
                        "write 13/05/2027."),
        (5, "bad-time", "Row 5: 'Time Start' has '1O:00', with a letter O where a zero goes: "
                        "write 10:00."),
        (6, "bad-date", "Row 6: 'Date' has 'l4/05/2027', with a letter l where a one goes: "
                        "write 14/05/2027.")]
