"""Small mends: the draft-mapping command suggested for a sheet lacking several of its
mapping's columns names the tabs validate was given; a gbimport.toml TOML cannot read is
named by its line, as every other settings problem is."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import ConfigError, MappingError
from importer.settings import load_settings
from importer.validate import validate_file
from tests.test_load import write_xlsx
from tests.test_validate import write_csv

# Two of the template's columns, three missing, none with a header like it: the columns
# lacked, draft-mapping first.
HALF_THE_TEMPLATE = [["Session Title", "Date", "From", "To"],
                     ["Welcome", "5/11/2027", "9am", "9:45"]]


def refusal(sheet: Path, given: str | list[str] | None = None) -> str:
    with pytest.raises(MappingError) as refused:
        validate_file(sheet, sheet=given)
    message = str(refused.value)
    assert "the sheet lacks 'Time Start', 'Time End' and 'Room/Location'" in message
    return message


@pytest.mark.parametrize(("given", "options"), [
    ("Day 1", '--sheet "Day 1"'), (["Day 1", "Day 2"], '--sheet "Day 1" --sheet "Day 2"')])
def test_the_draft_for_a_sheet_lacking_several_columns_names_the_tab_given(
        tmp_path: Path, given: str | list[str], options: str) -> None:
    """validate --sheet 'Day 1' of a workbook opening on a notes tab led to 'gbimport
    draft-mapping FILE -o my-mapping.toml', which drafts from the notes."""
    book = write_xlsx(tmp_path / "programme.xlsx", {
        "Notes": [["Rooms are booked; badges at the desk."]],
        "Day 1": HALF_THE_TEMPLATE, "Day 2": HALF_THE_TEMPLATE})
    assert (f"draft a mapping from them: gbimport draft-mapping {book} {options} -o "
            "my-mapping.toml, then give --mapping my-mapping.toml") in refusal(book, given)


def test_the_draft_for_a_csv_file_lacking_several_columns_names_no_tab(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, *HALF_THE_TEMPLATE[:1], HALF_THE_TEMPLATE[1:])
    assert (f"draft a mapping from them: gbimport draft-mapping {sheet} -o my-mapping.toml, "
            "then") in refusal(sheet)


@pytest.mark.parametrize(("text", "told"), [
    ('guide = 1\nrate = 5 eyJhbGciOiJIUzI1NiJ9secret\n',
     "gbimport.toml:2: not valid TOML (Expected newline or end of document after a statement "
     "at column 10); fix the syntax there"),
    ('guide = 1\n\nmapping = my-event\n',
     "gbimport.toml:3: not valid TOML (Invalid value at column 11); put the text in quotes"),
    ('guide = 1\nmapping = "my-event',
     "gbimport.toml: not valid TOML (Unterminated string (at end of document)); "
     "fix the syntax there")])
def test_a_settings_line_toml_cannot_read_is_named_by_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, told: str) -> None:
    """It was 'gbimport.toml: not valid TOML (Invalid value (at line 3, column 11))', while
    every other settings problem is named 'gbimport.toml:3: ...', as a mapping's are."""
    monkeypatch.chdir(tmp_path)
    Path("gbimport.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_settings(Path("gbimport.toml"), env={})
    assert str(refused.value) == told
