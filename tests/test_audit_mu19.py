"""Sessions left in the guide told once, the state file's record of them, a first row of
data read as the header, and a time range in a datetime column: cases the tests beside
each feature left open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer import validate_file
from importer.draft import draft_mapping
from importer.errors import ConfigError, InputError, MappingError
from importer.images import SavedState
from importer.zones import resolve_timezone
from tests.support import Sandbox, talk, write_sheet

STATE = ".gbimport-state.json"


def test_two_sessions_left_at_once_are_told_of_in_the_plural(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = tmp_path / "talks.csv"
    sandbox.run(write_sheet(sheet, [talk(n) for n in (1, 2, 3)]))

    report = sandbox.run(write_sheet(sheet, [talk(3)]))

    assert report.notes_to_act_on == [
        "'Talk number 1' (sheet:T001), 'Talk number 2' (sheet:T002) are no longer in the "
        "sheet, but their sessions stay in the app: delete them with a run given --prune (or "
        "in the sandbox); later runs list such sessions in the summary file alone"]


def test_a_sheet_without_a_prefix_keeps_what_another_sheet_was_told(tmp_path: Path) -> None:
    """A second sheet into the guide, whose mapping gives no import_id_prefix, shares the
    state file: its run must not forget the first sheet's told sessions, or the next night
    would tell them again."""
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "no-prefix.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = ""'), encoding="utf-8")
    sandbox = Sandbox()
    first = tmp_path / "day1.csv"
    sandbox.run(write_sheet(first, [talk(1), talk(2)]))
    assert sandbox.run(write_sheet(first, [talk(2)])).notes_to_act_on != []
    with_prefix = sandbox.settings
    sandbox.settings = with_prefix.model_copy(update={"mapping": str(mapping)})
    sandbox.run(write_sheet(tmp_path / "day2.csv", [talk(5)]))
    sandbox.settings = with_prefix

    assert sandbox.run(first).notes_to_act_on == []


def test_a_state_file_naming_told_sessions_wrongly_is_read_for_its_ids(tmp_path: Path) -> None:
    """A state file edited by hand (a number among the ids) still loads: its ids stand."""
    path = tmp_path / STATE
    state = SavedState(path, 1)
    state.tell_left(["sheet:K1"], "sheet:")
    state.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    [entry] = data.values()
    entry["left_told"] = [7, "sheet:K1", None]
    path.write_text(json.dumps(data), encoding="utf-8")

    again = SavedState(path, 1)
    again.tell_left(["sheet:K2"], "day2:")
    assert again.left_told() == {"sheet:K1", "sheet:K2"}


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "programme.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "found"), [
    # A date in words over one in figures, the rooms all different.
    ("Opening keynote,Hall B,May 11 2027\nSecurity talk,Hall A,5/12/2027\n", "'May 11 2027'"),
    # A room repeated further down than the next row.
    ("Opening keynote,Hall A,Intro\nSecurity talk,Hall B,Deep dive\nPanel,Hall A,Q&A\n",
     "'Hall A'"),
])
def test_a_first_row_of_data_is_told_by_any_of_its_cells(
        tmp_path: Path, text: str, found: str) -> None:
    path = _csv(tmp_path, text)
    with pytest.raises(InputError, match="seems to have no header row") as refused:
        validate_file(path)
    assert f"and {found} is what the rows under it hold" in str(refused.value)


def test_a_header_naming_a_column_of_the_mapping_is_a_header(tmp_path: Path) -> None:
    """'Session Title' is a column the mapping reads: the row is a header that lacks the
    others, though its day's name is a day over days (the only one of the template's, it
    is told so, and sent to draft-mapping)."""
    path = _csv(tmp_path, "Session Title,Monday\nKeynote,Tuesday\nPanel,Wednesday\n")
    with pytest.raises(MappingError, match="the sheet has only 'Session Title' of the columns "
                       "of Guidebook's import template"):
        validate_file(path)


def test_a_namesake_placed_by_a_zones_name_alone_gets_the_general_hint() -> None:
    """Damascus, Oregon: the city is placed by Asia/Damascus's name (no table of cities
    has it), and Oregon keeps none of its clocks: not Syria's zone by its spelling."""
    with pytest.raises(ConfigError) as refused:
        resolve_timezone("Damascus, OR")
    assert str(refused.value).endswith(
        ": write it as a region and a city, like 'America/Chicago' or 'Europe/London'.")
    assert "Asia/Damascus" not in str(refused.value)


def test_a_draft_names_two_of_many_dates_not_fixed_and_skips_them_all(tmp_path: Path) -> None:
    """Three words for a date not fixed yet: two are named, as an example, and blank_values
    gets all three, spaces around a cell left out."""
    path = _csv(tmp_path, "Title,Date,Start,End,Room\n"
                          "Keynote,5/11/2027,9:00,10:00,Hall A\n"
                          "Talk B, TBA ,,,Hall B\n"
                          "Talk C,TBD,,,Hall A\n"
                          "Talk D,TBC,,,Hall A\n")
    [note] = [line for line in draft_mapping(path).text.splitlines() if "not fixed yet" in line]
    assert note.startswith("# 'Date' gives some sessions a date not fixed yet ('TBA', 'TBD'): "
                           'to send nothing for those until they have one, add blank_values = '
                           '["TBA", "TBD", "TBC"] and skip_unscheduled = true')
