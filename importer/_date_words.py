"""Dates written with words: `May 11, 2027`, `11th of May 2027`, `Tue 5/11/2027`, and the same
in the languages conference sheets are most often kept in besides English: French
(`mardi 11 mai 2027`), German (`Dienstag, 11. Mai 2027`), Spanish (`11 de mayo de 2027`),
Italian, Portuguese, Dutch, Polish, Swedish (`tisdag 4 maj 2027`), Norwegian and Danish
(`tirsdag den 4. maj 2027`), Czech, Croatian (`petak, 15. listopada 2027.`), Serbian,
Russian and Ukrainian.

A spreadsheet program exporting a date cell formatted with the month spelt out writes it in
its user's language, so these arrive as text in CSV files from all over.
"""

from __future__ import annotations

import datetime as dt
import re

# Each month's names and usual abbreviations, English first, then fr, de, es, it, pt, nl; then
# Polish, whose dates write the month's name in the genitive ('15 lipca 2026'); Czech,
# Russian and Ukrainian below.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari"),
    2: ("february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero",
        "febbraio", "fevereiro", "fev", "februari"),
    3: ("march", "mar", "mars", "märz", "marz", "mär", "marzo", "março", "marco", "maart",
        "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set",
        "setembro"),
    10: ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro",
         "out"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic",
         "dicembre", "dezembro"),
}
_POLISH_MONTHS = {
    1: ("stycznia", "styczeń", "styczen", "sty"), 2: ("lutego", "luty", "lut"),
    3: ("marca", "marzec"), 4: ("kwietnia", "kwiecień", "kwiecien", "kwi"),
    5: ("maja", "maj"), 6: ("czerwca", "czerwiec", "cze"), 7: ("lipca", "lipiec"),
    8: ("sierpnia", "sierpień", "sierpien", "sie"),
    9: ("września", "wrzesnia", "wrzesień", "wrzesien", "wrz"),
    10: ("października", "pazdziernika", "październik", "pazdziernik", "paź", "paz"),
    11: (), 12: ("grudnia", "grudzień", "grudzien", "gru"),  # 11 and 'lip': MONTH_IN_DOUBT
}
# Croatian (and Bosnian where alike), each with its genitive ('15. siječnja 2027.') and
# without its accents; then Serbian's and Bosnian's Latin names where not spelt as above.
# Not listopad: Croatian's October is Czech's and Polish's November (MONTH_IN_DOUBT).
_SOUTH_SLAVIC_MONTHS = {
    1: ("siječanj", "siječnja", "sijecanj", "sijecnja", "januara"),
    2: ("veljača", "veljače", "veljaca", "veljace", "februara"),
    3: ("ožujak", "ožujka", "ozujak", "ozujka", "mart", "marta"),
    4: ("travanj", "travnja", "aprila"), 5: ("svibanj", "svibnja", "maj", "maja"),
    6: ("lipanj", "lipnja", "juna"), 7: ("srpanj", "srpnja", "jula"),
    8: ("kolovoz", "kolovoza", "avgust", "avgusta"),
    9: ("rujan", "rujna", "septembar", "septembra"), 10: ("oktobar", "oktobra"),
    11: ("studeni", "studenoga", "studenog", "novembar", "novembra"),
    12: ("prosinac", "prosinca", "decembar", "decembra"),
}
# A month's name (and its short form) that is October in Croatian and November in Czech and
# Polish, and the short form 'lip' that is June in Croatian (lipanj) and July in Polish
# (lipiec): read by the other names in its column (see _month_in_doubt), never on its own.
# Each with (the name it is told by, its Croatian month, its Czech and Polish one, the
# languages of that one).
MONTH_IN_DOUBT = {
    **dict.fromkeys(("listopad", "listopada", "lis"),
                    ("listopad", "October", "November", "Czech and Polish")),
    "lip": ("lip", "June", "July", "Polish"),
}
# Swedish, then Norwegian and Danish, where not spelt as above ('3 augusti', '3. desember',
# '3. marts'; 'maj' is Polish's too).
_NORDIC_MONTHS = {
    1: ("januari", "januar"), 2: ("februari", "februar"), 3: ("mars", "marts"), 4: ("april",),
    5: ("maj", "mai"), 6: ("juni",), 7: ("juli",), 8: ("augusti", "august"),
    9: ("september",), 10: ("oktober", "okt"), 11: ("november",),
    12: ("december", "desember", "des"),
}
# Czech (and Slovak where alike), each with its genitive ('17. listopadu 2027') and without
# its accents; then Russian and Ukrainian, each with the genitive a date writes ('15 мая 2027',
# '15 травня 2027') and the usual abbreviations.
_CZECH_MONTHS = {
    1: ("leden", "ledna"), 2: ("únor", "února", "unor", "unora"),
    3: ("březen", "března", "brezen", "brezna"), 4: ("duben", "dubna"),
    5: ("květen", "května", "kveten", "kvetna"), 6: ("červen", "června", "cerven", "cervna"),
    7: ("červenec", "července", "cervenec", "cervence"), 8: ("srpen", "srpna"),
    9: ("září", "zari"), 10: ("říjen", "října", "rijen", "rijna"),
    11: ("listopadu",), 12: ("prosinec", "prosince"),
}
_CYRILLIC_MONTHS = {
    1: ("январь", "января", "янв", "січень", "січня"),
    2: ("февраль", "февраля", "фев", "лютий", "лютого"),
    3: ("март", "марта", "мар", "березень", "березня"),
    4: ("апрель", "апреля", "апр", "квітень", "квітня"),
    5: ("май", "мая", "травень", "травня"),
    6: ("июнь", "июня", "июн", "червень", "червня"),
    7: ("июль", "июля", "июл", "липень", "липня"),
    8: ("август", "августа", "авг", "серпень", "серпня"),
    9: ("сентябрь", "сентября", "сен", "сент", "вересень", "вересня"),
    10: ("октябрь", "октября", "окт", "жовтень", "жовтня"),
    11: ("ноябрь", "ноября", "ноя", "листопад", "листопада"),
    12: ("декабрь", "декабря", "дек", "грудень", "грудня"),
}
_MONTHS = {month: names + _POLISH_MONTHS[month] + _NORDIC_MONTHS[month] + _CZECH_MONTHS[month]
           + _SOUTH_SLAVIC_MONTHS[month] + _CYRILLIC_MONTHS[month]
           for month, names in _MONTHS.items()}
