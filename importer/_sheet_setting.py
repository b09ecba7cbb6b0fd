"""A tab that gbimport.toml's `sheet` names and the workbook no longer has (renamed in it) is
blamed on the file's line: a nightly job's mail is read beside its crontab line, which names
no sheet, and would send the reader looking in the wrong place. So is a tab it names for a CSV
file (the workbook's tab saved alone as CSV, the setting left behind)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from importer._toml_problems import toml_value
from importer.errors import InputError, NoSheetsInCsvError, SheetNotFoundError


@contextlib.contextmanager
def sheet_setting_blamed(sheet: Any, set_in: tuple[str, Callable[[str], str]] | None,
                         ) -> Iterator[None]:
    """`set_in`: the settings file that gave `sheet`, and its key labeller ('gbimport.toml:4:
    sheet', asked for only when a tab is missing); None when the sheet came from elsewhere
    (--sheet), whose message stays as it was."""
    try:
        yield
    except SheetNotFoundError as missing:
        if set_in is None:
            raise
        file, label = set_in
        if isinstance(missing, NoSheetsInCsvError):
            raise InputError(f"{label('sheet')} = {toml_value(sheet)}: {missing.path} is a CSV "
                             f"file and has no sheets. Remove sheet from {file}, or give "
                             "gbimport the workbook instead.") from None
        fix = "the tab's new name" if isinstance(missing.sheet, str) else "the tab's name"
        raise InputError(f"{label('sheet')} = {toml_value(sheet)}: {missing} Put {fix} in "
                         f"{file}.") from None
