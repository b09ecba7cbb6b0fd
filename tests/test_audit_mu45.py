"""Inputs the newest features met first in use: a mapping's syntax slips on lines the
common cases do not look like."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError, MappingError
from importer.mapping import load_mapping
from importer.plan import Plan
from importer.runner import plan_import
from importer.settings import load_settings
from tests.support import Sandbox, talk, write_sheet
from tests.test_mapping_by_hand import MINIMAL
from tests.test_walk_builder_edits2 import about_ids, change_import_id_in_builder, sandbox_delete

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2VjcmV0LXNpZ25hdHVyZQ"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages name the mapping as given: x.toml


def _refusal(tmp_path: Path, text: str) -> str:
    (tmp_path / "x.toml").write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping("x.toml")
    return str(caught.value)


def test_a_value_left_out_before_a_comment_is_a_refusal_not_a_crash(tmp_path: Path) -> None:
    message = _refusal(tmp_path, MINIMAL + "[fields.locations]\ncolumn = # the room\n")
    assert message == ("x.toml:10: not valid TOML (Invalid value at column 10); "
                       "write a value after the =, before any #")


@pytest.mark.parametrize("secret", [JWT, "gbk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0"])
def test_an_api_key_pasted_without_quotes_is_not_repeated(tmp_path: Path, secret: str) -> None:
    message = _refusal(tmp_path, f"api_key = {secret}\n" + MINIMAL)
    assert message == ("x.toml:1: not valid TOML (Invalid value at column 11); "
                       "put the text in quotes")


def test_a_long_line_without_quotes_is_not_repeated_whole(tmp_path: Path) -> None:
    abstract = "The talk covers " + "many things " * 40
    message = _refusal(tmp_path, MINIMAL + f'[fields.description]\ncolumn = {abstract}\n')
    assert message.endswith("at column 10); put the text in quotes")


def test_a_list_item_without_quotes_is_quoted_without_its_bracket(tmp_path: Path) -> None:
    message = _refusal(tmp_path, MINIMAL + "[fields.locations]\ncolumn = [Hall, Room]\n")
    assert message.endswith('at column 11); put the text in quotes: "Hall"')


def test_a_mapping_table_in_the_settings_file_is_sent_to_the_mapping(tmp_path: Path) -> None:
    config = tmp_path / "gbimport.toml"
    config.write_text('guide = 12\n[fields.tracks]\ncolumn = "Track"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (
        f"{config}:2: fields: unknown setting (fields belongs in the mapping file, not the "
        'settings: move it there and name that file with mapping = "...")')


@pytest.mark.parametrize(("line", "fix"), [
    ("mapping = my-event", "put the text in quotes"),
    (f"api_key = {JWT}", "put the text in quotes"),
    # a key of letters alone, which a mapping's message would quote back: never here
    ("api_key = abcdefghijklmnopqrstuvwxyzABCDEF", "put the text in quotes"),
])
def test_a_settings_line_without_quotes_says_what_to_write(
        tmp_path: Path, line: str, fix: str) -> None:
    config = tmp_path / "gbimport.toml"
    config.write_text(f"guide = 12\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, env={})
    assert str(caught.value) == (f"{config}:2: not valid TOML (Invalid value at column "
                                 f"{line.index('=') + 3}); {fix}")


def _repeated_talk(tmp_path: Path) -> tuple[Sandbox, Path]:
    """A talk given twice at once in two rooms, and a third talk."""
    sandbox = Sandbox()
    twice = {"Session Title": "Talk number 1", "Time Start": "10:00 AM", "Time End": "10:45 AM"}
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1), talk(2, **twice, **{"Room/Location": "Room 200"}), talk(3)])
    sandbox.run(sheet)
    return sandbox, sheet


def _renamed(plan: Plan) -> str:
    return next(note.split(": ")[1].split(";")[0] for note in plan.notes_to_act_on
                if "another import id" in note)


def test_a_repeated_talk_whose_two_ids_were_changed_names_each_session(
        tmp_path: Path) -> None:
    sandbox, sheet = _repeated_talk(tmp_path)
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T001-old")
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert _renamed(plan) == ("'Talk number 1' (sheet:T001-old, was sheet:T001), "
                              "'Talk number 1' (sheet:T002-old, was sheet:T002)")


def test_a_repeated_talk_made_in_the_other_order_names_each_row_its_own_session(
        tmp_path: Path) -> None:
    """The second room's session made first (its create ended first, or an earlier run made
    it): each row is still told the session in its own room, not the first made."""
    sandbox = Sandbox()
    twice = {"Session Title": "Talk number 1", "Time Start": "10:00 AM", "Time End": "10:45 AM"}
    sheet = write_sheet(tmp_path / "s.csv", [talk(2, **twice, **{"Room/Location": "Room 200"})])
    sandbox.run(sheet)
    write_sheet(sheet, [talk(1), talk(2, **twice, **{"Room/Location": "Room 200"}), talk(3)])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "sheet:T001", "sheet:T001-old")
    change_import_id_in_builder(sandbox, "sheet:T002", "sheet:T002-old")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert _renamed(plan) == ("'Talk number 1' (sheet:T001-old, was sheet:T001), "
                              "'Talk number 1' (sheet:T002-old, was sheet:T002)")


def test_a_repeated_talk_deleted_beside_its_twin_dropped_from_the_sheet_is_told_deleted(
        tmp_path: Path) -> None:
    """The twin's session keeps the id a run gave it: no id was changed in Builder."""
    sandbox, sheet = _repeated_talk(tmp_path)
    write_sheet(sheet, [talk(1), talk(3)])
    sandbox_delete(sandbox, next(
        s["id"] for s in sandbox.sessions() if s["import_id"] == "sheet:T001"))

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert [note.split(":")[0] for note in about_ids(plan.notes_to_act_on)] == [
        "1 of this sheet's sessions was in the guide after the last run and is gone from it "
        "now (deleted in the sandbox, most likely)"]
