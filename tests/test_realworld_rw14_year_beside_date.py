"""A researcher's list of talks kept as a TSV, each on its day, with a 'year' column beside
the date to sort by (xr-cc/xr-cc.github.io, `_data/talks.tsv`: '2025-11-07' and '2025').
The draft read the years as times of day ('2025' as 20:25) and took 'year' as the start's
time column, so every talk was drafted to start at 20:25 or 20:23. A column whose every
cell is its row's year holds no times: the talks are drafted as all-day sessions on their
days. A few rows in the file's shape."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_xlsx

HEADER = ["id", "status", "date", "year", "type", "title", "venue", "location", "summary"]
ROWS = [
    ["gi2025", "published", "2025-11-07", "2025", "Talk", "Clustering alignment for single-cell",
     "Genome Informatics 2025", "Cold Spring Harbor, NY", "Ongoing work on alignment."],
    ["recomb2025", "published", "2025-04-01", "2025", "Talk", "ML-MAGES: a machine learning",
     "RECOMB 2025", "Seoul, Korea", "Introduced ML-MAGES."],
    ["evolution2023", "published", "2023-06-01", "2023", "Talk", "A Dirichlet model",
     "Evolution 2023", "Albuquerque, NM", "Presented theoretical work."],
]


def _tsv(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "talks.tsv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter="\t").writerows([HEADER, *rows])
    return path


def test_a_year_column_beside_the_date_is_no_start_time(tmp_path: Path) -> None:
    draft = draft_mapping(_tsv(tmp_path, ROWS))
    assert "time_column = \"year\"" not in draft.text
    assert "[fields.start]\n# no column holds times: each session is all day" in draft.text
    assert "'year'" in draft.text.split("# Columns nothing reads:")[1].splitlines()[0]


def test_the_drafted_talks_are_all_day_on_their_days(tmp_path: Path) -> None:
    path = _tsv(tmp_path, ROWS)
    mapping = tmp_path / "talks.toml"
    mapping.write_text(draft_mapping(path).text, encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(p.start_time.date().isoformat(), p.all_day) for p in report.payloads] == [
        ("2025-11-07", True), ("2025-04-01", True), ("2023-06-01", True)]


def test_a_workbook_s_year_figures_beside_its_dates_are_no_start_time(tmp_path: Path) -> None:
    """Saved from Excel, the dates are the workbook's own and the years numbers."""
    rows = [[*row[:2], dt.datetime.fromisoformat(row[2]), int(row[3]), *row[4:]]
            for row in ROWS]
    draft = draft_mapping(write_xlsx(tmp_path / "talks.xlsx", [HEADER, *rows]))
    assert "[fields.start]\n# no column holds times: each session is all day" in draft.text


def test_four_figure_times_beside_a_date_are_still_the_start(tmp_path: Path) -> None:
    """Times written as four figures ('0930', as a 24-hour programme may) are no years."""
    rows = [[*row[:3], time, *row[4:]] for row, time in zip(
        ROWS, ["0930", "1400", "2000"], strict=True)]
    draft = draft_mapping(_tsv(tmp_path, rows))
    assert "time_column = \"year\"" in draft.text
