"""A festival programme's days written without their year ('10/14(土)'), in the start's date
column and in an end-date column: each column gives each day its date under `values`, and
a day left out is told so. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = ('name = "t"\ntimezone = "UTC"\n[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
           'values = { "10/14(土)" = "2027-10-14" }\n'
           '[fields.end]\ntime_column = "End"\n[fields.import_id]\ncolumn = "Id"\n'
           '[fields.end_date]\ncolumn = "End Date"\n')


def test_an_end_date_column_of_yearless_days_is_told_of_values_and_reads_with_them(
        tmp_path: Path) -> None:
    """The message said only to write the date with its year."""
    path = write_bytes(tmp_path, "programme.csv", (
        "Id,Date,Time,End Date,End,Title\n"
        "1,10/14(土),22:00,10/15(日),2:00,All-night screening\n").encode())
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING)
    report = validate_file(path, mapping=mapping)
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (2, "End Date", "bad-date",
         "Row 2: 'End Date' has '10/15(日)', which is not a date: the date has no year; write "
         "the date like 5/11/2027 (May 11) or 2027-05-11, or, for a column of a few days, give "
         "each its date once in the mapping, in the field reading this column: "
         'values = { "<the cell as written>" = "YYYY-MM-DD" }.')]
    mapping.write_text(MAPPING + 'values = { "10/15(日)" = "2027-10-15" }\n')
    report = validate_file(path, mapping=mapping)
    assert report.issues == []
    assert [(r.payload.start_time.isoformat(), r.payload.end_time.isoformat())
            for r in report.rows if r.payload] == [
        ("2027-10-14T22:00:00+00:00", "2027-10-15T02:00:00+00:00")]
