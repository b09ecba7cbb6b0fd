from __future__ import annotations

from datetime import UTC, datetime

from importer.model import SessionPayload
from importer.payloads import FieldChange, api_body, create_body, diff

TRACKS = {1: "Data Engineering", 2: "Machine Learning"}
ROOMS = {10: "Grand Ballroom", 11: "Room 101"}


def payload(**fields: object) -> SessionPayload:
    values: dict[str, object] = {
        "import_id": "sheet:PDS-001",
        "name": "Opening Keynote",
        "start_time": datetime(2027, 5, 11, 14, 0, tzinfo=UTC),
        "end_time": datetime(2027, 5, 11, 15, 0, tzinfo=UTC),
        "description_html": "<p>Welcome &amp; <strong>hello</strong></p>",
        "schedule_tracks": ("machine learning", "Data  Engineering"),
        "locations": ("Grand Ballroom",),
    }
    values.update(fields)
    return SessionPayload(**values)  # type: ignore[arg-type]


def stored(**fields: object) -> dict[str, object]:
    session: dict[str, object] = {
        "id": 71,
        "guide": 1,
        "import_id": "sheet:PDS-001",
        "name": "Opening Keynote ",
        "start_time": "2027-05-11T14:00:00.000000+0000",
        "end_time": "2027-05-11T15:00:00.000000+0000",
        # The service rewrote the markup: an unknown tag stripped, entity kept.
        "description_html": "<p>Welcome &amp; <strong>hello</strong></p>",
        "schedule_tracks": [2, 1],
        "locations": [10],
        "all_day": False,
    }
    session.update(fields)
    return session


def test_same_session_in_other_formats_is_unchanged() -> None:
    assert diff(payload(), stored(), TRACKS, ROOMS) == []


def test_markup_the_service_would_strip_is_not_a_change() -> None:
    ours = payload(description_html="<p>Welcome &amp; <strong>hello</strong></p>")
    theirs = stored(description_html="<p>Welcome &amp; <strong>hello</strong></p>\n")
    assert diff(ours, theirs, TRACKS, ROOMS) == []


def test_numbers_and_naive_times_as_the_service_may_return_them_are_not_changes() -> None:
    """A naive datetime is UTC to the service; a rank or capacity may come back as text."""
    ours = payload(rank=3.0, max_capacity=25)
    theirs = stored(start_time="2027-05-11T14:00:00", end_time="2027-05-11 15:00:00",
                    rank="3.000000", max_capacity="25")
    assert diff(ours, theirs, TRACKS, ROOMS) == []


def test_changed_fields_are_named_with_old_and_new() -> None:
    ours = payload(name="Opening Keynote (updated)", locations=("Room 101",))
    changes = diff(ours, stored(), TRACKS, ROOMS)
    assert changes == [
        FieldChange("name", "Opening Keynote", "Opening Keynote (updated)"),
        # Compared in lower case, shown as the guide and the sheet spell them.
        FieldChange("locations", ("Grand Ballroom",), ("Room 101",)),
    ]


def test_only_fields_the_mapping_sets_are_compared() -> None:
    ours = SessionPayload(
        import_id="sheet:X", name="Opening Keynote",
        start_time=datetime(2027, 5, 11, 14, 0, tzinfo=UTC),
    )
    assert diff(ours, stored(all_day=True, rank=3.0), TRACKS, ROOMS) == []


def test_bodies_use_ids_and_the_reference_datetime_format() -> None:
    track_ids = {"data engineering": 1, "machine learning": 2}
    room_ids = {"grand ballroom": 10}
    body = create_body(payload(), 1, track_ids, room_ids)
    assert body == {
        "guide": 1,
        "import_id": "sheet:PDS-001",
        "name": "Opening Keynote",
        "start_time": "2027-05-11T14:00:00.000000+0000",
        "end_time": "2027-05-11T15:00:00.000000+0000",
        "description_html": "<p>Welcome &amp; <strong>hello</strong></p>",
        "schedule_tracks": [2, 1],
        "locations": [10],
    }
    assert api_body(payload(end_time=None), ["end_time"], track_ids, room_ids) == {
        "end_time": None
    }
    # A create has nothing to clear: empty fields are left out, not sent as null.
    assert create_body(payload(end_time=None, description_html=None, locations=()), 1,
                       track_ids, room_ids) == {
        "guide": 1,
        "import_id": "sheet:PDS-001",
        "name": "Opening Keynote",
        "start_time": "2027-05-11T14:00:00.000000+0000",
        "schedule_tracks": [2, 1],
        "locations": [],
    }
