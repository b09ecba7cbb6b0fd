"""A convention's track exported for a calendar import (waldo323/schedcsv,
calendars/Science.csv, Penguicon 2013): its Location cells give the room, then the hotel's
address after a comma ('Salon B,3600 Centerpoint Parkway Pontiac, Michigan 48341 USA'). The
draft said each cell is read as one name and to add separator = "," if it lists several,
which would make the street and the state rooms of every session. It now says the cells end
with one address, and how to give each room its own name."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_draft import drafted
from tests.test_draft_dates_dotted import _csv

ADDRESS = "3600 Centerpoint Parkway Pontiac, Michigan 48341 USA"
HEADER = ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event",
          "Description", "Location", "Private"]
SCIENCE = [HEADER,
           ["So You Want to Be an Urban Farmer...", "4/26/13", "18:00", "4/26/13", "18:50",
            "FALSE", "Urban farming.", f"Salon B,{ADDRESS}", "PUBLIC"],
           ["Asteroid Mining", "4/26/13", "19:00", "4/26/13", "19:50", "FALSE",
            "Planetary Resources.", f"Wisner,{ADDRESS}", "PUBLIC"],
           ["Preemie Growth Project", "4/28/13", "13:00", "4/28/13", "14:50", "FALSE",
            "History.", f"Baldwin,{ADDRESS}", "PUBLIC"]]


def test_rooms_followed_by_one_address_are_not_offered_a_separator(tmp_path: Path) -> None:
    draft, tables = drafted(tmp_path, _csv(tmp_path / "Science.csv", SCIENCE))
    text = draft.read_text(encoding="utf-8")
    assert tables["locations"] == {"column": '"Location"'}
    assert (
        f"# each room is followed by the same {ADDRESS!r}, as a calendar's export adds the "
        "venue's address: the app would show it in every room's name, and a separator would "
        "make it rooms of its own. Take it out of the cells, or give each room its name under "
        f'values = {{ "Salon B,{ADDRESS}" = "Salon B" }} (one entry a room)\n'
        'column = "Location"\n') in text
    assert "add separator" not in text


def test_the_rooms_named_under_values_are_sent_alone(tmp_path: Path) -> None:
    draft, _ = drafted(tmp_path, _csv(tmp_path / "Science.csv", SCIENCE))
    entries = ", ".join(f'"{room},{ADDRESS}" = "{room}"'
                        for room in ("Salon B", "Wisner", "Baldwin"))
    draft.write_text(draft.read_text(encoding="utf-8").replace(
        'column = "Location"\n', f'column = "Location"\nvalues = {{ {entries} }}\n'),
        encoding="utf-8")
    report = validate_file(tmp_path / "Science.csv", mapping=draft, timezone="America/Detroit")
    assert [i.code for i in report.issues if i.row] == []
    assert [p.locations for p in report.payloads] == [("Salon B",), ("Wisner",), ("Baldwin",)]


def test_rooms_listed_with_commas_are_still_offered_the_separator(tmp_path: Path) -> None:
    """Cells whose parts after the comma differ list several rooms, as before."""
    rows = [[*HEADER[:6], "Location"],
            ["Paint and Take", "4/29/16", "16:00", "4/29/16", "21:50", "FALSE",
             "Game Table H, Game Table I"],
            ["Neurable Demo", "4/29/16", "18:00", "4/29/16", "20:00", "FALSE",
             "Demo Table, Maker Market Hallway"]]
    draft, _ = drafted(tmp_path, _csv(tmp_path / "full.csv", rows))
    assert ("# some cells hold ',' ('Game Table H, Game Table I'): each is read as one name; "
            'if it lists several, add separator = ","\n') in draft.read_text(encoding="utf-8")
