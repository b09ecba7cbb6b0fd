"""Several sheets of a workbook read as one table (a programme kept on one tab per day)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import numpy as np
import pandas as pd

from importer._hidden_rows import NONE_HIDDEN
from importer._load_names import normalize_header
from importer._load_sheet import Sheet, SheetPart
from importer.errors import InputError


def check_same_columns(path: Path, first: Sheet, other: Sheet,
                       expected_columns: Collection[str]) -> None:
    """`other` must hold the expected columns `first` holds, and no more: a column the
    mapping reads on one day's sheet and not on another's would send that day's sessions
    without it."""
    wanted = {normalize_header(name) for name in expected_columns}
    mine = {normalize_header(c): c for c in first.columns if normalize_header(c) in wanted}
    theirs = {normalize_header(c): c for c in other.columns if normalize_header(c) in wanted}
    if bool(mine) != bool(theirs):  # one holds a title only, so far, or notes
        empty, having = (other, first) if mine else (first, other)
        raise InputError(
            f"sheet {empty.sheet_name!r} of {path} has none of the columns the mapping reads "
            f"(sheet {having.sheet_name!r} has its header on row {having.header_row}): give it "
            f"the same header row, or leave sheet {empty.sheet_name!r} out of --sheet.")
    if missing := [name for key, name in mine.items() if key not in theirs]:
        lacking, having, column = other, first, missing[0]
    elif extra := [name for key, name in theirs.items() if key not in mine]:
        lacking, having, column = first, other, extra[0]
    else:
        return
    raise InputError(
        f"sheet {lacking.sheet_name!r} of {path} has no {column!r} column (its header is on "
        f"row {lacking.header_row}), but sheet {having.sheet_name!r} has one and the mapping "
        f"reads it: give every sheet read the same column headers, or leave sheet "
        f"{lacking.sheet_name!r} out of --sheet.")


def joined_sheets(path: Path, sheets: list[Sheet]) -> Sheet:
    """Several sheets' records as one frame, each sheet's after the one before. Columns
    are matched by name (as normalize_header compares them) and keep the first spelling;
    a column's letter is kept where every sheet has it in the same place."""
    spelling: dict[str, str] = {}
    for sheet in sheets:
        for name in sheet.columns:
            spelling.setdefault(normalize_header(name), name)
    columns = list(spelling.values())
    frames = []
    for sheet in sheets:
        frame = sheet.frame.set_axis([spelling[normalize_header(c)] for c in sheet.columns],
                                     axis="columns")
        frames.append(frame.reindex(columns=columns).astype(object))
    frame = pd.concat(frames)
    frame = frame.where(frame.notna(), None)  # a column some sheet lacks: blank there
    letters: dict[str, str] = {}
    for name in columns:
        found = {sheet.letters[name] for sheet in sheets if name in sheet.letters}
        if len(found) == 1:
            letters[name] = found.pop()
    repeats: dict[str, list[str]] = {}
    untitled: dict[str, bool] = {}
    for sheet in sheets:
        for name, copies in sheet.repeats.items():
            repeats.setdefault(name, [])
            repeats[name] += [c for c in copies if c not in repeats[name]]
        for name, past in sheet.untitled.items():
            untitled[name] = untitled.get(name, False) or past
    parts = [SheetPart(str(s.sheet_name), s.header_row, len(s.frame), s.hidden, s.header_rows,
                       s.struck)
             for s in sheets]
    return Sheet(path, None, sheets[0].header_row, columns, frame, None, None, repeats,
                 letters, np.concatenate([s.cells_per_row for s in sheets]), [], untitled,
                 NONE_HIDDEN, parts, header_rows=sheets[0].header_rows)
