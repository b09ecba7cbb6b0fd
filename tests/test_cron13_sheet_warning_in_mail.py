"""A nightly run of a sheet without ids that fails a row prints its rows that need a look,
and cron mails them: each line ended 'sheet-wide warning derived-import-id (see the notes)',
while the note itself is printed once, just above them, in the same mail. The report's CSV
lines keep the pointer, as a CSV line is read alone."""

from __future__ import annotations

from pathlib import Path

from importer import render
from importer.report import write_report
from tests.support import Sandbox, talk, write_sheet
from tests.test_render import printed

NO_ID = {"Session ID": ""}


def test_the_mail_of_a_sheet_without_ids_says_its_warning_once_not_on_each_row(
    tmp_path: Path,
) -> None:
    rows = [talk(1, **NO_ID), talk(2, **NO_ID, Date="5/32/2027"),
            talk(3, **NO_ID, **{"Time Start": "11;25 AM"})]
    report = Sandbox().run(write_sheet(tmp_path / "talks.csv", rows))
    lines = printed(lambda console: render.run_report(console, report, None), width=400)
    assert [line.split(",")[0] for line in lines if line.startswith("note: ")] == [
        "note: The 'Session ID' column is empty"]
    assert [line for line in lines if line.startswith("row ")] == [
        "row 3: invalid: bad-date: 'Date' has '5/32/2027', which is not a date: write the "
        "date like 5/11/2027 (May 11) or 2027-05-11",
        "row 4: invalid: bad-time: 'Time Start' has '11;25 AM', with a ';' where a ':' goes: "
        "write 11:25 AM"]
    path = write_report(report, tmp_path / "nightly.csv")
    assert [line.rsplit(";", 1)[-1] for line in
            path.read_text(encoding="utf-8-sig").splitlines()[2:]] == [
        ' sheet-wide warning derived-import-id (see the notes in nightly.summary.json)"'] * 2
