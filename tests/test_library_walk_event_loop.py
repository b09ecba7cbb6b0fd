"""plan_import, run_import and publish_guide called where an event loop already runs (a
Jupyter notebook's cell, an async web app's handler): each runs its own loop, so it stops
with a ConfigError saying how to call it there, before the sheet is read or a request sent;
and the way it names works."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from importer import plan_import, publish_guide, run_import
from importer.errors import ConfigError
from tests.support import Sandbox, talk, write_sheet


def _calls(sandbox: Sandbox, sheet: Path) -> dict[str, Callable[[], Any]]:
    settings, transport = sandbox.settings, sandbox.transport()
    return {
        "plan_import": lambda: plan_import(sheet, settings, transport=transport),
        "run_import": lambda: run_import(sheet, settings, transport=transport),
        "publish_guide": lambda: publish_guide(settings, transport=transport),
    }


@pytest.mark.parametrize("name", ["plan_import", "run_import", "publish_guide"])
def test_called_inside_a_running_loop_says_how_to_call_it(tmp_path: Path, name: str) -> None:
    sandbox = Sandbox()
    call = _calls(sandbox, write_sheet(tmp_path / "schedule.csv", [talk(1)]))[name]

    async def notebook_cell() -> str:
        with pytest.raises(ConfigError) as raised:
            call()
        return str(raised.value)

    assert asyncio.run(notebook_cell()) == (
        f"{name}() cannot be called where an event loop is already running (a Jupyter "
        f"notebook, an async app): call it in a thread there, as "
        f"`await asyncio.to_thread({name}, ...)`"
    )
    assert sandbox.stats()["requests"] == []


def test_called_in_a_thread_as_told_it_runs(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2)])

    async def notebook_cell() -> dict[str, int]:
        report = await asyncio.to_thread(run_import, sheet, sandbox.settings,
                                         transport=sandbox.transport())
        return report.counts

    assert asyncio.run(notebook_cell())["created"] == 2
    assert len(sandbox.sessions()) == 2
