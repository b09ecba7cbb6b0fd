"""Session images: checked before anything is sent, uploaded again only when changed."""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from importer.images import DEFAULT_MAX_BYTES, ImageProblem, load_images, read_local_image
from importer.model import RowResult, SessionPayload
from tests.support import Sandbox, talk, unwritable

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x01" * 64
GIF = b"GIF89a" + b"\x00" * 64

MAPPING = """
name = "with-images"
import_id_prefix = "sheet:"
[fields.import_id]
column = "Session ID"
[fields.name]
column = "Session Title"
[fields.start]
date_column = "Date"
time_column = "Time Start"
[fields.end]
time_column = "Time End"
[fields.locations]
column = "Room/Location"
[fields.image]
column = "Image"
optional = true
"""


def sheet_with_images(folder: Path, images: list[str]) -> Path:
    rows = [{**talk(n), "Image": image} for n, image in enumerate(images, start=1)]
    for row in rows:
        del row["Schedule Track (Optional)"], row["Description (Optional)"]
    path = folder / "talks.csv"
    header = list(rows[0])
    lines = [",".join(header)] + [",".join(row[h] for h in header) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def image_sandbox(folder: Path, **settings: object) -> Sandbox:
    (folder / "mapping.toml").write_text(MAPPING, encoding="utf-8")
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(
        update={"mapping": str(folder / "mapping.toml"), **settings}
    )
    return sandbox


def test_images_go_with_creates_and_again_only_when_changed(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.png").write_bytes(PNG)
    (tmp_path / "b.jpg").write_bytes(JPEG)
    sheet = sheet_with_images(tmp_path, ["img/a.png", "b.jpg", ""])
    sandbox = image_sandbox(tmp_path)

    first = sandbox.run(sheet)
    assert [o.action for o in first.outcomes] == ["created"] * 3
    with_image = {s["import_id"]: bool(s["image"]) for s in sandbox.sessions()}
    assert with_image == {"sheet:T001": True, "sheet:T002": True, "sheet:T003": False}
    assert (tmp_path / ".gbimport-state.json").exists()

    before = sandbox.writes()
    again = sandbox.run(sheet)
    assert [o.action for o in again.outcomes] == ["unchanged"] * 3
    assert sandbox.writes() == before

    (tmp_path / "img" / "a.png").write_bytes(PNG + b"new pixels")
    changed = sandbox.run(sheet)
    assert [(o.action, o.message) for o in changed.outcomes] == [
        ("updated", "changed: image"), ("unchanged", ""), ("unchanged", ""),
    ]
    assert sandbox.writes() - before == Counter({"PATCH /open-api/v1.1/sessions/{id}/": 1})


class Recording(httpx.AsyncBaseTransport):
    """The sandbox's transport, keeping each PATCH's form parts (name, file name) or JSON."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.patches: list[Any] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            content = await request.aread()
            if request.headers["content-type"].startswith("multipart/form-data"):
                self.patches.append(re.findall(
                    rb'form-data; name="([^"]+)"(?:; filename="([^"]+)")?', content))
            else:
                self.patches.append(json.loads(content))
        return await self.inner.handle_async_request(request)


def test_an_update_carries_the_image_only_when_it_changed(tmp_path: Path) -> None:
    from importer.runner import run_import

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sandbox.run(sheet_with_images(tmp_path, ["a.png"]))
    sheet = sheet_with_images(tmp_path, ["a.png"])
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("Talk number 1", "Renamed"),
                     encoding="utf-8")
    recording = Recording(sandbox.transport())
    run_import(sheet, sandbox.settings, transport=recording)
    (tmp_path / "a.png").write_bytes(PNG + b"new pixels")
    run_import(sheet, sandbox.settings, transport=recording)
    assert recording.patches == [{"name": "Renamed"}, [(b"image", b"a.png")]]


class StateFileAtEachCreate(httpx.AsyncBaseTransport):
    """The sandbox's transport, keeping the state file's text as it is on disk when each
    session create arrives: what a run killed (SIGKILL) at that moment would leave behind."""

    def __init__(self, inner: httpx.AsyncBaseTransport, state_file: Path) -> None:
        self.inner = inner
        self.state_file = state_file
        self.on_disk: list[str | None] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sessions/"):
            exists = self.state_file.exists()
            self.on_disk.append(self.state_file.read_text(encoding="utf-8") if exists else None)
        return await self.inner.handle_async_request(request)


def test_a_run_killed_midway_has_saved_most_of_its_image_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importer import upload
    from importer.runner import run_import

    monkeypatch.setattr(upload, "IMAGE_STATE_SAVE_EVERY", 2)
    for n in range(1, 6):
        (tmp_path / f"{n}.png").write_bytes(PNG + bytes([n]))
    sheet = sheet_with_images(tmp_path, [f"{n}.png" for n in range(1, 6)])
    sandbox = image_sandbox(tmp_path, concurrency=1)
    state_file = tmp_path / ".gbimport-state.json"
    watching = StateFileAtEachCreate(sandbox.transport(), state_file)
    run_import(sheet, sandbox.settings, transport=watching)
    recorded = [sorted(json.loads(text)["1 at 127.0.0.1"]["images"]) if text else []
                for text in watching.on_disk]
    assert recorded == [[], [], ["sheet:T001", "sheet:T002"], ["sheet:T001", "sheet:T002"],
                        ["sheet:T001", "sheet:T002", "sheet:T003", "sheet:T004"]]

    # Killed as the fifth create was sent: only that session's image is sent again.
    last = watching.on_disk[-1]
    assert last is not None
    state_file.write_text(last, encoding="utf-8")
    again = sandbox.run(sheet)
    assert [(o.row, o.action, o.message) for o in again.outcomes] == [
        (2, "unchanged", ""), (3, "unchanged", ""), (4, "unchanged", ""), (5, "unchanged", ""),
        (6, "updated", "changed: image"),
    ]


def test_unusable_images_make_the_row_invalid_before_anything_is_sent(tmp_path: Path) -> None:
    (tmp_path / "anim.gif").write_bytes(GIF)
    (tmp_path / "big.png").write_bytes(PNG + b"\x00" * 2000)
    (tmp_path.parent / "outside.png").write_bytes(PNG)
    (tmp_path / "ok.png").write_bytes(PNG)
    sheet = sheet_with_images(tmp_path, [
        "anim.gif", "missing.png", "../outside.png", "big.png", "http://example.org/x.png",
        "ok.png",
    ])
    sandbox = image_sandbox(tmp_path, max_image_bytes=1000)
    report = sandbox.run(sheet)
    codes = [(o.action, o.message.split(":")[0]) for o in report.outcomes]
    assert codes == [
        ("invalid", "image-bad-type"), ("invalid", "image-not-found"),
        ("invalid", "image-outside-folder"), ("invalid", "image-too-large"),
        ("invalid", "image-bad-url"), ("created", ""),
    ]
    assert [s["import_id"] for s in sandbox.sessions()] == ["sheet:T006"]


def test_image_problems_name_the_image_column_as_the_sheet_heads_it(tmp_path: Path) -> None:
    """As every other issue does: the column the planner sees, not the field's name."""
    from importer.runner import plan_import

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sandbox.run(sheet_with_images(tmp_path, ["a.png", "a.png"]))
    sheet = sheet_with_images(tmp_path, ["", "missing.png"])
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(",Image\n", ",IMAGE \n", 1),
                     encoding="utf-8")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [issue.to_dict() for row in plan.rows for issue in row.issues] == [{
        "row": 2, "column": "IMAGE", "value": None, "code": "image-kept",
        "severity": "warning",
        "message": "Row 2: 'IMAGE' is empty now, but the session keeps the image it was sent "
                   "(gbimport does not take images off sessions: the Open API documents no "
                   "way to); remove it in Guidebook Builder. This warning stays until then.",
    }, {
        "row": 3, "column": "IMAGE", "value": "missing.png", "code": "image-not-found",
        "severity": "error",
        "message": f"Row 3: the image 'missing.png' in 'IMAGE' does not exist "
                   f"({tmp_path.resolve() / 'missing.png'}); check the path",
    }]


def test_images_outside_the_folder_can_be_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "sheet"
    folder.mkdir()
    (tmp_path / "shared.png").write_bytes(PNG)
    sheet = sheet_with_images(folder, ["../shared.png"])
    sandbox = image_sandbox(folder, allow_images_outside=True)
    assert [o.action for o in sandbox.run(sheet).outcomes] == ["created"]


def test_an_emptied_image_cell_warns_until_the_image_is_removed_by_hand(tmp_path: Path) -> None:
    from importer.runner import plan_import

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sandbox.run(sheet_with_images(tmp_path, ["a.png", "a.png"]))
    emptied = sheet_with_images(tmp_path, ["", "a.png"])
    for _ in range(2):  # a nightly run keeps saying it
        plan = plan_import(emptied, sandbox.settings, transport=sandbox.transport())
        first = plan.rows[0]
        assert (first.action, [i.code for i in first.issues]) == ("unchanged", ["image-kept"])
        assert "remove it in Guidebook Builder" in first.issues[0].message
        sandbox.run(emptied)
    # Removed by hand in Builder: no more warning, and filled in again it is sent anew.
    session = next(s for s in sandbox.sessions() if s["import_id"] == "sheet:T001")
    sandbox.app.state.sandbox.store.update("sessions", int(session["id"]), {"image": None}, {})
    plan = plan_import(emptied, sandbox.settings, transport=sandbox.transport())
    assert plan.rows[0].issues == []
    sandbox.run(emptied)
    refilled = sheet_with_images(tmp_path, ["a.png", "a.png"])
    plan = plan_import(refilled, sandbox.settings, transport=sandbox.transport())
    assert [(row.action, [(c.field, c.old, c.new) for c in row.changes]) for row in plan.rows] == [
        ("update", [("image", None, "a.png")]),
        ("unchanged", []),
    ]


def test_an_image_the_state_file_does_not_know_is_not_shown_as_none(tmp_path: Path) -> None:
    from importer.runner import plan_import

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sheet = sheet_with_images(tmp_path, ["a.png"])
    sandbox.run(sheet)
    (tmp_path / ".gbimport-state.json").unlink()
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [(c.field, c.old, c.new) for c in plan.rows[0].changes] == [
        ("image", "an image", "a.png")]


def test_an_image_path_written_on_windows_is_found(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    report = sandbox.run(sheet_with_images(tmp_path, ["pics\\a.png"]))
    assert [o.action for o in report.outcomes] == ["created"]
    assert [bool(s["image"]) for s in sandbox.sessions()] == [True]


@pytest.mark.parametrize("content", ['{"1": []}', '{"1": {"images": []}}', '{"1": "x"}',
                                     '{"1": {"images": {"sheet:T001": 5}}}', "[1, 2]", "{"])
def test_a_state_file_of_any_shape_is_read_as_no_record(tmp_path: Path, content: str) -> None:
    """A nightly run must not fail until someone deletes the file by hand."""
    from importer.images import SavedState

    (tmp_path / "state.json").write_text(content, encoding="utf-8")
    state = SavedState(tmp_path / "state.json", 1)
    assert state.sent("sheet:T001") is None
    state.record("sheet:T001", "abc")
    state.save()
    assert SavedState(tmp_path / "state.json", 1).sent("sheet:T001") == "abc"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no copy left beside it


def test_a_rehearsal_with_the_real_guides_id_keeps_its_own_image_record(tmp_path: Path) -> None:
    """Images sent to guide 1 in the sandbox were never sent to guide 1 on Guidebook: the
    real run must not skip them. A file written before hosts were told apart still serves
    Guidebook's API."""
    from importer.images import SavedState

    path = tmp_path / "state.json"
    path.write_text('{"1": {"images": {"sheet:T001": "old"}}}', encoding="utf-8")
    rehearsal = SavedState(path, 1, "http://127.0.0.1:8765/open-api/v1.1/")
    assert rehearsal.sent("sheet:T001") is None
    rehearsal.record("sheet:T001", "new")
    rehearsal.save()
    real = "https://builder.guidebook.com/open-api/v1/"
    assert [SavedState(path, 1, real).sent("sheet:T001"),
            SavedState(path, 1, "http://127.0.0.1:8765/open-api/v1/").sent("sheet:T001"),
            SavedState(path, 1, "http://127.0.0.1:9000/open-api/v1/").sent("sheet:T001")] == [
        "old", "new", None]


def test_a_state_file_written_after_all_leaves_no_note_that_it_could_not_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save that failed (the folder full, or not writable for a moment), then one that
    went through: the report must not tell of a file left unwritten."""
    from importer.images import SavedState

    path = tmp_path / "state.json"
    state = SavedState(path, 1)
    state.record("sheet:T001", "abc")
    with monkeypatch.context() as patched:
        unwritable(patched, tmp_path)
        state.save()
    assert state.unsaved_note() == [
        f"the state file {path} could not be written (Permission denied): the next run may "
        "send images again; let the run write in that folder, or set state_file in "
        "gbimport.toml"]
    state.unpublished = True
    state.save()
    assert state.unsaved_note() == []
    again = SavedState(path, 1)
    assert (again.sent("sheet:T001"), again.unpublished) == ("abc", True)


def test_a_taken_over_session_keeps_its_image_record(tmp_path: Path) -> None:
    """Adding the id column moves the session to its new id; its image is not sent again."""
    from importer.runner import plan_import

    (tmp_path / "a.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    mapping = (tmp_path / "mapping.toml").read_text(encoding="utf-8")
    (tmp_path / "mapping.toml").write_text(
        mapping.replace('[fields.import_id]\ncolumn = "Session ID"\n',
                        '[fields.import_id]\ncolumn = "Session ID"\noptional = true\n'),
        encoding="utf-8")
    sheet = sheet_with_images(tmp_path, ["a.png", "a.png"])
    text = sheet.read_text(encoding="utf-8")
    without_ids = text.replace("T001", "").replace("T002", "")
    sheet.write_text(without_ids, encoding="utf-8")
    sandbox.run(sheet)
    sheet.write_text(text, encoding="utf-8")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [[c.field for c in row.changes] for row in plan.rows] == [["import_id"]] * 2
    sandbox.run(sheet)
    again = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [row.action for row in again.rows] == ["unchanged"] * 2


def test_an_image_url_redirected_off_https_is_not_followed(tmp_path: Path) -> None:
    """A redirect to plain http could reach the importing machine's own network (a cloud's
    metadata address); one staying on https is followed."""
    rows = [
        RowResult(row, "Talk", f"sheet:T{row}", SessionPayload(
            import_id=f"sheet:T{row}", name="Talk", image=url,
            start_time=dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)))
        for row, url in [(2, "https://cdn.example.org/a.png"),
                         (3, "https://cdn.example.org/b.png")]
    ]
    with respx.mock:
        respx.get("https://cdn.example.org/a.png").mock(return_value=httpx.Response(
            302, headers={"Location": "http://169.254.169.254/latest/a.png"}))
        inside = respx.get("http://169.254.169.254/latest/a.png").mock(
            return_value=httpx.Response(200, content=PNG))
        respx.get("https://cdn.example.org/b.png").mock(return_value=httpx.Response(
            301, headers={"Location": "https://images.example.org/b.png"}))
        respx.get("https://images.example.org/b.png").mock(
            return_value=httpx.Response(200, content=JPEG))
        images, issues = asyncio.run(load_images(rows, tmp_path, column="Photo"))
    assert not inside.called
    assert [(where, image.filename, image.content_type) for where, image in images.items()] == [
        ((None, 3), "b.png", "image/jpeg")]
    assert [issue.to_dict() for issue in issues] == [{
        "row": 2, "column": "Photo", "value": "https://cdn.example.org/a.png",
        "code": "image-bad-url", "severity": "error",
        "message": "Row 2: the image 'https://cdn.example.org/a.png' in 'Photo' redirects to a "
                   "plain http URL (on 169.254.169.254); use a URL that stays on https",
    }]


def test_a_row_invalid_for_its_image_gets_no_room_or_track_made(tmp_path: Path) -> None:
    """The row is not sent, so the room only it names must not appear in the guide."""
    from importer.runner import plan_import

    (tmp_path / "ok.png").write_bytes(PNG)
    images = ["ok.png"] * 7 + ["missing.png"]  # talk 8 alone is in Room 101
    sheet = sheet_with_images(tmp_path, images)
    sandbox = image_sandbox(tmp_path)
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.counts["invalid"], plan.locations_to_create) == (1, ["Room 100"])

    report = sandbox.run(sheet)
    assert [o.action for o in report.outcomes] == ["created"] * 7 + ["invalid"]
    assert sandbox.writes() == Counter({"POST /open-api/v1.1/locations/": 1,
                                        "POST /open-api/v1.1/sessions/": 7})


def test_an_image_url_sent_too_slowly_is_given_up_on_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server sending a byte now and then meets every read's timeout, so only a deadline
    for the whole download keeps one image from holding the run for days."""
    monkeypatch.setattr("importer.images.URL_DEADLINE", 0.2)

    async def drip() -> Any:
        yield PNG[:8]
        while True:
            await asyncio.sleep(0.01)
            yield b"\x00"

    rows = [RowResult(2, "Talk", "sheet:T2", SessionPayload(
        import_id="sheet:T2", name="Talk", image="https://slow.example.org/a.png",
        start_time=dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)))]
    with respx.mock:
        respx.get("https://slow.example.org/a.png").mock(
            return_value=httpx.Response(200, content=drip()))
        # The outer bound only ends the test if the download is never given up on.
        images, issues = asyncio.run(asyncio.wait_for(load_images(rows, tmp_path), 30))
    assert images == {}
    assert [issue.to_dict() for issue in issues] == [{
        "row": 2, "column": "image", "value": "https://slow.example.org/a.png",
        "code": "image-download-failed", "severity": "error",
        "message": "Row 2: the image 'https://slow.example.org/a.png' in 'image' was still "
                   "downloading after 0.2 s (the server sends it too slowly); save the image "
                   "beside the sheet and give its file name, or use a faster URL",
    }]