MONTH_BY_NAME = {name: month for month, names in _MONTHS.items() for name in names}

ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday")
# Whole day names in the other languages (their abbreviations clash with months: "mar").
_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lundi", "montag", "lunes", "lunedì", "lunedi", "segunda-feira", "segunda", "maandag"),
    1: ("mardi", "dienstag", "martes", "martedì", "martedi", "terça-feira", "terca-feira",
        "terça", "terca", "dinsdag"),
    2: ("mercredi", "mittwoch", "miércoles", "miercoles", "mercoledì", "mercoledi",
        "quarta-feira", "quarta", "woensdag"),
    3: ("jeudi", "donnerstag", "jueves", "giovedì", "giovedi", "quinta-feira", "quinta",
        "donderdag"),
    4: ("vendredi", "freitag", "viernes", "venerdì", "venerdi", "sexta-feira", "sexta",
        "vrijdag"),
    5: ("samedi", "samstag", "sonnabend", "sábado", "sabado", "sabato", "zaterdag"),
    6: ("dimanche", "sonntag", "domingo", "domenica", "zondag"),
}
_POLISH_WEEKDAYS = (("poniedziałek", "poniedzialek"), ("wtorek",), ("środa", "sroda"),
                    ("czwartek",), ("piątek", "piatek"), ("sobota",), ("niedziela",))
# Swedish, then Norwegian and Danish (alike), each also without its letters å, ä, ö, ø.
_NORDIC_WEEKDAYS = (("måndag", "mandag"), ("tisdag", "tirsdag"), ("onsdag",), ("torsdag",),
                    ("fredag",), ("lördag", "lørdag", "lordag"), ("söndag", "søndag", "sondag"))
