"""mappings/README.md's Timezone table, run as written: each spelling in its `written` column
is refused, and the zones its `offered` column names are the ones the refusal offers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from importer.zones import timezone_setting

ROOT = Path(__file__).resolve().parent.parent
MAPPINGS_README = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")
# What a row says is not offered ("`Europe/Central` is not offered `US/Central`") is no offer.
NOT_OFFERED = re.compile(r"`([^`]+)` is not (?:offered|taken for) `([^`]+)`")


def timezone_rows() -> list[tuple[list[str], str]]:
    """Each row of the table: the spellings written, and the text of what is offered."""
    table = MAPPINGS_README.split("### Timezone", 1)[1].split("| written | offered |", 1)[1]
    rows = []
    for line in table.split("\n\n", 1)[0].splitlines()[2:]:
        written_part, offered_part = line.strip("|").split(" | ", 1)
        rows.append((re.findall(r"`([^`]+)`", written_part), offered_part))
    return rows


def refusal(name: str) -> str:
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    return str(refused.value)


@pytest.mark.parametrize(("written", "offered"), timezone_rows(),
                         ids=lambda value: value[0] if isinstance(value, list) else "")
def test_each_spelling_is_refused_with_the_zones_the_table_offers(
        written: list[str], offered: str) -> None:
    messages = " ".join(refusal(name) for name in written)
    not_offered = NOT_OFFERED.findall(offered)
    zones = {zone for zone in re.findall(r"`([A-Za-z_]+/[A-Za-z_+\-]+)`",
                                         NOT_OFFERED.sub("", offered))}
    assert {zone for zone in zones if f"'{zone}'" not in messages} == set()
    assert [(name, other) for name, other in not_offered if other in refusal(name)] == []


def test_the_table_covers_every_kind_of_spelling() -> None:
    """A row dropped from the table would pass the test above unseen."""
    assert len(timezone_rows()) == 20


@pytest.mark.parametrize("name", ["UTC", "CET", "EET", "Europe/Madrid", "US/Pacific"])
def test_the_names_the_section_says_are_taken_are(name: str) -> None:
    assert timezone_setting(name) == name
