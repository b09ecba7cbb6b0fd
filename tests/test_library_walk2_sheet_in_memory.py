"""An app that embeds gbimport holds a planner's upload in memory (bytes, a BytesIO, a
SpooledTemporaryFile, a DataFrame) and hands it over as it is. The API reads a sheet from its
path: it says so, and how to save the upload, in a TypeError raised before anything is read
or sent, instead of Path()'s `expected str, bytes or os.PathLike object`."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from importer import (
    draft_mapping,
    load_sheet,
    plan_import,
    publish_guide,
    run_import,
    validate_file,
    write_issues,
    write_report,
)
from tests.support import Sandbox, talk, write_sheet

SAVE_IT = (
    "save it to a file named with its type's extension (.csv, .xlsx, .ods, .xls: the type is "
    "told by it), as tempfile.NamedTemporaryFile(suffix='.xlsx', delete=False) makes, and "
    "pass that file's path.")


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[dict[str, tuple[Any, str]]]:
    """One sheet's upload as a web framework hands it over, with the words that name it."""
    data = write_sheet(tmp_path / "schedule.csv", [talk(1)]).read_bytes()
    with tempfile.SpooledTemporaryFile() as spooled:
        spooled.write(data)
        spooled.seek(0)
        yield {
            "bytes": (data, "bytes"),
            "BytesIO": (io.BytesIO(data), "a BytesIO"),
            "SpooledTemporaryFile": (spooled, "a SpooledTemporaryFile"),
        }


def _refusal(what: str, how: str = SAVE_IT) -> str:
    return (f"gbimport reads a spreadsheet from a file's path (a str or pathlib.Path), not "
            f"from {what}: {how}")


@pytest.mark.parametrize("kind", ["bytes", "BytesIO", "SpooledTemporaryFile"])
def test_an_upload_in_memory_is_refused_saying_how_to_give_it(
    uploads: dict[str, tuple[Any, str]], kind: str,
) -> None:
    upload, what = uploads[kind]
    calls: list[Callable[[], object]] = [
        lambda: validate_file(upload, timezone="America/Chicago"),
        lambda: load_sheet(upload),
        lambda: draft_mapping(upload),
    ]
    for call in calls:
        with pytest.raises(TypeError) as raised:
            call()
        assert str(raised.value) == _refusal(what)


def test_a_dataframe_is_told_to_be_written_as_csv(tmp_path: Path) -> None:
    frame = pd.read_csv(write_sheet(tmp_path / "schedule.csv", [talk(1)]))
    with pytest.raises(TypeError) as raised:
        validate_file(frame)
    assert str(raised.value) == _refusal(
        "a DataFrame", "write it to a .csv file first (df.to_csv(path, index=False)) and pass "
        "that file's path.")


def test_plan_run_and_publish_refuse_it_before_any_request(
    uploads: dict[str, tuple[Any, str]],
) -> None:
    sandbox = Sandbox()
    upload, what = uploads["BytesIO"]
    settings, transport = sandbox.settings, sandbox.transport()
    calls: list[Callable[[], object]] = [
        lambda: plan_import(upload, settings, transport=transport),
        lambda: run_import(upload, settings, transport=transport),
        lambda: publish_guide(settings, transport=transport, sheet=upload),
    ]
    for call in calls:
        with pytest.raises(TypeError) as raised:
            call()
        assert str(raised.value) == _refusal(what)
    assert sandbox.stats()["requests"] == []


def test_a_report_asked_for_in_a_stream_is_told_to_go_through_a_file(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "schedule.csv", [talk(1), talk(2, **{"Date": "5/32/2027"})])
    sandbox = Sandbox()
    report = sandbox.run(sheet)
    issues = validate_file(sheet, timezone="America/Chicago").issues
    told = []
    for write in [lambda: write_report(report, io.BytesIO()),
                  lambda: write_issues(issues, io.BytesIO())]:
        with pytest.raises(TypeError) as raised:
            write()
        told.append(str(raised.value))
    assert told == [
        f"gbimport writes the {what} to a file's path (a str or pathlib.Path), not to a BytesIO: "
        "write it in a folder of its own (tempfile.TemporaryDirectory()) and send the file "
        "from there." for what in ("report", "issue list")]
