"""A spreadsheet is given by its path. An app that holds a planner's upload in memory (bytes,
a BytesIO, a SpooledTemporaryFile, a DataFrame) is told how to give one, where Path() would
say only `expected str, bytes or os.PathLike object` (bytes among them, though refused)."""

from __future__ import annotations

import os
from pathlib import Path


def spreadsheet_path(value: object) -> Path:
    """`value` as a Path; TypeError saying how to give a sheet held in memory."""
    if isinstance(value, str | os.PathLike):
        return Path(value)
    raise TypeError(
        f"gbimport reads a spreadsheet from a file's path (a str or pathlib.Path), not from "
        f"{_what(value)}: {_how_to_save(value)} and pass that file's path.")


def _what(value: object) -> str:
    return "bytes" if isinstance(value, bytes | bytearray) else f"a {type(value).__name__}"


def _how_to_save(value: object) -> str:
    if hasattr(value, "to_csv"):  # a DataFrame: the loader reads CSV as a planner's file
        return "write it to a .csv file first (df.to_csv(path, index=False))"
    return ("save it to a file named with its type's extension (.csv, .xlsx, .ods, .xls: the "
            "type is told by it), as tempfile.NamedTemporaryFile(suffix='.xlsx', delete=False) "
            "makes,")
