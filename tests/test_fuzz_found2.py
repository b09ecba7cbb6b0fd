"""Inputs a second fuzzer found, over mappings that load and runs into the sandbox: each
row is read as meant, or refused with its error, never sent as another session."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_a_noon_start_to_midnight_is_read_as_noon_not_as_a_session_at_midnight(
    tmp_path: Path,
) -> None:
    """`12:00 - midnight` took midnight's am for its start and was sent as a session at 0:00
    that ends as it starts, twelve hours early: it is noon to the midnight closing its day."""
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                     "Party,5/11/2027,12:00,midnight,Hall\n"
                     "Talk,5/11/2027,9:00,10:00,Hall\n", encoding="utf-8")
    report = validate_file(sheet, timezone="UTC")
    assert [(row.row, list(row.issues), row.payload and (
        row.payload.start_time.isoformat(), row.payload.end_time and
        row.payload.end_time.isoformat())) for row in report.rows] == [
        (2, [], ("2027-05-11T12:00:00+00:00", "2027-05-12T00:00:00+00:00")),
        (3, [], ("2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00")),
    ]


def test_a_range_cell_from_noon_to_midnight_is_read_so_too(tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Date"\ntime_column = "Time"\n[fields.end]\n'
                       'time_column = "Time"\n', encoding="utf-8")
    sheet = tmp_path / "s.csv"
    sheet.write_text("Title,Date,Time\nParty,5/11/2027,12:00 - midnight\n"
                     "Late show,5/11/2027,22:00 - midnight\n", encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [[issue.code for issue in row.issues] for row in report.rows] == [[], []]
    party, late = report.rows[0].payload, report.rows[1].payload
    assert party is not None and party.start_time.isoformat() == "2027-05-11T12:00:00+00:00"
    assert late is not None
    assert (late.start_time.isoformat(), late.end_time and late.end_time.isoformat()) == (
        "2027-05-11T22:00:00+00:00", "2027-05-12T00:00:00+00:00")


def test_an_evening_into_the_night_under_a_date_that_does_not_read_is_its_bad_date(
    tmp_path: Path,
) -> None:
    """A day-first date read month-first (13/5/2027) over an evening and its small hours
    stopped validate with an internal TypeError, as the night after a date not read was
    looked for; each row now says its date is wrong, as rows of a day-time programme do."""
    sheet = tmp_path / "s.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                     "Show,13/5/2027,20:00,21:00,Hall\n"
                     "After party,13/5/2027,0:30,1:00,Hall\n", encoding="utf-8")
    report = validate_file(sheet, timezone="UTC")
    assert [issue.code for issue in report.sheet_issues] == [
        "ambiguous-date-order", "derived-import-id"]
    assert [(row.row, [issue.code for issue in row.issues]) for row in report.rows] == [
        (2, ["bad-date"]), (3, ["bad-date"])]
