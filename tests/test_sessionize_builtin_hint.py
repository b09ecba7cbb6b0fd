"""A Sessionize export read with the default mapping (no --mapping): the error named the
template's columns it lacks and offered draft-mapping, whose draft reads the export less
well than the shipped `sessionize` mapping (no speakers, no skip_unscheduled); it names
that mapping now."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.validate import validate_file
from tests.test_realworld_shapes_sessionize import (
    HEADER,
    LAGOS_HEADER,
    co_presenter,
    lagos_row,
    session,
)
from tests.test_validate import write_csv


def test_the_default_mapping_names_the_built_in_one_a_sessionize_export_fits(
        tmp_path: Path) -> None:
    path = write_csv(tmp_path, HEADER, [
        session("1270736", "Panel on rivers", "Cy Doe", "Hall B", "12 Jul 2027 11:00 AM", "60"),
        co_presenter("1270736", "Dale", "Field")])
    with pytest.raises(MappingError) as raised:
        validate_file(path)
    listed = ", ".join(map(repr, HEADER))
    assert str(raised.value) == (
        f"{path}: mapping 'guidebook-template' needs 5 columns the sheet does not have: "
        "'Session Title' for fields.name (did you mean 'Title'?), 'Date' for "
        "fields.start, 'Time Start' for fields.start, 'Time End' for fields.end, "
        f"'Room/Location' for fields.locations. The sheet's columns are: {listed}. Fix the "
        "column names in the mapping or the sheet, or mark fields.locations optional = true; "
        "or read it with the built-in mapping made for such sheets: --mapping sessionize; or, "
        "for a sheet laid out another way, draft a mapping from its own columns: gbimport "
        f"draft-mapping {path} -o my-mapping.toml.")


def test_a_sheet_lacking_a_column_the_built_in_needs_is_not_offered_it(tmp_path: Path) -> None:
    header = [h for h in HEADER if h != "Room"]
    path = write_csv(tmp_path, header, [
        [c for h, c in zip(HEADER, session("1", "Panel", "Cy Doe", "Hall B", "12 Jul 2027 "
                                           "11:00 AM", "60"), strict=True) if h != "Room"]])
    with pytest.raises(MappingError) as raised:
        validate_file(path)
    assert "--mapping sessionize" not in str(raised.value)


def test_an_export_without_session_ids_is_offered_the_built_in_mapping(tmp_path: Path) -> None:
    """An export whose event left 'Session Id' out: the default mapping's error, and the
    draft, name --mapping sessionize, which now reads it (ids derived)."""
    path = write_csv(tmp_path, LAGOS_HEADER, [
        lagos_row("Docs that work", "Ana", "Uma", "Ruby Hall", "18 Jul 2025 10:35 AM", "10")])
    with pytest.raises(MappingError, match="--mapping sessionize"):
        validate_file(path)
    assert ("# The built-in mapping 'sessionize' reads this sheet as it is: --mapping "
            "sessionize." in draft_mapping(path).text)
