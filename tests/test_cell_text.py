"""How a cell's text is read and quoted: spaces, blank_values, and the length a message quotes."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_validate import CLASSIC, REPO, write_csv

CAPACITY = "Limit Capacity (Optional)"


def mapping_with_blank_values(tmp_path: Path, *values: str) -> Path:
    mapping = tmp_path / "m.toml"
    template = (REPO / "mappings" / "guidebook-template.toml").read_text(encoding="utf-8")
    listed = ", ".join(f'"{value}"' for value in values)
    mapping.write_text(template.replace("blank_values = []", f"blank_values = [{listed}]"),
                       encoding="utf-8")
    return mapping


def test_blank_values_empty_a_room_and_a_capacity_in_any_case(tmp_path: Path) -> None:
    """'TBA' in the room column is no room called TBA; in the capacity column, no limit."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, CAPACITY], [
        ["A", "Keynote", "5/11/2027", "9:00 AM", "10:00 AM", " tba ", "", "", "TBA"],
    ])
    report = validate_file(path, mapping=mapping_with_blank_values(tmp_path, "TBA"),
                           timezone="UTC")
    assert report.issues == []
    payload = report.payloads[0]
    assert (payload.locations, payload.max_capacity) == ((), None)


def test_runs_of_spaces_in_a_title_are_one_space(tmp_path: Path) -> None:
    """Excel users pad with spaces and non-breaking spaces; the app would show the gaps."""
    path = write_csv(tmp_path, ["Session ID", *CLASSIC], [
        ["A", "  Keynote:   the\u00a0 future ", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "",
         ""],
    ])
    report = validate_file(path, timezone="UTC")
    assert report.payloads[0].name == "Keynote: the future"


def test_a_message_quotes_a_cell_of_100_characters_whole_and_cuts_a_longer_one(
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path, ["Session ID", *CLASSIC, CAPACITY], [
        ["B", "Talk", "5/11/2027", "9:00 AM", "10:00 AM", "Hall", "", "", "x" * 100],
        ["C", "Talk 2", "5/11/2027", "9:00 AM", "10:00 AM", "Hall 2", "", "", "y" * 101],
    ])
    report = validate_file(path, timezone="UTC")
    assert [(issue.row, issue.code, issue.value) for issue in report.issues] == [
        (2, "bad-number", "x" * 100),
        (3, "bad-number", "y" * 99 + "…"),
    ]
