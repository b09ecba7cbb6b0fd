"""Slips a planner makes writing a date or time, told as what they likely are. Each is
looked for only in a cell that already failed to read, or read to an end before its start:
never on the path of a cell that reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from importer._convert_text import CellError, cell_text
from importer._convert_times import NAMED_TIMES
from importer._day_parts import day_part_cell, is_day_part

# 12 AM written as the end of a morning: midnight, where noon (12 PM) is the likely meaning.
_TWELVE_AM = re.compile(r"(?<!\d)12(?:[:.]00){0,2}\s*a\.?\s*m?\.?$", re.IGNORECASE)
NOON_NOT_MIDNIGHT = "12:00 AM is midnight: for noon write 12:00 PM"


def twelve_am(text: str) -> bool:
    """Whether a time's text is 12 AM ('12:00:00 AM', '12am'), not 'midnight' in words."""
    return _TWELVE_AM.search(text.strip()) is not None


# A ';' typed for the ':' beside it (the same key without shift on many keyboards):
# '10;00', '9;30 AM'. Told, not read as meant: a wrong reading would be worse than a stop.
_SEMICOLON_FOR_COLON = re.compile(r"(?<![\d:.;])(\d{1,2});(\d{2})(?![\d;])")


def semicolon_message(header: str, cell: Any, reads: Callable[[str], bool]) -> str | None:
    """A cell that failed to read with a ';' where a time's ':' goes, and the text with the
    ':' in it, offered only where `reads` it. None for any other cell."""
    if not isinstance(cell, str) or ";" not in cell:
        return None
    text = " ".join(cell.split())
    meant = _SEMICOLON_FOR_COLON.sub(r"\1:\2", text)
    if meant == text or not reads(meant):
        return None
    return f"{header!r} has {text!r}, with a ';' where a ':' goes: write {meant}."


# A letter typed for the figure it looks like, beside a figure: O for 0, l or I for 1
# ('13/05/2O27', 'l4/05/2027', '1O:30'). Told, not read as meant, as the ';' is.
_LOOKALIKES = {"O": ("0", "zero"), "o": ("0", "zero"), "l": ("1", "one"), "I": ("1", "one")}
_LETTER_BY_FIGURE = re.compile(r"(?<=\d)[OolI]|[OolI](?=\d)")


def lookalike_slip(cell: Any, reads: Callable[[str], bool]) -> tuple[str, str] | None:
    """For a cell that failed to read with such a letter in it: the slip ('a letter O where
    a zero goes') and the text with the figures, offered only where `reads` it. None for any
    other cell."""
    if not isinstance(cell, str):
        return None
    text = " ".join(cell.split())
    letter = _LETTER_BY_FIGURE.search(text)
    if letter is None:
        return None
    meant = _LETTER_BY_FIGURE.sub(lambda found: _LOOKALIKES[found[0]][0], text)
    if not reads(meant):
        return None
    return f"a letter {letter[0]} where a {_LOOKALIKES[letter[0]][1]} goes", meant


def lookalike_message(header: str, cell: Any, reads: Callable[[str], bool]) -> str | None:
    """The message for a cell that failed to read with a letter for a figure (see
    lookalike_slip); None for any other cell."""
    if (found := lookalike_slip(cell, reads)) is None:
        return None
    slip, meant = found
    return f"{header!r} has {' '.join(str(cell).split())!r}, with {slip}: write {meant}."


def lookalike_note(header: str, column: pd.Series, text: str,
                   reads: Callable[[str], bool]) -> str | None:
    """The draft's note for a cell of `column` whose `text` has a letter for a figure (see
    lookalike_slip): the first row it is on, to fix rather than map it. None for any other."""
    if (found := lookalike_slip(text, reads)) is None:
        return None
    first = next(pos for pos, cell in enumerate(column) if cell_text(cell) == text)
    return f"{header!r} on row {int(column.index[first])} has {text!r}: {found[0]}; fix the cell"


