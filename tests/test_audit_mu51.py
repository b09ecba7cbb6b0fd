"""The newest sync features met as a nightly run, a planner and a migration meet them."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx

from importer.runner import run_import_async
from tests.support import Sandbox
from tests.test_images import PNG, image_sandbox, sheet_with_images

PATCH = "PATCH /open-api/v1.1/sessions/{id}/"
PUBLISH = "POST /open-api/v1.1/guides/{id}/publish/"


class ImageAnswers(httpx.AsyncBaseTransport):
    """The sandbox, but a session's image (a multipart PATCH) gets `answers` first."""

    def __init__(self, sandbox: Sandbox, answers: list[httpx.Response]) -> None:
        self.inner = sandbox.transport()
        self.answers = answers

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        form = request.headers.get("content-type", "").startswith("multipart/")
        if request.method == "PATCH" and form and self.answers:
            return self.answers.pop(0)
        return await self.inner.handle_async_request(request)


def _room_emptied_and_image_changed(tmp_path: Path) -> tuple[Sandbox, Path]:
    (tmp_path / "a.png").write_bytes(PNG)
    sheet = sheet_with_images(tmp_path, ["a.png"])
    sandbox = image_sandbox(tmp_path, max_retry_wait=0.0)
    sandbox.run(sheet)
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True})  # 2 a minute
    (tmp_path / "a.png").write_bytes(PNG + b"new pixels")
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("Room 100,a.png", ",a.png"), encoding="utf-8")
    return sandbox, sheet


def test_an_image_refused_after_the_emptied_room_went_through_is_said_and_published(
    tmp_path: Path,
) -> None:
    """The room was cleared in Builder, the image refused after it: the report said the row
    failed as if the session were as it was, and 'Not published: nothing changed.', so the
    attendees' app kept the old room. Now the row says what was made and the run publishes."""
    sandbox, sheet = _room_emptied_and_image_changed(tmp_path)
    refused = httpx.Response(400, json={"image": ["Upload a valid image."]})

    night = asyncio.run(run_import_async(
        sheet, sandbox.settings, transport=ImageAnswers(sandbox, [refused])))

    assert [(o.action, o.message) for o in night.outcomes] == [(
        "failed", "rejected by Guidebook: image: Upload a valid image; its other changes "
        "were made (locations), the image alone was not; the next run sends it")]
    assert (night.published, night.publish_note) == (True, "Published guide 1 (1 request).")
    assert [(s["locations"], s["image"].endswith(".png")) for s in sandbox.sessions()] == [
        ([], True)]


def test_an_image_failing_past_its_retries_after_the_fields_is_sent_alone_the_next_night(
    tmp_path: Path,
) -> None:
    """A 503 on the image after the fields' JSON went through: the next run finishes the
    job with the image alone, and the night after sends nothing."""
    sandbox, sheet = _room_emptied_and_image_changed(tmp_path)
    down = [httpx.Response(503, text="down") for _ in range(10)]
    night = asyncio.run(run_import_async(
        sheet, sandbox.settings, transport=ImageAnswers(sandbox, down)))
    before = sandbox.writes()

    next_night = sandbox.run(sheet)

    assert [(o.action, o.message) for o in night.outcomes] == [(
        "failed", "PATCH sessions/1/ was sent and may have been applied, but its outcome is "
        "unknown (HTTP 503 after 1 attempt); the next run compares the session again and "
        "sends what still differs; its other changes were made (locations), the image alone "
        "was not; the next run sends it")]
    assert night.published is True
    assert [(o.action, o.message) for o in next_night.outcomes] == [
        ("updated", "changed: image")]
    assert sandbox.writes() - before == Counter({PATCH: 1, PUBLISH: 1})
    assert [o.action for o in sandbox.run(sheet).outcomes] == ["unchanged"]
