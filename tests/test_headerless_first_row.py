"""A CSV saved without its header, whose first row is a session with no time in it (a title,
a room, a day name, a date in words): it was taken for the header, the session lost and the
mapping told it lacks every column. Where the mapping finds none of its columns in that row
and a name in it is what the rows under it hold, the error says the file seems to have no
header row and how to add one; a sheet the mapping fits is never asked. draft-mapping
stops the same way where that row names no field."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import plan_import, validate_file
from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import InputError, MappingError
from importer.mapping import load_mapping
from tests.support import Sandbox
from tests.test_walk_planner7_own_columns import NONE_OF_THE_TEMPLATE


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "programme.csv"
    path.write_text(text, encoding="utf-8")
    return path


# The columns the built-in template requires.
TEMPLATE_COLUMNS = "Session Title, Date, Time Start, Time End and Room/Location"
FIX = ("Add a row above it naming each column, in the file's order, as the mapping names "
       "them: it needs {} (the mapping names the optional ones).")


def _said(path: Path, cells: str, found: str, columns: str = TEMPLATE_COLUMNS) -> str:
    one = " and " not in found
    return (f"{path} seems to have no header row: row 1, read as the header, holds {cells}, "
            f"and {found} {'is' if one else 'are'} what the rows under "
            f"{'it' if one else 'them'} hold (a room, a day, a date), not columns' names: that "
            "row is a session, and would be lost. " + FIX.format(columns))


@pytest.mark.parametrize(("text", "cells", "found"), [
    ("Opening keynote,Hall A,Monday\nSecurity talk,Hall B,Monday\nLunch,Foyer,Tuesday\n",
     "'Opening keynote', 'Hall A', 'Monday'", "'Monday'"),
    ("Opening keynote,Hall A,May 11 2027\nSecurity talk,Hall A,May 12 2027\n",
     "'Opening keynote', 'Hall A', 'May 11 2027'", "'Hall A' and 'May 11 2027'"),
    ("Opening keynote,Hall A,Monday\nSecurity talk,Hall B,Tuesday\n",
     "'Opening keynote', 'Hall A', 'Monday'", "'Monday'")])
def test_a_first_row_of_data_without_times_is_said_to_be_no_header(
        tmp_path: Path, text: str, cells: str, found: str) -> None:
    path = _csv(tmp_path, text)
    with pytest.raises(InputError) as refused:
        validate_file(path)
    assert str(refused.value) == _said(path, cells, found)


@pytest.mark.parametrize("text", [
    # A header of its own, laid out another way: the columns the mapping lacks, as before.
    "Talk,Hall,Day\nOpening keynote,Hall A,Monday\nSecurity talk,Hall A,Monday\n",
    # A column per day: days for names, over titles.
    "Time,Monday,Tuesday\n9:00,Keynote,Panel\n10:00,Talk,Talk 2\n",
    # The header written again over the next day's rows.
    "Talk,Hall,Day\nOpening keynote,Hall A,Monday\nTalk,Hall,Day\nSecurity,Hall A,Tuesday\n"])
def test_a_real_header_the_mapping_does_not_fit_is_told_the_columns_it_lacks(
        tmp_path: Path, text: str) -> None:
    with pytest.raises(MappingError, match=NONE_OF_THE_TEMPLATE):
        validate_file(_csv(tmp_path, text))


def test_the_fix_names_the_columns_of_the_mapping_given(tmp_path: Path) -> None:
    """Read with Sessionize's mapping, the row to add is headed as that mapping reads it, so
    the names can be pasted above the first session."""
    path = _csv(tmp_path, "Opening keynote,Hall A,Monday\nSecurity talk,Hall B,Monday\n")
    with pytest.raises(InputError) as refused:
        validate_file(path, mapping=load_mapping("sessionize"))
    assert str(refused.value) == _said(
        path, "'Opening keynote', 'Hall A', 'Monday'", "'Monday'",
        "Title, Scheduled At, Scheduled Duration and Room")


def test_a_first_row_with_a_time_is_told_the_mapping_columns_too(tmp_path: Path) -> None:
    """A first session holding its date was refused by the header search with a schedule's
    usual names; read with a mapping, it names the mapping's."""
    path = _csv(tmp_path, "Keynote,5/11/2027,9:00,Hall A\nPanel,5/11/2027,10:00,Hall B\n")
    with pytest.raises(InputError) as refused:
        validate_file(path, mapping=load_mapping("sessionize"))
    assert str(refused.value) == (
        f"{path} has no header row: row 1, its first, holds '5/11/2027', a session's time or "
        "date, not a column's name. "
        + FIX.format("Title, Scheduled At, Scheduled Duration and Room"))


@pytest.mark.parametrize("text", [
    "Opening keynote,Hall A,Monday\nSecurity talk,Hall B,Monday\n",
    "Keynote,5/11/2027,9:00,Hall A\nPanel,5/11/2027,10:00,Hall B\n"])
def test_plan_names_the_columns_of_the_mapping_too(tmp_path: Path, text: str) -> None:
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"mapping": "sessionize"})
    with pytest.raises(InputError) as refused:
        plan_import(_csv(tmp_path, text), settings, transport=sandbox.transport())
    assert str(refused.value).endswith(
        FIX.format("Title, Scheduled At, Scheduled Duration and Room"))


def test_draft_mapping_stops_at_a_first_row_of_data_with_a_usual_header(
        tmp_path: Path) -> None:
    """draft-mapping took the session for the header and drafted a mapping reading its
    cells as columns ('Opening keynote' for the title); it stops as validate does, asking
    for a schedule's usual names, as it has no mapping to name."""
    path = _csv(tmp_path, "Opening keynote,Hall A,Monday\nSecurity talk,Hall B,Monday\n")
    said = _said(path, "'Opening keynote', 'Hall A', 'Monday'", "'Monday'", "")
    said = said.replace(FIX.format(""), "Add a row above it naming each column "
                        "(Title, Date, Start, End, Room...).")
    with pytest.raises(InputError) as refused:
        draft_mapping(path)
    assert str(refused.value) == said
    result = CliRunner().invoke(app, ["draft-mapping", str(path)])
    assert (result.exit_code, "Traceback" in result.output) == (2, False)
    assert " ".join(result.output.split()) == f"error: {said}"


@pytest.mark.parametrize("text", [
    # Headed by names the draft does not know, none of them a cell under it.
    "Foo,Bar,Baz\nOpening keynote,Hall A,Monday\nSecurity talk,Hall A,Monday\n",
    # A header naming a field (a talk), its cells repeated under other names.
    "Talk,Hall,Monday\nOpening keynote,Hall A,Monday\nSecurity talk,Hall A,Monday\n"])
def test_draft_mapping_drafts_from_a_header_not_read_as_a_session(
        tmp_path: Path, text: str) -> None:
    assert draft_mapping(_csv(tmp_path, text)).text.startswith("# Drafted by")
