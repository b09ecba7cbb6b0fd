"""The Python API's plan, run and publish each start an event loop of their own
(`asyncio.run`), which cannot be done where one already runs: a Jupyter notebook's cell, an
async web app's handler. There, asyncio's RuntimeError says nothing of what to do instead;
nor does its ValueError for signals handled outside the main thread."""

from __future__ import annotations

import asyncio
import threading

from importer.errors import ConfigError


def check_no_running_loop(function: str) -> None:
    """Raise ConfigError, saying how `function` is called there, if an event loop runs in
    this thread. Called first: before the sheet is read, and before a coroutine is made that
    would never be awaited (a warning of its own)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return  # none runs: asyncio.run may start one
    raise ConfigError(
        f"{function}() cannot be called where an event loop is already running (a Jupyter "
        f"notebook, an async app): call it in a thread there, as "
        f"`await asyncio.to_thread({function}, ...)`"
    )


def check_signals_reach_this_thread(function: str) -> None:
    """With handle_interrupt, the loop takes Ctrl-C and SIGTERM, which Python delivers to the
    main thread alone: in another (a scheduler's worker) asyncio's ValueError would say only
    that. Raise ConfigError saying what to do, before any request."""
    if threading.current_thread() is not threading.main_thread():
        raise ConfigError(
            f"{function}(handle_interrupt=True) works in the main thread alone, the one "
            f"signals reach: call it from there, or leave handle_interrupt out in this thread"
        )
