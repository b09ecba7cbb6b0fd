"""The nightly job's disk fills up (or its user's quota runs out) as the report is written:
the mail's one line must say to free space, not to close the file in Excel, which no
server has open; a report held open in Excel keeps that advice."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from importer.errors import ConfigError
from importer.report import write_report
from tests.test_report import make_report


@pytest.mark.parametrize(("code", "reason"), [(errno.ENOSPC, "No space left on device"),
                                              (errno.EDQUOT, "Disk quota exceeded")])
def test_a_full_disk_says_to_free_space(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        code: int, reason: str) -> None:
    def disk_full(*_: object, **__: object) -> None:
        raise OSError(code, reason)

    monkeypatch.setattr(Path, "write_text", disk_full)  # the summary
    with pytest.raises(ConfigError) as stop:
        write_report(make_report("updated"), tmp_path / "reports" / "nightly.csv")
    assert str(stop.value) == (
        f"{tmp_path / 'reports' / 'nightly.csv'}: cannot write the report there ({reason}); "
        "free space on that disk, or give a path on another one")


def test_a_report_open_in_excel_still_says_to_close_it(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("importer.report.os.replace", locked)
    with pytest.raises(ConfigError) as stop:
        write_report(make_report("updated"), tmp_path / "nightly.xlsx")
    assert str(stop.value) == (
        f"{tmp_path / 'nightly.xlsx'}: cannot write the report there (Permission denied); if "
        "the file is open in Excel, close it, or give another file name")
