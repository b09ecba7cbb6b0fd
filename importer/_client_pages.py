"""Reading every page of a list, and reading it again when it shrank while being read."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from importer._client_base import Call, ClientBase, T, logger
from importer._outcomes import Target
from importer._wire import Page, parse_page, remaining_page_numbers
from importer.errors import FatalApiError, TransientError

LIST_READS = 3  # a list that changes under every one of these reads stops the run
VANISHED = -1  # the count of a page that is no more: the list shrank while being read
# The default order is undocumented; pages of numbered slices are only consistent under a
# fixed order, and by id one created meanwhile comes last. Documented for sessions only.
LIST_ORDERING = {"sessions": "id"}


@dataclass
class Counts:
    """The counts the pages of one read of a list gave, as they came in.

    A count below one that was answered before its page was even asked for means something
    was deleted meanwhile. Pages are read concurrently, and one retried after the list grew
    (the run's own creates, during a lookup) counts more than a later page answered before
    it: in page order that would look like a shrink.
    """

    seen: list[int] = field(default_factory=list)
    highest: int | None = None
    shrank: bool = False

    def saw(self, count: int | None, floor: int | None) -> None:
        if count is None:
            return
        self.seen.append(count)
        if floor is not None and count < floor:
            self.shrank = True
        self.highest = count if self.highest is None else max(self.highest, count)


class ClientPages(ClientBase):
    """Every page of a list, read whole."""

    async def _list(self, collection: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Every page of a list, read again if the list shrank while it was read.

        Pages are numbered slices: one object deleted (in Builder, say) after the first page
        was read shifts the later pages back by one, and an object nobody deleted is never
        seen, so a plan would make it a second time. A later page counting fewer tells. (One
        added, as our own creates do during a lookup, goes at the end: `next` leads to it.)
        """
        if ordering := LIST_ORDERING.get(collection):
            params = {**params, "ordering": ordering}
        for _ in range(LIST_READS):
            counts = Counts()
            pages = await self._read_pages(f"{collection}/", params, counts)
            if not counts.shrank:
                items = [item for page in pages for item in page.results]
                if collection == "sessions":
                    self._note_sessions(items)
                return items
            logger.info("%s shrank while being read (counts %s): reading it again",
                        collection, counts.seen)
        raise TransientError(
            f"The guide's {collection} shrank while being read, {LIST_READS} times over "
            "(someone is deleting in Builder?). Run again later."
        )

    async def _read_pages(
        self, path: str, params: Mapping[str, Any], counts: Counts
    ) -> list[Page]:
        first = await self._get_page(path, httpx.QueryParams(dict(params)), counts)
        if first.next is None:
            return [first]
        following = httpx.URL(first.next).params
        numbers = remaining_page_numbers(first, following)
        if numbers is None:  # not numbered pages: follow `next` one by one
            return [first, *await self._follow_next(path, first.next, counts)]
        pages = await self._fetch_pages(path, following, numbers, counts)
        last_next = pages[-1].next if pages else None
        # Sessions added while we read: the last page points further on.
        more = await self._follow_next(path, last_next, counts) if last_next else []
        return [first, *pages, *more]

    async def _fetch_pages(
        self, path: str, params: httpx.QueryParams, numbers: range, counts: Counts
    ) -> list[Page]:
        async def fetch(number: int) -> Page:
            return await self._get_page(
                path, params.set("page", str(number)), counts, derived=True)

        return await _gather_or_cancel([fetch(number) for number in numbers])

    async def _follow_next(
        self, path: str, next_url: str | None, counts: Counts
    ) -> list[Page]:
        pages: list[Page] = []
        while next_url is not None:
            page = await self._get_page(path, httpx.URL(next_url).params, counts)
            pages.append(page)
            next_url = page.next
        return pages

    async def _get_page(
        self, path: str, params: httpx.QueryParams, counts: Counts, *, derived: bool = False
    ) -> Page:
        # Only the query of a `next` link is used, never its host: the key stays with base_url.
        call = Call(Target("GET", path), params=params)
        floor = counts.highest  # answered before this page was asked for
        try:
            response = await self._with_retries(call, self._attempt_for(call))
        except FatalApiError as exc:
            if derived and exc.status == 404:  # "Invalid page": sessions vanished meanwhile
                counts.saw(VANISHED, floor)
                return Page([], None, VANISHED)
            raise
        page = parse_page(response, call.target)
        counts.saw(page.count, floor)
        return page


async def _gather_or_cancel(coroutines: list[Awaitable[T]]) -> list[T]:
    """Like gather, but the first failure cancels the rest instead of leaving them running."""
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
