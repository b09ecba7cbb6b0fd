"""A title row above the header naming the zone in French or German ('Heure de Paris',
'Alle Zeiten in MEZ'): drafted as `timezone` as English title rows ('All times in CET')
are, by the zone importer/zones.py reads those words as."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_dates_title_zone import UNSET, _programme, _zone_lines


@pytest.mark.parametrize(("title", "zone"), [
    ("Heure de Paris", "Europe/Paris"),
    ("Horaires en heure de Paris", "Europe/Paris"),
    ("Congrès 2027 — programme, heure de Paris", "Europe/Paris"),
    ("Alle Zeiten in MEZ", "Europe/Berlin"),
    ("Alle Zeiten sind in MESZ", "Europe/Berlin"),
    ("Zeiten: Berliner Zeit", "Europe/Berlin"),
    ("Hora de Madrid", "Europe/Madrid")])
def test_a_zone_named_in_french_or_german_words_is_drafted(tmp_path: Path, title: str,
                                                           zone: str) -> None:
    """The draft left timezone to fill in, with no word of the title row: the times were
    read in the guide's zone (validate's UTC)."""
    sheet = _programme(tmp_path, title)
    text = draft_mapping(sheet).text
    assert _zone_lines(text) == [
        f"timezone = \"{zone}\"   # row 1, above the header, says {title!r}"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Opening", "2027-07-15T07:00:00+00:00"), ("Keynote", "2027-07-15T09:00:00+00:00")]


@pytest.mark.parametrize("title", ["Heure de début", "Zeiten: Sommer Zeit"])
def test_words_naming_no_zone_zones_knows_leave_timezone_unset(tmp_path: Path,
                                                               title: str) -> None:
    """Words naming no place's time ('Sommer Zeit' is no city's) leave timezone to fill in,
    as before."""
    assert _zone_lines(draft_mapping(_programme(tmp_path, title)).text) == [UNSET]
