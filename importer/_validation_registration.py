"""The API's registration rules (login, capacity, waitlist, registration window), each
reported on the column that breaks it."""

from __future__ import annotations

from typing import Any

from importer._checks import OMIT, registration_problems
from importer._validation_base import ValidationBase


class RegistrationValidation(ValidationBase):
    """The registration fields checked together, row by row."""

    def _check_registration(self, fields: dict[str, list[Any]]) -> None:
        """The API's registration rules, each reported on the column that breaks it."""
        if not any(k in fields for k in ("require_login", "max_capacity", "waitlist",
                                        "registration_start_date", "registration_end_date")):
            return
        self._schedule_registered_sessions(fields)
        schedule_fix = self._schedule_fix()
        for pos in range(self.n):
            row = {k: v[pos] for k, v in fields.items()}
            for key, message in registration_problems(row, self._label, schedule_fix):
                header = self._header_of(key)
                self.add(pos, header, self.frame.iat[pos, self._at(header)] if header else None,
                         "registration-dependency", message)

    def _schedule_registered_sessions(self, fields: dict[str, list[Any]]) -> None:
        """Registration needs add_to_schedule. Without its column, a mapping whose default
        for it is yes (the template's) means yes: a session that requires login sends it,
        and the other rows leave the guide's value alone, as before."""
        default = (self.mapping.fields.add_to_schedule.default
                   if self.mapping.fields.add_to_schedule else None)
        if "add_to_schedule" in fields or default is not True or "require_login" not in fields:
            return
        fields["add_to_schedule"] = [True if login is True else OMIT
                                     for login in fields["require_login"]]

    def _schedule_fix(self) -> str | None:
        """What to add to the mapping so that add_to_schedule says yes, where the sheet has
        no column for it (None where it has): its default, which a column the sheet lacks
        gives a session requiring login, and a field without a column every session."""
        if self._header_of("add_to_schedule"):
            return None
        if self.mapping.fields.add_to_schedule is None:
            return "add [fields.add_to_schedule] with default = true to the mapping"
        return "set default = true under [fields.add_to_schedule] in the mapping"

    def _header_of(self, key: str) -> str | None:
        """The sheet's header of a field's (first) column; None for a field the sheet lacks,
        or one given by its default alone."""
        setting = self.bound.active.get(key)
        return self.bound.header(next(iter(setting.columns()), None)) if setting else None

    def _label(self, key: str) -> str:
        """How to name a field in a message: its column as the sheet writes it."""
        if header := self._header_of(key):
            return repr(header)
        if key in self.bound.active:  # a yes/no field given by its default alone
            return f"the mapping's {key} default"
        return f"the {key} field (not in this sheet)"
