"""The words and patterns `draft-mapping` reads a sheet's headers and cells by (a day's
number after its name, a zone in a header or a title row, placeholders, rooms' and lengths'
words, labels), and the limits the draft holds to."""

from __future__ import annotations

import re

from importer.zones import GERMAN_TIMES_IN

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
# Words of a header naming a date the record keeps of itself, not the session's day ('Date
# created', 'Due date', 'Registration date'): not taken for the date by the word 'date' alone.
RECORD_DATES = frozenset(("created", "modified", "updated", "changed", "submitted", "submission",
                          "due", "deadline", "birth", "registration", "published", "posted",
                          "last", "expiry", "expires", "payment", "paid"))
# The word 'date' in the languages convert reads dates in, as a header says it among others
# ('complete_date', 'Data da aula', 'Datum der Sitzung', 'Fecha del evento'): a column of
# dates so headed is the sessions' day, though the draft knows no such header.
DATE_WORDS = frozenset(("date", "datum", "fecha", "data", "dato", "дата"))
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
# joins rooms listed alone elsewhere, or joined in another order (see _rooms_joiner).
# In the languages of NAMES too ('E232 e E233', 'Aula 1 y Aula 2', 'Salle A et Salle B').
ROOM_JOINERS = (" & ", " and ", " + ", " e ", " y ", " et ", " und ", " en ")
# A fixtures list's teams, home side first, in header_key's form: with no title column, the
# title is drafted as the two joined ('Russia vs Saudi Arabia').
HOME_AND_AWAY = (("home", "away"), ("home team", "away team"), ("heim", "gast"),
                 ("team 1", "team 2"), ("team name 1", "team name 2"),
                 ("team 1 name", "team 2 name"), ("home team name", "away team name"),
                 # a club's fixtures: its own team, then the other side
                 ("team", "opponent"), ("team", "gegner"), ("mannschaft", "gegner"),
                 ("equipe", "adversaire"), ("equipo", "rival"), ("equipo", "adversario"))
TEAMS_SEPARATOR = " vs "
PROGRAMME_FIELDS = 3  # fields named by a tab's header (a title, a start, a room) to draft it
# An id column may name two sessions on one row in this many (an export's slip): more, and
# it is no id (a head count '# (Est.)' recurring from meetup to meetup).
SLIPS_PER_ID_ROW = 100
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
TITLE_LINE = 80  # the most characters of a summary read as the title, where none is


# A number run on to the word before it, as a grid heads each track's titles ('Track1').
NUMBER_RUN_ON = re.compile(r"(?<=[a-z])(?=\d)")


TEMPLATE_MARK = re.compile(r"\s*\((?:optional|required)\)", re.IGNORECASE)


# Words between a name and whose it is ('Nombre del ponente', 'Prénom de l'intervenant').
LINKING_WORDS = re.compile(r"^(?:(?:de|du|des|del|della|dello|dei|degli|di|da|do|dos|das|"
                           r"van|of|the|la|le|les|el|il|lo|l')\s+|l')+")
# The number load gives a header's later copies ('Ponente (2)'), not the sheet's own words.
COPY_NUMBER = re.compile(r" \(\d+\)$")


DOTTED_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.?")  # '14.11' or '14.11.': day, month, no year
SLASHED_DAY = re.compile(r"\d{1,2}/\d{1,2}")  # '9/4': month and day in the sheet's order
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|svg)$", re.IGNORECASE)
MMDD_DAY = re.compile(r"(\d{1,2})(\d\d)")  # '1126', '926': month then day, as figures alone
