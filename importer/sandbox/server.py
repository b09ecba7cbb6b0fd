"""Run the sandbox under uvicorn: in the foreground (`serve`) or in a thread (`running_sandbox`).

The listening socket is bound here before uvicorn starts, so the port (even port 0) is known
at once and connections queue from the first moment.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import FastAPI

from importer.sandbox.app import create_app
from importer.sandbox.config import SandboxConfig
from importer.sandbox.faults import SandboxConnectionDropped
from importer.sandbox.state import SandboxState

STARTUP_TIMEOUT_SECONDS = 10.0
GRACEFUL_SHUTDOWN_SECONDS = 1


class HideDroppedConnections(logging.Filter):
    """uvicorn logs every app exception with a traceback; these two are the sandbox's own doing.

    A drop-after fault raises on purpose, and a slow answer still waiting at shutdown is
    cancelled by uvicorn after its grace period.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, SandboxConnectionDropped | asyncio.CancelledError)


def hide_dropped_connections() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, HideDroppedConnections) for f in logger.filters):
        logger.addFilter(HideDroppedConnections())


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket. The explicit IPPROTO_TCP matters: asyncio turns Nagle off only
    for sockets that say so, and with Nagle on every answer waits ~40 ms for a delayed ACK."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except BaseException:  # a port in use, a host not ours: the caller never gets the socket
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def root_url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def uvicorn_server(app: FastAPI, *, configure_logging: bool) -> uvicorn.Server:
    """uvicorn without access logs; `configure_logging=False` leaves logging untouched."""
    options: dict[str, Any] = {} if configure_logging else {"log_config": None}
    config = uvicorn.Config(
        app,
        lifespan="off",
        access_log=False,
        log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        **options,
    )
    hide_dropped_connections()
    return uvicorn.Server(config)


@dataclass(frozen=True)
class RunningSandbox:
    """A sandbox served on loopback by a background thread."""

    root_url: str
    """`http://127.0.0.1:PORT/`"""
    base_url: str
    """`http://127.0.0.1:PORT/open-api/v1.1/`, what a client takes as its API URL."""
    api_key: str
    config: SandboxConfig
    app: FastAPI

    @property
    def state(self) -> SandboxState:
        state: SandboxState = self.app.state.sandbox
        return state

    def stats(self) -> dict[str, Any]:
        """The same document as `GET /_sandbox/stats`."""
        return self.state.stats()

    def reset(self) -> None:
        """Same as `POST /_sandbox/reset`."""
        self.state.reset()


@contextmanager
def running_sandbox(
    config: SandboxConfig | None = None, host: str = "127.0.0.1", port: int = 0
) -> Iterator[RunningSandbox]:
    """Serve a fresh sandbox on `host:port` (0: a free port) until the block exits."""
    config = config or SandboxConfig()
    app = create_app(config)
    sock = bind_socket(host, port)
    server = uvicorn_server(app, configure_logging=False)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="gbimport-sandbox", daemon=True
    )
    thread.start()
    try:
        wait_until_started(server, thread)
        root = root_url_of(sock)
        yield RunningSandbox(root, f"{root}open-api/v1.1/", config.api_key, config, app)
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT_SECONDS)
        sock.close()
        app.state.sandbox.store.close()


def wait_until_started(server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.005)


def serve(
    config: SandboxConfig,
    host: str = "127.0.0.1",
    port: int = 8765,
    on_ready: Callable[[str, SandboxState], None] | None = None,
) -> None:
    """Serve in the foreground until Ctrl-C; `on_ready` gets the root URL and state once bound."""
    app = create_app(config)
    sock = bind_socket(host, port)
    server = uvicorn_server(app, configure_logging=True)
    if on_ready is not None:
        on_ready(root_url_of(sock), app.state.sandbox)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.sandbox.store.close()
