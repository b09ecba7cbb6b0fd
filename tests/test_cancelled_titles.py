"""A planner keeps a cancelled talk's row and says so in its title ('CANCELLED: Keynote',
'Keynote (cancelled)'): it was imported as written, in the attendees' app, without a word.
It is still imported, with a warning quoting the title; a title whose own words start with
such a word ('Cancellation policy', 'Cancelled flights and how to cope') gets none."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_load import write_bytes

MAPPING = """\
name = "cancelled"
timezone = "Europe/London"
[fields.name]
column = "Title"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""
SAID = ["CANCELLED: Keynote", "[Cancelled] Opening", "CANCELED - Vendor panel",
        "(cancelled) Poster session", "ABGESAGT: Vortrag", "Annulé : Atelier",
        "CANCELADO - Taller", "Cancelada: Charla", "Lightning talks (Cancelled)",
        "Closing – abgesagt", "Cancelled"]
NOT_SAID = ["Cancellation policy", "Cancelled flights and how to cope",
            "Why talks get cancelled", "Cancelled-flight stories", "Null hypotheses",
            "Keynote"]


def _report(tmp_path: Path, titles: list[str]) -> tuple[list[tuple[object, ...]], int]:
    lines = ["Title,Date,Start,End", "CANCELLED"]  # a one-cell row: a heading, not sent
    lines += [f'"{title}",5/11/2027,{9 + n // 6}:{n % 6}0,{10 + n // 6}:{n % 6}0'
              for n, title in enumerate(titles)]
    path = write_bytes(tmp_path, "program.csv", ("\n".join(lines) + "\n").encode())
    mapping = tmp_path / "cancelled.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = validate_file(path, mapping=mapping)
    return ([(i.row, i.column, i.value, i.code, i.severity, i.message)
             for i in report.issues
             if i.row is not None and i.code != "section-heading"], report.valid)


def test_a_title_saying_cancelled_is_imported_with_a_warning(tmp_path: Path) -> None:
    issues, valid = _report(tmp_path, SAID + NOT_SAID)
    assert issues == [
        (row, "Title", title, "cancelled-title", "warning",
         f"Row {row}: 'Title' has {title!r}, which says the session is cancelled, yet it is "
         "imported like every other row and shown in the app as written; to leave the "
         "session out, delete the row (and run with --prune to take it out of the app), or "
         "keep it as it is to show attendees it is cancelled.")
        for row, title in enumerate(SAID, start=3)]
    assert valid == len(SAID + NOT_SAID)  # a warning never blocks


@pytest.mark.parametrize("title", NOT_SAID)
def test_a_title_of_its_own_words_is_not_warned_of(tmp_path: Path, title: str) -> None:
    assert _report(tmp_path, [title]) == ([], 1)
