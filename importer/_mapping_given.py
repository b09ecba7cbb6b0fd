"""A mapping is given by its file's path or a built-in's name. An app that holds a planner's
mapping in memory (its TOML text, or a dict) and passes that is told so, where the text would
be looked up as a mapping's name and said to be none of the built-ins."""

from __future__ import annotations

import os
from pathlib import Path

from importer.errors import MappingError

_GIVEN_BY = "a mapping is given by its .toml file's path or a built-in mapping's name"
_SAVE_IT = "save it as a .toml file (as mappings/my-event.toml) and give that file's path"


def mapping_given(source: object) -> str | Path:
    """`source` as a name or a Path (from a PurePath or another os.PathLike too, as a sheet's
    path is taken); MappingError if it is a mapping's text or a dict."""
    if isinstance(source, os.PathLike):
        return source if isinstance(source, Path) else Path(source)
    if not isinstance(source, str):
        raise MappingError(f"{_GIVEN_BY}, not as a {type(source).__name__}: {_SAVE_IT}.")
    if "\n" in source.strip():  # no file's or mapping's name is on two lines: TOML text
        first = source.strip().splitlines()[0]
        raise MappingError(f"{_GIVEN_BY}, not by its text (given, "
                           f"beginning {first!r}): {_SAVE_IT}.")
    return source