def test_image_urls_are_fetched_a_few_at_a_time_and_each_once(tmp_path: Path) -> None:
    """A migration's thousands of URLs started at once queued for the client's connections,
    and those waiting past its timeout failed for nothing; a sponsor's logo on many rows is
    one download."""
    in_flight, most, calls = 0, 0, Counter[str]()

    async def serve(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        calls[str(request.url)] += 1
        for _ in range(100):  # the others' turns to come in: loop turns, not the clock
            await asyncio.sleep(0)
        in_flight -= 1
        return httpx.Response(200, content=PNG)

    urls = [f"https://img.example.org/{n}.png" for n in range(40)] + [
        "https://img.example.org/logo.png"] * 10
    rows = [RowResult(row, "Talk", f"sheet:T{row}", SessionPayload(
        import_id=f"sheet:T{row}", name="Talk", image=url,
        start_time=dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)))
        for row, url in enumerate(urls, start=2)]
    with respx.mock:
        respx.get(url__startswith="https://img.example.org/").mock(side_effect=serve)
        images, issues = asyncio.run(load_images(rows, tmp_path))
    assert (len(images), issues, most, set(calls.values()), len(calls)) == (50, [], 8, {1}, 41)


def test_an_image_missing_on_rows_of_several_sheets_is_an_error_on_each(tmp_path: Path) -> None:
    """Read once, as the same cell on every row, but every row using it is told, with its
    sheet, as the issue list's sheet column and the message say where the row is."""
    rows = [RowResult(2, "Talk", f"sheet:{day}", SessionPayload(
        import_id=f"sheet:{day}", name="Talk", image="logo.png",
        start_time=dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)), sheet=day)
        for day in ("Day 1", "Day 2")]
    images, issues = asyncio.run(load_images(rows, tmp_path, column="Logo"))
    assert images == {}
    assert [issue.to_dict() for issue in issues] == [{
        "sheet": day, "row": 2, "column": "Logo", "value": "logo.png",
        "code": "image-not-found", "severity": "error",
        "message": f"Row 2 of sheet '{day}': the image 'logo.png' in 'Logo' does not exist "
                   f"({tmp_path.resolve() / 'logo.png'}); check the path",
    } for day in ("Day 1", "Day 2")]


