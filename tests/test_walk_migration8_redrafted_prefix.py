"""Next week's export, its mapping drafted again: the draft takes import_id_prefix from the
file's name ('week2-pretalx:' where the guide holds 'week1-pretalx:'), so every session
would be made a second time."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import UnsafeOperationError
from importer.runner import plan_import, run_import
from tests.test_import import imported_then_prefixed


def test_the_stop_names_the_prefix_the_guide_holds_as_the_line_to_write(
        tmp_path: Path) -> None:
    sandbox, sheet, redrafted = imported_then_prefixed(tmp_path, "week2-pretalx:", talks=3)
    plan = plan_import(sheet, redrafted, transport=sandbox.transport())
    assert plan.needs_force == [
        "3 of the sessions to create have the same title and id under the prefix 'sheet:' "
        "(such as 'sheet:T001'), where the mapping's import_id_prefix is 'week2-pretalx:': if "
        "it was changed, or the mapping drafted again from a file named otherwise, change it "
        'back (import_id_prefix = "sheet:"), or the programme is made twice']
    with pytest.raises(UnsafeOperationError, match='import_id_prefix = "sheet:"'):
        run_import(sheet, redrafted, transport=sandbox.transport())
    assert len(sandbox.sessions()) == 3
