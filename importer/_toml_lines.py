"""The line of a TOML file a key is written on, for messages about its value.

tomllib gives positions for syntax errors only; a value pydantic refuses comes with its key
path (fields.end.minutes) and no line. A person fixing it wants `file:line`, as for a syntax
error. The keys are found again in the text: each line's table heading or `key =` gives the
dotted path it writes, which is enough for the hand-written files a mapping or settings file
are. Run only when a file is refused, so its cost is nothing on a good run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from pydantic import BaseModel, ValidationError

from importer._toml_problems import describe

_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADING = re.compile(rf"\s*\[\[?\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"\s*({_DOTTED})\s*=")
_PART = re.compile(_KEY_PART)


def described_at_lines(error: ValidationError, root: type[BaseModel], label: str,
                       text: str) -> list[str]:
    """One line per problem (a check of the whole file may give several), each naming the
    file's line of its key when found: 'x.toml:12: fields.end.minutes: expected ...'."""
    lines = []
    for problem in error.errors():
        for said in describe(problem, root).split("\n"):
            line = key_line(text, _key_meant(problem["loc"], said, root))
            lines.append(f"{label}:{line}: {said}" if line else f"{label}: {said}")
    return lines


# A check of the whole file names the key in its own words ('fields.start: values has ...',
# 'fill_down names ...'); a values entry is named by its cell ('values has "Fri" = ...').
_LEADING_KEY = re.compile(r"([a-z_]+(?:\.[a-z_]+)*): ")
_VALUES_ENTRY = re.compile(r'\bvalues has ("(?:[^"\\]|\\.)*") = ')
# A check of a table naming one of its keys first, as written ('fields.end: minutes = -5 is
# no session's length'): the line is that key's, not the table's heading.
_KEY_WRITTEN = re.compile(r"(?:[a-z_]+(?:\.[a-z_]+)*: )?([a-z_]+) = ")


def _key_meant(loc: Sequence[object], said: str, root: type[BaseModel]) -> tuple[str, ...]:
    path = tuple(str(part) for part in loc)
    first_word = said.split(" ", 1)[0]
    if not path and (leading := _LEADING_KEY.match(said)):
        path = tuple(leading[1].split("."))
    elif not path and first_word in root.model_fields:
        path = (first_word,)
    if entry := _VALUES_ENTRY.search(said):
        path += ("values", str(json.loads(entry[1])))
    elif written := _KEY_WRITTEN.match(said):
        path += (written[1],)
    return path


def key_line(text: str, loc: Sequence[object]) -> int | None:
    """The 1-based line writing the key at `loc`, else the nearest table or key holding it
    (a missing key's table heading, an inline table's line); None when none is found."""
    paths = _paths_written(text)
    wanted = tuple(str(part) for part in loc)
    for size in range(len(wanted), 0, -1):
        prefix = wanted[:size]
        exact = next((line for line, path in paths if path == prefix), None)
        within = next((line for line, path in paths if path[:size] == prefix), None)
        if (found := exact or within) is not None:
            return found
    return None


def _paths_written(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Each line's dotted path: a heading's table, a key's table and key. Lines inside a
    multi-line text are skipped, lest `x = 1` written in a description read as a key."""
    table: tuple[str, ...] = ()
    paths: list[tuple[int, tuple[str, ...]]] = []
    in_text = False
    for number, line in enumerate(text.splitlines(), start=1):
        opens_or_closes = (line.count('"""') + line.count("'''")) % 2 == 1
        if in_text:
            in_text = not opens_or_closes
            continue
        if heading := _HEADING.match(line):
            table = _parts(heading[1])
            paths.append((number, table))
        elif key := _KEY_LINE.match(line):
            paths.append((number, table + _parts(key[1])))
        in_text = opens_or_closes
    return paths


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(_unquoted(part) for part in _PART.findall(dotted))


def _unquoted(part: str) -> str:
    if part.startswith('"'):
        try:
            return str(json.loads(part))  # TOML's basic strings escape as JSON's do
        except ValueError:
            return part[1:-1]
    return part[1:-1] if part.startswith("'") else part
