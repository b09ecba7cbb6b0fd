"""What README tells a developer embedding gbimport in an app of their own: one base
exception with a one-line message, row issues as data, `to_json()` ready for `json.dumps`,
logs through the `importer` logger with no handler added, nothing printed, no key logged."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from importer import GbImportError, plan_import, run_import, validate_file
from tests.support import Sandbox, talk, write_sheet


def test_an_app_gets_json_logs_and_no_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2, **{"Date": "5/32/2027"})])
    sandbox = Sandbox()
    caplog.set_level(logging.DEBUG)
    validation = validate_file(sheet, timezone="America/Chicago")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    report = run_import(sheet, sandbox.settings, transport=sandbox.transport())
    shown = [json.loads(json.dumps(value.to_json())) for value in (validation, plan, report)]
    assert [(issue["row"], issue["code"], issue["severity"])
            for issue in shown[0]["rows"][1]["issues"]] == [(3, "bad-date", "error")]
    assert [row["action"] for row in shown[2]["rows"]] == ["created", "invalid"]
    assert capsys.readouterr() == ("", "")
    assert logging.getLogger("importer").handlers == []
    client_lines = [r for r in caplog.records if r.name == "importer.client"]
    assert client_lines and all(r.levelno == logging.DEBUG for r in client_lines)
    key = sandbox.settings.require_api_key()
    assert not any(key in r.getMessage() for r in caplog.records)


def test_a_failure_is_one_gbimporterror_line(tmp_path: Path) -> None:
    with pytest.raises(GbImportError) as raised:
        validate_file(tmp_path / "schedule.xlsx")
    assert (raised.value.exit_code, str(raised.value)) == (
        2, f"{tmp_path / 'schedule.xlsx'} does not exist: check the path and the file name.")
