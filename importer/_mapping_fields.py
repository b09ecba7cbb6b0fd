"""The mapping's field models: what each `[fields.KEY]` table may say (a column, columns
joined, cell values renamed, optional), checked as the file is read, and `leave_out`.
The start and end, and their cells' readers, are in `_mapping_when.py`."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    StrictBool,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from importer._toml_problems import describe, toml_value
from importer.descriptions import DescriptionFormat
from importer.load import normalize_header

# The year draft-mapping leaves to fill in, in the dates it offers under `values`.
DATE_PLACEHOLDER = "YYYY"


class Strict(BaseModel):
    """Numbers and switches are StrictInt and StrictBool: TOML writes them without quotes,
    and `minutes = "45"` or `optional = "yes"` is refused saying so, as the settings file
    refuses `rate = "5"`, rather than read one way here and another way there."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Field(Strict):
    """What every mapped field may say: a column may be optional; cell values may be renamed."""

    optional: StrictBool = False
    values: dict[str, str] = {}
    # Whether each column gives a part of its own (a description's added paragraphs), so
    # that optional lets the sheet lack any of them; other fields need all or none.
    parts_stand_alone: ClassVar[bool] = False
    # What else the message for an emptied column line suggests (a yes/no field: default).
    EMPTIED_HINT: ClassVar[str] = ""

    @model_validator(mode="after")
    def _no_emptied_column(self) -> Self:
        # 'column = ""', a line emptied rather than taken out, names no column: it was read
        # as no column at all (a description left out) or stopped validate with a bug.
        for key in self._column_keys():
            value = getattr(self, key)
            if value is not None and not value.strip():
                raise ValueError(f"{key} is empty; write the sheet's header{self.EMPTIED_HINT}")
        return self

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


class ColumnField(Field):
    """One column, read as text (name, import_id, end_date, image)."""

    column: str


class ColumnOrJoin(Field):
    """A field read from one `column`, or from `join`, two columns or more; the messages of
    its checks name what the field's columns are (`ONE_COLUMN`, `JOINED`)."""

    column: str | None = None  # else join
    join: list[str] = []
    # The words of its checks' messages: "give either column (ONE_COLUMN[0]) or join,
    # JOINED[1], as join = EXAMPLE"; "names one column: JOINED[0], as join = EXAMPLE, or read
    # the ONE_COLUMN[1] alone with column = ...".
    ONE_COLUMN: ClassVar[tuple[str, str]] = ("", "")
    JOINED: ClassVar[tuple[str, str]] = ("", "")
    EXAMPLE: ClassVar[str] = ""

    @field_validator("join")
    @classmethod
    def _two_or_more(cls, join: list[str]) -> list[str]:
        if len(join) == 1:
            raise ValueError(f"{toml_value(join)} names one column: {cls.JOINED[0]}, as join "
                             f"= {cls.EXAMPLE}, or read the {cls.ONE_COLUMN[1]} alone with "
                             f"column = {toml_value(join[0])}")
        return join

    @model_validator(mode="after")
    def _column_or_join(self) -> Self:
        if (self.column is None) == (not self.join):
            raise ValueError(f"give either column ({self.ONE_COLUMN[0]}) or join, "
                             f"{self.JOINED[1]}, as join = {self.EXAMPLE}")
        return self


class NameField(ColumnOrJoin):
    """The title: one `column`, or `join`, columns whose non-blank cells joined by
    `separator` make it (a fixture's 'Home' and 'Away': 'Russia vs Saudi Arabia'). A blank
    one may take `fallback_column`'s text (a break's 'Lunch' in Type)."""

    ONE_COLUMN = ("the title", "title")
    JOINED = ("name the columns whose cells make the title",
              "the columns whose cells make the title")
    EXAMPLE = '["Home", "Away"]'
    separator: str = " "
    fallback_column: str | None = None

    def columns(self) -> list[str]:
        read = [self.column] if self.column is not None else list(self.join)
        return read + ([self.fallback_column] if self.fallback_column else [])

    def _column_keys(self) -> tuple[str, ...]:
        return ("column", "fallback_column")

    @model_validator(mode="after")
    def _no_fallback_beside_join(self) -> NameField:
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


class JoinedColumns(Strict):
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


class DescriptionField(Field):
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


class _SeparatedNames(Field):
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


class LocationsField(ColumnOrJoin, _SeparatedNames):
    """The rooms: one `column`, or `join`, a room column then the columns that tell rooms of
    one name apart (a festival's 'Venue'), each room named with them: 'Main Hall, Town
    Theatre'. The separator parts the room cell alone; a blank cell is left out of the name."""

    ONE_COLUMN = ("the rooms", "room")
    JOINED = ("name the room column and the one telling rooms apart",
              "the room column then the venue's")
    EXAMPLE = '["Room", "Venue"]'

    def columns(self) -> list[str]:
        return [self.column] if self.column is not None else list(self.join)

    def how_to_read(self, column: str, header: str) -> str:
        if column in self.join:
            return f"{header!r} in place of {column!r} in join = {toml_value(self.join)}"
        return super().how_to_read(column, header)


class BooleanField(Field):
    """yes/no column. `default` applies to blank cells; without one a blank is left unsent.
    `default` alone, with no column, is every session's value (a sheet need not carry a
    column of 'yes' on every row to say so)."""

    column: str | None = None
    default: StrictBool | None = None
    EMPTIED_HINT = (", or take the line out to give default = true (or false) alone, every "
                    "session's value")

    @model_validator(mode="after")
    def _column_or_default(self) -> BooleanField:
        if self.column is None and self.default is None:
            raise ValueError("missing key 'column'; add it, or give default = true (or "
                             "false) alone, every session's value")
        return self


class NumberField(ColumnField):
    pass


class LeaveOut(Strict):
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
