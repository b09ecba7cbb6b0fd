"""A hill-running calendar, a race a row under 'Date' and 'Race' (Scottish-Hill-Runners/
contents, `calendar.csv`). The draft knew no 'Race' header and left the title to fill in,
so validate stopped at 'FILL IN'; the race is now the title. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


def test_a_race_calendars_race_is_the_title(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "calendar.csv", [
        ["Date", "Race"],
        ["2026-01-01", "AonachMhor"],
        ["2026-03-07", "RA-0808: Ochil Hill Relays"],
        ["2026-06-27", "RA-0146: Drumtochty Games (Finella Hill Race)"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.missing) == ({"name": "Race", "date": "Date"}, [])
    mapping = tmp_path / "calendar.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.date().isoformat(), p.all_day)
            for p in report.payloads] == [
        ("AonachMhor", "2026-01-01", True),
        ("RA-0808: Ochil Hill Relays", "2026-03-07", True),
        ("RA-0146: Drumtochty Games (Finella Hill Race)", "2026-06-27", True)]
