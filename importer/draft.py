"""Draft a mapping from a sheet's own columns: the first step with a sheet that is not laid
out as Guidebook's template.

Each field is matched to a column by its header, among the names planners and event tools
use ('Title', 'Scheduled At', 'Venue'), and the cells decide how a column is read: a 'Start'
of dates with times is one datetime column, of times alone it goes with a date column, and
'9:00 - 10:30' is a start and an end in one cell. The draft is TOML with a comment on each
choice: a person reads it before using it, and `validate` then checks it on the sheet.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shlex
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from importer import convert
from importer._date_words import (
    day_label_alone,
    day_label_date,
    lacks_year,
    split_weekday,
    weekday_named,
)
from importer._day_parts import is_day_part
from importer._day_sheets import SheetDay, sheet_day, year_of_weekdays
from importer._header_words import (
    CONTENTS,
    FIRST_NAMES,
    FROM_TO,
    GAMES,
    LAST_NAMES,
    NAMES,
    NUMBER_IN_CAMEL,
    SESSION_KINDS,
    SPEAKER_DETAILS,
    SPEAKER_NUMBER,
    SPEAKERS,
    TOOL_PREFIXES,
    ZONE_AFTER_NAME,
    full_name,
    header_key,
    names_affiliations,
    names_people,
    names_remarks,
    names_venues,
)
from importer._hints import format_hint, hint_or_instruction
from importer._layout import section_headings, writes_header
from importer._left_out import (
    cancelled_kinds_written,
    marked_rows,
    out_states_written,
    status_column,
)
from importer._room_clashes import rooms_column_note
from importer._toml_problems import toml_value
from importer._totals_rows import foot_rows
from importer.convert import CellError, DateOrder, cell_text
from importer.descriptions import has_html_markup
from importer.errors import InputError, MappingError
from importer.load import (
    Sheet,
    headerless_error,
    listed_all,
    load_sheet,
    normalize_header,
    read_grid,
    sheet_place,
)
from importer.mapping import (
    FILL_IN,
    ROOM_JOINER,
    Mapping,
    bind,
    builtin_mapping_names,
    load_mapping,
)
from importer.model import header_rows_text
from importer.zones import (
    GERMAN_TIMES_IN,
    abbreviation_zone,
    certain_zone,
    several_places,
    zone_note,
)

# Headers naming people run together as one word, as a reader would write them.
RUN_TOGETHER = {"fullname": "Full name", "coauthor": "Co-author", "coauthors": "Co-authors",
                "speakername": "Speaker name", "speakernames": "Speaker names"}
# A day's number after its name in a grid's header ('Monday 8*', 'Mardi 9.', 'Wed 10th').
DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th|\.)?\*?")
# Where a note's top-level setting goes: written below a [fields...] heading, TOML makes it
# a key of that table.
ABOVE_THE_TABLES = "above the first [fields...] table"
SAMPLE = 200  # distinct cells looked at per column
MOST = 0.8  # the share of them that must read as a kind for the column to be of it
# A duration header's unit when it is hours, in the languages of NAMES.
HOURS = re.compile(r"\b(h|hrs?|hours?|std|stunden|heures?|horas?|ore|uren|uur)\b")
# Fields whose other likely columns the draft names beside the one it reads.
ALTERNATIVES = ("import_id", "name", "locations", "schedule_tracks", "description", "image")
# Headers of a column giving the zone the times are in, as a conference's data does.
ZONE_HEADERS = frozenset(("timezone", "time zone", "tz", "zeitzone", "fuseau horaire",
                          "zona horaria", "fuso orario", "fuso horario", "tijdzone",
                          # iCalendar's DTSTART;TZID=, in a calendar converted to a sheet
                          "tzid"))
# A zone in brackets in a time's header: 'Start (CET)', 'End [UTC+2]'.
ZONE_IN_HEADER = re.compile(r"[(\[]\s*([A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)\s*[)\]]")
# A title row's words naming the zone the times are in: '(all times CEST)', 'Times are in
# Pacific Time', 'Time zone: Europe/Lisbon', 'All times shown in New York time', 'all times
# london time'.
ZONE_IN_TITLE = re.compile(
    r"(?i:\b(?:all\s+)?times?\b(?:\s+(?:are|is|shown|given|listed))?(?:\s+in)?"
    r"|\btime\s*zone\b(?:\s+is\b)?"
    # in French and German: 'Horaires en CET', 'Alle Zeiten in MEZ', 'Zeitzone: MEZ'
    r"|\b(?:tous\s+les\s+)?horaires?\b(?:\s+(?:sont|indiqués|donnés))?(?:\s+en)?"
    r"|\b" + GERMAN_TIMES_IN + r")\s*[:=]?\s*"
    r"(?P<zone>[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?"
    r"|(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?"
    r"|[A-Z]{2,5}\b"
    r"|(?:[A-Za-z][a-z]+\s+){1,3}(?i:time)\b"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*(?:[).,;|]|$)))")
# A place's time named in a title row in French, Spanish, Italian or German words, with no
# words before it: 'Heure de Paris', 'Horaires en heure de Paris', 'Zeiten: Berliner Zeit'.
LOCAL_TIME_IN_TITLE = re.compile(
    r"(?P<zone>\b(?i:heure|hora|ora)\s+(?i:de\s+|d'|di\s+|da\s+)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
    r"|\b[A-Z]\w+\s+(?:Zeit|Ortszeit)\b)")
# A zone each US abbreviation's first letters stand for, as an example of a tz database name.
ZONE_EXAMPLES = {"PT": "America/Los_Angeles", "PS": "America/Los_Angeles",
                 "PD": "America/Los_Angeles", "MT": "America/Denver", "MS": "America/Denver",
                 "MD": "America/Denver", "CT": "America/Chicago", "CS": "America/Chicago",
                 "CD": "America/Chicago", "ET": "America/New_York", "ES": "America/New_York",
                 "ED": "America/New_York", "JS": "Asia/Tokyo", "KS": "Asia/Seoul",
                 "AE": "Australia/Sydney", "BS": "Europe/London"}
# A date written in figures alone ('5/32/2027', '2027-13-01'): when it is no date, a typo.
MISTYPED_DATE = re.compile(r"[0-9]{1,4}(?:\s*[/.-]\s*[0-9]{1,4}){2}")
# A time typed with a semicolon or a comma for its colon ('21;00', '9,30'): a typo.
MISTYPED_TIME = re.compile(r"[0-9]{1,2}\s*[;,]\s*[0-9]{2}")
# Cell texts that stand for "not known yet" or "none", as rooms and tracks are written.
PLACEHOLDERS = frozenset(("tbd", "tba", "tbc", "n/a", "na", "none", "-", "--", "---", "?"))
# Words of a header naming a length of time ('Run time', 'Slot length'), whose cells written
# as 1:30 read as times of day: not a start or an end found by its cells.
LENGTH_WORDS = frozenset(("duration", "length", "runtime", "minutes", "mins", "min", "hours",
                          "run", "dauer", "duree", "duracion", "durata", "duracao", "duur"))
# The most characters a track's name has on average, in a column whose names never recur.
LONG_NAME = 30
# Words naming a room in a room's name ('Main Hall', 'Room 2', 'Salle B'): a tracks column
# of such names may be the rooms, when the sheet has no column headed as them.
ROOM_WORDS = re.compile(r"\b(?:room|rooms|hall|salle|sala|saal|raum|aula|zaal|auditorium|"
                        r"theatre|theater|ballroom|foyer|lobby|amphitheatre|amphi|stage|"
                        r"bühne)\b")
# A column headed by a slot's number alone ('1', '2') or a numbered slot ('Slot 2', 'Period
# 3'), as a timetable of lectures lays out each day's slots side by side.
SLOT_HEADER = re.compile(r"(?:(?:slot|period|lecture|class|block)\s*)?\d{1,2}")
SLASHED = " / "
# Between names in a cell, other than ';' (the default); '\\n' written out by an escaped export;
# ' / ' as planners join tracks ('Cloud / Data'), drafted only where a part is a cell alone.
LIST_SEPARATORS = (",", "|", "\n", "\\n", SLASHED)
# Words joining a session's two rooms in one cell, read as a list only when every such cell
# joins rooms listed alone elsewhere (see _rooms_joiner).
ROOM_JOINERS = (" & ", " and ", " + ")
# A fixtures list's teams, home side first, in header_key's form: with no title column, the
# title is drafted as the two joined ('Russia vs Saudi Arabia').
HOME_AND_AWAY = (("home", "away"), ("home team", "away team"), ("heim", "gast"),
                 ("team 1", "team 2"), ("team name 1", "team name 2"),
                 ("team 1 name", "team 2 name"), ("home team name", "away team name"))
TEAMS_SEPARATOR = " vs "
PROGRAMME_FIELDS = 3  # fields named by a tab's header (a title, a start, a room) to draft it
# An id column may name two sessions on one row in this many (an export's slip): more, and
# it is no id (a head count '# (Est.)' recurring from meetup to meetup).
_SLIPS_PER_ID_ROW = 100
FEW_WORDS = 14  # a date column of this many distinct words (day names) gets a values hint
# A date in a file's name, year first ('Agenda_2025-09-21', 'day1_2027_05_11').
DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.])(\d{1,2})\2(\d{1,2})(?!\d)")
# A date written out in a title row above the header ('April 1, 2022 | 11:45AM-5:30PM',
# 'Workshop, 11 May 2027', '2027-05-11'): a month's name and a year, or ISO.
DATE_IN_TITLE = re.compile(
    r"(?<![\w-])(?:[^\W\d_]{3,}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    r"|\d{1,2}(?:st|nd|rd|th|\.)? [^\W\d_]{3,}\.?,? (?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2})(?![\w-])")
# A heading's words in brackets after its day ('2.12.2022 (Collegium Geographicum)').
BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
# A session's label rather than its title: a word and a number, or a short code ('Session 1',
# 'W1 M:', 'Week 3', 'S-01').
LABEL = re.compile(r"(?=.*\d)\S+(?:\s+\S+)?")
LABEL_LENGTH = 16  # the most characters of a label

Kind = Literal["datetime", "datetime range", "date", "time", "time range", "duration", "other"]


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
    # The tab the draft was asked for (--sheet), which validate must be given too, as it
    # reads the first holding data without it.
    sheet_option: str | None = None

    @property
    def complete(self) -> bool:
        return not self.missing


def draft_mapping(path: str | Path, sheet: str | int | None = None) -> Draft:
    """Read the sheet's header and cells and draft a mapping for them."""
    path = Path(path)
    loaded = _sheet_read(path, sheet)
    if sheet is None and _fields_named(loaded.columns) < PROGRAMME_FIELDS:
        # A workbook that opens on a notes or cover tab: the tab whose header names the
        # most fields holds the programme (the first of equals).
        tabs = [loaded, *(_sheet_read(path, name) for name in read_grid(path, None).other_sheets)]
        loaded = max(tabs, key=lambda tab: _fields_named(tab.columns))
        loaded.similar_sheets = [str(tab.sheet_name) for tab in tabs
                                 if tab is not loaded and tab.columns == loaded.columns]
    _refuse_headerless(loaded)
    draft = _Drafter(loaded, named=sheet is not None).draft()
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


