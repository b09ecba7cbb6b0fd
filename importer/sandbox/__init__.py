"""A local stand-in for the Guidebook Open API (FastAPI + SQLite), faults included.

Planners rehearse imports on it; tests and benchmarks run against it over real HTTP.

    from importer.sandbox import SandboxConfig, running_sandbox

    with running_sandbox(SandboxConfig(faults=0.05, seed=1)) as sandbox:
        ...  # point a client at sandbox.base_url with sandbox.api_key
        print(sandbox.stats())

In-process, `httpx.ASGITransport(app=create_app(config))` serves the same app without a
socket; a drop-after fault then surfaces as `SandboxConnectionDropped`, a subclass of
`httpx.RemoteProtocolError`, just as a real dropped connection does over uvicorn.

Choices where the reference is silent (the client must not rely on more than it says):

- Guide 1 is ours, guide 2 someone else's: 403 `{"detail": "You do not have permission to
  perform this action."}` on anything naming guide 2, a create's `guide` field included. An
  unknown guide is 400 on `guide` (create) or on the `guide` filter (lists), 404 to read.
- `guides/` lists our guides and needs no `?guide=`; sessions, tracks and locations lists
  need it on v1.1. `page_size` is not honoured; `page=last` is, as DRF does.
- Lists honour only the documented filters and orderings: locations filter on `guide` and
  `location_type` alone (no `import_id`, no `id`), and only sessions take `ordering`. Like
  DRF, an unknown parameter is ignored, so the whole list comes back in id order. One main
  venue (location_type 1) per guide.
- Only `--rate` 429s carry `Retry-After`; the daily budget's, publish's and burst-429 faults'
  do not. The budget counts every request per presented key, 401s and 429s included.
- Faults follow budget, rate and key checks. error-before/after answer HTML pages, as a
  gateway would. drop-after sends the status line and headers, then raises
  `SandboxConnectionDropped`: uvicorn closes the socket and the client reads a truncated
  response (`httpx.RemoteProtocolError`); the stats record it with status 0. A 204 has no
  body to cut short, so it goes out as a 200 whose body never comes. slow commits,
  then waits `slow_seconds` (or until the client leaves) before answering.
- `reset` also re-seeds the fault generator, so a seeded run replays after it, and ids start
  again from 1.
- A PATCH may repeat the session's guide but not change it (400 on `guide`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer._lazy import names_on_first_use

# Imported on first use, as the `importer` package does: every `gbimport` command registers
# `gbimport sandbox`, and only that one needs FastAPI and uvicorn loaded.
if TYPE_CHECKING:
    from importer.sandbox.app import create_app
    from importer.sandbox.config import DEFAULT_API_KEY, FAULT_KINDS, FaultKind, SandboxConfig
    from importer.sandbox.faults import SandboxConnectionDropped
    from importer.sandbox.server import RunningSandbox, running_sandbox, serve

_HOMES = {
    "create_app": "app",
    "DEFAULT_API_KEY": "config", "FAULT_KINDS": "config", "FaultKind": "config",
    "SandboxConfig": "config",
    "SandboxConnectionDropped": "faults",
    "RunningSandbox": "server", "running_sandbox": "server", "serve": "server",
}

__all__ = [
    "DEFAULT_API_KEY",
    "FAULT_KINDS",
    "FaultKind",
    "RunningSandbox",
    "SandboxConfig",
    "SandboxConnectionDropped",
    "create_app",
    "running_sandbox",
    "serve",
]


__getattr__, __dir__ = names_on_first_use(__name__, _HOMES, globals(), __all__)
