"""Small mends to draft-mapping and a first validate: registration columns drafted as the
API's registration fields; dates without their year told so, and the draft's values hint
for them followed where it is written; a first validate of a sheet lacking some of the
template's columns led to the sheet and draft-mapping, not to a mapping's keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer import draft_mapping, load_mapping, validate_file
from importer.errors import MappingError
from tests.test_draft import drafted
from tests.test_validate import issue_table, write_csv


def test_registration_columns_are_drafted_as_the_registration_fields(tmp_path: Path) -> None:
    """A workshop day says which sessions need signing up for ('Register?'), how many seats
    each has and whether a waitlist opens: the draft listed them as read by nothing, so no
    limit reached the guide. They are drafted as require_login, max_capacity and waitlist,
    with add_to_schedule said yes, as registration needs; validate then sends them."""
    sheet = write_csv(tmp_path, ["ID", "Title", "Date", "Start", "End", "Room", "Register?",
                                 "Seats", "Waitlist"], [
        ["w1", "Opening", "2027-05-11", "09:00", "10:00", "Hall A", "no", "", "no"],
        ["w2", "Pottery", "2027-05-11", "10:30", "12:00", "Studio", "yes", "12", "yes"],
        ["w3", "Weaving", "2027-05-11", "13:00", "14:00", "Studio", "Yes", "8", "no"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert {key: tables.get(key) for key in ("require_login", "max_capacity", "waitlist",
                                            "add_to_schedule")} == {
        "require_login": {"column": '"Register?"', "default": "false"},
        "max_capacity": {"column": '"Seats"'},
        "waitlist": {"column": '"Waitlist"', "default": "false"},
        "add_to_schedule": {"default": "true"}}
    assert "nothing reads" not in mapping.read_text()
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, issue_table(report)) == (True, [])
    assert [(p.name, p.require_login, p.max_capacity, p.waitlist, p.add_to_schedule)
            for p in report.payloads] == [("Opening", False, None, False, True),
                                          ("Pottery", True, 12, True, True),
                                          ("Weaving", True, 8, False, True)]


def test_a_capacity_without_a_registration_column_is_drafted_commented_out(
        tmp_path: Path) -> None:
    """A room's 'Capacity' beside no column saying which sessions take registrations: a
    limit needs registration on, so it is offered commented out, saying what to set, and
    validate reads the draft as it is without a registration-dependency error."""
    sheet = write_csv(tmp_path, ["ID", "Title", "Date", "Start", "End", "Room", "Capacity"], [
        ["w1", "Opening", "2027-05-11", "09:00", "10:00", "Hall A", "300"],
        ["w2", "Pottery", "2027-05-11", "10:30", "12:00", "Studio", "12"]])
    mapping, tables = drafted(tmp_path, sheet)
    text = mapping.read_text()
    assert "max_capacity" not in tables
    assert re.search(r"^# \[fields\.max_capacity\]   # .*require_login.*\n"
                     r"# column = \"Capacity\"$", text, re.M), text
    assert "# Columns nothing reads" not in text
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, issue_table(report)) == (True, [])


def test_weak_headers_and_values_that_do_not_fit_are_not_drafted(tmp_path: Path) -> None:
    """'Type' and 'Number' say nothing of registration, and an 'RSVP' column of e-mail
    addresses is no yes/no: none of them is drafted as a registration field."""
    sheet = write_csv(tmp_path, ["Title", "Date", "Start", "End", "Room", "RSVP", "Spaces",
                                 "Type", "Number"], [
        ["Opening", "2027-05-11", "09:00", "10:00", "Hall A", "ana@example.org", "many",
         "yes", "12"],
        ["Pottery", "2027-05-11", "10:30", "12:00", "Studio", "bo@example.org", "few",
         "no", "8"]])
    _, tables = drafted(tmp_path, sheet)
    assert not {"require_login", "max_capacity", "waitlist", "add_to_schedule"} & set(tables)


def test_a_date_and_time_without_its_year_is_told_the_year_is_missing(tmp_path: Path) -> None:
    """'14 March 09:00' was told only how a date and time is written, as if its date were
    unreadable: it is told its date has no year and to add it. A cell whose date has one
    and is wrong keeps the message it had."""
    sheet = write_csv(tmp_path, ["ID", "Title", "When", "Room"], [
        ["a", "Opening", "14 March 09:00-10:00", "Hall A"],
        ["b", "Talk", "3/14 10:00 - 11:00", "Hall A"],
        ["c", "Lunch", "06/Enero 12:00-13:00", "Hall A"],
        ["d", "Close", "someday 12:00-13:00", "Hall A"]])
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.import_id]\ncolumn = "ID"\n[fields.name]\n'
                       'column = "Title"\n[fields.start]\ncolumn = "When"\n[fields.end]\n'
                       'column = "When"\n[fields.locations]\ncolumn = "Room"\n')
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    fix = "add it to the cell, as in 5/11/2027 10:00 AM or 2027-05-11 10:00"
    said = "which is not a start and end date and time"
    assert [(i.row, i.code, i.message) for i in report.issues] == [
        (2, "bad-datetime", f"Row 2: 'When' has '14 March 09:00-10:00', {said}: the date "
         f"'14 March' has no year; {fix}."),
        (3, "bad-datetime", f"Row 3: 'When' has '3/14 10:00 - 11:00', {said}: its start "
         f"'3/14 10:00' is unreadable: the date '3/14' has no year; {fix}."),
        (4, "bad-datetime", f"Row 4: 'When' has '06/Enero 12:00-13:00', {said}: the date "
         f"'06/Enero' has no year; {fix}."),
        (5, "bad-datetime", f"Row 5: 'When' has 'someday 12:00-13:00', {said}: write it like "
         "5/11/2027 10:00 AM or 2027-05-11 10:00.")]


def test_the_values_hint_uncommented_at_the_top_is_told_to_move_under_its_table(
        tmp_path: Path) -> None:
    """The draft's note for days without their year, at the top of the file, gives the
    values line for [fields.start]: pasted where the note is, it was refused as "unknown key
    'values'; did you mean 'blank_values'?", which reads nothing of the kind. It is told to
    move under [fields.start], and there, with the year, it reads every date."""
    sheet = write_csv(tmp_path, ["ID", "Title", "Date", "Start", "End", "Room"], [
        ["a", "Opening", "14 March", "09:00", "10:00", "Hall A"],
        ["b", "Talk", "15 March", "10:00", "11:00", "Hall A"]])
    text = draft_mapping(sheet).text
    hint = re.search(r"^# 'Date' gives .* under \[fields\.start\]: (values = \{.*\})$", text,
                     re.M)
    assert hint is not None, text
    values = hint[1].replace("YYYY", "2027")
    mapping = tmp_path / "m.toml"
    mapping.write_text(text.replace(hint[0], values), encoding="utf-8")
    line = text.splitlines().index(hint[0]) + 1
    with pytest.raises(MappingError) as caught:
        load_mapping(mapping)
    assert str(caught.value) == (
        f"{mapping}:{line}: unknown key 'values'; values is a key of a [fields...] table, and "
        "a line above the first [table] is a setting of the whole mapping: move it under the "
        "table it is for ([fields.start] for the dates of a date column)")
    mapping.write_text(text.replace(hint[0], "").replace(
        '[fields.start]\n', f"[fields.start]\n{values}\n"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, [p.start_time.isoformat() for p in report.payloads]) == (
        True, ["2027-03-14T09:00:00+00:00", "2027-03-15T10:00:00+00:00"])


TEMPLATE = "('Session Title', 'Date', 'Time Start', 'Time End', 'Room/Location')"


def test_a_sheet_lacking_a_template_column_is_not_told_of_a_mapping_it_has_not(
        tmp_path: Path) -> None:
    """Read without a mapping, a sheet with the template's columns but the room, a speaker
    instead, was told to 'fix the column name in the mapping or the sheet, or mark the field
    optional = true', of a mapping the planner never wrote. It is told the column it lacks,
    draft-mapping first, and how to make the sheet the template."""
    sheet = write_csv(tmp_path, ["Session Title", "Date", "Time Start", "Time End", "Speaker"],
                      [["Opening", "5/11/2027", "9:00 AM", "10:00 AM", "Ana Ruiz"]])
    with pytest.raises(MappingError) as refused:
        validate_file(sheet, timezone="UTC")
    assert str(refused.value) == (
        f"{sheet}: the sheet lacks 'Room/Location' of the columns of Guidebook's import "
        f"template {TEMPLATE}, which is read without a mapping; its columns are 'Session "
        "Title', 'Date', 'Time Start', 'Time End', 'Speaker'. For columns of your own, draft "
        f"a mapping from them: gbimport draft-mapping {sheet} -o my-mapping.toml, then give "
        "--mapping my-mapping.toml to each command. To read the sheet as the template, add a "
        "column headed 'Room/Location'.")


def test_a_template_column_written_another_way_is_told_to_be_renamed_first(
        tmp_path: Path) -> None:
    """'Start Time' for 'Time Start' and 'Title' for 'Session Title': the rename in the sheet
    comes first, draft-mapping after it, and no mapping's keys are named."""
    sheet = write_csv(tmp_path, ["Title", "Date", "Start Time", "Time End", "Room/Location"],
                      [["Opening", "5/11/2027", "9:00 AM", "10:00 AM", "Hall A"]])
    with pytest.raises(MappingError) as refused:
        validate_file(sheet, timezone="UTC")
    assert str(refused.value) == (
        f"{sheet}: the sheet lacks 'Session Title' and 'Time Start' of the columns of "
        f"Guidebook's import template {TEMPLATE}, which is read without a mapping; its columns "
        "are 'Title', 'Date', 'Start Time', 'Time End', 'Room/Location'. To read the sheet as "
        "the template, rename 'Title' to 'Session Title' and 'Start Time' to 'Time Start' in "
        "the sheet. For columns of your own, draft a mapping from them: gbimport "
        f"draft-mapping {sheet} -o my-mapping.toml, then give --mapping my-mapping.toml to "
        "each command.")
