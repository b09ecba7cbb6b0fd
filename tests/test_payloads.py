from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

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


def test_a_time_with_another_offset_is_sent_as_the_utc_instant() -> None:
    """The body's format ends in +0000: the clock time must be UTC's, not the cell's zone."""
    berlin = datetime(2027, 5, 11, 16, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    body = api_body(payload(start_time=berlin, end_time=None), ["start_time", "end_time"],
                    {}, {})
    assert body == {"start_time": "2027-05-11T14:00:00.000000+0000", "end_time": None}


def test_a_fractional_rank_change_is_a_change() -> None:
    """Ranks order sessions in a slot; 1.25 put before 1.5 must reach the guide."""
    assert diff(payload(rank=1.25), stored(rank="1.5"), TRACKS, ROOMS) == [
        FieldChange("rank", 1.5, 1.25)
    ]


def test_an_emptied_capacity_clears_a_stored_zero() -> None:
    assert diff(payload(max_capacity=None), stored(max_capacity=0), TRACKS, ROOMS) == [
        FieldChange("max_capacity", 0, None)
    ]
    assert diff(payload(max_capacity=None), stored(max_capacity=None), TRACKS, ROOMS) == []


def test_a_track_the_guide_no_longer_lists_is_a_change_named_by_its_id() -> None:
    """A session still pointing at a track missing from the guide's list is corrected, and
    the report shows the id it had, since it has no name."""
    theirs = stored(schedule_tracks=[2, 1, 99])
    assert diff(payload(), theirs, TRACKS, ROOMS) == [
        FieldChange("schedule_tracks", ("Machine Learning", "Data Engineering", "#99"),
                    ("machine learning", "Data  Engineering")),
    ]


def test_an_empty_cell_and_the_services_empty_value_are_the_same() -> None:
    """A description or registration date the sheet leaves empty, stored as "" or null, is
    no change: otherwise every nightly run would patch those sessions again."""
    ours = payload(description_html=None, registration_start_date=None)
    for empty in ("", None):
        theirs = stored(description_html=empty, registration_start_date=empty)
        assert diff(ours, theirs, TRACKS, ROOMS) == []
