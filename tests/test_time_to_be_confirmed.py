"""A range whose end is to be confirmed (`9:00 - TBC`, `9:00-TBA`, `9:00 – tbc`): a start with
no end yet. Where the mapping gives a lone start its end (until_next, minutes) the session is
sent from its start with that end, and the row warned that its end is not confirmed; without,
it is refused saying what to write, not with the general range hint."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_lone_starts import _sheet, at

CELLS = ["9:00 - TBC", "10:00-TBA", "11:00 – tbc", "12:00 - to be confirmed", "13:00 - 14:00"]


def test_an_end_to_be_confirmed_takes_the_mappings_length_and_is_warned_of(
        tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "minutes = 45", CELLS)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.severity, i.message) for i in report.issues if i.row] == [
        (row, "end-not-confirmed", "warning",
         f"Row {row}: 'Time' has {cell!r}, whose end {end!r} is not confirmed yet: the session "
         "is sent 45 minutes long (minutes under [fields.end]) until its end is written in, "
         "like 9:00 - 10:30.")
        for row, cell, end in [(2, "9:00 - TBC", "TBC"), (3, "10:00-TBA", "TBA"),
                               (4, "11:00 – tbc", "tbc"), (5, "12:00 - to be confirmed",
                                                          "to be confirmed")]]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(9), at(9, 45)), ("S1", at(10), at(10, 45)), ("S2", at(11), at(11, 45)),
        ("S3", at(12), at(12, 45)), ("S4", at(13), at(14))]


def test_with_until_next_an_end_to_be_confirmed_ends_at_the_next_start(tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "until_next = true", ["9:00 - TBC", "10:30 - 11:00"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "end-not-confirmed",
         "Row 2: 'Time' has '9:00 - TBC', whose end 'TBC' is not confirmed yet: the session "
         "is sent ending as the next session starts (until_next under [fields.end]) until its "
         "end is written in, like 9:00 - 10:30.")]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(9), at(10, 30)), ("S1", at(10, 30), at(11))]


def test_without_a_length_an_end_to_be_confirmed_says_what_to_write(tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "", ["9:00 - TBC", "9:00 - 10:30"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time' has '9:00 - TBC', which is not a start and end time: "
                        "its end 'TBC' is not confirmed yet: write the end once it is known, "
                        "like 9:00 - 10:30; or give such starts a length with minutes = 120 "
                        "(say) under [fields.end], or end each as the next session starts "
                        "with until_next = true there.")]
    assert [p.name for p in report.payloads] == ["S1"]
