"""CSV files that do not say their encoding: Mac Roman told apart from cp1252 by which of the
two reads as words, and a file mixing UTF-8 with another encoding refused, not half garbled."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.errors import InputError
from importer.load import load_sheet

# Excel for Mac's plain "CSV": Mac Roman, lines ending in CR. Each sample has accents that
# Mac Roman writes as bytes cp1252 reads as punctuation or as other letters, and nothing else
# to tell the two apart: ñ as '–' (Pe–a), ó as '—' (Sesi—n), í as '’' (Mar’a), ú as 'œ'
# (Menœ), é as 'Ž' (PŽrez), ü as 'Ÿ' (ZŸrich), à as 'ˆ' (Cittˆ), ò as '˜' (Per˜), and the
# dashes themselves as 'Ñ' and 'Ð'.
ACCENTED = {
    "spanish-ñ": "Session Title,Room\rTaller con Ana Peña,España\rAño nuevo,Sala Muñoz\r",
    "spanish-ó": "Session Title,Room\rIntroducción a la programación,Sesión 1\r",
    "spanish-í": "Session Title,Room\rMaría García: tecnologías,Sala Rodríguez\r",
    "spanish-ú": "Session Title,Room\rMenú del día,Música\r",
    "spanish-é": "Session Title,Room\rPonencia de Ana Pérez,Sala 2\r",
    "spanish-symbols": "Session Title,Room\rSeñor • 50€,Sala 1\r",
    "portuguese": "Session Title,Room\rMúsica e poesia,Auditório\r",
    "french": "Session Title,Room\rRendez-vous à Paris,Salle 1\r",
    "italian": "Session Title,Room\rVisita in città,Università\rPerò no,Aula 2\r",
    "german": "Session Title,Room\rMüller in Zürich,Saal 1\r",
    "english-dashes": "Session Title,Room\rKeynote — Welcome,Rooms 2–4\r",
}

# Windows text whose punctuation, read as Mac Roman, would be letters: ’ as í, – as ñ,
# — as ó, … as Ö, • as ï, ™ as ô, € as Ä.
TYPOGRAPHY = {
    "quotes": "Session Title,Room\r\nDon’t panic… “really”,Hall A\r\n",
    "dashes": "Session Title,Room\r\n9–10 AM: Paris – Berlin,Mon–Fri\r\n",
    "symbols": "Session Title,Room\r\nPython™ • 50€ — this—that,input–output\r\n",
    "apostrophes": "Session Title,Room\r\ncould’ve; 9 o’clock; rock’n’roll,we’ll\r\n",
    "french-œ": "Session Title,Room\r\nL’œuvre du cœur et de la sœur,qu’a-t-il dit\r\n",
}
FIX = "it mixes encodings. Open it in your spreadsheet program and save it again as CSV UTF-8."


def table(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.splitlines()]


def write_bytes(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "s.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
@pytest.mark.parametrize("text", ACCENTED.values(), ids=ACCENTED.keys())
def test_accented_text_reads_right_from_a_mac_and_from_windows(
    tmp_path: Path, text: str, encoding: str
) -> None:
    sheet = load_sheet(write_bytes(tmp_path, text.encode(encoding)))
    assert sheet.encoding == encoding
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


@pytest.mark.parametrize("text", TYPOGRAPHY.values(), ids=TYPOGRAPHY.keys())
def test_windows_typography_stays_cp1252(tmp_path: Path, text: str) -> None:
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1252")))
    assert sheet.encoding == "cp1252"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"Title\r\n" + "Café\r\n".encode() + "Café 2\r\n".encode("cp1252"),
         "has UTF-8 text on line 2, but byte 0xe9 on line 3"),
        (b"Title\r\n" + "Café\r\n".encode("cp1252") + "Zoë Ångström\r\n".encode(),
         "has UTF-8 text on line 3, but byte 0xe9 on line 2"),
        (b"Title\r\n" + "Don’t panic\r\n".encode() + "Café\r\n".encode("cp1252"),
         "has UTF-8 text on line 2, but byte 0xe9 on line 3"),
        (b"Title\r" + "Zoë\r".encode() + "Zoë\r".encode("mac_roman"),
         "has UTF-8 text on line 2, but byte 0x91 on line 3"),
    ],
    ids=["utf-8-then-cp1252", "cp1252-then-utf-8", "utf-8-quote", "mac-roman-cr-lines"],
)
def test_utf8_lines_beside_8bit_lines_are_refused(tmp_path: Path, data: bytes,
                                                    where: str) -> None:
    """A file without a BOM, edited by programs that saved some lines as UTF-8 and some in
    an 8-bit encoding: read either way, part of it would be garbled ('CafÃ©')."""
    path = write_bytes(tmp_path, data)
    with pytest.raises(InputError) as caught:
        load_sheet(path)
    assert str(caught.value) == f"{path} {where} of the file is not UTF-8: {FIX}"


def test_mixed_encodings_exit_two_with_the_fix(tmp_path: Path) -> None:
    data = b"Title\r\n" + "Café\r\n".encode() + "Café 2\r\n".encode("cp1252")
    path = write_bytes(tmp_path, data)
    result = CliRunner().invoke(app, ["validate", str(path), "--timezone", "UTC", "--json"])
    assert result.exit_code == 2
    assert " ".join(result.output.split()) == (
        f"error: {path} has UTF-8 text on line 2, but byte 0xe9 on line 3 of the file is not "
        f"UTF-8: {FIX}")


def test_cp1252_bytes_that_happen_to_be_utf8_are_not_refused(tmp_path: Path) -> None:
    """Ã then ” is C3 94, UTF-8 for Ô; beside capitals and quotes it is cp1252 text."""
    text = "Session Title,Room\r\n“MAÇÃ” e “IRMÃ”,São Paulo\r\n"
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1252")))
    assert sheet.encoding == "cp1252"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


# What Excel saves "CSV" in on a Japanese, Chinese or Korean Windows: three rows of each.
EAST_ASIAN = {
    "japanese-cp932": ("cp932", "cp932", "タイトル,会場\n基調講演,大ホール\n"
                       "Python で始める自動化,会議室A\n懇親会,ロビー\n"),
    "chinese-gbk": ("gbk", "gb18030", "标题,会场\n主题演讲,大厅\n"
                    "用Python实现自动化,会议室A\n欢迎晚宴,大厅\n"),
    "chinese-big5": ("big5", "big5", "標題,會場\n主題演講,大廳\n機器學習入門,會議室A\n"
                     "歡迎晚宴,大廳\n"),
    "korean-cp949": ("cp949", "cp949", "제목,장소\n기조 연설,대강당\n머신러닝 입문,회의실 A\n"
                     "환영 만찬,대강당\n"),
}


# A schedule's words glued to names and letters ('Python入門', '会議室A'), one word apart.
GLUED_TO_NAMES = {
    "japanese-cp932": ("cp932", "cp932", "Title,Room\nPython入門,会議室A\nAWS実践,会議室B\n"
                       "初心者向け講座,ホールC\n"),
    "chinese-gbk": ("gbk", "gb18030", "Title,Room\nPython入门,会议室A\nAWS实践,会议室B\n"
                    "欢迎晚宴,大厅C\n"),
    "korean-cp949": ("cp949", "cp949", "Title,Room\nPython입문,회의실A\nAWS실전,회의실B\n"
                     "환영만찬,대강당C\n"),
}


@pytest.mark.parametrize(("written", "read", "text"),
                         [*EAST_ASIAN.values(), *GLUED_TO_NAMES.values()],
                         ids=[*EAST_ASIAN, *(f"glued-{name}" for name in GLUED_TO_NAMES)])
def test_east_asian_text_reads_in_its_own_encoding(
    tmp_path: Path, written: str, read: str, text: str
) -> None:
    """Read as Mac Roman or cp1252, every title would reach the app garbled ('äÓí≤çuââ').
    Words glued to Latin names ('Python入門', '会議室A') count, so long as one stands apart,
    as no misread accent's does."""
    sheet = load_sheet(write_bytes(tmp_path, text.encode(written)))
    assert sheet.encoding == read
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


