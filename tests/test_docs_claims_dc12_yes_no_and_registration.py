"""mappings/README.md's recent passages, each checked against what the code does: every
yes/no word the Booleans section lists is read as it says, and none read goes unlisted; the
registration headers draft-mapping drafts, English and not, a capacity without registration
commented out; and a column of row numbers a program wrote, under no header."""

from __future__ import annotations

import re
from pathlib import Path

from importer import convert
from importer._convert_numbers import _FALSE, _TRUE
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_docs_claims_dc11_recent import said
from tests.test_load import write_bytes
from tests.test_readme import MAPPINGS_README


def _booleans_section() -> str:
    start = MAPPINGS_README.index("### Booleans")
    return MAPPINGS_README[start:MAPPINGS_README.index("Anything else is `bad-boolean`", start)]


def test_the_yes_and_no_words_listed_are_the_ones_read() -> None:
    """A planner's French 'oui'/'non' or a Japanese Outlook's 'オン' is read: the list says
    each word read, so a reader need not try one to find out."""
    listed = {word for quoted in re.findall(r"`([^`]+)`", _booleans_section())
              for word in quoted.split("/")}
    assert {word: convert.parse_boolean(word) for word in listed} == {
        "yes": True, "no": False, "y": True, "n": False, "true": True, "false": False,
        "t": True, "f": False, "1": True, "0": False, "on": True, "off": False, "x": True,
        "WAHR": True, "FALSCH": False, "VRAI": True, "FAUX": False, "VERDADERO": True,
        "FALSO": False, "VERO": True, "VERDADEIRO": True, "WAAR": True, "ONWAAR": False,
        "Ein": True, "Aus": False, "オン": True, "オフ": False, "ja": True, "nein": False,
        "oui": True, "non": False, "sí": True, "sì": True, "sim": True, "não": False,
        "nee": False, "si": True, "nao": False}
    assert {w.casefold() for w in _TRUE | _FALSE} <= {w.casefold() for w in listed}


def test_registration_columns_in_the_planners_language_are_drafted(tmp_path: Path) -> None:
    said("(`Register?`, `RSVP`, `Sign-up`, `Seats`, `Capacity`, `Max attendees`, `Waitlist`; "
         "`Anmeldung`, `Réservation`, `Inscription obligatoire`, `Reserva`, `Plazas`, "
         "`Warteliste`) whose cells are all yes/no", MAPPINGS_README)
    sheet = write_bytes(tmp_path, "fete.csv", (
        "Titre,Jour,Début,Fin,Réservation,Places,Warteliste\n"
        "Concert,11/06/2027,18h,19h,oui,30,ja\n"
        "Visite,12/06/2027,14h,15h,non,,nein\n").encode())
    draft = draft_mapping(sheet)
    assert {key: draft.chosen[key] for key in ("require_login", "max_capacity", "waitlist")
            } == {"require_login": "Réservation", "max_capacity": "Places",
                  "waitlist": "Warteliste"}
    assert "[fields.add_to_schedule]\n# registration needs attendees to be able to add a " \
           "session to their schedule: every session is sent so\ndefault = true" in draft.text


def test_a_capacity_without_registration_is_drafted_commented_out(tmp_path: Path) -> None:
    said("one needing a field the sheet has no column for (a capacity needs registration, a "
         "waitlist a capacity) is drafted commented out, saying so.", MAPPINGS_README)
    sheet = write_bytes(tmp_path, "talks.csv", (
        b"Title,Date,Start,End,Seats\n"
        b"Talk,2027-06-11,10:00,11:00,30\n"
        b"Talk 2,2027-06-11,11:00,12:00,40\n"))
    draft = draft_mapping(sheet)
    assert "max_capacity" not in draft.chosen
    assert draft.text.endswith(
        "# [fields.max_capacity]   # the most attendees who can register for the session; it "
        "needs registration: a [fields.require_login] column saying which sessions take it, or "
        "default = true there for all: uncomment it once the mapping has that\n"
        "# column = \"Seats\"\n")


def test_a_column_of_row_numbers_under_no_header_is_said_to_be_one(tmp_path: Path) -> None:
    """pandas' to_csv() writes its index under an empty header: the issue table says what
    such a column is told, not only that nothing reads it."""
    said("| `untitled-column` | warning, sheet | a column holds data but has no header, so "
         "nothing reads it (one numbering the rows in order from 0 or 1, as pandas' "
         "`to_csv()` writes its index, is said to look like row numbers a program wrote, to "
         "keep or delete as you like) |", MAPPINGS_README)
    sheet = write_bytes(tmp_path, "export.csv", (
        b",Session Title,Date,Time Start,Time End,Room/Location\n"
        b"0,Opening,2027-06-11,10:00,11:00,Hall\n"
        b"1,Closing,2027-06-11,11:00,12:00,Hall\n"))
    untitled = [(i.row, i.column, i.severity, i.message) for i in validate_file(sheet).issues
                if i.code == "untitled-column"]
    assert untitled == [(None, "Column A", "warning",
                         "Column A holds the numbers 0 to 1, one a row in order, under no "
                         "header: they look like row numbers a program wrote (as pandas writes "
                         "its index), which nothing reads, so the column can stay as it is or "
                         "be deleted.")]
