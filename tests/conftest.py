from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def own_temporary_folder(tmp_path_factory: pytest.TempPathFactory,
                         monkeypatch: pytest.MonkeyPatch) -> Path:
    """The run lock lives in /tmp (or GBIMPORT_LOCK_DIR), one per guide and service: every
    test imports into guide 1 at 127.0.0.1, so without a folder of their own two test runs on
    one machine (two checkouts, CI jobs sharing a runner) would refuse each other's runs, and
    each run would leave its lock files behind in /tmp. Subprocesses get it through the
    environment; TMPDIR too, for whatever else they keep there."""
    folder = tmp_path_factory.mktemp("tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("GBIMPORT_LOCK_DIR", str(folder))
    return folder
