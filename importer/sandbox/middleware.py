"""The gate every request passes before the routes: budget, rate, key, faults, latency, stats.

A raw ASGI middleware rather than Starlette's `BaseHTTPMiddleware`: it is cheaper per request
and it can do what a response object cannot, namely send the status line and then drop the
connection. Order per request: count it against the daily budget (429 past it), then the
per-second rate (429 with Retry-After), then the key (401), then the seeded fault draw.
`/_sandbox/*` bypasses all of it and is never counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from importer.sandbox.faults import SandboxConnectionDropped
from importer.sandbox.state import DROPPED_STATUS, SandboxState

API_PREFIX = "/open-api/"
ADMIN_PREFIX = "/_sandbox/"

THROTTLED = {"detail": "Request was throttled."}
NO_CREDENTIALS = {"detail": "Authentication credentials were not provided."}
BAD_CREDENTIALS = {"detail": "Incorrect authentication credentials."}
NO_BODY_STATUSES = frozenset({204, 304})
GATEWAY_PAGES = {
    500: b"<h1>Server Error (500)</h1>",
    502: b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    503: b"<html><body><h1>503 Service Unavailable</h1></body></html>",
}


def presented_key(scope: Scope) -> str | None:
    """The key of an `Authorization: JWT <key>` header; "" for another scheme, None if absent."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, key = value.decode("latin-1").strip().partition(" ")
            return key.strip() if scheme.upper() == "JWT" else ""
    return None


async def send_body(
    send: Send, status: int, body: bytes, content_type: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    start_headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
        *headers,
    ]
    await send({"type": "http.response.start", "status": status, "headers": start_headers})
    await send({"type": "http.response.body", "body": body})


async def send_json(
    send: Send, status: int, data: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send_body(send, status, json.dumps(data).encode(), b"application/json", headers or [])


async def send_gateway_page(send: Send, status: int) -> None:
    await send_body(send, status, GATEWAY_PAGES[status], b"text/html; charset=utf-8", [])


async def sleep_unless_disconnected(seconds: float, receive: Receive) -> None:
    """Wait, but stop early once the client has gone: nobody is left to answer."""

    async def until_disconnected() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(until_disconnected(), timeout=seconds)


def delayed(send: Send, receive: Receive, seconds: float) -> Send:
    """A `send` that waits `seconds` before the response starts, without blocking the loop.

    The route has finished (and committed) by the time it sends, so a client that times out
    meanwhile still finds the effect in place.
    """

    async def send_later(message: Message) -> None:
        if message["type"] == "http.response.start":
            await sleep_unless_disconnected(seconds, receive)
        await send(message)

    return send_later


def start_cut_short(start: Message) -> Message:
    """The start of an answer whose body will never come.

    A 204 (a DELETE's answer) is whole once its headers are read, so dropping the connection
    after them would lose nothing; it goes out as a 200 with one byte of body to come instead,
    and the client reads end-of-file where that byte should be.
    """
    if start["status"] not in NO_BODY_STATUSES:
        return start
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    return {**start, "status": 200, "headers": [*headers, (b"content-length", b"1")]}


class SandboxMiddleware:
    """Applies limits, authentication and faults to API requests and counts their outcomes."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        status = 500  # what Starlette answers if the app fails before starting a response
        recorded = False

        def record() -> None:
            nonlocal recorded
            if not recorded:
                recorded = True
                self.state.requests.record(scope["method"], scope["path"], status)

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif not message.get("more_body", False):
                # Counted before the answer's last part goes out: a client holding the
                # answer (a test reading the stats next) finds the request counted.
                record()
            await send(message)

        try:
            await self._gate(scope, receive, send_and_note_status)
        except SandboxConnectionDropped:
            status = DROPPED_STATUS
            raise
        finally:
            record()

    async def _gate(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.state.config
        if config.latency:
            send = delayed(send, receive, config.latency)
        key = presented_key(scope)
        if not self.state.budget.spend(key or ""):
            await send_json(send, 429, THROTTLED)
            return
        retry_after = self.state.rate.retry_after(key or "") if self.state.rate else None
        if retry_after is not None:
            await send_json(send, 429, THROTTLED, [(b"retry-after", str(retry_after).encode())])
            return
        if not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        if key is None or not hmac.compare_digest(key.encode(), config.api_key.encode()):
            auth_header = [(b"www-authenticate", b'JWT realm="api"')]
            await send_json(send, 401, NO_CREDENTIALS if key is None else BAD_CREDENTIALS,
                            auth_header)
            return
        await self._with_fault(scope, receive, send)

    async def _with_fault(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.state.faults.draw()
        if fault is None:
            await self.app(scope, receive, send)
        elif fault == "error-before":
            await send_gateway_page(send, self.state.faults.error_before_status())
        elif fault == "burst-429":
            await send_json(send, 429, THROTTLED)
        elif fault == "slow":
            slow_send = delayed(send, receive, self.state.config.slow_seconds)
            await self.app(scope, receive, slow_send)
        else:
            await self._fail_after_handling(fault, scope, receive, send)

    async def _fail_after_handling(
        self, fault: str, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Let the route do its work (a write commits), then lose or spoil its answer."""
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)
        if fault == "error-after":
            await send_gateway_page(send, 502)
            return
        # drop-after: start the response, then raise. uvicorn closes the socket when an app
        # raises after the start, so the client reads headers and then end-of-file.
        await send(start_cut_short(captured[0]))
        raise SandboxConnectionDropped(
            "Server disconnected mid-response (sandbox fault drop-after; the request took effect)."
        )