# Greek, also without its accents, as a timetable in capitals writes it ('ΔΕΥΤΕΡΑ').
_GREEK_WEEKDAYS = (("δευτέρα", "δευτερα"), ("τρίτη", "τριτη"), ("τετάρτη", "τεταρτη"),
                   ("πέμπτη", "πεμπτη"), ("παρασκευή", "παρασκευη"), ("σάββατο", "σαββατο"),
                   ("κυριακή", "κυριακη"))
# Czech (also without its accents), Russian, then Ukrainian (its apostrophe written either way).
_CZECH_WEEKDAYS = (("pondělí", "pondeli"), ("úterý", "utery"), ("středa", "streda"),
                   ("čtvrtek", "ctvrtek"), ("pátek", "patek"), ("sobota",),
                   ("neděle", "nedele"))
# Croatian, then Serbian and Bosnian where not spelt so, also without their accents.
_SOUTH_SLAVIC_WEEKDAYS = (("ponedjeljak", "ponedeljak"), ("utorak",), ("srijeda", "sreda"),
                          ("četvrtak", "cetvrtak"), ("petak",), ("subota",),
                          ("nedjelja", "nedelja"))
_CYRILLIC_WEEKDAYS = (("понедельник", "понеділок"), ("вторник", "вівторок"),
                      ("среда", "середа"), ("четверг", "четвер"),
                      ("пятница", "п'ятниця", "пʼятниця", "п’ятниця"), ("суббота", "субота"),
                      ("воскресенье", "неділя"))
_WEEKDAYS = {day: names + _POLISH_WEEKDAYS[day] + _NORDIC_WEEKDAYS[day] + _GREEK_WEEKDAYS[day]
             + _CZECH_WEEKDAYS[day] + _SOUTH_SLAVIC_WEEKDAYS[day] + _CYRILLIC_WEEKDAYS[day]
             for day, names in _WEEKDAYS.items()}
_WEEKDAY_BY_NAME = {name: day for day, names in _WEEKDAYS.items() for name in names}


def _words_of(*tables: dict[int, tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> set[str]:
    return {name for table in tables
            for names in (table.values() if isinstance(table, dict) else table)
            for name in names}


# The month and day names that tell a column's MONTH_IN_DOUBT: each language's own (Polish
# and Serbian share 'maj', and Polish 'sobota' is Czech's too, which tells the same).
_SOUTH_SLAVIC = _words_of(_SOUTH_SLAVIC_MONTHS, _SOUTH_SLAVIC_WEEKDAYS)
_CZECH_POLISH = _words_of(_POLISH_MONTHS, _CZECH_MONTHS, _POLISH_WEEKDAYS, _CZECH_WEEKDAYS)
SOUTH_SLAVIC_WORDS = frozenset(_SOUTH_SLAVIC - _CZECH_POLISH)
CZECH_POLISH_WORDS = frozenset(_CZECH_POLISH - _SOUTH_SLAVIC)
# Their short forms, as a `ddd` date format writes them in those languages (`mar. 11 mai
# 2027`, `Di., 11.05.2027`, `mié 12 may 2027`): taken as a day name only before a whole date,
# as "mar" is March too. German Mo, Fr and Sa are English starts already.
_SHORT_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lun", "seg", "ma"),
    1: ("mar", "di", "ter"),
    2: ("mer", "mié", "mie", "mi", "qua", "wo"),
    3: ("jeu", "jue", "gio", "do", "qui"),
    4: ("ven", "vie", "sex", "vr"),
    5: ("sam", "sáb", "sab", "za"),
    6: ("dim", "dom", "so", "zo"),
}
# Swedish ('tis 4 maj 2027'), then Norwegian and Danish ('tir. 4. mai 2027').
_NORDIC_SHORT_WEEKDAYS = (("mån", "man"), ("tis", "tir"), ("ons",), ("tors", "tor"), ("fre",),
                          ("lör", "lør"), ("sön", "søn"))
_SHORT_WEEKDAYS = {day: names + _NORDIC_SHORT_WEEKDAYS[day]
                   for day, names in _SHORT_WEEKDAYS.items()}
_SHORT_WEEKDAY_BY_NAME = {name: day for day, names in _SHORT_WEEKDAYS.items() for name in names}
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$")

# A hyphen ('segunda-feira') or an apostrophe (Ukrainian "п'ятниця") may join its parts.
_LEADING_WORD = re.compile(r"^(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)?)\.?,?\s+(?P<rest>\S.*)$")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er|º|°)(?=[\s,.\-/]|$)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,.\-/]+")
# 11th of May, 11 de mayo de 2027; Danish, Norwegian and German 'tirsdag den 4. maj 2027'
_PARTICLES = frozenset({"of", "the", "de", "del", "le", "den"})


