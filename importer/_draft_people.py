"""The people columns in a draft: a first and a last name's columns paired as one
person's, a program's header ('FULL_NAME') made readable as a label, and the add_columns
offered to the description."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from importer._draft_words import COPY_NUMBER, LINKING_WORDS, RUN_TOGETHER, TEMPLATE_MARK
from importer._header_words import (
    FIRST_NAMES,
    LAST_NAMES,
    NUMBER_IN_CAMEL,
    SPEAKER_NUMBER,
    SPEAKERS,
    full_name,
    header_key,
    names_remarks,
)
from importer._toml_problems import toml_value
from importer.model import listed_all


def _readable(header: str) -> str | None:
    """A header written as a program names things ('FULL_NAME', 'speakerName',
    'co_authors', 'chairs') as a reader would write it ('Full name', 'Speaker name', 'Co
    authors', 'Chairs'); None for one readable as it is ('Speaker', 'Co-authors',
    'SPEAKER'). Names of people written as one word ('fullname') are written apart. An import
    template's marks of a column as required or optional are taken out ('Speakers
    (Optional)', '*Speakers')."""
    if (unmarked := TEMPLATE_MARK.sub("", header).strip().strip("*").strip()) != header.strip():
        return (_readable(unmarked) or unmarked) if unmarked else None
    if header.casefold() in RUN_TOGETHER:
        return RUN_TOGETHER[header.casefold()]
    if header.isalpha() and header.islower():  # an export's 'chairs' beside 'Co-author'
        return header.capitalize()
    if "_" not in header and not re.search(r"[a-z][A-Z]", header) and not (
            NUMBER_IN_CAMEL.search(header)):
        return None
    header = NUMBER_IN_CAMEL.sub(r" \1 ", header)
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header).replace("_", " ").split()
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:] if text else None


def labels_line(headers: Sequence[str], pairs: Sequence[tuple[str, str]] = ()) -> str:
    """A commented-out labels for the added columns whose headers read as a program's names:
    each paragraph starts with its label ('Full name: Ana Ruiz', not 'FULL_NAME: ...'); and
    for numbered ones ('Speaker 1', 'Speaker 2'), one label, so they make one paragraph."""
    labels = people_labels(headers, pairs)[0]
    pairs_said = [f"{toml_value(h)} = {toml_value(label)}" for h, label in labels.items()]
    return f"# labels = {{ {', '.join(pairs_said)} }}\n" if pairs_said else ""


def _name_word(key: str, words: Sequence[str]) -> tuple[str, str] | None:
    """The words before and after the name word of `words` a header key is made of:
    ('speaker ', '') for 'speaker first name', ('', ' del ponente') for 'nombre del
    ponente'; None when it has none."""
    for word in words:
        if key == word:
            return "", ""
        if key.endswith(" " + word):
            return key.removesuffix(word), ""
        if key.startswith(word + " "):
            return "", key.removeprefix(word)
    return None


def name_pairs(headers: Sequence[str]) -> list[tuple[str, str]]:
    """(first name, last name) columns among `headers`, each pair as one person's name. Of
    two last names headed alike ('Nom' and 'Nom (2)', the session's name and a speaker's),
    the one next to the first name, the one after it before the one before it."""
    keys = [header_key(h) for h in headers]
    pairs = []
    for at, first in enumerate(headers):
        around = _name_word(keys[at], FIRST_NAMES)
        lasts = around is not None and next(
            (found for word in LAST_NAMES if (found := [
                pos for pos, key in enumerate(keys) if key == around[0] + word + around[1]])),
            None)
        if lasts:
            beside = [pos for pos in (at + 1, at - 1) if pos in lasts]
            pairs.append((first, headers[(beside or lasts)[0]]))
    return pairs


def _pair_label(first: str, last: str) -> str:
    """A joined name's label: 'Speakers', or the words before or after both ('Moderator',
    'Intervenant' for 'Prénom de l'intervenant')."""
    before, after = _name_word(header_key(first), FIRST_NAMES) or ("", "")
    words = before.strip() or LINKING_WORDS.sub("", after.strip())
    return words.capitalize() if words else "Speakers"


def people_labels(headers: Sequence[str], pairs: Sequence[tuple[str, str]]
                  ) -> tuple[dict[str, str], list[str]]:
    """The labels of the columns naming people that the draft writes in labels (a program's
    name made readable), and each name pair's label. Two or more numbered alike ('Speaker
    1', 'Speaker 2', or 'Speaker 1 First Name' with its last) share one label, 'Speakers',
    so the names are listed in one paragraph, not a paragraph each; so do a header's copies
    ('Ponente' and 'Ponente (2)')."""
    written = [COPY_NUMBER.sub("", h) for h in headers]  # as the sheet heads them
    own = [("Speakers" if full_name(key := header_key(h)) or key == "name" or numbered_name(h)
            else _readable(h) or h) for h in written]
    own += [_pair_label(*pair) for pair in pairs]
    numbered = {header_key(base) for base in map(_numbered_base, own) if base}
    # a first speaker's column unnumbered ('Speaker', 'affiliation') joins its numbered copies
    bases = [_numbered_base(label) or (label if header_key(label) in numbered else None)
             for label in own]
    counts = Counter(header_key(base) for base in bases if base)
    shared = [_plural(base) if base and counts[header_key(base)] > 1 else label
              for label, base in zip(own, bases, strict=True)]
    labels = {h: label for h, label in zip(headers, shared[:len(headers)], strict=True)
              if label != h}
    return labels, shared[len(headers):]


def _numbered_base(label: str) -> str | None:
    """A label without its speaker's number ('Speaker' for 'Speaker 2', and for 'Speaker 2
    name'); None when it has none."""
    if not SPEAKER_NUMBER.search(label):
        return None
    words = SPEAKER_NUMBER.sub(" ", label).split()
    if len(words) > 1 and words[-1].casefold() in ("name", "names"):
        words.pop()
    return " ".join(words) or None


def numbered_name(header: str) -> bool:
    """Whether a header is a co-speaker's 'Name' numbered ('name2', 'Name 2')."""
    base = _numbered_base(header)
    return base is not None and header_key(base) == "name"


def _plural(base: str) -> str:
    """'Speakers' for 'Speaker', as SPEAKERS writes it; the word as it is otherwise."""
    key = header_key(base)
    ending = next((e for e in ("s", "es", "en") if key + e in SPEAKERS), None)
    return base + ending if ending else base


def remarks_left_out(unread: Sequence[str]) -> str:
    """Why a planner's notes ('Notes', 'comments') are not offered to the description, and
    how to add them: such notes are often for the team alone, never to publish unasked."""
    remarks = [h for h in unread if names_remarks(h)]
    if not remarks:
        return ""
    them = "it" if len(remarks) == 1 else "them"
    return (f"# {listed_all(remarks)} {'is' if them == 'it' else 'are'} not offered to the "
            "description: a planner's notes are often for the team alone. To show "
            f"{them} in the app, add {them} to add_columns under [fields.description]\n")


def added(headers: Sequence[str], pairs: Sequence[tuple[str, str]]) -> str:
    """add_columns' list: the columns naming people, then each name pair joined."""
    labels = people_labels(headers, pairs)[1]
    entries = [*map(toml_value, headers), *(
        f"{{ label = {toml_value(label)}, join = {toml_value(list(pair))} }}"
        for pair, label in zip(pairs, labels, strict=True))]
    return f"[{', '.join(entries)}]"
