"""Column mapping: which spreadsheet column feeds which session field, read from TOML.

A mapping is a TOML file (see `mappings/README.md`) validated into `Mapping`. `bind`
matches it against a loaded sheet's headers and says which fields the sheet controls.
Built-in mappings live in the repository's `mappings/` folder, which the wheel installs as
the `importer.mappings` package; `load_mapping("pycones19")` finds them by bare name.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib.resources
import re
import shlex
import tomllib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    StrictBool,
    StrictInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from importer._toml_lines import described_at_lines
from importer._toml_problems import describe, syntax_fix, toml_text, toml_value
from importer.convert import (
    CellError,
    DateOrder,
    DurationUnit,
    bare_hour,
    cell_text,
    date_and_its_time,
    parse_boolean,
    parse_count,
    parse_date,
    parse_datetime_cell,
    parse_datetime_range,
    parse_duration,
    parse_end_datetime,
    parse_end_time,
    parse_float,
    parse_late_time,
)
from importer.descriptions import DescriptionFormat
from importer.errors import MappingError
from importer.load import normalize_header
from importer.zones import timezone_setting

DEFAULT_MAPPING = "guidebook-template"
REQUIRED_FIELDS = ("name", "start", "end")  # every mapping maps these
# What `gbimport draft-mapping` writes where no column fits a field, for the user to replace.
FILL_IN = "FILL IN"
# The year draft-mapping leaves to fill in, in the dates it offers under `values`.
DATE_PLACEHOLDER = "YYYY"
# A header whose words are all the column's ('Title' for 'Session Title'): above one sharing a
# word (0.78, 'Session Id'), below a near-exact spelling ('Sesion Title').
NESTED_LIKENESS = 0.85
LEAVE_OUT = "leave_out"  # the top-level setting, named in messages beside the fields
BUILTIN_MAPPINGS_PACKAGE = "importer.mappings"  # the mappings/ folder, see pyproject.toml
_SOURCE_TREE_MAPPINGS = Path(__file__).resolve().parent.parent / "mappings"


class _Strict(BaseModel):
    """Numbers and switches are StrictInt and StrictBool: TOML writes them without quotes,
    and `minutes = "45"` or `optional = "yes"` is refused saying so, as the settings file
    refuses `rate = "5"`, rather than read one way here and another way there."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _Field(_Strict):
    """What every mapped field may say: a column may be optional; cell values may be renamed."""

    optional: StrictBool = False
    values: dict[str, str] = {}
    # Whether each column gives a part of its own (a description's added paragraphs), so
    # that optional lets the sheet lack any of them; other fields need all or none.
    parts_stand_alone: ClassVar[bool] = False

    @field_validator("values")
    @classmethod
    def _no_placeholder_left(cls, values: dict[str, str]) -> dict[str, str]:
        # draft-mapping offers 'values = { "1126" = "YYYY-11-26" }', the year to fill in:
        # one left unfilled made every such cell a bad-date pointing at the sheet.
        left = {cell: value for cell, value in values.items() if DATE_PLACEHOLDER in value}
        if left:
            cell, value = next(iter(left.items()))
            raise ValueError(
                f"values gives {cell!r} the date {value!r}: write the event's year in place "
                f"of {DATE_PLACEHOLDER} ({value.replace(DATE_PLACEHOLDER, '2027')!r} for 2027)"
                + (f", in all {len(left)} of them" if len(left) > 1 else ""))
        return values

    def columns(self) -> list[str]:
        """The sheet columns this field reads, in the order they are named."""
        return [getattr(self, key) for key in self._column_keys() if getattr(self, key)]

    def _column_keys(self) -> tuple[str, ...]:
        return ("column",)

    def parts(self) -> list[list[str]]:
        """The columns in groups a sheet has all or none of: each its own where it gives a
        part of its own (parts_stand_alone), else the field's all together."""
        return [[c] for c in self.columns()] if self.parts_stand_alone else [self.columns()]

    def how_to_read(self, column: str, header: str) -> str:
        """The edit to this field's settings that reads `header` in place of `column`."""
        key = next((key for key in self._column_keys() if getattr(self, key) == column),
                   "column")
        return f"{key} = {header!r}"


class ColumnField(_Field):
    """One column, read as text (name, import_id, end_date, image)."""

    column: str


