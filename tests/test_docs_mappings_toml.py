"""Every TOML block in mappings/README.md is a mapping `load_mapping` takes: the whole
example as it stands, each smaller block as the tables it gives put into the whole example."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import tomllib
from pathlib import Path

import pytest

from importer.mapping import load_mapping
from importer.validate import validate_file

ROOT = Path(__file__).resolve().parent.parent
MAPPINGS_README = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")
BLOCKS = [textwrap.dedent(body) for _, body in re.findall(
    r"^( *)```toml\n(.*?)^\1```", MAPPINGS_README, flags=re.M | re.S)]
WHOLE, *PARTS = BLOCKS


def _with_tables(part: str) -> str:
    """The whole example with the tables `part` gives in place of its own."""
    names = re.findall(r"^\[fields\.(\w+)\]", part, flags=re.M)
    whole = WHOLE
    for name in names:
        whole = re.sub(rf"^\[fields\.{name}\].*?(?=^\[|\Z)", "", whole, flags=re.M | re.S)
    return whole + "\n" + part


def test_the_readme_has_the_blocks_these_tests_read() -> None:
    assert len(BLOCKS) == 7
    assert all("[fields." in block for block in BLOCKS)


def test_the_whole_example_loads_and_reads_a_sheet_with_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "my-conference.toml"
    path.write_text(WHOLE, encoding="utf-8")
    mapping = load_mapping(path)
    sheet = tmp_path / "schedule.csv"
    sheet.write_text(
        "Session ID,Session Title,Date,Time Start,Time End,End Date (Optional),Room/Location,"
        "Schedule Track (Optional),Description (Optional),Require Registration (Optional)\n"
        "7,Soil probes,5/11/2027,10:00 PM,1:00 AM,5/12/2027,Hall A;Hall B,Science,<b>Hi</b>,"
        "\n", encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert ([(i.row, i.code) for i in report.issues], mapping.name, report.timezone) == (
        [], "my-conference", "America/Chicago")
    (payload,) = report.payloads
    assert payload.model_dump(exclude_unset=True) == {
        "import_id": "sheet:7", "name": "Soil probes",
        "start_time": dt.datetime(2027, 5, 12, 3, tzinfo=dt.UTC),
        "end_time": dt.datetime(2027, 5, 12, 6, tzinfo=dt.UTC), "all_day": False,
        "locations": ("Hall A", "Hall B"), "schedule_tracks": ("Science",),
        "description_html": "<b>Hi</b>", "require_login": False,
    }


def _alternatives(part: str) -> list[str]:
    """The block as written, and, where it offers another way in comments ('# or, ...'),
    with the commented keys in place of the key just before them."""
    lines = part.splitlines()
    if not any(line.startswith("# or") for line in lines):
        return [part]
    first = next(i for i, line in enumerate(lines) if line.startswith("# or"))
    other = [line.removeprefix("# ").split("  #")[0] for line in lines[first + 1:]
             if line.startswith("# ")]
    return [part, "\n".join([*lines[:first - 1], *other])]


@pytest.mark.parametrize("part", [alt for part in PARTS for alt in _alternatives(part)])
def test_each_smaller_block_loads_in_the_whole_example(tmp_path: Path, part: str) -> None:
    path = tmp_path / "mapping.toml"
    path.write_text(_with_tables(part), encoding="utf-8")
    mapping = load_mapping(path)
    given = tomllib.loads(part)["fields"]
    assert {name: sorted(getattr(mapping.fields, name).model_fields_set) for name in given} == {
        name: sorted(table) for name, table in given.items()}


# The description blocks each say what they give: a session on two rows, one per speaker.
DESCRIBED = re.findall(r"^```toml\n(\[fields\.description\]\n.*?)^```\n\ngives `([^`]+)`",
                       MAPPINGS_README, flags=re.M | re.S)
SPEAKER_ROWS = ("ID,Title,Date,Start,End,Abstract,Description,Speakers,FirstName,LastName,Level\n"
                "{rows}")
SPEAKER_ROW = ("7,Soil probes,2027-05-11,10:00,11:00,How probes read soil.,How probes read "
               'soil.,"Ana Ruiz, Bo Li",{first},{last},Beginner\n')


def test_the_readme_gives_the_description_blocks_outputs() -> None:
    assert len(DESCRIBED) == 2


@pytest.mark.parametrize(("block", "gives"), DESCRIBED)
def test_each_description_block_gives_what_the_readme_says(
        tmp_path: Path, block: str, gives: str) -> None:
    mapping = tmp_path / "talks.toml"
    mapping.write_text('name = "talks"\n[fields.import_id]\ncolumn = "ID"\n[fields.name]\n'
                       'column = "Title"\n[fields.start]\ndate_column = "Date"\n'
                       'time_column = "Start"\n[fields.end]\ntime_column = "End"\n' + block,
                       encoding="utf-8")
    sheet = tmp_path / "talks.csv"
    sheet.write_text(SPEAKER_ROWS.format(rows=SPEAKER_ROW.format(first="Ana", last="Ruiz")
                                         + SPEAKER_ROW.format(first="Bo", last="Li")),
                     encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [gives]
