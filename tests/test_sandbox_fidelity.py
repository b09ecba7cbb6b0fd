"""The sandbox and the client against the facts of the Guidebook reference, one fact a test.

The sandbox answers as Guidebook (Django REST Framework) does; the client must rely on no more
than the reference states, so what works in a rehearsal works on Guidebook too.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from importer.runner import plan_import
from tests.test_images import JPEG, PNG, image_sandbox, sheet_with_images

PATCH = "PATCH /open-api/v1.1/sessions/{id}/"


def test_an_update_sending_an_image_also_clears_the_cells_emptied_beside_it(
    tmp_path: Path,
) -> None:
    """Images need multipart, and a form cannot clear a field: an empty list is no key at
    all and a PATCH leaves what it does not name. Before, the room stayed on Guidebook while
    the report said it changed; now the fields go as JSON and the image after it."""
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "b.jpg").write_bytes(JPEG)
    sheet = sheet_with_images(tmp_path, ["a.png", "b.jpg"])
    sandbox = image_sandbox(tmp_path)
    sandbox.run(sheet)
    before = sandbox.writes()

    (tmp_path / "a.png").write_bytes(PNG + b"new pixels")
    (tmp_path / "b.jpg").write_bytes(JPEG + b"new pixels")
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("Room 100,a.png", ",a.png"), encoding="utf-8")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    changed = sandbox.run(sheet)

    assert [(o.action, o.message) for o in changed.outcomes] == [
        ("updated", "changed: locations, image"), ("updated", "changed: image"),
    ]
    stored = {s["import_id"]: (s["locations"], bool(s["image"])) for s in sandbox.sessions()}
    assert stored == {"sheet:T001": ([], True), "sheet:T002": ([1], True)}
    assert sandbox.writes() - before == Counter({PATCH: 3})
    assert plan.writes_planned == 3  # the emptied room's row costs two PATCHes, the other one
    assert [o.action for o in sandbox.run(sheet).outcomes] == ["unchanged", "unchanged"]
