"""A day written 'TBA' or 'TBD' among dated rows (a talk with no day yet) is said to be a date
not fixed yet, with the mapping lines that leave it out until it has one; the lines, pasted
as written, do. Invented data."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from tests.test_load import write_bytes

SHEET = (
    b"date,time,end,title\n"
    b"2027-05-11,09:00,10:00,Keynote\n"
    b"TBA,,,Workshop\n"
    b"tbd,,,Panel\n"
    b"2027-05-12,16:00,17:00,Closing\n")
MAPPING = ('name = "days"\n{keys}[fields.name]\ncolumn = "title"\n'
           '[fields.start]\ndate_column = "date"\ntime_column = "time"\n'
           '[fields.end]\ntime_column = "end"\n')


def _issues(tmp_path: Path, keys: str) -> list[tuple[int, str, str]]:
    path = write_bytes(tmp_path, "days.csv", SHEET)
    mapping = tmp_path / "days.toml"
    mapping.write_text(MAPPING.format(keys=keys))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code, i.message) for i in report.issues if i.row]


def test_a_date_not_fixed_yet_names_blank_values_and_skip_unscheduled(tmp_path: Path) -> None:
    """Was "'date' has 'TBA', which is not a date: write the date like 5/11/2027", as for a
    typo, though the planner has no date to write yet."""
    lines = 'blank_values = ["TBA", "tbd"] and skip_unscheduled = true'
    assert _issues(tmp_path, "") == [
        (row, "bad-date", f"Row {row}: 'date' has {word!r}, a date not fixed yet: write the "
         "date once the session has one, or, to send nothing for it until then, set "
         f"{lines} in the mapping (at its top, above the first [table]; the row is then "
         "skipped, with a warning, until its date is written).")
        for row, word in ((3, "TBA"), (4, "tbd"))]
    pasted = lines.replace(" and ", "\n") + "\n"
    assert [(row, code) for row, code, _ in _issues(tmp_path, pasted)] == [
        (3, "unscheduled"), (4, "unscheduled")]


def test_the_mappings_own_blank_values_and_skip_unscheduled_are_kept(tmp_path: Path) -> None:
    keys = 'blank_values = ["---"]\nskip_unscheduled = true\n'
    assert [message.split("set ")[1] for _, _, message in _issues(tmp_path, keys)] == [
        'blank_values = ["---", "TBA", "tbd"] in the mapping (at its top, above the first '
        "[table]; the row is then skipped, with a warning, until its date is written).",
    ] * 2


TIMED = (
    b"date,time,end,title\n"
    b"2027-05-11,09:00,10:00,Keynote\n"
    b"TBA,11:00,12:00,Workshop\n"
    b",13:00,14:00,Panel\n"
    b"2027-05-12,16:00,17:00,Closing\n")


def _outcomes(tmp_path: Path, keys: str, sheet: bytes = TIMED) -> list[tuple[int, str]]:
    path = write_bytes(tmp_path, "timed.csv", sheet)
    mapping = tmp_path / "timed.toml"
    mapping.write_text(MAPPING.format(keys=keys))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    return [(i.row, i.code) for i in report.issues if i.row]


def test_the_lines_offered_skip_a_row_whose_time_is_written_but_its_date_not_fixed(
        tmp_path: Path) -> None:
    """The lines the message offers left 'TBA,11:00' missing-required: a session with no day
    yet has no slot either. A blank date beside a time is still an error (the day is more
    often typed once above, which fill_down reads)."""
    lines = 'blank_values = ["TBA"]\nskip_unscheduled = true\n'
    assert _outcomes(tmp_path, lines) == [(3, "unscheduled"), (4, "missing-required")]


def test_under_fill_down_the_rows_under_a_tba_date_are_skipped_with_it(
        tmp_path: Path) -> None:
    """fill_down gives the blank date under 'TBA' the 'TBA': no day yet, skipped too."""
    lines = 'blank_values = ["TBA"]\nskip_unscheduled = true\nfill_down = ["date"]\n'
    assert _outcomes(tmp_path, lines) == [(3, "unscheduled"), (4, "unscheduled")]
    dated = TIMED.replace(b"TBA,", b"2027-05-11,")
    assert _outcomes(tmp_path, lines, dated) == []  # the day above's date: sent


def test_without_skip_unscheduled_a_tba_date_beside_a_time_is_still_an_error(
        tmp_path: Path) -> None:
    assert _outcomes(tmp_path, 'blank_values = ["TBA"]\n') == [
        (3, "missing-required"), (4, "missing-required")]


def test_the_warning_on_a_skipped_row_quotes_the_word_its_date_cell_holds(
        tmp_path: Path) -> None:
    """'TBA' beside a written time is not an empty cell: the warning quotes it, and names
    the row a filled-down 'TBA' came from. A row with no start cell of its own keeps 'is
    empty', as it is skipped by its own cells, not the date above."""
    lines = 'blank_values = ["TBA"]\nskip_unscheduled = true\nfill_down = ["date"]\n'
    sheet = TIMED.replace(b",13:00,14:00,Panel\n", b",13:00,14:00,Panel\n,,14:30,Lunch\n")
    path = write_bytes(tmp_path, "timed.csv", sheet)
    mapping = tmp_path / "timed.toml"
    mapping.write_text(MAPPING.format(keys=lines.replace("fill_down", "#")))
    unfilled = validate_file(path, mapping=mapping, timezone="UTC").issues
    mapping.write_text(MAPPING.format(keys=lines))
    filled = validate_file(path, mapping=mapping, timezone="UTC").issues
    skipped = ("so the session has no time yet and nothing is sent for it "
               "(skip_unscheduled); ")
    assert [(i.row, i.value, i.message) for i in unfilled if i.code == "unscheduled"] == [
        (3, "TBA", f"Row 3: 'date' has 'TBA', not a date yet, {skipped}write its date there "
         "to send the session"),
        (5, None, f"Row 5: 'date' is empty, {skipped}fill it in to send the session")]
    assert [(i.row, i.message) for i in filled if i.code == "unscheduled"] == [
        (3, f"Row 3: 'date' has 'TBA', not a date yet, {skipped}write its date there to "
         "send the session"),
        (4, f"Row 4: 'date' (filled down from row 3) has 'TBA', not a date yet, {skipped}"
         "write its date there to send the session"),
        (5, f"Row 5: 'date' is empty, {skipped}fill it in to send the session")]
