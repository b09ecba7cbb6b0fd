"""run_import and publish_guide with handle_interrupt=True called from a thread other than the
main one (a scheduler's worker, a web app's): signals reach the main thread alone, so each
stops with a ConfigError saying so, before a request is sent; without it, they run there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from importer import publish_guide, run_import
from importer.errors import GbImportError
from tests.support import Sandbox, talk, write_sheet


def _in_a_thread(call: Callable[[], Any]) -> Any:
    """What `call` returned or raised, called in a worker thread."""
    ended: list[Any] = []

    def work() -> None:
        try:
            ended.append(call())
        except Exception as error:  # handed back to the test to assert on
            ended.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return ended[0]


@pytest.mark.parametrize("name", ["run_import", "publish_guide"])
def test_handle_interrupt_in_a_worker_thread_is_refused_saying_why(tmp_path: Path,
                                                                    name: str) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1)])
    settings, transport = sandbox.settings, sandbox.transport()
    calls: dict[str, Callable[[], Any]] = {
        "run_import": lambda: run_import(sheet, settings, transport=transport,
                                         handle_interrupt=True),
        "publish_guide": lambda: publish_guide(settings, transport=transport,
                                               handle_interrupt=True),
    }

    raised = _in_a_thread(calls[name])

    assert (type(raised).__name__, str(raised)) == ("ConfigError", (
        f"{name}(handle_interrupt=True) works in the main thread alone, the one signals "
        f"reach: call it from there, or leave handle_interrupt out in this thread"
    ))
    assert isinstance(raised, GbImportError)
    assert sandbox.stats()["requests"] == []


def test_without_handle_interrupt_a_worker_thread_runs_the_import(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2)])

    report = _in_a_thread(lambda: run_import(sheet, sandbox.settings,
                                             transport=sandbox.transport()))

    assert report.counts["created"] == 2
