"""README.md's and mappings/README.md's passages changed in the last day, each checked
against what the code does: a zone's word after a time or a range and the hour that happens
twice, listopad and lip, Apple Numbers' summary tab, the sandbox's failed publish, a row's
warnings in the summary and the message, the run lock's holder, and a course's 'Tema'."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from importer import _run_lock_holder
from importer._run_lock_holder import holder_path, holder_words, record_holder
from importer.draft import draft_mapping
from importer.load import load_sheet
from importer.validate import validate_file
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_readme import MAPPINGS_README, README
from tests.test_realworld_rw7_times import _validate as validate_ranges
from tests.test_small_mends10 import _starts as date_starts
from tests.test_small_mends13 import _results_of_a_failed_publish
from tests.test_validate import CLASSIC, utc, write_csv
from tests.test_walk_planner10_numbers_summary import _numbers_export


def said(sentence: str, readme: str = README) -> None:
    """The sentence a test pins, as a reader finds it (line breaks aside)."""
    assert " ".join(sentence.split()) in " ".join(readme.split())


def test_a_zones_word_is_read_only_where_it_is_the_zones_own(tmp_path: Path) -> None:
    """The refused example was the read one ('10:00 - 11:00 CET'), the sentence after read
    in Berlin in December: a reader could not tell which was meant."""
    said("A zone's abbreviation (`10:00 AM EDT`, `9am PT`, a range's `1:00 PM - 2:00 PM ET`) "
         "is refused saying so", MAPPINGS_README)
    said("Only the `timezone`'s own abbreviation or offset of that day is read after a time "
         "or a range (`10:00 - 11:00 CET` in `Europe/Berlin` in December;", MAPPINGS_README)
    assert validate_ranges(tmp_path, "11.05.2027,1:00 PM - 2:00 PM ET,Lunch\n"
                                     "10.12.2026,10:00 - 11:00 CET,Keynote\n") == [
        (2, "bad-time", "Row 2: 'Time' has '1:00 PM - 2:00 PM ET', which is not a start and "
         "end time: 'ET' is a time zone, which gbimport cannot read in a time cell: remove it "
         "from the cells: times are read in Europe/Berlin, the mapping's timezone."),
        (3, "2026-12-10T09:00:00+00:00", "2026-12-10T10:00:00+00:00")]


def _new_york_and_berlin(tmp_path: Path, cells: list[tuple[str, str, str]]) -> list[object]:
    """Each (zone, date, start) row's start in UTC, or its issue's code and message."""
    found: list[object] = []
    for number, (zone, date, start) in enumerate(cells):
        sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
            ["N1", "Night", date, start, "05:00", "Hall", "", ""]], name=f"{number}.csv")
        report = validate_file(sheet, timezone=zone)
        found += [(i.code, i.message) for i in report.issues] or [
            p.start_time for p in report.payloads]
    return found


def test_the_hour_that_happens_twice_is_told_by_the_word_after_the_time(
        tmp_path: Path) -> None:
    said("say which of the two it is with the zone's abbreviation or offset after the time in "
         "a time column (`1:30 AM EDT` or `1:30 AM -04:00` for the first, `1:30 AM EST` for "
         "the second in `America/New_York`; `02:30 CEST` or German `02:30 MESZ` for the first "
         "in `Europe/Berlin`, `02:30 CET` or `02:30 MEZ` for the second)", MAPPINGS_README)
    said("The `ambiguous-time` message names both.", MAPPINGS_README)
    said("`10:00 CEST` in December is `bad-time` saying the clock that day (`Europe/Berlin is "
         "on CET (+01:00) on 2026-12-10, not CEST: write 10:00, or 10:00 CET`), and `EST` in "
         "Berlin is refused as any zone in a time cell is.", MAPPINGS_README)
    ny, berlin = "America/New_York", "Europe/Berlin"
    assert _new_york_and_berlin(tmp_path, [
        (ny, "11/1/2026", "1:30 AM EDT"), (ny, "11/1/2026", "1:30 AM -04:00"),
        (ny, "11/1/2026", "1:30 AM EST"),
        (berlin, "10/25/2026", "02:30 CEST"), (berlin, "10/25/2026", "02:30 MESZ"),
        (berlin, "10/25/2026", "02:30 CET"), (berlin, "10/25/2026", "02:30 MEZ"),
        (berlin, "10/25/2026", "02:30"), (berlin, "12/10/2026", "10:00 CEST"),
        (berlin, "10/25/2026", "02:30 EST")]) == [
        utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30),
        utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 0, 30),
        utc(2026, 10, 25, 1, 30), utc(2026, 10, 25, 1, 30),
        ("ambiguous-time", "Row 2: 'Time Start' has '02:30', and 2026-10-25 02:30 happens "
         "twice in Europe/Berlin when daylight saving time ends; write 02:30 CEST (+02:00) for "
         "the first, 02:30 CET (+01:00) for the second."),
        ("bad-time", "Row 2: 'Time Start' has '10:00 CEST', but Europe/Berlin is on CET "
         "(+01:00) on 2026-12-10, not CEST: write 10:00, or 10:00 CET."),
        ("bad-time", "Row 2: 'Time Start' has '02:30 EST', but a time is read without its "
         "zone's word: '02:30 EST' is 08:30 in Europe/Berlin on 2026-10-25 (or 07:30 if it "
         "means New York's clock, on EDT that day), so write the one meant (times are read in "
         "Europe/Berlin).")]


def test_a_range_tells_the_repeated_hour_and_a_skipped_time_stays_refused(
        tmp_path: Path) -> None:
    said("after a range in a column of ranges (`02:00 - 02:45 CEST`)", MAPPINGS_README)
    said("A time the clocks skip (2:30 AM on the spring-forward night) is `nonexistent-time`",
         MAPPINGS_README)
    assert validate_ranges(tmp_path, "25.10.2026,02:00 - 02:45 CEST,First\n"
                                     "25.10.2026,02:00 - 02:45 CET,Second\n") == [
        (2, "2026-10-25T00:00:00+00:00", "2026-10-25T00:45:00+00:00"),
        (3, "2026-10-25T01:00:00+00:00", "2026-10-25T01:45:00+00:00")]
    skipped = _new_york_and_berlin(tmp_path, [("Europe/Berlin", "3/29/2026", "02:30 CEST")])
    assert [code for code, _ in skipped] == ["nonexistent-time"]  # type: ignore[misc]


def test_listopad_and_lip_are_read_by_the_timezone_else_refused(tmp_path: Path) -> None:
    said("`listopad`, October in Croatian but November in Czech and Polish, is read by the "
         "column's other month and day names, else by a day name only one reading falls on "
         "(`Friday, 15 listopada 2027` is October's), else by the timezone (`Europe/Zagreb`, "
         "`Europe/Belgrade`: October; `Europe/Warsaw`, `Europe/Prague`: November), and refused "
         "with both readings where none tells; so is `lip`, June in Croatian but July in "
         "Polish)")
    months = {}
    for zone in ("Europe/Zagreb", "Europe/Belgrade", "Europe/Warsaw", "Europe/Prague"):
        read = [date_starts([cell], tmp_path, zone)[0][0]
                for cell in ("15 listopada 2027", "15 lip 2027")]
        months[zone] = [start.month for start in read]  # type: ignore[attr-defined]
    assert months == {"Europe/Zagreb": [10, 6], "Europe/Belgrade": [10, 6],
                      "Europe/Warsaw": [11, 7], "Europe/Prague": [11, 7]}
    assert date_starts(["Friday, 15 listopada 2027"], tmp_path)[0] == [utc(2027, 10, 15, 10)]
    starts, issues = date_starts(["15 lip 2027"], tmp_path)
    assert (starts, [code for _, code, _ in issues]) == ([None], ["bad-date"])
    assert "Europe/Zagreb reads it as June, Europe/Warsaw as July" in str(issues[0][2])


def test_numbers_export_summary_is_passed_over(tmp_path: Path) -> None:
    said("Apple Numbers' `Export Summary`, which it puts first in a workbook it exports, is "
         "passed over")
    assert load_sheet(_numbers_export(tmp_path)).sheet_name == "Programme - Table 1"


def test_a_failed_publish_at_the_sandbox_says_so_in_the_summary(tmp_path: Path) -> None:
    said("exit code 4 at a sandbox says the changes are in the sandbox, not in Builder, and to "
         "publish at the sandbox)")
    assert _results_of_a_failed_publish(tmp_path, BASE_URL) == [
        "exit code 4: the changes are in the sandbox, not in Builder, but publishing them "
        "failed; publish at the sandbox, or run again later"] * 2


def test_a_rows_warnings_are_counted_and_marked(tmp_path: Path) -> None:
    said("`with_warnings` (the rows validation warned about, invalid ones too, as `validate` "
         "counts them: `ok` with a count above 0 is \"ok, with warnings\")")
    said("A row's message gives its errors as `code: message` and each of its warnings after "
         "`warning: ` (`warning: room-overlap: overlaps row 3 in 'Room 100'; ...`)")
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1), talk(2, **{"Time Start": "10:30 AM"}), talk(3)])  # 2 overlaps 1 in Room 100
    report = Sandbox().run(sheet)
    summary = report.summary()
    assert (summary["ok"], summary["with_warnings"]) == (True, 2)
    messages = [outcome.message for outcome in report.outcomes]
    assert messages[0].startswith("warning: room-overlap: overlaps row 3 in 'Room 100'")
    assert messages[2] == ""


def test_the_lock_holder_is_named_on_linux_and_macos_and_windows_is_told_to_wait(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows before Python 3.13 has no os.fchmod: writing the holder's word raised there,
    so every run stopped on taking the lock."""
    said("on Linux and macOS the error names its pid and start, and says one holding the lock "
         "over a day may be hung, to be stopped with `kill` and that pid; on Windows it says "
         "only to wait)")
    lock = tmp_path / "guide-1.lock"
    monkeypatch.setattr(_run_lock_holder, "clock", lambda: 0.0)
    monkeypatch.delattr(os, "fchmod")  # as on Windows before Python 3.13
    record_holder(lock)
    assert holder_path(lock).read_text("ascii").split()[:2] == [str(os.getpid()), "0"]
    assert holder_words(lock)[0].startswith(f"(pid {os.getpid()}, started ")
    with monkeypatch.context() as windows:  # where os.kill(pid, 0) would end the process
        windows.setattr(os, "name", "nt")
        assert not _run_lock_holder._still_runs(os.getpid())  # so holder_words names none


def test_a_courses_tema_is_the_title_unless_a_titulo_is_there(tmp_path: Path) -> None:
    said("a course's topic of the day, `Tema`, as the title where no column is headed so, as "
         "`Topic` is, and the track beside a `Título`")
    alone = write_csv(tmp_path, ["Fecha", "Tema"], [["06/01/2026", "Manipulación de datos"]])
    beside = write_csv(tmp_path, ["Fecha", "Título", "Tema"], [
        ["06/01/2026", "Introducción al lenguaje R", "Básico"],
        ["07/01/2026", "Manipulación de datos", "Datos"]], name="b.csv")
    assert [draft_mapping(sheet).chosen for sheet in (alone, beside)] == [
        {"name": "Tema", "date": "Fecha"},
        {"name": "Título", "date": "Fecha", "schedule_tracks": "Tema"}]
