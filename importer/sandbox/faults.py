"""Seeded fault injection: which failure, if any, the next API request suffers.

One `random.Random` draws one number per API request, so a given seed and request order
always produce the same faults (`reset` re-seeds it).
"""

from __future__ import annotations

import random
import threading

import httpx

from importer.sandbox.config import FAULT_KINDS, FaultKind, SandboxConfig


class SandboxConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the sandbox app to drop the connection after the write committed.

    Under uvicorn, an app that raises after `http.response.start` makes uvicorn close the
    socket, so the client reads a truncated response (`httpx.RemoteProtocolError`). In-process,
    `httpx.ASGITransport` re-raises app exceptions unchanged; since this is a subclass of
    `httpx.RemoteProtocolError`, the client sees the same transport error.
    """


class FaultInjector:
    """Draws a fault kind (or none) per request from the configured probabilities."""

    def __init__(self, config: SandboxConfig) -> None:
        self._seed = config.seed
        self._probabilities = config.fault_probabilities()
        self._enabled = any(p > 0 for p in self._probabilities.values())
        self._random = random.Random(config.seed)
        self._lock = threading.Lock()

    def draw(self) -> FaultKind | None:
        """The fault for the next request, or None. Consumes one draw only when faults are on."""
        if not self._enabled:
            return None
        with self._lock:
            roll = self._random.random()
        threshold = 0.0
        for kind in FAULT_KINDS:
            threshold += self._probabilities[kind]
            if roll < threshold:
                return kind
        return None

    def error_before_status(self) -> int:
        """500 or 503, chosen by the same seeded generator."""
        with self._lock:
            return self._random.choice((500, 503))

    def reseed(self) -> None:
        with self._lock:
            self._random.seed(self._seed)
