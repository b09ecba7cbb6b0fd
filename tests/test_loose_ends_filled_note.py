"""An issue on another column whose message quotes a cell fill_down filled says where that
value was typed, as an issue on the filled cell itself does."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_an_issue_quoting_a_filled_cell_of_another_column_says_where_it_came_from(
        tmp_path: Path) -> None:
    path = tmp_path / "days.csv"
    path.write_text(
        "Title,Date,Time Start,Time End,End Date,Room\n"
        "Keynote,2027-05-11,9:00,10:00,,R1\n"
        "Panel,,11:00,12:00,2027-05-10,R2\n"
        "Talk,,,10:30,,R3\n"
        "Own date,2027-05-12,9:00,10:00,2027-05-11,R1\n", encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "m"\nfill_down = ["Date", "Time Start"]\n[fields.name]\ncolumn = "Title"\n'
        '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
        '[fields.end]\ntime_column = "Time End"\n[fields.end_date]\ncolumn = "End Date"\n'
        '[fields.locations]\ncolumn = "Room"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues if i.row] == [
        (3, "End Date", "end-before-start",
         "Row 3: 'End Date' has '2027-05-10', before the session's date in 'Date' "
         "('2027-05-11', filled down from row 2); fix one of the two."),
        (4, "Time End", "end-before-start",
         "Row 4: the session ends before it starts: 'Time End' has '10:30' and 'Time Start' "
         "(filled down from row 3) has '11:00' (read as 2027-05-11 10:30 and 2027-05-11 "
         "11:00); if it runs past midnight, put the next day in 'End Date'."),
        (5, "End Date", "end-before-start",
         "Row 5: 'End Date' has '2027-05-11', before the session's date in 'Date' "
         "('2027-05-12'); fix one of the two.")]
