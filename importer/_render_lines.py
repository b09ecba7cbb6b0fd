"""Lines every view prints: one line never broken at the console's width, the settings
file read, the encoding a CSV was read in, a count with its noun."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from importer._code_pages import guessed_encoding_advice


def settings_line(console: Console, path: str | None) -> None:
    """Which settings file was read: one in the folder started in and one beside the sheet
    may name two guides, and cron starts a job wherever its line says."""
    if path is not None:
        line(console, f"Settings: {path}")


def read_as(encoding: str | None) -> str:
    """The guessed encoding a CSV was read in, to end a line that names the file: a wrong
    guess garbles every accented letter, which only the planner's eye can tell."""
    advice = guessed_encoding_advice(encoding)
    return f"; text read as {advice}" if advice else ""


def line(console: Console, text: str | Text) -> None:
    """One line of text, never broken at the console's width: on a pipe or in cron's mail
    (80 columns) a break would cut a message in two for grep; a terminal wraps it for the
    eye anyway."""
    console.print(text, highlight=False, soft_wrap=True)


def counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
