"""The TOML files a planner's own mapping may be in: the working folder, where
`draft-mapping -o` wrote it, and the sheet's folder. Looked through only when a sheet is
refused as not laid out as Guidebook's template, for the draft that a command copied without
`--mapping` (the sandbox's `plan` line) left out."""

from __future__ import annotations

from pathlib import Path

_SETTINGS_FILE = "gbimport.toml"  # settings, never a mapping (settings.DEFAULT_CONFIG_NAME)
_MOST_FILES = 20  # of each folder: a folder of many TOML files is not read for a message


def toml_files_nearby(sheet_path: str) -> list[Path]:
    """The TOML files of the working folder (named alone, as a command gives them), then of
    the sheet's folder (by the path the sheet was given with), each folder once."""
    found: list[Path] = []
    seen: set[Path] = set()
    for folder in (Path(), Path(sheet_path).parent):
        try:
            where = folder.resolve()
            names = sorted(entry.name for entry in folder.iterdir()
                           if entry.suffix == ".toml" and entry.name != _SETTINGS_FILE
                           and entry.is_file()) if where not in seen else []
        except OSError:
            continue
        seen.add(where)
        found += [folder / name for name in names[:_MOST_FILES]]
    return found
