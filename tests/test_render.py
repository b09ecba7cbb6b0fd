"""What the terminal shows: big plans summarised, not poured out; counts never cut."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from importer import render
from importer.report import ImportReport, RowOutcome
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


def migration_report() -> ImportReport:
    outcomes = [RowOutcome(n, f"sheet:S{n}", f"Talk {n}", "unchanged") for n in range(2, 12002)]
    outcomes += [RowOutcome(12002, "sheet:S12002", "New talk", "created", 99)]
    requests = Counter({"GET sessions": 1241, "POST sessions": 1})
    return ImportReport("talks.csv", 1, outcomes, requests)


@pytest.mark.parametrize("width", [60, 80])
def test_run_counts_are_never_cut_on_a_narrow_terminal(width: int) -> None:
    """At 80 columns the table's headers read 'unchan…' and 'deferr…'; at 60, 12,000 rows
    unchanged read '120…'. A table too wide for the terminal becomes a line of counts."""
    console = Console(record=True, width=width)
    render.run_report(console, migration_report(), None)
    assert console.export_text().splitlines()[0] == (
        "Import into guide 1: created 1 · updated 0 · unchanged 12,000 · deleted 0 · invalid 0 · "
        "failed 0 · deferred 0 · skipped 0")


def test_run_counts_are_a_table_where_it_fits() -> None:
    console = Console(record=True, width=100)
    render.run_report(console, migration_report(), None)
    assert [line.rstrip() for line in console.export_text().splitlines()] == [
        "Import into guide 1",
        "┏━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━┓",
        "┃ created ┃ updated ┃ unchanged ┃ deleted ┃ invalid ┃ failed ┃ deferred ┃ skipped ┃",
        "┡━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━━╇━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━┩",
        "│       1 │       0 │    12,000 │       0 │       0 │      0 │        0 │       0 │",
        "└─────────┴─────────┴───────────┴─────────┴─────────┴────────┴──────────┴─────────┘",
        "1,242 requests in 0.0 s (GET sessions 1,241, POST sessions 1)",
    ]


def test_a_plan_writes_its_cost_with_thousands_separators(
    tmp_path: Path
) -> None:
    """'12007 writes planned = 12012 of 10,000' read as two ways of writing numbers."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "many.csv", [talk(n) for n in range(1, 1201)])
    console = Console(record=True, width=200)
    render.plan(console, plan_import(sheet, sandbox.settings, transport=sandbox.transport()))
    assert console.export_text().splitlines()[-1] == (
        "Cost: 4 reads done + 1,354 writes planned = 1,358 of 10,000 requests per day")
