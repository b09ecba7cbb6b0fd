"""A planner's first `validate` of a sheet with columns of their own ('Day', 'From', 'Talk')
was refused as 'mapping guidebook-template needs 5 columns ... for fields.start', with the
advice to fix the mapping's column names or mark fields.locations optional, a mapping the
planner never wrote; the step that fits, draft-mapping, came last. When the sheet has none of
the template's columns, the message now says so and leads with that step."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import validate_file
from importer.errors import MappingError

# What a sheet of its own columns, read without a mapping, is told (a regular expression).
NONE_OF_THE_TEMPLATE = "the sheet has none of the columns of Guidebook's import template"


def _sheet(path: Path, header: str) -> Path:
    path.write_text(f"{header}\n5/11/2027,9am,9:45,Welcome,Main Hall\n", encoding="utf-8")
    return path


def test_a_sheet_of_its_own_columns_is_sent_to_draft_mapping_first(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path / "programme.csv", "Day,From,To,Talk,Where")
    with pytest.raises(MappingError) as refused:
        validate_file(sheet)
    assert str(refused.value) == (
        f"{sheet}: the sheet has none of the columns of Guidebook's import template "
        "('Session Title', 'Date', 'Time Start', 'Time End', 'Room/Location'), which is read "
        "without a mapping; its columns are 'Day', 'From', 'To', 'Talk', 'Where'. For columns "
        "of your own, draft a mapping from them: "
        f"gbimport draft-mapping {sheet} -o my-mapping.toml, then give --mapping "
        "my-mapping.toml to each command.")


def test_a_sheet_with_some_template_columns_still_gets_the_column_fixes(
        tmp_path: Path) -> None:
    """The columns it lacks are named, draft-mapping first, as none has a likely header."""
    sheet = _sheet(tmp_path / "programme.csv", "Date,From,To,Session Title,Where")
    with pytest.raises(MappingError, match=r"the sheet lacks 'Time Start', 'Time End' and "
                       r"'Room/Location' of the columns .* For columns of your own, draft a "
                       r"mapping from them: .* To read the sheet as the template, add columns "
                       r"headed 'Time Start', 'Time End' and 'Room/Location'\.$"):
        validate_file(sheet)
