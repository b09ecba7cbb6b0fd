"""The guide a nightly job has synced for weeks is deleted in Builder: the morning's mail said
only to check the guide id and the API URL, both as they were the night before. A guide
earlier runs from this folder synced, now not found, is most likely deleted: the error says
so, keeping the checks for a guide id or API URL that never worked."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from importer.errors import GuideNotFoundError
from importer.runner import run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet

NOT_FOUND = ("Guide not found (HTTP 404 on GET guides/1/). Check the guide id, and the API URL "
             f"{BASE_URL}: it should end in /open-api/v1.1/ (or /open-api/v1/).")


def deleted_guide() -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(404, json={"detail": "Not found."}))


def test_a_guide_earlier_runs_synced_is_said_to_be_deleted(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2)])
    assert sandbox.run(sheet).exit_code == 0

    with pytest.raises(GuideNotFoundError) as stop:
        run_import(sheet, sandbox.settings, transport=deleted_guide())

    assert str(stop.value) == (
        f"{NOT_FOUND} Earlier runs of this sheet synced 2 sessions into guide 1 there (as "
        f"{tmp_path / '.gbimport-state.json'} remembers): if neither changed since, the guide "
        "was most likely deleted in the sandbox; if another replaces it, give its id.")


def test_a_guide_never_synced_keeps_the_checks(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    with pytest.raises(GuideNotFoundError) as stop:
        run_import(sheet, Sandbox().settings, transport=deleted_guide())
    assert str(stop.value) == NOT_FOUND
