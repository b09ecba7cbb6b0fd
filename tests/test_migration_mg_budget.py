"""A migration bigger than what is left of the day's request budget: the run stops, and
its note says what to do next and what the rest will cost."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet


def test_the_budget_note_counts_what_is_left_and_says_to_run_again(tmp_path: Path) -> None:
    """It said 'daily request budget exhausted; the rest is deferred' alone: not whether to
    run again, nor whether tomorrow's budget would be enough for the rest."""
    # 4 reads and 6 tracks and rooms, then 5 of the 20 sessions; the rest meet 429s.
    sandbox = Sandbox(daily_budget=15)
    sandbox.settings = sandbox.settings.model_copy(
        update={"max_retry_wait": 0.3, "concurrency": 1})
    sheet = write_sheet(tmp_path / "talks.csv", [talk(n) for n in range(1, 21)])

    report = sandbox.run(sheet)

    assert (report.exit_code, report.counts["created"], report.counts["deferred"]) == (3, 5, 15)
    assert report.notes == [
        "daily request budget exhausted; the rest is deferred: 15 changes, about 15 writes "
        "more and the guide's reads (gbimport plan counts them); run the same command again "
        "once the day's budget resets, and it carries on"]

