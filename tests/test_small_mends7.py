"""Small mends: a mapping TOML cannot read is named by its line, as a gbimport.toml is; a
report's row tells its warnings from its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.report import write_report
from tests.support import Sandbox, talk, write_sheet
from tests.test_mapping_by_hand import MINIMAL


@pytest.mark.parametrize(("text", "told"), [
    (MINIMAL + "[fields.locations]\ncolumn = Hall\n",
     'x.toml:10: not valid TOML (Invalid value at column 10); put the text in quotes: "Hall"'),
    (MINIMAL + '[fields.locations]\ncolumn = "Hall',
     "x.toml: not valid TOML (Unterminated string (at end of document)); "
     "fix the syntax there")])
def test_a_mapping_line_toml_cannot_read_is_named_by_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, told: str) -> None:
    """It was 'x.toml: not valid TOML: Invalid value (at line 10, column 10); ...', while
    every other mapping problem, and a gbimport.toml's syntax slip, is named 'x.toml:10: ...'."""
    monkeypatch.chdir(tmp_path)
    Path("x.toml").write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as refused:
        load_mapping("x.toml")
    assert str(refused.value) == told


OVERLAP = ("overlaps row {other} in 'Room 100'; check the times and rooms (ignore this if the "
           "sessions really share the room)")
STRIPPED = ("Guidebook does not allow <script> in a description, so it was removed; check the "
            "text still reads right")


def test_a_report_row_marks_its_warnings_apart_from_its_errors(tmp_path: Path) -> None:
    """A created row's warnings were in the message cell as an invalid row's errors are,
    'room-overlap: overlaps row 3 ...' beside 'bad-time: ...': a reader of the rows tab could
    not tell the row that was sent with a caution from the one held back."""
    first = talk(1)
    same_slot = {key: first[key] for key in ("Time Start", "Time End", "Room/Location")}
    script = {"Description (Optional)": "Hi <script>x</script>"}
    rows = [first, talk(2, **same_slot), talk(3, **script),
            talk(4, **{**script, "Time Start": "nonsense"})]
    report = Sandbox().run_in_order(write_sheet(tmp_path / "s.csv", rows))
    assert [(o.row, o.action, o.message) for o in report.outcomes] == [
        (2, "created", "warning: room-overlap: " + OVERLAP.format(other=3)),
        (3, "created", "warning: room-overlap: " + OVERLAP.format(other=2)),
        (4, "created", "warning: html-stripped: " + STRIPPED),
        (5, "invalid", "bad-time: 'Time Start' has 'nonsense', which is not a time: write the "
                       "time like 10:00 AM, 10am or 14:30; warning: html-stripped: " + STRIPPED),
    ]
    written = write_report(report, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert written.splitlines()[3] == (
        f'4,sheet:T003,Talk number 3,created,3,"warning: html-stripped: {STRIPPED}"')