def test_an_image_url_on_every_days_tab_is_fetched_once_for_all_of_them(
        tmp_path: Path) -> None:
    """Each tab's rows were sent for their images on their own, so a sponsor's logo on every
    day of a programme kept one tab per day was downloaded once per tab."""
    from importer.runner import plan_import
    from tests.support import HEADER
    from tests.test_load import write_xlsx

    logo = "https://img.example.org/logo.png"
    header = [*HEADER, "Image"]

    def day(*numbers: int) -> list[list[str]]:
        return [header] + [[*talk(n, Date=f"5/{10 + n}/2027").values(), logo]
                           for n in numbers]

    sheet = write_xlsx(tmp_path / "days.xlsx", {"Day 1": day(1), "Day 2": day(2)})
    sandbox = image_sandbox(tmp_path)
    with respx.mock:
        fetched = respx.get(logo).mock(return_value=httpx.Response(200, content=PNG))
        plan = plan_import(sheet, sandbox.settings, sheet=["all"],
                           transport=sandbox.transport())
    assert [(row.result.sheet, row.result.row, row.action, row.image is not None)
            for row in plan.rows] == [("Day 1", 2, "create", True), ("Day 2", 2, "create", True)]
    assert fetched.call_count == 1


def image_row(number: int, url: str) -> RowResult:
    return RowResult(number, "Talk", f"sheet:T{number}", SessionPayload(
        import_id=f"sheet:T{number}", name="Talk", image=url,
        start_time=dt.datetime(2027, 5, 11, 9, tzinfo=dt.UTC)))