class _Drafter:
    def __init__(self, sheet: Sheet, named: bool = False) -> None:
        self.sheet_option = str(sheet.sheet_name) if named and sheet.sheet_name else None
        # A row of units under the header ('(CEST)' in a times column) or of hints ('(hh:mm)',
        # 'e.g. Keynote') is skipped by validate, so its other cells ('(yyyy-mm-dd)', 'leave
        # blank if none') tell nothing of how the sessions' cells are written: the draft reads
        # the rows under it.
        self.units = _units_row(sheet)
        if self.units is not None or _hints_row(sheet):
            sheet = replace(sheet, frame=sheet.frame.iloc[1:],
                            cells_per_row=sheet.cells_per_row[1:])
        # Nor do a totals row at the foot and the notes under it: 'Total' and 'Notes: rooms
        # subject to change' in the times column of a short day's tab would make it no times.
        self.sheet = _without_foot(sheet)
        # Columns of a person's first and last names, never the title ('Prénom', 'Nom').
        self.persons = {h for pair in _name_pairs(sheet.columns) for h in pair}
        # The first column of a name wins, but for a person's: 'Nom (2)' headed as 'Nom' is
        # the session's name beside a speaker's 'Prénom' and 'Nom'.
        self.by_name = {header_key(h): h for h in reversed(sorted(
            sheet.columns, key=lambda h: h in self.persons))}
        # An events tool names its columns for the event ('Event Start Date',
        # 'event_venue_name'), a sessions tool for the session ('Session Start Time',
        # 'Session Location'): each is also matched by the name after it, when no other
        # column has that name.
        for prefix in TOOL_PREFIXES:
            self.by_name = {key.removeprefix(prefix): h for h in reversed(sheet.columns)
                            if (key := header_key(h)).startswith(prefix)} | self.by_name
        self.names = self._names_of_roles()
        self.used: set[str] = set()
        self.chosen: dict[str, str] = {}
        self.missing: list[str] = []
        self.notes: list[str] = []
        # A programme of headers alone (a site's file before its first row): names decide.
        self.unfilled = sheet.frame.empty
        # The column a break row with no title names its kind in ('Coffee break' in Type),
        # the kinds written only there, and whether it names other sessions' kinds too; set
        # once the title is drafted.
        self.breaks: tuple[str, list[str], bool] | None = None
        self.room_venue: str | None = None  # the venue each room is named with, if any
        self.teams: list[str] = []  # the home and away columns the title joins, if any
        # The date column typed on each day's first row only, read on the rows under it.
        self.fill_down: str | None = None
        self.order: DateOrder = "month-first"  # the sheet's date order, once drafted
        self.order_told = False  # whether its dates tell it, or it is month-first by default
        self.figures = False  # whether any date is written in figures (5/11/2027) to read

    def _names_of_roles(self) -> dict[str, tuple[str, ...]]:
        """NAMES, with the start and the end of each FROM_TO pair the sheet heads both of."""
        names = dict(NAMES)
        for start, end in FROM_TO:
            if start in self.by_name and end in self.by_name:
                names["start"] += (start,)
                names["end"] += (end,)
        return names

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
        title = self._teams_title() if name is None and self._take_teams() else _table(
            "name", name or FILL_IN,
            note=self._labels_passed_over(name) or self._person_copy(name)
            or self._contents_note(name) if name else self._no_title())
        title += self._title_fallback(name) if name else ""
        description = self._description()
        tables = [
            _table("import_id", import_id,
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
        ]
        leave_out = self._leave_out()
        unread = [h for h in self.sheet.columns if h not in self.used]
        people = [h for h in unread if names_people(h) or h in speakers]
        if people:  # a speaker's affiliation is shown with the speaker, not alone
            people += [h for h in unread if names_affiliations(h) and h not in people]
        if description and (people or _name_pairs(unread)):
            tables[tables.index(description)] += self._people_added(people, _name_pairs(unread))
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
            text += self._speakers(people, _name_pairs(unread))
            text += _remarks_left_out(unread)
        joined = ({"locations": [self.chosen["locations"], self.room_venue]}
                  if self.room_venue else {}) | ({"name": self.teams} if self.teams else {})
        return Draft(text + "\n", self.sheet, self.chosen, self.missing, joined=joined,
                     date_order=self.order if self.order_told else None, leave_out=leave_out,
                     sheet_option=self.sheet_option)

    def _take_teams(self) -> bool:
        """Whether the sheet has a home and an away column (a fixtures list), taken for the
        title where no column is one."""
        # a number run on to its word ('team_name1', 'team1') set apart
        free = {NUMBER_RUN_ON.sub(" ", header_key(h)): h for h in self.sheet.columns
                if h not in self.used}
        pair = next(((free[home], free[away]) for home, away in HOME_AND_AWAY
                     if home in free and away in free), None)
        if pair is not None:
            self.teams = list(pair)
            self.used.update(pair)
            self.chosen["name"] = pair[0]
        return pair is not None

    def _teams_title(self) -> str:
        home, away = self.teams
        both = self.sheet.frame[[home, away]].dropna().head(1).to_numpy().tolist()
        example = f" ({TEAMS_SEPARATOR.join(map(str, both[0]))!r})" if both else ""
        return (f"[fields.name]\n# no title column: each row's teams joined{example}\n"
                f"join = {toml_value(self.teams)}\nseparator = {toml_value(TEAMS_SEPARATOR)}\n")

    def _sheet_option_text(self) -> str:
        return f" --sheet {shlex.quote(self.sheet_option)}" if self.sheet_option else ""

    def _leave_out(self) -> tuple[str, list[str]] | None:
        """The column and the states in it drafted as leave_out (see _marks_out), taken as
        read."""
        found = self._marks_out()
        if found is not None:
            self.used.add(found[0])
        return found

    def _marks_out(self) -> tuple[str, list[str]] | None:
        """A status column whose cells mark some rows as out ('Cancelled', 'withdrawn'), else
        a column of each row's kind where a few say cancelled ('cancelled' among 'lecture'
        and 'lab', as a course schedule marks a holiday): the column and those states as the
        sheet spells them."""
        header = self._status_header()
        if header is not None and (states := out_states_written(self.sheet.frame[header])):
            return header, states
        kinds = [h for h in self.sheet.columns if h != header and (
            h not in self.used or h == self.chosen.get("schedule_tracks"))]
        return next(((h, states) for h in kinds
                     if (states := cancelled_kinds_written(self.sheet.frame[h]))), None)

    def _status_header(self) -> str | None:
        """The column headed like a row's state ('Status', 'Proposal state') that no field
        has taken."""
        return status_column([h for h in self.sheet.columns if h not in self.used])

    @staticmethod
    def _leave_out_lines(leave_out: tuple[str, list[str]] | None) -> list[str]:
        if leave_out is None:
            return []
        header, states = leave_out
        said_by = "status" if status_column([header]) else repr(header)
        return [f"[leave_out]   # rows whose {said_by} says the session will not take place",
                f"column = {toml_value(header)}",
                f"values = {toml_value(states)}", ""]

    # -- the top

    def _top(self, order: DateOrder, import_id: str | None) -> list[str]:
        stem = re.sub(r"[^a-z0-9]+", "-", self.sheet.path.stem.casefold()).strip("-") or "sheet"
        lines = [
            f"# Drafted by `gbimport draft-mapping` from {self.sheet.path.name}"
            + (f", sheet {self.sheet.sheet_name!r}" if self.sheet.sheet_name else "")
            + f" (header on {header_rows_text(self.sheet.header_row, self.sheet.header_rows)}).",
            "# Read it through, then check it: gbimport validate "
            f"{shlex.quote(self.sheet.path.name)} --mapping <this file>"
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
                             f"tz database name of the place they are in "
                             f"({_zone_example(zone[1])}): an abbreviation does not say when "
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

    def _timezone_line(self) -> str:
        """`timezone` drafted from a title row above the header naming the zone the times
        are in ('Programme (all times CEST)', 'Times are in Pacific Time'), where the name
        tells one place's clocks; else commented out, saying why."""
        unset = ("# timezone = \"Area/City\"   # the tz database name of the place the sheet's "
                 "times are kept in (\"Europe/Madrid\"); without it, plan and run read them in "
                 "the guide's timezone, validate in UTC")
        said = self._zones_in_title()
        zones = {zone for _, _, zone in said}
        if not said:
            return self._zone_column() or unset
        row, text, _ = said[0]
        if len(zones) == 1 and None not in zones:
            return (f"timezone = {toml_value(zones.pop())}   # row {row}, above the header, "
                    f"says {text!r}")
        return (f"{unset}\n# Row {row}, above the header, says {text!r}, which does not tell "
                "one place's clocks: set timezone to the tz database name of the place the "
                "times are kept in")

    def _zone_column(self) -> str | None:
        """`timezone` drafted from a column headed as the zone ('timezone', 'Time zone')
        whose cells all name one place's clocks ('Orlando UTC-4', as a conference's data
        gives each session its zone); else commented out, naming what the column holds."""
        header = next((h for h in self.sheet.columns if header_key(h) in ZONE_HEADERS), None)
        written = list(dict.fromkeys(self._texts(header))) if header else []
        zones = [certain_zone(text) for text in written]
        if not written or None in zones:  # empty, or words naming no zone
            return None
        if len(written) == 1 and (zone := zones[0]):
            return (f"timezone = {toml_value(zone)}   # {header!r} says {written[0]!r} on "
                    "every row")
        return ("# timezone = \"Area/City\"   # the tz database name of the place the sheet's "
                f"times are kept in: {header!r} says {listed_all(written[:3])}, which "
                + ("does not tell one place's clocks" if len(written) == 1 else
                   "a mapping does not read row by row: give the one the sessions are held in"))

    def _zones_in_title(self) -> list[tuple[int, str, str | None]]:
        """(row, its text, the zone or None when the words name none for certain) for each
        row above the header saying which zone the times are in."""
        if self.sheet.header_row <= 1 or self.sheet.parts:
            return []
        cells = read_grid(self.sheet.path, self.sheet.sheet_name).cells
        said = []
        for row, values in cells.loc[:self.sheet.header_row - 1].iterrows():
            text = " ".join(t for c in values if (t := cell_text(c)))
            for match in [*ZONE_IN_TITLE.finditer(text), *LOCAL_TIME_IN_TITLE.finditer(text)]:
                if (zone := certain_zone(match["zone"])) is not None:
                    said.append((int(str(row)), text, zone or None))
        return said

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

    # -- matching headers

    def _speakers_named(self, title: str) -> list[str]:
        """A column headed 'Name' beside the title and a speaker's details ('Bio',
        'Email'): the speaker's name, as call-for-papers exports write it (PaperCall's
        'name', 'avatar', 'bio', 'twitter', 'title', 'abstract'), with the co-speakers'
        beside it ('name2')."""
        speaker = next((h for h in self.sheet.columns if header_key(h) == "name"), None)
        if speaker is None or speaker == title or not any(
                header_key(h) in SPEAKER_DETAILS for h in self.sheet.columns):
            return []
        return [speaker, *(h for h in self.sheet.columns if _numbered_name(h))]

    def _alternatives(self, role: str, unread: Sequence[str]) -> list[str]:
        """Columns nothing reads that are named for `role` too, or hold the name the chosen
        one was matched by ('Short description', 'Subtitle' beside 'Title')."""
        chosen = self.chosen.get(role)
        if chosen is None:
            return []
        word = header_key(chosen)
        return [h for h in unread if not _english_scene(h) and h not in self.persons and (
            (key := header_key(h)) in NAMES[role]
            or f" {word} " in f" {key} " or (" " not in key and key.endswith(word)))]

    def _take(self, role: str, kinds: Sequence[Kind] = (),
              fits: Callable[[str], bool] | None = None, passed: Collection[str] = ()
              ) -> str | None:
        """The first free column named for `role` whose cells are of one of `kinds`, and
        that `fits` (any, in a sheet of no rows), but the `passed` ones. A column with cells
        goes before an empty one (a call-for-papers export's blank SESSION_TITLE beside its
        Paper Title)."""
        names = [n for n in self.names[role] if (h := self.by_name.get(n)) is not None
                 and (self.unfilled or self.sheet.frame[h].notna().any())]
        for name in dict.fromkeys([*names, *self.names[role]]):
            header = self.by_name.get(name)
            if (header is None or header in self.used or header in passed
                    or _english_scene(header)):
                continue
            if kinds and not self.unfilled and self._kind(header) not in kinds:
                continue
            if fits is not None and not self.unfilled and not fits(header):
                continue
            self.used.add(header)
            self.chosen[role] = header
            return header
        return None

    def _titles_fit(self, header: str) -> bool:
        """Whether a column named for the title may be it: a games column ('Match') only
        where it names the teams, not where it numbers the games."""
        if header_key(header) in GAMES and not self._named_things(header):
            return False
        return self._not_labels_beside_titles(header)

    def _not_labels_beside_titles(self, header: str) -> bool:
        """False for a column of labels ('Session 1', 'Week 3') beside another named for the
        title that holds real titles, longer and varied ('Topic'); a column headed as the
        title ('Session Title') is the title whatever it holds."""
        if "tit" in header_key(header) or not (labels := self._labels(header)):
            return True
        longest = max(map(len, labels))
        for other in self._title_columns(header):
            cells = self._texts(other)
            if (not self._labels(other) and len(set(cells)) * 2 >= len(cells)
                    and sum(map(len, cells)) / len(cells) > longest):
                return False
        return True

    def _contents_as_title(self) -> str | None:
        """Where no column is headed as the title, the first headed as what a session holds
        ('Content', 'Contenu', 'Inhalt'), as a planner's own sheet names its sessions."""
        for key in CONTENTS:
            header = self.by_name.get(key)
            if header is not None and header not in self.used:
                self.used.add(header)
                self.chosen["name"] = header
                return header
        return None

    def _icalendar_summary(self) -> str | None:
        """iCalendar's SUMMARY, an event's title, in a calendar converted to a sheet (beside
        its DTSTART); elsewhere a 'Summary' is a session's description."""
        header = self.by_name.get("summary")
        if header is None or header in self.used or "dtstart" not in self.by_name:
            return None
        self.used.add(header)
        self.chosen["name"] = header
        return header

    @staticmethod
    def _contents_note(name: str) -> str | None:
        """Why the title is read from a column headed as what a session holds."""
        if header_key(name) not in CONTENTS:
            return None
        return (f"no column is headed as the title, so it is read from {name!r}: put another "
                "header here if that one holds the sessions' titles")

    def _labels_passed_over(self, name: str) -> str | None:
        """Why a column named for the title before the one drafted was passed over."""
        passed = [h for h in self._title_columns(name) if self._labels(h)
                  and NAMES["name"].index(header_key(h)) < NAMES["name"].index(
                      header_key(name))]
        if not passed:
            return None
        labels = self._labels(passed[0])
        return (f"{passed[0]!r} holds labels ({', '.join(map(repr, labels[:2]))}), not "
                f"titles: the title is read from {name!r}")

    def _person_copy(self, name: str) -> str | None:
        """Why validate stops at the title drafted, until the speakers' names are read: a
        copy of its header ('Nom (2)') is a speaker's last name, and two columns headed alike
        are in doubt unless the mapping reads both."""
        copies = [copy for copy in self.sheet.repeats.get(name, []) if copy in self.persons]
        if not copies:
            return None
        return (f"{copies[0]!r} is headed {name!r} too, a speaker's last name: validate stops "
                "at two columns headed alike until the mapping reads both, so uncomment "
                "add_columns under [fields.description] (or rename one in the sheet)")

    def _title_columns(self, header: str) -> list[str]:
        """The other columns headed as the title."""
        return [h for h in self.sheet.columns
                if h != header and header_key(h) in NAMES["name"]]

    def _texts(self, header: str) -> list[str]:
        """The column's cells as text, blanks left out."""
        return [text for c in self.sheet.frame[header].dropna()
                if (text := (cell_text(c) or "").strip())]

    def _titles(self, header: str) -> bool:
        """Whether the column's cells read as talks' titles: text, two or more of several
        words (a track headed 'Track 1' holding its talks among its 'TBD' and 'Break' cells,
        not a 'Track Colour' of single words)."""
        worded = {cell for cell in self._texts(header) if len(cell.split()) > 2}
        return len(worded) > 1 and self._kind(header) == "other"

    def _named_things(self, header: str) -> bool:
        """Whether most of the column's cells are words ('Ruiz-1', 'Opening'), not figures."""
        cells = self._texts(header)
        worded = [c for c in cells if any(ch.isalpha() for ch in c)]
        return bool(cells) and len(worded) >= MOST * len(cells) and self._kind(header) == "other"

    def _labels(self, header: str) -> list[str]:
        """The column's cells, if most are labels ('Session 1', 'W1 M:'); else []."""
        cells = self._texts(header)
        labels = [c for c in cells if len(c) <= LABEL_LENGTH and LABEL.fullmatch(c)]
        return labels if cells and len(labels) >= MOST * len(cells) else []

    def _counts_rows(self, header: str) -> str:
        """A warning for an id column that numbers the rows 1, 2, 3... as they stand."""
        cells = [cell_text(c) or "" for c in self.sheet.frame[header].dropna()]
        first = cells[0] if cells else ""
        if len(cells) < 3 or first not in ("0", "1") or cells != [
                str(n) for n in range(int(first), int(first) + len(cells))]:
            return ""
        return (f"\n# {header!r} counts the rows (1, 2, 3...): if it is renumbered when a row "
                "is inserted or the sheet sorted, sessions take each other's ids. Keep each "
                "number with its session, or use a column that does not move")

    def _shared_id(self, header: str) -> tuple[bool, str] | None:
        """Whether a column named as the id is one, and why it is in doubt: a value of it on
        rows that are different sessions (another title, date or start), as a '#' of
        attendees recurs, is none. Where that is a slip on a row or two of a long export
        (one value in a hundred or fewer), the column is still the id, and the note names
        the rows validate will refuse. Rows agreeing in those are one session repeated, as
        Sessionize's flattened export gives a session a row per speaker: their column is an
        id."""
        ids = sum(1 for cell in self.sheet.frame[header] if cell_text(cell))
        shared = []
        for value, earlier, pos, column in self._ids_of_two_sessions(header):
            shared.append((value, earlier, pos, column))
            if len(shared) * _SLIPS_PER_ID_ROW > ids:
                value, earlier, pos, column = shared[0]
                return False, (f"{header!r} is not drafted as the id: {value!r} is on rows "
                               f"{earlier} and {pos}, which differ in {column!r}, so it does "
                               "not name one session")
        if not shared:
            return None
        value, earlier, pos, column = shared[0]
        more = f" (and {len(shared) - 1} more ids)" if len(shared) > 1 else ""
        return True, (f"{value!r} is on rows {earlier} and {pos}{more}, which differ in "
                      f"{column!r}: validate refuses them as duplicate-import-id until each "
                      "session has its own id")

    def _ids_of_two_sessions(self, header: str) -> Iterator[tuple[str, int, int, str]]:
        """Each value of the id column on a row of another session than the first row that
        has it, with the two rows as the sheet numbers them and a column they differ in."""
        compared = [self.chosen[role] for role in ("name", "date", "start")
                    if role in self.chosen]
        frame = self.sheet.frame
        first: dict[str, int] = {}
        for pos, cell in enumerate(frame[header]):
            if not (value := cell_text(cell)):
                continue
            if not any(cell_text(frame[column].iloc[pos]) for column in compared):
                continue  # a co-presenter's row, the id and speaker cells alone: validate
                # reads it, above its session's row (a sheet sorted by speaker) or under it
            if (earlier := first.setdefault(value, pos)) == pos:
                continue
            differing = next((column for column in compared if cell_text(
                frame[column].iloc[pos]) != cell_text(frame[column].iloc[earlier])), None)
            if differing is not None:
                yield value, int(frame.index[earlier]), int(frame.index[pos]), differing

    def _image(self) -> str:
        """[fields.image], saying where plan and run look for the files when its cells name
        files, as a site's data file names the photos kept in its own folder."""
        header = self._take("image", fits=self._names_images)
        files = [text for text in self._texts(header) if not text.casefold().startswith(
            ("http://", "https://"))] if header else []
        return _table("image", header, note=(
            f"cells name image files ({files[0]!r}): plan and run read each from the sheet's "
            "folder (or the path written, from there), and a row whose file is not there is "
            "invalid and not sent. Put the images there, or take this table out")
            if files else None)

    def _names_images(self, header: str) -> bool:
        """Whether some cell names an image file or a web address: not a poster session's
        'Poster 1' under 'poster' or French 'affiche'."""
        return any(text.casefold().startswith(("http://", "https://"))
                   or IMAGE_FILE.search(text.partition("?")[0])
                   for text in self._texts(header))

    def _rank(self) -> str:
        """[fields.rank] from a column headed as the order ('order', 'Rank') holding numbers
        alone: the app lists sessions that start together by it, all-day talks of a day
        among them, which have no time to order them."""
        header = self._take("rank", fits=lambda h: _reads(
            cells := _sample(self.sheet, h), convert.parse_float) == len(cells) > 0)
        return _table("rank", header, note="the order in which the app lists sessions that "
                      "start together (a day's all-day sessions too)")

    def _all_day(self) -> str:
        """[fields.all_day] from a calendar's column of True and False ('All day event'):
        unread, its all-day events were sent as sessions from midnight to midnight."""
        header = self._take("all_day", fits=lambda h: _reads(
            cells := _sample(self.sheet, h), convert.parse_boolean) == len(cells) > 0)
        return _table("all_day", header, note="True sends the row as an all-day session on "
                      "its start's day")

    def _take_mistyped_times(self, role: str) -> str | None:
        """A column named for `role` that holds times but in a few cells typed with a
        semicolon or a comma for the colon ('21;00'), enough of a short list for it to read
        as no times. It is taken, and the draft says to fix those; validate names the rows."""
        typos: list[str] = []

        def times_but_typos(header: str) -> bool:
            cells = _sample(self.sheet, header)
            typos[:] = [c for c in cells if isinstance(c, str) and MISTYPED_TIME.fullmatch(
                c.strip())]
            return bool(typos) and _kind_of([c for c in cells if c not in typos]) == "time"

        header = self._take(role, fits=times_but_typos)
        if header is not None and typos:
            self.notes.append(f"{header!r} has {_listed(typos)}, no time: fix "
                              f"{'it' if len(typos) == 1 else 'them'} in the sheet "
                              "(validate names the row" + ("s)" if len(typos) > 1 else ")"))
        return header

    def _kind(self, header: str) -> Kind:
        return _kind_of(_sample(self.sheet, header))

    def _blank(self, field_key: str, what: str) -> str:
        self.missing.append(field_key)
        return (f"no column looked like {what}: put its header in place of {FILL_IN!r}. The "
                "sheet's columns: " + ", ".join(map(repr, self.sheet.columns)))

    def _no_title(self) -> str:
        """A grid, a column per day or per slot, or a title column per room, holds several
        sessions a row: it is said so, as no one column could be given as the title."""
        keys = {header: header_key(header).split() for header in self.sheet.columns}
        days = [h for h, words in keys.items() if sheet_day(h) is not None or (
            len(words) > 1 and weekday_named(words[0].rstrip(",")) is not None
            and all(DAY_NUMBER.fullmatch(word) for word in words[1:]))]
        rooms = [h for h, words in keys.items()
                 if len(words) > 1 and words[-1] in NAMES["name"]]
        tracks = self._grid_title_columns(keys)
        slots = [h for h, words in keys.items()
                 if SLOT_HEADER.fullmatch(" ".join(words)) and self._named_things(h)]
        across = ("day", days) if len(days) > 1 else ("room", rooms) if len(rooms) > 1 else (
            _track_or_room(tracks), tracks) if len(tracks) > 1 else (
            "slot", slots) if len(slots) > 1 else None
        if across is None:
            return self._blank("name", "the title")
        self.missing.append("name")
        what, headers = across
        return (f"no column looked like the title: the sheet gives each {what} a column of its "
                f"own ({', '.join(map(repr, headers))}), while gbimport reads a session a row. "
                "Put each session in a row of its own, with its day, time, room and title in "
                "columns, then draft again")

    def _grid_title_columns(self, keys: dict[str, list[str]]) -> list[str]:
        """The columns headed by a track or a room ('Track 1', 'Hall B', 'Salle Jean Jaurès')
        holding talks' titles; once two do, also those of shorter titles ('Hall A':
        'Keynote', 'Lightning talks') headed as one of those but for its last word, so the
        note names every one."""
        headed = [h for h, words in _numbers_apart(keys).items() if len(words) > 1 and (
            words[0] == "track" or ROOM_WORDS.fullmatch(words[0]))
            and not SPEAKERS.intersection(words)]
        titled = [h for h in headed if self._titles(h)]
        if len(titled) < 2:
            return titled
        shapes = {_all_but_last(keys[h]) for h in titled}  # 'hall' of 'Hall B'
        return [h for h in headed if h in titled or (
            _all_but_last(keys[h]) in shapes and self._distinct_names(h))]

    def _distinct_names(self, header: str) -> bool:
        """Whether the column holds words, most of them once: titles, not a lookup's few
        values ('Track Colour': Blue, Red)."""
        cells = self._texts(header)
        return self._named_things(header) and len(set(cells)) >= MOST * len(cells)

    def _no_date(self, time: str | None) -> str:
        days = self._day_headings(time) if time else {}
        if len(set(days.values())) > 1:  # several days' headings: one date would be wrong
            named = ", ".join(map(repr, list(days)[:2]))
            return (f"no column holds the date, and rows in {time!r} head each day's "
                    f"sessions ({named}): date = would put every session on one day. Add a "
                    "column 'Date', type each day's date on its first session's row, put "
                    "its header in place of 'FILL IN' and add fill_down = [\"Date\"] "
                    f"{ABOVE_THE_TABLES}")
        if time and (blocks := self._blocks_starting_over(time)):
            self.missing.append("start")
            spans = ", ".join(f"{first}–{last}" for first, last in blocks)
            return (f"no column holds the date, and the rows come in {len(blocks)} blocks "
                    f"parted by blank rows (rows {spans}), the times in {time!r} starting "
                    "over in each: if each block is a day, date = would put every session on "
                    "one day. Add a column 'Date', type each day's date on its block's first "
                    "row, put its header in place of 'FILL IN' and add fill_down = [\"Date\"] "
                    f"{ABOVE_THE_TABLES}. If they are all one day's, give its date in place of "
                    "date_column: date = 2027-05-11")
        return (self._blank("start", "the date") + ". For a programme of one day, give its "
                "date in place of date_column: date = 2027-05-11")

    def _blocks_starting_over(self, time: str) -> list[tuple[int, int]]:
        """The first and last rows of each block of rows parted by blank rows, where each
        block's times start before the last of the block above: a programme's days kept
        with no date column, as a festival's line-up lists them. [] for one block, or for
        blocks in the order of the day (the morning's, then the afternoon's)."""
        rows = self.sheet.frame.index.tolist()
        if self.sheet.parts or len(rows) < 2:
            return []  # several tabs read as one number their rows each from the top
        edges = [0, *(pos for pos in range(1, len(rows)) if rows[pos] - rows[pos - 1] > 1),
                 len(rows)]
        starts = [_start_or_none(cell) for cell in self.sheet.frame[time]]
        blocks = list(itertools.pairwise(edges))
        times = [[t for t in starts[a:b] if t is not None] for a, b in blocks]
        if len(times) < 2 or not all(times) or any(
                min(later) >= max(earlier) for earlier, later in itertools.pairwise(times)):
            return []
        return [(rows[a], rows[b - 1]) for a, b in blocks]

    def _day_headings(self, time: str) -> dict[str, SheetDay | str]:
        """Cells of the times column naming a day and no time, as a web page's table heads
        each day's rows with a row spanning it ('Piątek, 2.12.2022 (Collegium Geographicum)'),
        each with the day it names."""
        return {text: day for cell in _sample(self.sheet, time)
                if (text := (cell_text(cell) or "").strip())
                and (day := _heading_day(text)) is not None}

    # -- dates and times

    def _date_order(self) -> DateOrder:
        """Day-first when some date reads only that way (13/5/2027) or is written with dots
        (11.05.2027, day-first wherever it is used, as validate holds); month-first
        otherwise, as Guidebook's template writes dates. When every date reads both ways
        (06/10/2018 and 07/10/2018), the order that puts them closer together is taken, with
        a note: a programme's days follow one another, while the other order puts them a
        month apart."""
        votes: Counter[str] = Counter()
        both: dict[DateOrder, set[dt.date]] = {"month-first": set(), "day-first": set()}
        named = {h for name in NAMES["date"] if (h := self.by_name.get(name)) is not None}
        for header in self.sheet.columns:
            # A date column's days with dots and no year ('9.05', '14.11.'), not times
            # written so ('9.30'): day-first, as the year validate asks for makes them. With
            # slashes ('15/07', '7/15'), the order in which they are days.
            yearless = header in named and self._kind(header) not in (
                "time", "time range", "duration")
            for cell in _sample(self.sheet, header):
                if yearless and _dotted_day(cell):
                    votes["day-first"] += 1
                    continue
                if yearless and (slashed := _slashed_day_order(cell)) is not None:
                    votes[slashed] += 1
                    continue
                text = cell_text(cell) or ""
                text = (day_label_date(text) or text).split(" ")[0]  # Day 1 (15/07/2026)
                readings = convert.numeric_date_readings(text)
                if readings and convert.DOTTED_DATE.match(text):
                    readings.pop("month-first", None)
                if len(readings) == 1:
                    votes[next(iter(readings))] += 1
                elif "month-first" in readings and "day-first" in readings:
                    both["month-first"].add(readings["month-first"])
                    both["day-first"].add(readings["day-first"])
        self.figures = bool(votes["day-first"] or votes["month-first"] or both["day-first"])
        if votes["day-first"] or votes["month-first"]:
            self.order_told = True
            return "day-first" if votes["day-first"] > votes["month-first"] else "month-first"
        spans = {order: max(dates) - min(dates) for order, dates in both.items() if dates}
        if len(spans) < 2 or spans["day-first"] == spans["month-first"]:
            return "month-first"
        self.order_told = True
        order: DateOrder = min(spans, key=lambda key: spans[key])
        other: DateOrder = "day-first" if order == "month-first" else "month-first"
        self.notes.append(
            f"Every date here reads both ways: {order} puts them "
            f"{_days(spans[order])} apart ({_span_text(both[order])}), {other} "
            f"{_days(spans[other])} apart ({_span_text(both[other])}), so date_order is "
            f"{order}. Check it against the programme.")
        return order

    def _timing(self) -> tuple[list[str], list[str]]:
        """The [fields.start] and [fields.end] tables."""
        start = (self._take("start", ("datetime range", "datetime", "time range", "time"))
                 or self._take_mistyped_times("start"))
        kind = self._kind(start) if start else None
        if start is not None and kind == "datetime range":
            return ([_table("start", start, note="a start and an end in one cell")],
                    [_table("end", start)])
        date = self._date_column() if kind not in ("datetime", None) or start is None else None
        if start is None and date is not None and self._kind(date) == "datetime":
            start, kind, date = date, "datetime", None
        found = None
        if start is None and date is not None and (found := self._times_by_cells(date)):
            start, kind = found, self._kind(found)
            self.used.add(start)
            self.chosen["start"] = start
        if start is None and date is None:
            return ([_table("start", FILL_IN, column_key="column",
                            note=self._blank("start", "the start (a date and time, or a date "
                                             "and a time column)") + self._datetimes_by_cells())],
                    [self._end(None)])
        self._note_unscheduled(date or start, start if date else None)
        if start is not None and kind == "time range":
            self._note_untimed_under_slots(date, start)
        if start is not None and kind in ("time", "time range"):
            self._note_zone_row(start)
        if start is None and date is not None and not any(
                self._kind(h) in ("time", "time range", "datetime", "datetime range")
                for h in self.sheet.columns if h not in self.used
                and not self._years_of(h, date)) and (
                (named := self._day_names(date)) or self._days_alone(date)):
            # Days alone, as a course's or a community's calendar lists them (or a poster
            # session its 'Wed' and 'Thu'): all-day items.
            days = [w for w in self._texts(date) if w.casefold() not in PLACEHOLDERS]
            # The values table is offered for a few days only (_note_words).
            yearless = ("; it reads the column's cells with the values given under "
                        "[fields.start]" if named or (len(days) <= FEW_WORDS
                                                      and _yearless(days, self.order)) else "")
            return ([_table("start", date, note="no column holds times: each session is "
                            "all day, on the day its cell gives")],
                    [_table("end", date, note="the same column: a day alone has no end"
                            + yearless)])
        assert start is not None or date is not None
        # No date column beside a time: the tabs may give the dates (a datetime has its own).
        on_tabs = (self._dates_of_tabs(start) if date is None and start is not None
                   and kind != "datetime" else None)
        if found is not None and date is not None:
            return self._timing_by_cells(found, date)
        if kind == "time range":
            assert start is not None
            self._note_ends_missing(start)
            return ([on_tabs or (None if date else self._dated_by_file(start)
                                       or self._dated_by_title(start))
                     or _table("start", date or FILL_IN, column_key="date_column",
                               time=start, note=None if date else self._no_date(start))],
                    [_table("end", start, column_key="time_column",
                            note="the same column: each cell holds the start and the end")])
        if kind == "datetime":
            assert start is not None
            start_table = _table("start", start, column_key="column",
                                 note=self._days_alone_note(start))
        else:
            start_table = on_tabs or (None if date else self._dated_by_file(start)
                                   or self._dated_by_title(start)) or _table(
                "start", date or FILL_IN, column_key="date_column", time=start,
                note=None if date else self._no_date(start))
        return [start_table], [self._end(date)]

    def _days_alone_note(self, header: str) -> str | None:
        """Where a column of dates with times has dates alone too, what validate makes of
        them: all-day sessions."""
        day = next((text for cell in _sample(self.sheet, header) if (text := cell_text(cell))
                    and self._moment_in(cell) is None
                    and _reads([cell], lambda c: _either_order(convert.parse_date, c))), None)
        return (None if day is None else f"a date alone ({day!r}) is read as a session all "
                "day on that day")

    def _days_alone(self, header: str) -> bool:
        """Whether the date column's cells are days with no time: dates, or days with dots and
        no year ('17.10', which would read as a time, 17:10, were it not a date's column). A
        day not fixed yet ('TBA') is of no kind, as in _kind_of."""
        cells = [c for c in _sample(self.sheet, header) if not convert.not_fixed_yet(c)]
        if self._kind(header) == "date" or (bool(cells) and all(map(_dotted_day, cells))):
            return True
        # Days lacking only their year ('02/15', a term's meetings), too many for `values`:
        # the draft's note says to write the year into the cells.
        texts = [text for c in cells if (text := cell_text(c))]
        if texts and _yearless(texts, self.order):
            return True
        # Ranges of days among them ('20 a 22/09/2019'), named by _note_words for validate
        # refuses each: the other cells are still days alone.
        days = [c for c in cells if not _is_day_range(cell_text(c) or "")]
        return len(days) < len(cells) and bool(days) and _reads(
            days, lambda c: _either_order(convert.parse_date, c)) == len(days)

    def _day_names(self, header: str) -> bool:
        """Whether the date column holds a few words and no date ('Wed', 'sabado', 'Day 1'):
        days, each to be given its date by `values`, as the draft's note asks."""
        cells = (cell_text(c) for c in _sample(self.sheet, header))
        words = [w for w in dict.fromkeys(cells) if w and w.casefold() not in PLACEHOLDERS]
        return 0 < len(words) <= FEW_WORDS and not _reads(
            words, lambda c: _either_order(convert.parse_date, c))

    def _times_by_cells(self, date: str) -> str | None:
        """The first free column holding times of day ('9:00', '14h30', '2:00 PM') or ranges
        of them, though named for no field ('Local time', 'Kick-off'), nor people nor a
        length of time ('Run time' of 1:30), nor the years of the `date` column's days."""
        for header in self._unnamed():
            if self._kind(header) in ("time", "time range") and not self._years_of(header, date):
                return header
        return None

    def _years_of(self, header: str, date: str) -> bool:
        """Whether each filled cell of a column is the year of its row's day in `date`
        ('2025' beside '2025-11-07', kept to sort a list of talks by): four figures read as
        a time (20:25), but no time of day."""
        frame = self.sheet.frame
        pairs = [(text, day) for cell, day in zip(frame[header], frame[date], strict=True)
                 if (text := cell_text(cell))]

        def same_year(text: str, day: Any) -> bool:
            try:
                return text == str(_either_order(convert.parse_date, day).year)
            except (CellError, ValueError, TypeError):
                return False

        return bool(pairs) and all(same_year(text, day) for text, day in pairs)

    def _datetimes_by_cells(self) -> str:
        """The free columns holding dates with times, though named for no field (a form's
        'Horodateur' or 'Timestamp' kept as each slot's start): named, not taken, as a form's
        own is when each answer was sent."""
        found = [h for h in self._unnamed() if self._kind(h) == "datetime"]
        if not found:
            return ""
        example = next(text for c in _sample(self.sheet, found[0]) if (text := cell_text(c)))
        one = len(found) == 1
        return (f". {listed_all(found)} {'holds' if one else 'hold'} dates with times "
                f"({example!r}), though {'its name is' if one else 'their names are'} none "
                f"the draft knows: if {'it' if one else 'one'} is when each session starts, "
                "put it here")

    def _unnamed(self) -> list[str]:
        """The free columns whose headers name no field, no people and no length of time."""
        named = {name for names in NAMES.values() for name in names}
        return [h for h in self.sheet.columns if h not in self.used
                and (key := header_key(h)) not in named and not names_people(h)
                and LENGTH_WORDS.isdisjoint(key.split())]

    def _timing_by_cells(self, start: str, date: str) -> tuple[list[str], list[str]]:
        """[fields.start] and [fields.end] for a date column and a column of times found by
        its cells: the comment says so, to be checked."""
        cells = [text for c in _sample(self.sheet, start) if (text := cell_text(c))]
        said = (f"{start!r} holds times ({', '.join(map(repr, cells[:2]))}), though its name "
                "is none the draft knows: read as the start")
        if self._kind(start) == "time range":
            self._note_ends_missing(start)
            return ([_table("start", date, column_key="date_column", time=start,
                            note=f"{said} and the end; check it is")],
                     [_table("end", start, column_key="time_column",
                             note="the same column: each cell holds the start and the end")])
        return ([_table("start", date, column_key="date_column", time=start,
                        note=f"{said}; check it is")], [self._end(date, start)])

    def _end_by_cells(self, start: str) -> str | None:
        """A free column of times named for no field that are after the start's on most
        rows giving both ('Kick-off' then 'Wrap-up'): the end."""
        return next((header for header in self._unnamed()
                     if self._times_after(start, header)), None)

    def _times_after(self, start: str, header: str) -> bool:
        """Whether `header` holds times after those of `start` on most rows giving both."""
        if self._kind(header) != "time":
            return False
        pairs = [(_time_or_none(a), _time_or_none(b)) for a, b in
                 zip(self.sheet.frame[start], self.sheet.frame[header], strict=True)]
        both = [(a, b) for a, b in pairs if a is not None and b is not None]
        later = sum(b > a for a, b in both)
        # A late show's end past midnight ('01:15' beside '23:30') is after its start too,
        # but lengths beside evening starts ('1:30' beside '20:00') read so on every row:
        # most must still be later the same day.
        overnight = sum(convert.ends_in_the_night_after(a, b) for a, b in both)
        return 2 * later > len(both) and later + overnight >= MOST * len(both)

    def _dated_by_file(self, time: str | None) -> str | None:
        """[fields.start] for a sheet with times and no date, when the file's name gives one
        day ('Agenda_2025-09-21.csv'): a one-day agenda, dated as a tab named for its day."""
        days = set()
        for year, _, month, day in DATE_IN_NAME.findall(self.sheet.path.stem):
            try:
                days.add(dt.date(int(year), int(month), int(day)))
            except ValueError:
                return None
        if len(days) != 1 or time is None:
            return None
        return "\n".join([
            "[fields.start]",
            f"# no column holds the date: the file's name gives it ({self.sheet.path.name}), "
            "the day of every session. Check it is the programme's day, not the day the file "
            "was saved; for a programme of several days, map date_column to a column of dates "
            "instead",
            f"date = {days.pop().isoformat()}",
            f"time_column = {toml_value(time)}"]) + "\n"

    def _dated_by_title(self, time: str | None) -> str | None:
        """[fields.start] for a sheet with times and no date, when the title rows above its
        header give one day ('Timetable of the Symposium', 'April 1, 2022 | 11:45AM-5:30PM'),
        as a one-day workshop's exported sheet does."""
        if time is None or self.sheet.header_row <= 1 or self.sheet.parts:
            return None
        cells = read_grid(self.sheet.path, self.sheet.sheet_name).cells
        above = [text for row in cells.loc[:self.sheet.header_row - 1].itertuples(index=False)
                 for c in row if (text := cell_text(c))]
        days: dict[dt.date, str] = {}
        for written in (m for text in above for m in DATE_IN_TITLE.findall(text)):
            try:
                days.setdefault(convert.parse_date(written, "month-first"), written)
            except CellError:
                continue
        if len(days) != 1:
            return None
        (day, written), = days.items()
        return "\n".join([
            "[fields.start]",
            f"# no column holds the date: the rows above the header give it ({written!r}), "
            "the day of every session. For a programme of several days, map date_column to "
            "a column of dates instead",
            f"date = {day.isoformat()}",
            f"time_column = {toml_value(time)}"]) + "\n"

    def _note_zone_row(self, header: str) -> None:
        """A times column's cell naming the zone in brackets, as a row of units under the
        header writes it ('(GMT Time)'): the zone of every time under it, not a session."""
        zones = [text for cell in _sample(self.sheet, header)
                 if zone_note(text := (cell_text(cell) or "").strip())]
        if self.units is not None and self.units[0] == header:
            zones.insert(0, self.units[1])
        if zones:
            self.notes.append(
                f"{header!r} has {zones[0]!r}, which names the zone of the times under it, "
                "not a session's time (the row is skipped): set timezone to the tz database "
                f"name of the place they are in ({_zone_example(zone_note(zones[0]))})")

    def _note_ends_missing(self, header: str) -> None:
        """A column of time ranges some of whose cells give a start alone ('18:30') or no
        time ('ab 19:00'): validate stops at those, so the draft names them."""
        ranges: list[str] = []
        alone: list[str] = []
        neither: list[str] = []
        not_yet: list[str] = []  # 'TBA': no end to write, as there is no time yet
        cells = _sample(self.sheet, header)
        time_range = convert.time_range_reader(lambda: cells)
        day_headings = self._day_headings(header)
        for cell in cells:
            text = (cell_text(cell) or "").strip()
            if zone_note(text) or text in day_headings:
                continue  # '(GMT Time)' under the header, a day's heading: named elsewhere
            kept = (ranges if _reads([cell], time_range)
                    else alone if _reads([cell], convert.parse_time)
                    else not_yet if convert.not_fixed_yet(text) else neither)
            kept.append(text)
        if ranges and not_yet:
            self.notes.append(
                f"{header!r} gives some sessions a start and an end ({ranges[0]!r}), others a "
                f"time not fixed yet ({', '.join(map(repr, not_yet[:2]))}): to send those as "
                "all-day sessions on their date until they have one, add blank_values = "
                f"{toml_value(not_yet)} {ABOVE_THE_TABLES}")
        if not ranges or not (alone or neither):
            return
        parts = [f"a start alone ({', '.join(map(repr, alone[:2]))})"] if alone else []
        parts += [f"neither ({', '.join(map(repr, neither[:2]))})"] if neither else []
        self.notes.append(
            f"{header!r} gives some sessions a start and an end ({ranges[0]!r}), others "
            + " or ".join(parts) + ": write those with their end too (18:30 - 20:00), or "
            "validate stops at each" + ("; or give a start alone a length with minutes = 120 "
                                        "(say) under [fields.end], or end it as the next "
                                        "session starts with until_next = true there"
                                        if alone else ""))

    def _dates_of_tabs(self, time: str) -> str | None:
        """[fields.start] for a workbook kept one tab per day with no date column: each tab
        gives its sessions' date, read from its name, or given in sheet_dates for tabs named
        otherwise ('Day 1'). None for a lone tab named for no date (a 'Sheet1' lacking its
        dates is more likely than a one-day programme)."""
        if self.sheet.sheet_name is None:
            return None
        tabs = [self.sheet.sheet_name, *self.sheet.similar_sheets]
        dated = {tab: day for tab in tabs
                 if (day := sheet_day(tab)) is not None and len(day.dates) == 1}
        if not dated and len(tabs) == 1:
            return None
        undated = [tab for tab in tabs if tab not in dated]
        if not undated:
            source = "its date read from its name"
        elif not dated:
            source = "its date given in sheet_dates (as 2027-05-11)"
        else:
            source = ("its date read from its name or, for tabs not named for one, given in "
                      "sheet_dates (as 2027-05-11)")
        lines = ["[fields.start]", f"# no column holds the date: each tab is one day, {source}",
                 f"time_column = {toml_value(time)}"]
        if dated:
            lines.append("date_from_sheet_name = true")
            years = {year for day in dated.values() for year, _, _ in day.dates}
            if None in years:
                lines.append(self._tabs_year(dated, years))
        if undated:
            pairs = ", ".join(f'{toml_value(tab)} = "YYYY-MM-DD"' for tab in undated)
            lines.append(f"sheet_dates = {{ {pairs} }}")
            self._still_missing("start")
        return "\n".join(lines) + "\n"

    def _tabs_year(self, dated: dict[str, SheetDay], years: set[int | None]) -> str:
        """The year line for tabs named without one: the year the other tabs' names write,
        else the one in which their days fall on the weekdays they name ('Mon 11 May')."""
        written = sorted(year for year in years if year is not None)
        if len(written) == 1:
            return f"year = {written[0]}   # the year of tabs named without one"
        if not written and (year := year_of_weekdays(dated.values(), dt.date.today())):
            tab = next(tab for tab, day in dated.items() if day.weekday is not None)
            return (f"year = {year}   # the year of tabs named without one: {tab!r} falls on "
                    f"its weekday in {year}; check it is the programme's")
        self._still_missing("start")
        return f"year = {toml_value(FILL_IN)}   # the year of tabs named without one"

    def _still_missing(self, field_key: str) -> None:
        if field_key not in self.missing:
            self.missing.append(field_key)

    def _date_column(self) -> str | None:
        """The sessions' days: a column of dates, else one named so (of day names, say)."""
        date = self._take("date", ("date", "datetime"))
        if date is not None:
            self._note_dates_not_fixed(date)
            # A few ranges among many dates leave the column one of dates: still named.
            texts = dict.fromkeys(cell_text(c) or "" for c in _sample(self.sheet, date))
            self._note_day_ranges(date, [text for text in texts if _is_day_range(text)])
        if date is None:
            date = self._take("date")
            if date is not None:
                self._note_words(date)
        return date

    def _note_dates_not_fixed(self, header: str) -> None:
        """A column of dates some of whose cells say the session has none yet ('TBA'):
        validate stops at each, so the draft gives the lines that skip them meanwhile."""
        texts = ((cell_text(cell) or "").strip() for cell in self.sheet.frame[header].dropna())
        words = list(dict.fromkeys(text for text in texts if convert.not_fixed_yet(text)))
        if words:
            self.notes.append(
                f"{header!r} gives some sessions a date not fixed yet "
                f"({', '.join(map(repr, words[:2]))}): to send nothing for those until they "
                f"have one, add blank_values = {toml_value(words)} and skip_unscheduled = true "
                f"{ABOVE_THE_TABLES} (such a row is then skipped, with a warning, until its "
                "date is written)")

    def _end(self, date: str | None, by_cells: str | None = None) -> str:
        """[fields.end]; `by_cells` is the start's column when it was found by its cells,
        and the end may be too."""
        end = (self._take("end", ("datetime", "time")) or self._end_named_as_date()
               or self._take_mistyped_times("end"))
        if end is not None and date is not None and (
                later := self._end_days_later(date, end)) is not None:
            return later
        if end is not None:
            key = "column" if self._kind(end) == "datetime" else "time_column"
            table = _table("end", end, column_key=key)
            end_date = self._take("end_date", ("date",)) if key == "time_column" else None
            if end_date is not None:
                self._note_days_long(date, end, end_date)
            return table + (_table("end_date", end_date) if end_date else "")
        duration = self._take("duration")  # its name is telling enough: 'Duration', 'Length'
        start = self.chosen.get("start")
        if duration is not None and start is not None and self._times_after(start, duration):
            # Read as lengths, '21:30' beside '20:00' would end each session the next day.
            self.chosen["end"] = self.chosen.pop("duration")  # the summary names it so
            return _table("end", duration, column_key="time_column", note=(
                f"{duration!r} holds times after those of {start!r}, though its name is a "
                "length's: read as the end; if they are lengths (1:30), write duration_column "
                "in place of time_column"))
        if duration is not None and (counted := self._counts_hours(duration)):
            return _table("end", duration, column_key="duration_column",
                          extra='duration_unit = "hours"', note=(
                              f"{duration!r} {counted}: its plain numbers are read as hours "
                              "(1.5 is 90 minutes), a cell written with its unit (45 min) "
                              'as written; if they are minutes, write duration_unit = "minutes"'))
        if duration is not None:
            return _table("end", duration, column_key="duration_column")
        if by_cells is not None and (end := self._end_by_cells(by_cells)) is not None:
            self.used.add(end)
            self.chosen["end"] = end
            return _table("end", end, column_key="time_column", note=(
                f"{end!r} holds times after those of {by_cells!r}, though its name is none the "
                "draft knows: read as the end; check it is"))
        # A published agenda often gives start times only: each item ends as the next begins.
        until_next = (". If each session ends when the next one starts, replace the "
                      "time_column line with until_next = true, and last_minutes = 60 (the "
                      "length of each day's last sessions); if every session lasts as long, "
                      "with minutes = 120 (say)")
        if date is not None:  # all-day items: a date alone
            return _table("end", FILL_IN, column_key="time_column",
                          note=self._blank("end", "the end (a time, a date and time, or a "
                                           "duration)") + until_next)
        return _table("end", FILL_IN, column_key="time_column",
                      note=self._blank("end", "the end") + until_next)

    def _end_days_later(self, date: str, end: str) -> str | None:
        """[fields.end] from a column named for the end's date that holds dates with times
        ('DateEnd') beside the end's times, where it ends a session on another day than the
        date and the end's time do as validate reads them (a workshop over two nights, a
        vigil to 7:00): the end's time alone cannot say so. Where it agrees on every row
        (an end past midnight is read in the night after) it tells nothing more: unread, as
        where it is blank beside an end's time."""
        start = self.chosen.get("start")
        header = next((h for n in self.names["end_date"] if (h := self.by_name.get(n))
                       and h not in self.used and self._kind(h) == "datetime"), None)
        if start is None or header is None or self._kind(end) != "time":
            return None
        frame = self.sheet.frame
        if (frame[end].notna() & frame[header].isna()).any():
            return None  # read alone, it would lose the ends only the end's time gives
        for day, began, ended, full in zip(frame[date], frame[start], frame[end],
                                           frame[header], strict=True):
            moment, read = self._moment_in(full), self._moment(day, ended)
            if moment is None or read is None:
                continue
            if convert.ends_in_the_night_after(_time_or_none(began), read.time()):
                read += dt.timedelta(days=1)
            if moment != read:
                self.used.discard(end)
                self.used.add(header)
                self.chosen["end"] = header
                return _table("end", header, note=(
                    f"{header!r} ends some sessions on another day than {date!r} and {end!r} "
                    f"do ({cell_text(full)!r} where they give {read:%Y-%m-%d %H:%M}): read "
                    f"as the end, and {end!r} is not"))
        return None

    def _note_days_long(self, date: str | None, end: str, end_date: str) -> None:
        """Rows whose end_date puts their end more than a day after their start (a
        workshop's 2027-05-11 09:00 to 2027-05-13 17:00): validate sends each as one session
        over those days, not one a day, which a planner may not expect. `date` None: the
        start's column holds dates with times."""
        # Dates with times headed as a date ('DateStart') are chosen as the date.
        start = self.chosen.get("start") or (self.chosen.get("date") if date is None else None)
        if start is None:
            return
        frame = self.sheet.frame
        starts = (map(self._moment, frame[date], frame[start]) if date is not None
                  else map(self._moment_in, frame[start]))
        long = [f"{began:%Y-%m-%d %H:%M} to {ended:%Y-%m-%d %H:%M}" for began, cells in zip(
                    starts, zip(frame[end_date], frame[end], strict=True), strict=True)
                if began and (ended := self._moment(*cells))
                and ended - began > dt.timedelta(days=1)]
        if long:
            self.notes.append(
                f"{end_date!r} ends some sessions days after they start ({long[0]}): each is "
                "sent as one session from its start to its end; for a session held each day, "
                "give it a row per day")

    def _moment(self, day: Any, time: Any) -> dt.datetime | None:
        """A date cell and a time cell as one moment, or None where either does not read."""
        clock = _time_or_none(time)
        if clock is None:
            return None
        try:
            return dt.datetime.combine(convert.parse_date(day, self.order), clock)
        except (CellError, ValueError, TypeError):
            return None

    def _moment_in(self, cell: Any) -> dt.datetime | None:
        """A date-and-time cell as a moment on the sheet's clock, or None where it has no
        time or does not read."""
        try:
            day, clock = convert.parse_datetime(cell, self.order)
        except (CellError, ValueError, TypeError):
            return None
        return None if clock is None else dt.datetime.combine(day, clock.replace(tzinfo=None))

    def _end_named_as_date(self) -> str | None:
        """A column named for the end's date that holds dates with times ('DateEnd' of
        '2027-05-11 10:00' beside a 'DateStart' of the same): the end itself, as end_date
        takes a date alone."""
        header = self._take("end_date", ("datetime",))
        if header is not None:
            self.chosen["end"] = self.chosen.pop("end_date")
        return header

    def _counts_hours(self, header: str) -> str | None:
        """Why a duration column's plain numbers are hours, if they are: it is headed as
        hours ('Duration (h)', 'Dauer [Std.]'), or they are all under 5 or fractions (1, 3,
        1.5, as a course timetable writes them: as minutes, each would be refused)."""
        plain = [float(text.replace(",", ".")) for c in _sample(self.sheet, header)
                 if re.fullmatch(r"\d+(?:[.,]\d+)?", text := (cell_text(c) or "").strip())]
        if not plain:
            return None
        if HOURS.search(normalize_header(header)):
            return "counts hours"
        if all(n < convert.SHORTEST_PLAIN or not n.is_integer() for n in plain):
            some = ", ".join(map(_figure, sorted(set(plain))[:3]))
            return f"holds plain numbers such as {some}, too short as minutes"
        return None

    def _note_unscheduled(self, header: str | None, time: str | None = None) -> None:
        """Rows with no start, as a call-for-papers export lists talks not given a slot; a
        row with a time but no date (the day typed once above its rows) is not one."""
        if header is None:
            return
        # A row of one cell ('Thursday 21 October / Session 3' in the times column) is
        # neither: validate reads it as a section heading and sends nothing for it.
        headings = section_headings(self.sheet)
        blank = self.sheet.frame[header].isna() & ~self._marked_out() & ~headings
        undated = (blank & self._holds_times(time)).tolist() if time else []
        timed = sum(undated)
        rows = "1 row has" if timed == 1 else f"{timed} rows have"
        if timed and self._dated_above(header, undated):
            self.fill_down = header
            self.notes.append(f"{rows} a time but no {header!r}, under a row that has one: the "
                              "date is typed on each day's first row, so fill_down reads it on "
                              "the rows under it; if those rows' dates are missing instead, "
                              "take fill_down out and give each row its date")
        elif timed:
            self.notes.append(f"{rows} a time but no {header!r}: give each row its date (a date "
                              "typed on a day's first row only is read on the rows under it "
                              "with fill_down; a cell merged down over the day's rows is read "
                              "on each)")
        # A row with no title either is no session waiting for a slot: a co-presenter's row
        # of a sessions-and-speakers export (its id and speaker's cells alone), or a blank one.
        name = self.chosen.get("name")
        titled = self.sheet.frame[name].notna() if name else True
        empty = int((blank & titled).sum()) - (
            int((blank & titled & self.sheet.frame[time].notna()).sum()) if time else 0)
        if empty and time is None and self._kind(header) == "time range" and len(
                self._rows_under_slots(None, header)) >= empty:
            pass  # each is a talk under its slot's row: named with the fill_down that times it
        elif empty and time is None and self._kind(header) in (
                "time", "time range"):
            # No date column: the programme's one date gives each row its day, so a row
            # with no time is read as all day on it, not as an error.
            rows = "1 row has" if empty == 1 else f"{empty} rows have"
            self.notes.append(f"{rows} no {header!r}: each is read as an all-day session on "
                              "the programme's date; to skip such rows until they get a time "
                              "instead, add skip_unscheduled = true")
        elif empty:
            rows = "1 row has" if empty == 1 else f"{empty} rows have"
            self.notes.append(f"{rows} no {header!r}: to skip such rows until they get "
                              "one, instead of reporting each as an error, add "
                              "skip_unscheduled = true")

    def _marked_out(self) -> Any:
        """Rows the drafted leave_out marks as out ('rejected'), as it skips them: a
        call-for-papers export's rejected talks have no slot and wait for none."""
        found = self._marks_out()
        if found is None:
            return False
        header, states = found
        return marked_rows(self.sheet.frame[header], {state.casefold() for state in states})

    def _note_untimed_under_slots(self, date: str | None, time: str) -> None:
        """Rows with no time, each under a row with a time range on the same day: the talks
        of a slot whose time is written once, on the row naming it ('11:00 - 12:00', 'Keynote
        1'), which validate would send as all-day sessions. `date` is None for a programme
        of one day, its date given in the mapping."""
        under = self._rows_under_slots(date, time)
        if not under:
            return
        rows = ", ".join(str(self.sheet.frame.index[pos]) for pos in under[:3])
        count, named = (("1 row has", "row") if len(under) == 1
                        else (f"{len(under)} rows have", "rows"))
        has = f"a date but no {time!r}, under a row with one on its day" if date else (
            f"no {time!r}, under a row with one")
        self.notes.append(
            f"{count} {has} ({named} {rows}{'...' if len(under) > 3 else ''}): each is read "
            "as an all-day session. If they are talks in the slot of the row above (a "
            f"keynote's, a session's), {self._fill_down_adding(time)}, which gives each the "
            "time above it")

    def _rows_under_slots(self, date: str | None, time: str) -> list[int]:
        """The positions of rows with no time under a row with one on the same day; a row
        with no time above it on its day (the day's all-day items listed first), or holding
        one cell (a heading, which validate skips), is not counted."""
        frame = self.sheet.frame
        holds = self._holds_times(time)
        timed, days = holds.tolist(), frame[date].tolist() if date else [None] * len(frame)
        untimed = ((frame[date].notna() if date else ~section_headings(self.sheet))
                   & ~holds).tolist()
        under: list[int] = []
        above = None  # the last row above with a time or no date: the slot's row, if timed
        for pos, blank in enumerate(untimed):
            if not blank:
                above = pos
            elif above is not None and timed[above] and days[above] == days[pos]:
                under.append(pos)
        return under

    def _fill_down_adding(self, header: str) -> str:
        """How to have fill_down read `header` too: the drafted line (the date's) is changed,
        as a second fill_down line would stop the mapping loading."""
        if self.fill_down is None:
            return f"add fill_down = {toml_value([header])} {ABOVE_THE_TABLES}"
        return f"make the drafted fill_down {toml_value([self.fill_down, header])}"

    def _holds_times(self, header: str) -> Any:
        """Which rows' cells of a times column are filled, a zone under the header ('(GMT
        Time)', a row validate skips) not counted."""
        column = self.sheet.frame[header]
        return column.notna() & ~column.map(
            lambda cell: isinstance(cell, str) and bool(zone_note(cell.strip())))

    def _dated_above(self, header: str, undated: list[bool]) -> bool:
        """Whether every row with a time but no date (`undated`) has a dated row above it."""
        dated = self.sheet.frame[header].notna().tolist()
        return True in dated and not any(undated[:dated.index(True)])

    def _note_day_ranges(self, header: str, ranges: list[str]) -> None:
        """Ranges of days ('20 a 22/09/2027', '2013.3.15-16') are no one date to give:
        validate says how to give an event over several days."""
        if ranges:
            self.notes.append(f"{header!r} has {_listed(ranges)}, a range of days: a session "
                              "has one date, so give such an event a row per day, or its first "
                              "day with start and end times and its last day in an end-date "
                              "column (validate names the rows)")

    def _note_words(self, header: str) -> None:
        """A day column of words ('sabado', 'Day 1'), or of dates and a few cells that are
        not ('Opening day'): each of those needs its date, given by `values`."""
        cells = _sample(self.sheet, header)
        words = [w for w in dict.fromkeys(cell_text(c) for c in cells) if w]
        # Most cells dates, a few not ('Opening day', 'TBC'): only
        # those need their dates, as the values hint would put a real date on another day.
        undated = [w for w in words if not _reads([w], lambda c: _either_order(
            convert.parse_date, c))]
        # A date written in figures that is no date ('5/32/2027') is a typo to fix in the
        # sheet, not a word to give a date: validate names its row.
        mistyped = [w for w in undated if MISTYPED_DATE.fullmatch(w)]
        # A range of days ('20 a 22/09/2027') is no one date to give either: validate says
        # how to give an event over several days.
        ranges = [w for w in undated if _is_day_range(w)]
        undated = [w for w in undated if w not in mistyped and w not in ranges]
        if mistyped and len(mistyped) < len(words):
            self.notes.append(f"{header!r} has {_listed(mistyped)}, no date: fix "
                              f"{'it' if len(mistyped) == 1 else 'them'} in the sheet "
                              "(validate names the rows)")
        self._note_day_ranges(header, ranges)
        if not words or not undated:
            return
        # A day not fixed yet ('TBD') does not hide that the others lack only their year.
        dated = [w for w in undated if w.casefold() not in PLACEHOLDERS]
        if undated == words and dated and (yearless := _yearless(dated, self.order)):
            first, example = next(iter(yearless.items()))
            if len(dated) <= FEW_WORDS:
                pairs = ", ".join(f"{toml_value(w)} = \"YYYY-{day[1]:%m-%d}\""
                                  for w, day in yearless.items())
                self.notes.append(f"{header!r} gives its dates without the year ({first!r}): "
                                  f"write it into its cells ({example[0]}), or give each its "
                                  f"date under [fields.start]: values = {{ {pairs} }}")
            else:
                self.notes.append(f"{header!r} gives its dates without the year "
                                  f"({len(dated)} of them, such as {first!r}): write it into "
                                  f"its cells ({example[0]})")
        elif len(undated) < len(words) and len(undated) <= FEW_WORDS:
            pairs = ", ".join(f"{toml_value(w)} = \"YYYY-MM-DD\"" for w in undated)
            some = "1 of its cells" if len(undated) == 1 else f"{len(undated)} of its cells"
            self.notes.append(f"{header!r} holds dates, but not in {some}. Give each of "
                              f"those its date under [fields.start]: values = {{ {pairs} }}")
        elif len(words) <= FEW_WORDS:
            pairs = ", ".join(f"{toml_value(w)} = \"YYYY-MM-DD\"" for w in words)
            self.notes.append(f"{header!r} holds no dates. Give each its date under "
                              f"[fields.start]: values = {{ {pairs} }}")
        else:  # too many to list: most likely not days at all
            self.notes.append(f"{header!r} holds no dates ({len(words)} different words, such "
                              f"as {words[0]!r}): map the start to a column of dates")
        self.missing.append("start")  # every row fails until the dates are given

    # -- names, several per cell

    def _names(self, role: str) -> str:
        """Rooms or tracks; a list written with ',', '|' or a line break in place of ';'
        gets that separator: for tracks in the draft, for rooms in a comment, as a room's
        name may hold a comma ('Hall A, Level 2')."""
        header = self._take(role, fits=self._names_tracks if role == "schedule_tracks"
                            else None)
        if header is None:
            return ""
        if role == "schedule_tracks" and (rooms := self._rooms_as_tracks(header)):
            return self._names_table(role, header).replace(
                "[fields.schedule_tracks]\n", f"[fields.schedule_tracks]\n# {rooms}\n", 1)
        if role == "locations" and (venue := self._venue_of_rooms(header)):
            return self._rooms_with_venue(header, *venue)
        return self._names_table(role, header)

    def _venue_of_rooms(self, rooms: str) -> tuple[str, str, list[str]] | None:
        """A free column naming venues beside the room column, where one room name is at two
        or more venues ('Main Hall' at the Town Theatre and the Old Library): the venue's
        header, that room and its venues. None for a room column named as a venue, or where
        each room is at one venue (a room's name alone then tells it apart)."""
        if names_venues(rooms):
            return None
        for venue in self.sheet.columns:
            if venue in self.used or venue == rooms or not names_venues(venue):
                continue
            venues_of: dict[str, dict[str, str]] = {}
            for room, place in zip(self._texts_where(rooms, slice(None)),
                                   self._texts_where(venue, slice(None)), strict=True):
                if room and place:
                    venues_of.setdefault(room.casefold(), {}).setdefault(place.casefold(), place)
                    if len(venues_of[room.casefold()]) > 1:
                        return venue, room, list(venues_of[room.casefold()].values())
        return None

    def _rooms_with_venue(self, rooms: str, venue: str, room: str, venues: list[str]) -> str:
        """The rooms table joining each room with its venue: two venues' 'Main Hall' are
        two rooms in the app, and no false room-overlap."""
        self.used.add(venue)
        self.room_venue = venue
        table = self._names_table("locations", rooms).replace(
            f"column = {toml_value(rooms)}\n", f"join = {toml_value([rooms, venue])}\n", 1)
        return table.replace("[fields.locations]\n", (
            f"[fields.locations]\n# {room!r} is at {' and '.join(map(repr, venues[:2]))} in "
            f"{venue!r}: each room is named with its venue ({room!r} is "
            f"{room + ROOM_JOINER + venues[0]!r}), so rooms of one name at two venues stay two "
            f"rooms in the app; read the rooms alone with column = {toml_value(rooms)}\n"), 1)

    def _names_table(self, role: str, header: str) -> str:
        """The table of the rooms or tracks read from `header`."""
        if self.breaks is not None and header == self.breaks[0] and self.breaks[1]:
            return self._tracks_beside_breaks(header, self.breaks[1])
        cells = [cell_text(c) or "" for c in _sample(self.sheet, header)]
        listed = Counter(sep for sep in LIST_SEPARATORS for c in cells if sep in c)
        if SLASHED in listed and not _parts_alone(cells, SLASHED):
            del listed[SLASHED]  # one name with a slash in it ('Health / Wellness')
        if any(";" in c for c in cells):
            return _table(role, header)
        if not listed and role == "locations" and (joiner := _rooms_joiner(cells)):
            example = next(c for c in cells if joiner in c)
            return _table(role, header, extra=f"separator = {toml_value(joiner)}", note=(
                f"some cells join rooms listed alone too with {joiner!r} ({example!r}): each "
                "is read as a session in both"))
        if not listed:
            return _table(role, header)
        separator = listed.most_common(1)[0][0]
        example = next(c for c in cells if separator in c)
        if role == "locations":
            return _table(role, header, note=_address_after_rooms(cells, separator) or (
                f"some cells hold {separator!r} ({example!r}): each is read as one name; if "
                f"it lists several, add separator = {toml_value(separator)}"))
        names = " and ".join(convert.split_names(example, separator))
        return _table(role, header, extra=f"separator = {toml_value(separator)}", note=(
            f"names are listed with {separator!r} ({example!r} is {names}); if a name holds "
            f"a {separator!r} itself, write the list with ';' and take this separator out"))

    def _rooms_in_doubt(self, unread: Sequence[str]) -> str | None:
        """Why the rooms drafted may be another column's: they hold two sessions at once
        where the tracks, or a column nothing reads, never do ('Venue' beside 'Field')."""
        rooms, tracks = self.chosen.get("locations"), self.chosen.get("schedule_tracks")
        if rooms is None or "start" not in self.chosen:
            return None
        slot = [self.chosen[role] for role in ("date", "start") if role in self.chosen]
        others = [h for h in (tracks, *unread) if h is not None and h not in self.persons
                  and not names_people(h)]
        return rooms_column_note(self.sheet.frame, rooms, slot, others, tracks,
                                 self.room_venue)

    def _rooms_as_tracks(self, header: str) -> str | None:
        """Why a tracks column may be the rooms: no column is drafted as the rooms, and most
        of its names name one ('Main Hall', 'Room 2'), as a sheet heads its rooms 'Track'
        where each room holds one track."""
        if "locations" in self.chosen:
            return None
        names = list(dict.fromkeys(name.strip() for c in self._texts(header)
                                   for name in re.split(r"[;|\n]", c) if name.strip()))
        rooms = [name for name in names if ROOM_WORDS.search(name.casefold())]
        if not names or len(rooms) < MOST * len(names):
            return None
        return (f"{header!r} names rooms ({', '.join(map(repr, rooms[:2]))}), and no column "
                "is drafted as the rooms: if these are where the sessions are held, make this "
                "table [fields.locations] instead")

    def _names_tracks(self, header: str) -> bool:
        """Whether a column names tracks: it names categories, and is not the column that
        titles break rows filled in on those rows alone (then every track it made would be
        a break's: 'Coffee break', 'Lunch')."""
        if self.breaks is not None and header == self.breaks[0] and not self.breaks[2]:
            return False
        return self._names_categories(header)

    def _tracks_beside_breaks(self, header: str, kinds: list[str]) -> str:
        """The tracks from the column that also titles break rows: the kinds written on
        those rows alone are mapped to nothing, so that no break makes a track of its own."""
        pairs = ", ".join(f'{toml_value(kind)} = ""' for kind in kinds)
        them = "it" if len(kinds) == 1 else "them"
        return _table("schedule_tracks", header, extra=f"values = {{ {pairs} }}", note=(
            f"{listed_all(kinds)} {'is' if len(kinds) == 1 else 'are'} only on rows with no "
            f"title, the breaks: read as no track, so that no break makes a track of its own; "
            f"take {them} out of values to make {them} {'a track' if them == 'it' else 'tracks'}"))

    def _names_categories(self, header: str) -> bool:
        """Whether a column names categories, as tracks are: some name recurs, or the names
        are short. A column of each talk's outline ('Topic', a line per point) does not:
        each of its lines would be made a track; nor does one of figures alone not headed
        as the track."""
        cells = [text for c in self.sheet.frame[header].dropna()
                 if (text := (cell_text(c) or "").strip()).casefold() not in PLACEHOLDERS]
        if cells and all(c.isdigit() for c in cells) and "track" not in header_key(header):
            return False  # a code ('type' 0 or 1), as a web page reads it: no track's name
        names = Counter(name for c in cells
                        for name in {n.strip() for n in re.split(r"[;|\n]", c)} if name)
        if not names or max(names.values()) > 1:
            return True
        return sum(map(len, names)) / len(names) <= LONG_NAME

    def _speakers(self, headers: Sequence[str], pairs: Sequence[tuple[str, str]] = ()) -> str:
        """What can be done with columns naming people: add them to the description, each
        a paragraph of its own (add_columns, commented out beside a description column); a
        first and a last name column joined into one."""
        if not headers and not pairs:
            return ""
        named = [*(h for h in headers if not names_affiliations(h)),
                 *(header for pair in pairs for header in pair)]
        names = listed_all(named)
        said = (f"# {names} name{'s' if len(named) == 1 else ''} people: Guidebook keeps "
                "speakers as a list of their own, which gbimport does not import")
        if "description" in self.chosen:
            lines = "add_columns and labels" if _labels_line(headers, pairs) else "add_columns"
            return (f"{said}; to show the names after the description, uncomment {lines} "
                    "under [fields.description]\n")
        whose = "its" if len(named) == 1 else "their"
        return (f"{said}. To show {whose} names in each session's description, uncomment "
                "these lines:\n"
                f"# [fields.description]\n# add_columns = {_added(headers, pairs)}\n"
                + _labels_line(headers, pairs))

    def _people_added(self, headers: Sequence[str], pairs: Sequence[tuple[str, str]] = ()
                      ) -> str:
        """The description's add_columns for the columns naming people, commented out; a
        first and a last name column joined ('Speakers: Ana Ruiz')."""
        labels, pair_labels = _people_labels(headers, pairs)
        entries = [*((labels.get(h, h), [h]) for h in headers),
                   *zip(pair_labels, map(list, pairs), strict=True)]
        label = entries[0][0]
        columns = [columns for said, columns in entries if said == label]
        for _, cells in self.sheet.frame.iterrows():
            names = [" ".join(filter(None, ((cell_text(cells[c]) or "").strip() for c in cols)))
                     for cols in columns]
            if names := [name.splitlines()[0] for name in names if name]:
                break
        example = ", ".join(dict.fromkeys(names or ["Ana Ruiz"]))
        each = "each label" if len(columns) > 1 else "each"
        affiliations = [h for h in headers if names_affiliations(h)]
        shown = "the speakers' names" + (f" and {listed_all(affiliations)}" if affiliations
                                         else "")
        return (f"# {each} added as a paragraph of its own ({f'{label}: {example}'!r}): "
                f"uncomment to show {shown} after the description\n"
                f"# add_columns = {_added(headers, pairs)}\n" + _labels_line(headers, pairs))

    def _title_fallback(self, name: str) -> str:
        """A commented-out fallback_column, when the rows with no title ('' beside 'Coffee
        break' in Type) each have a column naming the kind of session filled in. Rows with
        one cell or none besides are headings or empty, not sessions."""
        untitled = self._untitled(name)
        if self.unfilled or not untitled.any():
            return ""
        for header in self.sheet.columns:
            shown = self._texts_where(header, untitled)
            if (header != name and header_key(header) in SESSION_KINDS
                    and all(shown)):
                titled = set(self._texts_where(header, ~untitled)) - {""}
                kinds = list(dict.fromkeys(kind for kind in shown if kind not in titled))
                self.breaks = (header, kinds, bool(titled))
                rows = int(untitled.sum())
                shown = list(dict.fromkeys(shown))
                return (f"# {rows} row{'s' if rows > 1 else ''} with no title, but {header!r} "
                        f"filled in ({', '.join(map(repr, shown[:2]))}): uncomment to take "
                        f"that as the title\n# fallback_column = {toml_value(header)}\n")
        return ""

    def _untitled(self, name: str) -> Any:
        """Which rows have no title but other cells: sessions, not headings or empty rows."""
        cells = self.sheet.frame.map(lambda c: bool((cell_text(c) or "").strip()))
        return ~cells[name] & (cells.sum(axis=1) >= 2)

    def _texts_where(self, header: str, rows: Any) -> list[str]:
        """The column's cells on `rows` as text, blank ones ''."""
        return [(cell_text(c) or "").strip() for c in self.sheet.frame[header][rows]]

    # -- description

    def _description(self) -> str:
        header = self._take("description")
        if header is None:
            return ""
        cells = [cell_text(c) or "" for c in _sample(self.sheet, header)]
        html = any(map(has_html_markup, cells))  # as format = "auto" tells them when reading
        markdown = sum(bool(re.search(r"(^|\n)(#+ |[-*] )|\*\*\w|\[[^]]+\]\(", c))
                       for c in cells)
        form = "auto" if html else "markdown" if markdown else "text"
        return _table("description", header, extra=f"format = \"{form}\"", note={
            "auto": "some cells hold HTML tags: those are read as HTML, the others as text",
            "markdown": "some cells hold markdown",
            "text": "plain text, paragraphs kept"}[form])


# ---------------------------------------------------------------------------- helpers


# A number run on to the word before it, as a grid heads each track's titles ('Track1').
NUMBER_RUN_ON = re.compile(r"(?<=[a-z])(?=\d)")


def _address_after_rooms(cells: Sequence[str], separator: str) -> str | None:
    """The note for rooms each followed by one address ('Salon B,3600 Centerpoint Parkway
    Pontiac, Michigan 48341 USA'), as a calendar's export writes each event's location:
    parted on the separator, the address would be rooms of its own."""
    parted = [[part.strip() for part in cell.split(separator, 1)] for cell in cells
              if separator in cell]
    tails = {tail for _, tail in parted}
    rooms = list(dict.fromkeys(room for room, _ in parted if room))
    if len(parted) < 2 or len(tails) != 1 or len(rooms) < 2 or not (tail := tails.pop()):
        return None
    example = next(cell for cell in cells if separator in cell)
    return (f"each room is followed by the same {tail!r}, as a calendar's export adds the "
            f"venue's address: the app would show it in every room's name, and a separator "
            f"would make it rooms of its own. Take it out of the cells, or give each room "
            f"its name under values = {{ {toml_value(example.strip())} = "
            f"{toml_value(rooms[0])} }} (one entry a room)")


def _numbers_apart(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each header's words, a number run on to a word set apart: 'track1' as 'track 1'."""
    return {header: NUMBER_RUN_ON.sub(" ", " ".join(words)).split()
            for header, words in keys.items()}


def _all_but_last(words: list[str]) -> tuple[str, ...]:
    """A header's words but its last, as a grid heads its columns ('Hall A', 'Hall B')."""
    return tuple(NUMBER_RUN_ON.sub(" ", " ".join(words)).split()[:-1])


def _track_or_room(headers: list[str]) -> str:
    """What a grid's title columns are: rooms when each is headed by a room ('Hall A',
    'Salle Jean Jaurès', 'Stage1'), so the note does not send their names to the tracks."""
    firsts = [NUMBER_RUN_ON.sub(" ", header_key(header)).split()[0] for header in headers]
    return "room" if all(ROOM_WORDS.fullmatch(first) for first in firsts) else "track"


def _english_scene(header: str) -> bool:
    """Whether a header is 'Scene' as English writes it, a play's scene ('Act 1 Scene 2' in
    a rehearsal schedule), not French 'Scène' (or 'SCENE', capitals written without their
    accent), a festival's stage."""
    return (header_key(header) == "scene" and "è" not in header.casefold()
            and not header.isupper())


TEMPLATE_MARK = re.compile(r"\s*\((?:optional|required)\)", re.IGNORECASE)


def _readable(header: str) -> str | None:
    """A header written as a program names things ('FULL_NAME', 'speakerName',
    'co_authors', 'chairs') as a reader would write it ('Full name', 'Speaker name', 'Co
    authors', 'Chairs'); None for one readable as it is ('Speaker', 'Co-authors',
    'SPEAKER'). Names of people written as one word ('fullname') are written apart. An import
    template's marks of a column as required or optional are taken out ('Speakers
    (Optional)', '*Speakers')."""
    if (unmarked := TEMPLATE_MARK.sub("", header).strip().strip("*").strip()) != header.strip():
        return (_readable(unmarked) or unmarked) if unmarked else None
    if header.casefold() in RUN_TOGETHER:
        return RUN_TOGETHER[header.casefold()]
    if header.isalpha() and header.islower():  # an export's 'chairs' beside 'Co-author'
        return header.capitalize()
    if "_" not in header and not re.search(r"[a-z][A-Z]", header) and not (
            NUMBER_IN_CAMEL.search(header)):
        return None
    header = NUMBER_IN_CAMEL.sub(r" \1 ", header)
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header).replace("_", " ").split()
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:] if text else None


def _labels_line(headers: Sequence[str], pairs: Sequence[tuple[str, str]] = ()) -> str:
    """A commented-out labels for the added columns whose headers read as a program's names:
    each paragraph starts with its label ('Full name: Ana Ruiz', not 'FULL_NAME: ...'); and
    for numbered ones ('Speaker 1', 'Speaker 2'), one label, so they make one paragraph."""
    labels = _people_labels(headers, pairs)[0]
    pairs_said = [f"{toml_value(h)} = {toml_value(label)}" for h, label in labels.items()]
    return f"# labels = {{ {', '.join(pairs_said)} }}\n" if pairs_said else ""


# Words between a name and whose it is ('Nombre del ponente', 'Prénom de l'intervenant').
LINKING_WORDS = re.compile(r"^(?:(?:de|du|des|del|della|dello|dei|degli|di|da|do|dos|das|"
                           r"van|of|the|la|le|les|el|il|lo|l')\s+|l')+")
# The number load gives a header's later copies ('Ponente (2)'), not the sheet's own words.
COPY_NUMBER = re.compile(r" \(\d+\)$")


def _name_word(key: str, words: Sequence[str]) -> tuple[str, str] | None:
    """The words before and after the name word of `words` a header key is made of:
    ('speaker ', '') for 'speaker first name', ('', ' del ponente') for 'nombre del
    ponente'; None when it has none."""
    for word in words:
        if key == word:
            return "", ""
        if key.endswith(" " + word):
            return key.removesuffix(word), ""
        if key.startswith(word + " "):
            return "", key.removeprefix(word)
    return None


def _name_pairs(headers: Sequence[str]) -> list[tuple[str, str]]:
    """(first name, last name) columns among `headers`, each pair as one person's name. Of
    two last names headed alike ('Nom' and 'Nom (2)', the session's name and a speaker's),
    the one next to the first name, the one after it before the one before it."""
    keys = [header_key(h) for h in headers]
    pairs = []
    for at, first in enumerate(headers):
        around = _name_word(keys[at], FIRST_NAMES)
        lasts = around is not None and next(
            (found for word in LAST_NAMES if (found := [
                pos for pos, key in enumerate(keys) if key == around[0] + word + around[1]])),
            None)
        if lasts:
            beside = [pos for pos in (at + 1, at - 1) if pos in lasts]
            pairs.append((first, headers[(beside or lasts)[0]]))
    return pairs


def _pair_label(first: str, last: str) -> str:
    """A joined name's label: 'Speakers', or the words before or after both ('Moderator',
    'Intervenant' for 'Prénom de l'intervenant')."""
    before, after = _name_word(header_key(first), FIRST_NAMES) or ("", "")
    words = before.strip() or LINKING_WORDS.sub("", after.strip())
    return words.capitalize() if words else "Speakers"


def _people_labels(headers: Sequence[str], pairs: Sequence[tuple[str, str]]
                   ) -> tuple[dict[str, str], list[str]]:
    """The labels of the columns naming people that the draft writes in labels (a program's
    name made readable), and each name pair's label. Two or more numbered alike ('Speaker
    1', 'Speaker 2', or 'Speaker 1 First Name' with its last) share one label, 'Speakers',
    so the names are listed in one paragraph, not a paragraph each; so do a header's copies
    ('Ponente' and 'Ponente (2)')."""
    written = [COPY_NUMBER.sub("", h) for h in headers]  # as the sheet heads them
    own = [("Speakers" if full_name(key := header_key(h)) or key == "name" or _numbered_name(h)
            else _readable(h) or h) for h in written]
    own += [_pair_label(*pair) for pair in pairs]
    numbered = {header_key(base) for base in map(_numbered_base, own) if base}
    # a first speaker's column unnumbered ('Speaker', 'affiliation') joins its numbered copies
    bases = [_numbered_base(label) or (label if header_key(label) in numbered else None)
             for label in own]
    counts = Counter(header_key(base) for base in bases if base)
    shared = [_plural(base) if base and counts[header_key(base)] > 1 else label
              for label, base in zip(own, bases, strict=True)]
    labels = {h: label for h, label in zip(headers, shared[:len(headers)], strict=True)
              if label != h}
    return labels, shared[len(headers):]


def _numbered_base(label: str) -> str | None:
    """A label without its speaker's number ('Speaker' for 'Speaker 2', and for 'Speaker 2
    name'); None when it has none."""
    if not SPEAKER_NUMBER.search(label):
        return None
    words = SPEAKER_NUMBER.sub(" ", label).split()
    if len(words) > 1 and words[-1].casefold() in ("name", "names"):
        words.pop()
    return " ".join(words) or None


def _numbered_name(header: str) -> bool:
    """Whether a header is a co-speaker's 'Name' numbered ('name2', 'Name 2')."""
    base = _numbered_base(header)
    return base is not None and header_key(base) == "name"


def _plural(base: str) -> str:
    """'Speakers' for 'Speaker', as SPEAKERS writes it; the word as it is otherwise."""
    key = header_key(base)
    ending = next((e for e in ("s", "es", "en") if key + e in SPEAKERS), None)
    return base + ending if ending else base


def _remarks_left_out(unread: Sequence[str]) -> str:
    """Why a planner's notes ('Notes', 'comments') are not offered to the description, and
    how to add them: such notes are often for the team alone, never to publish unasked."""
    remarks = [h for h in unread if names_remarks(h)]
    if not remarks:
        return ""
    them = "it" if len(remarks) == 1 else "them"
    return (f"# {listed_all(remarks)} {'is' if them == 'it' else 'are'} not offered to the "
            "description: a planner's notes are often for the team alone. To show "
            f"{them} in the app, add {them} to add_columns under [fields.description]\n")


def _added(headers: Sequence[str], pairs: Sequence[tuple[str, str]]) -> str:
    """add_columns' list: the columns naming people, then each name pair joined."""
    labels = _people_labels(headers, pairs)[1]
    entries = [*map(toml_value, headers), *(
        f"{{ label = {toml_value(label)}, join = {toml_value(list(pair))} }}"
        for pair, label in zip(pairs, labels, strict=True))]
    return f"[{', '.join(entries)}]"


DOTTED_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.?")  # '14.11' or '14.11.': day, month, no year
SLASHED_DAY = re.compile(r"\d{1,2}/\d{1,2}")  # '9/4': month and day in the sheet's order
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|svg)$", re.IGNORECASE)
MMDD_DAY = re.compile(r"(\d{1,2})(\d\d)")  # '1126', '926': month then day, as figures alone


