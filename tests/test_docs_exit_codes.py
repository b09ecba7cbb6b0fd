"""The exit codes the README gives `validate` and `draft-mapping`, as they are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_validate_and_draft_mapping_exit_as_the_readme_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said = re.search(r"`validate` exits (\d) when no row has an error \(warnings alone are "
                     r"(\d)\), (\d) when one has or the sheet has \(`ambiguous-date-order`\), "
                     r"and (\d) when it could not read the sheet, the mapping or the settings; "
                     r"`draft-mapping` exits (\d) while the draft leaves a field to fill in",
                     README)
    assert said is not None
    monkeypatch.chdir(ROOT)
    day_first = tmp_path / "day-first.csv"
    day_first.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                         "Opening,13/05/2027,9:00,10:00,Hall\n", encoding="utf-8")
    runs = {
        "no error": ["validate", "sample_data/conference.csv", "--timezone", "UTC"],
        "warnings alone": ["validate", "tests/fixtures/realworld/pycones19-talks.csv",
                           "--mapping", "pycones19"],
        "row error": ["validate", "sample_data/first-try.csv", "--timezone", "UTC"],
        "sheet error": ["validate", str(day_first), "--timezone", "UTC"],
        "no mapping": ["validate", "sample_data/conference.csv", "--mapping", "no-such"],
        "to fill in": ["draft-mapping", "tests/fixtures/realworld/pycones19-talks.csv",
                       "-o", str(tmp_path / "draft.toml")],
    }
    codes = {name: CliRunner().invoke(app, args).exit_code for name, args in runs.items()}
    zero, warned, error, unreadable, unfilled = map(int, said.groups())
    assert codes == {"no error": zero, "warnings alone": warned, "row error": error,
                     "sheet error": error, "no mapping": unreadable, "to fill in": unfilled}
