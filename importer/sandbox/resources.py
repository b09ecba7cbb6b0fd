"""The three writable resources (sessions, schedule tracks, locations): fields, rules, output.

Each `Resource` says which fields it takes, which filters and orderings its list honours, the
checks that span fields, and how a stored row is written back as JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from importer.sandbox.fields import (
    FieldSpec,
    choice_parser,
    parse_bool,
    parse_datetime,
    parse_float,
    parse_image,
    parse_int,
    parse_pk,
    parse_pk_list,
    parse_text,
)
from importer.sandbox.store import Store

DESCRIPTION_MAX_LENGTH = 20_000

MediaUrl = Callable[[str], str]
"""Turns a stored image name into an absolute URL for the current request."""


def guide_spec() -> FieldSpec:
    return FieldSpec("guide", parse_pk, required=True)


def name_spec() -> FieldSpec:
    return FieldSpec("name", partial(parse_text, allow_blank=False), required=True)


def import_id_spec() -> FieldSpec:
    return FieldSpec("import_id", parse_text, nullable=True, allow_blank=True)


def session_specs(version: str) -> tuple[FieldSpec, ...]:
    """Session fields; description_html is required on v1 only."""
    description = partial(parse_text, max_length=DESCRIPTION_MAX_LENGTH)
    return (
        guide_spec(),
        name_spec(),
        FieldSpec("description_html", description, required=version == "v1", default="",
                  allow_blank=True),
        FieldSpec("start_time", parse_datetime, required=True),
        FieldSpec("end_time", parse_datetime, nullable=True),
        FieldSpec("all_day", parse_bool, default=False),
        FieldSpec("allow_rating", parse_bool, default=True),
        FieldSpec("add_to_schedule", parse_bool, default=True),
        import_id_spec(),
        FieldSpec("locations", parse_pk_list, default=[], many=True),
        FieldSpec("schedule_tracks", parse_pk_list, default=[], many=True),
        FieldSpec("image", parse_image, nullable=True),
        FieldSpec("rank", parse_float, default=0.0),
        FieldSpec("require_login", parse_bool, default=False),
        FieldSpec("max_capacity", parse_int, nullable=True),
        FieldSpec("waitlist", parse_bool, default=False),
        FieldSpec("registration_start_date", parse_datetime, nullable=True),
        FieldSpec("registration_end_date", parse_datetime, nullable=True),
    )


def track_specs(version: str) -> tuple[FieldSpec, ...]:
    return (
        guide_spec(),
        name_spec(),
        FieldSpec("color", parse_text, nullable=True, allow_blank=True),
        import_id_spec(),
    )


def location_specs(version: str) -> tuple[FieldSpec, ...]:
    return (
        guide_spec(),
        name_spec(),
        FieldSpec("location_type", choice_parser((1, 2, 3)), required=True),
        import_id_spec(),
        FieldSpec("description", parse_text, default="", allow_blank=True),
        FieldSpec("address", parse_text, default="", allow_blank=True),
        FieldSpec("latitude", parse_float, nullable=True),
        FieldSpec("longitude", parse_float, nullable=True),
    )


def session_rules(merged: dict[str, Any], store: Store, row_id: int | None) -> dict[str, list[str]]:
    """The registration fields' dependencies, checked on the whole (merged) session."""
    errors: dict[str, list[str]] = {}
    if merged["require_login"] and not merged["add_to_schedule"]:
        errors["require_login"] = ["require_login needs add_to_schedule to be true."]
    if merged["max_capacity"] is not None and not merged["require_login"]:
        errors["max_capacity"] = ["max_capacity needs require_login to be true."]
    if merged["waitlist"] and merged["max_capacity"] is None:
        errors["waitlist"] = ["waitlist needs max_capacity to be set."]
    for name in ("registration_start_date", "registration_end_date"):
        if merged[name] is not None and not merged["require_login"]:
            errors[name] = [f"{name} needs require_login to be true."]
    return errors


def location_rules(
    merged: dict[str, Any], store: Store, row_id: int | None
) -> dict[str, list[str]]:
    """One main venue (location_type 1) per guide."""
    if merged["location_type"] != 1:
        return {}
    others = [venue for venue in store.main_venue_ids(merged["guide"]) if venue != row_id]
    if others:
        return {"location_type": ["This guide already has a main venue (location_type 1)."]}
    return {}


def no_rules(merged: dict[str, Any], store: Store, row_id: int | None) -> dict[str, list[str]]:
    return {}


def serialize_session(row: dict[str, Any], version: str, media_url: MediaUrl) -> dict[str, Any]:
    image = media_url(row["image"]) if row["image"] else None
    body: dict[str, Any] = {
        "id": row["id"],
        "guide": row["guide"],
        "name": row["name"],
        "description_html": row["description_html"],
        "start_time": row["start_time"],
        "end_time": row["end_time"],
        "all_day": bool(row["all_day"]),
        "allow_rating": bool(row["allow_rating"]),
        "add_to_schedule": bool(row["add_to_schedule"]),
        "import_id": row["import_id"],
        "locations": row["locations"],
        "schedule_tracks": row["schedule_tracks"],
        "image": image,
    }
    if version == "v1":
        body["thumbnail"] = image
    body.update(
        rank=row["rank"],
        require_login=bool(row["require_login"]),
        max_capacity=row["max_capacity"],
        waitlist=bool(row["waitlist"]),
        registration_start_date=row["registration_start_date"],
        registration_end_date=row["registration_end_date"],
        created_at=row["created_at"],
    )
    return body


def serialize_plain(row: dict[str, Any], version: str, media_url: MediaUrl) -> dict[str, Any]:
    """Tracks and locations: the stored columns are the fields, in schema order."""
    return dict(row)


def serialize_guide(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("id", "name", "timezone", "start_date", "end_date",
                                      "created_at")}


@dataclass(frozen=True)
class Resource:
    """One collection of the API and everything the routes need to know about it."""

    path: str
    table: str
    specs: Callable[[str], tuple[FieldSpec, ...]]
    filters: dict[str, Callable[[str], Any]]
    orderings: tuple[str, ...]
    rules: Callable[[dict[str, Any], Store, int | None], dict[str, list[str]]]
    serialize: Callable[[dict[str, Any], str, MediaUrl], dict[str, Any]]
    links: tuple[str, ...] = ()
    # Filters that v1 lacks: there, as DRF does with a filter it does not know, the whole
    # list comes back (so a rehearsal on v1 costs what the real v1 would).
    filters_since_v1_1: tuple[str, ...] = ()


RESOURCES = (
    Resource(
        path="sessions",
        table="sessions",
        specs=session_specs,
        filters={"id": int, "import_id": str, "schedule_tracks": int},
        orderings=("id", "start_time", "end_time"),
        rules=session_rules,
        serialize=serialize_session,
        links=("locations", "schedule_tracks"),
        filters_since_v1_1=("import_id",),  # "v1.1; absent from the 2019 v1 text"
    ),
    Resource(
        path="schedule-tracks",
        table="tracks",
        specs=track_specs,
        filters={"id": int, "import_id": str},
        orderings=(),  # ordering is documented for sessions only
        rules=no_rules,
        serialize=serialize_plain,
    ),
    Resource(
        path="locations",
        table="locations",
        # Only the filters the reference documents for locations (no import_id, no id): like
        # DRF, the sandbox ignores filters it does not know (so the whole list comes back).
        specs=location_specs,
        filters={"location_type": int},
        orderings=(),
        rules=location_rules,
        serialize=serialize_plain,
    ),
)
