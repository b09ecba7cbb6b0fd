"""Mapping files: the built-ins load, and every mistake gets one readable line with a fix."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer import mapping as mapping_module
from importer.errors import MappingError
from importer.mapping import Mapping, bind, builtin_mapping_names, load_mapping

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"]

CLASSIC = [
    "Session Title", "Date", "Time Start", "Time End", "Room/Location",
    "Schedule Track (Optional)", "Description (Optional)",
]

MINIMAL = """
name = "minimal"
[fields.name]
column = "Title"
[fields.start]
column = "Starts"
[fields.end]
duration_column = "Length"
"""


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages show mapping paths relative to the current folder


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtins_load_by_name_and_default() -> None:
    template = load_mapping()
    assert (template.name, template.date_order, template.import_id_prefix) == (
        "guidebook-template", "month-first", "sheet:")
    pycones = load_mapping("pycones19")
    assert (pycones.timezone, pycones.date_order, pycones.blank_values) == (
        "Europe/Madrid", "day-first", ["---"])
    assert {"guidebook-template", "pycones19", "sessionize"} <= set(builtin_mapping_names())


@pytest.fixture
def installed_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A stand-in for the wheel's importer.mappings: a package folder with one mapping in it."""
    folder = tmp_path / "site" / "gbimport_test_mappings"
    folder.mkdir(parents=True)
    (folder / "only-installed.toml").write_text(
        MINIMAL.replace('"minimal"', '"only-installed"'), encoding="utf-8")
    monkeypatch.syspath_prepend(folder.parent)
    monkeypatch.setattr(mapping_module, "BUILTIN_MAPPINGS_PACKAGE", folder.name)
    yield folder
    sys.modules.pop(folder.name, None)


def test_builtins_are_read_from_the_installed_package(installed_mappings: Path) -> None:
    assert builtin_mapping_names() == ["only-installed"]
    assert load_mapping("only-installed").name == "only-installed"
    with pytest.raises(MappingError, match=re.escape("built-in: only-installed (or give")):
        load_mapping("pycones19")  # the source tree's folder is not consulted


def test_builtins_are_read_in_place_when_the_package_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mapping_module, "BUILTIN_MAPPINGS_PACKAGE", "gbimport_no_such_package")
    assert builtin_mapping_names() == sorted(p.stem for p in (ROOT / "mappings").glob("*.toml"))
    assert load_mapping("pycones19").name == "pycones19"


def test_the_wheel_installs_the_mappings_folder_as_the_builtin_package() -> None:
    package = mapping_module.BUILTIN_MAPPINGS_PACKAGE
    assert SETUPTOOLS["package-dir"][package] == "mappings"
    assert "*.toml" in SETUPTOOLS["package-data"][package]
    # packages are listed by hand (package-dir needs that), so a new one must be added there
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "importer").rglob("__init__.py")}
    assert sorted(SETUPTOOLS["packages"]) == sorted([*on_disk, package])


def test_template_expected_columns_put_required_first() -> None:
    assert load_mapping().expected_columns() == [
        "Session Title", "Date", "Time Start", "Time End", "Room/Location",
        "End Date (Optional)", "Session ID", "Description (Optional)",
        "Schedule Track (Optional)", "Allow adding to my schedule",
        "Require Registration (Optional)", "Limit Capacity (Optional)",
        "Allow Waitlist (Optional)", "Registration Starts (Optional)",
        "Registration Ends (Optional)",
    ]


def test_template_binds_to_the_seven_classic_columns() -> None:
    bound = bind(load_mapping(), CLASSIC)
    assert sorted(bound.active) == [
        "description", "end", "locations", "name", "schedule_tracks", "start"]


def test_headers_compare_case_and_space_insensitively() -> None:
    headers = ["session  title", "DATE", "Time\u00a0Start", "time end", "room/location"]
    bound = bind(load_mapping(), headers)
    assert bound.header("Time Start") == "Time\u00a0Start"
    assert bound.header("Session Title") == "session  title"


def test_missing_column_names_the_sheet_columns_and_closest_match() -> None:
    columns = ["Session Title", "Date", "Start Time", "Time End", "Room/Location"]
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(), columns)
    assert str(caught.value) == (
        "mapping 'guidebook-template': fields.start needs column 'Time Start', which the sheet "
        "does not have; did you mean 'Start Time'? The sheet's columns are: 'Session Title', "
        "'Date', 'Start Time', 'Time End', 'Room/Location'. Fix the column name in the mapping "
        "or the sheet."
    )


