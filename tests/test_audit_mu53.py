"""An end time column holding 'TBC' beside a start (Start 9:00, End TBC): the end is not
confirmed yet, as in a range's `9:00 - TBC`. Where the mapping gives a start alone its end
(until_next, minutes) the session is sent with that end and an end-not-confirmed warning, as
the range's is; without, it is refused saying what to write, not advising blank_values to
send it as an all-day session (a blank end beside a start is refused as missing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file
from tests.test_festival_small_hours import at

ROWS = ("A,5/14/2027,9:00,TBC,R\n"
        "B,5/14/2027,10:30,11:00,R\n"
        "C,5/14/2027,11:00,to be confirmed,R\n"
        "D,5/14/2027,TBD,TBD,R\n")


Issue = tuple[int | None, str, str, str]
Sent = tuple[str, dt.datetime, dt.datetime]


def _issues_and_sent(tmp_path: Path, end: str) -> tuple[list[Issue], list[Sent]]:
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Title,Day,Start,End,Room\n" + ROWS, encoding="utf-8")
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Start"\n[fields.end]\n'
                       f'time_column = "End"\n{end}\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return ([(i.row, i.code, i.severity, i.message) for i in report.issues if i.row],
            [(p.name, p.start_time, p.end_time) for p in report.payloads])


def _warning(row: int, cell: str, sent: str) -> Issue:
    return (row, "end-not-confirmed", "warning",
            f"Row {row}: 'End' has {cell!r}, an end not confirmed yet: the session is sent "
            f"{sent} until its end is written in, like 10:30.")


NOT_FIXED = ("a time not fixed yet: write the time once the session has one, or add "
             'blank_values = ["TBD"] to the mapping to send it meanwhile as an all-day session '
             "on its date.")
BOTH_TBD = [(5, "bad-time", "error", f"Row 5: 'Start' has 'TBD', {NOT_FIXED}"),
            (5, "bad-time", "error", f"Row 5: 'End' has 'TBD', {NOT_FIXED}")]


def test_with_until_next_an_end_column_to_be_confirmed_ends_at_the_next_start(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "until_next = true\nlast_minutes = 30")
    until_next = "ending as the next session starts (until_next under [fields.end])"
    assert issues == [_warning(2, "TBC", until_next), _warning(4, "to be confirmed", until_next),
                      *BOTH_TBD]
    assert sent == [("A", at(14, 9), at(14, 10, 30)), ("B", at(14, 10, 30), at(14, 11)),
                    ("C", at(14, 11), at(14, 11, 30))]


def test_with_minutes_an_end_column_to_be_confirmed_takes_the_mappings_length(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "minutes = 45")
    minutes = "45 minutes long (minutes under [fields.end])"
    assert issues == [_warning(2, "TBC", minutes), _warning(4, "to be confirmed", minutes),
                      *BOTH_TBD]
    assert sent == [("A", at(14, 9), at(14, 9, 45)), ("B", at(14, 10, 30), at(14, 11)),
                    ("C", at(14, 11), at(14, 11, 45))]


def test_without_a_length_an_end_column_to_be_confirmed_says_what_to_write(
        tmp_path: Path) -> None:
    issues, sent = _issues_and_sent(tmp_path, "")
    assert issues == [
        (row, "bad-time", "error",
         f"Row {row}: 'End' has {cell!r}, an end not confirmed yet: write the end once it is "
         "known, like 10:30; or give such sessions a length with minutes = 60 (say) under "
         "[fields.end], or end each as the next session starts with until_next = true there.")
        for row, cell in [(2, "TBC"), (4, "to be confirmed")]] + BOTH_TBD
    assert [name for name, _, _ in sent] == ["B"]
