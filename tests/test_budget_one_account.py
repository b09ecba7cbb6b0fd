"""The requests runs spent are counted per account, and an account is its API host however
the URL spells it: a sandbox reached as localhost and as 127.0.0.1 is one, and Guidebook's
own host with its default port or in capitals is Guidebook's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from importer.images import SavedState
from importer.runner import plan_import

from .support import Sandbox, talk, write_sheet

NOW = datetime(2027, 5, 11, 12, 0, tzinfo=UTC)
GUIDEBOOK = "https://builder.guidebook.com/open-api/v1.1/"


def test_a_plan_through_localhost_counts_a_run_through_127_0_0_1(tmp_path: Path) -> None:
    """A run recorded its requests under one spelling of the sandbox; a plan through the
    other said no earlier run had spent anything."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    spent = sandbox.run(sheet).requests_spent
    as_localhost = sandbox.settings.api_url.replace("127.0.0.1", "localhost")
    plan = plan_import(sheet, sandbox.settings.model_copy(update={"api_url": as_localhost}),
                       transport=sandbox.transport())
    assert plan.spent_earlier == spent > 0


@pytest.mark.parametrize(("first", "second"), [
    ("http://127.0.0.1:8950/open-api/v1.1/", "http://localhost:8950/open-api/v1/"),
    ("http://127.0.0.1:8950/open-api/v1.1/", "http://[::1]:8950/open-api/v1.1"),
    ("http://localhost/open-api/v1.1/", "http://127.0.0.1:80/open-api/v1.1/"),
    (GUIDEBOOK, "https://Builder.Guidebook.com:443/open-api/v1.1"),
    ("https://staging.example.org:8443/api/", "https://STAGING.example.org:8443/api"),
])
def test_one_service_spelt_two_ways_is_one_record(tmp_path: Path, first: str,
                                                  second: str) -> None:
    path = tmp_path / "state.json"
    state = SavedState(path, 1, first)
    state.record_spent(30, NOW - timedelta(hours=1))
    state.save()
    assert SavedState(path, 1, second).spent_since(NOW) == 30
    assert list(json.loads(path.read_text(encoding="utf-8"))) == [state.guide]


def test_other_ports_and_hosts_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = SavedState(path, 1, "http://127.0.0.1:8950/open-api/v1.1/")
    state.record_spent(30, NOW - timedelta(hours=1))
    state.save()
    for other in ("http://127.0.0.1:8951/open-api/v1.1/", GUIDEBOOK,
                  "https://staging.example.org/open-api/v1.1/"):
        assert SavedState(path, 1, other).spent_since(NOW) == 0


def test_keys_an_older_file_spelt_apart_are_read_as_one(tmp_path: Path) -> None:
    """A file from before kept the URL's spelling: its two entries for one sandbox, and
    Guidebook's with its default port, are one entry each now, nothing of them lost."""
    path = tmp_path / "state.json"
    one, two = (NOW - timedelta(hours=3)).isoformat(), (NOW - timedelta(hours=2)).isoformat()
    path.write_text(json.dumps({
        "1 at localhost:8950": {"images": {"a": "1" * 64}, "spent": [[two, 20]],
                                "left_told": ["x-2"]},
        "1 at 127.0.0.1:8950": {"images": {"b": "2" * 64}, "spent": [[one, 10]],
                                "unpublished": True},
        "1 at builder.guidebook.com:443": {"images": {}, "spent": [[one, 7]]},
    }), encoding="utf-8")
    sandbox = SavedState(path, 1, "http://localhost:8950/open-api/v1.1/")
    assert sandbox.spent_since(NOW) == 30
    assert (sandbox.sent("a"), sandbox.sent("b")) == ("1" * 64, "2" * 64)
    assert sandbox.unpublished and sandbox.left_told() == {"x-2"}
    assert SavedState(path, 1, GUIDEBOOK).spent_since(NOW) == 7
    sandbox.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "1 at 127.0.0.1:8950": {"images": {"a": "1" * 64, "b": "2" * 64},
                                "spent": [[one, 10], [two, 20]], "left_told": ["x-2"],
                                "unpublished": True},
        "1": {"images": {}, "spent": [[one, 7]]},
    }
