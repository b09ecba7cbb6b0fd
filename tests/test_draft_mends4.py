"""Small mends to draft-mapping: a status column whose rows are all confirmed or accepted
on the first export gets leave_out offered commented out, ready for next week's re-export
with a cancelled talk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer import draft_mapping, validate_file
from tests.test_draft import drafted
from tests.test_validate import issue_table, write_csv

HEAD = ["ID", "Title", "Date", "Start", "End", "Room"]
ROWS = [["t1", "Opening", "2027-05-11", "09:00", "10:00", "Hall A"],
        ["t2", "Soil", "2027-05-11", "10:30", "11:00", "Hall A"],
        ["t3", "Bees", "2027-05-11", "11:30", "12:00", "Hall B"]]
OFFER = re.compile(r"^# \[leave_out\]   # (.+)\n# column = (.+)\n# values = (.+)$", re.M)


def with_states(tmp_path: Path, header: str, states: list[str]) -> Path:
    return write_csv(tmp_path, [*HEAD, header],
                     [[*row, state] for row, state in zip(ROWS, states, strict=True)])


@pytest.mark.parametrize("header", ["Proposal state", "State", "Status",
                                    "Submission status", "Session status"])
def test_a_status_column_of_live_states_gets_leave_out_offered_commented_out(
        tmp_path: Path, header: str) -> None:
    """A conference tool's first export says 'confirmed' or 'accepted' on every row: the
    draft offered no leave_out, so next week's re-export with a 'canceled' talk sent it as
    live. leave_out is drafted commented out, naming the words it would read; uncommented,
    it leaves the re-export's cancelled row out."""
    sheet = with_states(tmp_path, header, ["confirmed", "Accepted", "confirmed"])
    mapping, _ = drafted(tmp_path, sheet)
    text = mapping.read_text(encoding="utf-8")
    assert draft_mapping(sheet).leave_out is None
    assert OFFER.findall(text) == [(
        "uncomment to keep out rows whose state becomes cancelled, withdrawn or rejected "
        "(none is yet)",
        f'"{header}"',
        '["cancelled", "canceled", "cancelado", "cancelada", "annulé", "annulée", '
        '"abgesagt", "entfällt", "annullato", "annullata", "geannuleerd", "withdrawn", '
        '"rejected", "deleted", "declined", "rechazado", "rechazada", "retirado", "retirada", '
        '"refusé", "refusée", "retiré", "retirée"]')]
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.ok, issue_table(report)) == (True, [])
    mapping.write_text(OFFER.sub(r"[leave_out]   # \1\ncolumn = \2\nvalues = \3", text),
                       encoding="utf-8")
    again = with_states(tmp_path, header, ["confirmed", "canceled", "Withdrawn"])
    report = validate_file(again, mapping=mapping, timezone="UTC")
    assert [(i.row, i.column, i.code) for i in report.issues] == [
        (3, header, "left-out"), (4, header, "left-out")]
    assert [p.name for p in report.payloads] == ["Opening"]


@pytest.mark.parametrize("states", [["confirmed", "submitted", "accepted"],
                                    ["", "", ""], ["lecture", "lab", "lecture"]])
def test_a_status_column_not_all_live_gets_no_offer(tmp_path: Path,
                                                     states: list[str]) -> None:
    """A state that is neither live nor out ('submitted', waiting for review), a blank
    column or one that is no state at all gets nothing offered."""
    text = draft_mapping(with_states(tmp_path, "Status", states)).text
    assert "leave_out" not in text