def test_every_missing_column_is_named_at_once() -> None:
    """A sheet that is not in the template's layout at all gets one message listing what to
    rename, with a guess for each column, rather than one column per try."""
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(), ["Title", "Day", "Start Time", "End", "Room/Location"])
    assert str(caught.value) == (
        "mapping 'guidebook-template' needs 4 columns the sheet does not have: 'Session Title' "
        "for fields.name (did you mean 'Title'?), 'Date' for fields.start, 'Time Start' for "
        "fields.start (did you mean 'Start Time'?), 'Time End' for fields.end (did you mean "
        "'End'?). The sheet's columns are: 'Title', 'Day', 'Start Time', 'End', "
        "'Room/Location'. Fix the column names in the mapping or the sheet."
    )


def test_optional_field_half_present_is_an_error(tmp_path: Path) -> None:
    mapping = load_mapping(write(tmp_path, MINIMAL + """
[fields.registration_start_date]
date_column = "Reg Date"
time_column = "Reg Time"
optional = true
"""))
    assert "registration_start_date" not in bind(mapping, ["Title", "Starts", "Length"]).active
    with pytest.raises(MappingError) as caught:
        bind(mapping, ["Title", "Starts", "Length", "Reg Date"])
    # Already optional: marking it so again would change nothing, so it is not offered.
    assert str(caught.value) == (
        "mapping 'minimal': fields.registration_start_date needs column 'Reg Time', which the "
        "sheet does not have; did you mean 'Reg Date'? The sheet's columns are: 'Title', "
        "'Starts', 'Length', 'Reg Date'. Fix the column name in the mapping or the sheet."
    )


@pytest.mark.parametrize(
    ("sheet", "advice"),
    [
        (["Session Title", "Date", "Time Start", "Time End"],
         "Fix the column name in the mapping or the sheet, or mark the field optional = true."),
        (["Date", "Time End", "Room/Location"],  # name and start may not be optional
         "Fix the column names in the mapping or the sheet."),
        (["a", "b"],  # only the room of the five is a field optional = true could leave out
         "Fix the column names in the mapping or the sheet, or mark fields.locations "
         "optional = true."),
    ],
    ids=["room", "title-and-start", "no-header"],
)
def test_optional_is_offered_only_for_fields_that_may_be_optional(
    sheet: list[str], advice: str
) -> None:
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(), sheet)
    assert str(caught.value).endswith(f"{', '.join(map(repr, sheet))}. {advice}")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[fields.rank]\ncolumn = "Rank"\nduraton = 3\n',
         "x.toml:11: fields.rank: unknown key 'duraton'; known keys: optional, values, column"),
        ('[fields.end_date]\ncolum = "End"\n',
         "x.toml:9: fields.end_date: missing key 'column'; add it\n"
         "x.toml:10: fields.end_date: unknown key 'colum'; did you mean 'column'?"),
        ('[fields.locatons]\ncolumn = "Room"\n',
         "x.toml:9: fields: unknown key 'locatons'; did you mean 'locations'?"),
        # A setting of the whole mapping written under a table's heading belongs to that
        # table in TOML: the message says to move it, not to read it as a key of the table.
        ('[fields.schedule_tracks]\ncolumn = "Type"\nblank_values = ["TBA"]\n',
         "x.toml:11: fields.schedule_tracks: unknown key 'blank_values'; blank_values is a "
         "setting of the whole mapping, and a line under a [table] heading belongs to that "
         "table: move it above the first [table]"),
        ('date_order = "dmy"\n',
         "x.toml:1: date_order: input should be 'month-first' or 'day-first' (got 'dmy')"),
        ('timezone = "Europe/Madird"\n',
         "x.toml:1: timezone: unknown timezone 'Europe/Madird': did you mean 'Europe/Madrid'?"),
        ('[fields.description]\ncolumn = "D"\nformat = "rtf"\n',
         "x.toml:11: fields.description.format: input should be 'text', 'html', 'markdown' or "
         "'auto' (got 'rtf')"),
        ('[fields.description]\ncolumn = "D"\ntemplate = "Speakers"\n',
         "x.toml:11: fields.description.template: template must contain {value} where the cell "
         "goes"),
        ('[fields.locations]\ncolumn = "Room"\nseparator = ""\n',
         'x.toml:11: fields.locations.separator: must not be empty; write what stands between two '
         'names, such as separator = ";"'),
        # A value of the wrong TOML type: what the key takes and how to write it.
        ("description = 5\n",
         'x.toml:1: description: expected text, got 5; quote the value: "5"'),
        ('[fields.rank]\ncolumn = "Rank"\nvalues = { first = 1, opening = 2027-05-11 }\n',
         'x.toml:11: fields.rank.values.first: expected text, got 1; quote the value: "1"\n'
         'x.toml:11: fields.rank.values.opening: expected text, got 2027-05-11; quote the value: '
         '"2027-05-11"'),
        ('[fields.rank]\ncolumn = ["Rank", "Order"]\n',
         "x.toml:10: fields.rank.column: expected text, got a list; write one value in quotes"),
        ('[fields.allow_rating]\ncolumn = "Rate"\ndefault = "maybe"\n',
         'x.toml:11: fields.allow_rating.default: expected true or false, got "maybe"; write true '
         "or false, without quotes"),
        ('[fields.rank]\ncolumn = "Rank"\nvalues = "none"\n',
         'x.toml:11: fields.rank.values: expected a table, got "none"; write it as a table: '
         "[fields.rank.values]"),
        ('blank_values = "---"\n',
         'x.toml:1: blank_values: expected a list, got "---"; write it in brackets: ["---"]'),
        ('[fields.registration_start_date]\ncolumn = "Opens"\ntime_column = "At"\n',
         "x.toml:9: fields.registration_start_date: time_column goes with date_column, not "
         "with column"),
    ],
)
def test_mistakes_give_one_line_each(tmp_path: Path, extra: str, message: str) -> None:
    # Top-level keys must come before the first table in TOML, so put `extra` where it fits.
    text = extra + MINIMAL if not extra.startswith("[") else MINIMAL + extra
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    assert str(caught.value) == message


