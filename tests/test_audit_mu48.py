"""Found using the newest features as a planner would: a title joined from a fixtures list's
Home and Away columns pasted from a web page."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_name_join import HEADER, mapping, match, titles_and_issues
from tests.test_validate import write_csv


def test_a_joined_cell_of_no_words_is_left_out_as_a_blank_one(tmp_path: Path) -> None:
    """A web page's empty cell pasted as '&nbsp;' or '<br>' is no part of the title: the row
    takes the other column's text, as with a blank cell, not an error refusing the row; a row
    of nothing else is missing its title, said once."""
    sheet = write_csv(tmp_path, HEADER, [match("1", "Russia", "<br>"),
                                         match("2", "&nbsp;", "Iran", "15:00"),
                                         match("3", "&nbsp;", "", "21:00"),
                                         match("4", "#N/A", "", "12:00")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert titles_and_issues(report) == ([("1", "Russia"), ("2", "Iran")], [
        (4, "Home", "missing-required",
         "Row 4: 'Home' and 'Away' are both empty; every session needs a title, made of their "
         "cells joined. Fill in one of them."),
        (5, "Home", "formula-error",
         "Row 5: 'Home' shows #N/A: a spreadsheet shows that when a formula fails (a lookup "
         "that found nothing, a deleted cell); fix the formula or type the value, then save.")])
