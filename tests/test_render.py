"""What the terminal shows of a plan: big plans summarised, not poured out."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from importer import render
from importer.runner import plan_import

from .support import Sandbox, talk, write_sheet


def test_a_migration_plan_prints_the_first_changes_updates_and_deletes_first(
    tmp_path: Path
) -> None:
    """A migration of 12,000 sessions printed a 48,000-line table that took the counts off
    the screen; the deletes and updates, the changes to read, come before the creates."""
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "before.csv", [talk(1), talk(2), talk(3)]))
    sheet = [talk(1, **{"Session Title": "Talk one, renamed"}), talk(3),
             *(talk(n) for n in range(4, 254))]
    plan = plan_import(write_sheet(tmp_path / "after.csv", sheet), sandbox.settings,
                       prune=True, transport=sandbox.transport())
    console = Console(record=True, width=200)
    render.plan(console, plan)
    lines = console.export_text().splitlines()
    rows = [[cell.strip() for cell in line.split("│")[1:4]]
            for line in lines if line.startswith("│")]
    assert rows == [
        ["2", "update", "sheet:T001"],
        *([str(n), "create", f"sheet:T{n:03d}"] for n in range(4, 202)),
        ["", "delete", "sheet:T002"],
    ]
    after = lines[lines.index(next(line for line in lines if line.startswith("└"))) + 1]
    assert after == "... and 52 more changes, not printed: --json lists every one."
