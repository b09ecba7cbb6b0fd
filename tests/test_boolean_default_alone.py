"""A yes/no field given by its `default` alone, with no column: every session's value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_validate import CLASSIC, template_without_schedule_default, write_csv

BASE = """name = "reg"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""
LOGIN = '[fields.require_login]\ncolumn = "Login"\n'
SCHEDULED = "[fields.add_to_schedule]\ndefault = true\n"
HEADER = ["Title", "Date", "Start", "End", "Login"]
ROWS = [["Workshop", "5/11/2027", "9:00 AM", "10:00 AM", "yes"],
        ["Talk", "5/11/2027", "11:00 AM", "12:00 PM", "no"]]


def write_mapping(tmp_path: Path, *tables: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(BASE + "".join(tables), encoding="utf-8")
    return path


def issues(tmp_path: Path, mapping: Path, header: list[str] = HEADER,
           rows: list[list[Any]] = ROWS) -> list[tuple[Any, ...]]:
    report = validate_file(write_csv(tmp_path, header, rows), mapping=mapping,
                           timezone="Europe/Berlin")
    return [(i.row, i.column, i.code, i.message) for i in report.issues
            if i.code != "derived-import-id"]


def test_add_to_schedule_by_its_default_alone_is_sent_on_every_session(
        tmp_path: Path) -> None:
    """The registration a planner could not import without a column of 'yes' on every row."""
    mapping = write_mapping(tmp_path, LOGIN, SCHEDULED)
    report = validate_file(write_csv(tmp_path, HEADER, ROWS), mapping=mapping,
                           timezone="Europe/Berlin")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(p.name, p.require_login, p.add_to_schedule) for p in report.payloads] == [
        ("Workshop", True, True), ("Talk", False, True)]


@pytest.mark.parametrize("key", ["all_day", "allow_rating", "add_to_schedule",
                                 "require_login", "waitlist"])
def test_every_yes_no_field_loads_with_its_default_alone(tmp_path: Path, key: str) -> None:
    mapping = load_mapping(write_mapping(tmp_path, f"[fields.{key}]\ndefault = false\n"))
    setting = getattr(mapping.fields, key)
    assert (setting.column, setting.default, setting.columns()) == (None, False, [])


def test_a_yes_no_field_with_neither_column_nor_default_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as caught:
        load_mapping(write_mapping(tmp_path, "[fields.add_to_schedule]\noptional = true\n"))
    assert str(caught.value).replace(f"{tmp_path}/", "") == (
        "m.toml:9: fields.add_to_schedule: missing key 'column'; add it, or give default = "
        "true (or false) alone, every session's value")


def test_registration_without_add_to_schedule_names_what_to_add_to_the_mapping(
        tmp_path: Path) -> None:
    assert issues(tmp_path, write_mapping(tmp_path, LOGIN)) == [
        (2, "Login", "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; add "
         "[fields.add_to_schedule] with default = true to the mapping, or set "
         "'Login' to no.")]


def test_add_to_schedule_no_by_its_default_alone_is_told_to_say_yes(tmp_path: Path) -> None:
    mapping = write_mapping(tmp_path, LOGIN, "[fields.add_to_schedule]\ndefault = false\n")
    assert issues(tmp_path, mapping) == [
        (2, "Login", "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; set default "
         "= true under [fields.add_to_schedule] in the mapping, or set "
         "'Login' to no.")]


def test_require_login_by_its_default_alone_names_the_default(tmp_path: Path) -> None:
    """No column to place the issue on, nor to set to no: the mapping's default is named."""
    mapping = write_mapping(tmp_path, "[fields.require_login]\ndefault = true\n")
    assert issues(tmp_path, mapping, HEADER[:4], [r[:4] for r in ROWS[:1]]) == [
        (2, None, "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; add "
         "[fields.add_to_schedule] with default = true to the mapping, or set "
         "the mapping's require_login default to no.")]


def test_the_templates_schedule_column_absent_without_default_names_the_default(
        tmp_path: Path) -> None:
    """The template's column left out of a Builder sheet: the default that says yes."""
    mapping = template_without_schedule_default(tmp_path)
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, "Require Registration (Optional)"], [
        ["W1", "Workshop", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "", "", "yes"]])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code, i.message) for i in report.issues] == [
        (2, "Require Registration (Optional)", "registration-dependency",
         "Row 2: registration needs attendees to be able to add the session to their "
         "schedule (add_to_schedule), and the sheet has no column saying so; set default "
         "= true under [fields.add_to_schedule] in the mapping, or set "
         "'Require Registration (Optional)' to no.")]


def test_the_templates_schedule_column_absent_still_says_yes_to_login_rows_alone(
        tmp_path: Path) -> None:
    """Unchanged: the template's default with its column absent leaves other rows alone."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, "Require Registration (Optional)"], [
        ["W1", "Workshop", "5/11/2027", "9:00 AM", "10:00 AM", "R1", "", "", "yes"],
        ["T1", "Talk", "5/11/2027", "11:00 AM", "12:00 PM", "R1", "", "", ""]])
    workshop, talk = validate_file(path, timezone="UTC").payloads
    assert (workshop.add_to_schedule, "add_to_schedule" in talk.model_fields_set) == (True,
                                                                                     False)


def test_a_default_beside_a_column_still_fills_blank_cells_alone(tmp_path: Path) -> None:
    mapping = write_mapping(tmp_path, LOGIN,
                            '[fields.add_to_schedule]\ncolumn = "Sched"\ndefault = true\n')
    rows = [[*ROWS[0], ""], [*ROWS[1], "no"]]
    report = validate_file(write_csv(tmp_path, [*HEADER, "Sched"], rows), mapping=mapping,
                           timezone="UTC")
    assert [p.add_to_schedule for p in report.payloads] == [True, False]


def test_all_day_by_its_default_alone(tmp_path: Path) -> None:
    """Yes makes every session all-day; no refuses a session without times, naming the
    mapping's default (there is no cell to set)."""
    rows = [["Fair", "5/11/2027", "", ""], ["Talk", "5/12/2027", "9:00 AM", "10:00 AM"]]
    every = validate_file(write_csv(tmp_path, HEADER[:4], rows), timezone="UTC",
                          mapping=write_mapping(tmp_path, "[fields.all_day]\ndefault = true\n"))
    assert [p.all_day for p in every.payloads] == [True, True]
    assert issues(tmp_path, write_mapping(tmp_path, "[fields.all_day]\ndefault = false\n"),
                  HEADER[:4], rows) == [
        (2, None, "missing-required",
         "Row 2: the mapping's all_day default says no, but the session has no times; give "
         "its start and end times, or take default = false out of [fields.all_day].")]


def test_a_run_sends_the_default_to_every_session_and_a_rerun_nothing(
        tmp_path: Path) -> None:
    """Sent on every row as any yes/no value: a rerun finds the guide agreeing, and writes
    nothing."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={
        "mapping": str(write_mapping(tmp_path, LOGIN, SCHEDULED)), "timezone": "UTC"})
    sheet = write_csv(tmp_path, HEADER, ROWS)
    assert sandbox.run(sheet).counts["created"] == 2
    assert sorted((s["name"], s["require_login"], s["add_to_schedule"])
                  for s in sandbox.sessions()) == [("Talk", False, True),
                                                   ("Workshop", True, True)]
    before = sandbox.writes()
    report = sandbox.run(sheet)
    assert (sandbox.writes(), [o.action for o in report.outcomes]) == (
        before, ["unchanged", "unchanged"])
