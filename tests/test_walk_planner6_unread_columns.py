"""draft-mapping names the columns its draft reads nothing from: before, a description
column under a word it does not know ('Blurb') was named only in a comment at the foot of
the file, and a planner's first import went out without a single description."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app
from tests.test_draft import write_csv


def drafted_lines(tmp_path: Path, header: list[str], row: list[str]) -> list[str]:
    sheet = write_csv(tmp_path / "festival.csv", [header, row])
    output = tmp_path / "festival.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o", str(output)])
    assert (done.exit_code, done.stdout) == (0, "")
    return done.stderr.splitlines()[1:-1]


def test_columns_left_unread_are_named_with_how_to_send_one_as_the_description(
    tmp_path: Path,
) -> None:
    header = ["Day", "Start", "End", "Session", "Speaker(s)", "Room", "Blurb"]
    row = ["2027-06-10", "9:00", "9:45", "Talk", "Ann Lee", "Main Hall", "<p>About it</p>"]
    assert drafted_lines(tmp_path, header, row) == [
        "Nothing is sent from 'Speaker(s)', 'Blurb': the draft reads no field from them. To "
        "send one as each session's description, add two lines to the draft: "
        "[fields.description] and, under it, column = \"Blurb\" (or another header).",
    ]


def test_with_a_description_drafted_the_unread_columns_are_named_alone(
    tmp_path: Path,
) -> None:
    header = ["Day", "Start", "End", "Session", "Room", "Description", "Catering"]
    row = ["2027-06-10", "9:00", "9:45", "Talk", "Main Hall", "About it", "Coffee"]
    assert drafted_lines(tmp_path, header, row) == [
        "Nothing is sent from 'Catering': the draft reads no field from it.",
    ]
