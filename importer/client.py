"""The Guidebook Open API client: every request the importer sends goes through here.

One `httpx.AsyncClient`, a rate limit shared by all concurrent requests (`_ratelimit`), one
function that sorts outcomes (`_outcomes.sort_outcome`) and tenacity retrying the retryable
kind only, with full-jitter backoff, `Retry-After` honoured and the total wait capped.

Creates are not idempotent. A create whose outcome is unknown (timeout after sending, dropped
connection, 5xx) is never sent again blindly: its `import_id` (for a track or a room, else its
name) is looked up first, and a session without one gets `OutcomeUnknownError`.

    async with GuidebookClient() as client:          # key from GUIDEBOOK_API_KEY
        guide = await client.get_guide(12)
        sessions = await client.list_sessions(12)

Its parts live in private modules by concern, each a mixin on `_client_base.py`'s shared
state: `_client_retries.py` (one request, retried; the lines of its waits in
`_client_wait_lines.py`), `_client_pages.py` (every page of a list) and `_client_creates.py`
(a create whose answer was lost, looked up). This module is their public face.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

from importer._client_base import DEFAULT_BASE_URL, Call, logger, shown_url
from importer._client_creates import ClientCreates
from importer._client_retries import (
    BUDGET_429S,
    FIRST_CONTACT_ATTEMPTS,
    MAX_ATTEMPTS,
    ClientRetries,
)
from importer._outcomes import Target
from importer._wire import Image, clears, json_object, request_body, without_none
from importer.errors import (
    ApiError,
    BudgetExhaustedError,
    GuideNotFoundError,
    NotPublishedError,
    NotSentError,
    TransientError,
)

API_PATHS = "/open-api/v1.1/ (or /open-api/v1/)"  # how every Guidebook API URL ends

__all__ = [
    "API_PATHS",
    "BUDGET_429S",
    "DEFAULT_BASE_URL",
    "FIRST_CONTACT_ATTEMPTS",
    "MAX_ATTEMPTS",
    "GuidebookClient",
]


class GuidebookClient(ClientCreates, ClientRetries):
    """Async client for the parts of the Guidebook Open API the importer uses."""

    def __repr__(self) -> str:
        return f"<GuidebookClient {self.base_url} rate={self.limiter.configured:g}/s>"

    async def __aenter__(self) -> GuidebookClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def stop_retrying(self) -> None:
        """Ctrl-C or SIGTERM: requests in flight finish, but none is tried again. Retries
        during an outage could otherwise hold the run for minutes, past a service manager's
        patience (systemd kills 90 s after its SIGTERM, leaving no report)."""
        self._retries_stopped.set()

    # -- reads ---------------------------------------------------------------------------

    async def get_guide(self, guide_id: int) -> dict[str, Any]:
        """The guide (with its `timezone`); 404 -> GuideNotFoundError."""
        path = f"guides/{guide_id}/"
        try:
            return await self._get_object(path)
        except GuideNotFoundError as exc:
            # A wrong API URL (a version or path typo) 404s here too: the guide id may be fine.
            url = self._redact(shown_url(self.base_url))
            raise GuideNotFoundError(
                f"Guide not found (HTTP 404 on GET {path}). Check the guide id, and the API URL "
                f"{url}: it should end in {API_PATHS}.",
                status=exc.status,
            ) from exc

    async def get_session(self, session_id: int) -> dict[str, Any]:
        """One session; 404 -> SessionNotFoundError."""
        return await self._get_object(f"sessions/{session_id}/")

    async def list_sessions(self, guide_id: int, **filters: str | int) -> list[dict[str, Any]]:
        return await self._list("sessions", {"guide": guide_id, **filters})

    async def list_tracks(self, guide_id: int) -> list[dict[str, Any]]:
        return await self._list("schedule-tracks", {"guide": guide_id})

    async def list_locations(
        self, guide_id: int, location_type: int | None = None
    ) -> list[dict[str, Any]]:
        filters = {} if location_type is None else {"location_type": location_type}
        return await self._list("locations", {"guide": guide_id, **filters})

    async def find_sessions_by_import_id(
        self, guide_id: int, import_id: str
    ) -> list[dict[str, Any]]:
        return await self._find_by_import_id("sessions", guide_id, import_id)

    async def _get_object(self, path: str) -> dict[str, Any]:
        call = Call(Target("GET", path))
        return json_object(await self._with_retries(call, self._attempt_for(call)), call.target)

    # -- writes --------------------------------------------------------------------------

    async def create_session(
        self, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        """POST. v1 requires description_html: a sheet without descriptions sends it empty."""
        if self._on_v1 and "description_html" not in data:
            data = {**data, "description_html": ""}
        return await self._create("sessions", data, image)

    async def update_session(
        self, session_id: int, data: Mapping[str, Any], *, image: Image | None = None
    ) -> dict[str, Any]:
        """PATCH: only the fields given change. 404 -> SessionNotFoundError.

        An image goes as a multipart form, which cannot clear a field (`clears`): then the
        fields go first as JSON, checked together as one change, and the image alone after;
        should that one fail, its error says the fields went through (`fields_sent`).
        """
        if image is None or not any(clears(value) for value in data.values()):
            return await self._patch_session(session_id, data, image)
        await self._patch_session(session_id, data, None)
        try:
            return await self._patch_session(session_id, {}, image)
        except ApiError as exc:
            exc.fields_sent = True  # what fails now is the image alone
            raise

    async def _patch_session(
        self, session_id: int, data: Mapping[str, Any], image: Image | None
    ) -> dict[str, Any]:
        call = Call(Target("PATCH", f"sessions/{session_id}/"), body=request_body(data, image))
        return json_object(await self._with_retries(call, self._attempt_for(call)), call.target)

    async def delete_session(self, session_id: int) -> None:
        """DELETE; a session already gone (404) counts as deleted."""
        call = Call(Target("DELETE", f"sessions/{session_id}/"))
        response = await self._with_retries(call, self._attempt_for(call))
        if response.status_code == 404:
            logger.info("session %s was already gone", session_id)

    async def create_track(
        self, guide_id: int, name: str, *, color: str | None = None, import_id: str | None = None
    ) -> dict[str, Any]:
        data = without_none({"guide": guide_id, "name": name, "color": color,
                              "import_id": import_id})
        return await self._create("schedule-tracks", data, None)

    async def create_location(
        self, guide_id: int, name: str, *, location_type: int = 2, import_id: str | None = None
    ) -> dict[str, Any]:
        data = without_none({"guide": guide_id, "name": name, "location_type": location_type,
                              "import_id": import_id})
        return await self._create("locations", data, None)

    async def publish_guide(self, guide_id: int) -> None:
        """POST guides/{id}/publish/ (202): what the API changed reaches attendees' apps.
        Retries that run out -> NotPublishedError; 401, 403 and 404 as for any request."""
        call = Call(Target("POST", f"guides/{guide_id}/publish/"))
        try:
            await self._with_retries(call, self._attempt_for(call))
        except (TransientError, BudgetExhaustedError) as exc:
            if isinstance(exc, NotSentError):  # interrupted before it left
                raise
            why = str(exc).rstrip(".")
            raise NotPublishedError(f"guide {guide_id} was not published: {why}.", why=why,
                                    status=exc.status) from exc
