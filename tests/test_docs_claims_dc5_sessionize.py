"""mappings/README.md's `sessionize` row: a guide imported with the mapping before it read
speakers gets each description updated once (its speakers' paragraph added, nothing else
changed), and the run after sends nothing."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox
from tests.test_realworld_shapes_sessionize import HEADER, co_presenter, session
from tests.test_validate import write_csv

ROOT = Path(__file__).resolve().parent.parent


def _before_speakers() -> str:
    """The shipped mapping as it was before it read speakers: without add_columns."""
    text = (ROOT / "mappings" / "sessionize.toml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not line.startswith("add_columns")]
    assert len(kept) == len(text.splitlines()) - 1
    return "\n".join(kept)


def test_a_guide_imported_before_speakers_were_read_is_updated_once(tmp_path: Path) -> None:
    sandbox = Sandbox()
    path = write_csv(tmp_path, HEADER, [
        session("1231798", "Soil probes", "Ana Ruiz", "Hall A", "12 Jul 2027 10:00 AM", "45"),
        session("1270736", "Panel on rivers", "Cy Doe", "Hall B", "12 Jul 2027 11:00 AM", "60"),
        co_presenter("1270736", "Dale", "Field"),
    ])
    (tmp_path / "before.toml").write_text(_before_speakers(), encoding="utf-8")
    before = sandbox.settings.model_copy(update={"mapping": str(tmp_path / "before.toml")})
    now = sandbox.settings.model_copy(update={"mapping": "sessionize"})
    sandbox.settings = before
    sandbox.run(path)
    sandbox.settings = now

    updated = sandbox.run(path)
    again = sandbox.run(path)

    assert [(o.row, o.action, o.message) for o in updated.outcomes] == [
        (2, "updated", "changed: description_html"), (3, "updated", "changed: description_html"),
        (4, "skipped", "warning: repeated-row: has row 3's id and, of the mapped columns, only "
         "'FirstName', 'LastName' (as an export with a row per speaker writes a session's "
         "other speakers), so the session is sent once, from row 3, with this row's "
         "'FirstName', 'LastName' added to its description")]
    assert (again.counts["unchanged"], again.counts["updated"]) == (2, 0)
    assert sorted(s["description_html"] for s in sandbox.sessions()) == [
        "<p>About panel on rivers.</p><p>Speakers: Cy Doe, Dale Field</p>",
        "<p>About soil probes.</p><p>Speakers: Ana Ruiz</p>"]
