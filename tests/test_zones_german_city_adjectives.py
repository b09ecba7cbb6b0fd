"""A city's time in German is written with the city's adjective ('Wiener Zeit', 'Münchner
Zeit', 'Zürcher Zeit'), as 'Berliner Zeit' is: offered the city's zone, and a title row
saying so ('Alle Zeiten in Wiener Zeit') drafted as `timezone`."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from tests.test_draft_dates_title_zone import _programme, _zone_lines
from tests.test_zones_names_region_codes import GENERIC, hint


@pytest.mark.parametrize(("name", "zone"), [
    ("Wiener Zeit", "Europe/Vienna"), ("Münchner Zeit", "Europe/Berlin"),
    ("Muenchner Zeit", "Europe/Berlin"), ("Zürcher Zeit", "Europe/Zurich"),
    ("Hamburger Zeit", "Europe/Berlin"), ("Kölner Ortszeit", "Europe/Berlin"),
    ("Genfer Zeit", "Europe/Zurich"), ("Basler Zeit", "Europe/Zurich"),
    ("Berliner Zeit", "Europe/Berlin"), ("Berlin Zeit", "Europe/Berlin")])
def test_a_citys_time_by_its_german_adjective_is_offered_the_citys_zone(
        name: str, zone: str) -> None:
    """'Wiener Zeit' got the general hint where 'Berliner Zeit' was offered Europe/Berlin."""
    assert hint(name) == f"did you mean {zone!r}?"


@pytest.mark.parametrize("name", ["Sommer Zeit", "Dresdner Zeit", "Wiener"])
def test_words_ending_in_er_that_name_no_placed_city_get_the_general_hint(name: str) -> None:
    assert hint(name) == GENERIC


@pytest.mark.parametrize(("title", "zone"), [
    ("Alle Zeiten in Wiener Zeit", "Europe/Vienna"),
    ("Zeiten: Münchner Zeit", "Europe/Berlin"),
    ("Alle Zeiten in Zürcher Zeit", "Europe/Zurich")])
def test_a_title_row_naming_a_citys_time_by_its_adjective_is_drafted(
        tmp_path: Path, title: str, zone: str) -> None:
    """The draft left timezone to fill in: the times were read in the guide's zone."""
    assert _zone_lines(draft_mapping(_programme(tmp_path, title)).text) == [
        f"timezone = \"{zone}\"   # row 1, above the header, says {title!r}"]
