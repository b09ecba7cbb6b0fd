"""What the newest changes do at their edges: a state file's key whose host no URL can hold,
... Invented data."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from importer import validate_file
from importer.draft import draft_mapping
from importer.errors import GbImportError
from importer.images import SavedState
from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_draft import write_csv
from tests.test_load import write_bytes

NOW = datetime(2027, 5, 11, 12, 0, tzinfo=UTC)


def test_a_state_files_key_with_a_host_no_url_holds_is_kept_as_written(tmp_path: Path) -> None:
    """An entry keyed by a host that is no URL's ('1 at host:abc', a file edited by hand) is
    read and written back as it is, beside this service's own; reading the file does not
    fail."""
    path = tmp_path / "state.json"
    hour_ago = (NOW - timedelta(hours=1)).isoformat()
    odd = {"images": {"a": "1" * 64}, "spent": [[hour_ago, 5]]}
    path.write_text(json.dumps({"1 at host:abc": odd}), encoding="utf-8")
    state = SavedState(path, 1, "http://127.0.0.1:8950/open-api/v1.1/")
    assert (state.unreadable, state.spent_since(NOW)) == (None, 0)
    state.record_spent(7, NOW)
    state.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "1 at host:abc": odd,
        "1 at 127.0.0.1:8950": {"images": {}, "spent": [[NOW.isoformat(), 7]]}}


def _spent(state: Path) -> list[int]:
    return [count for entry in json.loads(state.read_text()).values()
            for _, count in entry.get("spent", ())]


def test_a_plan_reading_many_pages_records_every_request(tmp_path: Path) -> None:
    """A guide listed a page at a time: each page read is a request of the day's budget,
    not one for all pages of a kind."""
    sandbox = Sandbox(page_size=1)
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    ran = sandbox.run(sheet).requests_spent
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert plan.reads_spent > 3
    assert _spent(tmp_path / ".gbimport-state.json") == [ran, plan.reads_spent]


def test_a_plan_that_fails_records_the_reads_it_made(tmp_path: Path) -> None:
    """A plan refused by the server after reading spends its reads all the same."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"guide": 7})
    with pytest.raises(GbImportError):
        plan_import(sheet, settings, transport=sandbox.transport())
    assert _spent(tmp_path / ".gbimport-state.json") == [1]


def test_a_month_first_date_range_in_a_time_column_says_how_to_read_both(
        tmp_path: Path) -> None:
    """'5/13/2027 09:00 - 10:30' reads only month-first, as the mapping reads dates: it is a
    start and an end, as the ISO one is."""
    path = write_bytes(tmp_path, "slots.csv", b"date,when,minutes,title\n"
                       b"5/13/2027,5/13/2027 09:00 - 10:30,90,Keynote\n")
    mapping = tmp_path / "slots.toml"
    mapping.write_text('name = "slots"\n[fields.name]\ncolumn = "title"\n[fields.start]\n'
                       'date_column = "date"\ntime_column = "when"\n'
                       '[fields.end]\nduration_column = "minutes"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'when' has '5/13/2027 09:00 - 10:30', which is not a time: "
         "it is a start and an end: to read both, map the start's and the end's column to "
         "'when' ([fields.start] column = \"when\" and [fields.end] column = \"when\", in "
         "place of their date_column and time_column).")]


def test_a_date_and_time_with_no_readable_end_in_a_time_column_is_no_range(
        tmp_path: Path) -> None:
    """'2027-05-11 09:00 - soon' is no start and end to map: the time column's own hint."""
    path = write_bytes(tmp_path, "slots.csv", b"date,when,minutes,title\n"
                       b"2027-05-11,2027-05-11 09:00 - soon,90,Keynote\n")
    mapping = tmp_path / "slots.toml"
    mapping.write_text('name = "slots"\n[fields.name]\ncolumn = "title"\n[fields.start]\n'
                       'date_column = "date"\ntime_column = "when"\n'
                       '[fields.end]\nduration_column = "minutes"\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'when' has '2027-05-11 09:00 - soon', which is not a time: "
         "write the time like 10:00 AM, 10am or 14:30.")]


def test_dates_that_read_month_first_alone_keep_date_order(tmp_path: Path) -> None:
    """5/13/2026 reads only month-first: date_order is drafted as a setting, not commented
    out as reading nothing."""
    text = draft_mapping(write_csv(tmp_path / "slashed.csv", [
        ["Date", "Start", "Title"], ["5/13/2026", "09:00", "Opening"]])).text
    assert re.findall(r"^.*date_order = .*$", text, re.M) == ['date_order = "month-first"']
