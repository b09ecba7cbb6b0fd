"""A local stand-in for the Guidebook Open API (FastAPI + SQLite), faults included.

Planners rehearse imports on it; tests and benchmarks run against it over real HTTP.

    from importer.sandbox import SandboxConfig, running_sandbox

    with running_sandbox(SandboxConfig(faults=0.05, seed=1)) as sandbox:
        ...  # point a client at sandbox.base_url with sandbox.api_key
        print(sandbox.stats())

In-process, `httpx.ASGITransport(app=create_app(config))` serves the same app without a
socket; a drop-after fault then surfaces as `SandboxConnectionDropped`, a subclass of
`httpx.RemoteProtocolError`, just as a real dropped connection does over uvicorn.
"""

from __future__ import annotations

from importer.sandbox.app import create_app
from importer.sandbox.config import DEFAULT_API_KEY, FAULT_KINDS, FaultKind, SandboxConfig
from importer.sandbox.faults import SandboxConnectionDropped
from importer.sandbox.server import RunningSandbox, running_sandbox, serve

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