# A part of the day written where a session's time goes, and a clock time in it to show.
# Lunch (German 'Mittag' is noon and lunch both) is no part of the day _day_parts reads as a
# heading: a session of its own, as the planner may well mean it.
_LUNCH = re.compile(r"lunch(?: ?time| ?break)?|mittag(?:s ?pause|essen)?|almo[çc]o|almuerzo"
                    r"|(?:pausa )?pranzo|pausa almo[çc]o|d[ée]jeuner|lunchpauze"
                    r"|ob[ěe]d|obiad", re.IGNORECASE)  # Czech, Slovak, Polish
_LUNCH_EXAMPLE = "12:30"
_PART_EXAMPLES = (
    ("morning|forenoon|vormittag|morgen|matin|mañana|manana|mattina|ochtend|manhã|manha",
     "9:00"),
    ("afternoon|nachmittag|après-midi|apres-midi|tarde|pomeriggio|middag", "14:00"))
# German's adverbs of the parts of the day ('nachmittags': in the afternoon), told as the
# nouns they come from are ('Nachmittag'; 'mittags' as 'Mittag', noon and lunch both).
_GERMAN_ADVERB = re.compile(r"(vormittag|nachmittag|mittag|abend|morgen)s", re.IGNORECASE)


def part_of_day_example(cell: Any) -> str | None:
    """A clock time in the part of the day a time cell names ('Evening': 18:00, 'Lunch',
    'Mittag': 12:30, each with a sentence's full stop too); None for a cell naming none, and
    for a time in words ('midnight.': its stop is the slip, told as such)."""
    if not isinstance(cell, str):
        return None
    text = " ".join(cell.split()).rstrip(":").removesuffix(".")
    if text.casefold() in NAMED_TIMES:
        return None
    if adverb := _GERMAN_ADVERB.fullmatch(text):
        text = adverb[1]
    if _LUNCH.fullmatch(text):
        return _LUNCH_EXAMPLE
    if not is_day_part(text):
        return None
    folded = text.casefold()
    return next((example for words, example in _PART_EXAMPLES if re.search(words, folded)),
                "18:00")  # the evening and the night


# A lunch word and its time in one cell ('Lunch 12:30', '12:30 Lunch', 'Mittagspause: 12:30'),
# as a programme lists its break: two columns' worth.
_LUNCH_WITH_TIME = re.compile(rf"(?P<word>{_LUNCH.pattern}):?\s+(?P<time>.+)"
                              rf"|(?P<first>.+?)\s+(?P<last>{_LUNCH.pattern})", re.IGNORECASE)


def lunch_with_time_message(header: str, cell: Any, reads: Callable[[str], bool]) -> str | None:
    """A time cell that failed to read holding a lunch word beside a time, offered only
    where `reads` the time. None for any other cell."""
    if not isinstance(cell, str):
        return None
    text = " ".join(cell.split())
    found = _LUNCH_WITH_TIME.fullmatch(text)
    if found is None:
        return None
    word, time = (found["word"], found["time"]) if found["word"] else (found["last"],
                                                                       found["first"])
    if not reads(time):
        return None
    return (f"{header!r} has {text!r}, a time and a title in one cell: write the time, "
            f"{time}, here, and {word!r} as the session's title, in its own column.")


def full_stop_message(header: str, cell: Any, parse: Callable[[str], Any], what: str,
                      hint: str) -> str | None:
    """A cell that failed to read ending in a full stop, as a sentence does ('midnight.',
    '9:00 - midnight.'): told as the text without it would be, the stop to take out where
    that text reads, or its own hint where it has another than `hint` (a start and an end
    in one cell). None for any other cell."""
    if not isinstance(cell, str) or not cell.rstrip().endswith("."):
        return None
    text = " ".join(cell.split())
    meant = text.removesuffix(".").rstrip()
    try:
        parse(meant)
    except CellError as error:
        return (None if error.hint == hint or not meant else
                f"{header!r} has {text!r}, which is not {what}: {error.hint}.")
    return f"{header!r} has {text!r}, with a full stop after the time: write {meant}."


