"""A track or room written two ways in one column ('Room B', 'Room b'): names are matched
without case (payloads.name_key), so both are one room, made in the guide with the sheet's
first spelling. Said once a column, so the planner can pick the spelling shown; the rows
are then read with that spelling, so what validate shows is what is sent."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from importer._columns import Column
from importer.payloads import name_key


def second_spellings(distinct: Sequence[tuple[str, ...] | None]
                     ) -> list[tuple[str, list[str], list[int]]]:
    """Each name written other ways after its first spelling: (first, the others, codes of
    the distinct cells holding them), in the order the others first appear. `distinct` is in
    the order of the rows (pd.factorize's), each distinct cell's names once."""
    first: dict[str, str] = {}
    others: dict[str, tuple[str, list[str], list[int]]] = {}
    for code, names in enumerate(distinct):
        for name in names or ():
            key = name_key(name)
            spelt = first.setdefault(key, name)
            if spelt != name:
                _, spellings, codes = others.setdefault(key, (spelt, [], []))
                spellings.extend([name] * (name not in spellings))
                codes.append(code)
    return list(others.values())


def as_first_spelt(col: Column, spellings: Sequence[tuple[str, list[str], list[int]]]
                   ) -> Column:
    """`col` with each name written other ways as first spelt, the spelling sent (the one
    room the plan makes is named by it). Only the cells holding such a name change; case
    aside, the names are as read, so an id derived from the room stays as it was."""
    sent = {name_key(first): first for first, _, _ in spellings}
    distinct = list(col.distinct)
    for code in {code for _, _, codes in spellings for code in codes}:
        distinct[code] = tuple(sent.get(name_key(name), name) for name in distinct[code])
    values = [value if value is None else distinct[code]
              for value, code in zip(col.values, col.codes.tolist(), strict=True)]
    return dataclasses.replace(col, values=values, distinct=distinct)