def _zone_example(abbreviation: str) -> str:
    """A tz database name to give as an example for a zone written short ('GMT' -> London's,
    'IST' -> each place's)."""
    return several_places(abbreviation) or abbreviation_zone(abbreviation) or \
        ZONE_EXAMPLES.get(abbreviation[:2], "Europe/Paris")


def _slashed_day_order(cell: Any) -> DateOrder | None:
    """The one order a day and month with a slash and no year reads in ('15/07' day-first,
    '7/15' month-first); None for one reading both ways ('9/4') or neither, or no such day."""
    _, day = split_weekday(cell_text(cell) or "")
    if not SLASHED_DAY.fullmatch(day):
        return None
    first, second = (int(part) for part in day.split("/"))
    if 1 <= second <= 12 < first <= 31:
        return "day-first"
    if 1 <= first <= 12 < second <= 31:
        return "month-first"
    return None


def _dotted_day(cell: Any) -> bool:
    """A day and month with dots and no year ('9.05', 'Di 14.11.'), a real one."""
    _, day = split_weekday(cell_text(cell) or "")
    if not DOTTED_DAY.fullmatch(day):
        return False
    number, month = (int(part) for part in day.rstrip(".").split("."))
    return 1 <= number <= 31 and 1 <= month <= 12


def _yearless(words: Sequence[str], order: DateOrder) -> dict[str, tuple[str, dt.date]]:
    """Each word written with a year ('Monday, May 11, 2027') and its date then, when every
    word is a date lacking only its year ('Monday, May 11', '11 mai', '14.11.', day first as
    dates with dots are, '9/4' in the sheet's `order`, '1126' as month and day); else {}."""
    read = {}
    for word in words:
        _, day = split_weekday(word)
        if match := MMDD_DAY.fullmatch(word):
            try:  # a leap year, so that '0229' is a day
                date = dt.date(2028, int(match[1]), int(match[2]))
            except ValueError:
                return {}
            read[word] = (f"2027-{date:%m-%d}", date)
            continue
        if SLASHED_DAY.fullmatch(day):
            try:
                read[word] = (word + "/2027", convert.parse_date(day + "/2027", order))
            except CellError:
                return {}
            continue
        if DOTTED_DAY.fullmatch(day):
            try:
                read[word] = (word.rstrip(".") + ".2027",
                              convert.parse_date(day.rstrip(".") + ".2027", "day-first"))
            except CellError:
                return {}
            continue
        if not lacks_year(day):
            return {}
        for suffix in (", 2027", " 2027") if day[-1:].isdigit() else (" 2027", ", 2027"):
            try:
                read[word] = (word + suffix, convert.parse_date(day + suffix, "month-first"))
                break
            except CellError:
                continue
        else:
            return {}
    return read


