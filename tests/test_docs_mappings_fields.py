"""mappings/README.md's Fields table names, for each field, the keys its table takes (beside
`optional` and `values`, which every field takes): no more, no fewer."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel

from importer.mapping import Fields, Mapping

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


def test_the_top_level_table_names_each_setting_with_its_default() -> None:
    """`required`, `none`, or the default as TOML writes it."""
    table = MAPPINGS_README.split("| key | default | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = {}
    for line in table.splitlines()[2:]:
        _, key, default, *_ = line.split("|")
        text = default.strip().strip("`")
        documented[key.strip().strip("`")] = (
            text if text in ("required", "none") else tomllib.loads(f"v = {text}")["v"])
    assert documented == {
        key: "required" if info.is_required() else "none" if info.default is None
        else info.default
        for key, info in Mapping.model_fields.items() if key != "fields"}