def test_layout_mistakes(tmp_path: Path) -> None:
    text = MINIMAL.replace('duration_column = "Length"',
                           'duration_column = "Length"\ntime_column = "Ends"')
    text = text.replace('column = "Starts"', 'column = "Starts"\ndate_column = "Day"')
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    assert str(caught.value) == (
        "x.toml:5: fields.start: give either column (date and time in one cell) or date_column\n"
        "x.toml:8: fields.end: give exactly one of column, time_column or duration_column"
    )


def test_a_field_given_as_its_column_name_is_shown_as_a_table(tmp_path: Path) -> None:
    text = 'name = "m"\n[fields]\nname = "Title"\nstart = "When"\n[fields.end]\ncolumn = 3\n'
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    assert str(caught.value) == (
        'x.toml:3: fields.name: expected a table, got "Title"; write it as a table: [fields.name] '
        'with column = "Title"\n'
        'x.toml:4: fields.start: expected a table, got "When"; write it as a table: '
        '[fields.start] with column = "When"\n'
        'x.toml:6: fields.end.column: expected text, got 3; quote the value: "3"'
    )


def test_required_fields_cannot_be_optional_each_one_said(tmp_path: Path) -> None:
    text = MINIMAL.replace('column = "Title"', 'column = "Title"\noptional = true').replace(
        'column = "Starts"', 'column = "Starts"\noptional = true')
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    assert str(caught.value) == (
        "x.toml:3: fields.name: cannot be optional: every session needs it; remove optional "
        "= true\n"
        "x.toml:6: fields.start: cannot be optional: every session needs it; remove optional "
        "= true"
    )


@pytest.mark.parametrize(
    ("end", "message"),
    [
        ('duration_column = "Length"',
         "x.toml:9: fields.end_date: cannot be used with end.duration_column: the end is the start "
         "plus the duration, so the end date would be ignored; remove [fields.end_date] (it goes "
         "with end.time_column)"),
        ('column = "Ends"',
         "x.toml:9: fields.end_date: cannot be used with end.column: its cells give the end's own "
         "date, so the end date would be ignored; remove [fields.end_date] (it goes with "
         "end.time_column)"),
    ],
    ids=["duration", "datetime"],
)
def test_end_date_is_refused_where_nothing_would_read_it(
    tmp_path: Path, end: str, message: str
) -> None:
    text = MINIMAL.replace('duration_column = "Length"', end) + (
        '[fields.end_date]\ncolumn = "End Date"\n')
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, text))
    assert str(caught.value) == message


