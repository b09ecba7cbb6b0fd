"""The Python API's plan, run and publish each start an event loop of their own
(`asyncio.run`), which cannot be done where one already runs: a Jupyter notebook's cell, an
async web app's handler. There, asyncio's RuntimeError says nothing of what to do instead."""

from __future__ import annotations

import asyncio

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