# A programme's day label holding its date: `Day 1 (Wednesday, 15-July-2026)`, `Tag 2 (16. Juli
# 2026)`, `Jour 3 - vendredi 17 juillet 2026` (`Journée`, `Jornada`, Polish `Dzień` too), `Day
# 4, 18 July 2026`: the day's number, then the date in brackets or after a dash, colon, comma
# or bar, and nothing else. Or the date
# first, the label after it in brackets: `Wednesday, 15 July 2026 (Day 1)`.
# The label may be spelt out ('Day One'), numbered first ('1. Tag'), name the kind of day
# ('Workshop Day 1'), or span days ('Day 1-2', whose date is then refused as a range of days);
# the date may follow it with a space alone ('Day 1 15 July 2026'), or come first with the label
# after a dash ('Wednesday 15th July 2026 – Day 1').
_DAY_NUMBER = (r"(?:\d{1,2}(?:[-‐‑–]\d{1,2})?|one|two|three|four|five|six|seven|eight"
               r"|nine|ten)")
_LABEL = (r"(?:[^\W\d_]+\s+)?(?:(?:day|tag|jour(?:n[ée]e)?|d[ií]a|jornada|dag|giorno"
          rf"|dzie[nń])\s*{_DAY_NUMBER}\b|\d{{1,2}}\.\s*tag)")
_DAY_LABEL = re.compile(rf"^{_LABEL}\s*"
                        r"(?:[(（\[](?P<bracketed>[^()（）\[\]]*)[)）\]]"
                        r"|(?:[-‐‑–—:,|]\s*|(?<=\s))(?P<after>[^()（）\[\]]*))$"
                        rf"|^(?P<before>[^()（）\[\]]*?)\s*[(（\[]\s*{_LABEL}\s*[)）\]]$"
                        rf"|^(?P<dashed>[^()（）\[\]]*?)\s+[-‐‑–—|]\s+{_LABEL}$",
                        re.IGNORECASE)

_LONE_LABEL = re.compile(rf"^{_LABEL}\s*:?$", re.IGNORECASE)


def day_label_alone(text: str) -> bool:
    """Whether the text is a day label and nothing else ('Day 2', 'Tag 3:', 'Day One')."""
    return _LONE_LABEL.match(text.strip()) is not None


def day_label_date(text: str) -> str | None:
    """The date part of a day label (`Wednesday, 15-July-2026` from `Day 1 (Wednesday,
    15-July-2026)`), or None when the text is no such label; the part is not read here."""
    match = _DAY_LABEL.match(text.strip())
    if match is None:
        return None
    inner = next(part for part in match.group("bracketed", "after", "before", "dashed")
                 if part is not None).strip()
    return inner or None


def split_weekday(text: str) -> tuple[int | None, str]:
    """The day name a date starts with (0 = Monday), if any, and the rest of the text. English
    names may be shortened to any unique start (`Tu`, `Tues`, `Thurs`); the other languages'
    to their usual short forms (`mar.`, `Di`), before a date with its month (not `mar 11`),
    and perhaps its time (`So 30.04.23 14:15`)."""
    match = _LEADING_WORD.match(text)
    if match is None:
        return _trailing_weekday(text)
    word = match["word"].casefold()
    rest = _unbracketed(match["rest"])
    if (english := _english_weekday(word, shortest=2)) is not None:
        return english, rest
    if word in _WEEKDAY_BY_NAME:
        return _WEEKDAY_BY_NAME[word], rest
    if word in _SHORT_WEEKDAY_BY_NAME and (_NUMERIC_DATE.match(rest.split()[0])
                                           or date_parts(rest)):
        return _SHORT_WEEKDAY_BY_NAME[word], rest
    return _trailing_weekday(text)


