"""A `values` table copied from draft-mapping's comment with its 'YYYY' left in, as a
programme of month-and-day numbers gets one (kumano-dormitory/Kumanofes2021data, program.csv:
'1126'): the mapping is refused, naming the entry. It was read, and every such cell was a
bad-date saying to write the date in the sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import validate_file
from tests.test_draft_dates_dotted import _csv

HEADER = ["name", "start_day", "start_at", "end_at"]
ROWS = [["時計台コンパ", "1126", "12:00", "16:00"], ["目覚まし亭", "1127", "4:00", "6:00"]]


def test_a_values_table_left_with_the_drafts_year_to_fill_in_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.toml").write_text(
        'name = "program"\n\n[fields.name]\ncolumn = "name"\n\n'
        '[fields.start]\ndate_column = "start_day"\n'
        'time_column = "start_at"\n'
        'values = { "1126" = "YYYY-11-26", "1127" = "YYYY-11-27" }\n\n'
        '[fields.end]\ntime_column = "end_at"\n', encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(tmp_path / "m.toml")
    assert str(caught.value) == (
        "m.toml:9: fields.start.values: values gives '1126' the date 'YYYY-11-26': write the "
        "event's year in place of YYYY ('2027-11-26' for 2027), in all 2 of them")


def test_a_values_table_with_the_year_written_is_read(tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "program.csv", [HEADER, *ROWS])
    mapping = tmp_path / "m.toml"
    mapping.write_text(
        'name = "program"\n\n[fields.name]\ncolumn = "name"\n\n'
        '[fields.start]\ndate_column = "start_day"\n'
        'time_column = "start_at"\nvalues = { "1126" = "2021-11-26", "1127" = "2021-11-27" }'
        '\n\n[fields.end]\ntime_column = "end_at"\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.start_time.date().isoformat() for p in report.payloads] == [
        "2021-11-26", "2021-11-27"]
