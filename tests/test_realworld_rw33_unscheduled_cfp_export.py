"""A conference's call-for-papers export, taken before the programme is made: DAY,
START_TIME and END_TIME are there but blank on every row (Research-Software-Africa/
RSAfrica26_conference_program, `data/program.csv`, a CMT export: 'Paper ID,Created,...,
Paper Title,Abstract,...,DAY,TRACK,SESSION_TITLE,START_TIME,END_TIME,...'). The draft read
DAY as the date but left START_TIME unread and the end to fill in, naming every column: once
the slots were filled in, each talk would have been read without its times. A blank start
and end beside a blank day are now read by their names, and the draft says so. A few rows
in its shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["Paper ID", "Created", "Paper Title", "Abstract", "Type", "DAY", "START_TIME",
          "END_TIME", "Planned duration"]


def _talks(*slots: tuple[str, str, str]) -> list[list[str]]:
    talks = [["4", "4/20/2026 2:31:16 AM +00:00", "The RCP Discovery Internship Program",
              "An online internship.", "talk"],
             ["8", "5/5/2026 12:03:06 PM +00:00", "Automating AMR Surveillance",
              "A pipeline for Kenya.", "demo"]]
    return [HEADER, *([*talk, *slot, "15"] for talk, slot in zip(talks, slots, strict=True))]


def test_a_blank_start_and_end_beside_a_blank_day_are_read_by_name(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "program.csv", _talks(("", "", ""), ("", "", "")))
    draft = draft_mapping(sheet)
    assert ({k: draft.chosen[k] for k in ("date", "start", "end")}, draft.missing) == (
        {"date": "DAY", "start": "START_TIME", "end": "END_TIME"}, [])
    assert [line for line in draft.text.splitlines() if "blank on every row" in line] == [
        "# 'START_TIME' is blank on every row: read as each session's start once it is "
        "filled in; check it is",
        "# 'END_TIME' is blank on every row: read as each session's end once it is filled "
        "in; check it is"]
    mapping = tmp_path / "program.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    filled = write_csv(tmp_path / "filled.csv", _talks(("2026-09-08", "09:00", "09:15"),
                                                      ("2026-09-08", "09:15", "09:25")))
    report = validate_file(filled, mapping=mapping, timezone="Africa/Johannesburg")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.import_id, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("program:4", "2026-09-08T07:00:00+00:00", "2026-09-08T07:15:00+00:00"),
        ("program:8", "2026-09-08T07:15:00+00:00", "2026-09-08T07:25:00+00:00")]


def test_a_blank_end_beside_given_starts_is_still_left_to_fill_in(tmp_path: Path) -> None:
    """A published agenda gives start times only: its blank END_TIME is not read, so that
    the draft's comment offers until_next, as before."""
    sheet = write_csv(tmp_path / "program.csv", _talks(("2026-09-08", "09:00", ""),
                                                       ("2026-09-08", "09:15", "")))
    draft = draft_mapping(sheet)
    assert ("end" in draft.chosen, draft.missing) == (False, ["end"])