def test_end_date_goes_with_an_end_time_and_a_wrong_end_hides_no_other_problem(
    tmp_path: Path
) -> None:
    text = MINIMAL.replace('duration_column = "Length"', 'time_column = "Ends"') + (
        '[fields.end_date]\ncolumn = "End Date"\n')
    assert load_mapping(write(tmp_path, text)).fields.end_date is not None
    broken = text.replace('column = "Title"', 'column = "Title"\noptional = true').replace(
        'time_column = "Ends"', "")
    with pytest.raises(MappingError) as caught:
        load_mapping(write(tmp_path, broken))
    assert str(caught.value) == (
        "x.toml:3: fields.name: cannot be optional: every session needs it; remove optional "
        "= true\n"
        "x.toml:8: fields.end: give exactly one of column, time_column or duration_column; or, "
        "for a programme that gives only each session's start, until_next = true (each "
        "session ends when the next one starts) or minutes = 120 (every session lasts that "
        "long)"
    )


def test_bad_toml_and_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(MappingError, match=r"x.toml:2: not valid TOML \(.*fix the syntax"):
        load_mapping(write(tmp_path, 'name = "a"\nfields = [1,,]\n'))
    with pytest.raises(MappingError, match=re.escape(
            "no mapping named 'pycones' among the built-ins or in ./mappings/; "
            "did you mean 'pycones19'?")):
        load_mapping("pycones")
    with pytest.raises(MappingError, match=re.escape("mapping file nowhere/m.toml not found")):
        load_mapping("nowhere/m.toml")


def test_minimal_mapping_defaults(tmp_path: Path) -> None:
    mapping = load_mapping(write(tmp_path, MINIMAL))
    assert isinstance(mapping, Mapping)
    assert (mapping.date_order, mapping.timezone, mapping.import_id_prefix,
            mapping.blank_values) == ("month-first", None, "", [])
    assert mapping.expected_columns() == ["Title", "Starts", "Length"]


def test_a_mapping_saved_by_notepad_reads_or_says_how_to_save_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "x.toml"
    path.write_bytes(("\ufeff" + MINIMAL).encode())  # "UTF-8 with BOM"
    assert load_mapping(path).name == "minimal"
    path.write_bytes(MINIMAL.encode("cp1252") + "# café\n".encode("cp1252"))
    with pytest.raises(MappingError) as caught:
        load_mapping(path)
    assert str(caught.value) == (
        "x.toml: the file is not saved as UTF-8; open it in a text editor and save it again "
        "with the encoding UTF-8")
    with pytest.raises(MappingError) as caught:
        load_mapping(tmp_path)
    assert str(caught.value) == (
        f"mapping file {tmp_path} is a folder; give the path of the mapping's .toml file")


def test_a_file_name_without_a_folder_is_read_from_the_current_folder(tmp_path: Path) -> None:
    """`draft-mapping -o my-event.toml` then `--mapping my-event.toml`: a name ending in
    .toml is a file, not a built-in's name."""
    (tmp_path / "my-event.toml").write_text(MINIMAL.replace("minimal", "my-event"),
                                            encoding="utf-8")
    assert load_mapping("my-event.toml").name == "my-event"


def test_a_builtins_name_is_the_builtin_even_beside_a_local_file_of_that_name(
        tmp_path: Path) -> None:
    """Built-ins are looked up first (mappings/README.md), so a name always means the same
    mapping, whatever folder a cron job starts in."""
    (tmp_path / "mappings").mkdir()
    (tmp_path / "mappings" / "pycones19.toml").write_text(
        MINIMAL.replace("minimal", "local copy"), encoding="utf-8")
    (tmp_path / "mappings" / "mine.toml").write_text(MINIMAL.replace("minimal", "mine"),
                                                     encoding="utf-8")
    assert (load_mapping("pycones19").name, load_mapping("mine").name) == ("pycones19", "mine")


def test_a_column_named_with_its_words_in_another_order_is_suggested() -> None:
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(), ["Session Title", "Date", "Start Times", "Time End",
                              "Room/Location"])
    assert str(caught.value) == (
        "mapping 'guidebook-template': fields.start needs column 'Time Start', which the sheet "
        "does not have; did you mean 'Start Times'? The sheet's columns are: 'Session Title', "
        "'Date', 'Start Times', 'Time End', 'Room/Location'. Fix the column name in the "
        "mapping or the sheet."
    )
