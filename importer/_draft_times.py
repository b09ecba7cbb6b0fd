"""Drafts the start, and the start's, date's and end's tables: a datetime column, a time with
its date, or a range of times in one cell, found by the headers or by the cells; and the
notes on rows left unscheduled, untimed rows under slots, and ranges missing their end."""

from __future__ import annotations

from typing import Any

from importer import convert
from importer._draft_base import listed, table
from importer._draft_cells import kind_of, reads, sample, time_or_none, yearless
from importer._draft_dates import DatesDrafter
from importer._draft_words import (
    ABOVE_THE_TABLES,
    DATE_WORDS,
    FEW_WORDS,
    LENGTH_WORDS,
    MISTYPED_TIME,
    MOST,
    PLACEHOLDERS,
    RECORD_DATES,
)
from importer._header_words import NAMES, header_key, names_people
from importer._layout import section_headings
from importer._left_out import marked_rows
from importer._reading_slips import lookalike_note
from importer._toml_problems import toml_value
from importer.convert import cell_text
from importer.mapping import FILL_IN
from importer.model import listed_all
from importer.zones import zone_note


class TimesDrafter(DatesDrafter):
    """The start, with its date, and the tables of the start, date and end."""

    def _take_mistyped_times(self, role: str) -> str | None:
        """A column named for `role` that holds times but in a few cells typed with a
        semicolon or a comma for the colon ('21;00'), or a letter for a figure ('1O:00'),
        enough of a short list for it to read as no times. It is taken, and the draft says to
        fix those; validate names the rows."""
        typos: list[str] = []
        slips: dict[str, str] = {}  # a cell with a letter for a figure: its note, naming its row

        def times_but_typos(header: str) -> bool:
            cells = sample(self.sheet, header)
            typos[:] = [c for c in cells if isinstance(c, str) and MISTYPED_TIME.fullmatch(
                c.strip())]
            slips.clear()
            slips.update(self._lookalike_times(header, cells))
            rest = [c for c in cells if c not in typos and cell_text(c) not in slips]
            return bool(typos or slips) and kind_of(rest) == "time"

        header = self._take(role, fits=times_but_typos)
        if header is not None and typos:
            self.notes.append(f"{header!r} has {listed(typos)}, no time: fix "
                              f"{'it' if len(typos) == 1 else 'them'} in the sheet "
                              "(validate names the row" + ("s)" if len(typos) > 1 else ")"))
        if header is not None:
            self.notes.extend(slips.values())
        return header

    def _lookalike_times(self, header: str, cells: list[Any]) -> dict[str, str]:
        """The cells that are times but for a letter typed for a figure ('1O:00'), each with
        the draft's note naming its first row, to fix rather than map."""
        column = self.sheet.frame[header]
        return {text: note for cell in cells if (text := cell_text(cell)) and (
            note := lookalike_note(header, column, text, lambda t: time_or_none(t) is not None))}

    def _timing(self) -> tuple[list[str], list[str]]:
        """The [fields.start] and [fields.end] tables."""
        start = (self._take("start", ("datetime range", "datetime", "time range", "time"))
                 or self._take_mistyped_times("start"))
        kind = self._kind(start) if start else None
        if start is not None and kind == "datetime range":
            return ([table("start", start, note="a start and an end in one cell")],
                    [table("end", start)])
        date = (self._date_column() or self._dates_by_name()
                if kind not in ("datetime", None) or start is None else None)
        if start is None and date is not None and self._kind(date) == "datetime":
            start, kind, date = date, "datetime", None
            self.chosen["start"] = self.chosen.pop("date")  # its times too: the summary says so
        found = None
        if start is None and date is not None and (found := self._times_by_cells(date)):
            start, kind = found, self._kind(found)
            self.used.add(start)
            self.chosen["start"] = start
        if start is None:
            start = self._take_unfilled("start", date)
        if start is None and date is None:
            return ([table("start", FILL_IN, column_key="column",
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
            by_values = ("; it reads the column's cells with the values given under "
                         "[fields.start]" if named or (len(days) <= FEW_WORDS
                                                       and yearless(days, self.order)) else "")
            return ([table("start", date, note="no column holds times: each session is "
                           "all day, on the day its cell gives")],
                    [table("end", date, note="the same column: a day alone has no end"
                           + by_values)])
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
                     or table("start", date or FILL_IN, column_key="date_column",
                              time=start, note=None if date else self._no_date(start))],
                    [table("end", start, column_key="time_column",
                           note="the same column: each cell holds the start and the end")])
        if kind == "datetime":
            assert start is not None
            start_table = table("start", start, column_key="column",
                                note=self._days_alone_note(start))
        else:
            start_table = on_tabs or (None if date else self._dated_by_file(start)
                                   or self._dated_by_title(start)) or table(
                "start", date or FILL_IN, column_key="date_column", time=start,
                note=None if date else self._no_date(start))
        return [start_table], [self._end(date)]

    def _times_by_cells(self, date: str) -> str | None:
        """The first free column holding times of day ('9:00', '14h30', '2:00 PM') or ranges
        of them, though named for no field ('Local time', 'Kick-off'), nor people nor a
        length of time ('Run time' of 1:30), nor the years of the `date` column's days."""
        for header in self._unnamed():
            if self._kind(header) in ("time", "time range") and not self._years_of(header, date):
                return header
        return None

    def _dates_by_name(self) -> str | None:
        """The first free column of dates whose header says 'date', in a language of
        DATE_WORDS, though the draft knows it as no field's ('complete_date', 'Data da aula'),
        but a record's own dates ('Date created', 'Due date'): taken as the sessions' days,
        and said so, to be checked."""
        for header in self._unnamed():
            words = set(header_key(header).split())
            if (not DATE_WORDS.isdisjoint(words) and RECORD_DATES.isdisjoint(words)
                    and self._kind(header) == "date"):
                self.used.add(header)
                self.chosen["date"] = header
                example = next(text for c in sample(self.sheet, header) if (text := cell_text(c)))
                self.notes.append(f"{header!r} holds dates ({example!r}), though its name is "
                                  "none the draft knows: read as each session's day; check it is")
                return header
        return None

    def _datetimes_by_cells(self) -> str:
        """The free columns holding dates with times, though named for no field (a form's
        'Horodateur' or 'Timestamp' kept as each slot's start): named, not taken, as a form's
        own is when each answer was sent."""
        found = [h for h in self._unnamed() if self._kind(h) == "datetime"]
        if not found:
            return ""
        example = next(text for c in sample(self.sheet, found[0]) if (text := cell_text(c)))
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
        cells = [text for c in sample(self.sheet, start) if (text := cell_text(c))]
        said = (f"{start!r} holds times ({', '.join(map(repr, cells[:2]))}), though its name "
                "is none the draft knows: read as the start")
        if self._kind(start) == "time range":
            self._note_ends_missing(start)
            return ([table("start", date, column_key="date_column", time=start,
                           note=f"{said} and the end; check it is")],
                     [table("end", start, column_key="time_column",
                            note="the same column: each cell holds the start and the end")])
        return ([table("start", date, column_key="date_column", time=start,
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
        pairs = [(time_or_none(a), time_or_none(b)) for a, b in
                 zip(self.sheet.frame[start], self.sheet.frame[header], strict=True)]
        both = [(a, b) for a, b in pairs if a is not None and b is not None]
        later = sum(b > a for a, b in both)
        # A late show's end past midnight ('01:15' beside '23:30') is after its start too,
        # but lengths beside evening starts ('1:30' beside '20:00') read so on every row:
        # most must still be later the same day.
        overnight = sum(convert.ends_in_the_night_after(a, b) for a, b in both)
        return 2 * later > len(both) and later + overnight >= MOST * len(both)

    def _note_ends_missing(self, header: str) -> None:
        """A column of time ranges some of whose cells give a start alone ('18:30') or no
        time ('ab 19:00'): validate stops at those, so the draft names them."""
        ranges: list[str] = []
        alone: list[str] = []
        neither: list[str] = []
        not_yet: list[str] = []  # 'TBA': no end to write, as there is no time yet
        cells = sample(self.sheet, header)
        time_range = convert.time_range_reader(lambda: cells)
        day_headings = self._day_headings(header)
        for cell in cells:
            text = (cell_text(cell) or "").strip()
            if zone_note(text) or text in day_headings:
                continue  # '(GMT Time)' under the header, a day's heading: named elsewhere
            kept = (ranges if reads([cell], time_range)
                    else alone if reads([cell], convert.parse_time)
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
