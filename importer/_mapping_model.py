"""The whole mapping file's model: `Fields`, the field keys it maps, and `Mapping`, with the
checks that look across fields (a `values` entry a date or time column cannot read, a
`fill_down` column no field reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from pydantic import PrivateAttr, StrictBool, ValidationInfo, field_validator, model_validator

from importer._closest_header import closest_header
from importer._mapping_fields import (
    BooleanField,
    ColumnField,
    DescriptionField,
    Field,
    LeaveOut,
    LocationsField,
    NameField,
    NamesField,
    NumberField,
    Strict,
)
from importer._mapping_when import (
    EndField,
    Reader,
    StartField,
    WhenField,
    end_readers,
    entry_problems,
    same_column,
    when_readers,
)
from importer._toml_problems import toml_value
from importer.convert import (
    CellError,
    DateOrder,
    cell_text,
    parse_boolean,
    parse_count,
    parse_date,
    parse_float,
)
from importer.load import normalize_header
from importer.zones import timezone_setting

REQUIRED_FIELDS = ("name", "start", "end")  # every mapping maps these
LEAVE_OUT = "leave_out"  # the top-level setting, named in messages beside the fields


_END_DATE_IGNORED = {  # why end_date has no say with this layout of end
    "duration_column": "the end is the start plus the duration",
    "column": "its cells give the end's own date",
    "until_next": "each session ends when the next one on its day starts",
    "minutes": "every session lasts as long as minutes says",
}


# The fields whose cells one reader reads whatever the layout, so that a `values` entry giving
# what it cannot read is wrong for any sheet: the reader, and what the value must be. (A
# date or time field's entries are read by its columns' readers, which the layout and
# date_order pick: Mapping._when_entries_read.)
_ENTRY_READERS: dict[str, tuple[Callable[[Any], Any], str]] = {
    **{key: (parse_boolean, "yes or no") for key in (
        "all_day", "allow_rating", "add_to_schedule", "require_login", "waitlist")},
    "rank": (parse_float, "a number"),
    "max_capacity": (parse_count, "a whole number"),
}


class Fields(Strict):
    name: NameField
    start: StartField
    end: EndField
    end_date: ColumnField | None = None
    all_day: BooleanField | None = None
    import_id: ColumnField | None = None
    description: DescriptionField | None = None
    schedule_tracks: NamesField | None = None
    locations: LocationsField | None = None
    rank: NumberField | None = None
    allow_rating: BooleanField | None = None
    add_to_schedule: BooleanField | None = None
    require_login: BooleanField | None = None
    max_capacity: NumberField | None = None
    waitlist: BooleanField | None = None
    registration_start_date: WhenField | None = None
    registration_end_date: WhenField | None = None
    image: ColumnField | None = None

    # Field validators, not one model validator: each runs even when a sibling failed, so
    # every problem is reported at once and each is placed at its own key.
    @field_validator(*REQUIRED_FIELDS)
    @classmethod
    def _not_optional(cls, setting: Field) -> Field:
        if setting.optional:
            raise ValueError("cannot be optional: every session needs it; "
                             "remove optional = true")
        return setting

    @field_validator(*_ENTRY_READERS)
    @classmethod
    def _entries_read(cls, setting: Field | None, info: ValidationInfo) -> Field | None:
        """Each `values` entry gives what the field reads (an empty value, a blank cell):
        one error naming the entry, rather than one on each row holding its cell."""
        read, what = _ENTRY_READERS[str(info.field_name)]
        for cell, value in (setting.values.items() if setting is not None else ()):
            try:
                if cell_text(value) is not None:
                    read(cell_text(value))
            except CellError as error:
                raise ValueError(f"values has {toml_value(cell)} = {toml_value(value)}, which "
                                 f"is not {what}: correct that entry's value; "
                                 f"{error.hint}") from None
        return setting

    @field_validator("end_date")
    @classmethod
    def _end_date_needs_end_time(
        cls, end_date: ColumnField | None, info: ValidationInfo
    ) -> ColumnField | None:
        end = info.data.get("end")  # absent when end itself is wrong: reported there
        if end_date is None or end is None or end.time_column is not None:
            return end_date
        # Only an end time is read on the end date: any other end would ignore it unseen.
        layout = ("duration_column" if end.duration_column is not None else
                  "column" if end.column is not None else
                  "until_next" if end.until_next else "minutes")
        raise ValueError(
            f"cannot be used with end.{layout}: {_END_DATE_IGNORED[layout]}, so the end date "
            "would be ignored; remove [fields.end_date] (it goes with end.time_column)")

    def mapped(self) -> Iterator[tuple[str, Field]]:
        for key in type(self).model_fields:
            value = getattr(self, key)
            if value is not None:
                yield key, value


class Mapping(Strict):
    """A whole mapping file."""

    name: str
    description: str = ""
    date_order: DateOrder = "month-first"
    timezone: str | None = None
    import_id_prefix: str = ""
    blank_values: list[str] = []  # noqa: RUF012 (a pydantic field)
    skip_unscheduled: StrictBool = False
    # Columns whose blank cells take the cell above: a date typed once per day, or a merge
    # that a CSV export lost.
    fill_down: list[str] = []  # noqa: RUF012
    # A column whose values say a row is out (rejected, cancelled): no session is sent.
    leave_out: LeaveOut | None = None
    fields: Fields
    # Said when a bare name read this one and a file of that name in the current folder was
    # passed over (./NAME.toml for the built-in NAME): its author may think it in use.
    _passed_over: str | None = PrivateAttr(default=None)

    @property
    def passed_over(self) -> str | None:
        return self._passed_over

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str | None) -> str | None:
        return None if name is None else timezone_setting(name)

    @model_validator(mode="after")
    def _when_entries_read(self) -> Mapping:
        """A date or time field's `values` entry its column's reader cannot read, where the
        mapping alone picks that reader (date_order with it): one line per entry, rather
        than an error on each row holding its cell."""
        fields, order = self.fields, self.date_order
        start, end = fields.start, fields.end
        ranges = (same_column(start.column, end.column)
                  or same_column(start.time_column, end.time_column))
        readers: list[tuple[str, Field, tuple[Reader, str] | None]] = [
            ("start", start, when_readers(start, order, ranges)),
            ("end", end, end_readers(end, order, ranges)),
            *((key, when, when_readers(when, order, ranges=False))
              for key in ("registration_start_date", "registration_end_date")
              if (when := getattr(fields, key)) is not None)]
        if fields.end_date is not None:
            readers.append(("end_date", fields.end_date, (partial(parse_date, order=order),
                                                          "a date")))
        problems = [line for key, setting, reader in readers
                    for line in entry_problems(key, setting, reader)]
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @model_validator(mode="after")
    def _fills_read_columns(self) -> Mapping:
        read = {normalize_header(c): c for c in self.read_columns()}
        for column in self.fill_down:
            if normalize_header(column) not in read:
                close = closest_header(column, list(read.values()))
                hint = f"did you mean {close!r}?" if close else \
                    f"the mapping reads {', '.join(map(repr, read.values()))}"
                raise ValueError(f"fill_down names {column!r}, which no field reads ({hint}): "
                                 "name a column the mapping reads, as the sheet heads it")
        return self

    def expected_columns(self) -> list[str]:
        """Every column named by the mapping, required ones first (helps find the header)."""
        optional = [c for _, f in self.fields.mapped() if f.optional for c in f.columns()]
        marked = [self.leave_out.column] if self.leave_out else []
        return list(dict.fromkeys(self.required_columns() + optional + marked))

    def read_columns(self) -> list[str]:
        """Every column the mapping reads, in the order of its fields."""
        return list(dict.fromkeys(c for _, f in self.fields.mapped() for c in f.columns()))

    def required_columns(self) -> list[str]:
        """The columns a sheet must have for this mapping to read it."""
        return list(dict.fromkeys(
            c for _, f in self.fields.mapped() if not f.optional for c in f.columns()))
