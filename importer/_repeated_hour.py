"""A time cell that names its zone after the time ('02:30 CEST', '02:30 +01:00'), as a
programme through the night when summer time ends tells the hour that happens twice: read
where the zone's clocks are written so on that day, to tell which of the two hours it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from importer._convert_text import CellError, cell_text
from importer._convert_zones import cut_last_word, trailing_zone, zone_hint, zone_offset
from importer._zone_elsewhere import GERMAN_NAMES, Elsewhere, city, single_offset, summer_reading


class WrittenZone(dt.tzinfo):
    """The zone a time cell writes after its time, not yet placed on a day: a time with it
    stays a wall time (no offset) until `utc_as_written` reads it with the row's date.
    `times`: the cell without the word ('10:00', '10:00 - 11:00'), for the message;
    `elsewhere`: where the word is another zone's, refused with the time on the sheet's."""

    def __init__(self, written: str, times: str, elsewhere: Elsewhere | None = None) -> None:
        self.written, self.times, self.elsewhere = written, times, elsewhere

    def utcoffset(self, _: dt.datetime | None) -> None:
        return None

    def dst(self, _: dt.datetime | None) -> None:
        return None

    def tzname(self, _: dt.datetime | None) -> str:
        return self.written


def zone_written_read(parse: Callable[[Any], Any], zone: ZoneInfo,
                      read_in: str | None = None) -> Callable[[Any], Any]:
    """`parse` for a time column, a time range's (a start and an end) or a date and time
    column, reading a time, a range or a date and time followed by one of `zone`'s own
    abbreviations or offsets ('02:30 CEST', '02:00 - 02:45 CEST', '25.10.2026 02:30 CEST'
    in Europe/Berlin) as wall times carrying the word, for `utc_as_written`. Tried only on
    a cell `parse` refuses. `read_in`: how to name `zone` where it was given, for another
    zone's word ('EST' in Berlin; see `zone_hint`)."""

    def parse_or_zoned(cell: Any) -> Any:
        try:
            return parse(cell)
        except CellError as error:
            text = (cell_text(cell) or "") if isinstance(cell, str) else ""
            zoned = trailing_zone(text, parse) if text else None
            if zoned is None:
                raise
            written, read = zoned
            parts = read if isinstance(read, tuple) else (read,)  # a date and time: its date
            times = [part for part in parts if not isinstance(part, dt.date)]
            if not times or not all(isinstance(time, dt.time) and not time.tzinfo
                                    for time in times):
                raise  # a date alone, or a time with an offset already, takes no word
            elsewhere = None
            if not _names_a_clock_of(written, zone):  # another zone's ('EST' in Berlin)
                elsewhere = _elsewhere(error, text.strip(), read_in, tuple(times),
                                       dated=len(parts) > len(times))
                if elsewhere is None:
                    raise _another_zones_word(error, written, read_in) from None
            cell_times = cut_last_word(text)[0]  # as trailing_zone cut it
            zoned_at = WrittenZone(written, cell_times, elsewhere)
            placed = tuple(part if isinstance(part, dt.date) else part.replace(tzinfo=zoned_at)
                           for part in parts)
            return placed if isinstance(read, tuple) else placed[0]
    return parse_or_zoned


def _another_zones_word(error: CellError, written: str, read_in: str | None) -> CellError:
    """The error for a cell with another zone's word: where the sheet's zone was given,
    saying its times are read in it rather than to give one; else (or for no zone's word,
    'LUNCH') as `parse` told it. A date and time cell's hint says offsets are read there."""
    for offsets_read in (False, True):
        if read_in is not None and error.hint == zone_hint(written, offsets_read=offsets_read):
            return CellError(error.code, zone_hint(written, offsets_read=offsets_read,
                                                   read_in=read_in))
    return error


def _elsewhere(error: CellError, cell: str, read_in: str | None,
               walls: tuple[dt.time, ...], *, dated: bool) -> Elsewhere | None:
    """Another zone's word naming one offset, in a sheet whose zone was given: the cell is
    refused once its date is known, saying its time on the sheet's clock. None otherwise."""
    written = trailing_zone(cell, str)
    if read_in is None or written is None or _another_zones_word(
            error, written[0], read_in) is error:
        return None  # no zone given, or the cell is refused for more than its word
    offset = single_offset(written[0])
    return None if offset is None else Elsewhere(offset, error.code, read_in, cell, walls,
                                                 dated, written[0])


