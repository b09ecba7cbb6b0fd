"""A start read from one column of dates with times ('2027-05-11 09:00') holding 'TBA' or
'TBD' (a talk with no slot yet) is said to be not fixed yet, with the mapping lines that leave
it out until it has one, as a date column's 'TBA' is; the lines, pasted as written, do.
An end column's 'TBA' is left to the plain message: skip_unscheduled reads starts only."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from tests.test_load import write_bytes

SHEET = (
    b"start,end,title\n"
    b"2027-05-11 09:00,2027-05-11 10:00,Keynote\n"
    b"TBA,,Workshop\n"
    b"tbd,,Panel\n"
    b"2027-05-12 16:00,TBA,Closing\n")
MAPPING = ('name = "slots"\n{keys}[fields.name]\ncolumn = "title"\n'
           '[fields.start]\ncolumn = "start"\n[fields.end]\ncolumn = "end"\n')


def _issues(tmp_path: Path, keys: str) -> list[tuple[int, str, str]]:
    path = write_bytes(tmp_path, "slots.csv", SHEET)
    mapping = tmp_path / "slots.toml"
    mapping.write_text(MAPPING.format(keys=keys))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def test_a_start_datetime_not_fixed_yet_names_blank_values_and_skip_unscheduled(
        tmp_path: Path) -> None:
    """Was "'start' has 'TBA', which is not a date and time: write it like 5/11/2027
    10:00 AM", as for a typo, though the planner has no slot to write yet."""
    lines = 'blank_values = ["TBA", "tbd"] and skip_unscheduled = true'
    assert _issues(tmp_path, "") == [
        *((row, "bad-datetime", f"Row {row}: 'start' has {word!r}, a date and time not fixed "
           "yet: write the date and time once the session has one, or, to send nothing for "
           f"it until then, set {lines} in the mapping (at its top, above the first [table]; "
           "the row is then skipped, with a warning, until its date is written).")
          for row, word in ((3, "TBA"), (4, "tbd"))),
        (5, "bad-datetime", "Row 5: 'end' has 'TBA', which is not a date and time: write it "
         "like 5/11/2027 10:00 AM or 2027-05-11 10:00.")]
    pasted = lines.replace(" and ", "\n") + "\n"
    assert [(row, code) for row, code, _ in _issues(tmp_path, pasted)] == [
        (3, "unscheduled"), (4, "unscheduled"), (5, "missing-required")]
