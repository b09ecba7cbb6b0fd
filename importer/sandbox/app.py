"""`create_app`: the sandbox as an ASGI app, for uvicorn or `httpx.ASGITransport`."""

from __future__ import annotations

import ipaddress
import time

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from importer.sandbox.config import SandboxConfig
from importer.sandbox.limits import Clock
from importer.sandbox.middleware import SandboxMiddleware
from importer.sandbox.resources import RESOURCES
from importer.sandbox.routes import (
    FORBIDDEN,
    NOT_FOUND,
    ApiProblem,
    ResourceEndpoints,
    get_guide,
    list_guides,
    publish_guide,
    sandbox_state,
)
from importer.sandbox.state import SandboxState

VERSIONS = ("v1", "v1.1")


def create_app(config: SandboxConfig | None = None, *, clock: Clock = time.monotonic) -> FastAPI:
    """A fresh sandbox: guides seeded, nothing else stored. `clock` drives every limit."""
    state = SandboxState(config or SandboxConfig(), clock)
    app = FastAPI(
        title="Guidebook Open API sandbox", docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.sandbox = state
    for version in VERSIONS:
        add_api_routes(app, version)
    app.add_route("/_sandbox/stats", stats, methods=["GET"])
    app.add_route("/_sandbox/reset", reset, methods=["POST"])
    app.add_route("/_sandbox/media/{name}", media, methods=["GET"])
    app.add_exception_handler(ApiProblem, render_problem)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, render_http_exception)  # type: ignore[arg-type]
    app.add_middleware(SandboxMiddleware, state=state)
    return app


def add_api_routes(app: FastAPI, version: str) -> None:
    base = f"/open-api/{version}"
    app.add_route(f"{base}/guides/", list_guides, methods=["GET"])
    app.add_route(f"{base}/guides/{{guide_id}}/", get_guide, methods=["GET"])
    app.add_route(f"{base}/guides/{{guide_id}}/publish/", publish_guide, methods=["POST"])
    for resource in RESOURCES:
        endpoints = ResourceEndpoints(resource, version)
        path = f"{base}/{resource.path}"
        app.add_route(f"{path}/", endpoints.collection, methods=["GET", "POST"])
        app.add_route(
            f"{path}/{{item_id}}/", endpoints.item, methods=["GET", "PATCH", "DELETE"]
        )


async def render_problem(request: Request, problem: ApiProblem) -> JSONResponse:
    return JSONResponse(problem.body, status_code=problem.status)


async def render_http_exception(request: Request, exc: HTTPException) -> Response:
    """Router-level 404/405 in DRF's words instead of Starlette's plain text."""
    if exc.status_code == 404:
        body = NOT_FOUND
    elif exc.status_code == 405:
        body = {"detail": f'Method "{request.method}" not allowed.'}
    else:
        body = {"detail": exc.detail}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


def from_loopback(request: Request) -> bool:
    """The control endpoints answer local clients only, whatever address the server binds."""
    if request.client is None:
        return False
    try:
        return ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return request.client.host == "localhost"


async def stats(request: Request) -> Response:
    if not from_loopback(request):
        return JSONResponse(FORBIDDEN, status_code=403)
    return JSONResponse(sandbox_state(request).stats())


async def reset(request: Request) -> Response:
    if not from_loopback(request):
        return JSONResponse(FORBIDDEN, status_code=403)
    sandbox_state(request).reset()
    return Response(status_code=204)


async def media(request: Request) -> Response:
    """Serve a stored image by the name its session's `image` URL carries."""
    if not from_loopback(request):
        return JSONResponse(FORBIDDEN, status_code=403)
    found = sandbox_state(request).store.image(request.path_params["name"])
    if found is None:
        return JSONResponse(NOT_FOUND, status_code=404)
    data, content_type = found
    return Response(data, media_type=content_type)