def _listed(texts: Sequence[str]) -> str:
    """'5/32/2027', or '5/32/2027' and 2 others."""
    more = len(texts) - 1
    return repr(texts[0]) + (f" and {more} other{'s' if more > 1 else ''}" if more else "")


def _days(span: dt.timedelta) -> str:
    return "1 day" if span.days == 1 else f"{span.days} days"


def _span_text(dates: set[dt.date]) -> str:
    """'6 Oct 2018 to 7 Oct 2018', the first and last of `dates`."""
    return f"{min(dates):%-d %b %Y} to {max(dates):%-d %b %Y}"


def _fields_named(headers: Sequence[str]) -> int:
    """How many fields some header is named for, by its name or by the name after a tool's
    prefix ('Session Start', 'Event Venue'), as the draft matches them."""
    keys = {header_key(h) for h in headers}
    keys |= {key.removeprefix(prefix) for key in keys for prefix in TOOL_PREFIXES
             if key.startswith(prefix)}
    return sum(not keys.isdisjoint(names) for names in NAMES.values())


def _units_row(sheet: Sheet) -> tuple[str, str] | None:
    """The column and cell of the first row's zone in brackets ('(CEST)'), if it names one:
    that row gives the columns' units, not a session."""
    if sheet.frame.empty or sheet.parts:
        return None
    for header, cell in sheet.frame.iloc[0].items():
        if isinstance(cell, str) and zone_note(text := cell.strip()):
            return str(header), text
    return None


