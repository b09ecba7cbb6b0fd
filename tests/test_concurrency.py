"""The `concurrency` setting is how many requests a run has in flight at once: no more (the
API's patience), and no fewer (a migration's speed)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from importer.runner import run_import
from tests.support import Sandbox, talk, write_sheet


class CountingInFlight(httpx.AsyncBaseTransport):
    """Passes requests on, noting the most that were in flight at once."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.now, self.most = inner, 0, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1


@pytest.mark.parametrize("concurrency", [1, 3])
def test_a_run_keeps_as_many_requests_in_flight_as_the_setting_says(
    tmp_path: Path, concurrency: int
) -> None:
    sandbox = Sandbox(latency=0.3)  # each answer takes a while, so requests overlap
    settings = sandbox.settings.model_copy(update={"concurrency": concurrency, "rate": 1000.0})
    counting = CountingInFlight(sandbox.transport())
    rows = [talk(n, **{"Room/Location": "Hall", "Schedule Track (Optional)": ""})
            for n in range(1, 9)]
    report = run_import(write_sheet(tmp_path / "s.csv", rows), settings, transport=counting)
    assert (report.counts["created"], counting.most) == (8, concurrency)
