"""`gbimport publish` given the run's sheet, refused past its retries: the command it prints
to try again names the sheet too, so that run by hand it clears what the sheet left owed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from importer.errors import NotPublishedError
from importer.runner import plan_import, publish_guide, run_import_async
from tests.support import Sandbox, talk, write_sheet
from tests.test_report_walk4_sandbox_unpublished import GUIDEBOOK_URL


class PublishAnswers(httpx.AsyncBaseTransport):
    """The sandbox, but publish requests get `answers` first (then the sandbox's)."""

    def __init__(self, sandbox: Sandbox, answers: list[httpx.Response]) -> None:
        self.inner = sandbox.transport()
        self.answers = answers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/publish/") and self.answers:
            return self.answers.pop(0)
        return await self.inner.handle_async_request(request)


def test_publishing_by_hand_with_the_sheet_that_fails_prints_the_command_with_the_sheet(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"publish": True, "max_retry_wait": 0.0, "api_url": GUIDEBOOK_URL})
    sheet = write_sheet(tmp_path / "Day one.csv", [talk(1)])
    down = [httpx.Response(503, text="<html>down</html>") for _ in range(2)]
    transport = PublishAnswers(sandbox, down)
    night = asyncio.run(run_import_async(sheet, sandbox.settings, transport=transport))
    assert night.exit_code == 4
    with pytest.raises(NotPublishedError) as caught:
        publish_guide(sandbox.settings, transport=transport, sheet=sheet)
    assert str(caught.value) == (
        "guide 1 was not published: Guidebook kept failing: POST guides/1/publish/ got HTTP "
        "503 after 1 attempt. Try again later. Publish it in Guidebook Builder, or with: "
        f'gbimport publish "{sheet}" --guide 1 --api-url {GUIDEBOOK_URL}')
    # Still owed: the next run publishes it, though it changes nothing.
    assert plan_import(sheet, sandbox.settings,
                       transport=sandbox.transport()).publish_planned == 1
