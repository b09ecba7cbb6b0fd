"""Words of a command printed for the user to copy, quoted so that the line works as pasted
in bash, zsh, PowerShell and Windows' cmd alike where it can: cmd takes no single quotes, so
a POSIX `'My Programme.xlsx'` is a file it does not find."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable

# What every shell reads as one plain word (shlex's safe set less '%', which cmd expands).
_BARE = re.compile(r"[\w@+=:,./-]+", re.ASCII)
# Special inside double quotes somewhere: $ and ` (POSIX, PowerShell), " (POSIX),
# ! (bash's history), % (cmd's variables). Text holding one is quoted the POSIX way.
_SPECIAL_IN_DOUBLE_QUOTES = frozenset('"$`!%')
# A backslash inside POSIX double quotes is itself but before \, $, `, " or a line break,
# so a Windows path ('C:\Users\me\x.xlsx') reads alike in every shell there; one before
# another, a line break or the closing quote is taken by bash (or Windows, by the quote).
_ESCAPING_BACKSLASH = re.compile(r"\\(\\|\n|\Z)")


def shell_word(text: str) -> str:
    """`text` as one word of a printed command: bare where no shell splits or expands it,
    in double quotes where they mean the same in every shell, else in POSIX quotes."""
    if _BARE.fullmatch(text):
        return text
    if _SPECIAL_IN_DOUBLE_QUOTES.isdisjoint(text) and not _ESCAPING_BACKSLASH.search(text):
        return f'"{text}"'
    return shlex.quote(text)


def path_word(path: str) -> str:
    """`path` as a command's argument: './-sched.xlsx' for one starting with '-', which the
    command would take for an option ("No such option"), else as it is."""
    return f"./{path}" if path.startswith("-") else path


def shell_path(path: str) -> str:
    """A file's path as one word of a printed command, never read as an option."""
    return shell_word(path_word(path))


def shell_line(words: Iterable[str]) -> str:
    """The words as one command line, each quoted as `shell_word` does."""
    return " ".join(map(shell_word, words))
