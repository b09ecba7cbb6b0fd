"""Pydantic's errors on a TOML file, as one line each a person can act on.

Pydantic names Python types ("a valid dictionary or instance of ColumnField"); a mapping's
author writes TOML. So each error says where (the dotted key), what was expected, what was
found as TOML writes it, and how to write it instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel


def toml_text(data: bytes) -> str:
    """A TOML file's bytes as text. Windows Notepad saves "UTF-8 with BOM", which tomllib
    refuses as an "Invalid statement" on line 1, a place showing nothing wrong: the mark is
    dropped. Not UTF-8 at all (Notepad's "Unicode" is UTF-16) is a ValueError saying what to
    do, to be put after the file's name."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        raise ValueError(
            ("the file is saved as UTF-16, not UTF-8" if utf16 else
             "the file is not saved as UTF-8")
            + "; open it in a text editor and save it again with the encoding UTF-8"
        ) from None


_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
_BOOLEAN_WORDS = frozenset({"yes", "no", "on", "off", "y", "n", "true", "false"})


def at_its_line(label: str, problem: str) -> str:
    """tomllib's complaint named as other problems of the file (a mapping, gbimport.toml)
    are, by its line ('gbimport.toml:3: not valid TOML (Invalid value at column 9)'); one
    at no line (the end of the document) by the file alone."""
    at = _AT_LINE.search(problem)
    if at is None:
        return f"{label}: not valid TOML ({problem})"
    said = f"{problem[:at.start()].rstrip()} at column {at[2]}{problem[at.end():]}"
    return f"{label}:{at[1]}: not valid TOML ({said})"


def syntax_fix(text: str, problem: str, *, quote_back: bool = True) -> str:
    """What to write for tomllib's complaint about `text`, as a person who typed the mistake
    reads it: tomllib says 'Invalid value' for a text without quotes, a yes, or the curly
    quotes a word processor puts in, all of which look right on screen. `quote_back=False`
    for the settings file, where the value may be an API key of any form."""
    at = _AT_LINE.search(problem)
    lines = text.splitlines()
    if at is None or not 0 < int(at[1]) <= len(lines):
        return "fix the syntax there"
    line, column = lines[int(at[1]) - 1], int(at[2])
    if problem.startswith("Illegal character '\\n'"):
        return 'a text in quotes is not closed on its line: end it with "'
    if problem.startswith("Invalid value") and line[column - 1:].lstrip().startswith("#"):
        return "write a value after the =, before any #"  # column = # the title
    if problem.startswith("Invalid value") and (word := _value_written(line, column)):
        if word[0] in "\u201c\u201d\u2018\u2019\u201e":
            return 'write straight quotes ("), not curly ones, around the text'
        if word.lower() in _BOOLEAN_WORDS:
            return "write true or false, without quotes"
        if word[0].isalpha():
            return "put the text in quotes" + (
                f': "{word}"' if quote_back and _fit_to_show(word) else "")
    if problem.startswith("Cannot declare"):
        return "that [table] heading is written twice: keep one, with all its keys under it"
    if problem.startswith("Cannot overwrite a value"):
        return "that key is written twice in its table: keep one"
    return "fix the syntax there"


def _value_written(line: str, column: int) -> str:
    """The value tomllib could not read, without a comment after it; an item of a list
    ([Title, Room]) ends at its comma or bracket."""
    value = line[column - 1:].split("#")[0]
    if line[:column - 1].rstrip().endswith(("[", ",")):
        value = re.split(r"[,\]]", value)[0]
    return value.strip()


def _fit_to_show(word: str) -> bool:
    """Whether a value may be quoted back in the message: not a long line, nor one run of
    letters and digits such as an API key pasted into the file, which no message repeats."""
    looks_like_a_key = len(word) >= 16 and not any(char.isspace() for char in word) and any(
        char.isdigit() for char in word)
    return len(word) <= 60 and not looks_like_a_key


def describe(problem: Any, root: type[BaseModel]) -> str:
    """One readable line for one pydantic error met reading `root` from TOML: where, what,
    how to fix."""
    loc = tuple(str(part) for part in problem["loc"])
    kind = problem["type"]
    if kind == "extra_forbidden":
        parent, key = loc[:-1], loc[-1]
        return f"{_where(parent)}unknown key {key!r}; {_unknown_key_hint(root, parent, key)}"
    if kind == "missing":
        return f"{_where(loc[:-1])}missing key {loc[-1]!r}; add it"
    if kind == "literal_error":
        return f"{_where(loc)}{problem['msg'].lower()} (got {problem['input']!r})"
    if kind in _WRONG_TYPE:
        expected, fix = _WRONG_TYPE[kind]
        value = problem["input"]
        return (f"{_where(loc)}expected {expected}, got {_shown(value)}; "
                f"{fix(root, loc, value)}")
    message = str(problem["msg"]).removeprefix("Value error, ")
    return f"{_where(loc)}{message}"


