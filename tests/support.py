"""Shared by the engine tests: a sheet of talks, and the sandbox served in-process."""

from __future__ import annotations

import asyncio
import csv
import errno
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from importer import _whole_file
from importer.report import ImportReport
from importer.runner import run_import
from importer.sandbox import SandboxConfig, create_app
from importer.settings import Settings

HEADER = [
    "Session ID", "Session Title", "Date", "Time Start", "Time End", "Room/Location",
    "Schedule Track (Optional)", "Description (Optional)",
]
# The client refuses plain http except to loopback; ASGITransport never opens a socket.
BASE_URL = "http://127.0.0.1/open-api/v1.1/"
# What a publish line at a sandbox (on loopback, as every test's) says after its address.
REHEARSAL = ("(a sandbox on the computer that ran it: a rehearsal, which changed nothing in "
             "Guidebook)")
AT_SANDBOX = f"at {BASE_URL} {REHEARSAL}"


def talk(number: int, **changes: str) -> dict[str, str]:
    row = {
        "Session ID": f"T{number:03d}",
        "Session Title": f"Talk number {number}",
        "Date": "5/11/2027",
        "Time Start": f"{9 + number % 8}:00 AM" if number % 8 < 3 else f"{number % 8 - 2}:00 PM",
        "Time End": f"{9 + number % 8}:45 AM" if number % 8 < 3 else f"{number % 8 - 2}:45 PM",
        "Room/Location": f"Room {100 + number // 8}",
        "Schedule Track (Optional)": "Data; Python" if number % 2 else "Community",
        "Description (Optional)": f"About talk {number}.\n\nSecond paragraph.",
    }
    row.update(changes)
    return row


def write_sheet(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def unwritable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """No file written whole (the state file, a report) can be made in `folder`, as in a
    folder the run may not write to: the tests may run as root, whom a read-only folder does
    not stop."""
    make = _whole_file.copy_beside

    def refused(target: Path) -> Path:
        if target.parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        return make(target)

    monkeypatch.setattr(_whole_file, "copy_beside", refused)


class Sandbox:
    def __init__(self, **config: Any) -> None:
        options = {"guide_timezone": "America/Chicago", **config}
        self.config = SandboxConfig(**options)
        self.app: FastAPI = create_app(self.config)
        self.settings = Settings(
            api_url=BASE_URL, api_key=SecretStr(self.config.api_key), guide=1,
            rate=1000.0, max_retry_wait=2.0,
        )

    def transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self.app)

    def run(self, sheet: Path, **options: Any) -> ImportReport:
        return run_import(sheet, self.settings, transport=self.transport(), **options)

    def run_in_order(self, sheet: Path) -> ImportReport:
        """Sessions made one at a time, so their ids follow the sheet's rows: four at a
        time, on a loaded machine, a later row's create may be answered first."""
        settings = self.settings.model_copy(update={"concurrency": 1})
        return run_import(sheet, settings, transport=self.transport())

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self.app.state.sandbox.stats()
        return stats

    def writes(self) -> Counter[str]:
        return Counter({
            f"{r['method']} {r['path']}": r["count"] for r in self.stats()["requests"]
            if r["method"] != "GET"
        })

    def post_session(self, body: dict[str, Any]) -> None:
        self.post("sessions/", body)

    def post(self, path: str, body: dict[str, Any]) -> None:
        """Made in the guide as by hand in Builder: `path` is `sessions/`, `locations/`..."""
        async def post() -> None:
            async with httpx.AsyncClient(transport=self.transport(), base_url=BASE_URL) as c:
                headers = {"Authorization": f"JWT {self.config.api_key}"}
                (await c.post(path, json=body, headers=headers)).raise_for_status()

        asyncio.run(post())

    def sessions(self) -> list[dict[str, Any]]:
        async def fetch() -> list[dict[str, Any]]:
            async with httpx.AsyncClient(transport=self.transport(), base_url=BASE_URL) as c:
                headers = {"Authorization": f"JWT {self.config.api_key}"}
                found: list[dict[str, Any]] = []
                url: str | None = "sessions/?guide=1"
                while url:
                    page = (await c.get(url, headers=headers)).json()
                    found += page["results"]
                    url = page["next"]
                return found

        return asyncio.run(fetch())
