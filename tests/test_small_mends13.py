"""Small mends: a time written with its zone's clock of the other season, a time range with
its zone in the hour that happens twice, and exit code 4's words at a sandbox."""

from __future__ import annotations

from pathlib import Path

from importer.report import write_report
from importer.validate import validate_file
from tests.support import BASE_URL
from tests.test_realworld_rw7_times import _validate as validate_ranges
from tests.test_report_reading import big_run, summary_table
from tests.test_report_walk4_sandbox_unpublished import GUIDEBOOK_URL
from tests.test_validate import CLASSIC, issue_table, write_csv


def test_the_zones_clock_of_the_other_season_says_which_clock_that_day_is_on(
        tmp_path: Path) -> None:
    """'CEST' is Berlin's, but not in December: the message says which clock it is on and
    how to write the time, instead of calling CEST a zone gbimport cannot read."""
    sheet = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["W1", "Summer time in winter", "12/10/2026", "10:00 CEST", "11:00", "Hall", "", ""],
        ["W2", "Winter time in summer", "7/9/2026", "9:30", "10:15 MEZ", "Hall", "", ""],
        ["W3", "Offset of the summer", "12/10/2026", "10:00 +02:00", "11:00", "Hall", "", ""],
    ])
    report = validate_file(sheet, timezone="Europe/Berlin")
    assert issue_table(report) == [(2, "Time Start", "bad-time", "error"),
                                   (3, "Time End", "bad-time", "error"),
                                   (4, "Time Start", "bad-time", "error")]
    assert [issue.message for issue in report.issues] == [
        "Row 2: 'Time Start' has '10:00 CEST', but Europe/Berlin is on CET (+01:00) on "
        "2026-12-10, not CEST: write 10:00, or 10:00 CET.",
        "Row 3: 'Time End' has '10:15 MEZ', but Europe/Berlin is on CEST (+02:00) on "
        "2026-07-09, not MEZ: write 10:15, or 10:15 CEST.",
        "Row 4: 'Time Start' has '10:00 +02:00', but Europe/Berlin is on CET (+01:00) on "
        "2026-12-10, not +02:00: write 10:00, or 10:00 CET."]


def test_a_time_range_with_its_zone_after_it_tells_the_repeated_hour(tmp_path: Path) -> None:
    """'02:00 - 02:45 CEST' is the first of the hour that happens twice in Berlin, 'CET' the
    second, as in start and end columns; a range in the zone's clock of the day reads too."""
    assert validate_ranges(tmp_path, "25.10.2026,02:00 - 02:45 CET,Second\n"
                                     "25.10.2026,02:00 - 02:45 CEST,First\n"
                                     "25.10.2026,02:10–02:40 (MESZ),First again\n"
                                     "11.05.2027,10:00 - 11:00 CEST,Keynote\n") == [
        (2, "2026-10-25T01:00:00+00:00", "2026-10-25T01:45:00+00:00"),
        (3, "2026-10-25T00:00:00+00:00", "2026-10-25T00:45:00+00:00"),
        (4, "2026-10-25T00:10:00+00:00", "2026-10-25T00:40:00+00:00"),
        (5, "2027-05-11T08:00:00+00:00", "2027-05-11T09:00:00+00:00")]


def _results_of_a_failed_publish(tmp_path: Path, api_url: str) -> list[object]:
    """Exit code 4's words in the summary file's `result` and the Summary tab's Result line."""
    report = big_run(api_url=api_url, publish_failed=True)
    assert report.exit_code == 4
    summary_tab = dict((label, value) for label, value, _ in summary_table(
        write_report(report, tmp_path / "r.xlsx")))
    return [report.summary()["result"], summary_tab["Result"]]


def test_a_failed_publish_at_the_sandbox_says_the_changes_are_in_the_sandbox(
        tmp_path: Path) -> None:
    """A rehearsal's changes are in the sandbox, not in Builder, where the words sent the
    planner to publish them."""
    assert _results_of_a_failed_publish(tmp_path, BASE_URL) == [
        "exit code 4: the changes are in the sandbox, not in Builder, but publishing them "
        "failed; publish at the sandbox, or run again later"] * 2


def test_a_failed_publish_at_guidebook_still_says_builder(tmp_path: Path) -> None:
    assert _results_of_a_failed_publish(tmp_path, GUIDEBOOK_URL) == [
        "exit code 4: the changes are in Builder, but publishing them failed; publish in "
        "Builder, or run again later"] * 2
