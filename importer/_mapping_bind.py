"""A mapping matched to a sheet's headers (`BoundMapping`), and the pieces of the message
`bind` gives when the sheet lacks a column: which fields `optional = true` would let it
lack, each missing column with the header most like it, the draft-mapping command."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from importer._closest_header import closest_header
from importer._mapping_fields import DescriptionField
from importer._mapping_model import LEAVE_OUT, REQUIRED_FIELDS, Mapping
from importer._shell_words import path_word, shell_line
from importer.load import normalize_header
from importer.model import listed

_OPTIONAL_MARK = re.compile(r"\(\s*optional\s*\)", re.IGNORECASE)  # Guidebook's "Track (Optional)"
_MOST_NEARBY_NAMED = 3  # mappings that read a sheet, named by the refusal; the rest counted


@dataclass(frozen=True)
class BoundMapping:
    """A mapping matched to one sheet's headers."""

    mapping: Mapping
    headers: dict[str, str]  # column name as the mapping writes it -> header as in the sheet
    active: dict[str, Any]  # field key -> field settings, for fields whose columns are present
    left_out: dict[str, list[str]] = field(default_factory=dict)  # optional field -> columns
    leave_out_header: str | None = None  # the sheet's header of the leave_out column

    def header(self, column: str | None) -> str | None:
        return None if column is None else self.headers.get(column)

    def fill_down_headers(self) -> list[str]:
        """The sheet's headers of the mapping's fill_down columns (an optional field's
        column the sheet lacks has none)."""
        read = {normalize_header(column): h for column, h in self.headers.items()}
        return [h for c in self.mapping.fill_down if (h := read.get(normalize_header(c)))]

    def lookalikes(self, sheet_columns: Sequence[str]) -> list[tuple[str, str, str]]:
        """(field, its column, sheet header): a header no field reads that resembles the
        column of an optional field the sheet lacks ('Track' for 'Schedule Track (Optional)').
        Optional fields are skipped without a word, so such a column would be lost unseen."""
        read = set(self.headers.values())
        # Compared without '(Optional)' on either side: 'Max Capacity (Optional)' is like
        # 'Limit Capacity (Optional)', but the marks would outweigh the words.
        unread = {_OPTIONAL_MARK.sub("", c): c for c in reversed(sheet_columns) if c not in read}
        return [(key, column, unread[close]) for key, columns in self.left_out.items()
                for column in columns
                if not self._given_otherwise(key, column)
                and (close := closest_header(_OPTIONAL_MARK.sub("", column), list(unread)))]

    def _given_otherwise(self, key: str, column: str) -> bool:
        setting = self.active.get(key)
        return isinstance(setting, DescriptionField) and setting.given_otherwise(
            column, self.headers)


def draft_hint(sheet_path: str, sheets: Sequence[str] = ()) -> str:
    """Several columns missing: the sheet is most likely laid out another way. `sheets`: the
    tabs as they were named to read, named again so that the draft is made from the same
    tab (none named: draft-mapping finds the tab whose columns fit a programme best)."""
    return (f"; or, for a sheet laid out another way, draft a mapping from its own columns: "
            f"gbimport draft-mapping {_file_and_tabs(sheet_path, sheets)} -o my-mapping.toml"
            if sheet_path else "")


