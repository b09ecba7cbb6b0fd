"""Failures that stop a run. Problems with a single row are data (`RowIssue`), never raised.

    GbImportError                  base of everything the importer raises on purpose
    ├── InputError                 the spreadsheet cannot be read (exit 2)
    │   └── SheetNotFoundError     the workbook has no tab by the name or number given
    │       └── NoSheetsInCsvError     a tab named for a CSV file, which has none
    ├── MappingError               the column mapping is invalid or does not fit the sheet (exit 2)
    ├── ConfigError                settings, key or options are missing or wrong (exit 2)
    ├── UnsafeOperationError       e.g. pruning over 10% of a guide without --force (exit 2)
    ├── InterruptedBeforeSending   Ctrl-C or SIGTERM while the guide was being read (exit 130)
    ├── StoppedAtOnce              a second Ctrl-C: no wind-down, no report (exit 130)
    └── ApiError                   something the Guidebook API said or did not say
        ├── FatalApiError          the run cannot go on (exit 2)
        │   ├── AuthenticationError    401: the key was rejected
        │   ├── PermissionDeniedError  403: the key may not touch this guide
        │   └── GuideNotFoundError     404 on the guide
        ├── BudgetExhaustedError   429 that outlasts every retry: the daily budget is spent (exit 3)
        ├── RejectedError          400: the service refused one request; carries field messages
        │   └── SessionNotFoundError   404 on one session (GET/PATCH): deleted in Builder?
        ├── TransientError         retryable failures (429, 5xx, timeouts) outlasted the retries
        │   └── OutageError            Guidebook kept failing or stopped answering (exit 3)
        ├── NotPublishedError      publishing the guide kept failing (exit 4)
        └── OutcomeUnknownError    a write was sent and its result is unknown

Messages never contain the API key.
"""

from __future__ import annotations


class GbImportError(Exception):
    """Base class for every failure that stops a run (or, for RejectedError, a request)."""

    exit_code = 2


class InputError(GbImportError):
    """The spreadsheet cannot be read: missing, unknown type, corrupt, protected, empty."""


class SheetNotFoundError(InputError):
    """The workbook has no tab by the name or number asked for (renamed, or removed)."""

    def __init__(self, message: str, *, sheet: str | int) -> None:
        super().__init__(message)
        self.sheet = sheet


class NoSheetsInCsvError(SheetNotFoundError):
    """A tab was named for a CSV file, which has none (one tab of a workbook saved alone)."""

    def __init__(self, path: object, *, sheet: str | int) -> None:
        super().__init__(f"{path} is a CSV file and has no sheets: do not name a sheet.",
                         sheet=sheet)
        self.path = path


class MappingError(GbImportError):
    """The mapping file is invalid, or names columns the sheet does not have."""


class ConfigError(GbImportError):
    """Settings, options or the API key are missing or inconsistent."""


class ApiError(GbImportError):
    """Base for failures reported by (or on the way to) the Guidebook API."""

    # True: an update's fields went through as JSON before its image's request failed
    # (`GuidebookClient.update_session`): the guide changed, the image alone is missing.
    fields_sent = False

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class FatalApiError(ApiError):
    """The run cannot continue: the key, the permissions or the guide are wrong."""


class AuthenticationError(FatalApiError):
    """401: the API key was rejected."""


class PermissionDeniedError(FatalApiError):
    """403: the key has no permission on this guide."""


class GuideNotFoundError(FatalApiError):
    """404 on the guide itself."""


class BudgetExhaustedError(ApiError):
    """The daily request budget is spent: stop sending and defer the rest."""

    exit_code = 3
    sent = False  # True: a write was sent, and the budget ran out before it could be checked


class RejectedError(ApiError):
    """400: the service refused this request. `field_errors` maps field -> messages."""

    def __init__(
        self, message: str, *, status: int | None = 400, field_errors: dict[str, list[str]]
    ) -> None:
        super().__init__(message, status=status)
        self.field_errors = field_errors


class SessionNotFoundError(RejectedError):
    """404 on one session: it was deleted (in Builder, say). A row problem, not a run problem."""

    def __init__(self, message: str, *, session_id: int | None = None) -> None:
        super().__init__(message, status=404, field_errors={"id": ["session not found"]})
        self.session_id = session_id


class TransientError(ApiError):
    """A retryable failure (5xx, timeout, dropped connection) lasted past every retry."""


class OutageError(TransientError):
    """5xx answers, timeouts or dropped connections outlasted the retries of a request the run
    cannot go on without (reading the guide): Guidebook is down, and a later run carries on,
    as after an outage mid-run. A URL that never answered is no outage: a person checks it."""

    exit_code = 3


class NotSentError(TransientError):
    """The run was interrupted while the request waited for its turn: it never left."""


class NotPublishedError(ApiError):
    """The guide could not be published (its 2 a minute, or an outage, outlasted every
    retry): what the run sent is in Builder, but not yet in attendees' apps."""

    exit_code = 4

    def __init__(self, message: str, *, why: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.why = why  # the cause alone, for a line that says the rest in its own words


class OutcomeUnknownError(ApiError):
    """A write was sent but its result is unknown, and it could not be looked up."""


class UnsafeOperationError(GbImportError):
    """The run would do something drastic (such as deleting many sessions) without --force."""


class StoppedAtOnce(GbImportError):
    """A second Ctrl-C: the run ended without waiting for requests in flight, and without
    a report of its rows (an older report file may be standing where this one's would be)."""

    exit_code = 130


class InterruptedBeforeSending(GbImportError):
    """Ctrl-C or SIGTERM while the sheet and the guide were being read: nothing was sent,
    and with no plan yet there is no row to report on."""

    exit_code = 130
