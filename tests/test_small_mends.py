"""Small mends: a month's name alone heading a calendar's days; the row marked out named
in a swapped id's warning."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from importer.validate import validate_file
from tests.test_audit_mu53 import swapped_then_one_cancelled
from tests.test_validate import write_csv


def _issues(path: Path) -> list[tuple[int | None, str | None, str, str]]:
    report = validate_file(path, timezone="UTC")
    return [(i.row, i.column, i.code, i.message) for i in report.issues if i.row]


def test_a_months_name_alone_in_the_date_column_heads_its_days(tmp_path: Path) -> None:
    """A course calendar heads each month's days with its name ('ABRIL', 'MAIO', in any
    language dates are read in): a heading, not a day with only its date filled in."""
    header = ["Date", "Day", "Session Title", "Time Start", "Time End", "Room/Location"]
    path = write_csv(tmp_path, header, [
        ["3/31/2027", "Wednesday", "Lecture 1", "9:00", "10:00", "E232"],
        ["ABRIL", "", "", "", "", ""],
        ["4/1/2027", "Thursday", "Lecture 2", "9:00", "10:00", "E232"],
        ["4/3/2027", "Saturday", "", "", "", ""],
        ["May", "", "", "", "", ""],
        ["5/6/2027", "Thursday", "Lecture 3", "9:00", "10:00", "E232"],
        ["Juni:", "", "", "", "", ""],
        ["6/3/2027", "Thursday", "Lecture 4", "9:00", "10:00", "E232"]])
    heading = ("Row {}: holds only {!r} (in 'Date'), a month's name heading the days under "
               "it, so it is read as a section heading and nothing is sent for it.")
    assert _issues(path) == [
        (3, "Date", "section-heading", heading.format(3, "ABRIL")),
        (5, "Date", "empty-day", "Row 5: only the date is filled in (in 'Date'), perhaps with "
         "the day's name: a day with nothing on, so no session is sent; to make one, give the "
         "row a title."),
        (6, "Date", "section-heading", heading.format(6, "May")),
        (8, "Date", "section-heading", heading.format(8, "Juni:"))]


def filling_down_dates(tmp_path: Path) -> Path:
    """A mapping of the template's title and times that fills the Date column down."""
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "m"\nfill_down = ["Date"]\n[fields.name]\ncolumn = "Session Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
        '[fields.end]\ntime_column = "Time End"\n', encoding="utf-8")
    return mapping


def test_a_months_name_is_not_filled_down_as_the_date_of_the_rows_under_it(
        tmp_path: Path) -> None:
    path = write_csv(tmp_path, ["Date", "Session Title", "Time Start", "Time End"], [
        ["5/28/2027", "Talk", "9:00", "10:00"],
        ["June", "", "", ""],
        ["", "Panel", "11:00", "12:00"]])
    mapping = filling_down_dates(tmp_path)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(r.row, [i.code for i in r.issues], r.payload and r.payload.start_time.isoformat())
            for r in report.rows] == [
        (2, [], "2027-05-28T09:00:00+00:00"), (3, ["section-heading"], None),
        (4, ["missing-required"], None)]  # nor the date above it (tests/test_audit_mu58.py)


def test_a_session_taken_back_from_a_row_marked_out_names_that_row(tmp_path: Path) -> None:
    """Talk 1's and talk 3's ids swapped in Builder, then talk 3 cancelled in the sheet: row
    2's warning names row 4, marked out, as the holder of the id it takes back, not 'a
    session no longer in the sheet'."""
    sandbox, sheet = swapped_then_one_cancelled(tmp_path)

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), prune=True)

    assert [(row.result.row, issue.code, issue.message) for row in plan.rows
            for issue in row.issues] == [
        (2, "id-changed-in-guide", "Row 2: this row's session 'Talk number 1' (id 1, its "
         "title and start) has in the guide the import_id 'sheet:T003' of row 4, which the "
         "mapping's leave_out marks out, and the session under this row's id, 'Talk number "
         "3' (id 3), is another talk (their ids swapped in Builder, most likely): this row's "
         "is given back 'sheet:T001' (one PATCH) rather than id 3 made into this talk, which "
         "is left as it is (--prune does not delete it while it has this row's id): give it "
         "its own import id in Builder, or delete it there")]
