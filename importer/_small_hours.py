"""Starts in the small hours listed after their day's evening: a line-up typed under Friday
(`20:00`, `22:00`, `23:30`, `01:00`, `02:30`) whose last acts are Friday night's, so Saturday's
small hours, though the row gives Friday's date (a Date column, a tab per day, the mapping's
one date).

Read so only where the sheet shows it plainly: within one date's rows in sheet order, the
times rise into the evening (from EVENING) and then start again once, in the small hours
(before NIGHT_ENDS), every time after that too, until the next date. A morning typed first
(sunrise yoga at 04:30) is before the evening, a sheet listed room by room starts again
more than once, and a date whose night is written past midnight (25:00) writes its own: all
are read as written. The whole sheet is weighed at once, in arrays."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from importer._checks import Mask
from importer._columns import Codes
from importer.convert import NIGHT_ENDS, NextDayTime

# The evening a night's line-up runs on from: the small hours after a start from then on are
# the night after; after an afternoon they would be a sheet out of order.
EVENING = dt.time(18)
_DAY_MINUTES = 24 * 60


def minutes_of(time: Any) -> float:
    """A start's minutes after its date's midnight (a time past midnight, 25:00, counts on);
    NaN for none."""
    if not isinstance(time, dt.time):
        return np.nan
    return time.hour * 60 + time.minute + _DAY_MINUTES * isinstance(time, NextDayTime)


def may_run_into_the_night(minutes: list[float]) -> bool:
    """Whether a column's distinct start times hold both an evening and the small hours: the
    cheap test before the sheet is weighed row by row."""
    return any(m < _minutes(NIGHT_ENDS) for m in minutes) and any(
        m >= _minutes(EVENING) for m in minutes)


def night_after_evening(day: Codes, minutes: np.ndarray[Any, np.dtype[np.float64]],
                        piece: Codes) -> Mask:
    """The rows to read in the night after their date. `day`: each row's date (equal codes,
    one date; -1 none), `minutes`: its start's (minutes_of), `piece`: its tab."""
    moved: Mask = np.zeros(len(day), dtype=bool)
    timed = np.flatnonzero((day >= 0) & ~np.isnan(minutes))
    if timed.size < 2:
        return moved
    days, starts, tabs = day[timed], minutes[timed], piece[timed]
    new_run = np.ones(timed.size, dtype=bool)  # a run: one date's rows on one tab, in order
    new_run[1:] = (days[1:] != days[:-1]) | (tabs[1:] != tabs[:-1])
    run = np.cumsum(new_run) - 1
    again = np.zeros(timed.size, dtype=bool)  # a start earlier than the row before it
    again[1:] = (starts[1:] < starts[:-1]) & ~new_run[1:]
    started_again = np.cumsum(again)
    after = started_again > started_again[np.flatnonzero(new_run)][run]
    runs = int(run[-1]) + 1
    once = np.bincount(run, weights=again, minlength=runs) == 1
    all_small_hours = np.bincount(run, weights=after & (starts >= _minutes(NIGHT_ENDS)),
                                  minlength=runs) == 0
    # A date whose night is written past midnight (25:00) says its night itself: its `1:00`
    # is as written.
    no_night_written = np.bincount(run, weights=starts >= _DAY_MINUTES, minlength=runs) == 0
    from_evening = np.zeros(runs, dtype=bool)
    turns = np.flatnonzero(again)
    from_evening[run[turns]] = starts[turns - 1] >= _minutes(EVENING)
    moved[timed[after & (once & all_small_hours & from_evening & no_night_written)[run]]] = True
    return moved


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def night_after_message(written: str, header: str, night: dt.datetime,
                        date_header: str | None) -> str:
    """What a start read in the night after says: what was read, and how the sheet says
    either reading itself. `written`: the cell as the sheet has it, quoted."""
    evening = night.date() - dt.timedelta(days=1)
    next_date = f" or put {night:%Y-%m-%d} in {date_header!r}" if date_header else ""
    return (f"{header!r} has {written}, listed after the evening of {_day_text(evening)}, so "
            f"it is read as {night:%H:%M} in the night after, on {_day_text(night.date())}. "
            f"If it is that night, write {night.hour + 24}:{night:%M} to say so{next_date}; "
            f"if it is the morning of {_day_text(evening)}, move the row above that day's "
            "evening.")


def _day_text(date: dt.date) -> str:
    return f"{date:%A} {date.day} {date:%B %Y}"
