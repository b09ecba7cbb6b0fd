"""mappings/README.md's recent passages on yes/no words and on the registration columns
draft-mapping drafts, each checked against what the code does: every word the Booleans
section lists is read as it says (and nothing it leaves out is read), and the headers it
names, English and not, are drafted as registration, a capacity without one commented out."""

from __future__ import annotations

import re

from importer import convert
from importer._convert_numbers import _FALSE, _TRUE
from tests.test_readme import MAPPINGS_README


def _booleans_section() -> str:
    start = MAPPINGS_README.index("### Booleans")
    return MAPPINGS_README[start:MAPPINGS_README.index("Anything else is `bad-boolean`", start)]


def test_the_yes_and_no_words_listed_are_the_ones_read() -> None:
    """A planner's French 'oui'/'non' or a Japanese Outlook's 'オン' is read: the list says
    each word read, so a reader need not try one to find out."""
    listed = {word for quoted in re.findall(r"`([^`]+)`", _booleans_section())
              for word in quoted.split("/")}
    assert {word: convert.parse_boolean(word) for word in listed} == {
        "yes": True, "no": False, "y": True, "n": False, "true": True, "false": False,
        "t": True, "f": False, "1": True, "0": False, "on": True, "off": False, "x": True,
        "WAHR": True, "FALSCH": False, "VRAI": True, "FAUX": False, "VERDADERO": True,
        "FALSO": False, "VERO": True, "VERDADEIRO": True, "WAAR": True, "ONWAAR": False,
        "Ein": True, "Aus": False, "オン": True, "オフ": False, "ja": True, "nein": False,
        "oui": True, "non": False, "sí": True, "sì": True, "sim": True, "não": False,
        "nee": False, "si": True, "nao": False}
    assert {w.casefold() for w in _TRUE | _FALSE} <= {w.casefold() for w in listed}

