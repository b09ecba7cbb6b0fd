"""A youth club's fixtures from the league's site, each game's kick-off in one cell under
'Date / Time' (karl0ss/downgrangefixtures_ical, `fixtures.csv`: 'L,02/12/23 11:30,Down
Grange U12 Pumas,...'). The draft knew 'Date' and 'Start Date Time' but not 'Date / Time':
it asked for the start to be filled in, though the column held every game's date and time.
Such a header ('Date/Time', 'Date & Time', 'Fecha y hora') is now the start where it holds
dates with times. A few rows in the file's shape."""
from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv


@pytest.mark.parametrize("header", [
    "Date / Time", "Date/Time", "Date & Time", "Date and Time", "DateTime", "Fecha y hora"])
def test_a_date_and_time_header_is_the_start(tmp_path: Path, header: str) -> None:
    sheet = write_csv(tmp_path / "fixtures.csv", [
        ["Type", header, "Home Team", "Away Team", "Venue"],
        ["L", "02/12/23 11:30", "Down Grange U12 Pumas", "Curley Park Rangers U12 Mambas",
         "DOWN GRANGE SPORTS COMPLEX #2"],
        ["Cup", "20/01/24 08:00", "Beacon Hill U12 Rockets", "Down Grange U12 Pumas",
         "HINDHEAD PLAYING FIELDS (HINDHEAD CC) 1"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["start"], draft.missing) == (header, ["end"])
    mapping = tmp_path / "fixtures.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 60"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/London")
    assert [(p.start_time.isoformat(), p.end_time.isoformat()) for p in report.payloads] == [
        ("2023-12-02T11:30:00+00:00", "2023-12-02T12:30:00+00:00"),
        ("2024-01-20T08:00:00+00:00", "2024-01-20T09:00:00+00:00")]
