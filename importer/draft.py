"""Draft a mapping from a sheet's own columns: the first step with a sheet that is not laid
out as Guidebook's template.

Each field is matched to a column by its header, among the names planners and event tools
use ('Title', 'Scheduled At', 'Venue'), and the cells decide how a column is read: a 'Start'
of dates with times is one datetime column, of times alone it goes with a date column, and
'9:00 - 10:30' is a start and an end in one cell. The draft is TOML with a comment on each
choice: a person reads it before using it, and `validate` then checks it on the sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from importer._draft_base import english_scene, table
from importer._draft_ends import EndsDrafter
from importer._draft_fields import FieldsDrafter
from importer._draft_ids import IdsDrafter
from importer._draft_people import name_pairs, remarks_left_out
from importer._draft_registration import RegistrationDrafter
from importer._draft_rooms import RoomsDrafter
from importer._draft_times import TimesDrafter
from importer._draft_titles import TitlesDrafter
from importer._draft_words import ALTERNATIVES, PLACEHOLDERS, PROGRAMME_FIELDS, ZONE_IN_HEADER
from importer._draft_zones import ZonesDrafter, zone_example
from importer._given_paths import spreadsheet_path
from importer._header_words import (
    NAMES,
    TOOL_PREFIXES,
    ZONE_AFTER_NAME,
    header_key,
    names_affiliations,
    names_people,
    names_remarks,
    without_accents,
)
from importer._load_grid import CSV_EXTENSIONS
from importer._load_joined import check_same_columns
from importer._shell_words import shell_path, shell_word
from importer._toml_problems import toml_value
from importer.convert import DateOrder
from importer.errors import InputError, MappingError, NoSheetsInCsvError
from importer.load import (
    ALL_SHEETS,
    Sheet,
    headerless_error,
    load_sheet,
    read_grid,
    sheet_place,
    tab_nearly_alike,
)
from importer.mapping import FILL_IN, Mapping, bind, builtin_mapping_names, load_mapping
from importer.model import header_rows_text, listed


@dataclass
class Draft:
    """A drafted mapping: its TOML text, and what the user must still fill in."""

    text: str
    sheet: Sheet
    chosen: dict[str, str] = field(default_factory=dict)  # role -> header it was matched to
    missing: list[str] = field(default_factory=list)  # required fields no column fits
    fits_template: bool = False  # the built-in guidebook-template reads the sheet as it is
    template_misreads_dates: bool = False  # its columns, but dates the other way round
    builtin: str | None = None  # another built-in mapping that reads every column it needs
    # As the sheet's dates tell it, if they do: a built-in mapping of the other misreads them.
    date_order: DateOrder | None = None
    # role -> the headers it joins, where it reads more than its chosen one (a room's venue)
    joined: dict[str, list[str]] = field(default_factory=dict)
    # The status column and the states in it that leave a row out ('Cancelled'), if any.
    leave_out: tuple[str, list[str]] | None = None
    # The tabs the draft was asked for (--sheet, given once or more, or 'all'), which validate
    # must be given too, as it reads the first holding data without them.
    sheet_options: list[str] = field(default_factory=list)
    # The sheet's columns the draft reads nothing from: nothing in them reaches the guide.
    unread: list[str] = field(default_factory=list)
    # The unread column of most words a row, to offer as the description if none is drafted.
    description_offer: str | None = None
    # tab -> why `validate --sheet all` stops at it: it lacks a column the draft reads.
    stops_every_tab: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.missing

    def check_lead(self, said: str) -> str:
        """How the draft's file and the console offer the check: after the tabs it would
        stop at are fixed, as `said` ('above') ('then, once sheet 'Day 3' is fixed ...')."""
        if not self.stops_every_tab:
            return "then check it"
        tabs = listed([f"sheet {name!r}" for name in self.stops_every_tab])
        verb = "is" if len(self.stops_every_tab) == 1 else "are"
        return f"then, once {tabs} {verb} fixed as said {said}, check it"


def draft_mapping(
    path: str | Path, sheet: str | int | Sequence[str | int] | None = None
) -> Draft:
    """Read the sheet's header and cells and draft a mapping for them. `sheet`: a tab's name
    or 0-based place; several, read as validate reads them (the draft is made from the first,
    the others must have its columns); or "all" (one tab per day), as without it."""
    path = spreadsheet_path(path)
    names = [] if sheet is None else [sheet] if isinstance(sheet, str | int) else list(sheet)
    every_tab = [str(name).casefold() for name in names] == [ALL_SHEETS]
    loaded = _sheet_read(path, None if every_tab or not names else names[0])
    if (every_tab or not names) and _fields_named(loaded.columns) < PROGRAMME_FIELDS:
        # A workbook that opens on a notes or cover tab: the tab whose header names the
        # most fields holds the programme (the first of equals).
        tabs = [loaded, *(_sheet_read(path, name) for name in read_grid(path, None).other_sheets)]
        loaded = max(tabs, key=lambda tab: _fields_named(tab.columns))
        loaded.similar_sheets = [str(tab.sheet_name) for tab in tabs
                                 if tab is not loaded and tab.columns == loaded.columns]
    elif len(names) > 1:
        loaded.similar_sheets = _tabs_alike(path, loaded, names[1:])
    _refuse_headerless(loaded)
    options = ([] if not names or loaded.sheet_name is None  # a CSV file has no tabs
               else [ALL_SHEETS] if every_tab else [str(loaded.sheet_name), *loaded.similar_sheets])
    draft = _Drafter(loaded, options).draft()
    if loaded.sheet_name is not None and (every_tab or (not names and loaded.similar_sheets)):
        _note_tabs_nearly_alike(draft)  # validate --sheet all: asked for, or offered
    builtin = _builtin_fitting(loaded.columns)
    if builtin is not None and draft.date_order in (None, builtin.date_order):
        draft.builtin = builtin.name
        first, second, rest = draft.text.split("\n", 2)
        draft.text = "\n".join([
            first, second, f"# The built-in mapping {builtin.name!r} reads this sheet as it "
            f"is: --mapping {builtin.name}. Draft your own only to read it otherwise.", rest])
    template = load_mapping(None)
    try:
        bind(template, loaded.columns)
    except MappingError:
        return draft
    # Its columns, but dates written the other way: the template would read them months off.
    draft.fits_template = draft.date_order in (None, template.date_order)
    draft.template_misreads_dates = not draft.fits_template
    return draft


def _note_tabs_nearly_alike(draft: Draft) -> None:
    """Say, under the draft's first lines (and in `stops_every_tab`, for the console), which
    tabs hold most of the columns it reads but not all: validate --sheet all stops at them,
    as it reads the sheet with this draft."""
    reads = [*draft.chosen.values(), *(h for joined in draft.joined.values() for h in joined),
             *(draft.leave_out[:1] if draft.leave_out else ())]
    path = draft.sheet.path
    first = load_sheet(path, None, expected_columns=reads, required_columns=reads)
    draft.stops_every_tab = {
        near: f"validate --sheet {ALL_SHEETS} stops at a tab: "
              + tab_nearly_alike(near, path.name, first.sheet_name, column)
        for near, column in first.near_sheets.items()}
    if draft.stops_every_tab:
        head, check, rest = draft.text.split("\n", 2)
        notes = [f"# {why}" for why in draft.stops_every_tab.values()]
        if draft.sheet_options == [ALL_SHEETS]:  # the check line offers --sheet all: fix first
            check = check.replace("then check it", draft.check_lead("below"), 1)
        draft.text = "\n".join([head, check, *notes, rest])


def _builtin_fitting(columns: Sequence[str]) -> Mapping | None:
    """A built-in mapping, other than the default, that binds to the sheet's columns (a
    Sessionize export: 'sessionize', which reads its speakers and skips what has no slot)."""
    default = load_mapping(None).name
    for name in builtin_mapping_names():
        if name == default:
            continue
        mapping = load_mapping(name)
        try:
            bind(mapping, columns)
        except MappingError:
            continue
        return mapping
    return None


def _tabs_alike(path: Path, first: Sheet, names: Sequence[str | int]) -> list[str]:
    """The other tabs named with --sheet, which validate reads with the first: each must
    have the first's columns, as validate will check."""
    if path.suffix.lower() in CSV_EXTENSIONS:
        raise NoSheetsInCsvError(path, sheet=names[0])
    tabs = [_sheet_read(path, name) for name in names]
    for tab in tabs:
        check_same_columns(path, first, tab, first.columns)
    return list(dict.fromkeys(str(tab.sheet_name) for tab in tabs
                              if tab.sheet_name != first.sheet_name))


