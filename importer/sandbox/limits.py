"""Request limits: the daily budget, the optional per-second rate, and publishing's 2 per minute.

All three read time from an injected clock (seconds, monotonic) so tests can move time
without sleeping. They are used from the event loop only, plus `reset` from a request, so a
lock guards the counters against the rare call from another thread.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass
class _Window:
    started: float
    used: int


class DailyBudget:
    """At most `limit` requests per key in a window of `day_seconds`, counted from its first."""

    def __init__(self, limit: int, day_seconds: float, clock: Clock) -> None:
        self._limit = limit
        self._day_seconds = day_seconds
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def spend(self, key: str) -> bool:
        """Count one request for `key`; False when the day's budget was already spent."""
        now = self._clock()
        with self._lock:
            window = self._windows.get(key)
            if window is None or now - window.started >= self._day_seconds:
                window = self._windows[key] = _Window(started=now, used=0)
            window.used += 1
            return window.used <= self._limit

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()


class RateLimiter:
    """A token bucket per key: `rate` requests per second, bursts of at most max(1, rate)."""

    def __init__(self, rate: float, clock: Clock) -> None:
        self._rate = rate
        self._capacity = max(1.0, rate)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int | None:
        """Take a token for `key`: None if allowed, else whole seconds until one is free."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self._capacity, now))
            tokens = min(self._capacity, tokens + (now - last) * self._rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self._rate))

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()


class PublishLimiter:
    """At most `per_minute` publishes of one guide in any 60-second window."""

    window_seconds = 60.0

    def __init__(self, per_minute: int, clock: Clock) -> None:
        self._per_minute = per_minute
        self._clock = clock
        self._recent: dict[int, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, guide_id: int) -> bool:
        now = self._clock()
        with self._lock:
            recent = self._recent.setdefault(guide_id, deque())
            while recent and now - recent[0] >= self.window_seconds:
                recent.popleft()
            if len(recent) >= self._per_minute:
                return False
            recent.append(now)
            return True

    def reset(self) -> None:
        with self._lock:
            self._recent.clear()
