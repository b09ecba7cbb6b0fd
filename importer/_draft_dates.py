"""Drafts the date: the sheet's date order, the date column (days alone, day names, ranges
of days, words that are no dates), or the day a file's name, a title row or the tabs give;
and why there is none (several days' headings, blocks of rows each a day)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import Any

from importer import convert
from importer._date_words import day_label_date, split_weekday
from importer._day_sheets import SheetDay, sheet_day, year_of_weekdays
from importer._draft_base import DrafterBase, listed
from importer._draft_cells import (
    dotted_day,
    either_order,
    heading_day,
    is_day_range,
    reads,
    sample,
    slashed_day_order,
    start_or_none,
    yearless,
)
from importer._draft_words import (
    ABOVE_THE_TABLES,
    DATE_IN_NAME,
    DATE_IN_TITLE,
    FEW_WORDS,
    MISTYPED_DATE,
    MMDD_DAY,
    PLACEHOLDERS,
)
from importer._header_words import NAMES
from importer._month_in_doubt import in_doubt_words, language_told, month_in_doubt, zone_fix
from importer._reading_slips import lookalike_note, struck_text
from importer._toml_problems import toml_value
from importer.convert import CellError, DateOrder, cell_text
from importer.load import Sheet, load_sheet, read_grid
from importer.mapping import FILL_IN


class DatesDrafter(DrafterBase):
    """The date order and the date."""

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
        starts = [start_or_none(cell) for cell in self.sheet.frame[time]]
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
        return {text: day for cell in sample(self.sheet, time)
                if (text := (cell_text(cell) or "").strip())
                and (day := heading_day(text)) is not None}

    def _date_order(self) -> DateOrder:
        """Day-first when some date reads only that way (13/5/2027) or is written with dots
        (11.05.2027, day-first wherever it is used, as validate holds); month-first
        otherwise, as Guidebook's template writes dates. When every date reads both ways
        (06/10/2018 and 07/10/2018), the order that puts them closer together is taken, with
        a note: a programme's days follow one another, while the other order puts them a
        month apart."""
        votes, both = self._order_evidence(self.sheet)
        if not (votes["day-first"] or votes["month-first"]):
            # A workbook kept one tab per day: this day's date alone may read both ways,
            # where the other days' tabs (with its columns, read with it) tell the order.
            for tab in self._alike_tabs():
                more_votes, more_both = self._order_evidence(tab)
                votes.update(more_votes)
                for reading, dates in more_both.items():
                    both[reading] |= dates
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

    def _order_evidence(self, sheet: Sheet
                        ) -> tuple[Counter[str], dict[DateOrder, set[dt.date]]]:
        """The dates of `sheet` (this one, or a tab with its columns) that read one way only,
        counted by their order; and those that read both ways, as each order reads them."""
        votes: Counter[str] = Counter()
        both: dict[DateOrder, set[dt.date]] = {"month-first": set(), "day-first": set()}
        named = {h for name in NAMES["date"] if (h := self.by_name.get(name)) is not None}
        for header in sheet.columns:
            # A date column's days with dots and no year ('9.05', '14.11.'), not times
            # written so ('9.30'): day-first, as the year validate asks for makes them. With
            # slashes ('15/07', '7/15'), the order in which they are days.
            days_by_name = header in named and self._kind(header) not in (
                "time", "time range", "duration")
            for cell in sample(sheet, header):
                if days_by_name and dotted_day(cell):
                    votes["day-first"] += 1
                    continue
                if days_by_name and (slashed := slashed_day_order(cell)) is not None:
                    votes[slashed] += 1
                    continue
                text = cell_text(cell) or ""
                # Day 1 (15/07/2026); So 30.04.23 - 14:15; 17. 11. 2017 as 17.11.2017
                text = convert.dots_closed_up(split_weekday(day_label_date(text) or text)[1])
                text = (text.split() or [""])[0]
                readings = convert.numeric_date_readings(text)
                if readings and convert.DOTTED_DATE.match(text):
                    readings.pop("month-first", None)
                if len(readings) == 1:
                    votes[next(iter(readings))] += 1
                elif "month-first" in readings and "day-first" in readings:
                    both["month-first"].add(readings["month-first"])
                    both["day-first"].add(readings["day-first"])
        return votes, both

    def _alike_tabs(self) -> list[Sheet]:
        """The workbook's other tabs with this sheet's columns (validate reads them with it
        given --sheet all, or as named with --sheet), read only when asked."""
        path, columns = self.sheet.path, list(self.sheet.columns)
        return [load_sheet(path, name, expected_columns=columns)
                for name in self.sheet.similar_sheets]

    def _days_alone_note(self, header: str) -> str | None:
        """Where a column of dates with times has dates alone too, what validate makes of
        them: all-day sessions."""
        day = next((text for cell in sample(self.sheet, header) if (text := cell_text(cell))
                    and self._moment_in(cell) is None
                    and reads([cell], lambda c: either_order(convert.parse_date, c))), None)
        return (None if day is None else f"a date alone ({day!r}) is read as a session all "
                "day on that day")

    def _days_alone(self, header: str) -> bool:
        """Whether the date column's cells are days with no time: dates, or days with dots and
        no year ('17.10', which would read as a time, 17:10, were it not a date's column). A
        day not fixed yet ('TBA') is of no kind, as in kind_of."""
        cells = [c for c in sample(self.sheet, header) if not convert.not_fixed_yet(c)]
        if self._kind(header) == "date" or (bool(cells) and all(map(dotted_day, cells))):
            return True
        # Days lacking only their year ('02/15', a term's meetings), too many for `values`:
        # the draft's note says to write the year into the cells.
        texts = [text for c in cells if (text := cell_text(c))]
        if texts and yearless(texts, self.order):
            return True
        # Ranges of days among them ('20 a 22/09/2019'), named by _note_words for validate
        # refuses each: the other cells are still days alone.
        days = [c for c in cells if not is_day_range(cell_text(c) or "")]
        return len(days) < len(cells) and bool(days) and reads(
            days, lambda c: either_order(convert.parse_date, c)) == len(days)

    def _day_names(self, header: str) -> bool:
        """Whether the date column holds a few words and no date ('Wed', 'sabado', 'Day 1'):
        days, each to be given its date by `values`, as the draft's note asks."""
        cells = (cell_text(c) for c in sample(self.sheet, header))
        words = [w for w in dict.fromkeys(cells) if w and w.casefold() not in PLACEHOLDERS]
        return 0 < len(words) <= FEW_WORDS and not reads(
            words, lambda c: either_order(convert.parse_date, c))

    def _years_of(self, header: str, date: str) -> bool:
        """Whether each filled cell of a column is the year of its row's day in `date`
        ('2025' beside '2025-11-07', kept to sort a list of talks by): four figures read as
        a time (20:25), but no time of day."""
        frame = self.sheet.frame
        pairs = [(text, day) for cell, day in zip(frame[header], frame[date], strict=True)
                 if (text := cell_text(cell))]

        def same_year(text: str, day: Any) -> bool:
            try:
                return text == str(either_order(convert.parse_date, day).year)
            except (CellError, ValueError, TypeError):
                return False

        return bool(pairs) and all(same_year(text, day) for text, day in pairs)

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
            texts = dict.fromkeys(cell_text(c) or "" for c in sample(self.sheet, date))
            self._note_day_ranges(date, [text for text in texts if is_day_range(text)])
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

    def _note_day_ranges(self, header: str, ranges: list[str]) -> None:
        """Ranges of days ('20 a 22/09/2027', '2013.3.15-16') are no one date to give:
        validate says how to give an event over several days."""
        if ranges:
            self.notes.append(f"{header!r} has {listed(ranges)}, a range of days: a session "
                              "has one date, so give such an event a row per day, or its first "
                              "day with start and end times and its last day in an end-date "
                              "column (validate names the rows)")

    def _note_words(self, header: str) -> None:
        """A day column of words ('sabado', 'Day 1'), or of dates and a few cells that are
        not ('Opening day'): each of those needs its date, given by `values`."""
        cells = sample(self.sheet, header)
        words = [w for w in dict.fromkeys(cell_text(c) for c in cells) if w]
        # Most cells dates, a few not ('Opening day', 'TBC'): only
        # those need their dates, as the values hint would put a real date on another day.
        undated = [w for w in words if not reads([w], lambda c: either_order(
            convert.parse_date, c))]
        # A date written in figures that is no date ('5/32/2027') is a typo to fix in the
        # sheet, not a word to give a date: validate names its row.
        mistyped = [w for w in undated if MISTYPED_DATE.fullmatch(w)]
        # A range of days ('20 a 22/09/2027') is no one date to give either: validate says
        # how to give an event over several days.
        ranges = [w for w in undated if is_day_range(w)]
        # Nor is a date struck through by pasted strikethrough marks (one after each
        # character struck), which validate tells of: named without the marks.
        struck = [text for w in undated if (text := struck_text(w)) is not None]
        # A letter for a figure ('13/05/2O27'): a typo too, its row named to find it by.
        slips = {w: note for w in undated if (note := lookalike_note(
            header, self.sheet.frame[header], w,
            lambda text: reads([text], lambda c: either_order(convert.parse_date, c)) > 0))}
        self.notes.extend(slips.values())
        # A month's name in doubt (listopad): read by the column's other names or day names,
        # as validate reads it, else by the timezone the draft leaves to its reader.
        in_doubt = [w for w in undated if month_in_doubt(w)]
        undated = [w for w in undated if w not in mistyped and w not in ranges
                   and struck_text(w) is None and w not in slips and w not in in_doubt]
        if in_doubt and language_told(in_doubt, words, lambda c: either_order(
                convert.parse_date, c)) is None:
            why, fix = in_doubt_words(in_doubt[0]), zone_fix(in_doubt[0])
            self.notes.append(f"{header!r} has {listed(in_doubt)}: {why}; {fix}, "
                              "or write its dates with the month as a number (validate names "
                              "the rows)")
        if mistyped and len(mistyped) < len(words):
            self.notes.append(f"{header!r} has {listed(mistyped)}, no date: fix "
                              f"{'it' if len(mistyped) == 1 else 'them'} in the sheet "
                              "(validate names the rows)")
        self._note_day_ranges(header, ranges)
        if struck:
            self.notes.append(f"{header!r} has {listed(struck)} struck through (by "
                              "strikethrough characters, as pasted from a text styling site): "
                              "write the date meant without the struck text (validate names "
                              "the rows)")
        if not words or not undated:
            return
        # A day not fixed yet ('TBD') does not hide that the others lack only their year.
        dated = [w for w in undated if w.casefold() not in PLACEHOLDERS]
        if undated == words and dated and (no_year := yearless(dated, self.order)):
            first, example = next(iter(no_year.items()))
            if len(dated) <= FEW_WORDS:
                pairs = ", ".join(f"{toml_value(w)} = \"YYYY-{day[1]:%m-%d}\""
                                  for w, day in no_year.items())
                self.notes.append(f"{header!r} gives its dates without the year ({first!r}): "
                                  f"write it into its cells ({example[0]}), or give each its "
                                  f"date under [fields.start]: values = {{ {pairs} }}")
            else:
                self.notes.append(f"{header!r} gives its dates without the year "
                                  f"({len(dated)} of them, such as {first!r}): write it into "
                                  f"its cells ({example[0]})")
        elif len(undated) < len(words) and len(undated) <= FEW_WORDS:
            pairs = _values_pairs(undated, self.order)
            some = "1 of its cells" if len(undated) == 1 else f"{len(undated)} of its cells"
            self.notes.append(f"{header!r} holds dates, but not in {some}. Give each of "
                              f"those its date under [fields.start]: values = {{ {pairs} }}")
        elif len(words) <= FEW_WORDS:
            pairs = _values_pairs(words, self.order)
            self.notes.append(f"{header!r} holds no dates. Give each its date under "
                              f"[fields.start]: values = {{ {pairs} }}")
        else:  # too many to list: most likely not days at all
            self.notes.append(f"{header!r} holds no dates ({len(words)} different words, such "
                              f"as {words[0]!r}): map the start to a column of dates")
        self.missing.append("start")  # every row fails until the dates are given


def _values_pairs(words: list[str], order: DateOrder) -> str:
    """The `values` entries giving a few cells their dates: the month and day a cell without
    its year tells filled in ("4月23日" = "YYYY-04-23"), else all left to write ("YYYY-MM-DD")."""
    def date(word: str) -> str:
        if MMDD_DAY.fullmatch(word):  # '1126' is a month and day only if its column says so
            return "YYYY-MM-DD"
        day = yearless([word], order).get(word)
        return "YYYY-MM-DD" if day is None else f"YYYY-{day[1]:%m-%d}"
    return ", ".join(f'{toml_value(word)} = "{date(word)}"' for word in words)


def _days(span: dt.timedelta) -> str:
    return "1 day" if span.days == 1 else f"{span.days} days"


def _span_text(dates: set[dt.date]) -> str:
    """'6 Oct 2018 to 7 Oct 2018', the first and last of `dates`."""
    return f"{min(dates):%-d %b %Y} to {max(dates):%-d %b %Y}"