def _refuse_headerless(sheet: Sheet) -> None:
    """Stop where the header found is a session, as validate would (a CSV saved without its
    header whose first row holds no time: 'Opening keynote,Hall A,Monday'), rather than
    draft a mapping from its cells. Asked only of a header naming no field."""
    if _fields_named(sheet.columns) == 0 and (
            error := headerless_error(sheet, _header_names(), sheet_place(sheet))):
        raise error


def _header_names() -> list[str]:
    """Every name NAMES has for a field, also after a tool's prefix ('Session Title')."""
    return [prefix + name for names in NAMES.values() for name in names
            for prefix in ("", *TOOL_PREFIXES)]


def _sheet_read(path: Path, sheet: str | int | None) -> Sheet:
    """The sheet with its header found. The header is found by names written as NAMES has
    them; a header written otherwise ('sessionTitle', 'Start (CET)') could lose to a row of
    cells that are ('Talk', 'No'), so the header found by the cells' shapes is taken when more
    fields fit its names. A header naming a programme's fields stands when the shapes find
    none (a date above it, rows wider than it): they would refuse the sheet as headerless."""
    named = load_sheet(path, sheet, expected_columns=_header_names())
    try:
        by_shape = load_sheet(path, sheet)
    except InputError:
        if _fields_named(named.columns) < PROGRAMME_FIELDS:
            raise
        return named
    return min((named, by_shape), key=lambda found: (-_fields_named(found.columns),
                                                     found.header_row))