def test_an_image_url_over_the_limit_by_a_byte_is_refused_and_a_huge_one_not_read_whole(
    tmp_path: Path
) -> None:
    """A link to a 2 GB video in the image column must not be downloaded whole to find out;
    an image at the limit is fine, one byte over is not."""
    served = 0

    async def endless_video() -> Any:
        nonlocal served
        for _ in range(1000):
            served += 1
            yield PNG[:8] + b"\x00" * 592

    base = "https://img.example.org/"
    with respx.mock:
        respx.get(f"{base}at-limit.png").mock(return_value=httpx.Response(
            200, content=PNG + b"\x00" * (1000 - len(PNG))))
        respx.get(f"{base}over.png").mock(return_value=httpx.Response(
            200, content=PNG + b"\x00" * (1001 - len(PNG))))
        respx.get(f"{base}video.png").mock(return_value=httpx.Response(
            200, content=endless_video()))
        images, issues = asyncio.run(load_images(
            [image_row(2, f"{base}at-limit.png"), image_row(3, f"{base}over.png"),
             image_row(4, f"{base}video.png")], tmp_path, max_bytes=1000))
    assert [(key, len(image.content)) for key, image in images.items()] == [((None, 2), 1000)]
    assert [(issue.row, issue.code, issue.message) for issue in issues] == [
        (3, "image-too-large", f"Row 3: the image '{base}over.png' in 'image' is 1,001 bytes, "
         "over the limit of 1,000 bytes; resize it (Guidebook shows session images at 640x240)"),
        (4, "image-too-large", f"Row 4: the image '{base}video.png' in 'image' is over the "
         "limit of 1,000 bytes; resize it (Guidebook shows session images at 640x240)"),
    ]
    assert served < 10  # of 1,000 chunks: the download stopped once past the limit


