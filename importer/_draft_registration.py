"""Drafts the registration fields from a sheet's columns headed as them ('Register?',
'Seats', 'Waitlist'), where the cells fit: yes/no words, whole numbers. The API ties them in
a chain (mappings/README.md): a capacity needs registration, registration needs adding to the
schedule, a waitlist needs a capacity. A field whose link below is missing from the sheet is
drafted commented out, saying what it needs, so that the draft as it is validates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from importer import convert
from importer._draft_base import DrafterBase, table
from importer._draft_cells import reads, sample
from importer._header_words import header_key
from importer._toml_problems import toml_value

# Headers, as header_key writes them without a final '?', naming each field clearly: not
# 'Type' or 'Number', which say nothing of registration.
_HEADERS = {
    "add_to_schedule": ("allow adding to my schedule", "add to schedule",
                        "add to my schedule", "allow add to schedule"),
    "require_login": ("require registration", "registration required", "requires registration",
                      "register", "registration", "rsvp", "rsvp required", "sign up",
                      "signup", "sign up required", "booking required", "ticket required",
                      "pre registration", "preregistration", "anmeldung", "inscription",
                      "inscripcion", "reservation", "reservation obligatoire",
                      "sur reservation", "inscription obligatoire", "reserva"),
    "max_capacity": ("limit capacity", "capacity", "max capacity", "seats", "max seats",
                     "spaces", "places", "max attendees", "max participants",
                     "attendee limit", "participant limit", "kapazitat", "plazas"),
    "waitlist": ("allow waitlist", "waitlist", "wait list", "waiting list", "warteliste"),
}
_YES_NO = ("add_to_schedule", "require_login", "waitlist")
# What each field needs set with it, as the API says, and how to give it.
_NEEDS = {"require_login": "add_to_schedule", "max_capacity": "require_login",
          "waitlist": "max_capacity"}
_NEEDS_SAID = {
    "max_capacity": "registration: a [fields.require_login] column saying which sessions "
                    "take it, or default = true there for all",
    "waitlist": "a capacity: a [fields.max_capacity] column, with registration",
}
# A blank cell of a yes/no field: no, but adding to the schedule, which the guide allows.
_DEFAULTS = {"add_to_schedule": "default = true", "require_login": "default = false",
             "waitlist": "default = false"}
_DOES = {
    "require_login": "yes makes attendees register for the session",
    "max_capacity": "the most attendees who can register for the session",
    "waitlist": "yes lets attendees join a waitlist once the session is full",
}


class RegistrationDrafter(DrafterBase):
    """add_to_schedule, require_login, max_capacity and waitlist."""

    def _registration(self) -> list[str]:
        found = {key: header for key in _HEADERS if (header := self._registration_column(key))}
        tables = []
        for key, header in found.items():
            self.used.add(header)
            if key == "add_to_schedule" or self._linked(key, found):
                self.chosen[key] = header
                tables.append(table(key, header, note=_DOES.get(key),
                                    extra=_DEFAULTS.get(key)))
            else:
                tables.append(_commented(key, header))
        if "require_login" in self.chosen and "add_to_schedule" not in found:
            tables.insert(0, "[fields.add_to_schedule]\n# registration needs attendees to be "
                          "able to add a session to their schedule: every session is sent "
                          "so\ndefault = true\n")
        return tables

    def _registration_column(self, key: str) -> str | None:
        """The first free column headed as the field whose cells all read as it needs."""
        parse: Callable[[Any], Any] = (convert.parse_boolean if key in _YES_NO
                                       else convert.parse_count)
        for header in self.sheet.columns:
            if header in self.used or header_key(header).rstrip("? ") not in _HEADERS[key]:
                continue
            if self.unfilled or reads(cells := sample(self.sheet, header), parse) == len(
                    cells) > 0:
                return header
        return None

    @staticmethod
    def _linked(key: str, found: dict[str, str]) -> bool:
        """Whether the chain of fields `key` needs reaches registration in the sheet (adding
        to the schedule is drafted with it)."""
        while key in _NEEDS and (key := _NEEDS[key]) != "add_to_schedule":
            if key not in found:
                return False
        return True


def _commented(key: str, header: str) -> str:
    """The field's table commented out, saying what it does and needs."""
    return (f"# [fields.{key}]   # {_DOES[key]}; it needs {_NEEDS_SAID[key]}: uncomment it "
            f"once the mapping has that\n# column = {toml_value(header)}\n")
