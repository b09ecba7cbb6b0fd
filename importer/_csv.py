"""Reading a CSV file into a raw grid: encoding and delimiter detection, then one parse.

The grid is a DataFrame of object cells (`str` or None for blank), positional integer columns,
and an index holding the row number as a spreadsheet program shows it (1-based, one per record,
so a quoted newline does not add a row). Header detection happens later, in `_load_header_row.py`.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import numpy as np
import numpy.typing as npt
import pandas as pd

from importer._code_pages import latin_code_page, non_latin_code_page
from importer._paired_bytes import pairs_end_in_ascii
from importer.errors import InputError

logger = logging.getLogger("importer.load")

DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 32 * 1024
HEAD_BYTES = SNIFF_CHARS * 2  # enough bytes for SNIFF_CHARS characters in any encoding
CHUNK_BYTES = 1024 * 1024
BoolArray = npt.NDArray[np.bool_]
CountArray = npt.NDArray[np.int32]
ObjectArray = npt.NDArray[np.object_]
EXPORT_HINT = "export the sheet from your spreadsheet program as CSV (File > Save As > CSV)"


@dataclass(frozen=True, slots=True)
class CsvGrid:
    cells: pd.DataFrame
    cells_per_row: CountArray  # non-blank cells in each row
    # Fields each of the first records was written with, empty ones included (row 1 first):
    # Excel writes an empty header field over a column with data, but no field past the end.
    head_fields: tuple[int, ...]
    encoding: str
    delimiter: str


def read_csv_grid(path: Path) -> CsvGrid:
    head = read_head(path)
    if not head.strip() and all(not chunk.strip() for chunk in file_chunks(path)):
        raise InputError(f"{path} is empty: {EXPORT_HINT}, with a header row and session rows.")
    encoding = detect_encoding(path, head)
    text_head = decode_head(head, encoding)
    skip_lines, delimiter = excel_sep_hint(text_head)
    if delimiter is None:
        delimiter = sniff_delimiter(text_head)
    spaced = sniff_initial_space(text_head, delimiter)
    head_fields = fields_per_record(text_head, delimiter, spaced)
    width = max(head_fields, default=1)
    if len(head) == HEAD_BYTES:  # the head ends mid-file: its last record may be cut short
        head_fields = head_fields[:-1]
    try:
        cells, cells_per_row = parse_records(path, encoding, delimiter, width, skip_lines,
                                             spaced, usual_width(head_fields[skip_lines:]))
    except UnicodeDecodeError as error:  # a BOM promised an encoding the rest breaks
        raise mixed_encoding_error(path, encoding) from error
    logger.debug("%s: encoding %s, delimiter %r, %d records", path, encoding, delimiter, len(cells))
    return CsvGrid(cells, cells_per_row, tuple(head_fields[skip_lines:]), encoding, delimiter)


def read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def file_chunks(path: Path) -> Iterator[bytes]:
    """The file in pieces: checks over the whole file never hold all of it in memory."""
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk


def detect_encoding(path: Path, head: bytes) -> str:
    """BOMs first, then strict UTF-8, then the 8-bit encodings Excel writes for "CSV": the
    Windows code page of the system (cp1251 Cyrillic and cp1253 Greek, East Asian ones, cp1252
    in the West, cp1250 Polish or Czech and cp1254 Turkish where the letters say so), or Mac
    Roman on a Mac ("CSV (Macintosh)", and older Excel's plain CSV). A file with UTF-8 text in
    it that is not UTF-8 throughout mixes encodings: read either way, part of it would be
    garbled."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        return utf16_without_bom(path, head)
    if looks_binary(head[:8192].decode("latin-1")):
        raise InputError(f"{path} is not a text CSV file (it holds binary data): {EXPORT_HINT}.")
    if decodes_whole_file(path, "utf-8"):
        return "utf-8"
    encoding = non_latin_code_page(whole_lines(head))
    if encoding is not None and decodes_whole_file(path, encoding):
        return encoding
    if (encoding := east_asian_encoding(path, head)) is not None:
        return encoding
    if (encoding := eight_bit_encoding(path)) is None:
        raise InputError(f"{path} is not a text CSV file (it holds binary data): {EXPORT_HINT}.")
    if (utf8_at := utf8_text_at(path)) is not None:
        raise mixed_encoding_error(path, "utf-8", utf8_at)
    return central_european_or_turkish(path, encoding)


def central_european_or_turkish(path: Path, eight_bit: str) -> str:
    """cp1250 or cp1254 for a file taken for cp1252 or Mac Roman whose letters say it is Polish,
    Czech or Turkish (and that decodes throughout in it), else the 8-bit encoding it was taken
    for. A Mac Roman file is looked at only if it shows misread letters ('G≥ówna' for Główna,
    its ł a symbol): Mac accents are the very bytes these code pages hold letters in."""
    if eight_bit == "mac_roman" and not any(
            _MISREAD.search(chunk.decode("mac_roman")) for chunk in file_chunks(path)):
        return eight_bit
    encoding = latin_code_page(path, file_chunks(path))
    return encoding if encoding is not None and decodes_whole_file(path, encoding) else eight_bit


def whole_lines(head: bytes) -> bytes:
    """The head cut at its last line end, so that no character is cut in two."""
    if len(head) == HEAD_BYTES:
        return head[: head.rfind(b"\n") + 1] or head
    return head


# What Excel writes "CSV" in on a Japanese (Shift-JIS), Chinese (GBK, Big5) or Korean system.
EAST_ASIAN_ENCODINGS = ["cp932", "gb18030", "big5", "cp949", "euc_jp"]
# Kanji, hanzi, kana and hangul (not half-width katakana, which are single cp932 bytes that a
# Western capital such as À reads as).
_EAST_ASIAN_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TABLE_MARK = re.compile(r"[,;\t|\r\n]")


def east_asian_encoding(path: Path, head: bytes) -> str | None:
    """The encoding of Japanese, Chinese or Korean text, as charset-normalizer tells it, or None.

    The head is cut at its last line end so that no character is cut in two."""
    match = charset_normalizer.from_bytes(whole_lines(head),
                                          cp_isolation=EAST_ASIAN_ENCODINGS).best()
    if match is None or not stands_in_words(str(match)):
        return None
    encoding = str(match.encoding)
    if pairs_end_in_ascii(str(match), encoding):
        return None  # Polish or Czech letters paired with the letters after them
    return encoding if decodes_whole_file(path, encoding) else None


def stands_in_words(text: str) -> bool:
    """Whether East Asian characters in `text` read as these languages' text does.

    Western accented letters read as Shift-JIS, GBK, Big5 or Korean become lone characters
    inside Latin words ('閠ude' for étude in cp1252, 'Stra쬮' for Straße in Mac Roman, two
    for 'brûlée': 'br璉馥'). Real text's characters stand in words of two or more, some of
    them apart from Latin letters ('Python で始める', '初心者向け'), even where most are glued
    to a name or a letter ('Python入門', '会議室A')."""
    runs = list(_EAST_ASIAN_RUN.finditer(text))
    if not runs or not _TABLE_MARK.search(text):
        return False  # nothing to read, or no delimiter or line end: not a table
    apart = [run for run in runs if not _LATIN_LETTER.match(text[run.start() - 1:run.start()])
             and not _LATIN_LETTER.match(text[run.end():run.end() + 1])]
    # Glued runs average two characters or more. Runs apart are not held to it: a misread
    # character takes a byte after the accent, most often a letter, so it stands glued; and
    # Korean, which spaces its words, has words of one syllable ('홀 A', '룸').
    glued = [run for run in runs if run not in apart]
    letters = sum(len(run.group()) for run in glued)
    return letters >= 2 * len(glued) and any(len(run.group()) >= 2 for run in apart)


# Text in one 8-bit encoding read as the other shows capitals inside words ('donÕt' for
# don't, 'CafŽ' for Café: Mac Roman read as cp1252; 'CafÈ': cp1252 read as Mac Roman), small
# letters starting capitalised words ('ƒCOLE' for ÉCOLE) and symbols inside words
# ('Z¸rich', 'Kˆln'). None of these happens in text read right. A few Mac Roman letters read
# as cp1252 punctuation that real text holds inside words too (ñ as '–', ó as '—', í as '’',
# ú as 'œ'): those count only where the real mark does not stand.
# Each sign is one non-ASCII character, matched first (the lookbehinds end with it): the scan
# then skips ASCII text fast, where a lookbehind first is tried at every character.
_MISREAD = re.compile(
    r"[^\x00-\x7f](?:"
    r"(?<=[a-zß-öø-ÿ][À-ÖØ-ÞŠŒŽŸ])"  # a capital inside a word: CafŽ
    r"|(?<=[A-Z][À-ÖØ-ÞŠŒŽŸ])(?=[a-zß-öø-ÿ])"  # or just after its capital: PŽrez, ZŸrich
    r"|(?<=[ß-öø-ÿƒšœž])(?=[A-ZÀ-ÖØ-Þ])"  # a small letter starting a capitalised word: ƒCOLE
    # A symbol inside a word, other than the punctuation real text holds there: Z¸rich
    r"|(?<=[A-Za-zÀ-ÖØ-öø-ÿ][^\x00-\x7f\w’‘“”–—…•«»·´\xa0\u200b])(?=[A-Za-zÀ-ÖØ-öø-ÿ])"
    r"|(?<=[ˆ˜])"  # a lone accent, never typed: Voilˆ, Per˜ (Mac à, ò); Kˆln (cp1252 ö)
    # An en dash between vowels: Mac ñ (Pe–a, A–o). A real one joins words or numbers
    # ('9–10', 'Paris – Berlin', 'input–output').
    r"|(?<=[AEIOUaeiou]–)(?=[aeiou])"
    r"|(?<=[a-z]—)(?=[ns]\b)"  # an em dash before a word's last letter: Mac ó (Sesi—n, adi—s)
    # Mac í: Mar’a, tecnolog’as, Mart’nez, Rodr’guez. After a real apostrophe comes a vowel, h,
    # s, t, d, m, l, r, v or a lone n (don’t, could’ve, rock’n’roll); a word-final 'a' or another
    # letter follows only short words (qu’a, l’a, o’clock, y’know), hence three letters before.
    r"|(?<=[a-z]{3}’)(?=as?\b|n[a-z]|[bcfgjkpqwxz])"
    r"|(?<=[A-Za-z]œ)(?!u)"  # Mac ú: Menœ, Mœsica; French œ comes before u (cœur, œuvre)
    r"|(?<=[\s\d][ÐÑ])(?=[\s\d])"  # Ð, Ñ standing alone: Mac – and — ('9Ð10', 'Talk Ñ Q&A')
    r")"
)


def eight_bit_encoding(path: Path) -> str | None:
    """cp1252 or Mac Roman, whichever the file reads as words in, looked at in one pass; None
    for data that is text in neither.

    Every byte is a character in Mac Roman, so decoding it proves nothing: it is taken only
    for text without control characters that is mostly ASCII (names, dates and times are,
    even in French or German)."""
    cp1252_decodes, control, size, high = True, False, 0, 0
    misread = {"cp1252": 0, "mac_roman": 0}
    for chunk in file_chunks(path):
        try:
            as_cp1252 = chunk.decode("cp1252")
            cp1252_decodes = cp1252_decodes and b"\x00" not in chunk  # no text file holds NUL
        except UnicodeDecodeError:
            cp1252_decodes, as_cp1252 = False, chunk.decode("cp1252", errors="replace")
        misread["cp1252"] += len(_MISREAD.findall(as_cp1252))
        misread["mac_roman"] += len(_MISREAD.findall(chunk.decode("mac_roman")))
        control = control or bool(_CONTROL.search(chunk))
        size += len(chunk)
        high += len(chunk) - len(chunk.translate(None, _HIGH_BYTES))
    logger.debug("%s: letters misread as cp1252 %d, as Mac Roman %d", path,
                 misread["cp1252"], misread["mac_roman"])
    mac_roman_plausible = not control and high <= size * MAX_NON_ASCII_SHARE
    if cp1252_decodes and not (mac_roman_plausible and
                               misread["mac_roman"] < misread["cp1252"]):
        return "cp1252"
    return "mac_roman" if mac_roman_plausible else None


def decodes_whole_file(path: Path, encoding: str) -> bool:
    """Whether every byte decodes (and none is NUL, which no text file holds), read in
    pieces: decoding a large file in one go would hold it twice over, as bytes and as text,
    and set the memory peak of the whole load."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for chunk in file_chunks(path):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


# UTF-8 that 8-bit text does not hold: a letter's two bytes next to a small ASCII letter (in
# cp1252 a capital and a symbol inside a word: 'CafÃ©' for Café, C3 A9), or typographic
# punctuation ('â€™' for ’, E2 80 99). A lead byte first, so the scan skips the rest fast.
_UTF8_TEXT = re.compile(
    rb"[\xc3-\xc5\xe2](?:"
    rb"(?<=[a-z][\xc3-\xc5])[\x80-\xbf]"
    rb"|(?<=[\xc3-\xc5])[\x80-\xbf](?=[a-z])"
    rb"|(?<=\xe2)\x80[\x90-\xbf]"
    rb")"
)


def utf8_text_at(path: Path) -> int | None:
    """Where UTF-8 text first shows in a file that is not UTF-8 as a whole (so it mixes
    encodings), None if it does not. A character split between two pieces is not seen."""
    offset = 0
    for chunk in file_chunks(path):
        if found := _UTF8_TEXT.search(chunk):
            return offset + found.start()
        offset += len(chunk)
    return None


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
MAX_NON_ASCII_SHARE = 0.3


def mixed_encoding_error(path: Path, encoding: str, utf8_at: int | None = None) -> InputError:
    """Where a UTF-8 file stops being UTF-8: one edited later by a program that saved some lines
    as cp1252, say. The file says it is UTF-8 by its first bytes (a BOM), or by UTF-8 text at
    byte utf8_at."""
    data = path.read_bytes()
    named = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
    where = "part of it"
    try:
        # Decoded with the BOM kept as a character, so positions count from the file's start.
        data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as error:
        line = line_number(data, error.start)
        where = f"byte 0x{data[error.start]:02x} on line {line} of the file"
    said = (f"has {named} text on line {line_number(data, utf8_at)}" if utf8_at is not None
            else f"is marked as {named} by its first bytes (a BOM)")
    return InputError(
        f"{path} {said}, but {where} is not {named}: it mixes encodings. Open it in your "
        "spreadsheet program and save it again as CSV UTF-8."
    )


def line_number(data: bytes, offset: int) -> int:
    """The line of the file data[offset] is on, lines ending at CRLF, LF or a lone CR."""
    return len(_LINE_END.findall(data, 0, offset)) + 1


_LINE_END = re.compile(rb"\r\n?|\n")


def utf16_without_bom(path: Path, head: bytes) -> str:
    """Text with a NUL in every other byte is UTF-16 without a BOM; any other NUL means binary."""
    head = head[:4096]
    odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    even_size = path.stat().st_size % 2 == 0
    for encoding, nuls, other in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        if nuls > 0.4 * half and other == 0 and even_size:
            try:
                if not looks_binary(head[:8192].decode(encoding)):
                    return encoding
            except UnicodeDecodeError:
                break
    raise InputError(f"{path} is not a text CSV file (it holds binary data): {EXPORT_HINT}.")


def looks_binary(text: str) -> bool:
    """Control characters other than tab/CR/LF are a sign of a binary file renamed .csv."""
    controls = sum(1 for char in text if char < " " and char not in "\t\r\n")
    return controls > max(2, len(text) // 100)


def decode_head(data: bytes, encoding: str) -> str:
    head = data.decode(encoding, errors="ignore")[:SNIFF_CHARS]
    cut_short = len(head) == SNIFF_CHARS or len(data) == HEAD_BYTES
    last_line_end = max(head.rfind("\n"), head.rfind("\r"))
    if cut_short and last_line_end >= 0:
        head = head[: last_line_end + 1]  # a cut mid-record would look like a ragged row
    return head.removeprefix("\ufeff")


def excel_sep_hint(text: str) -> tuple[int, str | None]:
    """Excel honours a first line `sep=;` and does not show it as a row: do the same."""
    first = next(iter(text.splitlines()), "").strip()
    if len(first) == 5 and first.lower().startswith("sep=") and first[4] in DELIMITERS:
        return 1, first[4]
    return 0, None


def sniff_delimiter(text: str) -> str:
    """The delimiter under which the most lines of the file make records of one width (> 1).

    Counting parsed fields (quotes honoured) rather than characters keeps commas inside quoted
    descriptions from outvoting a `;` delimiter. Counting the lines each record takes, not the
    records, keeps the lines of a quoted multi-line agenda ("9:00 intro; setup" on each) from
    outvoting the sessions: under the right delimiter its quotes hold those lines in one
    record of the sessions' width; under a wrong one each line is a short record of its own.
    """
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        score = width_agreement(text, delimiter)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def width_agreement(text: str, delimiter: str, spaced: bool = False) -> tuple[int, int]:
    """The lines taken by the records of the width most lines share (> 1), and that width."""
    lines_by_width: Counter[int] = Counter()
    reader = csv.reader(lines(text), delimiter=delimiter, skipinitialspace=spaced)
    read = 0
    for record in reader:
        taken, read = reader.line_num - read, reader.line_num
        if any(cell.strip() for cell in record):
            lines_by_width[len(record)] += taken
    agreeing = [(taken, width) for width, taken in lines_by_width.items() if width > 1]
    return max(agreeing, default=(0, 0))


def sniff_initial_space(text: str, delimiter: str) -> bool:
    """Whether cells are quoted after the delimiter and a space (`5/11/2027, "Panel, Q&A",
    Hall B`), as a file written with ', ' between its cells quotes them: spreadsheet programs
    read such a quote as a quote, so more records agree in width when it is read so. Only
    then are the spaces after each delimiter skipped; a file without such quotes keeps its
    cells as written."""
    if not re.search(re.escape(delimiter) + r' +"', text):
        return False
    return width_agreement(text, delimiter, True) > width_agreement(text, delimiter)


def fields_per_record(text: str, delimiter: str, spaced: bool = False) -> list[int]:
    return [len(record) for record in csv.reader(lines(text), delimiter=delimiter,
                                                 skipinitialspace=spaced)]


def lines(text: str) -> io.StringIO:
    """Text to read line by line ending at CRLF, LF or a lone CR (old Mac Excel's CSV)."""
    return io.StringIO(text, newline="")


def usual_width(fields: Sequence[int]) -> int:
    """The fields each of the first records of more than one is written with, as a program
    writes every row (the last one left out: it may be the one cut short); 0 when they
    differ, as in a file typed by hand, whose short rows say nothing."""
    widths = {width for width in fields[:-1] if width > 1}
    return widths.pop() if len(widths) == 1 else 0


def parse_records(
    path: Path, encoding: str, delimiter: str, width: int, skip: int, spaced: bool = False,
    usual: int = 0,
) -> tuple[pd.DataFrame, CountArray]:
    """One pandas C-parser pass; the stdlib reader only when a later record is wider than any
    seen while sniffing (pandas cannot widen its columns mid-file). `spaced`: skip the spaces
    after each delimiter (see sniff_initial_space). `usual`: the fields most records have,
    which a last record cut short lacks."""
    try:
        frame = pd.read_csv(
            path,
            sep=delimiter,
            # The C parser drops a UTF-8 BOM itself; "utf-8-sig" would route it through a
            # slower Python decoder.
            encoding="utf-8" if encoding == "utf-8-sig" else encoding,
            header=None,
            names=range(width),
            dtype=object,
            na_filter=False,
            skip_blank_lines=False,
            skiprows=skip,
            quoting=csv.QUOTE_MINIMAL,
            skipinitialspace=spaced,
            # One pass over the whole file. Otherwise pandas may first try its parallel reader,
            # which splits the file at line ends, fails on a description with a line break
            # in it, and reads the file again serially (about 40% slower in all).
            low_memory=False,
        )
        if len(frame) > 1 and not ends_a_line(path):
            check_not_cut_off(path, len(frame), last_record_fields(
                path, frame.iloc[-1], delimiter, encoding), usual)
    except pd.errors.ParserError:
        frame = parse_records_stdlib(path, encoding, delimiter, skip, spaced)
    frame.index = pd.RangeIndex(1, 1 + len(frame))  # Excel does not show a `sep=` line either
    return blank_cells_to_none(frame)


def parse_records_stdlib(path: Path, encoding: str, delimiter: str, skip: int,
                         spaced: bool = False) -> pd.DataFrame:
    text = read_text(path, encoding)
    with any_field_size(text):
        records = read_records(path, text, delimiter, skip, spaced)[skip:]
    if len(records) > 1 and not ends_a_line(path):
        check_not_cut_off(path, len(records), len(records[-1]), len(records[-2]))
    width = max(map(len, records), default=1)
    padded = [record + [""] * (width - len(record)) for record in records]
    return pd.DataFrame(padded, columns=range(width), dtype=object)


def read_text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding).removeprefix("\ufeff")


@contextmanager
def any_field_size(text: str) -> Iterator[None]:
    """Python's csv reader taking a cell of any size in `text`, as pandas' parser does: its
    default cap (131,072 characters) made a huge description, or a quote never closed, an
    internal error."""
    limit = csv.field_size_limit(max(len(text), csv.field_size_limit()))
    try:
        yield
    finally:
        csv.field_size_limit(limit)


def csv_layout(path: Path, encoding: str, delimiter: str) -> tuple[int, bool]:
    """The lines read_csv_grid skipped at the top of the file (a `sep=` line) and whether it
    skipped the spaces after each delimiter, for reading the file again with `delimiter`."""
    text_head = decode_head(read_head(path), encoding)
    return excel_sep_hint(text_head)[0], sniff_initial_space(text_head, delimiter)


SAVE_WHOLE = "Export or copy the file again and let it finish"
TAIL_BYTES = 4096


def check_not_cut_off(path: Path, row: int, fields: int, expected: int) -> None:
    """A file cut mid-write (an export interrupted, a copy still syncing) ends partway
    through its last record, `row`: fewer `fields` than the `expected` the rows before it
    have, and no line break after it (the caller checks that). Read on, its missing cells
    would be blank and the rows after it missing (with --prune, deleted from the guide).
    A file typed by hand ends so too when its last row leaves out its empty cells: the
    message says how to keep that row as it is, since exporting again changes nothing."""
    if fields >= expected:
        return
    empty = "cell" if expected - fields == 1 else f"{expected - fields} cells"
    raise InputError(
        f"{path} seems cut off: its last row, row {row}, has {fields} of the {expected} "
        "cells the rows before it have, and no line break after it, as an export interrupted "
        f"or a copy still syncing leaves a file; the last row read whole is row {row - 1}. "
        f"{SAVE_WHOLE} (or, if row {row} is whole and only leaves its last {empty} empty, "
        "end it with a line break).")


def last_record_fields(path: Path, record: pd.Series, delimiter: str, encoding: str) -> int:
    """The fields the file's last record was written with: up to its last cell with text,
    then the delimiters after it at the end of the file (a row's empty cells at its end,
    quoted or not). pandas reads a missing field as an empty one."""
    filled = [pos for pos, cell in enumerate(record.tolist()) if cell]
    if not filled:
        return len(record)  # a blank last line: no row to be cut
    with path.open("rb") as handle:
        handle.seek(max(path.stat().st_size - TAIL_BYTES, 0))
        tail = handle.read()
    if encoding.startswith("utf-16"):  # its delimiters and quotes are each a byte and a NUL
        tail = tail.replace(b"\x00", b"")
    separator = re.escape(delimiter.encode("ascii"))
    empties = re.search(b'(?:"")?(?:' + separator + b'(?:"")?)*$', tail)
    assert empties is not None  # it matches at the end of any text
    return filled[-1] + 1 + empties[0].count(delimiter.encode("ascii"))


def ends_a_line(path: Path) -> bool:
    """Whether the file's last character is a line break (UTF-16's too)."""
    with path.open("rb") as handle:
        handle.seek(max(path.stat().st_size - 2, 0))
        return handle.read().rstrip(b"\x00").endswith((b"\n", b"\r"))


END_MARK = "\ue000end of the file\ue000"  # a private-use character: in no real sheet


def read_records(path: Path, text: str, delimiter: str, skip: int,
                 spaced: bool = False) -> list[list[str]]:
    """Every record, quoting slips (`"x"y`) read as spreadsheet programs read them. A quote
    never closed would take the rest of the file into one cell, rows and all, without a
    word: that is refused. The reader says nothing at the end of the file in a quote, so a
    line is put after the last one: read on its own, it is a record; taken into a cell, the
    file ended inside a quote."""
    ended = text if text.endswith(("\n", "\r")) or not text else text + "\n"
    records = list(csv.reader(lines(ended + END_MARK), delimiter=delimiter,
                              skipinitialspace=spaced))
    if records.pop() != [END_MARK]:
        row = len(records) + 1 - skip  # as a spreadsheet program numbers it
        if not text.endswith(("\n", "\r")):
            raise InputError(
                f"{path} seems cut off: it ends inside a quoted cell of row {row}, with no line "
                f"break after it, as an export interrupted or a copy still syncing leaves a "
                f"file; the last row read whole is row {row - 1}. {SAVE_WHOLE} (or, if row "
                f'{row} opens a quote (") by mistake, close it there or take it out).')
        raise InputError(
            f'{path}: row {row} opens a quote (") that is never closed, so every line after '
            "it would be read into one cell of that row; close the quote there (or take it "
            "out) and save the file again.")
    return records


def blank_cells_to_none(frame: pd.DataFrame) -> tuple[pd.DataFrame, CountArray]:
    """'', whitespace-only and missing trailing fields become None, column by column; also
    count each row's other cells, so nobody has to scan the frame again for that."""
    cells_per_row = np.zeros(len(frame), dtype=np.int32)
    columns = {}
    for name in frame.columns:
        values = frame[name].to_numpy(dtype=object, copy=True)
        blank = blank_mask(values)
        values[blank] = None
        cells_per_row += ~blank
        columns[name] = values
    return pd.DataFrame(columns, index=frame.index, dtype=object, copy=False), cells_per_row


def blank_mask(values: ObjectArray) -> BoolArray:
    try:
        spaces = whitespace_only(values)
    except TypeError:  # a record shorter than the widest one: pandas padded it with NaN
        values[pd.isna(values)] = ""
        spaces = whitespace_only(values)
    return np.asarray(values == "", dtype=bool) | spaces


def whitespace_only(values: ObjectArray) -> BoolArray:
    # map() over the unbound method: no Python frame per cell, no stripped copy made.
    return np.fromiter(map(str.isspace, values), dtype=bool, count=len(values))