def test_an_image_cell_naming_a_folder_is_a_row_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "ok.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    report = sandbox.run(sheet_with_images(tmp_path, ["pics", "ok.png"]))
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "invalid", f"image-not-found: the image 'pics' in 'Image' does not exist "
         f"({tmp_path.resolve() / 'pics'}); check the path"),
        (3, "created", ""),
    ]


def test_a_sheet_without_images_gets_a_state_file_of_the_requests_alone(
    tmp_path: Path
) -> None:
    """The requests a run spent are remembered for the next plan's budget line; no image."""
    sandbox = image_sandbox(tmp_path)
    report = sandbox.run(sheet_with_images(tmp_path, ["", ""]))
    assert [o.action for o in report.outcomes] == ["created", "created"]
    state = json.loads((tmp_path / ".gbimport-state.json").read_text())
    assert [(entry["images"], [n for _, n in entry["spent"]]) for entry in state.values()] == [
        ({}, [report.requests_spent])]


def test_a_compressed_image_over_the_limit_is_not_sized_by_its_content_length(
    tmp_path: Path
) -> None:
    """Content-Length counts the gzip bytes: 'is 40 bytes, over the limit of 1,000 bytes'
    would contradict itself."""
    body = PNG + b"\x00" * 5000
    with respx.mock:
        respx.get("https://img.example.org/big.png").mock(return_value=httpx.Response(
            200, content=gzip.compress(body), headers={"content-encoding": "gzip"}))
        images, issues = asyncio.run(load_images(
            [image_row(2, "https://img.example.org/big.png")], tmp_path, max_bytes=1000))
    assert (images, [issue.message for issue in issues]) == ({}, [
        "Row 2: the image 'https://img.example.org/big.png' in 'image' is over the limit of "
        "1,000 bytes; resize it (Guidebook shows session images at 640x240)"])