def _hints_row(sheet: Sheet) -> bool:
    """Whether the first row tells how the cells under it are written ('(hh:mm)',
    'YYYY-MM-DD'), every other cell of it a hint too ('optional', 'e.g. Keynote'). Which
    columns hold times is not known yet, so all its cells must be hints."""
    if sheet.frame.empty or sheet.parts:
        return False
    cells = sheet.frame.iloc[0].dropna()
    return any(format_hint(cell) for cell in cells) and all(
        hint_or_instruction(cell) for cell in cells)


def _parts_alone(cells: Sequence[str], separator: str,
                 test: Callable[[Iterable[bool]], bool] = any) -> bool:
    """Whether a part (`test=all`: every part) of the cells joined with `separator` is a
    cell of its own ('Data' beside 'Cloud / Data'): then the cells list names, not hold one
    name with the separator in it."""
    alone = {c.strip().casefold() for c in cells if separator not in c}
    joined = [c for c in cells if separator in c]
    return bool(joined) and test(part.strip().casefold() in alone
                                 for c in joined for part in c.split(separator))


def _rooms_joiner(cells: Sequence[str]) -> str | None:
    """The words joining a session's two rooms in one cell ('Room A & Room B'), where every
    cell so joined joins rooms that are cells of their own: else a room's name may hold it
    ('Arts and Crafts Room')."""
    return next((joiner for joiner in ROOM_JOINERS if _parts_alone(cells, joiner, all)),
                None)


