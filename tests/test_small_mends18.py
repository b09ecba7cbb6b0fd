"""Small mends: a guide earlier runs synced, now not found, is said to be deleted where its
sessions are edited, the sandbox at a rehearsal."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import GuideNotFoundError
from importer.runner import run_import
from tests.support import BASE_URL, Sandbox, talk, write_sheet
from tests.test_cron16_guide_deleted import deleted_guide

GUIDEBOOK = "https://api.guidebook.com/open-api/v1.1/"


@pytest.mark.parametrize(("api_url", "where"), [(BASE_URL, "the sandbox"), (GUIDEBOOK, "Builder")])
def test_a_deleted_guide_is_said_to_be_deleted_where_it_is_edited(
        tmp_path: Path, api_url: str, where: str) -> None:
    """At the sandbox it said 'deleted in Builder': a planner rehearsing there has none."""
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"api_url": api_url})
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    assert sandbox.run(sheet).exit_code == 0

    with pytest.raises(GuideNotFoundError) as stop:
        run_import(sheet, sandbox.settings, transport=deleted_guide())

    assert str(stop.value).endswith(
        f"synced 1 session into guide 1 there (as {tmp_path / '.gbimport-state.json'} "
        f"remembers): if neither changed since, the guide was most likely deleted in {where}; "
        "if another replaces it, give its id.")