def not_the_template(template: Mapping, missing: Sequence[tuple[str, str]],
                     sheet_columns: Sequence[str], sheet_path: str,
                     sheets: Sequence[str] = (), nearby: Sequence[str] = (), *,
                     partial: bool = True) -> str | None:
    """What a sheet read without a mapping (by `template`, Guidebook's) is told when it
    lacks some of the template's columns: the columns it lacks, each with the header most
    like it, and the fix in the sheet or a drafted mapping, not the template's field names or
    `optional = true` in a mapping the planner never wrote. A sheet of its own columns (none
    of the template's, or one alone: 'Date', which nearly every programme has) is led to
    draft-mapping; one whose every missing column has a likely header, to rename them first.
    None where the command names no file. `sheets`: the tabs as they were named to read,
    named again so that the draft is made from the same tab, not the first holding data.
    `nearby`: the mapping files that read the sheet (a draft made earlier), named instead.
    `partial`: False where the template was named in place of the planner's own file of its
    name, whose keys they know: a sheet with some template columns gets the usual fixes."""
    if not sheet_path:
        return None
    needed = template.required_columns()
    absent = list(dict.fromkeys(column for _, column in missing))
    present = [column for column in needed if column not in absent]
    ours = ", ".join(map(repr, needed))
    draft = (_given_nearby(nearby) if nearby else
             f"For columns of your own, draft a mapping from them: gbimport draft-mapping "
             f"{_file_and_tabs(sheet_path, sheets)} -o my-mapping.toml, then give --mapping "
             "my-mapping.toml to each command.")
    theirs = ", ".join(map(repr, sheet_columns))
    if len(present) > 1 and not partial:
        return None
    if len(present) <= 1:
        has = f"only {present[0]!r}" if present else "none"
        return (f"the sheet has {has} of the columns of Guidebook's import template ({ours}), "
                f"which is read without a mapping; its columns are {theirs}. {draft}")
    close = {column: closest_header(column, sheet_columns) for column in absent}
    fix = f"{_as_the_template(close)} {draft}" if all(close.values()) else (
        f"{draft} {_as_the_template(close)}")
    return (f"the sheet lacks {listed([repr(c) for c in absent])} of the columns of "
            f"Guidebook's import template ({ours}), which is read without a mapping; its "
            f"columns are {theirs}. {fix}")


def _as_the_template(close: dict[str, str | None]) -> str:
    """How to make the sheet the template: rename each header like a column it lacks
    ('Start Time' to 'Time Start'), add the others."""
    renames = [f"{like!r} to {column!r}" for column, like in close.items() if like]
    added = [repr(column) for column, like in close.items() if not like]
    steps = ([f"rename {listed(renames)} in the sheet"] if renames else []) + (
        [f"add {'a column' if len(added) == 1 else 'columns'} headed {listed(added)}"]
        if added else [])
    return f"To read the sheet as the template, {' and '.join(steps)}."


def _given_nearby(nearby: Sequence[str]) -> str:
    """The mapping to give: the one that reads the sheet, or, several doing so (a stale copy
    beside the edited draft), each of them, as the first in sort order may be the stale one."""
    if len(nearby) == 1:
        return f"The mapping {nearby[0]} reads them: give --mapping {nearby[0]} to each command."
    named = list(nearby[:_MOST_NEARBY_NAMED])
    if len(nearby) > len(named):
        named.append(f"{len(nearby) - len(named)} more")
    return (f"The mappings {listed(named)} each read them: give --mapping with the one made "
            "for this sheet to each command.")


def _file_and_tabs(sheet_path: str, sheets: Sequence[str]) -> str:
    """The file and its tabs as a command gives them: programme.xlsx --sheet 'Day 1'."""
    tabs = (word for tab in sheets for word in ("--sheet", tab))
    return shell_line([path_word(sheet_path), *tabs])


def may_be_marked_optional(mapping: Mapping, missing: Sequence[tuple[str, str]]) -> list[str]:
    """The fields among `missing` that `optional = true` would let the sheet lack: not name,
    start or end (the loader refuses it there), nor a field already optional, nor one whose
    missing column shares a part with a column the sheet has ('Venue' of join = ["Room",
    "Venue"] beside a 'Room' column): optional still needs the rest of a part begun."""
    absent: dict[str, set[str]] = {}
    for key, column in missing:
        absent.setdefault(key, set()).add(column)
    return [key for key, columns in absent.items()
            if key not in (*REQUIRED_FIELDS, LEAVE_OUT)
            and not getattr(mapping.fields, key).optional
            and all(columns.issuperset(part) for part in getattr(mapping.fields, key).parts()
                    if columns.intersection(part))]


def mark_optional(keys: Sequence[str]) -> str:
    if not keys:
        return ""
    named = ", ".join(f"fields.{key}" for key in keys)
    return f", or mark {named} optional = true"


def missing_column(key: str, column: str, sheet_columns: Sequence[str]) -> str:
    close = closest_header(column, sheet_columns)
    return f"{column!r} for {setting_name(key)}" + (
        f" (did you mean {close!r}?)" if close else "")


def setting_name(key: str) -> str:
    """How a message names what needs a column: a field, or the top-level leave_out."""
    return key if key == LEAVE_OUT else f"fields.{key}"
