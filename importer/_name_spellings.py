"""A track or room written two ways in one column ('Room B', 'Room b'): names are matched
without case (payloads.name_key), so both are one room, made in the guide with the sheet's
first spelling. Said once a column, so the planner can pick the spelling shown."""

from __future__ import annotations

from collections.abc import Sequence

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
