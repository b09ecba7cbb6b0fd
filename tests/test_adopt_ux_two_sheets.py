"""Two sheets that Builder's import put into one guide, switched one after the other with
--adopt under the built-in mapping's one prefix: the second is told, before its run, that
the first's sessions carry that prefix already, rather than advised to --prune them."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_adopt_builder_import import _builder_import

SHARED = (
    "--adopt gives the sessions it takes over this sheet's import_id prefix 'sheet:', which "
    "2 of the guide's sessions that the sheet does not have carry already (such as 'Talk "
    "number 1' (sheet:T001)): if another sheet sharing the guide imported them, give this "
    "sheet a prefix of its own (import_id_prefix in its mapping) before running --adopt, as "
    "two sheets under one prefix each take the other's sessions for talks dropped from it "
    "(--prune deletes them) and a row sharing an id with the other's session updates that "
    "one")


def test_the_second_sheet_adopting_under_the_first_ones_prefix_is_told(
    tmp_path: Path,
) -> None:
    """Its plan said the first sheet's two sessions were 'no longer in the sheet; they
    stay unless you run with --prune': advice to delete the other sheet's talks."""
    sandbox = Sandbox()
    first = write_sheet(tmp_path / "day1.csv", [talk(1), talk(2)])
    second = write_sheet(tmp_path / "day2.csv", [talk(3), talk(4), talk(5)])
    _builder_import(sandbox, first)
    _builder_import(sandbox, second)
    first_run = sandbox.run(first, adopt=True)

    planned = plan_import(second, sandbox.settings, transport=sandbox.transport(), adopt=True)
    plain = plan_import(first, sandbox.settings, transport=sandbox.transport())

    assert (first_run.counts["updated"], planned.counts["update"], planned.notes) == (
        2, 3, [SHARED])
    assert [note for note in plain.notes if "--adopt gives" in note] == []


def test_a_sheet_switching_alone_is_not_told(tmp_path: Path) -> None:
    """The same guide but for the other sheet: nothing carries the prefix yet."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "day2.csv", [talk(3), talk(4), talk(5)])
    _builder_import(sandbox, sheet)

    planned = plan_import(sheet, sandbox.settings, transport=sandbox.transport(), adopt=True)

    assert (planned.counts["update"], planned.notes) == (3, [])
