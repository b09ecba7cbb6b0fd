"""Durations: a session's length as minutes, hours and minutes (in several languages), ISO
8601 or a workbook time; a plain number is minutes, or hours where the mapping says so."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, Literal

from importer._convert_text import CellError, cell_text

# A unit may end in a point (`90 min.`, `2 hrs.`); `'` after minutes is the minute mark (90').
# Hours and minutes also as sheets in German, French, Spanish, Portuguese, Italian, Dutch,
# Japanese, Chinese and Korean write them: 1,5 Std., 2 heures, 1 hora, 1 uur, 1u30 (Dutch),
# 1時間30分, 90분.
_HOURS = r"(?:h|hrs?|hours?|std|stunden?|heures?|horas?|ora|ore|uur|u|時間|小时|小時|시간)"
_MINUTES = r"(?:m|mins?|minutes?|minuten|minutos?|minuti|minuut|mn|分钟|分鐘|分|분)"
_DURATION_HM = re.compile(  # or the hours and a half: 1時間半, 1시간 반
    rf"^(\d+)\s*{_HOURS}\.?\s*(?:(\d+)\s*{_MINUTES}?\.?|(?P<half>[半반]))?$")
_DURATION_UNIT = re.compile(
    rf"^(\d+(?:[.,]\d+)?)\s*(?:(?P<unit>{_MINUTES}|{_HOURS}|['’′])\.?)?$"
)
# h:mm, or h:mm:ss as a duration cell shows it (Google Sheets, Excel's [h]:mm:ss); `1:30 h`.
_DURATION_COLON = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?(?:\s*(?P<unit>h(?:rs?)?)\.?)?$")
# ISO 8601, as other systems export a length: PT1H30M, PT90M.
_DURATION_ISO = re.compile(r"^pt(?=\d)(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
# A plain number under 5 is refused, as it is most likely hours: lightning talks last 5.
SHORTEST_PLAIN = 5
DURATION_HINT = "write minutes (90, 90 min) or hours and minutes (1h30, 1:30, 1.5h)"


DurationUnit = Literal["minutes", "hours"]
HOURS_COLUMN_HINT = 'or, if the column counts hours, give the end duration_unit = "hours"'


def parse_duration(cell: Any, unit: DurationUnit | None = None) -> dt.timedelta:
    """A session length: plain numbers are whole minutes (or hours, in a column the mapping
    says counts them: 1.5 is 90 minutes); `1h30`, `1:30`, `1.5h`, XLSX times. Unless the
    mapping says minutes, a plain number under 5 is refused as likely hours."""
    try:
        duration = _duration_of(cell, unit)
    except OverflowError:  # "99999999999 h": longer than a timedelta can hold
        raise CellError("bad-duration", DURATION_HINT) from None
    if duration <= dt.timedelta(0):
        raise CellError("bad-duration", "a duration must be longer than zero; " + DURATION_HINT)
    return duration


def _duration_of(cell: Any, unit: DurationUnit | None) -> dt.timedelta:
    if isinstance(cell, dt.timedelta):
        return cell
    if isinstance(cell, dt.time):
        return dt.timedelta(hours=cell.hour, minutes=cell.minute, seconds=cell.second)
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _plain_number(float(cell), cell_text(cell) or "", unit)
    return _duration_from_text((cell_text(cell) or "").casefold(), unit)


def _plain_number(amount: float, written: str, unit: DurationUnit | None) -> dt.timedelta:
    if unit == "hours" and math.isfinite(amount):
        return dt.timedelta(minutes=round(amount * 60))  # 1.33 h: to the minute
    if unit == "minutes" and amount.is_integer() and amount >= 1:  # 2-minute pitches
        return dt.timedelta(minutes=amount)
    return _plain_minutes(amount, written)


def _duration_from_text(text: str, unit: DurationUnit | None = None) -> dt.timedelta:
    if match := _DURATION_HM.match(text):
        return dt.timedelta(hours=int(match[1]),
                            minutes=30 if match["half"] else int(match[2] or 0))
    if match := _DURATION_COLON.match(text):
        if int(match[1]) >= 24 and not (match[3] or match["unit"]):
            raise CellError("bad-duration", _hours_or_minutes_hint(match[1], match[2]))
        return dt.timedelta(hours=int(match[1]), minutes=int(match[2]), seconds=int(match[3] or 0))
    if match := _DURATION_ISO.match(text):
        return dt.timedelta(hours=int(match[1] or 0), minutes=int(match[2] or 0),
                            seconds=int(match[3] or 0))
    if match := _DURATION_UNIT.match(text):
        amount = float(match[1].replace(",", "."))
        if match["unit"] is None:
            return _plain_number(amount, text, unit)
        in_hours = re.fullmatch(_HOURS, match["unit"]) is not None
        return dt.timedelta(hours=amount) if in_hours else dt.timedelta(minutes=amount)
    if _ALL_DAY.fullmatch(text.strip(" .")):
        raise CellError("bad-duration", ALL_DAY_HINT)
    raise CellError("bad-duration", DURATION_HINT)


# A length written as the whole day, as a convention's or a festival's programme gives an
# activity open all day: 'All day', 'Todo el día', 'Toute la journée', 'Ganztägig'.
_ALL_DAY = re.compile(
    r"(?:the\s+)?(?:all|whole|full|entire)[\s-]+day|todo\s+el\s+d[ií]a|d[ií]a\s+completo"
    r"|toute\s+la\s+journ[ée]e|(?:la\s+)?journ[ée]e\s+enti[èe]re"
    r"|ganzt[äa]gig|ganztags|den\s+ganzen\s+tag|tutto\s+il\s+giorno|tutta\s+la\s+giornata"
    r"|giornata\s+intera|(?:o\s+)?dia\s+(?:todo|inteiro)|todo\s+o\s+dia|(?:de\s+)?hele\s+dag")
ALL_DAY_HINT = ("it says the session lasts all day: to send it as an all-day session on its "
                "date, empty this cell and the row's start time; else write its length (90, "
                "1h30)")


def _hours_or_minutes_hint(first: str, second: str) -> str:
    """`45:00`: as h:mm a session of a day or more, as mm:ss (a media player's form) 45
    minutes; no sheet says which, so neither is guessed."""
    hours = f"{int(first)}h" + ("" if second == "00" else second)
    return (f"{first}:{second} may be hours and minutes (h:mm) or minutes and seconds (mm:ss); "
            f"write {hours} for hours, or {int(first)} min for minutes")


def _plain_minutes(amount: float, written: str) -> dt.timedelta:
    """A number without a unit is minutes, but a fraction of one (1.5) or a number under
    5 (1, 3) is almost surely hours meant: read as minutes it would make a session of
    seconds or a few minutes."""
    if not math.isfinite(amount):
        raise CellError("bad-duration", DURATION_HINT)
    if not amount.is_integer():
        minutes = round(amount * 60)
        raise CellError(
            "bad-duration",
            f"a plain number is whole minutes; if {written} means hours, write "
            f"{minutes // 60}h{minutes % 60:02d} or {minutes} ({HOURS_COLUMN_HINT})",
        )
    if 1 <= amount < SHORTEST_PLAIN:  # 1 or 3 (hours, as a timetable counts them)
        count = int(amount)
        raise CellError(
            "bad-duration",
            f"a plain number is whole minutes, and a {count}-minute session is most likely "
            f"hours meant; if {written} means hours, write {count}h or {count * 60} "
            f"({HOURS_COLUMN_HINT}); if minutes, write {count} min (or, if the column "
            'counts minutes, give the end duration_unit = "minutes")',
        )
    return dt.timedelta(minutes=amount)