_BRACKETED = re.compile(r"^[(（\[]\s*(?P<inner>[^()（）\[\]]*?)\s*[)）\]]$")


def _unbracketed(rest: str) -> str:
    """The date after a day name, its brackets taken off: `Tue (24/09/2024)`."""
    match = _BRACKETED.match(rest.strip())
    return rest if match is None else match["inner"]


# The day named after its date, in brackets or after a comma, as a `yyyy/mm/dd (ddd)` format
# or an English-language Japanese programme writes it: `2027/05/11 (Tue)`, `11.05.2027 (Di)`,
# `2027-05-11(火)`, `11 May 2027, Tuesday`.
_TRAILING_WEEKDAY = re.compile(r"^(?P<rest>.*\d\.?)\s*(?:[(（\[]\s*(?P<bracketed>[^\W\d_]+)\.?\s*"
                               r"[)）\]]|,\s*(?P<after>[^\W\d_]+)\.?)$")


def _trailing_weekday(text: str) -> tuple[int | None, str]:
    """split_weekday's answer for a day named after the date: its names and short forms
    as before one, and Japanese, Chinese and Korean day names (`火`, `火曜日`, `화`)."""
    match = _TRAILING_WEEKDAY.match(text.strip())
    if match is None:
        return None, text
    word, rest = (match["bracketed"] or match["after"]).casefold(), match["rest"]
    east_asian = re.sub(r"(?:曜日|曜|요일)$", "", word)
    if (day := _english_weekday(word, shortest=2)) is None:
        day = _WEEKDAY_BY_NAME.get(word, _EAST_ASIAN_WEEKDAYS.get(east_asian))
    if day is None and word in _SHORT_WEEKDAY_BY_NAME and (
            _NUMERIC_DATE.match(rest) or date_parts(rest)):
        day = _SHORT_WEEKDAY_BY_NAME[word]
    return (None, text) if day is None else (day, rest)


def weekday_named(word: str) -> int | None:
    """The day a word names on its own (0 = Monday): an English name or a start of one of
    three letters or more (`Tue`, `Thurs`), or another language's whole name (`mardi`)."""
    word = word.casefold()
    if (english := _english_weekday(word, shortest=3)) is not None:
        return english
    return _WEEKDAY_BY_NAME.get(word)


def month_named(word: str) -> int | None:
    """The month a word names on its own (`May`, `abril`, `Juni`, `sept`), in any language
    the dates are read in."""
    return MONTH_BY_NAME.get(word.casefold())


def short_weekday_named(word: str) -> int | None:
    """The day a short form names (`Di`, `mar`, `Tu`), as a `ddd` format writes it before a
    date: read as a day only there, as `mar` alone is March too."""
    word = word.casefold()
    if (english := _english_weekday(word, shortest=2)) is not None:
        return english
    return _SHORT_WEEKDAY_BY_NAME.get(word)


# English short forms that are no start of their day's name, as British programmes write
# Wednesday: 'Weds 15 July'.
_ENGLISH_SHORT = {"weds": "wed"}


def _english_weekday(word: str, *, shortest: int) -> int | None:
    """The English day `word` (casefolded) is a start of, if it is only one's and has at
    least `shortest` letters."""
    word = _ENGLISH_SHORT.get(word, word)
    days = [day for day, name in enumerate(ENGLISH_WEEKDAYS) if name.startswith(word)]
    return days[0] if len(word) >= shortest and len(days) == 1 else None