class NameField(_Field):
    """The title: one `column`, or `join`, columns whose non-blank cells joined by
    `separator` make it (a fixture's 'Home' and 'Away': 'Russia vs Saudi Arabia'). A blank
    one may take `fallback_column`'s text (a break's 'Lunch' in Type)."""

    column: str | None = None  # else join
    join: list[str] = []
    separator: str = " "
    fallback_column: str | None = None

    def columns(self) -> list[str]:
        read = [self.column] if self.column is not None else list(self.join)
        return read + ([self.fallback_column] if self.fallback_column else [])

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "fallback_column")

    @field_validator("join")
    @classmethod
    def _two_or_more(cls, join: list[str]) -> list[str]:
        if len(join) == 1:
            raise ValueError(f"{toml_value(join)} names one column: name the columns whose "
                             'cells make the title, as join = ["Home", "Away"], or read the '
                             f"title alone with column = {toml_value(join[0])}")
        return join

    @model_validator(mode="after")
    def _column_or_join(self) -> NameField:
        if (self.column is None) == (not self.join):
            raise ValueError('give either column (the title) or join, the columns whose cells '
                             'make the title, as join = ["Home", "Away"]')
        if self.join and self.fallback_column is not None:
            raise ValueError("fallback_column is for a title read from one column: with "
                             "join, a row is given a title by any of the columns joined")
        return self

    @model_validator(mode="after")
    def _fallback_is_another_column(self) -> NameField:
        if self.fallback_column is not None and self.column is not None and (
                normalize_header(self.fallback_column) == normalize_header(self.column)):
            raise ValueError(f"fallback_column is the title's own column ({self.column!r}): "
                             "name the column a blank title takes its text from, such as a "
                             "Type column giving a break's 'Lunch'")
        return self

    def how_to_read(self, column: str, header: str) -> str:
        if column in self.join:
            return f"{header!r} in place of {column!r} in join = {toml_value(self.join)}"
        return super().how_to_read(column, header)


class JoinedColumns(_Strict):
    """An added paragraph made of several columns, each row's cells joined by a space: a
    speaker's first and last names in two columns ('Speakers: Ana Ruiz')."""

    label: str
    join: list[str]

    @field_validator("join")
    @classmethod
    def _two_or_more(cls, join: list[str]) -> list[str]:
        if len(join) < 2:
            raise ValueError(
                f"{toml_value(join)} names {'one column' if join else 'no column'}: name two "
                'or more to join, as join = ["FirstName", "LastName"]; a single column goes '
                "in add_columns by its name (and its label in labels)")
        return join

    def text(self) -> str:
        """How a message names the entry, as the mapping writes it."""
        return (f"{{ label = {toml_value(self.label)}, join = "
                f"{toml_value(self.join)} }}")


AddedColumn = str | JoinedColumns


class DescriptionField(_Field):
    """The description `column`, then each of `add_columns` as a paragraph of its own, plain
    text after its header or its `labels` entry ('Speakers: Ana Ruiz')."""

    parts_stand_alone: ClassVar[bool] = True
    column: str | None = None
    format: DescriptionFormat = "text"
    template: str | None = None
    add_columns: list[AddedColumn] = []
    labels: dict[str, str] = {}

    def columns(self) -> list[str]:
        return [*([self.column] if self.column else []), *self.added_columns()]

    def parts(self) -> list[list[str]]:
        return [*([[self.column]] if self.column else []),
                *([entry] if isinstance(entry, str) else entry.join
                  for entry in self.add_columns)]

    def added_columns(self) -> list[str]:
        """The columns of add_columns, those an entry joins each in turn."""
        return [column for entry in self.add_columns
                for column in ([entry] if isinstance(entry, str) else entry.join)]

    @field_validator("add_columns", mode="before")
    @classmethod
    def _entries(cls, entries: Any) -> Any:
        """Each entry a column's name, or a table joining columns: said here, as one line
        naming the entry, where pydantic would report each kind it could have been."""
        if not isinstance(entries, list):
            return entries
        return [entry if isinstance(entry, str) else _joined_entry(number, entry)
                for number, entry in enumerate(entries, start=1)]

    @field_validator("template")
    @classmethod
    def _template_has_value(cls, template: str | None) -> str | None:
        if template is not None and "{value}" not in template:
            raise ValueError("template must contain {value} where the cell goes")
        return template

    @field_validator("labels")
    @classmethod
    def _labels_added_columns(cls, labels: dict[str, str],
                              info: ValidationInfo) -> dict[str, str]:
        if "add_columns" not in info.data:  # wrong itself, and said: no list to check against
            return labels
        entries = info.data["add_columns"]
        added = {normalize_header(c) for c in entries if isinstance(c, str)}
        joined = {normalize_header(c): entry for entry in entries
                  if isinstance(entry, JoinedColumns) for c in entry.join}
        for column in labels:
            if (entry := joined.get(normalize_header(column))) is not None:
                raise ValueError(f"labels {column!r}, which add_columns joins in "
                                 f"{entry.text()}: the joined paragraph's label is that "
                                 "entry's label; take it out of labels")
        if stray := [c for c in labels if normalize_header(c) not in added]:
            raise ValueError(f"labels {', '.join(map(repr, stray))}, which add_columns does "
                             "not list: add it there, or take its label out")
        return labels

    @model_validator(mode="after")
    def _something_to_read(self) -> DescriptionField:
        if self.column is None and not self.add_columns:
            raise ValueError("give column (the description), add_columns (columns added "
                             "after it) or both")
        if self.column is None and self.template is not None:
            raise ValueError("template wraps the description column: give column too, or "
                             "take the template out")
        seen: set[str] = set()
        for column in self.columns():
            if normalize_header(column) in seen:
                raise ValueError(f"add_columns names {column!r}, which the description "
                                 "already reads: name each column once")
            seen.add(normalize_header(column))
        return self

    def how_to_read(self, column: str, header: str) -> str:
        if column in self.add_columns:
            return f"{header!r} in add_columns in place of {column!r}"
        for entry in self.add_columns:
            if isinstance(entry, JoinedColumns) and column in entry.join:
                return f"{header!r} in place of {column!r} in {entry.text()}"
        return super().how_to_read(column, header)

    def given_otherwise(self, column: str, read: Collection[str]) -> bool:
        """Whether the paragraph of the added entry reading `column` is given by another
        entry of the same label whose columns are all `read`: a Speakers column in one
        export, first and last names joined in another."""
        def label(entry: AddedColumn) -> str:
            return normalize_header(self.label(entry, entry) if isinstance(entry, str)
                                    else entry.label)
        entries = [e for e in self.add_columns
                   if column in ([e] if isinstance(e, str) else e.join)]
        return any(label(other) == label(entry) and other not in entries and all(
            c in read for c in ([other] if isinstance(other, str) else other.join))
            for entry in entries for other in self.add_columns)

    def label(self, column: str, header: str) -> str:
        """What an added column's paragraph starts with: its label, else the sheet's header."""
        by_normal = {normalize_header(c): text for c, text in self.labels.items()}
        return by_normal.get(normalize_header(column), header)