def _heading_day(text: str) -> SheetDay | str | None:
    """The day a heading row names: its date ('Day 1 (1 December 2022)', 'Piątek, 2.12.2022
    (Collegium Geographicum)' less its place), else its label alone ('Day 2', which names
    its day as well as a date would)."""
    day = sheet_day(text) or sheet_day(BRACKETED_TAIL.sub("", text).rstrip(":"))
    return day or (text.casefold().rstrip(": ") if day_label_alone(text) else None)


def _without_foot(sheet: Sheet) -> Sheet:
    """The sheet without its totals row and the notes under it (foot_rows): the draft reads
    the sessions above them, as validate skips them."""
    foot = foot_rows(sheet)
    if not foot.any():
        return sheet
    counts = sheet.cells_per_row  # none in a Sheet made by hand, not by load_sheet
    return replace(sheet, frame=sheet.frame[~foot],
                   cells_per_row=counts[~foot] if len(counts) == len(foot) else counts)


def _sample(sheet: Sheet, header: str) -> list[Any]:
    """The column's distinct cells, but blank ones and its header written again over each
    day's table ('Date' under 'Date'), a row validate skips: no date, time or title."""
    values = sheet.frame[header].dropna().unique()[:SAMPLE]
    return [v for v in values if not (isinstance(v, str) and not v.strip())
            and not writes_header(v, header)]


