"""A title row's German words before the zone, in the singular too ('Uhrzeit: MEZ' beside
'Uhrzeiten in MEZ'): drafted as `timezone`, and refused as a setting with the zone after
the words."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.zones import timezone_setting
from tests.test_draft_dates_title_zone import UNSET, _programme, _zone_lines

BERLIN = ("an abbreviation fixes one offset all year; use the place's name, 'Europe/Berlin', "
          "which follows its clocks through the year.")


@pytest.mark.parametrize("title", ["Uhrzeit: MEZ", "Uhrzeit MESZ", "Programm (Uhrzeit: MEZ)"])
def test_a_zone_after_the_word_for_time_of_day_is_drafted(tmp_path: Path, title: str) -> None:
    """The draft left timezone to fill in, where 'Uhrzeiten in MEZ' was drafted."""
    assert _zone_lines(draft_mapping(_programme(tmp_path, title)).text) == [
        f'timezone = "Europe/Berlin"   # row 1, above the header, says {title!r}']


def test_the_word_for_time_of_day_before_no_zone_leaves_timezone_unset(tmp_path: Path) -> None:
    assert _zone_lines(draft_mapping(_programme(tmp_path, "Uhrzeit: Sommer")).text) == [UNSET]


@pytest.mark.parametrize(("name", "hint"), [
    ("Uhrzeit: MEZ", BERLIN), ("Uhrzeiten in MEZ", BERLIN), ("Alle Zeiten in MEZ", BERLIN),
    ("Zeitzone: MESZ", BERLIN), ("Uhrzeit: Wiener Zeit", "did you mean 'Europe/Vienna'?"),
    ("Uhrzeit: Narnia",
     "write it as a region and a city, like 'America/Chicago' or 'Europe/London'.")])
def test_a_setting_of_a_title_rows_words_is_offered_the_zone_after_them(name: str,
                                                                       hint: str) -> None:
    """Each got the general hint, though the zone after the words is MEZ, Berlin's."""
    with pytest.raises(ValueError) as refused:
        timezone_setting(name)
    assert str(refused.value) == f"unknown timezone {name!r}: {hint}"
