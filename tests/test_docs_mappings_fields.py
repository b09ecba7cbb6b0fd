"""mappings/README.md's Fields table names, for each field, the keys its table takes (beside
`optional` and `values`, which every field takes): no more, no fewer."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from importer.mapping import Fields

ROOT = Path(__file__).resolve().parent.parent
MAPPINGS_README = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")
EVERY_FIELDS_KEYS = {"optional", "values"}


def documented_keys() -> dict[str, list[str]]:
    """Each field in the table -> the keys its row names (a key's value, `;`, is no key)."""
    table = MAPPINGS_README.split("| field | keys | reads |", 1)[1].split("\n\n", 1)[0]
    keys = {}
    for line in table.splitlines()[2:]:
        _, fields, named, *_ = line.split("|")
        for field in re.findall(r"`(\w+)`", fields):
            keys[field] = sorted(set(re.findall(r"`([a-z_]+)(?: = [^`]*)?`", named)))
    return keys


def accepted_keys() -> dict[str, list[str]]:
    keys = {}
    for name, info in Fields.model_fields.items():
        model = next(kind for kind in getattr(info.annotation, "__args__", (info.annotation,))
                     if isinstance(kind, type) and issubclass(kind, BaseModel))
        keys[name] = sorted(set(model.model_fields) - EVERY_FIELDS_KEYS)
    return keys


def test_the_fields_table_names_each_fields_keys() -> None:
    assert documented_keys() == accepted_keys()