def _joined_entry(number: int, entry: Any) -> Any:
    """An add_columns entry that is no column's name: a table joining columns, checked."""
    if not isinstance(entry, dict):
        raise ValueError(
            f"entry {number} is {toml_value(entry)}: write a column's name in quotes, or a "
            'table joining columns, { label = "Speakers", join = ["FirstName", "LastName"] }')
    if "label" not in entry:  # what to write, not only that it is missing
        raise ValueError(f"entry {number}: missing key 'label', what the paragraph starts "
                         'with: add label = "Speakers" (or label = "" for the names alone)')
    try:
        return JoinedColumns.model_validate(entry)
    except ValidationError as error:
        problems = "; ".join(describe(problem, JoinedColumns) for problem in error.errors())
        raise ValueError(f"entry {number}: {problems}") from None


class _SeparatedNames(_Field):
    """Several names in one cell, parted by `separator`."""

    separator: str = ";"

    @field_validator("separator")
    @classmethod
    def _separator_not_empty(cls, separator: str) -> str:
        if not separator:  # str.split("") raises: nothing would say where names part
            raise ValueError('must not be empty; write what stands between two names, such as '
                             'separator = ";"')
        return separator


class NamesField(ColumnField, _SeparatedNames):
    """Tracks (or rooms read from one column): several names in one cell."""


# What stands between a room and its venue in a joined name: 'Main Hall, Town Theatre'.
ROOM_JOINER = ", "


class LocationsField(_SeparatedNames):
    """The rooms: one `column`, or `join`, a room column then the columns that tell rooms of
    one name apart (a festival's 'Venue'), each room named with them: 'Main Hall, Town
    Theatre'. The separator parts the room cell alone; a blank cell is left out of the name."""

    column: str | None = None  # else join
    join: list[str] = []

    def columns(self) -> list[str]:
        return [self.column] if self.column is not None else list(self.join)

    @field_validator("join")
    @classmethod
    def _two_or_more(cls, join: list[str]) -> list[str]:
        if len(join) == 1:
            raise ValueError(f"{toml_value(join)} names one column: name the room column "
                             'and the one telling rooms apart, as join = ["Room", "Venue"], '
                             f"or read the room alone with column = {toml_value(join[0])}")
        return join

    @model_validator(mode="after")
    def _column_or_join(self) -> LocationsField:
        if (self.column is None) == (not self.join):
            raise ValueError('give either column (the rooms) or join, the room column then '
                             'the venue\'s, as join = ["Room", "Venue"]')
        return self

    def how_to_read(self, column: str, header: str) -> str:
        if column in self.join:
            return f"{header!r} in place of {column!r} in join = {toml_value(self.join)}"
        return super().how_to_read(column, header)


class BooleanField(_Field):
    """yes/no column. `default` applies to blank cells; without one a blank is left unsent.
    `default` alone, with no column, is every session's value (a sheet need not carry a
    column of 'yes' on every row to say so)."""

    column: str | None = None
    default: StrictBool | None = None

    @model_validator(mode="after")
    def _column_or_default(self) -> BooleanField:
        if self.column is None and self.default is None:
            raise ValueError("missing key 'column'; add it, or give default = true (or "
                             "false) alone, every session's value")
        if self.column == "":  # read as no column at all, so the sheet would not be read
            raise ValueError("column is empty; write the sheet's header, or take the line "
                             "out to give default = true (or false) alone, every session's "
                             "value")
        return self


class NumberField(ColumnField):
    pass


