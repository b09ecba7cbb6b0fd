"""A guide that earlier runs of the sheet synced, now not found: a nightly job's guide id and
API URL are as they were the night before, so the guide was most likely deleted in Builder,
which the checks for a mistyped id or URL alone would not tell the person reading the mail.
At this machine's sandbox, which has no Builder, deleted in the sandbox (edited_in)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from importer._report_words import edited_in
from importer.errors import GuideNotFoundError
from importer.images import SavedState


@contextmanager
def deleted_guide_told(remembered: SavedState, guide_id: int,
                       api_url: str | None) -> Iterator[None]:
    try:
        yield
    except GuideNotFoundError as exc:
        synced = len(remembered.in_guide())
        if not synced:
            raise  # never synced from here: a wrong id or API URL, as the error says
        sessions = "session" if synced == 1 else "sessions"
        raise GuideNotFoundError(
            f"{exc} Earlier runs of this sheet synced {synced} {sessions} into guide "
            f"{guide_id} there (as {remembered.path} remembers): if neither changed since, "
            f"the guide was most likely deleted in {edited_in(api_url)}; if another replaces "
            "it, give its id.",
            status=exc.status,
        ) from exc
