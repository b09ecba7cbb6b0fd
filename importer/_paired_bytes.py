"""Whether text read in a Chinese, Korean or Japanese EUC encoding is made of the byte pairs
such text is written in.

GB2312 (the Chinese most GBK text uses), KS X 1001 (Korean) and EUC-JP write each character
as two bytes from 0xA1 up. A Central European or Western file read in one of them pairs each
accented letter with the plain letter after it ('Źródła' in cp1250 is '弐骴砤' in GB18030): its
characters end in an ASCII byte, which the real text's seldom do. Shift-JIS and Big5 write
common characters so too (katakana 'デ' is 0x83 'f'), so they are not judged here.
"""

from __future__ import annotations

import re

HIGH_PAIR_ENCODINGS = frozenset({"gb18030", "cp949", "euc_jp"})
_TWO_BYTE_CHARACTER = re.compile(r"[^\x00-\x7f]")


def pairs_end_in_ascii(text: str, encoding: str) -> bool:
    """Whether most of the non-ASCII characters of `text`, as `encoding` writes them, are two
    bytes whose second is ASCII: text in another encoding misread, for those in
    HIGH_PAIR_ENCODINGS (always False for others)."""
    if encoding not in HIGH_PAIR_ENCODINGS:
        return False
    characters = _TWO_BYTE_CHARACTER.findall(text)
    ending_in_ascii = sum(1 for character in characters
                          if (pair := character.encode(encoding)) and len(pair) == 2
                          and pair[1] < 0x80)
    return ending_in_ascii * 2 > len(characters)
