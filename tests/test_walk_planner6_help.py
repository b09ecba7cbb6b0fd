"""The options a first-time planner needs speak their words: the help said 'tz database
name' for the time zone and '0-based index' for the tab, which only a programmer reads."""

from __future__ import annotations

import typer.main

from importer.cli import app

JARGON = ("tz database", "0-based")


def every_option_help() -> dict[str, str]:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return {f"{name} {param.name}": getattr(param, "help", None) or ""
            for name, command in commands.items() for param in command.params}


def test_no_option_help_uses_a_programmers_word() -> None:
    helps = every_option_help()
    assert [where for where, text in helps.items() if any(w in text for w in JARGON)] == []
    assert helps["validate timezone"] == (
        "Time zone the sheet's times are in, as a region and a city: America/Chicago, "
        "Europe/London (default: gbimport.toml's, else the mapping's, else UTC with a "
        "warning).")
    assert helps["draft-mapping sheet"] == (
        "Worksheet (tab) name, or its place counting from 0 for the first (default: the "
        "first holding data). Give it again for tabs read as one, or 'all' for every tab with "
        "the same columns, as validate reads them.")
    assert helps["sandbox guide_timezone"] == (
        "Time zone of guide 1, as a region and a city: America/Chicago (UTC if never given; "
        "a --db file keeps the last one given).")
