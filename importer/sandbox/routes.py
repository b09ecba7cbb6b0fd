"""Endpoints of the stand-in Open API: sessions, schedule tracks, locations, guides, publish.

Answers follow Django REST Framework: 201 with the object on create, 200 on read and PATCH,
204 on DELETE, 400 `{"field": ["message"]}`, 404 `{"detail": "Not found."}`. A guide we do
not own gives 403 on anything that touches it, including a create naming it in `guide`
(`{"detail": "You do not have permission to perform this action."}`); a guide that does not
exist is a 400 on the `guide` field, as DRF says of an unknown related id.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from importer.html import sanitize_html
from importer.sandbox.fields import ImageUpload, RequestData, parse_fields
from importer.sandbox.resources import (
    MediaUrl,
    Resource,
    serialize_guide,
)
from importer.sandbox.state import SandboxState
from importer.sandbox.store import ListQuery, Store, now_text

NOT_FOUND = {"detail": "Not found."}
FORBIDDEN = {"detail": "You do not have permission to perform this action."}
INVALID_PAGE = {"detail": "Invalid page."}
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
LINK_TARGET_TABLES = {"schedule_tracks": "tracks", "locations": "locations"}
FILTER_CLAUSES = {
    "id": "id = ?",
    "import_id": "import_id = ?",
    "location_type": "location_type = ?",
    "schedule_tracks": "id IN (SELECT owner FROM session_tracks WHERE target = ?)",
}


class ApiProblem(Exception):
    """An answer other than success, raised from deep in a handler and rendered as JSON."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body


def sandbox_state(request: Request) -> SandboxState:
    return cast(SandboxState, request.app.state.sandbox)


def media_url_for(request: Request) -> MediaUrl:
    """Image URLs on the host and port the client used, so they work behind any address."""
    base = str(request.base_url)
    return lambda name: f"{base}_sandbox/media/{name}"


