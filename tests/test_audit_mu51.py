"""The newest sync features met as a nightly run, a planner and a migration meet them."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import httpx
import pytest

from importer.errors import ConfigError
from importer.report import ImportReport
from importer.runner import run_import, run_import_async
from importer.settings import load_settings
from tests.support import AT_SANDBOX, Sandbox, talk, write_sheet
from tests.test_images import PNG, image_sandbox, sheet_with_images
from tests.test_validate import REPO
from tests.test_walk_builder_edits3_made_again import delete_in_builder, gone

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
    assert (night.published, night.publish_note) == (
        True, f"Published guide 1 (1 request) {AT_SANDBOX}.")
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


def _workshop(number: int) -> dict[str, str]:
    return talk(number, **{"Session Title": f"Workshop {number}", "Room/Location": "Lab",
                           "Schedule Track (Optional)": "Workshops"})


def test_a_track_and_room_deleted_in_builder_are_told_though_another_sheet_ran_first(
    tmp_path: Path,
) -> None:
    """Two sheets into one guide, one cron line each, the main programme first: its run,
    which gives no workshop, wrote the guide's names without the deleted 'Workshops' and
    'Lab', and the workshops' run then made both again without a word. Now the name stays on
    record for the sheet that gives it, and its run says so; the night after is quiet."""
    sandbox = Sandbox()
    mapping = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    (tmp_path / "ws.toml").write_text(mapping.replace('"sheet:"', '"ws:"'), encoding="utf-8")
    settings = sandbox.settings.model_copy(update={"mapping": str(tmp_path / "ws.toml")})
    main = write_sheet(tmp_path / "main.csv", [talk(1), talk(2)])
    workshops = write_sheet(tmp_path / "workshops.csv", [_workshop(1), _workshop(2)])

    def run_workshops() -> ImportReport:
        return run_import(workshops, settings, transport=sandbox.transport())

    sandbox.run(main)
    run_workshops()
    delete_in_builder(sandbox, "schedule-tracks", "Workshops")
    delete_in_builder(sandbox, "locations", "Lab")
    night = [sandbox.run(main), run_workshops()]
    next_night = [sandbox.run(main), run_workshops()]

    made_again = (
        "{kind} was in the guide after the last run and is gone from it now (deleted in "
        "Builder, most likely): 2 rows of the sheet give it (row 2, row 3), so this run makes "
        "it again and puts their sessions back in it; to remove it for good, or merge it into "
        "another {word}, change those rows in the sheet")
    assert [gone(report.notes_to_act_on) for report in night + next_night] == [
        [], [made_again.format(kind="the track 'Workshops'", word="track"),
             made_again.format(kind="the room 'Lab'", word="room")], [], []]


KEY = "the API key does not belong in a settings file; remove it and set GUIDEBOOK_API_KEY in " \
    "the environment instead"


@pytest.mark.parametrize(("text", "message"), [
    # The key under the heading was left in a file that gets committed, and the one line
    # said: guidebook: unknown setting (did you mean 'guide'?)
    ('# nightly\n[guidebook]\nguide = 3\napi_key = "gb-secret-1"\n',
     f"4: guidebook.api_key: {KEY}"),
    ('guidebook.api_key = "gb-secret-1"\n', f"1: guidebook.api_key: {KEY}"),
    ('[guidebook]\nguide = 3\ntimezone = "America/Chicago"\n',
     "1: guidebook: unknown setting (settings under a [guidebook] heading are not read: write "
     "guide and timezone at the top of the file, above any heading)"),
    # Named as if each setting had a variable: answered by the list of every setting.
    ('GUIDEBOOK_TIMEZONE = "America/Chicago"\n',
     "1: GUIDEBOOK_TIMEZONE: unknown setting (did you mean 'timezone'?)"),
    ("GUIDEBOOK_GUIDE_ID = 3\n", "1: GUIDEBOOK_GUIDE_ID: unknown setting (did you mean 'guide'?)"),
])
def test_settings_written_under_a_heading_or_a_variables_name(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "gbimport.toml").write_text(text, encoding="utf-8")

    with pytest.raises(ConfigError) as refused:
        load_settings(tmp_path / "gbimport.toml", env={})

    assert str(refused.value) == f"{tmp_path / 'gbimport.toml'}:{message}"
    assert "gb-secret-1" not in str(refused.value)
