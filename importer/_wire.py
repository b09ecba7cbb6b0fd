"""What goes over the wire: request bodies (JSON, or multipart when an image goes along) and
the reading of answers (JSON objects, pages of a list)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from importer._outcomes import Target
from importer.errors import FatalApiError

Image = tuple[str, bytes, str]  # filename, content, content type


@dataclass(frozen=True)
class Page:
    """One page of a list answer: its results, the next page's URL, the total count."""

    results: list[dict[str, Any]]
    next: str | None
    count: int | None


def without_none(data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in data.items() if value is not None}


def request_body(data: Mapping[str, Any], image: Image | None) -> dict[str, Any]:
    """JSON, or multipart form fields (lists as repeated keys) when an image goes along."""
    if image is None:
        return {"json": dict(data)}
    return {"data": {name: _form_value(value) for name, value in without_none(data).items()},
            "files": {"image": image}}


def clears(value: Any) -> bool:
    """A value a multipart form cannot send: a null has no form spelling and is left out,
    and an empty list is no key at all, which a PATCH reads as "leave it as it is"."""
    return value is None or (isinstance(value, list | tuple) and not value)


def _form_value(value: Any) -> str | list[str]:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [str(_form_value(item)) for item in value]
    return str(value)


def remaining_page_numbers(first: Page, following: httpx.QueryParams) -> range | None:
    """Pages still to fetch, when `next` is numbered and the first page tells the size."""
    next_number = following.get("page", "")
    if first.count is None or not first.results or not next_number.isdigit():
        return None
    last = math.ceil(first.count / len(first.results))
    return range(int(next_number), last + 1)


def json_body(response: httpx.Response, target: Target) -> Any:
    try:
        return response.json()
    except ValueError:
        raise FatalApiError(
            f"{target} answered HTTP {response.status_code} with something that is not "
            "JSON. Check the API URL.",
            status=response.status_code,
        ) from None


def json_object(response: httpx.Response, target: Target) -> dict[str, Any]:
    body = json_body(response, target)
    if not isinstance(body, dict):
        raise FatalApiError(f"{target} answered with a {type(body).__name__}, not an object.")
    return body


def parse_page(response: httpx.Response, target: Target) -> Page:
    body = json_body(response, target)
    if isinstance(body, list):  # an unpaginated list: everything at once
        return Page(body, None, len(body))
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise FatalApiError(f"{target} answered without a list of results.")
    count = body.get("count")
    return Page(body["results"], body.get("next"), count if isinstance(count, int) else None)
