"""The sandbox under a real uvicorn on 127.0.0.1, through `running_sandbox`."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from importer.sandbox import SandboxConfig, running_sandbox

pytestmark = pytest.mark.e2e

SESSION = {"guide": 1, "name": "Keynote", "start_time": "2024-05-02T09:00:00Z"}


def api_client(base_url: str, api_key: str, timeout: float = 5.0) -> httpx.Client:
    return httpx.Client(
        base_url=base_url, headers={"Authorization": f"JWT {api_key}"}, timeout=timeout
    )


def test_create_list_and_a_dropped_connection_over_real_http() -> None:
    with running_sandbox(SandboxConfig(page_size=2)) as sandbox:
        assert sandbox.base_url == f"{sandbox.root_url}open-api/v1.1/"
        assert sandbox.root_url.startswith("http://127.0.0.1:")
        with api_client(sandbox.base_url, sandbox.api_key) as api:
            created = [api.post("sessions/", data={**SESSION, "import_id": f"r{n}"})
                       for n in range(3)]
            first_page = api.get("sessions/", params={"guide": 1}).json()
            second_page = api.get(first_page["next"]).json()
        assert [r.status_code for r in created] == [201, 201, 201]
        assert first_page["next"] == f"{sandbox.base_url}sessions/?guide=1&page=2"
        assert [s["import_id"] for s in first_page["results"] + second_page["results"]] == [
            "r0", "r1", "r2"
        ]
        assert sandbox.stats()["sessions"] == {"1": 3}
        sandbox.reset()
        assert sandbox.stats() == {
            "requests": [], "sessions": {"1": 0}, "duplicate_import_ids": {"1": []}
        }

    with running_sandbox(SandboxConfig(fault_drop_after=1.0)) as sandbox:
        with (
            api_client(sandbox.base_url, sandbox.api_key) as api,
            pytest.raises(httpx.RemoteProtocolError),
        ):
            api.post("sessions/", json={**SESSION, "import_id": "dropped"})
        with httpx.Client() as plain:
            stats = plain.get(f"{sandbox.root_url}_sandbox/stats").json()
        assert stats == {
            "requests": [
                {"method": "POST", "path": "/open-api/v1.1/sessions/", "status": 0, "count": 1}
            ],
            "sessions": {"1": 1},
            "duplicate_import_ids": {"1": []},
        }


def test_a_slow_answer_times_out_the_client_but_the_session_is_stored() -> None:
    config = SandboxConfig(fault_slow=1.0, slow_seconds=30)
    with running_sandbox(config) as sandbox:
        with (
            api_client(sandbox.base_url, sandbox.api_key, timeout=0.2) as api,
            pytest.raises(httpx.ReadTimeout),
        ):
            api.post("sessions/", json=SESSION)
        assert sandbox.stats()["sessions"] == {"1": 1}


def test_the_command_prints_url_and_key_then_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    launcher = (
        "import typer; from importer.sandbox.command import sandbox_command; "
        "typer.run(sandbox_command)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", launcher, "--port", "0", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        key_line = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/open-api/v1\.1/", base_url)
        assert key_line == "API key: sandbox-key"
        with api_client(base_url, "sandbox-key") as api:
            assert api.post("sessions/", json=SESSION).status_code == 201
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Sandbox stopped." in errors
    assert "Traceback" not in errors
    assert db.exists()


def serve_once(*options: str) -> tuple[list[str], str]:
    """Start `gbimport sandbox --port 0 OPTIONS`, read its stdout, stop it with Ctrl-C."""
    launcher = (
        "import typer; from importer.sandbox.command import sandbox_command; "
        "typer.run(sandbox_command)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", launcher, "--port", "0", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(2)]
        with api_client(lines[0], "sandbox-key") as api:  # serving: every line is out
            assert api.get("guides/").status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0
    port = re.search(r":(\d+)/", lines[0])
    assert port is not None
    return lines, errors.replace(f"127.0.0.1:{port.group(1)}/", "127.0.0.1:PORT/")


def test_the_command_names_the_guide_to_use_and_where_the_data_lives(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    first = serve_once("--db", str(db), "--guide-timezone", "America/Chicago")
    restarted = serve_once("--db", str(db))
    in_memory = serve_once()
    keys = [lines[1] for lines, _ in (first, restarted, in_memory)]
    assert keys == ["API key: sandbox-key"] * 3
    stats = ("Rehearse in another window: GUIDEBOOK_API_KEY=sandbox-key gbimport plan "
             "schedule.xlsx --guide 1 --api-url http://127.0.0.1:PORT/open-api/v1.1/ (then the "
             "same with run)\n"
             "Stats: http://127.0.0.1:PORT/_sandbox/stats   (Ctrl-C stops the sandbox)\n")
    assert [errors for _, errors in (first, restarted, in_memory)] == [
        f"Guide: 1 (America/Chicago); data kept in {db} across restarts\n{stats}"
        "Sandbox stopped.\n",
        f"Guide: 1 (America/Chicago); data kept in {db} across restarts\n{stats}"
        "Sandbox stopped.\n",
        "Guide: 1 (UTC); data in memory, gone when the sandbox stops (--db FILE keeps it)\n"
        f"{stats}Sandbox stopped.\n",
    ]


def test_a_dropped_delete_is_a_transport_error_though_its_answer_has_no_body() -> None:
    with running_sandbox(SandboxConfig(fault_drop_after=1.0)) as sandbox:
        with api_client(sandbox.base_url, sandbox.api_key) as api:
            with pytest.raises(httpx.RemoteProtocolError):
                api.post("sessions/", json=SESSION)
            with pytest.raises(httpx.RemoteProtocolError):
                api.delete("sessions/1/")
        with httpx.Client() as plain:
            stats = plain.get(f"{sandbox.root_url}_sandbox/stats").json()
    assert stats == {
        "requests": [
            {"method": "POST", "path": "/open-api/v1.1/sessions/", "status": 0, "count": 1},
            {"method": "DELETE", "path": "/open-api/v1.1/sessions/{id}/", "status": 0,
             "count": 1},
        ],
        "sessions": {"1": 0},
        "duplicate_import_ids": {"1": []},
    }


def test_lists_honour_only_the_filters_and_orderings_the_reference_documents() -> None:
    """Locations filter on guide and location_type only, and only sessions sort: a filter or
    an ordering the reference does not document is ignored, as DRF ignores one it does not
    know, so a client that relied on one here would fail on Guidebook too."""
    with (
        running_sandbox() as sandbox,
        api_client(sandbox.base_url, sandbox.api_key) as api,
    ):
        for name in ("Venue", "Room A", "Room B"):
            api.post("locations/", json={"guide": 1, "name": name,
                                         "location_type": 1 if name == "Venue" else 2})
        for name in ("Talks", "Labs"):
            api.post("schedule-tracks/", json={"guide": 1, "name": name})
        for name in ("early", "late"):
            api.post("sessions/", json={**SESSION, "name": name})

        def names(collection: str, **params: object) -> list[str]:
            response = api.get(collection, params={"guide": 1, **params})
            assert response.status_code == 200
            return [row["name"] for row in response.json()["results"]]

        found = {
            "locations id=2": names("locations/", id=2),
            "locations location_type=2": names("locations/", location_type=2),
            "locations ordering=-id": names("locations/", ordering="-id"),
            "tracks id=2": names("schedule-tracks/", id=2),
            "tracks ordering=-id": names("schedule-tracks/", ordering="-id"),
            "sessions ordering=-id": names("sessions/", ordering="-id"),
        }
    assert found == {
        "locations id=2": ["Venue", "Room A", "Room B"],
        "locations location_type=2": ["Room A", "Room B"],
        "locations ordering=-id": ["Venue", "Room A", "Room B"],
        "tracks id=2": ["Labs"],
        "tracks ordering=-id": ["Talks", "Labs"],
        "sessions ordering=-id": ["late", "early"],
    }
