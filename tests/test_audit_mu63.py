"""LibreOffice .ods tabs whose header cells wrap on a typed line break, read as one
programme with --sheet all."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import pytest

from importer._shell_words import shell_word
from importer.load import Sheet, load_sheets
from importer.mapping import builtin_mappings_folder, load_mapping
from tests.test_load import ods_cell, write_ods_sheets
from tests.test_ods_line_breaks import BROKEN, ods_text_cell

WRAPPED_TITLE = ods_text_cell("<text:p>Session<text:line-break/>Title</text:p>")
COLUMNS = ["Session Title", "Room", "Description"]


def day_tab(title: str, header: str = WRAPPED_TITLE) -> list[tuple[int, list[str]]]:
    return [(1, [header, ods_cell("Room"), ods_cell("Description")]),
            (1, [ods_cell(title), ods_cell("Hall"), ods_text_cell(BROKEN)])]


def rows_by_tab(sheet: Sheet) -> list[tuple[str | None, int, list[Any]]]:
    """(tab, row number, cells) of each record of tabs read as one."""
    return [(tab, int(number), list(cells)) for tab, number, cells in zip(
        sheet.record_sheets(), sheet.frame.index,
        sheet.frame.itertuples(index=False, name=None), strict=True)]


def test_every_day_tab_with_a_wrapped_header_is_read_with_sheet_all(tmp_path: Path) -> None:
    """A tab per day copied from the first, its 'Session Title' header wrapped on a line
    break: every tab has the columns, as each reads alone."""
    path = write_ods_sheets(tmp_path / "days.ods", {
        "Day 1": day_tab("Opening"), "Day 2": day_tab("Closing")})
    sheet = load_sheets(path, ["all"], expected_columns=COLUMNS)
    assert (sheet.columns, rows_by_tab(sheet)) == (COLUMNS, [
        ("Day 1", 2, ["Opening", "Hall", "Speaker: A\nRoom: B"]),
        ("Day 2", 2, ["Closing", "Hall", "Speaker: A\nRoom: B"])])


def test_only_the_second_tab_wrapped_is_read_with_sheet_all(tmp_path: Path) -> None:
    path = write_ods_sheets(tmp_path / "days.ods", {
        "Day 1": day_tab("Opening", ods_cell("Session Title")), "Day 2": day_tab("Closing")})
    sheet = load_sheets(path, ["all"], expected_columns=COLUMNS)
    assert rows_by_tab(sheet) == [
        ("Day 1", 2, ["Opening", "Hall", "Speaker: A\nRoom: B"]),
        ("Day 2", 2, ["Closing", "Hall", "Speaker: A\nRoom: B"])]


@pytest.mark.parametrize(("text", "word"), [
    (r"C:\Users\me\My Programme.xlsx", r'"C:\Users\me\My Programme.xlsx"'),
    (r"data\programme.xlsx", r'"data\programme.xlsx"'),
    # Where POSIX double quotes would drop or take a backslash, POSIX quotes stay.
    (r"\\server\share\x.xlsx", r"'\\server\share\x.xlsx'"),
    ("folder\\", "'folder\\'"),
    (r"C:\Budget $5.xlsx", r"'C:\Budget $5.xlsx'"),
])
def test_a_windows_path_is_double_quoted_as_cmd_reads_it(text: str, word: str) -> None:
    """cmd takes POSIX single quotes as part of the name; inside double quotes a backslash
    is itself in bash, zsh, PowerShell and cmd alike, unless it comes before a backslash,
    a line break or the closing quote."""
    assert shell_word(text) == word
    assert shlex.split(word) == [text]  # and bash reads the word back as the name


class _PathLike:
    """A path from a library of its own (os.PathLike), as Path() takes one."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


@pytest.mark.parametrize("given", [PurePath, _PathLike, Path, str])
def test_a_mapping_given_by_any_path_is_read(given: Callable[[str], object]) -> None:
    """A mapping's path as a PurePath or another os.PathLike, as a sheet's is taken, is read
    from its file rather than told to be saved as the .toml file it is."""
    path = str(builtin_mappings_folder() / "sessionize.toml")
    mapping = load_mapping(given(path))  # type: ignore[arg-type]
    assert mapping == load_mapping("sessionize")
