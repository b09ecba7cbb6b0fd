"""How a cell's text is read and quoted: spaces, blank_values, and the length a message quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import CLASSIC, REPO, write_csv

CAPACITY = "Limit Capacity (Optional)"


def mapping_with_blank_values(tmp_path: Path, *values: str) -> Path:
    mapping = tmp_path / "m.toml"
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    listed = ", ".join(f'"{value}"' for value in values)
    mapping.write_text(template.replace("blank_values = []", f"blank_values = [{listed}]"),
                       encoding="utf-8")
    return mapping


def test_blank_values_empty_a_room_and_a_capacity_in_any_case(tmp_path: Path) -> None:
    """'TBA' in the room column is no room called TBA; in the capacity column, no limit."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, CAPACITY], [
        ["A", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", " tba ", "", "", "TBA"],
    ])
    report = validate_file(path, mapping=mapping_with_blank_values(tmp_path, "TBA"),
                           timezone="UTC")
    assert report.issues == []
    payload = report.payloads[0]
    assert (payload.locations, payload.max_capacity) == ((), None)


def test_runs_of_spaces_in_a_title_are_one_space(tmp_path: Path) -> None:
    """Excel users pad with spaces and non-breaking spaces; the app would show the gaps."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["A", "  Keynote:   the\u00a0 future ", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "",
         ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert report.payloads[0].name == "Keynote: the future"


def test_a_message_quotes_a_cell_of_100_characters_whole_and_cuts_a_longer_one(
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, CAPACITY], [
        ["B", "Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", "", "x" * 100],
        ["C", "Talk 2", "5/11/2027", "9:00 AM", "10:00 AM", "Hall 2", "", "", "y" * 101],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(issue.row, issue.code, issue.value) for issue in report.issues] == [
        (2, "bad-number", "x" * 100),
        (3, "bad-number", "y" * 99 + "…"),
    ]


def test_a_date_cell_writing_its_time_gives_it_to_a_blank_time_and_is_not_overruled(
        tmp_path: Path) -> None:
    """A column of datetimes saved to CSV writes '5/11/2027 9:30 AM' under Date. It was
    refused as no date. Its time is the start where 'Time Start' is blank; a Time Start
    that agrees is fine; one that disagrees leaves the row in doubt, and is an error."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["A", "Keynote", "5/11/2027 9:30 AM", "", "10:30 AM", "Hall", "", ""],
        ["B", "Talk", "5/11/2027 11:00", "11:00 AM", "11:45 AM", "Hall", "", ""],
        ["C", "Panel", "5/11/2027 1:00 PM", "2:00 PM", "3:00 PM", "Hall", "", ""],
        ["D", "Reception", "5/11/2027 0:00", "", "", "Hall", "", ""],
        ["E", "Expo", "2027-05-12T00:00:00Z", "", "", "Hall", "", ""],  # a JSON export's day
        # An app builder's export writes each day at noon UTC, so it is that day everywhere.
        ["F", "Closing", "2027-05-12T12:00:00.000Z", "4:00 PM", "5:00 PM", "Hall", "", ""],
        ["G", "Lunch", "5/12/2027 12:00 PM", "1:00 PM", "2:00 PM", "Hall", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(p.import_id, p.start_time, p.end_time, p.all_day) for p in report.payloads] == [
        ("sheet:A", dt.datetime(2027, 5, 11, 9, 30, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 11, 10, 30, tzinfo=dt.UTC), False),
        ("sheet:B", dt.datetime(2027, 5, 11, 11, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 11, 11, 45, tzinfo=dt.UTC), False),
        ("sheet:D", dt.datetime(2027, 5, 11, tzinfo=dt.UTC), None, True),
        ("sheet:E", dt.datetime(2027, 5, 12, tzinfo=dt.UTC), None, True),
        ("sheet:F", dt.datetime(2027, 5, 12, 16, tzinfo=dt.UTC),
         dt.datetime(2027, 5, 12, 17, tzinfo=dt.UTC), False)]
    assert [(i.row, i.column, i.value, i.code, i.message) for i in report.issues] == [
        (4, "Date", "5/11/2027 1:00 PM", "bad-date",
         "Row 4: 'Date' has '5/11/2027 1:00 PM', with a time, but 'Time Start' has "
         "'2:00 PM'; keep the time in 'Time Start' alone."),
        (8, "Date", "5/12/2027 12:00 PM", "bad-date",
         "Row 8: 'Date' has '5/12/2027 12:00 PM', with a time, but 'Time Start' has "
         "'1:00 PM'; keep the time in 'Time Start' alone.")]


def test_a_date_cell_with_its_time_beside_an_unreadable_time_is_that_times_error_alone(
        tmp_path: Path) -> None:
    """'Time Start' holding no time is its own error; the Date's time is not said to
    disagree with it as well."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["A", "Keynote", "5/11/2027 9:30 AM", "soon", "10:30 AM", "Hall", "", ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.column, i.value, i.code) for i in report.issues] == [
        (2, "Time Start", "soon", "bad-time")]
    assert report.payloads == []


def test_a_column_of_datetimes_mapped_for_its_dates_leaves_the_times_to_the_time_column(
        tmp_path: Path) -> None:
    """An export gives each talk its block's start ('2025-06-23 11:00:00') beside the talk's
    own time ('11:30'): every date cell holds a time, so the column is one of datetimes
    mapped for its dates, and the time column's times stand. Half the rows were bad-date,
    asking to edit an export."""
    path = tmp_path / "agenda.csv"
    path.write_text("TITLE,START,START_STR,END_STR\n"
                    "Opening,2027-06-23 11:00:00,11:00,11:30\n"
                    "Soil probes,2027-06-23 11:00:00,11:30,12:00\n"
                    "Root maps,2027-06-24 09:00:00,,10:00\n", encoding="utf-8")
    mapping = tmp_path / "agenda.toml"
    mapping.write_text('name = "agenda"\nimport_id_prefix = "agenda:"\n'
                       '[fields.name]\ncolumn = "TITLE"\n'
                       '[fields.start]\ndate_column = "START"\ntime_column = "START_STR"\n'
                       '[fields.end]\ntime_column = "END_STR"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [i.code for i in report.issues if i.code != "derived-import-id"] == []
    assert [(p.name, f"{p.start_time:%d %H:%M}", f"{p.end_time:%H:%M}")
            for p in report.payloads] == [
        ("Opening", "23 11:00", "11:30"), ("Soil probes", "23 11:30", "12:00"),
        ("Root maps", "24 09:00", "10:00")]
