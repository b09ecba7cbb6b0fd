"""Session payloads from validated columns, built one row at a time when first read.

Validation works out every field of every row as columns; a row's `SessionPayload` is made
from them only when something reads `RowResult.payload` (plan, `--json`), so a 50,000-row
`gbimport validate` never holds 50,000 payload objects it does not show.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from pydantic import BaseModel

from importer._checks import OMIT
from importer.model import SessionPayload


class PayloadColumns:
    """The validated value of every payload field, a list each, row by row.

    A row is found by the number (and sheet) its result holds anyway: a position kept on
    each result would be one more int object a row, 1.5 MiB at validate's peak on a
    50,000-row sheet. `row_numbers` are the rows' numbers in order; `spans` each sheet's
    positions (start, stop), under None when one sheet was read.
    """

    def __init__(self, fields: dict[str, list[Any]], row_numbers: list[int],
                 spans: dict[str | None, tuple[int, int]]) -> None:
        self.keys = list(fields)
        self.columns = list(fields.values())
        self.omittable = [k for k in self.keys if OMIT in fields[k]]
        self.all_keys = set(self.keys)
        self.row_numbers = row_numbers
        self.spans = spans

    def payload_of(self, row: int, sheet: str | None) -> SessionPayload:
        return self.payload_at(self.position_of(row, sheet))

    def position_of(self, row: int, sheet: str | None) -> int:
        """Where `row` of `sheet` is: a sheet numbers its records upwards, one number each,
        so a binary search over its span finds it."""
        start, stop = self.spans[sheet]
        pos = bisect_left(self.row_numbers, row, start, stop)
        assert self.row_numbers[pos] == row, (row, sheet)
        return pos

    def payload_at(self, pos: int) -> SessionPayload:
        row_values = PAYLOAD_TEMPLATE.copy()  # shares the template's key table
        row_values.update(zip(self.keys, [column[pos] for column in self.columns],
                              strict=True))
        fields_set = self.all_keys
        if self.omittable:
            fields_set = without_omitted(row_values, self.all_keys, self.omittable)
        return build_payload(row_values, fields_set)


def without_omitted(row_values: dict[str, Any], keys: set[str], omittable: list[str]) -> set[str]:
    """The keys this row sets; omitted ones get the model default back."""
    omitted = {k for k in omittable if row_values[k] is OMIT}
    for key in omitted:
        row_values[key] = PAYLOAD_TEMPLATE[key]
    return keys - omitted if omitted else keys


class _PayloadValues:
    """Holder whose instances share one key table (PEP 412 key-sharing dictionaries)."""


def key_sharing_template() -> dict[str, Any]:
    """Every payload field with its model default, in a dict whose copies share its keys.

    A copy of it stores only the values (about 300 bytes for 17 fields, against about 560
    for a dict of its own) and is cheaper to make: at 50,000 payloads that is a third less
    time building them and 13 MB less memory. The dict behaves as any other; only its
    storage differs.
    """
    holder = _PayloadValues()
    for key, info in SessionPayload.model_fields.items():
        setattr(holder, key, None if info.is_required() else info.default)
    return vars(holder)


PAYLOAD_TEMPLATE: dict[str, Any] = key_sharing_template()


def build_payload(values: dict[str, Any], fields_set: set[str]) -> SessionPayload:
    """SessionPayload.model_construct(_fields_set=fields_set, **values), minus its overhead.

    `values` must hold every field (start from a copy of PAYLOAD_TEMPLATE).
    The validator has checked every value itself; model_construct spends most of its time
    re-resolving defaults, which matters at 50,000 rows. A test pins the two as identical.
    """
    payload = object.__new__(SessionPayload)
    object.__setattr__(payload, "__dict__", values)
    _set_fields_set(payload, fields_set)
    _set_extra(payload, None)
    _set_private(payload, None)
    return payload


# BaseModel's slot setters, looked up once: object.__setattr__ by name costs twice as much.
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