def utc_as_written(local: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant a wall time with its zone written (a WrittenZone) is in `zone`: of the
    hour that happens twice, the one the word names; CellError where the zone's clocks are
    not written so at that time ('CEST' in December), saying what they are."""
    assert isinstance(local.tzinfo, WrittenZone)
    (written, times), wall = (local.tzinfo.written, local.tzinfo.times), local.replace(tzinfo=None)
    if (elsewhere := local.tzinfo.elsewhere) is not None:
        raise CellError(elsewhere.code, _on_the_sheets_clock(wall, elsewhere, zone))
    if skipped(wall, zone):  # '02:30 CEST' as clocks jump from 02:00 to 03:00: no such time,
        raise skipped_time(wall, zone)  # though the word names one of its two readings
    for fold in (0, 1):
        moment = wall.replace(tzinfo=zone, fold=fold)
        if _names(written, moment):
            return moment.astimezone(dt.UTC)
    if (run_on := _run_past_the_change(wall, written, zone)) is not None:
        return run_on
    # The word is one of the zone's (zone_written_read checked), of the other season.
    on_the_day = wall.replace(tzinfo=zone)
    raise CellError("bad-time", (
        f"{zone.key} is on {_clock_names(on_the_day)} on {wall:%Y-%m-%d}, not {written}: "
        f"write {times}, or {times} {_clock_word(on_the_day)}"))


def without_its_day(local: Any) -> CellError | None:
    """A time with another zone's word ('10:00 UTC' in Berlin) on a row whose date is
    missing: refused all the same, so the row's every problem is told at once, without the
    time on the sheet's clock, which needs the day. None for any other value."""
    written = getattr(local, "tzinfo", None)
    if not isinstance(written, WrittenZone) or written.elsewhere is None:
        return None
    return CellError(written.elsewhere.code, (
        f"a time is read without its zone's word: write it as the clock shows it in "
        f"{written.elsewhere.read_in}"))


def _on_the_sheets_clock(wall: dt.datetime, elsewhere: Elsewhere, zone: ZoneInfo) -> str:
    """How to write a time given on another zone's clock ('10:00 UTC') on the sheet's, all
    of a range's times, whichever of them `wall` is; read on its usual zone's summer clock
    too, where the word is a standard time's on a summer day ('10:00 EST' in July)."""
    day = elsewhere.cell_day(wall)
    moments = _placed(day, elsewhere.walls, elsewhere.offset, zone)
    clock = _as_the_clocks_show(moments)
    on_day = f" on {day:%Y-%m-%d}" if moments[0].date() != day and not elsewhere.dated else ""
    fix = (f"{moments[0]:%Y-%m-%d} {clock}" if elsewhere.dated else
           f"{clock} on that day" if on_day else clock)
    summer = summer_reading(elsewhere.word, day, elsewhere.walls[0])
    also = "" if summer is None else _summer_words(day, elsewhere, summer, zone, moments[0])
    return (f"a time is read without its zone's word: {elsewhere.cell!r}{on_day} is {clock} "
            f"in {zone.key} on {moments[0]:%Y-%m-%d}{also}, so write "
            f"{'the one meant' if also else fix} (times are read in {elsewhere.read_in})")


def _summer_words(day: dt.date, elsewhere: Elsewhere, summer: ZoneInfo, zone: ZoneInfo,
                  first: dt.datetime) -> str:
    """' (or 16:00 if it means New York's clock, on EDT that day)', its date said where it
    is not `first`'s, the other reading's."""
    moments = _placed(day, elsewhere.walls, summer, zone)
    clock = _as_the_clocks_show(moments)
    on = "" if moments[0].date() == first.date() else f" on {moments[0]:%Y-%m-%d}"
    word = dt.datetime.combine(day, elsewhere.walls[0], summer).tzname()
    return f" (or {clock}{on} if it means {city(summer)}'s clock, on {word} that day)"


def _placed(day: dt.date, walls: tuple[dt.time, ...], clock: dt.tzinfo,
            zone: ZoneInfo) -> list[dt.datetime]:
    """A cell's times on `clock` on `day`, on the sheet's: a range's end before its start
    (23:00 - 00:30) on the next day."""
    moments = [dt.datetime.combine(day, time, clock) for time in walls]
    if len(moments) > 1 and moments[1] < moments[0]:  # a range through the night
        moments[1] = dt.datetime.combine(day + dt.timedelta(days=1), walls[1], clock)
    return [moment.astimezone(zone) for moment in moments]


def _as_the_clocks_show(moments: list[dt.datetime]) -> str:
    """'11:00', or a range's '11:00 - 12:30'."""
    return " - ".join(_as_the_clock_shows(moment) for moment in moments)


def _as_the_clock_shows(moment: dt.datetime) -> str:
    """'11:00'; in the hour that happens twice, with the clock's word: '02:30 CET'."""
    twice = moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()
    return f"{moment:%H:%M}" + (f" {_clock_word(moment)}" if twice else "")


def _run_past_the_change(wall: dt.datetime, written: str, zone: ZoneInfo) -> dt.datetime | None:
    """The instant of `wall` on the clock `written` names, where that clock was the zone's
    that morning and the instant falls in the hour its clocks repeat: the end of '02:30 -
    03:15 CEST' as Berlin's go back at 03:00 is 03:15 CEST (02:15 CET, the second), the word
    being the whole cell's, as it is for '02:10 - 02:40 CEST'. None for any other time
    ('10:00 CEST' that day: the word is a slip more likely than a time an hour off)."""
    morning = wall.replace(hour=0, minute=0, tzinfo=zone)
    offset = morning.utcoffset()
    if offset is None or not _names(written, morning):
        return None
    moment = wall.replace(tzinfo=dt.timezone(offset))
    back = moment.astimezone(zone)  # in the repeated hour: its second time (fold 1)
    return moment.astimezone(dt.UTC) if back.fold else None


def skipped(local: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether the clocks of `zone` skip the wall time `local` when summer time starts."""
    early = local.replace(tzinfo=zone, fold=0)
    return early.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != local


def skipped_time(local: dt.datetime, zone: ZoneInfo) -> CellError:
    return CellError(
        "nonexistent-time",
        f"{local:%Y-%m-%d %H:%M} does not exist in {zone.key}: clocks skip it when "
        "daylight saving time starts; use a time before or after the jump")


def hour_choice(local: dt.datetime, zone: ZoneInfo) -> str:
    """How to write which of a repeated hour's two times is meant: 'write 02:30 CEST
    (+02:00) for the first, 02:30 CET (+01:00) for the second'. A time column reads either
    word; a date and time column reads the offset."""
    first, second = (local.replace(tzinfo=zone, fold=fold) for fold in (0, 1))
    return (f"write {local:%H:%M} {_clock_names(first)} for the first, "
            f"{local:%H:%M} {_clock_names(second)} for the second")


def _clock_names(moment: dt.datetime) -> str:
    """The zone's abbreviation at `moment` and its offset ('CEST (+02:00)'); the offset
    alone where the tz database has only numbers for it ('-03')."""
    word, offset = _clock_word(moment), _offset(moment)
    return offset if word == offset else f"{word} ({offset})"


def _clock_word(moment: dt.datetime) -> str:
    """The zone's abbreviation at `moment` ('CEST'); its offset where the tz database has
    only numbers for it ('-03:00')."""
    name = moment.tzname() or ""
    return name if name.isalpha() else _offset(moment)


def _offset(moment: dt.datetime) -> str:
    offset = f"{moment:%z}"
    return f"{offset[:3]}:{offset[3:5]}"


def _names(written: str, moment: dt.datetime) -> bool:
    """Whether `written` is how `moment`'s clocks are written: its abbreviation ('CEST',
    'MESZ') or its offset ('+02:00', 'UTC+2')."""
    offset = zone_offset(written)
    if offset is not None:
        return offset.utcoffset(None) == moment.utcoffset()
    return GERMAN_NAMES.get(written.upper(), written.upper()) == moment.tzname()


def _names_a_clock_of(written: str, zone: ZoneInfo) -> bool:
    """Whether `written` names the zone's winter or summer clocks this year."""
    year = dt.date.today().year
    return any(_names(written, dt.datetime(year, month, 1, tzinfo=zone)) for month in (1, 7))