@pytest.mark.parametrize(("cell", "on_disk"), [
    ("photo.png", "Photo.PNG"),  # made where names ignore case, run where they do not
    ("ana-ruiz .png", "ana-ruiz.png"),
    ("speakers/bo_li.jpg", "bo-li.jpg"),
])
def test_a_missing_image_names_the_file_beside_it_that_was_meant(tmp_path: Path, cell: str,
                                                                   on_disk: str) -> None:
    folder = tmp_path / Path(cell).parent
    folder.mkdir(exist_ok=True)
    (folder / on_disk).write_bytes(PNG)
    (folder / "unrelated-keynote.png").write_bytes(PNG)
    with pytest.raises(ImageProblem) as caught:
        read_local_image(cell, tmp_path, allow_outside=False, max_bytes=DEFAULT_MAX_BYTES)
    assert (caught.value.code, str(caught.value)) == (
        "image-not-found", f"does not exist ({(tmp_path / cell).resolve()}); did you mean "
        f"{on_disk!r}, in the same folder?")


def test_a_missing_image_with_nothing_like_it_is_told_to_check_the_path(tmp_path: Path) -> None:
    (tmp_path / "keynote.png").write_bytes(PNG)
    for cell in ("lightning.png", "no-such-folder/keynote.png"):
        with pytest.raises(ImageProblem) as caught:
            read_local_image(cell, tmp_path, allow_outside=False, max_bytes=DEFAULT_MAX_BYTES)
        assert str(caught.value) == (
            f"does not exist ({(tmp_path / cell).resolve()}); check the path")