# A range of days in one cell, as a festival's dates are written, the month and the year
# written once for both days: May 11-13, 2027; 11-13 May 2027; 11.-13.5.2027. Or two whole
# dates: 5/11/2027 - 5/13/2027, May 11 through May 13, 2027 (a hyphen or a word needs spaces
# around it, as dates hold hyphens). Not May-11-27, a `%b-%d-%y` date.
_DASH = r"\s*[-‐‑–—~～〜]\s*"
# English words between two days, as a time range may be joined: May 11 through 13, 2027.
_THROUGH = r"\s+(?:through|thru|till|['’]?til)\s+"
_MONTH_THEN_DAYS = re.compile(rf"^(?P<head>[^\W\d_]+\.?\s+)(?P<first>\d{{1,2}})"
                              rf"(?:st|nd|rd|th)?(?:{_DASH}|\s+(?:to|until)\s+|{_THROUGH})"
                              r"(?P<last>\d{1,2}(?:st|nd|rd|th)?)"
                              r"(?P<tail>(?:,?\s+\S.*)?)$",
                              re.IGNORECASE)
# Between two days, also a word: 20 a 22/09/2027 (Spanish, Portuguese), 11 au 13 mai.
_DAYS_APART = rf"(?:{_DASH}|\s+(?:a|al|au|à|to|bis|tot)\s+|{_THROUGH})"
_DAYS_THEN_MONTH = re.compile(rf"^(?P<first>\d{{1,2}})\.?(?:st|nd|rd|th)?{_DAYS_APART}"
                              r"(?P<last>\d{1,2})(?P<tail>(?:[./]|(?:st|nd|rd|th|\.)?\s+)\S.*)$",
                              re.IGNORECASE)
# "From" before the first day: del 11 al 13 de mayo, du 11 au 13 mai, vom 11. bis 13. Mai.
_FROM_DAY = re.compile(r"^(?:from|del|de|du|vom|von|dal|van)\s+(?=\d)", re.IGNORECASE)
# An East Asian range writing its last day alone, the year and month once: 2027年5月11日～13日,
# 5月11日(火)～13日(木), 2027년 5월 11일~13일.
_EAST_ASIAN_DAY = r"\d{1,2}\s*[日일](?:\s*[(（][^)）]*[)）])?"
_EAST_ASIAN_DAYS = re.compile(rf"^(?P<head>.*[月월]\s*)(?P<first>{_EAST_ASIAN_DAY})"
                              rf"{_DASH}(?P<last>{_EAST_ASIAN_DAY})$")
_BETWEEN_DATES = re.compile(rf"\s+(?:[-‐‑~]|to|until|bis|au|al)\s+|{_THROUGH}|\s*[–—～〜]\s*",
                            re.IGNORECASE)
# Two numeric dates with slashes or dots, joined by a hyphen alone, one perhaps without its
# year: 5/11-5/13/2027, 11.05.-13.05.2027 (such dates hold no hyphen of their own).
_NUMERIC_DAY = r"\d{1,4}[/.]\d{1,2}(?:[/.]\d{0,4})?"
_NUMERIC_DAYS = re.compile(rf"^(?P<first>{_NUMERIC_DAY})[-‐‑](?P<last>{_NUMERIC_DAY})$")
# A numeric date year first with a second day alone after it, the year and month written
# once, as Japanese lists write an event of two days: 2013.3.15-16, 2013/3/15~16.
_YEAR_FIRST_DAYS = re.compile(rf"^(?P<head>\d{{4}}[/.]\d{{1,2}}[/.])(?P<first>\d{{1,2}})"
                              rf"{_DASH}(?P<last>\d{{1,2}})$")