class WhenField(_Field):
    """A moment: one datetime `column`, or a `date_column` with an optional `time_column`."""

    column: str | None = None
    date_column: str | None = None
    time_column: str | None = None

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "date_column", "time_column")

    @model_validator(mode="after")
    def _one_layout(self) -> WhenField:
        self._check_layout()
        return self

    def _check_layout(self) -> None:
        if (self.column is None) == (self.date_column is None):
            raise ValueError("give either column (date and time in one cell) or date_column")
        if self.column is not None and self.time_column is not None:
            raise ValueError("time_column goes with date_column, not with column")


def _iso_date(value: Any) -> dt.date | None:
    """A TOML date (2027-05-11), or text holding one ("2027-05-11"); None for anything else,
    a TOML datetime included."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class StartField(WhenField):
    """The start. A programme kept one tab per day may give no date column: the date is each
    tab's, named in `sheet_dates` or read from its name (`date_from_sheet_name`, with `year`
    for names that give none), and `time_column` the time. A programme of one day may give
    its `date` instead, the date of every sheet (and of a CSV file)."""

    sheet_dates: dict[str, dt.date] = {}
    date_from_sheet_name: StrictBool = False
    year: StrictInt | None = None
    date: dt.date | None = None

    def dates_from_sheets(self) -> bool:
        """Whether each row's date is its sheet's (`date` being every sheet's), not a cell's."""
        return bool(self.sheet_dates) or self.date_from_sheet_name or self.date is not None

    @field_validator("date", mode="before")
    @classmethod
    def _iso_day(cls, value: Any) -> Any:
        """The day as TOML writes a date (2027-05-11) or ISO text, as sheet_dates takes it."""
        if value is None:
            return value
        if (date := _iso_date(value)) is None:
            raise ValueError(f"{toml_value(value)} is not a date: write it as 2027-05-11")
        return date

    @field_validator("sheet_dates", mode="before")
    @classmethod
    def _iso_dates(cls, dates: Any) -> Any:
        """Each date as TOML writes one (2027-05-11) or ISO text ("2027-05-11"): a date in
        another form could be read in either day/month order."""
        if not isinstance(dates, dict):
            return dates
        read = {}
        for name, value in dates.items():
            if (date := _iso_date(value)) is None:
                raise ValueError(f"sheet {name!r} is given {toml_value(value)}, not a date: "
                                 f'write it as "2027-05-11"')
            read[name] = date
        return read

    @field_validator("year")
    @classmethod
    def _plausible_year(cls, year: int | None) -> int | None:
        if year is not None and not 1900 <= year <= 2099:
            raise ValueError(f"{year} is no year a programme is in: write it whole, as 2027")
        return year

    def _check_layout(self) -> None:
        if self.date is not None and (self.sheet_dates or self.date_from_sheet_name):
            given = "sheet_dates" if self.sheet_dates else "date_from_sheet_name"
            raise ValueError(f"date gives every session one day, {given} each sheet its own: "
                             "remove one of them")
        if self.year is not None and not self.date_from_sheet_name:
            raise ValueError("year goes with date_from_sheet_name = true (for sheet names that "
                             "give no year); remove it, or add date_from_sheet_name = true")
        if not self.dates_from_sheets():
            if self.column is None and self.date_column is None and self.time_column:
                raise ValueError(
                    "give either column (date and time in one cell) or date_column; or, when "
                    "each sheet is one day, its date from the sheet: sheet_dates = { \"Day 1\" "
                    "= \"2027-05-11\" } or date_from_sheet_name = true; or, for a programme of "
                    "one day, date = 2027-05-11")
            super()._check_layout()
            return
        if self.date is not None:
            keys, given = "date, which gives every session's date", "date gives the day only"
        else:
            keys = "sheet_dates or date_from_sheet_name, which take the date from each sheet"
            given = ("sheet_dates" if self.sheet_dates else "date_from_sheet_name") + (
                " gives the date from each sheet")
        if self.column is not None or self.date_column is not None:
            mapped = "column" if self.column is not None else "date_column"
            raise ValueError(f"{mapped} cannot go with {keys}: remove one of them")
        if self.time_column is None:
            raise ValueError(f"{given}: give the start's time in time_column too")


LONGEST_LAST_MINUTES = 24 * 60  # a day's last session, given a length by the mapping


class EndField(_Field):
    """The end: a datetime `column`, a `time_column` on the start's date, or a duration.
    Or `until_next`: each session ends as the next later one on its day and tab starts (a
    programme giving starts only), the day's last ones `last_minutes` after they start; with
    a column, only its blank cells end so. Or `minutes`: every session lasts that long (a
    film programme's showings); with a column, only its blank cells end so."""

    column: str | None = None
    time_column: str | None = None
    duration_column: str | None = None
    # What a plain number in the duration column counts: a timetable's 1.5 is hours. Unsaid,
    # minutes, but one under 5 (1, 3) is refused as likely hours; said, minutes are minutes.
    duration_unit: DurationUnit | None = None
    until_next: StrictBool = False
    last_minutes: StrictInt | None = None
    minutes: StrictInt | None = None

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "time_column", "duration_column")

    @model_validator(mode="after")
    def _one_layout(self) -> EndField:
        if self.last_minutes is not None and not self.until_next:
            raise ValueError("last_minutes goes with until_next = true (it is the length of "
                             "each day's last session); remove it, or add until_next = true")
        if self.last_minutes is not None and not 0 < self.last_minutes <= LONGEST_LAST_MINUTES:
            raise ValueError(f"last_minutes = {self.last_minutes} is no session's length: "
                             f"give the minutes the day's last session lasts, 1 to "
                             f"{LONGEST_LAST_MINUTES}, as last_minutes = 60")
        if self.minutes is not None and self.until_next:
            raise ValueError("minutes gives every session that length, and until_next ends "
                             "each as the next one starts: keep one (with until_next, "
                             "last_minutes gives each day's last sessions a length)")
        if self.minutes is not None and not 0 < self.minutes <= LONGEST_LAST_MINUTES:
            raise ValueError(f"minutes = {self.minutes} is no session's length: give the "
                             f"minutes each session lasts, 1 to {LONGEST_LAST_MINUTES}, "
                             "as minutes = 120")
        if self.duration_unit is not None and self.duration_column is None:
            raise ValueError("duration_unit goes with duration_column (it is what that "
                             "column's plain numbers count); remove it, or name the column")
        if len(self.columns()) > 1:
            raise ValueError("give exactly one of column, time_column or duration_column")
        if not self.columns() and not self.until_next and self.minutes is None:
            raise ValueError("give exactly one of column, time_column or duration_column; or, "
                             "for a programme that gives only each session's start, "
                             "until_next = true (each session ends when the next one starts) "
                             "or minutes = 120 (every session lasts that long)")
        return self


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


# What a `values` entry's value must be, by what the column is read as: said to a planner
# whose entry does not read, who must correct the entry rather than add one.
ENTRY_FORMS = {
    "a date": "a date, as YYYY-MM-DD",
    "a date and time": "a date, as YYYY-MM-DD, or a date and time, as YYYY-MM-DD HH:MM",
    "a start and end date and time": "a date, as YYYY-MM-DD, or a start and end, as "
                                     "YYYY-MM-DD HH:MM - YYYY-MM-DD HH:MM",
    "a time": "a time, as HH:MM",
    "a start and end time": "a start and end time, as HH:MM - HH:MM",
    "a duration": "a duration, as minutes (90) or H:MM (1:30)",
}
Reader = Callable[[Any], Any]


def _or_bare_hour(read: Reader) -> Reader:
    """`read`, or a bare hour (`9`), which a time column writing the 24-hour clock reads as
    that hour: whether it does, only the sheet tells."""
    def read_or_bare_hour(cell: Any) -> Any:
        try:
            return read(cell)
        except CellError:
            if bare_hour(cell) is None:
                raise
            return None
    return read_or_bare_hour


def _when_readers(when: WhenField, order: DateOrder,
                  ranges: bool) -> tuple[Reader, str] | None:
    """The reader of a start's or a registration date's cells, as validate picks it, when
    the mapping alone decides it; None when a date column and a time column read the same
    entries, or a column of start and end times reads them (its cells decide how)."""
    if when.column is not None:
        if ranges:
            return partial(parse_datetime_range, order=order), "a start and end date and time"
        return partial(parse_datetime_cell, order=order), "a date and time"
    if isinstance(when, StartField) and when.dates_from_sheets():
        return None if ranges else (_or_bare_hour(parse_late_time), "a time")
    if when.time_column is None:
        return date_and_its_time(order), "a date"
    return None


def _end_readers(end: EndField, order: DateOrder,
                 ranges: bool) -> tuple[Reader, str] | None:
    """The reader of the end's cells, as validate picks it; None for a column of start and
    end times (its cells decide how it reads)."""
    if end.duration_column is not None:
        return partial(parse_duration, unit=end.duration_unit), "a duration"
    if end.column is not None:
        if ranges:
            return partial(parse_datetime_range, order=order), "a start and end date and time"
        return partial(parse_end_datetime, order=order), "a date and time"
    if end.time_column is not None and not ranges:
        return _or_bare_hour(parse_end_time), "a time"
    return None


def _same_column(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and (
        normalize_header(one) == normalize_header(other))


def _entry_problems(key: str, setting: _Field, reader: tuple[Reader, str] | None) -> list[str]:
    """A line for each of the field's `values` entries `reader` cannot read (an empty value,
    a blank cell, reads)."""
    if reader is None:
        return []
    read, what = reader
    problems = []
    for cell, value in setting.values.items():
        try:
            if (text := cell_text(value)) is not None:
                read(text)
        except CellError:
            problems.append(f"fields.{key}: values has {toml_value(cell)} = "
                            f"{toml_value(value)}, which is not {what}: correct that entry's "
                            f"value to {ENTRY_FORMS[what]}")
    return problems


class Fields(_Strict):
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
    def _not_optional(cls, setting: _Field) -> _Field:
        if setting.optional:
            raise ValueError("cannot be optional: every session needs it; "
                             "remove optional = true")
        return setting

    @field_validator(*_ENTRY_READERS)
    @classmethod
    def _entries_read(cls, setting: _Field | None, info: ValidationInfo) -> _Field | None:
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

    def mapped(self) -> Iterator[tuple[str, _Field]]:
        for key in type(self).model_fields:
            value = getattr(self, key)
            if value is not None:
                yield key, value


class LeaveOut(_Strict):
    """Rows the sheet itself marks as out: a call-for-papers export's rejected or withdrawn
    talks, or a planner's Status column saying 'Cancelled'."""

    column: str
    values: list[str]

    @field_validator("values")
    @classmethod
    def _some_values(cls, values: list[str]) -> list[str]:
        if not any(value.strip() for value in values):
            raise ValueError("names no value: list the cell texts that leave a row out, "
                             'as values = ["Cancelled", "Withdrawn"]')
        return values

    def words(self) -> set[str]:
        """The values as cells are compared with them: stripped, without case."""
        return {value.strip().casefold() for value in self.values if value.strip()}


class Mapping(_Strict):
    """A whole mapping file."""

    name: str
    description: str = ""
    date_order: DateOrder = "month-first"
    timezone: str | None = None
    import_id_prefix: str = ""
    blank_values: list[str] = []
    skip_unscheduled: StrictBool = False
    # Columns whose blank cells take the cell above: a date typed once per day, or a merge
    # that a CSV export lost.
    fill_down: list[str] = []
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
        ranges = (_same_column(start.column, end.column)
                  or _same_column(start.time_column, end.time_column))
        readers: list[tuple[str, _Field, tuple[Reader, str] | None]] = [
            ("start", start, _when_readers(start, order, ranges)),
            ("end", end, _end_readers(end, order, ranges)),
            *((key, when, _when_readers(when, order, ranges=False))
              for key in ("registration_start_date", "registration_end_date")
              if (when := getattr(fields, key)) is not None)]
        if fields.end_date is not None:
            readers.append(("end_date", fields.end_date, (partial(parse_date, order=order),
                                                          "a date")))
        problems = [line for key, setting, reader in readers
                    for line in _entry_problems(key, setting, reader)]
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


# ---------------------------------------------------------------------------- loading


def load_mapping(source: str | Path | None = None) -> Mapping:
    """Read a mapping: None -> the built-in template, a bare name -> a built-in, else a path."""
    path = find_mapping_file(DEFAULT_MAPPING if source is None else source)
    label = _display_path(path)
    try:
        text = toml_text(path.read_bytes())
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MappingError(
            f"{label}: not valid TOML: {error}; {syntax_fix(text, str(error))}") from None
    except ValueError as error:
        raise MappingError(f"{label}: {error}") from None
    except OSError as error:
        raise MappingError(f"{label}: cannot read the mapping: {error}") from None
    try:
        mapping = Mapping.model_validate(data)
    except ValidationError as error:
        raise MappingError("\n".join(described_at_lines(error, Mapping, label, text))) from None
    if source is not None and _is_bare_name(source):
        mapping._passed_over = _passed_over(str(source), path)
    return mapping


def _is_bare_name(source: str | Path) -> bool:
    """A mapping's name, looked up (`pycones19`), rather than a file's path."""
    text = str(source)
    return not (isinstance(source, Path) or "/" in text or "\\" in text
                or text.endswith(".toml"))


def _passed_over(name: str, found: Traversable) -> str | None:
    """What to say of a file in the current folder that the bare name could have meant
    besides the one read: ./NAME.toml, which a bare name never reads, or ./mappings/NAME.toml
    after a built-in of that name."""
    read = found.resolve() if isinstance(found, Path) else None
    others = [path for path in (Path.cwd() / f"{name}.toml", Path.cwd() / "mappings" /
                                f"{name}.toml") if path.is_file() and path.resolve() != read]
    if not others:
        return None
    builtin = (builtin_mappings_folder() / f"{name}.toml").is_file()
    taken = "the built-in one" if builtin else _display_path(found)
    other = _display_path(others[0])
    return (f"The mapping named {name!r} read {taken}, not {other} in this folder. To read "
            f"that file, give its path: --mapping ./{other}")


def find_mapping_file(source: str | Path, *, also_in: Path | None = None) -> Traversable:
    """A path as given, or a bare name among the built-ins, then in `also_in` (the mappings/
    folder beside a settings file naming it), then in ./mappings/."""
    text = str(source)
    if not _is_bare_name(source):
        path = Path(source)
        if path.is_dir():
            raise MappingError(
                f"mapping file {text} is a folder; give the path of the mapping's .toml file")
        if not path.is_file():
            raise MappingError(f"mapping file {text} not found; check the path")
        return path
    here = Path.cwd() / "mappings"
    elsewhere = [also_in] if also_in is not None and also_in.resolve() != here.resolve() else []
    for folder in (builtin_mappings_folder(), *elsewhere, here):
        if (folder / f"{text}.toml").is_file():
            return folder / f"{text}.toml"
    names = builtin_mapping_names()
    close = difflib.get_close_matches(text, names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    if (Path.cwd() / f"{text}.toml").is_file():  # a bare name is no path: the file is missed
        hint = f"did you mean ./{text}.toml, in this folder? "
    places = "".join(f", in {folder}/" for folder in elsewhere)
    raise MappingError(
        f"no mapping named {text!r} among the built-ins{places} or in ./mappings/; {hint}"
        f"built-in: {', '.join(names)} (or give the path to a .toml file)"
    )


def builtin_mapping_names() -> list[str]:
    files = builtin_mappings_folder().iterdir()
    return sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml"))


def builtin_mappings_folder() -> Traversable:
    """The built-in mappings as installed package data, or in place in a source checkout."""
    try:
        return importlib.resources.files(BUILTIN_MAPPINGS_PACKAGE)
    except ModuleNotFoundError:
        # setuptools' editable install cannot import importer.mappings (a folder mapped from
        # outside importer/), and a checkout run uninstalled has no package data: read it in place.
        return _SOURCE_TREE_MAPPINGS


def _display_path(path: Traversable) -> str:
    if not isinstance(path, Path):
        return str(path)  # not a plain file (say, inside a zip): nothing to make relative
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------- binding to a sheet


_OPTIONAL_MARK = re.compile(r"\(\s*optional\s*\)", re.IGNORECASE)  # Guidebook's "Track (Optional)"


@dataclass(frozen=True)
class BoundMapping:
    """A mapping matched to one sheet's headers."""

    mapping: Mapping
    headers: dict[str, str]  # column name as the mapping writes it -> header as in the sheet
    active: dict[str, Any]  # field key -> field settings, for fields whose columns are present
    left_out: dict[str, list[str]] = field(default_factory=dict)  # optional field -> columns
    leave_out_header: str | None = None  # the sheet's header of the leave_out column

    def header(self, column: str | None) -> str | None:
        return None if column is None else self.headers.get(column)

    def fill_down_headers(self) -> list[str]:
        """The sheet's headers of the mapping's fill_down columns (an optional field's
        column the sheet lacks has none)."""
        read = {normalize_header(column): h for column, h in self.headers.items()}
        return [h for c in self.mapping.fill_down if (h := read.get(normalize_header(c)))]

    def lookalikes(self, sheet_columns: Sequence[str]) -> list[tuple[str, str, str]]:
        """(field, its column, sheet header): a header no field reads that resembles the
        column of an optional field the sheet lacks ('Track' for 'Schedule Track (Optional)').
        Optional fields are skipped without a word, so such a column would be lost unseen."""
        read = set(self.headers.values())
        # Compared without '(Optional)' on either side: 'Max Capacity (Optional)' is like
        # 'Limit Capacity (Optional)', but the marks would outweigh the words.
        unread = {_OPTIONAL_MARK.sub("", c): c for c in reversed(sheet_columns) if c not in read}
        return [(key, column, unread[close]) for key, columns in self.left_out.items()
                for column in columns
                if not self._given_otherwise(key, column)
                and (close := closest_header(_OPTIONAL_MARK.sub("", column), list(unread)))]

    def _given_otherwise(self, key: str, column: str) -> bool:
        setting = self.active.get(key)
        return isinstance(setting, DescriptionField) and setting.given_otherwise(
            column, self.headers)


def bind(mapping: Mapping, sheet_columns: Sequence[str], *, source: str = "",
         sheet_path: str = "") -> BoundMapping:
    """Match the mapping's columns to the sheet's headers (compared with normalize_header).

    `source` (the file, and sheet) starts the message when a column is missing;
    `sheet_path`, the file alone, goes into the draft-mapping command it suggests."""
    by_normal = {normalize_header(c): c for c in sheet_columns}
    headers: dict[str, str] = {}
    active: dict[str, Any] = {}
    left_out: dict[str, list[str]] = {}
    missing: list[tuple[str, str]] = []  # (field, column): all of them, reported at once
    for key, setting in mapping.fields.mapped():
        found = {c: by_normal.get(normalize_header(c)) for c in setting.columns()}
        present = {c: header for c, header in found.items() if header is not None}
        absent = [c for c in found if c not in present]
        if absent and setting.optional:
            # A part the sheet has none of is left out; one it has some of needs the rest.
            gone = [c for part in setting.parts() if not any(c in present for c in part)
                    for c in part]
            if gone:
                left_out[key], absent = gone, [c for c in absent if c not in gone]
            if not present:
                continue
        missing += [(key, column) for column in absent]
        headers.update(present)
        active[key] = setting
    marked = mapping.leave_out.column if mapping.leave_out else None
    leave_out_header = by_normal.get(normalize_header(marked)) if marked else None
    if marked and leave_out_header is None:
        missing.append((LEAVE_OUT, marked))
    if missing:
        # The description reads each column once: one it reads already is not the one meant.
        read = [h for c in mapping.fields.description.columns() if (h := headers.get(c))] if (
            mapping.fields.description) else []
        error = _missing_columns_error(mapping, missing, sheet_columns, source, sheet_path, read)
        # The run stops before validate's same-name-mapping warning: said here, lest the
        # planner's own file of that name, fitting the sheet, seem to be the one refused.
        raise MappingError(f"{error} {mapping.passed_over}") if mapping.passed_over else error
    return BoundMapping(mapping, headers, active, left_out, leave_out_header)


def _missing_columns_error(
    mapping: Mapping, missing: list[tuple[str, str]], sheet_columns: Sequence[str], source: str,
    sheet_path: str, described: Sequence[str] = (),
) -> MappingError:
    """`described`: the headers the description reads, no likely column for another of its."""
    listed = ", ".join(repr(c) for c in sheet_columns)
    markable = _may_be_marked_optional(mapping, missing)

    def candidates(key: str) -> list[str]:
        return [c for c in sheet_columns if key != "description" or c not in described]

    if len(missing) == 1:
        ((key, column),) = missing
        close = closest_header(column, candidates(key))
        where = f"did you mean {close!r}? The" if close else "the"
        return MappingError(
            f"{source}{': ' if source else ''}"
            f"mapping {mapping.name!r}: {_setting_name(key)} needs column {column!r}, which the "
            f"sheet does not have; {where} sheet's columns are: {listed}. Fix the column name in "
            f"the mapping or the sheet{', or mark the field optional = true' if markable else ''}."
        )
    needed = ", ".join(_missing_column(key, column, candidates(key)) for key, column in missing)
    return MappingError(
        f"{source}{': ' if source else ''}"
        f"mapping {mapping.name!r} needs {len(missing)} columns the sheet does not have: "
        f"{needed}. The sheet's columns are: {listed}. Fix the column names in the mapping or "
        f"the sheet{_mark_optional(markable)}{_builtin_hint(mapping, sheet_columns)}"
        f"{_draft_hint(sheet_path)}."
    )


def _builtin_hint(mapping: Mapping, sheet_columns: Sequence[str]) -> str:
    """A built-in mapping that reads every column it needs from this sheet (a Sessionize
    export read with the default mapping): named, as it reads what a draft would not."""
    have = {normalize_header(c) for c in sheet_columns}
    fits = [name for name in builtin_mapping_names() if name != mapping.name and all(
        normalize_header(c) in have for c in load_mapping(name).required_columns())]
    return (f"; or read it with the built-in mapping made for such sheets: --mapping "
            f"{fits[0]}" if fits else "")


def _draft_hint(sheet_path: str) -> str:
    """Several columns missing: the sheet is most likely laid out another way. (No --sheet:
    draft-mapping finds the tab whose columns fit a programme best.)"""
    return (f"; or, for a sheet laid out another way, draft a mapping from its own columns: "
            f"gbimport draft-mapping {shlex.quote(sheet_path)} -o my-mapping.toml"
            if sheet_path else "")


def _may_be_marked_optional(mapping: Mapping, missing: Sequence[tuple[str, str]]) -> list[str]:
    """The fields among `missing` that `optional = true` would let the sheet lack: not name,
    start or end (the loader refuses it there), nor a field already optional, nor one whose
    missing column shares a part with a column the sheet has ('Venue' of join = ["Room",
    "Venue"] beside a 'Room' column): optional still needs the rest of a part begun."""
    absent: dict[str, set[str]] = {}
    for key, column in missing:
        absent.setdefault(key, set()).add(column)
    return [key for key, columns in absent.items()
            if key not in (*REQUIRED_FIELDS, LEAVE_OUT)
            and not getattr(mapping.fields, key).optional
            and all(columns.issuperset(part) for part in getattr(mapping.fields, key).parts()
                    if columns.intersection(part))]


def _mark_optional(keys: Sequence[str]) -> str:
    if not keys:
        return ""
    named = ", ".join(f"fields.{key}" for key in keys)
    return f", or mark {named} optional = true"


def _missing_column(key: str, column: str, sheet_columns: Sequence[str]) -> str:
    close = closest_header(column, sheet_columns)
    return f"{column!r} for {_setting_name(key)}" + (
        f" (did you mean {close!r}?)" if close else "")


def _setting_name(key: str) -> str:
    """How a message names what needs a column: a field, or the top-level leave_out."""
    return key if key == LEAVE_OUT else f"fields.{key}"


def closest_header(column: str, sheet_columns: Sequence[str]) -> str | None:
    """The sheet header most like `column`, word order ignored ('Start Time' ~ 'Time Start').
    None for a drafted mapping's FILL_IN, which is like no column ('Fin' is not meant)."""
    if column == FILL_IN:
        return None

    def likeness(header: str) -> float:
        a, b = normalize_header(column), normalize_header(header)
        swapped = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
        # 'Title' for 'Session Title': one name's words all within the other's.
        nested = bool(a.split()) and bool(b.split()) and (
            set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
        return max(difflib.SequenceMatcher(None, a, b).ratio(),
                   difflib.SequenceMatcher(None, *swapped).ratio(),
                   NESTED_LIKENESS if nested else 0.0)

    best = max(sheet_columns, key=likeness, default=None)
    return best if best is not None and likeness(best) >= 0.6 else None
