"""Drafts the title: the column named for it that holds titles, not labels ('Session 1') or
games' numbers; a fixtures list's teams joined; a calendar's SUMMARY or a column of contents;
why a grid (a column per day, room or slot) has none; and the speakers' columns beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from importer._date_words import weekday_named
from importer._day_sheets import sheet_day
from importer._draft_base import DrafterBase
from importer._draft_people import added, labels_line, numbered_name, people_labels
from importer._draft_words import (
    DAY_NUMBER,
    HOME_AND_AWAY,
    LABEL,
    LABEL_LENGTH,
    MOST,
    NUMBER_RUN_ON,
    ROOM_WORDS,
    SLOT_HEADER,
    TEAMS_SEPARATOR,
    TITLE_LINE,
)
from importer._header_words import (
    CONTENTS,
    COURSES,
    GAMES,
    NAMES,
    OPPONENTS,
    SESSION_KINDS,
    SPEAKER_DETAILS,
    SPEAKERS,
    header_key,
    names_affiliations,
)
from importer._toml_problems import toml_value
from importer.convert import cell_text
from importer.model import listed_all


class TitlesDrafter(DrafterBase):
    """The title and the speakers' columns."""

    def _teams(self) -> tuple[str, str] | None:
        """The sheet's home and away columns (a fixtures list), or a club's team and its
        opponent, when free."""
        # a number run on to its word ('team_name1', 'team1') set apart
        free: dict[str, str] = {}
        for header in self.sheet.columns:
            if header not in self.used:  # the first of two tables side by side: the date's
                free.setdefault(NUMBER_RUN_ON.sub(" ", header_key(header)), header)
        return next(((self._filled(free[home]), self._filled(free[away]))
                     for home, away in HOME_AND_AWAY if home in free and away in free), None)

    def _take_teams(self) -> bool:
        """Whether the sheet has a home and an away column (a fixtures list), taken for the
        title where no column is one."""
        pair = self._teams()
        if pair is not None:
            self.teams = list(pair)
            self.used.update(pair)
            self.chosen["name"] = pair[0]
        return pair is not None

    def _filled(self, header: str) -> str:
        """A team's column, or where it is blank throughout its copy that holds the teams: a
        web page's table saved by pandas heads a cell spanning two columns twice ('Away
        Team', 'Away Team.1') and leaves one of them empty."""
        if self._texts(header):
            return header
        key = header_key(header)
        copies = (h for h in self.sheet.columns if h not in self.used and h != header
                  and re.fullmatch(rf"{re.escape(key)}(?: \d+)?", header_key(h)))
        return next((h for h in copies if self._texts(h)), header)

    def _teams_title(self) -> str:
        home, away = self.teams
        both = self.sheet.frame[[home, away]].dropna().head(1).to_numpy().tolist()
        example = f" ({TEAMS_SEPARATOR.join(map(str, both[0]))!r})" if both else ""
        return (f"[fields.name]\n# no title column: each row's teams joined{example}\n"
                f"join = {toml_value(self.teams)}\nseparator = {toml_value(TEAMS_SEPARATOR)}\n")

    def _speakers_named(self, title: str) -> list[str]:
        """A column headed 'Name' beside the title and a speaker's details ('Bio',
        'Email'): the speaker's name, as call-for-papers exports write it (PaperCall's
        'name', 'avatar', 'bio', 'twitter', 'title', 'abstract'), with the co-speakers'
        beside it ('name2')."""
        speaker = next((h for h in self.sheet.columns if header_key(h) == "name"), None)
        if speaker is None or speaker == title or not any(
                header_key(h) in SPEAKER_DETAILS for h in self.sheet.columns):
            return []
        return [speaker, *(h for h in self.sheet.columns if numbered_name(h))]

    def _titles_fit(self, header: str) -> bool:
        """Whether a column named for the title may be it: a games column ('Match') only
        where it names the teams, not where it numbers the games; an opponent's only where
        no column names the club's team to join it to; a course's only where it names them."""
        if header_key(header) in GAMES and not self._named_things(header):
            return False
        if header_key(header) in OPPONENTS and self._teams() is not None:
            return False  # joined after its team's column, by _take_teams
        if header_key(header) in COURSES and not self._course_names(header):
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
        its DTSTART) or in a sheet a calendar is made from, where each is a line as short as
        a title ('TDS Lecture 1'); elsewhere a 'Summary' is a session's description."""
        header = self.by_name.get("summary")
        if header is None or header in self.used or not (
                "dtstart" in self.by_name or self._title_lines(header)):
            return None
        self.used.add(header)
        self.chosen["name"] = header
        return header

    def _title_lines(self, header: str) -> bool:
        """Whether each of the column's cells is one line no longer than a title's."""
        cells = self._texts(header)
        return bool(cells) and all(len(c) <= TITLE_LINE and "\n" not in c for c in cells)

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

    def _titles(self, header: str) -> bool:
        """Whether the column's cells read as talks' titles: text, two or more of several
        words (a track headed 'Track 1' holding its talks among its 'TBD' and 'Break' cells,
        not a 'Track Colour' of single words)."""
        worded = {cell for cell in self._texts(header) if len(cell.split()) > 2}
        return len(worded) > 1 and self._kind(header) == "other"

    def _course_names(self, header: str) -> bool:
        """Whether most of a course column's cells are names ('Linear Algebra'), written in
        lower case letters too, not codes ('CS101', 'ME')."""
        cells = self._texts(header)
        named = [c for c in cells if any(ch.islower() for ch in c)]
        return bool(cells) and len(named) >= MOST * len(cells)

    def _labels(self, header: str) -> list[str]:
        """The column's cells, if most are labels ('Session 1', 'W1 M:'); else []."""
        cells = self._texts(header)
        labels = [c for c in cells if len(c) <= LABEL_LENGTH and LABEL.fullmatch(c)]
        return labels if cells and len(labels) >= MOST * len(cells) else []

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
            lines = "add_columns and labels" if labels_line(headers, pairs) else "add_columns"
            return (f"{said}; to show the names after the description, uncomment {lines} "
                    "under [fields.description]\n")
        whose = "its" if len(named) == 1 else "their"
        return (f"{said}. To show {whose} names in each session's description, uncomment "
                "these lines:\n"
                f"# [fields.description]\n# add_columns = {added(headers, pairs)}\n"
                + labels_line(headers, pairs))

    def _people_added(self, headers: Sequence[str], pairs: Sequence[tuple[str, str]] = ()
                      ) -> str:
        """The description's add_columns for the columns naming people, commented out; a
        first and a last name column joined ('Speakers: Ana Ruiz')."""
        labels, pair_labels = people_labels(headers, pairs)
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
                f"# add_columns = {added(headers, pairs)}\n" + labels_line(headers, pairs))

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