def day_range_ends(text: str) -> tuple[str, str] | None:
    """The texts of a range of days' first and last day (`May 11, 2027` and `May 13, 2027`
    from `May 11-13, 2027`), or None when the text is not written as a range."""
    if match := _MONTH_THEN_DAYS.match(text):
        head, tail = match["head"], match["tail"]
        return head + match["first"] + tail, head + match["last"] + tail
    if match := _DAYS_THEN_MONTH.match(_FROM_DAY.sub("", text)):
        return match["first"] + match["tail"], match["last"] + match["tail"]
    if match := _EAST_ASIAN_DAYS.match(text):
        return match["head"] + match["first"], match["head"] + match["last"]
    if match := _YEAR_FIRST_DAYS.match(text):
        return match["head"] + match["first"], match["head"] + match["last"]
    if match := _NUMERIC_DAYS.match(text):
        return match["first"], match["last"]
    parts = _BETWEEN_DATES.split(text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def month_written_before_days(text: str) -> bool:
    """Whether a range of days writes its month once, before both days (`May 30-2, 2027`,
    `2027.5.30-2`, `2027年5月30日～2日`): a last day before the first is in the month after."""
    return any(pattern.match(text) for pattern in (
        _MONTH_THEN_DAYS, _EAST_ASIAN_DAYS, _YEAR_FIRST_DAYS))


def month_written_after_days(text: str) -> bool:
    """Whether a range of days writes its month once, after both days (`29 a 01/12/2019`):
    a first day after the last is in the month before."""
    return bool(_DAYS_THEN_MONTH.match(_FROM_DAY.sub("", text)))


def date_from_words(text: str) -> dt.date | None:
    """A day, a month name and a year, in either order of day and month, the year last;
    None when the text is not that or names no real day."""
    parts = date_parts(text)
    if parts is None:
        return None
    day, month, year = parts
    if year is None:
        return None
    try:
        return dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None


# A date as Japanese, Chinese and Korean write it: 2027年5月11日, 2027년 5월 11일, perhaps with
# its day in brackets after it: (火), (火曜日), (周二), （星期二）, (화), (화요일). The year may
# be a Japanese era's (令和9年 is 2027, 元年 its first), and the numbers written in kanji,
# as Excel's [DBNum1] formats show them (二〇二七年五月十一日). Or the date numeric, year
# first, with the day in brackets after it, as Japanese Excel's yyyy/m/d(aaa) shows it.
_KANJI_YEAR = r"[〇零一二三四五六七八九]{4}"
_KANJI_UP_TO_99 = r"[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"


def _east_asian_weekday(group: str) -> str:
    """The day's name after a date: in brackets, or after a space, or run on when its word
    says it is a day (2024年9月24日 星期二, 2024年9月24日星期二, 2027年5月11日火曜日)."""
    return (rf"(?:\s*(?P<{group}_open>[(（])\s*|\s+|(?=周|週|星期|礼拜|禮拜|"
            r"[月火水木金土日월화수목금토일](?:曜|요일)))(?:周|週|星期|礼拜|禮拜)?"
            rf"(?P<{group}>[月火水木金土日一二三四五六天월화수목금토일])(?:曜日|曜|요일)?"
            rf"(?({group}_open)\s*[)）])")


_EAST_ASIAN_DATE = re.compile(
    rf"^(?:(?:(?P<year>\d{{4}}|{_KANJI_YEAR})|(?P<era>令和|平成)\s*(?P<era_year>\d{{1,2}}|"
    rf"{_KANJI_UP_TO_99}|元))\s*[年년])?\s*(?P<month>\d{{1,2}}|{_KANJI_UP_TO_99})\s*[月월]\s*"
    rf"(?P<day>\d{{1,2}}|{_KANJI_UP_TO_99})\s*[日일]?(?:{_east_asian_weekday('weekday')})?$"
    rf"|^(?:(?P<slash_year>\d{{4}})/)?(?P<slash_month>\d{{1,2}})/(?P<slash_day>\d{{1,2}})"
    rf"{_east_asian_weekday('slash_weekday')}$"
)
_EAST_ASIAN_WEEKDAYS = {**{day: n for n, day in enumerate("月火水木金土日")},
                        **{day: n for n, day in enumerate("월화수목금토일")},
                        **{day: n for n, day in enumerate("一二三四五六")}, "天": 6}
_ERA_STARTS = {"令和": 2018, "平成": 1988}  # the year before each era's first (元年)
_KANJI_DIGITS = {digit: n for n, digit in enumerate("〇一二三四五六七八九")} | {"零": 0}


def east_asian_date(text: str) -> tuple[dt.date, int | None] | None:
    """The date and the day named beside it (0 = Monday; None if none), or None when the
    text is not such a date, has no year, or names no real day. '日' is Sunday in Chinese
    and Japanese."""
    parts = _east_asian_parts(text)
    if parts is None:
        return None
    year, month, day, weekday = parts
    if year is None:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date, weekday


def _east_asian_parts(text: str) -> tuple[int | None, int, int, int | None] | None:
    """(year or None, month, day, weekday or None) of an East Asian date, as written."""
    match = _EAST_ASIAN_DATE.match(text.strip())
    if match is None:
        return None
    found = {key.removeprefix("slash_"): value for key, value in match.groupdict().items()
             if value is not None}
    year = None
    if "year" in found:
        year = _kanji_number(found["year"])
    elif "era" in found:
        era_year = 1 if found["era_year"] == "元" else _kanji_number(found["era_year"])
        year = _ERA_STARTS[found["era"]] + era_year
    weekday = found.get("weekday")
    return (year, _kanji_number(found["month"]), _kanji_number(found["day"]),
            None if weekday is None else _EAST_ASIAN_WEEKDAYS[weekday])


def _kanji_number(written: str) -> int:
    """A number in digits (full-width too), in kanji digit by digit (二〇二七), or with 十
    for ten (十一 is 11, 二十 is 20, 三十一 is 31)."""
    if written.isdigit():
        return int(written)
    tens, ten, ones = written.partition("十")
    if ten:
        return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)
    return int("".join(str(_KANJI_DIGITS[digit]) for digit in written))


