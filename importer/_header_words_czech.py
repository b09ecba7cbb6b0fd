"""Header names in Czech and Slovak ('Název', 'Začátek', 'Místnost', 'Přednášející'), as
people write them: _header_words adds them to NAMES and SPEAKERS in the form header_key gives
them, which drops the accents ('Název' as 'nazev'). Their times headed from and to ('Od' and
'Do', 'Čas od' and 'Čas do') are there too, with Polish, which heads them alike."""

from __future__ import annotations

CZECH_SLOVAK_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("Název", "Název přednášky", "Přednáška", "Název akce", "Akce", "Aktivita",
             "Názov", "Názov prednášky", "Prednáška", "Podujatie"),
    "date": ("Den", "Deň"),
    "start": ("Začátek", "Čas", "Čas od", "Čas začátku", "Začiatok", "Čas začiatku"),
    "end": ("Konec", "Čas do", "Čas konce", "Čas konca"),
    "duration": ("Délka", "Trvání", "Dĺžka", "Trvanie"),
    "locations": ("Místnost", "Místo", "Učebna", "Miestnosť", "Miesto", "Učebňa"),
    "schedule_tracks": ("Sekce", "Sekcia", "Blok", "Typ akce"),
    "description": ("Popis", "Anotace", "Anotácia", "Abstrakt"),
    "rank": ("Pořadí", "Poradie"),
}
CZECH_SLOVAK_SPEAKERS = ("Přednášející", "Řečník", "Řečníci", "Lektor", "Lektoři",
                         "Prednášajúci", "Rečník", "Rečníci", "Lektori")
