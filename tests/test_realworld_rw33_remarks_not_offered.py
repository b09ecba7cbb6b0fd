"""A community's calendar of the year's events with a 'remarks' column beside its 'event'
(yazirobe227/kanou-jichikai-kairan, `_data/events.csv`: 'date,event,time,place,remarks,url').
The draft's comment said 'remarks' is not offered to the description, a planner's notes
being often for the team alone, while the line printed under it offered it as the
description all the same; a remarks column is now left out of that offer too."""
from __future__ import annotations

from pathlib import Path

from tests.test_small_mends11 import _unread_line


def test_a_remarks_column_is_not_offered_as_the_description(tmp_path: Path) -> None:
    said = _unread_line(tmp_path, [
        ["Remarks"], ["bring gloves and a towel"], ["every second year"]])
    assert said == "Nothing is sent from 'Remarks': the draft reads no field from it."


def test_another_column_of_words_is_still_offered_beside_it(tmp_path: Path) -> None:
    said = _unread_line(tmp_path, [
        ["Remarks", "Blurb"],
        ["bring gloves and a towel to the riverside", "The river's banks mown by all"],
        ["every second year, as the city decides", "The shrine's autumn festival"]])
    assert said == (
        "Nothing is sent from 'Remarks', 'Blurb': the draft reads no field from them. To send "
        "one as each session's description, add two lines to the draft: [fields.description] "
        "and, under it, column = \"Blurb\" (or another header).")