def _reads(cells: Sequence[Any], parse: Callable[[Any], Any]) -> int:
    count = 0
    for cell in cells:
        try:
            parse(cell)
        except (CellError, ValueError, TypeError):
            continue
        count += 1
    return count


def _kind_of(cells: Sequence[Any]) -> Kind:
    """What most of a column's cells are, the narrowest first. A time not fixed yet ('TBA')
    is of no kind, as a blank cell is: a programme may list many talks before their slots;
    so is a zone noted under the header ('(GMT Time)'), and a part of the day heading the
    sessions under it ('Morning'), which validate reads as a section heading."""
    cells = [cell for cell in cells if not convert.not_fixed_yet(cell) and not is_day_part(cell)
             and not (isinstance(cell, str) and zone_note(cell.strip()))]
    if not cells:
        return "other"

    def most(parse: Callable[[Any], Any]) -> bool:
        return _reads(cells, parse) >= MOST * len(cells)

    def time(cell: Any) -> None:
        # A workbook's date-and-time cell is a moment, not a time of day: its day is in it.
        if isinstance(cell, dt.datetime) and cell.year > 1900:
            raise CellError("bad-time", "a date and time")
        convert.parse_late_time(cell)  # 28:00, a late show's end written past midnight

    def datetime(cell: Any) -> None:
        if _either_order(convert.parse_datetime, cell)[1] is None:
            raise CellError("bad-datetime", "a date alone")

    def datetime_range(cell: Any) -> None:
        start, end = _either_order(convert.parse_datetime_range, cell)
        if start == end:
            raise CellError("bad-datetime", "a date alone")

    # A grid's slots of bare hours ('9-10', '10-11') are ranges on the 24-hour clock.
    time_range = convert.time_range_reader(lambda: cells)

    def time_or_range(cell: Any) -> None:
        try:
            time_range(cell)
        except CellError:
            time(cell)

    readers: tuple[tuple[Kind, Callable[[Any], Any]], ...] = (
        ("time range", time_range),
        ("time", time),
        # Some evenings given a start and an end ('18:00–21:00'), others a start alone.
        ("time range", time_or_range),
        ("datetime range", datetime_range),
        ("datetime", datetime),
        ("date", lambda c: _either_order(convert.parse_date, c)),
        ("duration", convert.parse_duration))
    for kind, parse in readers:
        if most(parse):
            return kind
        if kind == "datetime" and _days_among_moments(cells, datetime):
            return "datetime"
    return "other"


