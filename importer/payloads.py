"""Session payloads as the API takes them, and their comparison with stored sessions.

Comparison is in normal form: UTC instants, sets of track and room names as the guide
spells them (case and spaces ignored), HTML as the service sanitises it, so that a service
that rewrote the time format or the markup does not look like a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from importer.html import sanitize_html
from importer.model import SessionPayload

DATETIME_FIELDS = frozenset(
    {"start_time", "end_time", "registration_start_date", "registration_end_date"}
)
NAME_LIST_FIELDS = frozenset({"schedule_tracks", "locations"})
# Never compared: import_id is the key itself; images are compared by content elsewhere.
NOT_COMPARED = frozenset({"import_id", "image"})


@dataclass(slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any


def compared_fields(payload: SessionPayload) -> list[str]:
    """The fields this sheet controls, in a stable order."""
    return [
        name for name in SessionPayload.model_fields
        if name in payload.model_fields_set and name not in NOT_COMPARED
    ]


def name_key(name: str) -> str:
    """Track and room names match without case or surrounding/repeated spaces."""
    return " ".join(name.replace("\xa0", " ").split()).casefold()


def format_datetime(value: datetime) -> str:
    """UTC in the reference's own format: 2017-09-18T16:00:00.000000+0000."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+0000")


def parse_datetime(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    # The service treats naive datetimes as UTC.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def api_body(
    payload: SessionPayload,
    fields: Iterable[str],
    track_ids: Mapping[str, int],
    location_ids: Mapping[str, int],
) -> dict[str, Any]:
    """The JSON body for these fields; track and room names become the guide's ids."""
    body: dict[str, Any] = {}
    for name in fields:
        value = getattr(payload, name)
        if name in NAME_LIST_FIELDS:
            ids = track_ids if name == "schedule_tracks" else location_ids
            body[name] = [ids[name_key(item)] for item in value]
        elif name in DATETIME_FIELDS:
            body[name] = format_datetime(value) if value is not None else None
        else:
            body[name] = value
    return body


def create_body(
    payload: SessionPayload,
    guide_id: int,
    track_ids: Mapping[str, int],
    location_ids: Mapping[str, int],
) -> dict[str, Any]:
    """Every field the sheet sets, except empty ones (a create has nothing to clear)."""
    body = api_body(payload, [*compared_fields(payload), "import_id"], track_ids, location_ids)
    return {"guide": guide_id, **{k: v for k, v in body.items() if v is not None}}


def diff(
    payload: SessionPayload,
    session: Mapping[str, Any],
    track_names: Mapping[int, str],
    location_names: Mapping[int, str],
) -> list[FieldChange]:
    """The fields whose normal form differs between the sheet and the stored session."""
    changes = []
    for name in compared_fields(payload):
        ours = _normal(name, getattr(payload, name), None)
        names = track_names if name == "schedule_tracks" else location_names
        theirs = _normal(name, session.get(name), names)
        if ours != theirs:
            changes.append(FieldChange(name, _shown(name, session.get(name), names, theirs),
                                       _shown(name, getattr(payload, name), None, ours)))
    return changes


def _shown(name: str, value: Any, id_names: Mapping[int, str] | None, normal: Any) -> Any:
    """A changed value as a person wrote it: names in their own spelling (compared in
    lower case), everything else in the normal form it was compared in."""
    if name not in NAME_LIST_FIELDS:
        return normal
    if id_names is None:
        return tuple(str(v) for v in value or ())
    return tuple(stored_names(value or (), id_names))


def _normal(name: str, value: Any, id_names: Mapping[int, str] | None) -> Any:
    if name in DATETIME_FIELDS:
        return parse_datetime(value)
    if name in NAME_LIST_FIELDS:
        return _normal_names(value or (), id_names)
    if name == "description_html":
        return sanitize_html(value or "")
    if name == "name":
        return str(value or "").strip()
    if name == "rank":
        return None if value in (None, "") else float(value)
    if name == "max_capacity":
        return None if value in (None, "") else int(value)
    if value is None:
        return None
    return bool(value) if isinstance(value, bool | int) else value


def _normal_names(values: Iterable[Any], id_names: Mapping[int, str] | None) -> frozenset[str]:
    if id_names is None:  # ours: names already
        return frozenset(name_key(str(v)) for v in values)
    return frozenset(name_key(name) for name in stored_names(values, id_names))


def stored_names(values: Iterable[Any], id_names: Mapping[int, str]) -> Iterator[str]:
    """A stored session's tracks or rooms (ids, or objects with an id) by name; one the
    guide no longer lists as '#id'."""
    for value in values:
        ident = int(value["id"]) if isinstance(value, Mapping) else int(value)
        yield id_names.get(ident, f"#{ident}")
