"""A publish retried after a short wait (a 503's first backoff, under a second) goes
unsaid: the line is for the waits that look like a hang, and 'waiting 0 s...' is noise."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import AT_SANDBOX, Sandbox, talk, write_sheet
from tests.test_publish import Answering


def test_a_publish_retried_at_once_says_nothing_of_a_wait(tmp_path: Path) -> None:
    sandbox = Sandbox()
    transport = Answering(sandbox, publish=[httpx.Response(503, json={"detail": "busy"})])
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1)])
    settings = sandbox.settings.model_copy(update={"publish": True})
    said: list[str] = []
    report = asyncio.run(run_import_async(sheet, settings, transport=transport,
                                          on_wait=said.append))
    assert (report.publish_note, transport.published, said) == (
        f"Published guide 1 (2 requests) {AT_SANDBOX}.", 2, [])
