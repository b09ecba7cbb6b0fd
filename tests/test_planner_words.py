"""Words a first-time planner reads when something stops: what is wrong, said as they would
say it, and the fix."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app

ZONE_FIX = "write it as a region and a city, like 'America/Chicago' or 'Europe/London'."


def _sheet(tmp_path: Path, *rows: str) -> Path:
    sheet = tmp_path / "schedule.csv"
    sheet.write_text("Session Title,Date,Time Start,Time End,Room/Location,Schedule Track\n"
                     + "\n".join(rows) + "\n", encoding="utf-8")
    return sheet


def test_an_unknown_zone_is_refused_with_the_way_to_write_one(tmp_path: Path) -> None:
    """'tz database name' is jargon: the planner is told the form, a region and a city."""
    sheet = _sheet(tmp_path, "Keynote,5/11/2027,10:00,11:00,Hall A,Main")
    result = CliRunner().invoke(app, ["validate", str(sheet), "--timezone", "Bavaria"])
    assert (result.exit_code, result.stderr) == (2, (
        f"error: command-line option --timezone: unknown timezone 'Bavaria': {ZONE_FIX}\n"))
