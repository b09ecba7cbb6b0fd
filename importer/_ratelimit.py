"""A request-rate limit shared by every concurrent request of one client.

Each caller reserves the next free send slot under a lock and then sleeps outside it, so
requests leave evenly spaced (1/rate apart) yet overlap in flight: the limit caps the rate,
not the concurrency. A 429 halves the rate; successes add it back a step at a time. A 429
with Retry-After is a per-second limit announcing itself: nothing is sent until then, and
the rate stays a little under the one that went past it, instead of climbing back into
more 429s (each one a request spent for nothing).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

MIN_RATE = 0.5  # requests per second: never slower than this, even after many 429s
# Each success adds back this share of the configured rate. With a 429 among every N answers
# the rate settles near (1 - 1/N) of the configured one, instead of collapsing to the floor.
RECOVERY_SHARE = 0.05
# After a 429 with Retry-After, the rate stays at this share of the rate that got it: under
# a fixed limit, a few such 429s bring it within 10% of the limit, and then no more come.
CEILING_SHARE = 0.9


class RateLimiter:
    """Evenly spaced send slots at `rate` per second, adapting to the service's 429s."""

    def __init__(
        self, rate: float, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.configured = rate
        self.rate = rate
        self.ceiling = rate  # what successes climb back to: lowered by a Retry-After
        self._clock = clock
        self._sleep = sleep
        self._next_slot = 0.0
        self._last_cut = float("-inf")
        self._lock = asyncio.Lock()

    async def acquire(self) -> float:
        """Wait for this request's send slot; return the slot's time (for `slow_down`)."""
        async with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot)
            self._next_slot = slot + 1.0 / self.rate
        if slot > now:
            await self._sleep(slot - now)
        return slot

    def slow_down(self, sent_at: float | None = None, retry_after: float | None = None) -> None:
        """The service said 429: halve the rate and push the next slot out accordingly; with
        Retry-After, hold every request until then and keep under the rate that got it.

        A 429 for a request sent before the last cut says nothing about the new rate: the
        requests of one burst all come back 429 together, and must not halve it eight times.
        """
        if sent_at is not None and sent_at < self._last_cut:
            return
        if retry_after is None:
            self.rate = max(MIN_RATE, min(self.rate, self.ceiling) / 2)
        else:
            self.ceiling = max(MIN_RATE, min(self.rate, self.ceiling) * CEILING_SHARE)
            self.rate = self.ceiling
        self._last_cut = self._clock()
        self._next_slot = max(self._next_slot, self._last_cut + (retry_after or 0.0),
                              self._last_cut + 1.0 / self.rate)

    def record_success(self) -> None:
        """Climb back towards the ceiling (the configured rate, unless lowered), additively."""
        if self.rate < self.ceiling:
            self.rate = min(self.ceiling, self.rate + self.configured * RECOVERY_SHARE)