async def read_request_data(request: Request) -> RequestData:
    """JSON, urlencoded or multipart; an empty body is empty data, as DRF reads it."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type in FORM_TYPES:
        form: FormData = await request.form()
        return RequestData(form, is_form=True)
    body = await request.body()
    if not body:
        return RequestData({}, is_form=False)
    if media_type != "application/json":
        raise ApiProblem(415, {"detail": f'Unsupported media type "{media_type}" in request.'})
    try:
        value = json.loads(body)
    except ValueError as exc:
        raise ApiProblem(400, {"detail": f"JSON parse error - {exc}"}) from None
    if not isinstance(value, dict):
        kind = type(value).__name__
        raise ApiProblem(
            400, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {kind}."]}
        )
    return RequestData(value, is_form=False)


def require_our_guide(store: Store, guide_id: int) -> bool:
    """False if the guide does not exist; 403 if someone else owns it."""
    guide = store.guide(guide_id)
    if guide is None:
        return False
    if not guide["owned"]:
        raise ApiProblem(403, FORBIDDEN)
    return True


def number_param(request: Request, name: str, convert: Callable[[str], Any] = int) -> Any:
    value = request.query_params.get(name)
    if value is None or value == "":
        return None  # django-filter ignores empty filter values
    try:
        return convert(value)
    except ValueError:
        raise ApiProblem(400, {name: ["Enter a number."]}) from None


def ordering_clauses(param: str | None, allowed: tuple[str, ...]) -> list[str]:
    """`ordering=-start_time,id` as SQL; unknown fields are ignored, as DRF does.

    NULLs sort last ascending and first descending (PostgreSQL's order), and `id` always ends
    the list so pages are stable.
    """
    clauses: list[str] = []
    for term in (param or "").split(","):
        name = term.strip().removeprefix("-")
        if name not in allowed:
            continue
        direction = " DESC" if term.strip().startswith("-") else ""
        clauses.append(f"{name} IS NULL{direction}, {name}{direction}")
    return [*clauses, "id"]


def page_url(request: Request, page: int | None) -> str:
    """The request's absolute URL with `page` replaced (or removed), parameters sorted as DRF."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    if page is not None:
        params.append(("page", str(page)))
    return str(request.url.replace(query=urlencode(sorted(params))))


def paginate(
    request: Request, query: ListQuery, serialize: Callable[[dict[str, Any]], dict[str, Any]]
) -> JSONResponse:
    """A page-number page: `{count, next, previous, results}`; 404 "Invalid page." past the end."""
    store = sandbox_state(request).store
    size = query.limit
    requested = request.query_params.get("page", "1")
    if requested == "last":
        count, _ = store.page(ListQuery(query.table, query.where, query.params, limit=0))
        requested = str(max(1, -(-count // size)))
    try:
        page = int(requested)
    except ValueError:
        raise ApiProblem(404, INVALID_PAGE) from None
    if page < 1:
        raise ApiProblem(404, INVALID_PAGE)
    query.offset = (page - 1) * size
    count, rows = store.page(query)
    if page > 1 and query.offset >= count:
        raise ApiProblem(404, INVALID_PAGE)
    return JSONResponse({
        "count": count,
        "next": page_url(request, page + 1) if query.offset + size < count else None,
        "previous": page_url(request, page - 1 if page > 2 else None) if page > 1 else None,
        "results": [serialize(row) for row in rows],
    })


class ResourceEndpoints:
    """The collection (`GET`, `POST`) and item (`GET`, `PATCH`, `DELETE`) of one resource."""

    def __init__(self, resource: Resource, version: str) -> None:
        self.resource = resource
        self.version = version

    async def collection(self, request: Request) -> Response:
        if request.method == "POST":
            return await self._closing(request, self.create)
        return self.list_page(request)

    async def item(self, request: Request) -> Response:
        if request.method == "PATCH":
            return await self._closing(request, self.update)
        if request.method == "DELETE":
            return self.delete(request)
        return self._render(request, self._find(request), 200)

    async def _closing(
        self, request: Request, handler: Callable[[Request], Any]
    ) -> Response:
        """Run a body-reading handler, then close uploaded files whatever happened."""
        try:
            return cast(Response, await handler(request))
        finally:
            await request.close()

    def list_page(self, request: Request) -> JSONResponse:
        state = sandbox_state(request)
        query = ListQuery(self.resource.table, limit=state.config.page_size)
        self._filter_by_guide(request, state.store, query)
        for name in self.resource.filters:
            if self.version == "v1" and name in self.resource.filters_since_v1_1:
                continue
            value = number_param(request, name, self.resource.filters[name])
            if value is not None:
                query.add(FILTER_CLAUSES[name], value)
        query.order_by = ordering_clauses(
            request.query_params.get("ordering"), self.resource.orderings
        )
        media_url = media_url_for(request)
        return paginate(
            request, query, lambda row: self.resource.serialize(row, self.version, media_url)
        )

    def _filter_by_guide(self, request: Request, store: Store, query: ListQuery) -> None:
        """v1.1 requires `?guide=`; v1 without it lists every guide the key owns."""
        guide_id = number_param(request, "guide")
        if guide_id is None and self.version == "v1.1":
            raise ApiProblem(400, {"guide": ["This field is required."]})
        if guide_id is None:
            owned = store.owned_guide_ids()
            query.add(f"guide IN ({', '.join('?' for _ in owned)})", *owned)
            return
        if not require_our_guide(store, guide_id):
            raise ApiProblem(400, {"guide": [
                "Select a valid choice. That choice is not one of the available choices."
            ]})
        query.add("guide = ?", guide_id)

    async def create(self, request: Request) -> Response:
        store = sandbox_state(request).store
        data = await read_request_data(request)
        values, errors = parse_fields(data, self.resource.specs(self.version), partial=False)
        if "guide" in values and not require_our_guide(store, values["guide"]):
            errors["guide"] = [f'Invalid pk "{values["guide"]}" - object does not exist.']
        self._check_links(store, values, errors, values.get("guide"))
        if not errors:
            errors = self.resource.rules(values, store, None)
        if errors:
            raise ApiProblem(400, errors)
        columns, links = self._columns(store, values)
        columns["created_at"] = now_text()
        row_id = store.insert(self.resource.table, columns, links)
        return self._render(request, self._stored(store, row_id), 201)

    async def update(self, request: Request) -> Response:
        store = sandbox_state(request).store
        existing = self._find(request)
        data = await read_request_data(request)
        values, errors = parse_fields(data, self.resource.specs(self.version), partial=True)
        if values.pop("guide", existing["guide"]) != existing["guide"]:
            errors["guide"] = ["The guide of an existing object cannot be changed."]
        self._check_links(store, values, errors, existing["guide"])
        if not errors:
            errors = self.resource.rules({**existing, **values}, store, existing["id"])
        if errors:
            raise ApiProblem(400, errors)
        columns, links = self._columns(store, values)
        store.update(self.resource.table, existing["id"], columns, links)
        return self._render(request, self._stored(store, existing["id"]), 200)

    def delete(self, request: Request) -> Response:
        existing = self._find(request)
        sandbox_state(request).store.delete(self.resource.table, existing["id"])
        return Response(status_code=204)

    def _find(self, request: Request) -> dict[str, Any]:
        """The addressed row: 404 if absent (or the id is not a number), 403 if not ours."""
        store = sandbox_state(request).store
        raw_id = request.path_params["item_id"]
        row = store.get(self.resource.table, int(raw_id)) if raw_id.isdigit() else None
        if row is None:
            raise ApiProblem(404, NOT_FOUND)
        require_our_guide(store, row["guide"])
        return row

    def _stored(self, store: Store, row_id: int) -> dict[str, Any]:
        row = store.get(self.resource.table, row_id)
        assert row is not None, "a row just written is readable under the same lock"
        return row

    def _check_links(
        self, store: Store, values: dict[str, Any], errors: dict[str, list[str]],
        guide_id: int | None,
    ) -> None:
        """Track and location ids must exist in the session's guide."""
        for name in self.resource.links:
            if name in errors or not values.get(name) or guide_id is None:
                continue
            known = store.existing_ids(LINK_TARGET_TABLES[name], guide_id, values[name])
            unknown = [pk for pk in values[name] if pk not in known]
            if unknown:
                errors[name] = [f'Invalid pk "{unknown[0]}" - object does not exist.']

    def _columns(
        self, store: Store, values: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, list[int]]]:
        """Split parsed values into table columns and link lists; store images, clean HTML."""
        columns = {k: v for k, v in values.items() if k not in self.resource.links}
        links = {k: v for k, v in values.items() if k in self.resource.links}
        image = columns.get("image")
        if isinstance(image, ImageUpload):
            columns["image"] = store.put_image(image.data, image.extension, image.content_type)
        if columns.get("description_html"):
            columns["description_html"] = sanitize_html(columns["description_html"])
        return columns, links

    def _render(self, request: Request, row: dict[str, Any], status: int) -> JSONResponse:
        body = self.resource.serialize(row, self.version, media_url_for(request))
        return JSONResponse(body, status_code=status)


async def list_guides(request: Request) -> Response:
    query = ListQuery("guides", limit=sandbox_state(request).config.page_size)
    query.add("owned = 1")
    return paginate(request, query, serialize_guide)


async def get_guide(request: Request) -> Response:
    return JSONResponse(serialize_guide(find_guide(request)))


async def publish_guide(request: Request) -> Response:
    """202, at most `publish_per_minute` (2) times a minute per guide, then 429."""
    guide = find_guide(request)
    if not sandbox_state(request).publish.allow(guide["id"]):
        return JSONResponse({"detail": "Request was throttled."}, status_code=429)
    return JSONResponse({"detail": "Publish accepted."}, status_code=202)


def find_guide(request: Request) -> dict[str, Any]:
    store = sandbox_state(request).store
    raw_id = request.path_params["guide_id"]
    guide = store.guide(int(raw_id)) if raw_id.isdigit() else None
    if guide is None:
        raise ApiProblem(404, NOT_FOUND)
    require_our_guide(store, guide["id"])
    return guide
