"""What follows a time and is no part of it: a time zone (UTC or an offset is read, an
abbreviation such as EDT is not) or a mark that the time is not confirmed ('(tbc)'), and
the hint that says how to write the cell without it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from importer._convert_dates import NOT_FIXED_YET
from importer._convert_text import CellError

# A time zone written after the time, as some systems export it: UTC or an offset names an
# instant and is read; an abbreviation (EDT, CET, IST) is not, as one can name several zones.
_ZONE_WORD = re.compile(r"^\(?(?P<zone>(?i:utc|gmt|z)|(?i:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?|"
                        r"[A-Z]{2,5})\)?$")  # an abbreviation in capitals: EDT, not "Room"
_OFFSET = re.compile(r"^(?:utc|gmt)?(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$",
                     re.IGNORECASE)
_GLUED_Z = re.compile(r"^(?P<time>.*\d)[Zz]$")
T = TypeVar("T")  # what trailing_zone's parser reads


def trailing_zone(text: str, parse: Callable[[str], T]) -> tuple[str, T] | None:
    """(the zone as written, what `parse` reads in the rest) when the cell's last word is a
    time zone and the rest reads without it; None otherwise."""
    rest, last = cut_last_word(text)
    zone = _ZONE_WORD.match(last)
    if not rest or zone is None or zone["zone"].casefold() in _NOT_ZONES:
        return None  # 10:00 AM, 14 H: read (or refused) as times
    try:
        return zone["zone"], parse(rest)
    except CellError:
        return None


def cut_last_word(text: str) -> tuple[str, str]:
    """(the cell before its last word, the word): a Z glued to a time ('10:00Z', as ISO
    writes UTC) is a word of its own."""
    rest, _, last = text.strip().rpartition(" ")
    if not rest and (glued := _GLUED_Z.match(last)):
        return glued["time"], "Z"
    return rest, last


_NOT_ZONES = {"am", "pm", "h", "uhr", "hrs", "hr", "hours", "noon"}


def zone_offset(written: str) -> dt.tzinfo | None:
    if written.casefold() in {"utc", "gmt", "z"}:
        return dt.UTC
    if (match := _OFFSET.match(written)) and int(match["h"]) < 24:
        minutes = int(match["h"]) * 60 + int(match["m"] or 0)
        return dt.timezone(dt.timedelta(minutes=-minutes if match["sign"] == "-" else minutes))
    return None


# A mark after a time saying it is not confirmed, as planners flag a slot: '(tbc)', '[TBC]',
# 'T.B.C.', '(to be confirmed)', 'provisional'. Looked for only in a cell refused as a time.
_UNCONFIRMED_AFTER = re.compile(
    r"^(?P<rest>.*\d.*?)\s*[(\[]?\s*(?P<mark>t\.?\s?b\.?\s?[acd]\.?|to be (?:announced|confirmed"
    r"|decided|determined)|provisional|tentative|unconfirmed|not (?:yet )?confirmed)\s*\??\s*"
    r"[)\]]?\s*\??$", re.IGNORECASE)


def unconfirmed_hint(text: str, parse: Callable[[str], object]) -> str | None:
    """The fix for a time flagged after it as not confirmed, when the rest reads as one;
    None for any other cell."""
    match = _UNCONFIRMED_AFTER.match(text.strip())
    if match is None:
        return None
    try:
        parse(match["rest"])
    except CellError:
        return None
    return _not_confirmed_hint(match["mark"])


def _not_confirmed_hint(written: str) -> str:
    return (f"{written!r} after the time says it is not confirmed yet, which the app "
            "cannot show: take it out of the cell to send the time as it stands (the "
            "description can say it may change)")


def zone_hint(written: str, *, offsets_read: bool, read_in: str | None = None) -> str:
    """The fix for a word in capitals after a time: a zone's, or a time's not confirmed yet
    ('9:00 - 10:30 (TBC)'), which names no zone to give. `read_in`: the zone the sheet's
    times are read in where one was given ('Europe/Berlin, the mapping's timezone'), which
    then needs no giving."""
    if NOT_FIXED_YET.fullmatch(written):
        return _not_confirmed_hint(written)
    why = (" (an abbreviation can stand for several zones; UTC or an offset such as -04:00 "
           "after a date and time is read)" if offsets_read else " in a time cell")
    fix = (f"times are read in {read_in}" if read_in else "give the sheet's zone once, as "
           "timezone = \"America/New_York\" (say) in the mapping or --timezone")
    return (f"{written!r} is a time zone, which gbimport cannot read{why}: remove it from the "
            f"cells{':' if read_in else ' and'} {fix}")