def _unknown_key_hint(root: type[BaseModel], parent: Sequence[str], key: str) -> str:
    """The key meant, or the keys the table takes. A top-level setting written below a table
    heading (blank_values after [fields.start]) is in that table as TOML reads it: moving
    the line is the fix, not the table's key that looks most like it ('values')."""
    if parent and key in set(known_keys(root, ())) - set(known_keys(root, ("fields",))) - {
            "fields"}:  # not 'description', which may mean [fields.description]
        return (f"{key} is a setting of the whole mapping, and a line under a [table] heading "
                "belongs to that table: move it above the first [table]")
    if not parent and key in _field_keys(root) and key not in known_keys(root, ()):
        return (f"{key} is a key of a [fields...] table, and a line above the first [table] "
                "is a setting of the whole mapping: move it under the table it is for"
                + (" ([fields.start] for the dates of a date column)" if key == "values"
                   else ""))
    known = known_keys(root, parent)
    close = _named_by_word(key, known) or difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"


def _field_keys(root: type[BaseModel]) -> set[str]:
    """Every key some [fields...] table takes ('values', 'date_column'): written above the
    first table (a draft's note followed where it stands), such a key is in the wrong place,
    not misspelt."""
    return {key for field in known_keys(root, ("fields",))
            for key in known_keys(root, ("fields", field))}


def _named_by_word(key: str, known: Sequence[str]) -> list[str]:
    """The known key having the key written as one of its words (singular or plural), a
    column's first, then the likest: a person writes the word naming the thing
    ([fields.tracks], time under [fields.end]), which spelling alone takes for another key
    ('rank', 'duration_unit')."""
    def has_word(name: str) -> bool:
        return any(key in (word, word + "s") or word == key + "s" for word in name.split("_"))
    return sorted((name for name in known if has_word(name)), key=lambda name: (
        not name.endswith("_column"), -difflib.SequenceMatcher(None, key, name).ratio()))[:1]


# A value of the wrong TOML type: say what the key takes and how to write it. Pydantic's own
# words name Python types ("a valid dictionary or instance of ColumnField"), not TOML's.


def _write_table(root: type[BaseModel], loc: Sequence[str], value: Any) -> str:
    # [fields] name = "Title": the column's name, written where a field's table belongs.
    example = (f" with column = {toml_value(value)}"
               if isinstance(value, str) and "column" in known_keys(root, loc) else "")
    return f"write it as a table: [{'.'.join(loc)}]{example}"


def _write_text(root: type[BaseModel], loc: Sequence[str], value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "write one value in quotes"
    return f'quote the value: "{toml_value(value)}"'  # only a value other than text gets here


def _write_list(root: type[BaseModel], loc: Sequence[str], value: Any) -> str:
    if isinstance(value, dict):
        return "write it as a list in brackets"
    return f"write it in brackets: [{toml_value(value)}]"


_Fix = Callable[[type[BaseModel], Sequence[str], Any], str]


def _always(fix: str) -> _Fix:
    return lambda root, loc, value: fix


def _write_whole_number(root: type[BaseModel], loc: Sequence[str], value: Any) -> str:
    # minutes = "45" or 45.0: the number meant is plain, so show it written as TOML takes it.
    meant = value.strip() if isinstance(value, str) else value
    if isinstance(meant, str) and meant.isdigit():
        return f"write it without quotes: {loc[-1]} = {int(meant)}"
    if isinstance(meant, float) and meant.is_integer():
        return f"write it without the decimal point: {loc[-1]} = {int(meant)}"
    return "write digits only, without quotes"


_BOOLEAN = ("true or false", _always("write true or false, without quotes"))
_WHOLE_NUMBER = ("a whole number", _write_whole_number)
_NUMBER = ("a number", _always("write it without quotes"))
_WRONG_TYPE: dict[str, tuple[str, _Fix]] = {  # pydantic error type -> (expected, fix)
    "model_type": ("a table", _write_table),
    "dict_type": ("a table", _write_table),
    "string_type": ("text", _write_text),
    "list_type": ("a list", _write_list),
    "bool_type": _BOOLEAN,
    "bool_parsing": _BOOLEAN,
    "int_type": _WHOLE_NUMBER,
    "int_parsing": _WHOLE_NUMBER,
    "int_from_float": _WHOLE_NUMBER,
    "float_type": _NUMBER,
    "float_parsing": _NUMBER,
}


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return toml_value(value)


def toml_value(value: Any) -> str:
    """A single value as written in TOML: "text", 15, true, 2027-05-11."""
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date too
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def _where(loc: Sequence[str]) -> str:
    return f"{'.'.join(loc)}: " if loc else ""


def known_keys(root: type[BaseModel], loc: Sequence[str]) -> list[str]:
    """The keys the table at `loc` may hold."""
    model: Any = root
    for part in loc:
        model = _unwrap_model(model.model_fields[part].annotation) if part in getattr(
            model, "model_fields", {}) else None
        if model is None:
            return []
    return list(model.model_fields)


def _unwrap_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if (model := _unwrap_model(arg)) is not None:
                return model
    return None
