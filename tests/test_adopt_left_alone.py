"""The note naming the sessions without an import id that --adopt left alone. A talk dropped
from the sheet since Builder's import is among them and stays, even with --prune (which
deletes no session without an import id); another sheet sharing the guide, not switched
yet, has its Builder sessions among them too, and those are not to be deleted."""

from __future__ import annotations

from pathlib import Path

from tests.support import Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import, _ids


def test_a_dropped_talk_and_another_sheets_sessions_are_told_apart(tmp_path: Path) -> None:
    """Talk 3 left the programme after Builder's import; the workshops sheet was imported
    by Builder too and is switched later. --adopt --prune takes talks 1 and 2 over and
    deletes nothing; the note says all three stay, which to keep and which to delete."""
    sandbox = Sandbox()
    talks = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2), talk(3)])
    workshops = write_sheet(tmp_path / "workshops.csv", [
        talk(5, **{"Session ID": "W1", "Session Title": "Workshop A"})])
    first, second, dropped = _builder_import(sandbox, talks)
    [workshop] = _builder_import(sandbox, workshops)
    write_sheet(talks, [talk(1), talk(2)])

    report = sandbox.run(talks, adopt=True, prune=True)

    assert [n for n in report.notes if "--adopt" in n] == [
        "2 of the guide's sessions without an import id matched no row's title and start, "
        f"so --adopt left them alone: 'Talk number 3' (id {dropped['id']}), 'Workshop A' "
        f"(id {workshop['id']}). They stay, even with --prune (which never deletes a session "
        "without an import id), as they should if made by hand or by Builder's import of "
        "another sheet sharing the guide (that sheet's own --adopt run takes them over). "
        "Only a session that was this sheet's is to be deleted in Builder: a talk dropped "
        "from the sheet since Builder's import, or the old session of a row whose title or "
        "time was edited since (that row's session is made anew beside it)."]
    assert _ids(sandbox) == {first["id"]: "sheet:T001", second["id"]: "sheet:T002",
                             dropped["id"]: None, workshop["id"]: None}
