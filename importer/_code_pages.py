"""Excel's "CSV" in the Windows code pages of Central and Eastern Europe, Russia and Greece.

Excel on Windows saves "CSV" in the system's ANSI code page: cp1252 only in Western Europe and
the Americas, cp1250 in Poland or Czechia, cp1251 in Russia, Ukraine or Bulgaria, cp1253 in
Greece, cp1254 in Turkey. Read as cp1252, such a file reached the app garbled ('Film Adý' for
Film Adı, 'Zajêcia z ¿ywienia' for Zajęcia z żywienia) without a word. Each check here gives up
at once on a file that is ASCII or Western text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

import charset_normalizer

logger = logging.getLogger("importer.load")

# Cyrillic and Greek letters are bytes C0-FF in cp1251 and cp1253: a word in either is a run of
# them, which Western text, one accent between ASCII letters, seldom holds.
NON_LATIN_CODE_PAGES = ["cp1251", "cp1253"]
_HIGH_LETTER_RUN = re.compile(rb"[\xc0-\xff]{3}")
_NON_LATIN_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MIN_LETTER_SHARE = 0.9


def non_latin_code_page(head: bytes) -> str | None:
    """cp1251 (Cyrillic) or cp1253 (Greek), as charset-normalizer tells the two apart, for a
    file head (whole lines) whose non-ASCII characters read as those letters; None for any
    other file."""
    if not _HIGH_LETTER_RUN.search(head):
        return None
    match = charset_normalizer.from_bytes(head, cp_isolation=NON_LATIN_CODE_PAGES).best()
    if match is None:
        return None
    text = str(match)
    letters, non_ascii = len(_NON_LATIN_LETTER.findall(text)), len(_NON_ASCII.findall(text))
    if letters < non_ascii * MIN_LETTER_SHARE:
        return None  # East Asian double bytes, say, that read as Cyrillic and symbols
    return str(match.encoding)


# cp1254 differs from cp1252 in six letters: Ğ İ Ş ğ ı ş where cp1252 has Ð Ý Þ ð ý þ
# (Icelandic). Turkish writes none of the Western accented letters below, which Icelandic text
# is full of; and ı, its most frequent letter but a few, outnumbers ğ and ş ('Ağır', 'Adı'),
# where Icelandic ð and þ outnumber ý ('Kýr og hross, Aðalsalur, Þór').
_TURKISH_LETTERS = re.compile(rb"[\xd0\xdd\xde\xf0\xfd\xfe]")
_DOTLESS_OR_DOTTED_I = re.compile(rb"[\xdd\xfd]")
# Where names and words full of ğ and ş outnumber ı ('Akışkanlar Mekaniği', 'Şakir',
# 'Bozkurtoğlu'), ç and ü say Turkish: Icelandic writes neither.
_C_CEDILLA_OR_U_UMLAUT = re.compile(rb"[\xc7\xdc\xe7\xfc]")
_WESTERN_ONLY_LETTERS = re.compile(
    "[áéíóúàèìòùãõñøåæÁÉÍÓÚÀÈÌÒÙÃÕÑØÅÆ]".encode("cp1252"))
# cp1250 letters that cp1252 reads as symbols, between letters: 'Wyk³ad', 'G³ówna',
# 'otwieraj¹cy' (ł, ą, ż, ź, Ł, Ą, Ż, Ź). A real £, ¥, ¿, ¹, ³ or ¯ never stands inside a word,
# but ends one ('m³', 'Smith¹', 'GBP£45'), as Polish ł, ą and ż also do ('był', 'są', 'też').
_POLISH_IN_WORDS = re.compile(
    rb"(?<=[A-Za-z\xc0-\xff])[\xa3\xa5\xaf\xb3\xb9\xbf\x8f\x9f](?=[A-Za-z\xc0-\xff])")
# Czech ř ě ů (cp1252 ø ì ù) against the Western letters that cp1250 lacks or reads otherwise.
# It takes both ř and one of ě, ů: Norwegian writes ø alone, Italian ì and ù alone. An ř counts
# only before a vowel other than y ('přednáška', 'Řízení', 'tři'), where Czech writes nearly
# every one: Norwegian ø stands before a consonant ('Bjørn', 'Østby', 'Jørgen', 'Sør', 'Tøyen'),
# so Norwegian and Italian names in one Western sheet ('Bjørn Østby', 'Niccolò Mazzù') are not
# read as Czech. ě and ů count anywhere: Czech ends words in them too ('projektů', 'dvě').
_CZECH_LETTERS = re.compile(rb"[\xd8\xf8\xcc\xec\xd9\xf9]")
_CZECH_R = re.compile(
    rb"[\xd8\xf8](?=[AEIOUaeiou\xc1\xc9\xcd\xd3\xda\xcc\xd9\xe1\xe9\xed\xf3\xfa\xec\xf9])")
_CZECH_E_OR_U = re.compile(rb"[\xcc\xec\xd9\xf9]")
# ř before á, é or í ('Jiří', 'Dvořák', 'příprava', 'září', cp1252 'Jiøí'), which no Western
# language writes after ø: a Czech name alone in an English programme says Czech by itself.
_CZECH_R_BEFORE_ACCENT = re.compile(rb"[\xd8\xf8][\xc1\xc9\xcd\xe1\xe9\xed]")
_NOT_CZECH_LETTERS = re.compile("[àâêëîôûæåãõñçäöüßÀÂÊËÎÔÛÆÅÃÕÑÇÄÖÜ]".encode("cp1252"))


def latin_code_page(path: Path, chunks: Iterable[bytes]) -> str | None:
    """cp1250 (Polish, Czech) or cp1254 (Turkish) for a file whose letters say so; None for
    Western text."""
    counts = dict.fromkeys(("turkish", "i", "western", "polish", "czech", "czech-r",
                            "czech-e-or-u", "czech-r-accent", "not-czech", "c-or-u"), 0)
    for chunk in chunks:
        counts["turkish"] += len(_TURKISH_LETTERS.findall(chunk))
        counts["i"] += len(_DOTLESS_OR_DOTTED_I.findall(chunk))
        counts["western"] += len(_WESTERN_ONLY_LETTERS.findall(chunk))
        counts["c-or-u"] += len(_C_CEDILLA_OR_U_UMLAUT.findall(chunk))
        counts["polish"] += len(_POLISH_IN_WORDS.findall(chunk))
        counts["czech"] += len(_CZECH_LETTERS.findall(chunk))
        counts["czech-r"] += len(_CZECH_R.findall(chunk))
        counts["czech-e-or-u"] += len(_CZECH_E_OR_U.findall(chunk))
        counts["czech-r-accent"] += len(_CZECH_R_BEFORE_ACCENT.findall(chunk))
        counts["not-czech"] += len(_NOT_CZECH_LETTERS.findall(chunk))
    logger.debug("%s: letters of cp1250 Polish %d, Czech %d against %d; of cp1254 %d (ı %d) "
                 "against %d", path, counts["polish"], counts["czech"], counts["not-czech"],
                 counts["turkish"], counts["i"], counts["western"])
    czech = ((counts["czech-r"] and counts["czech-e-or-u"]) or counts["czech-r-accent"]) and (
        counts["czech"] > counts["not-czech"])
    if counts["polish"] or czech:
        return "cp1250"
    turkish_i = counts["i"] * 2 > counts["turkish"] or (counts["i"] and counts["c-or-u"])
    if turkish_i and counts["turkish"] > counts["western"]:
        return "cp1254"
    return None


# The encodings a CSV that is not UTF-8 or UTF-16 is read in, as a planner knows them. Each is
# a guess from the letters, and a wrong one garbles every accented letter without a word, so
# the lines validate, plan and run print name it.
GUESSED_ENCODING_NAMES = {
    "cp1252": "Windows-1252, Western",
    "mac_roman": "Mac Roman",
    "cp1250": "Windows-1250, Central European",
    "cp1251": "Windows-1251, Cyrillic",
    "cp1253": "Windows-1253, Greek",
    "cp1254": "Windows-1254, Turkish",
    "cp932": "Shift-JIS, Japanese",
    "euc_jp": "EUC-JP, Japanese",
    "gb18030": "GB18030, Chinese",
    "big5": "Big5, Traditional Chinese",
    "cp949": "Windows-949, Korean",
}


def guessed_encoding_name(encoding: str | None) -> str | None:
    """The name of a guessed encoding a CSV was read in; None for UTF-8 and UTF-16, which
    decode or say so, and for a workbook (no encoding)."""
    return GUESSED_ENCODING_NAMES.get(encoding) if encoding is not None else None


def guessed_encoding_advice(encoding: str | None) -> str | None:
    """The guessed encoding's name and what to do if it was the wrong guess, which garbles
    every accented letter and only the planner's eye can tell; None as for the name."""
    name = guessed_encoding_name(encoding)
    return f"{name}: if letters look wrong, save it as CSV UTF-8" if name else None


def encoding_json(encoding: str | None) -> dict[str, str]:
    """The guessed encoding a CSV was read in, for a --json report; nothing for UTF-8,
    UTF-16 or a workbook, which are read as they are."""
    return {"encoding": encoding} if encoding in GUESSED_ENCODING_NAMES else {}
