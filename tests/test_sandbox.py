"""The sandbox in-process through httpx.ASGITransport: every rule of the stand-in API."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from importer.sandbox import (
    SandboxConfig,
    SandboxConnectionDropped,
    create_app,
)
from importer.sandbox import middleware as sandbox_middleware

pytestmark = pytest.mark.anyio

KEY = "sandbox-key"
AUTH = {"Authorization": f"JWT {KEY}"}
HOST = "http://sandbox.test:8123"
DATETIME_OUT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+0000$")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(20)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20)
GIF = b"GIF89a" + bytes(20)
SESSION_FIELDS = [
    "id", "guide", "name", "description_html", "start_time", "end_time", "all_day",
    "allow_rating", "add_to_schedule", "import_id", "locations", "schedule_tracks", "image",
    "rank", "require_login", "max_capacity", "waitlist", "registration_start_date",
    "registration_end_date", "created_at",
]


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def client(
    app: Any, version: str = "v1.1", headers: dict[str, str] | None = None,
    peer: str = "127.0.0.1",
) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(peer, 50000)),
        base_url=f"{HOST}/open-api/{version}/",
        headers=AUTH if headers is None else headers,
    )


def sandbox(clock: Callable[[], float] | None = None, **settings: Any) -> Any:
    config = SandboxConfig(**settings)
    return create_app(config, clock=clock) if clock else create_app(config)


def session(**fields: Any) -> dict[str, Any]:
    return {"guide": 1, "name": "Keynote", "start_time": "2024-05-02T09:00:00Z", **fields}


async def stats(api: httpx.AsyncClient) -> dict[str, Any]:
    response = await api.get(f"{HOST}/_sandbox/stats")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


async def test_reference_example_form_post_gets_every_field_of_its_response() -> None:
    post_data = {
        "name": "Test Session",
        "start_time": "2017-09-18T16:00:00.000000+0000",
        "end_time": "2017-09-18T18:00:00.000000+0000",
        "guide": 1,
        "description_html": "<p>This is a description field that supports basic HTML</p>",
    }
    async with client(sandbox(), version="v1") as api:
        response = await api.post(f"{HOST}/open-api/v1/sessions/", data=post_data)
    assert response.status_code == 201
    assert response.request.headers["content-type"] == "application/x-www-form-urlencoded"
    body = response.json()
    assert DATETIME_OUT.match(body.pop("created_at"))
    assert body == {
        "id": 1, "guide": 1, "name": "Test Session",
        "description_html": "<p>This is a description field that supports basic HTML</p>",
        "start_time": "2017-09-18T16:00:00.000000+0000",
        "end_time": "2017-09-18T18:00:00.000000+0000",
        "all_day": False, "allow_rating": True, "add_to_schedule": True, "import_id": None,
        "locations": [], "schedule_tracks": [], "image": None, "thumbnail": None, "rank": 0.0,
        "require_login": False, "max_capacity": None, "waitlist": False,
        "registration_start_date": None, "registration_end_date": None,
    }


async def test_v11_objects_have_every_reference_field_in_order_and_no_thumbnail() -> None:
    async with client(sandbox()) as api:
        body = (await api.post("sessions/", json=session())).json()
    assert list(body) == SESSION_FIELDS


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "Authentication credentials were not provided."),
        ({"Authorization": "JWT wrong-key"}, "Incorrect authentication credentials."),
        ({"Authorization": f"Token {KEY}"}, "Incorrect authentication credentials."),
    ],
)
async def test_missing_or_wrong_key_is_401(headers: dict[str, str], detail: str) -> None:
    async with client(sandbox(), headers=headers) as api:
        responses = [await api.get("guides/"), await api.post("sessions/", json=session())]
    assert [(r.status_code, r.json()) for r in responses] == [(401, {"detail": detail})] * 2
    assert responses[0].headers["www-authenticate"] == 'JWT realm="api"'


async def test_guide_of_someone_else_is_403_on_everything_touching_it() -> None:
    forbidden = {"detail": "You do not have permission to perform this action."}
    async with client(sandbox()) as api:
        responses = [
            await api.get("guides/2/"),
            await api.post("guides/2/publish/"),
            await api.get("sessions/", params={"guide": 2}),
            await api.get("schedule-tracks/", params={"guide": 2}),
            await api.get("locations/", params={"guide": 2}),
            await api.post("sessions/", json=session(guide=2)),
            await api.post("schedule-tracks/", json={"guide": 2, "name": "Talks"}),
            await api.post("locations/", json={"guide": 2, "name": "Hall", "location_type": 2}),
        ]
        assert (await stats(api))["sessions"] == {"1": 0}
    assert [(r.status_code, r.json()) for r in responses] == [(403, forbidden)] * 8


async def test_unknown_guide_is_404_to_read_and_400_to_name() -> None:
    async with client(sandbox()) as api:
        read = await api.get("guides/99/")
        create = await api.post("sessions/", json=session(guide=99))
        listing = await api.get("sessions/", params={"guide": 99})
    assert (read.status_code, read.json()) == (404, {"detail": "Not found."})
    assert (create.status_code, create.json()) == (
        400, {"guide": ['Invalid pk "99" - object does not exist.']}
    )
    assert (listing.status_code, listing.json()) == (400, {"guide": [
        "Select a valid choice. That choice is not one of the available choices."
    ]})


async def test_seeded_guide_follows_the_config() -> None:
    app = sandbox(guide_timezone="US/Pacific", guide_start_date="2024-05-01",
                  guide_end_date="2024-05-03")
    async with client(app) as api:
        listing = (await api.get("guides/")).json()
        detail = (await api.get("guides/1/")).json()
    assert DATETIME_OUT.match(detail.pop("created_at"))
    assert detail == {"id": 1, "name": "Sandbox Guide", "timezone": "US/Pacific",
                      "start_date": "2024-05-01", "end_date": "2024-05-03"}
    assert listing["count"] == 1
    assert [guide["id"] for guide in listing["results"]] == [1]


async def test_guide_dates_default_to_null_and_timezone_to_utc() -> None:
    async with client(sandbox()) as api:
        detail = (await api.get("guides/1/")).json()
    assert (detail["timezone"], detail["start_date"], detail["end_date"]) == ("UTC", None, None)


@pytest.mark.parametrize("collection", ["sessions/", "schedule-tracks/", "locations/"])
async def test_lists_need_guide_on_v11_only(collection: str) -> None:
    app = sandbox()
    async with client(app) as v11, client(app, version="v1") as v1:
        without_guide = await v11.get(collection)
        with_guide = await v11.get(collection, params={"guide": 1})
        old_version = await v1.get(collection)
    assert (without_guide.status_code, without_guide.json()) == (
        400, {"guide": ["This field is required."]}
    )
    assert (with_guide.status_code, old_version.status_code) == (200, 200)


async def test_pagination_counts_and_links_built_from_the_request_host() -> None:
    async with client(sandbox(page_size=2)) as api:
        for number in range(5):
            await api.post("sessions/", json=session(name=f"S{number}"))
        pages = [
            (await api.get("sessions/", params={"guide": 1, "page": page})).json()
            for page in (1, 2, 3)
        ]
        ignored_size = (await api.get("sessions/", params={"guide": 1, "page_size": 5})).json()
        past_end = await api.get("sessions/", params={"guide": 1, "page": 4})
        not_a_page = await api.get("sessions/", params={"guide": 1, "page": "two"})
        last = (await api.get("sessions/", params={"guide": 1, "page": "last"})).json()
    base = f"{HOST}/open-api/v1.1/sessions/"
    assert [(p["count"], p["next"], p["previous"], [s["name"] for s in p["results"]])
            for p in pages] == [
        (5, f"{base}?guide=1&page=2", None, ["S0", "S1"]),
        (5, f"{base}?guide=1&page=3", f"{base}?guide=1", ["S2", "S3"]),
        (5, None, f"{base}?guide=1&page=2", ["S4"]),
    ]
    assert len(ignored_size["results"]) == 2
    assert ignored_size["next"] == f"{base}?guide=1&page=2&page_size=5"
    assert [r.status_code for r in (past_end, not_a_page)] == [404, 404]
    assert past_end.json() == {"detail": "Invalid page."}
    assert [s["name"] for s in last["results"]] == ["S4"]


async def test_empty_list_is_one_empty_page() -> None:
    async with client(sandbox()) as api:
        body = (await api.get("sessions/", params={"guide": 1})).json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


async def test_filters_by_id_import_id_track_and_location_type() -> None:
    async with client(sandbox()) as api:
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Talks", "import_id": "t"})
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Labs"})
        await api.post("locations/", json={"guide": 1, "name": "Venue", "location_type": 1,
                                           "import_id": "venue"})
        await api.post("locations/", json={"guide": 1, "name": "Room A", "location_type": 2})
        await api.post("sessions/", json=session(name="A", import_id="a", schedule_tracks=[1]))
        await api.post("sessions/", json=session(name="B", import_id="b", schedule_tracks=[1, 2]))
        await api.post("sessions/", json=session(name="C", import_id="a"))

        async def names(collection: str, **params: Any) -> list[str]:
            response = await api.get(collection, params={"guide": 1, **params})
            return [row["name"] for row in response.json()["results"]]

        found = {
            "id=2": await names("sessions/", id=2),
            "import_id=a": await names("sessions/", import_id="a"),
            "import_id=zzz": await names("sessions/", import_id="zzz"),
            "schedule_tracks=1": await names("sessions/", schedule_tracks=1),
            "schedule_tracks=2": await names("sessions/", schedule_tracks=2),
            "empty filter": await names("sessions/", import_id=""),
            "track import_id=t": await names("schedule-tracks/", import_id="t"),
            "location_type=2": await names("locations/", location_type=2),
            "locations ignore import_id": await names("locations/", import_id="venue"),
        }
        bad_number = await api.get("sessions/", params={"guide": 1, "id": "x"})
    assert found == {
        "id=2": ["B"],
        "import_id=a": ["A", "C"],
        "import_id=zzz": [],
        "schedule_tracks=1": ["A", "B"],
        "schedule_tracks=2": ["B"],
        "empty filter": ["A", "B", "C"],
        "track import_id=t": ["Talks"],
        "location_type=2": ["Room A"],
        "locations ignore import_id": ["Venue", "Room A"],
    }
    assert (bad_number.status_code, bad_number.json()) == (400, {"id": ["Enter a number."]})


async def test_v1_has_no_import_id_filter_on_sessions_and_lists_them_all() -> None:
    """The 2019 v1 text documents no import_id filter: like DRF with a filter it does not
    know, v1 ignores it, so a rehearsal on v1 costs what the real v1 would."""
    app = sandbox()
    async with client(app) as api:
        for name, import_id in (("A", "a"), ("B", "b")):
            await api.post("sessions/", json=session(name=name, import_id=import_id))
    for version, expected in (("v1.1", ["A"]), ("v1", ["A", "B"])):
        async with client(app, version=version) as api:
            response = await api.get("sessions/", params={"guide": 1, "import_id": "a"})
        assert [row["name"] for row in response.json()["results"]] == expected, version


async def test_ordering_by_times_and_id_with_minus_and_commas() -> None:
    async with client(sandbox()) as api:
        await api.post("sessions/", json=session(name="late", start_time="2024-05-02T15:00Z",
                                                 end_time="2024-05-02T16:00Z"))
        await api.post("sessions/", json=session(name="early", start_time="2024-05-02T08:00Z"))
        await api.post("sessions/", json=session(name="noon", start_time="2024-05-02T12:00Z",
                                                 end_time="2024-05-02T13:00Z"))
        await api.post("sessions/", json=session(name="noon2", start_time="2024-05-02T12:00Z",
                                                 end_time="2024-05-02T12:30Z"))

        async def order(ordering: str | None) -> list[str]:
            params = {"guide": 1} if ordering is None else {"guide": 1, "ordering": ordering}
            response = await api.get("sessions/", params=params)
            return [row["name"] for row in response.json()["results"]]

        orders = {key: await order(key) for key in
                  (None, "start_time", "-start_time", "start_time,-id", "-id", "end_time",
                   "name", "-start_time,end_time")}
    assert orders == {
        None: ["late", "early", "noon", "noon2"],
        "start_time": ["early", "noon", "noon2", "late"],
        "-start_time": ["late", "noon", "noon2", "early"],
        "start_time,-id": ["early", "noon2", "noon", "late"],
        "-id": ["noon2", "noon", "early", "late"],
        "end_time": ["noon2", "noon", "late", "early"],
        "name": ["late", "early", "noon", "noon2"],
        "-start_time,end_time": ["late", "noon2", "noon", "early"],
    }


def stored_fields(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in ("id", "created_at")}


async def test_json_form_and_multipart_bodies_store_the_same_session() -> None:
    async with client(sandbox()) as api:
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Talks"})
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Labs"})
        await api.post("locations/", json={"guide": 1, "name": "Room", "location_type": 2})
        as_json = await api.post("sessions/", json=session(
            schedule_tracks=[1, 2], locations=[1], all_day=False, allow_rating=False,
            require_login=True, max_capacity=30, waitlist=True, rank=2.5, import_id="row-2",
        ))
        form = {
            "guide": "1", "name": "Keynote", "start_time": "2024-05-02T09:00:00Z",
            "schedule_tracks": ["1", "2"], "locations": "1", "all_day": "False",
            "allow_rating": "false", "require_login": "True", "max_capacity": "30",
            "waitlist": "1", "rank": "2.5", "import_id": "row-2",
        }
        as_form = await api.post("sessions/", data=form)
        as_multipart = await api.post("sessions/", data=form, files={"unused": ("x.txt", b"x")})
    assert as_multipart.request.headers["content-type"].startswith("multipart/form-data")
    assert [r.status_code for r in (as_json, as_form, as_multipart)] == [201, 201, 201]
    expected = stored_fields(as_json.json())
    assert expected["schedule_tracks"] == [1, 2]
    assert (expected["waitlist"], expected["allow_rating"]) == (True, False)
    assert stored_fields(as_form.json()) == expected
    assert stored_fields(as_multipart.json()) == expected


@pytest.mark.parametrize(("content", "extension"), [(PNG, "png"), (JPEG, "jpg")])
async def test_png_and_jpeg_images_are_stored_and_served(content: bytes, extension: str) -> None:
    app = sandbox()
    async with client(app) as api, client(app, version="v1") as v1:
        created = await api.post(
            "sessions/", data={"guide": "1", "name": "Pic", "start_time": "2024-05-02T09:00"},
            files={"image": ("photo.bin", content, "application/octet-stream")},
        )
        image_url = created.json()["image"]
        served = await api.get(image_url)
        old_view = (await v1.get(f"sessions/{created.json()['id']}/")).json()
    assert created.status_code == 201
    assert re.fullmatch(rf"{HOST}/_sandbox/media/[0-9a-f]{{64}}\.{extension}", image_url)
    assert (served.status_code, served.content) == (200, content)
    assert old_view["image"] == old_view["thumbnail"] == image_url


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (GIF, "Upload a valid image. The file you uploaded was either not an image or a "
              "corrupted image."),
        (b"just text, named like a png", "Upload a valid image. The file you uploaded was "
                                         "either not an image or a corrupted image."),
        (b"", "The submitted file is empty."),
    ],
)
async def test_other_images_are_400(content: bytes, message: str) -> None:
    async with client(sandbox()) as api:
        response = await api.post(
            "sessions/", data={"guide": "1", "name": "Pic", "start_time": "2024-05-02T09:00"},
            files={"image": ("photo.png", content, "image/png")},
        )
        assert (await stats(api))["sessions"] == {"1": 0}
    assert (response.status_code, response.json()) == (400, {"image": [message]})


async def test_image_sent_as_json_text_is_400() -> None:
    async with client(sandbox()) as api:
        response = await api.post("sessions/", json=session(image="http://x/y.png"))
    assert response.json() == {"image": [
        "The submitted data was not a file. Check the encoding type on the form."
    ]}


BAD_DATETIME = (
    "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)


@pytest.mark.parametrize(
    ("version", "body", "errors"),
    [
        ("v1.1", {}, {"guide": ["This field is required."], "name": ["This field is required."],
                      "start_time": ["This field is required."]}),
        ("v1", {}, {"guide": ["This field is required."], "name": ["This field is required."],
                    "description_html": ["This field is required."],
                    "start_time": ["This field is required."]}),
        ("v1.1", session(name=""), {"name": ["This field may not be blank."]}),
        ("v1.1", session(name=None), {"name": ["This field may not be null."]}),
        ("v1.1", session(start_time="2024-05-02"), {"start_time": [BAD_DATETIME]}),
        ("v1.1", session(start_time="tomorrow 9am"), {"start_time": [BAD_DATETIME]}),
        ("v1.1", session(end_time="2024-13-02T10:00"), {"end_time": [BAD_DATETIME]}),
        ("v1.1", session(description_html="x" * 20_001),
         {"description_html": ["Ensure this field has no more than 20000 characters."]}),
        ("v1.1", session(schedule_tracks=[7]),
         {"schedule_tracks": ['Invalid pk "7" - object does not exist.']}),
        ("v1.1", session(locations=[1, 5]),
         {"locations": ['Invalid pk "5" - object does not exist.']}),
        ("v1.1", session(schedule_tracks="1"),
         {"schedule_tracks": ['Expected a list of items but got type "str".']}),
        ("v1.1", session(all_day="maybe"), {"all_day": ["Must be a valid boolean."]}),
        ("v1.1", session(rank="first"), {"rank": ["A valid number is required."]}),
        ("v1.1", session(require_login=True, max_capacity="many"),
         {"max_capacity": ["A valid integer is required."]}),
    ],
)
async def test_validation_errors_read_as_drf(
    version: str, body: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    async with client(sandbox(), version=version) as api:
        await api.post("locations/", json={"guide": 1, "name": "Room", "location_type": 2})
        response = await api.post("sessions/", json=body)
        assert (await stats(api))["sessions"] == {"1": 0}
    assert (response.status_code, response.json()) == (400, errors)


@pytest.mark.parametrize(
    ("collection", "body"),
    [
        ("sessions/", session(rank=float("inf"))),
        ("sessions/", session(rank="NaN")),
        ("sessions/", {k: str(v) for k, v in session(rank="1e999").items()}),
        ("locations/", {"guide": 1, "name": "Map", "location_type": "3", "latitude": "nan"}),
        ("locations/", {"guide": 1, "name": "Map", "location_type": 3,
                        "longitude": float("-inf")}),
    ],
)
async def test_a_number_that_is_not_finite_is_400_and_the_list_stays_readable(
    collection: str, body: dict[str, Any]
) -> None:
    form = all(isinstance(value, str) for value in body.values())
    async with client(sandbox()) as api:
        if form:
            response = await api.post(collection, data=body)
        else:  # Python's json writes Infinity and NaN, as many clients do
            response = await api.post(collection, content=json.dumps(body),
                                      headers={"Content-Type": "application/json"})
        listed = await api.get(collection, params={"guide": 1})
    field = next(name for name in ("rank", "latitude", "longitude") if name in body)
    assert (response.status_code, response.json()) == (
        400, {field: ["A valid number is required."]}
    )
    assert (listed.status_code, listed.json()["count"]) == (200, 0)


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        ({"require_login": True, "add_to_schedule": False},
         {"require_login": ["require_login needs add_to_schedule to be true."]}),
        ({"max_capacity": 10},
         {"max_capacity": ["max_capacity needs require_login to be true."]}),
        ({"require_login": True, "waitlist": True},
         {"waitlist": ["waitlist needs max_capacity to be set."]}),
        ({"registration_start_date": "2024-04-01T00:00Z",
          "registration_end_date": "2024-04-30T00:00Z"},
         {"registration_start_date": ["registration_start_date needs require_login to be true."],
          "registration_end_date": ["registration_end_date needs require_login to be true."]}),
        ({"require_login": True, "max_capacity": 10, "waitlist": True,
          "registration_start_date": "2024-04-01T00:00Z"}, {}),
    ],
)
async def test_registration_field_dependencies(
    fields: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    async with client(sandbox()) as api:
        response = await api.post("sessions/", json=session(**fields))
    assert response.status_code == (400 if errors else 201)
    if errors:
        assert response.json() == errors


async def test_unknown_and_read_only_fields_are_ignored() -> None:
    async with client(sandbox()) as api:
        body = (await api.post("sessions/", json=session(id=99, created_at="x", colour=1))).json()
    assert body["id"] == 1
    assert DATETIME_OUT.match(body["created_at"])


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p>Hi <b>there</b></p>", "<p>Hi <b>there</b></p>"),
        ("<p onclick='x()'>a</p><script>alert(1)</script>", "<p>a</p>"),
        ('<a href="https://x.test" target="_blank">x</a>', '<a href="https://x.test">x</a>'),
        ('<span style="color: red; font-size: 40px">x</span>', '<span style="color:red">x</span>'),
        ('<img src="https://x.test/a.png"><em>e</em>', "<em>e</em>"),
        ('<table><tbody><tr><td colspan="2" title="t" class="x">c</td></tr></tbody></table>',
         '<table><tbody><tr><td colspan="2" title="t">c</td></tr></tbody></table>'),
        ("<iframe src='https://x.test'></iframe><h2>T</h2>", "<h2>T</h2>"),
    ],
)
async def test_description_html_is_sanitised_on_save(html: str, kept: str) -> None:
    async with client(sandbox()) as api:
        created = (await api.post("sessions/", json=session(description_html=html))).json()
        patched = (await api.patch(f"sessions/{created['id']}/",
                                   json={"description_html": html})).json()
    assert (created["description_html"], patched["description_html"]) == (kept, kept)


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("2017-09-18T16:00:00.000000+0000", "2017-09-18T16:00:00.000000+0000"),
        ("2017-09-18T16:00:00Z", "2017-09-18T16:00:00.000000+0000"),
        ("2017-09-18T16:00", "2017-09-18T16:00:00.000000+0000"),
        ("2017-09-18 16:00:00.5", "2017-09-18T16:00:00.500000+0000"),
        ("2017-09-18T09:00:00-07:00", "2017-09-18T16:00:00.000000+0000"),
        ("2017-09-19T01:30:00+09:30", "2017-09-18T16:00:00.000000+0000"),
    ],
)
async def test_datetimes_come_back_in_utc_naive_taken_as_utc(sent: str, stored: str) -> None:
    async with client(sandbox()) as api:
        body = (await api.post("sessions/", json=session(start_time=sent))).json()
    assert body["start_time"] == stored


async def test_patch_changes_only_the_fields_sent_and_validates_the_merged_session() -> None:
    async with client(sandbox()) as api:
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Talks"})
        created = (await api.post("sessions/", json=session(
            description_html="<p>d</p>", schedule_tracks=[1], require_login=True,
            max_capacity=5, import_id="r1",
        ))).json()
        url = f"sessions/{created['id']}/"
        renamed = await api.patch(url, json={"name": "Opening"})
        form_patch = await api.patch(url, data={"all_day": "true"})
        breaks_rule = await api.patch(url, json={"require_login": False})
        moves_guide = await api.patch(url, json={"guide": 2})
        unknown_track = await api.patch(url, json={"schedule_tracks": [1, 8]})
        cleared = await api.patch(url, json={"schedule_tracks": [], "end_time": None})
        final = (await api.get(url)).json()
    assert [r.status_code for r in (renamed, form_patch, cleared)] == [200, 200, 200]
    assert breaks_rule.json() == {"max_capacity": ["max_capacity needs require_login to be true."]}
    assert moves_guide.json() == {"guide": ["The guide of an existing object cannot be changed."]}
    assert unknown_track.json() == {
        "schedule_tracks": ['Invalid pk "8" - object does not exist.']
    }
    assert final == {**created, "name": "Opening", "all_day": True, "schedule_tracks": []}


async def test_delete_is_204_then_404() -> None:
    async with client(sandbox()) as api:
        await api.post("sessions/", json=session())
        deleted = await api.delete("sessions/1/")
        responses = [await api.get("sessions/1/"), await api.delete("sessions/1/"),
                     await api.patch("sessions/1/", json={"name": "x"}),
                     await api.get("sessions/abc/")]
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert [(r.status_code, r.json()) for r in responses] == [(404, {"detail": "Not found."})] * 4


async def test_unsupported_methods_and_bodies() -> None:
    async with client(sandbox()) as api:
        put = await api.put("sessions/1/", json={})
        text = await api.post("sessions/", content=b"name=x",
                              headers={"content-type": "text/plain"})
        broken = await api.post("sessions/", content=b"{oops",
                                headers={"content-type": "application/json"})
        a_list = await api.post("sessions/", json=[session()])
    assert (put.status_code, put.json()) == (405, {"detail": 'Method "PUT" not allowed.'})
    assert (text.status_code, text.json()) == (
        415, {"detail": 'Unsupported media type "text/plain" in request.'}
    )
    assert broken.status_code == 400
    assert broken.json()["detail"].startswith("JSON parse error - ")
    assert a_list.json() == {
        "non_field_errors": ["Invalid data. Expected a dictionary, but got list."]
    }


async def test_tracks_and_locations_have_their_fields_and_rules() -> None:
    async with client(sandbox()) as api:
        track = (await api.post("schedule-tracks/", data={
            "guide": "1", "name": "Talks", "color": "#000080", "import_id": "talks"})).json()
        venue = (await api.post("locations/", json={
            "guide": 1, "name": "Centre", "location_type": 1, "address": "1 Main St",
            "latitude": 45.5, "longitude": -73.6})).json()
        second_venue = await api.post("locations/", json={
            "guide": 1, "name": "Other", "location_type": 1})
        bad_type = await api.post("locations/", json={"guide": 1, "name": "X", "location_type": 5})
        no_type = await api.post("locations/", json={"guide": 1, "name": "X"})
        await api.post("sessions/", json=session(schedule_tracks=[1], locations=[1]))
        track_deleted = await api.delete("schedule-tracks/1/")
        after = (await api.get("sessions/1/")).json()
    assert [DATETIME_OUT.match(row.pop("created_at")) is not None for row in (track, venue)] == [
        True, True]
    assert track == {"id": 1, "guide": 1, "name": "Talks", "color": "#000080",
                     "import_id": "talks"}
    assert venue == {"id": 1, "guide": 1, "name": "Centre", "location_type": 1,
                     "import_id": None, "description": "", "address": "1 Main St",
                     "latitude": 45.5, "longitude": -73.6}
    assert second_venue.json() == {
        "location_type": ["This guide already has a main venue (location_type 1)."]
    }
    assert bad_type.json() == {"location_type": ['"5" is not a valid choice.']}
    assert no_type.json() == {"location_type": ["This field is required."]}
    assert track_deleted.status_code == 204
    assert (after["schedule_tracks"], after["locations"]) == ([], [1])


async def test_daily_budget_counts_every_request_and_renews_after_a_day() -> None:
    clock = FakeClock()
    app = sandbox(clock, daily_budget=3, day_seconds=100)
    async with client(app) as api, client(app, headers={}) as anonymous:
        first_day = [
            (await api.get("guides/")).status_code,
            (await api.post("sessions/", json={})).status_code,
            (await api.get("guides/99/")).status_code,
            (await api.get("guides/")).status_code,
            (await api.post("sessions/", json=session())).status_code,
        ]
        other_key = (await anonymous.get("guides/")).status_code
        clock.now += 99
        still_spent = (await api.get("guides/")).status_code
        clock.now += 1
        next_day = (await api.get("guides/")).status_code
    assert first_day == [200, 400, 404, 429, 429]
    assert (other_key, still_spent, next_day) == (401, 429, 200)


async def test_budget_429_has_no_retry_after() -> None:
    async with client(sandbox(daily_budget=0)) as api:
        response = await api.get("guides/")
    assert (response.status_code, response.json()) == (429, {"detail": "Request was throttled."})
    assert "retry-after" not in response.headers


async def test_rate_limit_answers_429_with_retry_after() -> None:
    clock = FakeClock()
    async with client(sandbox(clock, rate=2)) as api:
        burst = [(await api.get("guides/")) for _ in range(3)]
        clock.now += 0.5
        after_half_second = (await api.get("guides/")).status_code
        refused_again = await api.get("guides/")
    assert [r.status_code for r in burst] == [200, 200, 429]
    assert burst[2].headers["retry-after"] == "1"
    assert "retry-after" not in burst[0].headers
    assert (after_half_second, refused_again.status_code) == (200, 429)


async def test_publish_twice_a_minute_per_guide_then_429() -> None:
    clock = FakeClock()
    async with client(sandbox(clock)) as api:
        statuses = [(await api.post("guides/1/publish/")).status_code for _ in range(3)]
        clock.now += 59
        still_limited = (await api.post("guides/1/publish/")).status_code
        clock.now += 1
        next_minute = (await api.post("guides/1/publish/")).status_code
        unknown = (await api.post("guides/9/publish/")).status_code
    assert statuses == [202, 202, 429]
    assert (still_limited, next_minute, unknown) == (429, 202, 404)


async def test_fault_error_before_writes_nothing() -> None:
    async with client(sandbox(fault_error_before=1.0, seed=3)) as api:
        responses = [await api.post("sessions/", json=session()) for _ in range(8)]
        assert (await stats(api))["sessions"] == {"1": 0}
    assert {r.status_code for r in responses} == {500, 503}
    assert responses[0].headers["content-type"].startswith("text/html")


async def test_fault_error_after_answers_502_but_the_session_is_stored() -> None:
    async with client(sandbox(fault_error_after=1.0)) as api:
        response = await api.post("sessions/", json=session(import_id="r2"))
        read = await api.get("sessions/1/")
        assert (await stats(api))["sessions"] == {"1": 1}
    assert (response.status_code, read.status_code) == (502, 502)


async def test_fault_drop_after_is_a_transport_error_and_the_session_is_stored() -> None:
    async with client(sandbox(fault_drop_after=1.0)) as api:
        with pytest.raises(httpx.RemoteProtocolError) as dropped:
            await api.post("sessions/", json=session(import_id="r2"))
        with pytest.raises(httpx.TransportError):
            await api.get("sessions/", params={"guide": 1})
        after = await stats(api)
    assert isinstance(dropped.value, SandboxConnectionDropped)
    assert after == {
        "requests": [
            {"method": "GET", "path": "/open-api/v1.1/sessions/", "status": 0, "count": 1},
            {"method": "POST", "path": "/open-api/v1.1/sessions/", "status": 0, "count": 1},
        ],
        "sessions": {"1": 1},
        "duplicate_import_ids": {"1": []},
    }


async def test_fault_slow_still_answers_and_takes_effect() -> None:
    async with client(sandbox(fault_slow=1.0, slow_seconds=0.01)) as api:
        response = await api.post("sessions/", json=session())
        assert (await stats(api))["sessions"] == {"1": 1}
    assert response.status_code == 201


async def test_fault_burst_429_has_no_retry_after_and_writes_nothing() -> None:
    async with client(sandbox(fault_burst_429=1.0)) as api:
        response = await api.post("sessions/", json=session())
        assert (await stats(api))["sessions"] == {"1": 0}
    assert (response.status_code, response.json()) == (429, {"detail": "Request was throttled."})
    assert "retry-after" not in response.headers


async def test_latency_and_slow_delay_every_answer_by_their_seconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []

    async def record_wait(seconds: float, receive: Any) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sandbox_middleware, "sleep_unless_disconnected", record_wait)
    async with client(sandbox(latency=0.25, fault_slow=1.0, slow_seconds=7)) as api:
        await api.get("guides/1/")
        await stats(api)
    assert sorted(waits) == [0.25, 7]


async def fault_statuses(app: Any, count: int) -> list[int]:
    statuses = []
    async with client(app) as api:
        for _ in range(count):
            try:
                statuses.append((await api.get("guides/1/")).status_code)
            except httpx.RemoteProtocolError:
                statuses.append(0)
    return statuses


async def test_faults_are_deterministic_with_a_seed_and_reset_replays_them() -> None:
    settings = {"faults": 0.6, "seed": 11, "slow_seconds": 0}
    first = await fault_statuses(sandbox(**settings), 40)
    second_app = sandbox(**settings)
    second = await fault_statuses(second_app, 40)
    async with client(second_app) as api:
        await api.post(f"{HOST}/_sandbox/reset")
    replay = await fault_statuses(second_app, 40)
    other_seed = await fault_statuses(sandbox(**{**settings, "seed": 12}), 40)
    assert first == second == replay
    assert other_seed != first
    assert {0, 200, 429, 502} <= set(first)
    assert set(first) & {500, 503}


def test_faults_spread_over_kinds_not_set_on_their_own() -> None:
    spread = SandboxConfig(faults=0.5, fault_slow=0.0).fault_probabilities()
    assert spread == {"error-before": 0.125, "error-after": 0.125, "drop-after": 0.125,
                      "slow": 0.0, "burst-429": 0.125}
    assert sum(SandboxConfig(faults=0.1).fault_probabilities().values()) == pytest.approx(0.1)
    with pytest.raises(ValueError, match=r"add up to 1\.400"):
        SandboxConfig(faults=0.5, fault_slow=0.9)
    with pytest.raises(ValueError, match="unknown timezone"):
        SandboxConfig(guide_timezone="Mars/Olympus")


async def test_sandbox_routes_are_free_of_faults_limits_and_counting() -> None:
    async with client(sandbox(faults=1.0, daily_budget=0, latency=0), headers={}) as api:
        reset = await api.post(f"{HOST}/_sandbox/reset")
        body = await stats(api)
    assert reset.status_code == 204
    assert body == {"requests": [], "sessions": {"1": 0}, "duplicate_import_ids": {"1": []}}


async def test_stats_have_the_exact_shape() -> None:
    async with client(sandbox()) as api:
        for number in range(3):
            await api.post("sessions/", json=session(import_id=f"r{number}"))
        await api.post("sessions/", json=session(import_id="r1"))
        await api.post("sessions/", json=session(import_id="r1"))
        await api.post("sessions/", json=session(import_id="r2"))
        await api.post("sessions/", json={})
        await api.patch("sessions/2/", json={"name": "Renamed"})
        await api.get("sessions/71/")
        await api.get("sessions/", params={"guide": 1})
        body = await stats(api)
    assert body == {
        "requests": [
            {"method": "GET", "path": "/open-api/v1.1/sessions/", "status": 200, "count": 1},
            {"method": "POST", "path": "/open-api/v1.1/sessions/", "status": 201, "count": 6},
            {"method": "POST", "path": "/open-api/v1.1/sessions/", "status": 400, "count": 1},
            {"method": "GET", "path": "/open-api/v1.1/sessions/{id}/", "status": 404,
             "count": 1},
            {"method": "PATCH", "path": "/open-api/v1.1/sessions/{id}/", "status": 200,
             "count": 1},
        ],
        "sessions": {"1": 6},
        "duplicate_import_ids": {"1": ["r1", "r2"]},
    }


async def test_stats_and_reset_answer_loopback_clients_only() -> None:
    app = sandbox()
    async with client(app, peer="203.0.113.9") as remote:
        responses = [await remote.get(f"{HOST}/_sandbox/stats"),
                     await remote.post(f"{HOST}/_sandbox/reset")]
    assert [r.status_code for r in responses] == [403, 403]
    async with client(app, peer="::1") as local:
        assert (await local.get(f"{HOST}/_sandbox/stats")).status_code == 200


async def test_reset_empties_everything_but_the_guides() -> None:
    clock = FakeClock()
    async with client(sandbox(clock, daily_budget=6)) as api:
        await api.post("schedule-tracks/", json={"guide": 1, "name": "Talks"})
        await api.post("locations/", json={"guide": 1, "name": "Hall", "location_type": 1})
        await api.post("sessions/", json=session(schedule_tracks=[1], locations=[1]))
        await api.post("guides/1/publish/")
        await api.post("guides/1/publish/")
        await api.get("guides/")
        assert (await api.get("guides/")).status_code == 429
        await api.post(f"{HOST}/_sandbox/reset")
        after = await stats(api)
        lists = [(await api.get(c, params={"guide": 1})).json()["count"]
                 for c in ("sessions/", "schedule-tracks/", "locations/")]
        guide = await api.get("guides/1/")
        recreated = (await api.post("sessions/", json=session())).json()
        publish = await api.post("guides/1/publish/")
    assert after == {"requests": [], "sessions": {"1": 0}, "duplicate_import_ids": {"1": []}}
    assert lists == [0, 0, 0]
    assert (guide.status_code, recreated["id"], publish.status_code) == (200, 1, 202)


async def test_file_database_survives_a_restart(tmp_path: Any) -> None:
    db = str(tmp_path / "sandbox.db")
    async with client(sandbox(db=db)) as api:
        await api.post("sessions/", json=session(import_id="kept"))
    async with client(sandbox(db=db, guide_timezone="Europe/Paris")) as api:
        found = (await api.get("sessions/", params={"guide": 1, "import_id": "kept"})).json()
        guide = (await api.get("guides/1/")).json()
    assert [row["import_id"] for row in found["results"]] == ["kept"]
    assert guide["timezone"] == "Europe/Paris"


async def test_file_database_keeps_the_guide_settings_not_given_again(tmp_path: Any) -> None:
    db = str(tmp_path / "sandbox.db")
    guides = []
    for settings in (
        {"guide_timezone": "America/Chicago", "guide_start_date": "2027-05-11",
         "guide_end_date": "2027-05-13"},
        {},
        {"guide_timezone": "Asia/Tokyo"},
        {"guide_end_date": "2027-05-14"},
    ):
        async with client(sandbox(db=db, **settings)) as api:
            guide = (await api.get("guides/1/")).json()
        guides.append((guide["timezone"], guide["start_date"], guide["end_date"]))
    assert guides == [
        ("America/Chicago", "2027-05-11", "2027-05-13"),
        ("America/Chicago", "2027-05-11", "2027-05-13"),
        ("Asia/Tokyo", "2027-05-11", "2027-05-13"),
        ("Asia/Tokyo", "2027-05-11", "2027-05-14"),
    ]


def test_an_end_date_before_the_start_kept_in_the_file_is_refused(tmp_path: Any) -> None:
    """The options' own check sees only the dates given together: an end given alone on a
    restart could fall before the start the file keeps, and the guide was stored so."""
    import typer

    from importer.sandbox.command import sandbox_command

    db = str(tmp_path / "sandbox.db")
    create_app(SandboxConfig(db=db, guide_start_date="2027-05-11",
                             guide_end_date="2027-05-13")).state.sandbox.store.close()
    app = typer.Typer()
    app.command("sandbox")(sandbox_command)
    app.command("other")(lambda: None)
    result = CliRunner().invoke(app, ["sandbox", "--db", db, "--guide-end-date", "2027-01-01",
                                      "--port", "0"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: guide 1 would end on 2027-01-01, before it starts on 2027-05-11 (one date "
        "given now, the other kept in the --db file); give both --guide-start-date and "
        "--guide-end-date.\n"))
    kept = create_app(SandboxConfig(db=db)).state.sandbox.store
    assert (kept.guide(1) or {}).get("end_date") == "2027-05-13"  # rolled back
    kept.close()


def test_sandbox_command_documents_every_option() -> None:
    import typer

    from importer.sandbox.command import sandbox_command

    app = typer.Typer()
    app.command("sandbox")(sandbox_command)
    app.command("other")(lambda: None)
    result = CliRunner().invoke(app, ["sandbox", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--api-key", "--guide-timezone",
                   "--guide-start-date", "--guide-end-date", "--page-size", "--daily-budget",
                   "--day-seconds", "--rate", "--faults", "--fault-error-before",
                   "--fault-error-after", "--fault-drop-after", "--fault-slow",
                   "--fault-burst-429", "--slow-seconds", "--latency", "--seed"):
        assert option in result.output
    bad = CliRunner().invoke(app, ["sandbox", "--guide-timezone", "Mars/Olympus"],
                             env={"COLUMNS": "200"})
    assert bad.exit_code == 2
    assert "--guide-timezone: unknown timezone 'Mars/Olympus'" in bad.output


def test_guide_dates_that_end_before_they_start_are_refused() -> None:
    from pydantic import ValidationError

    from importer.sandbox.command import first_error

    with pytest.raises(ValidationError) as caught:
        SandboxConfig(guide_start_date="2027-05-13", guide_end_date="2027-05-11")
    assert first_error(caught.value) == (
        "--guide-end-date: 2027-05-11 is before the start date 2027-05-13"
    )
    one_day = SandboxConfig(guide_start_date="2027-05-13", guide_end_date="2027-05-13")
    assert one_day.guide_end_date == one_day.guide_start_date


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing-folder/sandbox.db", None, "unable to open database file"),
        ("schedule.xlsx", b"PK\x03\x04 not a database" * 10, "file is not a database"),
    ],
)
def test_sandbox_command_names_a_db_file_it_cannot_open(
    tmp_path: Any, name: str, content: bytes | None, reason: str
) -> None:
    import typer

    from importer.sandbox.command import sandbox_command

    db = tmp_path / name
    if content is not None:
        db.write_bytes(content)
    app = typer.Typer()
    app.command("sandbox")(sandbox_command)
    app.command("other")(lambda: None)
    result = CliRunner().invoke(app, ["sandbox", "--port", "0", "--db", str(db)])
    assert (result.exit_code, result.output) == (
        2, f"error: cannot open --db {db}: {reason}; give a new file in an existing folder, "
           "or one a sandbox wrote.\n"
    )


def test_a_request_is_counted_before_its_answer_has_arrived() -> None:
    """A client holding the answer reads stats that count its request: a run's last request
    was at times missing from the stats a test read right after it."""
    app = create_app(SandboxConfig())
    counted_at_answer: list[list[dict[str, Any]]] = []

    async def noting_the_count(scope: Any, receive: Any, send: Any) -> None:
        async def send_on(message: Any) -> None:
            if message["type"] == "http.response.body" and not message.get("more_body"):
                counted_at_answer.append(app.state.sandbox.requests.as_list())
            await send(message)

        await app(scope, receive, send_on)

    async def ask() -> int:
        transport = httpx.ASGITransport(app=noting_the_count)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
            response = await http.get("/open-api/v1.1/guides/", headers=AUTH)
            return response.status_code

    assert asyncio.run(ask()) == 200
    assert counted_at_answer == [
        [{"method": "GET", "path": "/open-api/v1.1/guides/", "status": 200, "count": 1}]]