# Western words whose accents, read as Shift-JIS, GBK, Big5 or Korean, make such characters:
# 'br璉馥' for brûlée, 'Salle 四姿hant' for éléphant, '閠ude' for étude, 'Stra쬮' for Straße.
LIKE_EAST_ASIAN = {
    "brûlée": "Session Title,Room\nbrûlée,Salle vu\n",
    "éléphant": "Session Title,Room\néléphant,Salle 2\n",
    "crème-brûlée": "Session Title,Room\nCrème brûlée,Salle 1\n",
    "étude": "Session Title,Room\nÉtude des données,Salle Ève\n",
    "straße": "Session Title,Room\nGroße Straße,Köln\n",
}


@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
@pytest.mark.parametrize("text", LIKE_EAST_ASIAN.values(), ids=LIKE_EAST_ASIAN.keys())
def test_western_accents_that_read_as_east_asian_characters_stay_western(
    tmp_path: Path, text: str, encoding: str
) -> None:
    sheet = load_sheet(write_bytes(tmp_path, text.encode(encoding)))
    assert sheet.encoding == encoding
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


def test_lone_east_asian_characters_are_no_east_asian_text(tmp_path: Path) -> None:
    """Read as Big5, 'Über Ça' is '隳r 珸': characters standing alone, as words never do."""
    text = "Session Title,Room\nÜber Ça,Salle 1\n"
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1252")))
    assert (sheet.encoding, sheet.frame.values.tolist()) == ("cp1252", [["Über Ça", "Salle 1"]])


def test_korean_words_of_one_syllable_standing_apart_read_as_korean(tmp_path: Path) -> None:
    """Korean spaces its words, and some are one syllable ('홀 A', hall A): a two-row
    programme was read as cp1252 ('Á¦¸ñ' for 제목) because its words averaged under two
    characters. Only characters glued to Latin letters, as a misread accent's are, are held
    to that."""
    text = "제목,날짜,시작 시간,장소\n기조 연설,2027/5/11,9:00,홀 A\n"
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp949")))
    assert sheet.encoding == "cp949"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


def test_a_lone_east_asian_character_apart_from_letters_is_no_east_asian_text(
        tmp_path: Path) -> None:
    """Read as Big5, 'Ça ira' is '珸 ira': one character standing apart, glued to nothing,
    as no word of these languages is read from a Western file."""
    text = "Session Title,Room\nÇa ira,Salle 1\n"
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1252")))
    assert (sheet.encoding, sheet.frame.values.tolist()) == ("cp1252", [["Ça ira", "Salle 1"]])
