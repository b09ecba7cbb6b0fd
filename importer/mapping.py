"""Column mapping: which spreadsheet column feeds which session field, read from TOML.

A mapping is a TOML file (see `mappings/README.md`) validated into `Mapping`. `bind`
matches it against a loaded sheet's headers and says which fields the sheet controls.
Built-in mappings live in the repository's `mappings/` folder, which the wheel installs as
the `importer.mappings` package; `load_mapping("pycones19")` finds them by bare name.
"""

from __future__ import annotations

import contextlib
import difflib
import importlib.resources
import tomllib
from collections.abc import Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from importer._closest_header import FILL_IN, NESTED_LIKENESS, closest_header
from importer._mapping_bind import (
    BoundMapping,
    draft_hint,
    mark_optional,
    may_be_marked_optional,
    missing_column,
    not_the_template,
    setting_name,
)
from importer._mapping_fields import (
    DATE_PLACEHOLDER,
    ROOM_JOINER,
    AddedColumn,
    BooleanField,
    ColumnField,
    DescriptionField,
    JoinedColumns,
    LeaveOut,
    LocationsField,
    NameField,
    NamesField,
    NumberField,
)
from importer._mapping_given import mapping_given
from importer._mapping_model import LEAVE_OUT, REQUIRED_FIELDS, Fields, Mapping
from importer._mapping_nearby import toml_files_nearby
from importer._mapping_when import (
    ENTRY_FORMS,
    LONGEST_LAST_MINUTES,
    EndField,
    Reader,
    StartField,
    WhenField,
)
from importer._shell_words import shell_path
from importer._toml_lines import described_at_lines
from importer._toml_problems import at_its_line, syntax_fix, toml_text
from importer.errors import GbImportError, MappingError
from importer.load import normalize_header

# The public face. The field models, the whole file's model and the bound mapping are in
# private modules by concern, re-exported here; loading stays here, where the built-ins'
# package is set (and replaced by tests), with bind, whose message may name a built-in.
__all__ = [
    "BUILTIN_MAPPINGS_PACKAGE",
    "DATE_PLACEHOLDER",
    "DEFAULT_MAPPING",
    "ENTRY_FORMS",
    "FILL_IN",
    "LEAVE_OUT",
    "LONGEST_LAST_MINUTES",
    "NESTED_LIKENESS",
    "REQUIRED_FIELDS",
    "ROOM_JOINER",
    "AddedColumn",
    "BooleanField",
    "BoundMapping",
    "ColumnField",
    "DescriptionField",
    "EndField",
    "Fields",
    "JoinedColumns",
    "LeaveOut",
    "LocationsField",
    "Mapping",
    "NameField",
    "NamesField",
    "NumberField",
    "Reader",
    "StartField",
    "WhenField",
    "bind",
    "builtin_mapping_names",
    "builtin_mappings_folder",
    "closest_header",
    "find_mapping_file",
    "load_mapping",
]

DEFAULT_MAPPING = "guidebook-template"
BUILTIN_MAPPINGS_PACKAGE = "importer.mappings"  # the mappings/ folder, see pyproject.toml
_SOURCE_TREE_MAPPINGS = Path(__file__).resolve().parent.parent / "mappings"


# ---------------------------------------------------------------------------- loading


def load_mapping(source: str | Path | None = None) -> Mapping:
    """Read a mapping: None -> the built-in template, a bare name -> a built-in, else a path."""
    source = None if source is None else mapping_given(source)
    path = find_mapping_file(DEFAULT_MAPPING if source is None else source)
    label = _display_path(path)
    try:
        text = toml_text(path.read_bytes())
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MappingError(
            f"{at_its_line(label, str(error))}; {syntax_fix(text, str(error))}") from None
    except ValueError as error:
        raise MappingError(f"{label}: {error}") from None
    except OSError as error:
        raise MappingError(f"{label}: cannot read the mapping: {error}") from None
    try:
        mapping = Mapping.model_validate(data)
    except ValidationError as error:
        raise MappingError("\n".join(described_at_lines(error, Mapping, label, text))) from None
    if source is not None and _is_bare_name(source):
        mapping._passed_over = _passed_over(str(source), path)
    return mapping


def _is_bare_name(source: str | Path) -> bool:
    """A mapping's name, looked up (`pycones19`), rather than a file's path."""
    text = str(source)
    return not (isinstance(source, Path) or "/" in text or "\\" in text
                or text.endswith(".toml"))


