"""Spreadsheets are read from, and reports written to, a file's path. An app that holds a
planner's upload in memory (bytes, a BytesIO, a SpooledTemporaryFile, a DataFrame), or wants a
report in one to send, is told how to go through a file, where Path() would say only
`expected str, bytes or os.PathLike object` (bytes among them, though refused)."""

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


def output_file_path(value: object, what: str) -> Path:
    """`value` as a Path; TypeError saying how to send the `what` written from a file."""
    if isinstance(value, str | os.PathLike):
        return Path(value)
    raise TypeError(
        f"gbimport writes the {what} to a file's path (a str or pathlib.Path), not to "
        f"{_what(value)}: write it in a folder of its own (tempfile.TemporaryDirectory()) and "
        f"send the file from there.")


def _what(value: object) -> str:
    return "bytes" if isinstance(value, bytes | bytearray) else f"a {type(value).__name__}"


def _how_to_save(value: object) -> str:
    if hasattr(value, "to_csv"):  # a DataFrame: the loader reads CSV as a planner's file
        return "write it to a .csv file first (df.to_csv(path, index=False))"
    return ("save it to a file named with its type's extension (.csv, .xlsx, .ods, .xls: the "
            "type is told by it), as tempfile.NamedTemporaryFile(suffix='.xlsx', delete=False) "
            "makes,")
