"""A Swiss league's fixtures, each kick-off written after its day's short name (ISYgrinder/
referee, `spielplan.csv`: 'So 30.04.23 - 14:15', 'Do 27.04.23 - 20:30'). The draft read the
date order from a cell's first word, here the day's name: it found no date and left
date_order out ('the sheet has none'), so validate read '30.04.23' month-first and refused
every game, its hint not saying the dates read day-first. A day's name before the date is
now passed over, by the draft and by the hint. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer import convert
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize(("first", "second"), [
    ("So 30.04.23 - 14:15", "Do 27.04.23 - 20:30"),
    ("So 30.04.23 14:15", "Do 27.04.23 20:30"),
    ("Sun 30/04/23 14:15", "Thu 27/04/23 20:30")])
def test_the_draft_reads_the_date_order_past_the_days_name(tmp_path: Path, first: str,
                                                            second: str) -> None:
    sheet = write_csv(tmp_path / "spielplan.csv", [
        ["Runde", "Datum", "Heim", "Gast"],
        ["Runde 31", first, "FC Vaduz", "Yverdon Sport FC"],
        ["Runde 30", second, "FC Luzern", "FC Winterthur"]])
    draft = draft_mapping(sheet)
    assert (draft.date_order, draft.chosen["start"]) == ("day-first", "Datum")
    mapping = tmp_path / "spielplan.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 105"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Zurich")
    assert [p.start_time.isoformat() for p in report.payloads] == [
        "2023-04-30T12:15:00+00:00", "2023-04-27T18:30:00+00:00"]


def test_the_hint_says_a_date_after_its_days_name_reads_day_first() -> None:
    with pytest.raises(convert.CellError) as refused:
        convert.parse_datetime("So 30.04.23 - 14:15", "month-first")
    assert refused.value.hint == (
        "it is only a valid date read day-first, but the mapping reads month-first; write it "
        "like 5/11/2027 10:00 AM or 2027-05-11 10:00")