class _Drafter(TitlesDrafter, IdsDrafter, TimesDrafter, EndsDrafter,
               ZonesDrafter, RoomsDrafter, FieldsDrafter, RegistrationDrafter):
    """The draft's flow: each field's table in turn, then the top and the notes. How each
    concern is drafted is in its mixin (`_draft_titles.py`, `_draft_dates.py`, ...)."""

    def draft(self) -> Draft:
        if self.unfilled:
            self.notes.append("The sheet has no rows yet: its columns were matched by their "
                              "names alone. Draft it again once it has some, to check how its "
                              "cells are written.")
        order = self.order = self._date_order()
        import_id = self._take("import_id")
        name = (self._take("name", fits=self._titles_fit, passed=self.persons)
                or self._icalendar_summary() or self._contents_as_title())
        speakers = self._speakers_named(name) if name is not None else []
        self.persons.update(speakers)  # neither the title's alternative nor a track
        start_lines, end_lines = self._timing()
        shared_note = ""
        if import_id is not None and (shared := self._shared_id(import_id)):
            still_an_id, note = shared
            if still_an_id:
                shared_note = f"\n# {note}"
            else:
                self.used.discard(import_id)  # not read: listed among the columns nothing reads
                del self.chosen["import_id"]
                import_id = None
                self.notes.append(note)
        title = self._teams_title() if name is None and self._take_teams() else table(
            "name", name or FILL_IN,
            note=self._labels_passed_over(name) or self._person_copy(name)
            or self._contents_note(name) if name else self._no_title())
        title += self._title_fallback(name) if name else ""
        description = self._description()
        tables = [
            table("import_id", import_id,
                  note="the id that ties a row to its session across runs"
                  + (self._counts_rows(import_id) if import_id else "") + shared_note),
            title,
            *start_lines, *end_lines,
            self._names("locations"),
            self._names("schedule_tracks"),
            description,
            self._image(),
            self._rank(),
            self._all_day(),
            *self._registration(),
        ]
        leave_out = self._leave_out()
        unread = [h for h in self.sheet.columns if h not in self.used]
        people = [h for h in unread if names_people(h) or h in speakers]
        if people:  # a speaker's affiliation is shown with the speaker, not alone
            people += [h for h in unread if names_affiliations(h) and h not in people]
        if description and (people or name_pairs(unread)):
            tables[tables.index(description)] += self._people_added(people, name_pairs(unread))
        top = self._top(order, import_id) + self._leave_out_lines(leave_out)
        text = "\n".join([*top, *(t for t in tables if t)]).rstrip()
        for role in ALTERNATIVES:  # a people column ('Session chair') is offered as people
            if others := self._alternatives(role, [h for h in unread if h not in people]):
                text = text.replace(f"[fields.{role}]\n", f"[fields.{role}]\n# " + ", ".join(
                    map(repr, others)) + " could be meant too: put "
                    + ("it" if len(others) == 1 else "one") + " here instead if so\n", 1)
        # after the alternatives: its text names [fields.schedule_tracks]
        if rooms := self._rooms_in_doubt(unread):
            text = text.replace("[fields.locations]\n", f"[fields.locations]\n# {rooms}\n", 1)
        if unread:
            text += "\n\n# Columns nothing reads: " + ", ".join(map(repr, unread)) + "\n"
            text += self._speakers(people, name_pairs(unread))
            text += remarks_left_out(unread)
        joined = ({"locations": [self.chosen["locations"], self.room_venue]}
                  if self.room_venue else {}) | ({"name": self.teams} if self.teams else {})
        return Draft(text + "\n", self.sheet, self.chosen, self.missing, joined=joined,
                     date_order=self.order if self.order_told else None, leave_out=leave_out,
                     sheet_options=self.sheet_options, unread=unread,
                     # A planner's notes are not offered, as the draft's comment says.
                     description_offer=None if description else self._description_offer(
                         [h for h in unread if h not in people and not names_remarks(h)]))

    def _sheet_option_text(self) -> str:
        return "".join(f" --sheet {shell_word(name)}" for name in self.sheet_options)

    # -- the top

    def _top(self, order: DateOrder, import_id: str | None) -> list[str]:
        # the stem's words without accents, so that 'Programme de l'été' names it
        # 'programme-de-l-ete', not 'programme-de-l-t'
        stem = re.sub(r"[^a-z0-9]+", "-", without_accents(self.sheet.path.stem.casefold()))
        stem = stem.strip("-") or "sheet"
        lines = [
            f"# Drafted by `gbimport draft-mapping` from {self.sheet.path.name}"
            + (f", sheet {self.sheet.sheet_name!r}" if self.sheet.sheet_name else "")
            + f" (header on {header_rows_text(self.sheet.header_row, self.sheet.header_rows)}).",
            "# Read it through, then check it: gbimport validate "
            f"{shell_path(self.sheet.path.name)} --mapping <this file>"
            f"{self._sheet_option_text()}",
            f"name = {toml_value(stem)}",
            self._date_order_line(order),
            self._timezone_line(),
            f"import_id_prefix = {toml_value(stem + ':')}   # tells these sessions apart from "
            "others in the guide",
        ]
        for role, header in self.chosen.items():
            zone = ZONE_IN_HEADER.search(header) or ZONE_AFTER_NAME.search(header)
            if zone and zone[1] not in ("AM", "PM", "HH", "MM") and role in (
                    "start", "end", "date", "end_date"):
                lines.append(f"# {header!r} says its times are {zone[1]}: set timezone to the "
                             f"region and city of the place they are in "
                             f"({zone_example(zone[1])}): an abbreviation does not say when "
                             "summer time applies")
                break
        if self.fill_down is not None:
            lines.append(f"fill_down = {toml_value([self.fill_down])}   # its blank cells take "
                         "the date above them")
        if import_id is None:
            lines.append("# No id column: each session's id is derived from its title, start "
                         "and room (see the derived-import-id warning); an id column is safer.")
        lines += self._placeholders()
        lines += [f"# {note}" for note in self.notes]
        return [*lines, ""]

    def _date_order_line(self, order: DateOrder) -> str:
        """`date_order`, commented out, saying why, where no date is written in figures:
        it would read nothing (ISO dates, dates in words and times read in either order)."""
        line = f"date_order = {toml_value(order)}"
        if self.figures:
            return line
        return (f"# {line}   # how to read dates written 5/11/2027 (month-first: May 11, "
                "day-first: 5 November); the sheet has none")

    def _placeholders(self) -> list[str]:
        """A commented-out blank_values for the rooms and tracks written 'TBD' or '---': read
        as they are, each would be made a room or track of that name in the guide; and for
        the people columns offered to the description ('Co-author: NA' in every session)."""
        found: dict[str, tuple[str, str]] = {}  # blank_values compares without case
        named = [h for role in ("locations", "schedule_tracks") if (h := self.chosen.get(role))]
        people = [h for h in self.sheet.columns if h not in self.used and names_people(h)]
        for header in named + people:
            for value in self.sheet.frame[header].dropna().unique():
                text = value.strip() if isinstance(value, str) else ""
                if text.casefold() in PLACEHOLDERS:
                    found.setdefault(text.casefold(), (text, header))
        if not found:
            return []
        texts = [text for text, _ in found.values()]
        where = ", ".join(f"{header!r} has {text!r}" for text, header in found.values())
        read_as = ("read them as names (a room, track or speaker of that name)"
                   if any(header in people for _, header in found.values())
                   else "make a room or track of that name")
        return [f"# blank_values = {toml_value(texts)}   # {where}: uncomment to leave "
                f"those cells empty, rather than {read_as}"]

    def _alternatives(self, role: str, unread: Sequence[str]) -> list[str]:
        """Columns nothing reads that are named for `role` too, or hold the name the chosen
        one was matched by ('Short description', 'Subtitle' beside 'Title'); for the title
        not one holding figures, a team's score ('Home Sets' beside 'Home'), while one still
        blank may be filled with titles later."""
        chosen = self.chosen.get(role)
        if chosen is None:
            return []
        word = header_key(chosen)
        return [h for h in unread if not english_scene(h) and h not in self.persons and (
            (key := header_key(h)) in NAMES[role]
            or f" {word} " in f" {key} " or (" " not in key and key.endswith(word)))
            and (role != "name" or not self._texts(h) or self._named_things(h))]


def _fields_named(headers: Sequence[str]) -> int:
    """How many fields some header is named for, by its name or by the name after a tool's
    prefix ('Session Start', 'Event Venue'), as the draft matches them."""
    keys = {header_key(h) for h in headers}
    keys |= {key.removeprefix(prefix) for key in keys for prefix in TOOL_PREFIXES
             if key.startswith(prefix)}
    return sum(not keys.isdisjoint(names) for names in NAMES.values())