def _passed_over(name: str, found: Traversable) -> str | None:
    """What to say of a file in the current folder that the bare name could have meant
    besides the one read: ./NAME.toml, which a bare name never reads, or ./mappings/NAME.toml
    after a built-in of that name."""
    read = found.resolve() if isinstance(found, Path) else None
    others = [path for path in (Path.cwd() / f"{name}.toml", Path.cwd() / "mappings" /
                                f"{name}.toml") if path.is_file() and path.resolve() != read]
    if not others:
        return None
    builtin = (builtin_mappings_folder() / f"{name}.toml").is_file()
    taken = "the built-in one" if builtin else _display_path(found)
    other = _display_path(others[0])
    return (f"The mapping named {name!r} read {taken}, not {other} in this folder. To read "
            f"that file, give its path: --mapping ./{other}")


def find_mapping_file(source: str | Path, *, also_in: Path | None = None) -> Traversable:
    """A path as given, or a bare name among the built-ins, then in `also_in` (the mappings/
    folder beside a settings file naming it), then in ./mappings/."""
    source = mapping_given(source)
    text = str(source)
    if not _is_bare_name(source):
        path = Path(source)
        if path.is_dir():
            raise MappingError(
                f"mapping file {text} is a folder; give the path of the mapping's .toml file")
        if not path.is_file():
            raise MappingError(f"mapping file {text} not found; check the path")
        return path
    here = Path.cwd() / "mappings"
    elsewhere = [also_in] if also_in is not None and also_in.resolve() != here.resolve() else []
    for folder in (builtin_mappings_folder(), *elsewhere, here):
        if (folder / f"{text}.toml").is_file():
            return folder / f"{text}.toml"
    names = builtin_mapping_names()
    close = difflib.get_close_matches(text, names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    if (Path.cwd() / f"{text}.toml").is_file():  # a bare name is no path: the file is missed
        hint = f"did you mean ./{text}.toml, in this folder? "
    places = "".join(f", in {folder}/" for folder in elsewhere)
    raise MappingError(
        f"no mapping named {text!r} among the built-ins{places} or in ./mappings/; {hint}"
        f"built-in: {', '.join(names)} (or give the path to a .toml file)"
    )


def builtin_mapping_names() -> list[str]:
    files = builtin_mappings_folder().iterdir()
    return sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml"))


def builtin_mappings_folder() -> Traversable:
    """The built-in mappings as installed package data, or in place in a source checkout."""
    try:
        return importlib.resources.files(BUILTIN_MAPPINGS_PACKAGE)
    except ModuleNotFoundError:
        # setuptools' editable install cannot import importer.mappings (a folder mapped from
        # outside importer/), and a checkout run uninstalled has no package data: read it in place.
        return _SOURCE_TREE_MAPPINGS


def _display_path(path: Traversable) -> str:
    if not isinstance(path, Path):
        return str(path)  # not a plain file (say, inside a zip): nothing to make relative
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------- binding to a sheet


def bind(mapping: Mapping, sheet_columns: Sequence[str], *, source: str = "",
         sheet_path: str = "", sheets: Sequence[str] = ()) -> BoundMapping:
    """Match the mapping's columns to the sheet's headers (compared with normalize_header).

    `source` (the file, and sheet) starts the message when a column is missing;
    `sheet_path`, the file alone, goes into the draft-mapping command it suggests, with
    `sheets`, the workbook's tabs as they were named to read, where it drafts from the
    sheet's own columns."""
    by_normal = {normalize_header(c): c for c in sheet_columns}
    headers: dict[str, str] = {}
    active: dict[str, Any] = {}
    left_out: dict[str, list[str]] = {}
    missing: list[tuple[str, str]] = []  # (field, column): all of them, reported at once
    for key, setting in mapping.fields.mapped():
        found = {c: by_normal.get(normalize_header(c)) for c in setting.columns()}
        present = {c: header for c, header in found.items() if header is not None}
        absent = [c for c in found if c not in present]
        if absent and setting.optional:
            # A part the sheet has none of is left out; one it has some of needs the rest.
            gone = [c for part in setting.parts() if not any(c in present for c in part)
                    for c in part]
            if gone:
                left_out[key], absent = gone, [c for c in absent if c not in gone]
            if not present:
                continue
        missing += [(key, column) for column in absent]
        headers.update(present)
        active[key] = setting
    marked = mapping.leave_out.column if mapping.leave_out else None
    leave_out_header = by_normal.get(normalize_header(marked)) if marked else None
    if marked and leave_out_header is None:
        missing.append((LEAVE_OUT, marked))
    if missing:
        # The description reads each column once: one it reads already is not the one meant.
        read = [h for c in mapping.fields.description.columns() if (h := headers.get(c))] if (
            mapping.fields.description) else []
        error = _missing_columns_error(mapping, missing, sheet_columns, source, sheet_path,
                                       sheets, read)
        # The run stops before validate's same-name-mapping warning: said here, lest the
        # planner's own file of that name, fitting the sheet, seem to be the one refused.
        raise MappingError(f"{error} {mapping.passed_over}") if mapping.passed_over else error
    return BoundMapping(mapping, headers, active, left_out, leave_out_header)


def _missing_columns_error(
    mapping: Mapping, missing: list[tuple[str, str]], sheet_columns: Sequence[str], source: str,
    sheet_path: str, sheets: Sequence[str] = (), described: Sequence[str] = (),
) -> MappingError:
    """`described`: the headers the description reads, no likely column for another of its."""
    if mapping.name == DEFAULT_MAPPING and not _builtin_hint(mapping, sheet_columns) and (
            own := not_the_template(mapping, missing, sheet_columns, sheet_path, sheets,
                                    _mapping_nearby(sheet_path, sheet_columns),
                                    partial=not mapping.passed_over)):
        return MappingError(f"{source}{': ' if source else ''}{own}")
    listed = ", ".join(repr(c) for c in sheet_columns)
    markable = may_be_marked_optional(mapping, missing)

    def candidates(key: str) -> list[str]:
        return [c for c in sheet_columns if key != "description" or c not in described]

    if len(missing) == 1:
        ((key, column),) = missing
        close = closest_header(column, candidates(key))
        where = f"did you mean {close!r}? The" if close else "the"
        return MappingError(
            f"{source}{': ' if source else ''}"
            f"mapping {mapping.name!r}: {setting_name(key)} needs column {column!r}, which the "
            f"sheet does not have; {where} sheet's columns are: {listed}. Fix the column name in "
            f"the mapping or the sheet{', or mark the field optional = true' if markable else ''}."
        )
    needed = ", ".join(missing_column(key, column, candidates(key)) for key, column in missing)
    return MappingError(
        f"{source}{': ' if source else ''}"
        f"mapping {mapping.name!r} needs {len(missing)} columns the sheet does not have: "
        f"{needed}. The sheet's columns are: {listed}. Fix the column names in the mapping or "
        f"the sheet{mark_optional(markable)}{_builtin_hint(mapping, sheet_columns)}"
        f"{draft_hint(sheet_path, sheets)}."
    )


def _reads_from(mapping: Mapping, sheet_columns: Sequence[str]) -> bool:
    """The sheet has every column the mapping needs."""
    have = {normalize_header(c) for c in sheet_columns}
    return all(normalize_header(c) in have for c in mapping.required_columns())


def _mapping_nearby(sheet_path: str, sheet_columns: Sequence[str]) -> list[str]:
    """The mapping files in the working folder or the sheet's that read this sheet, as a
    command gives them: the planner's draft, left off a command (and any copy of it). Named so
    that one is given, not drafted again (draft-mapping stops at that file, and deleting it
    loses its edits)."""
    fitting = []
    for path in toml_files_nearby(sheet_path) if sheet_path else ():
        with contextlib.suppress(GbImportError):  # a TOML file that is no mapping
            if _reads_from(load_mapping(path), sheet_columns):
                fitting.append(shell_path(str(path)))
    return fitting


def _builtin_hint(mapping: Mapping, sheet_columns: Sequence[str]) -> str:
    """A built-in mapping that reads every column it needs from this sheet (a Sessionize
    export read with the default mapping): named, as it reads what a draft would not."""
    fits = [name for name in builtin_mapping_names()
            if name != mapping.name and _reads_from(load_mapping(name), sheet_columns)]
    return (f"; or read it with the built-in mapping made for such sheets: --mapping "
            f"{fits[0]}" if fits else "")
