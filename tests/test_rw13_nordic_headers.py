"""Programmes and event lists headed in Swedish, Norwegian or Danish ('namn', 'tid',
'sluttid', 'lokal', 'kategori', 'beskrivning', 'talare'): the draft reads them as it reads the
same words in Dutch or German. Invented data of the same shapes."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_a_swedish_event_list_is_drafted(tmp_path: Path) -> None:
    """The draft found no title ('namn'), no room ('arena') and no track ('kategori'), and
    took the times only by their cells."""
    path = write_bytes(tmp_path, "evenemang.csv", (
        "\ufeffnamn;datum;tid;sluttid;arena;stad;kategori;länk\n"
        "Höstkonsert;2027-10-03;19:00;21:00;Stora salen;Lund;musik;\n"
        "Bokcirkel;2027-10-04;18:00;19:30;Biblioteket;Lund;kultur;\n"
        "Stadsvandring;2027-10-05;10:00;12:00;Torget;Lund;guidning;\n").encode())
    assert draft_mapping(path).chosen == {
        "name": "namn", "start": "tid", "date": "datum", "end": "sluttid",
        "locations": "arena", "schedule_tracks": "kategori"}


def test_a_norwegian_programme_is_drafted(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "program.csv", (
        "Dato,Starttid,Slutt,Tittel,Sal,Beskrivelse,Foredragsholder\n"
        "2027-05-11,09:00,09:45,Åpning,Sal A,Velkommen til konferansen.,Kari Nordmann\n"
        "2027-05-11,10:00,10:45,Datadeling i praksis,Sal B,Erfaringer fra tre prosjekter.,"
        "Ola Hansen\n").encode())
    draft = draft_mapping(path)
    assert draft.chosen == {
        "name": "Tittel", "start": "Starttid", "date": "Dato", "end": "Slutt",
        "locations": "Sal", "description": "Beskrivelse"}
    assert '# add_columns = ["Foredragsholder"]' in draft.text
