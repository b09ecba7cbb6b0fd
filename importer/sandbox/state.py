"""Everything one sandbox holds between requests: store, limits, faults and request counts."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from importer.sandbox.config import SandboxConfig
from importer.sandbox.faults import FaultInjector
from importer.sandbox.limits import Clock, DailyBudget, PublishLimiter, RateLimiter
from importer.sandbox.store import Store

DROPPED_STATUS = 0
"""Status recorded in the stats for a request whose connection was dropped (no answer sent)."""

_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")


def path_template(path: str) -> str:
    """`/open-api/v1.1/sessions/71/` -> `/open-api/v1.1/sessions/{id}/`."""
    return _ID_SEGMENT.sub("/{id}", path)


class RequestLog:
    """How many requests came per (method, path template, status)."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str, int]] = Counter()
        self._lock = threading.Lock()

    def record(self, method: str, path: str, status: int) -> None:
        with self._lock:
            self._counts[(method, path_template(path), status)] += 1

    def as_list(self) -> list[dict[str, Any]]:
        """Sorted by path, method and status, so the stats compare equal run to run."""
        with self._lock:
            items = sorted(self._counts.items(), key=lambda item: (item[0][1], *item[0][::2]))
        return [
            {"method": method, "path": path, "status": status, "count": count}
            for (method, path, status), count in items
        ]

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


@dataclass
class SandboxState:
    """The sandbox's memory. One per app; the routes and the middleware share it."""

    config: SandboxConfig
    clock: Clock = time.monotonic
    store: Store = field(init=False)
    budget: DailyBudget = field(init=False)
    rate: RateLimiter | None = field(init=False)
    publish: PublishLimiter = field(init=False)
    faults: FaultInjector = field(init=False)
    requests: RequestLog = field(init=False, default_factory=RequestLog)

    def __post_init__(self) -> None:
        config = self.config
        self.store = Store(config.db)
        self.store.seed_guides(config)
        self.budget = DailyBudget(config.daily_budget, config.day_seconds, self.clock)
        self.rate = RateLimiter(config.rate, self.clock) if config.rate else None
        self.publish = PublishLimiter(config.publish_per_minute, self.clock)
        self.faults = FaultInjector(config)

    def stats(self) -> dict[str, Any]:
        """The `/_sandbox/stats` document; guide ids are strings, as JSON object keys are."""
        return {
            "requests": self.requests.as_list(),
            "sessions": {str(g): n for g, n in self.store.session_counts().items()},
            "duplicate_import_ids": {
                str(g): ids for g, ids in self.store.duplicate_import_ids().items()
            },
        }

    def reset(self) -> None:
        """Empty sessions, tracks, locations, counters and budget; re-seed the faults."""
        self.store.reset()
        self.requests.clear()
        self.budget.reset()
        if self.rate is not None:
            self.rate.reset()
        self.publish.reset()
        self.faults.reseed()