def lacks_year(text: str) -> bool:
    """A day and a month name (`May 11`, `11 mai`) and nothing else, or an East Asian
    date without its year (`5月11日(火)`)."""
    parts = date_parts(text)
    if parts is not None:
        return parts[2] is None
    east_asian = _east_asian_parts(text)
    return east_asian is not None and east_asian[0] is None


def day_and_month(text: str) -> tuple[int, int] | None:
    """(day, month) of a date written without its year (`May 11`, `5月11日`), else None."""
    parts = date_parts(text)
    if parts is not None:
        return (parts[0], parts[1]) if parts[2] is None else None
    east_asian = _east_asian_parts(text)
    if east_asian is None or east_asian[0] is not None:
        return None
    return east_asian[2], east_asian[1]


def east_asian_with_year(word: str) -> tuple[str, dt.date] | None:
    """A date written without its year as Japanese and Chinese write it ('5月11日(火)',
    '4月29日') with the year put before it, as they would ('2027年4月29日'), or Korean
    ('2027년 5월 11일'), and its day; else None. The year goes first, not after it."""
    if ("月" not in word and "월" not in word) or (parts := day_and_month(word)) is None:
        return None
    try:  # a leap year, so that 2月29日 is a day
        date = dt.date(2028, parts[1], parts[0])
    except ValueError:
        return None
    return ("2027년 " if "월" in word else "2027年") + word, date


def date_parts(text: str) -> tuple[int, int, str | None] | None:
    """(day, month, year as written or None), or None when the text is not a words date."""
    text = _ORDINAL.sub(r"\1", text.casefold())
    words = [w for w in _SEPARATORS.split(text) if w and w not in _PARTICLES]
    if len(words) not in (2, 3):
        return None
    if len(words) == 3 and len(words[0]) == 4 and words[0].isdigit() and (
            words[1] in MONTH_BY_NAME):  # 2027-May-11, as `%Y-%b-%d` writes it
        words = [words[2], words[1], words[0]]
    if words[0] in MONTH_BY_NAME:
        month, day, rest = MONTH_BY_NAME[words[0]], words[1], words[2:]
    elif words[1] in MONTH_BY_NAME:
        month, day, rest = MONTH_BY_NAME[words[1]], words[0], words[2:]
    else:
        return None
    if not (day.isdigit() and len(day) <= 2):
        return None
    if not rest:
        return int(day), month, None
    year = rest[0].removeprefix("'").removeprefix("’")  # May 11, '27
    return (int(day), month, year) if year.isdigit() and len(year) in (2, 4) else None