def _days_among_moments(cells: Sequence[Any], moment: Callable[[Any], Any]) -> bool:
    """Whether the cells are dates with times and dates alone, as a start column gives
    all-day items ('2027-05-11') beside talks ('2027-05-11 09:00'): validate reads a date
    alone as an all-day session. More than a few must have times (`moment` reads those),
    lest a column of days with a stray time be taken for the start."""
    days = _reads(cells, lambda cell: _either_order(convert.parse_datetime, cell))
    return days >= MOST * len(cells) and _reads(cells, moment) > (1 - MOST) * len(cells)


def _time_or_none(cell: Any) -> dt.time | None:
    """A cell's time of day, or None for one that is not."""
    if cell is None or (isinstance(cell, float) and cell != cell):
        return None
    try:
        return convert.parse_time(cell)
    except (CellError, ValueError, TypeError):
        return None


def _start_or_none(cell: Any) -> dt.time | None:
    """A cell's time of day, or the start of its range ('08h00 – 08h55'); else None."""
    if (time := _time_or_none(cell)) is not None:
        return time
    try:
        return convert.parse_time_range(cell)[0]
    except (CellError, ValueError, TypeError):
        return None


def _is_day_range(text: str) -> bool:
    """Whether a cell is a range of days ('May 11-13, 2027', '20 a 22/09/2027')."""
    try:
        _either_order(convert.parse_date, text)
    except convert.DayRange:
        return True
    except CellError:
        pass
    return False


def _either_order(parse: Callable[[Any, DateOrder], Any], cell: Any) -> Any:
    try:
        return parse(cell, "month-first")
    except CellError:
        return parse(cell, "day-first")


def _figure(number: float) -> str:
    return str(int(number)) if number.is_integer() else str(number)


def _table(key: str, column: str | None, *, column_key: str = "column",
           note: str | None = None, time: str | None = None, extra: str | None = None) -> str:
    """One [fields.KEY] table, or "" for a field no column fits. No field is drafted
    optional: a column gone from a later copy of the sheet must stop the run, not leave a
    field unsent (an id column most of all: every session would be made again)."""
    if column is None:
        return ""
    lines = [f"[fields.{key}]"]
    if note:
        lines.append(f"# {note}")
    lines.append(f"{column_key} = {toml_value(column)}")
    if time is not None:
        lines.append(f"time_column = {toml_value(time)}")
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"
