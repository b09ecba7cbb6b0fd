"""Creates that are never made twice: a create whose answer was lost is looked up (by its
import_id, or a track's or room's name) before it is sent again."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import httpx

from importer._client_base import Call, logger
from importer._client_pages import ClientPages, Counts
from importer._client_retries import Retry
from importer._outcomes import Target, Verdict
from importer._wire import Image, json_object, request_body
from importer.errors import BudgetExhaustedError, OutcomeUnknownError, TransientError


class ClientCreates(ClientPages):
    """Creates, and the lookup of one whose answer was lost."""

    async def _create(
        self, collection: str, data: Mapping[str, Any], image: Image | None
    ) -> dict[str, Any]:
        call = Call(Target("POST", f"{collection}/"), body=request_body(data, image))
        key, guide = _lookup_key(collection, data), data.get("guide")
        newest_before = self._newest_session  # what this create's session is newer than
        maybe_written = False

        async def attempt(number: int) -> dict[str, Any]:
            nonlocal maybe_written
            if maybe_written:
                found = await self._find_created(call, guide, key, newest_before)
                if found is not None:
                    return found
                maybe_written = False  # looked up and not there: sending again is safe
            try:
                return json_object(await self._attempt(call, number), call.target)
            except Retry as retry:
                if retry.outcome.verdict is Verdict.RETRY_MAYBE_WRITTEN:
                    if key is None or guide is None:
                        raise _outcome_unknown(call, retry.outcome.summary) from retry.__cause__
                    maybe_written = True
                raise

        try:
            created = await self._with_retries(call, attempt)
        except TransientError as exc:
            if maybe_written:
                raise _outcome_unknown(call, str(exc), key) from exc
            raise
        except BudgetExhaustedError as exc:
            exc.sent = maybe_written  # the lookup that would tell was refused too
            raise
        if collection == "sessions":
            self._note_sessions([created])
        return created

    async def _find_created(
        self, call: Call, guide: Any, key: Mapping[str, Any] | None, newest_before: int
    ) -> dict[str, Any] | None:
        assert key is not None
        collection = call.target.collection
        try:
            if collection == "sessions" and self._on_v1:
                found = await self._find_newer_sessions(guide, key, newest_before)
            else:
                found = await self._find_matching(collection, guide, key)
        except TransientError as exc:
            raise _outcome_unknown(call, "the lookup failed too", key) from exc
        if len(found) > 1:
            logger.warning("%d %s match %s", len(found), collection, _describe(key))
        if found:
            logger.debug("%s: %s found, taken as created", call.target, _describe(key))
        return found[0] if found else None

    async def _find_by_import_id(
        self, collection: str, guide_id: int, import_id: str
    ) -> list[dict[str, Any]]:
        return await self._find_matching(collection, guide_id, {"import_id": import_id})

    async def _find_newer_sessions(
        self, guide: Any, key: Mapping[str, Any], newest_before: int
    ) -> list[dict[str, Any]]:
        """v1 has no import_id filter: instead of every page of a big guide, read newest
        first, down to the newest session seen before the create was sent. The whole list
        is read instead when the service does not sort so, or when the list shrank."""
        counts = Counts()
        params = httpx.QueryParams({"guide": guide, "ordering": "-id"})
        found: list[dict[str, Any]] = []
        last_id: int | None = None
        while True:
            page = await self._get_page("sessions/", params, counts)
            ids: list[Any] = [item.get("id") for item in page.results]
            if counts.shrank or not _newest_first(ids, last_id):
                return await self._find_matching("sessions", guide, key)
            found += [item for item in page.results if _matches(item, key)]
            if found or not ids or ids[-1] <= newest_before or page.next is None:
                return found
            last_id = ids[-1]
            params = httpx.URL(page.next).params

    async def _find_matching(
        self, collection: str, guide_id: int, key: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        # Matched again here: v1 (and locations) may ignore the import_id filter.
        params = {"guide": guide_id, **{k: v for k, v in key.items() if k == "import_id"}}
        items = await self._list(collection, params)
        return [item for item in items if _matches(item, key)]


def _matches(item: Mapping[str, Any], key: Mapping[str, Any]) -> bool:
    return all(item.get(name) == value for name, value in key.items())


def _newest_first(ids: list[Any], after: int | None) -> bool:
    """Ids in descending order, none above the last of the page before (one may repeat
    there: a session created meanwhile pushes the list down by one)."""
    if not all(isinstance(i, int) for i in ids):
        return False
    if after is not None and ids and ids[0] > after:
        return False
    return all(later < earlier for earlier, later in itertools.pairwise(ids))


def _lookup_key(collection: str, data: Mapping[str, Any]) -> dict[str, Any] | None:
    """What identifies a create's result, to look it up when the answer was lost.

    The import_id when there is one; tracks and rooms are also known by their name within a
    guide. Session names repeat, so a session without an import_id has no key.
    """
    if data.get("import_id"):
        return {"import_id": data["import_id"]}
    if collection != "sessions" and data.get("name"):
        return {"name": data["name"]}
    return None


def _describe(key: Mapping[str, Any]) -> str:
    return ", ".join(f"{name} {value!r}" for name, value in key.items())


def _outcome_unknown(
    call: Call, why: str, key: Mapping[str, Any] | None = None
) -> OutcomeUnknownError:
    if key:
        hint = f"a later run will find it by {_describe(key)}"
    else:
        hint = "it has no import_id to look it up by: check the guide in Builder"
    return OutcomeUnknownError(
        f"{call.target} was sent but its outcome is unknown ({why}); {hint}."
    )