def part_of_day_message(header: str, text: str, example: str, heading: str | None) -> str:
    """A time cell naming a part of the day on a session's row. `heading`: where such a
    word, on a row with its date alone, heads the sessions under it ('row 2'), as a planner
    who wrote both may think this row is read so too."""
    return (f"{header!r} has {text!r}, a part of the day, not a time: the session needs a "
            f"clock time, like {example}" + (
                "" if heading is None else f"; a part of the day is read as a heading (as on "
                f"{heading}) only on a row with no title") + ".")


def day_part_heading(frame: pd.DataFrame, positions: Iterable[int]) -> int | None:
    """The first of `positions` (rows whose time cell names a part of the day) that is a
    heading: a part of the day beside its date, and nothing else."""
    return next((pos for pos in positions if day_part_cell(frame.iloc[pos]) is not None), None)


# Combining marks that strike a character through, as 'strikethrough text' sites write
# each one after every character they strike: short and long stroke, long solidus.
_STRIKES = frozenset("\u0335\u0336\u0338")


def struck_message(header: str, cell: Any, quoted: str, what: str) -> str | None:
    """A cell that failed to read as `what` ('a date'), holding text struck through by
    combining marks: the struck text, and the rest where some is left (a date struck and
    the new one beside it). None for a cell with no such mark. `quoted`: the cell as
    messages quote it."""
    if not isinstance(cell, str) or _STRIKES.isdisjoint(cell):
        return None
    struck, kept = _struck_and_kept(cell)
    noun = what.removeprefix("a ").removeprefix("an ")
    return (f"{header!r} has {quoted!r}, with {struck!r} struck through (by "
            "strikethrough characters, as pasted from a text styling site), which is not "
            f"{what}: write the {noun} meant without the struck text"
            + (f", {kept!r} if that is it." if kept else "."))


def struck_text(cell: Any) -> str | None:
    """The text a cell strikes through by combining marks ('5/11/2027'), without them;
    None for a cell with no such mark."""
    if not isinstance(cell, str) or _STRIKES.isdisjoint(cell):
        return None
    return _struck_and_kept(cell)[0]


def _struck_and_kept(text: str) -> tuple[str, str]:
    """The characters a mark follows, and the others, each with its spaces made single."""
    struck: list[str] = []
    kept: list[str] = []
    for char, after in zip(text, [*text[1:], ""], strict=True):
        if char not in _STRIKES:
            (struck if after in _STRIKES else kept).append(char)
    return " ".join("".join(struck).split()), " ".join("".join(kept).split())


# A time typed with a dot, 9.30, that Excel kept as the number 9.3: it drops the last 0, so
# the cell no longer reads as a time (9.45 still does). Told, not read as meant: 9.5 may be
# 9:50 with its 0 dropped, or half past nine in hours.
# An hour and one figure of tens of minutes: 9.3 (9.30), 14.5 (14.50); a CSV saved from
# Excel holds the number as Excel showed it, so the text form is looked for too.
_HOUR_AND_TENS = re.compile(r"(\d{1,2})\.([0-5])")


def dropped_zero_message(header: str, cell: Any, reads: Callable[[str], bool]) -> str | None:
    """The message for a time cell holding an hour and tens of minutes as a number (9.3),
    with the time written with a colon (9:30), where `reads` it; None for any other cell."""
    if not isinstance(cell, float | str):
        return None
    text = cell_text(cell) or ""
    match = _HOUR_AND_TENS.fullmatch(text)
    if match is None or not reads(meant := f"{match[1]}:{match[2]}0"):
        return None
    return (f"{header!r} has {text!r}, which is not a time: Excel keeps {text}0 typed in a cell "
            f"as the number {text}; if that is the time, write it {meant}, with a colon, and "
            "Excel keeps it as a time.")
