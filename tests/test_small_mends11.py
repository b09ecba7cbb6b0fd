"""Small mends to the first steps: a sheet read without --mapping beside several mappings
that read it names each of them, not the first in sort order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_walk_planner8_drafted_mapping_here import MAPPING, REFUSED, _refusal, _sheet


def test_each_mapping_that_reads_the_sheet_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stale copy sorts before the edited draft: naming it alone sent the planner to the
    mapping without their edits."""
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    (tmp_path / "a-old.toml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "b-mapping.toml").write_text(
        MAPPING.replace("America/Chicago", "America/New_York"), encoding="utf-8")
    (tmp_path / "c-other-event.toml").write_text(MAPPING.replace('"Venue"', '"Room"'),
                                                 encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mappings a-old.toml and b-mapping.toml each read them: "
        "give --mapping with the one made for this sheet to each command.")


def test_many_that_read_it_are_named_a_few_and_counted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _sheet(tmp_path)
    for name in ("v1", "v2", "v3", "v4", "v5"):
        (tmp_path / f"{name}.toml").write_text(MAPPING, encoding="utf-8")
    assert _refusal("schedule.csv") == (
        f"schedule.csv: {REFUSED}The mappings v1.toml, v2.toml, v3.toml and 2 more each read "
        "them: give --mapping with the one made for this sheet to each command.")
