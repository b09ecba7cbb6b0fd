"""The newest checks (a CSV cut mid-write, a grid's slots of bare hours, a room wrapped onto
two lines) on inputs their first tests left out. Invented data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import convert
from importer.cli import app
from importer.errors import InputError
from importer.validate import validate_file
from tests.support import talk, write_sheet
from tests.test_realworld_rw8_names import _validate

HEAD = ("Session Title,Date,Time Start,Time End,Room/Location,Description (Optional)\n"
        "Opening,5/11/2027,8:00 AM,9:00 AM,Hall,Doors open\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_a_whole_utf16_last_row_ending_in_empty_cells_is_read(
        tmp_path: Path, encoding: str, delimiter: str) -> None:
    """Its trailing delimiters were not counted (each is a byte and a NUL), so the file was
    refused as cut off."""
    path = tmp_path / "talks.csv"
    text = HEAD + "Keynote,5/11/2027,9:00 AM,10:00 AM,,"
    path.write_bytes(text.replace(",", delimiter).encode(encoding))
    assert [row.row for row in validate_file(path, timezone="UTC").rows] == [2, 3]


SAID = (" seems cut off: its last row, row {row}, has {fields} of the 6 cells the rows before it "
        "have, and no line break after it, as an export interrupted or a copy still syncing "
        "leaves a file; the last row read whole is row {whole}. Export or copy the file again "
        "and let it finish (or, if row {row} is whole and only leaves its last 2 cells empty, "
        "end it with a line break).")


def _refusal(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "talks.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    return str(caught.value).removeprefix(str(path))


def _rows(tmp_path: Path, data: bytes) -> list[int]:
    path = tmp_path / "talks.csv"
    path.write_bytes(data)
    return [row.row for row in validate_file(path, timezone="UTC").rows]


def test_a_file_of_a_header_and_one_row_cut_short_is_refused(tmp_path: Path) -> None:
    data = HEAD.splitlines(keepends=True)[0] + "Keynote,5/11/2027,9:00 AM,10:0"
    assert _refusal(tmp_path, data.encode()) == SAID.format(row=2, fields=4, whole=1)


def test_a_file_cut_short_after_an_excel_sep_line_is_refused(tmp_path: Path) -> None:
    """The `sep=,` line, one field, says nothing of the width the rows are written with."""
    data = "sep=,\n" + HEAD + "Keynote,5/11/2027,9:00 AM,10:0"
    assert _refusal(tmp_path, data.encode()) == SAID.format(row=3, fields=4, whole=2)


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_a_short_last_row_ending_in_a_mac_or_windows_line_break_is_read(
        tmp_path: Path, ending: str) -> None:
    """Excel's "CSV (Macintosh)" ends each line with a carriage return alone."""
    data = (HEAD + "Keynote,5/11/2027,9:00 AM,10:00 AM\n").replace("\n", ending)
    assert _rows(tmp_path, data.encode()) == [2, 3]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_short_utf16_last_row_with_its_line_break_is_read(
        tmp_path: Path, encoding: str) -> None:
    data = HEAD + "Keynote,5/11/2027,9:00 AM,10:00 AM\n"
    assert _rows(tmp_path, data.encode(encoding)) == [2, 3]


def test_a_short_last_row_read_by_the_stdlib_reader_with_its_line_break_is_read(
        tmp_path: Path) -> None:
    """A row wider than those of the file's first 64 KB sends it to the stdlib reader."""
    talks = "Talk,5/11/2027,10:00 AM,11:00 AM,Room,About\n" * 2000
    wide = "Talk,5/11/2027,10:00 AM,11:00 AM,Room,About,extra\n"
    data = HEAD + talks + wide + "Keynote,5/11/2027,9:00 AM,10:00 AM\n"
    assert _rows(tmp_path, data.encode())[-1] == 2004


def test_a_blank_last_row_cut_short_is_no_cut(tmp_path: Path) -> None:
    """Nothing of it is lost: its missing cells are as blank as the rest of it."""
    assert _rows(tmp_path, (HEAD + ",,").encode()) == [2]


def test_a_quote_never_closed_before_a_last_carriage_return_is_no_cut(tmp_path: Path) -> None:
    """The file ends with a line break (Excel's "CSV (Macintosh)" writes a carriage return):
    it was written whole, and the quote opened by mistake."""
    data = HEAD + 'Keynote,5/11/2027,9:00 AM,10:00 AM,Hall,"Welcome to\r'
    assert _refusal(tmp_path, data.encode()) == (
        ': row 3 opens a quote (") that is never closed, so every line after it would be read '
        "into one cell of that row; close the quote there (or take it out) and save the file "
        "again.")


def test_a_file_cut_short_under_a_title_line_is_refused(tmp_path: Path) -> None:
    """A title above the header, one field, says nothing of the width rows are written with."""
    data = "Spring Conference 2027\n" + HEAD + "Keynote,5/11/2027,9:00 AM,10:0"
    assert _refusal(tmp_path, data.encode()) == SAID.format(row=4, fields=4, whole=3)


def test_a_whole_last_row_of_a_wide_sheet_ending_in_many_empty_cells_is_read(
        tmp_path: Path) -> None:
    """Thirty columns, the last row's title alone filled: its delimiters all counted."""
    head, opening = HEAD.splitlines()
    extra = "".join(f",Extra {n}" for n in range(24))
    data = f"{head}{extra}\n{opening}{',x' * 24}\nKeynote{',' * 29}"
    path = tmp_path / "talks.csv"
    path.write_bytes(data.encode())
    assert len(validate_file(path, timezone="UTC").rows) == 2


GRID_MAPPING = ('name = "g"\ntimezone = "UTC"\n[fields.name]\ncolumn = "Room 1"\n'
                '[fields.start]\ndate = 2027-05-11\ntime_column = "Time"\n'
                '[fields.end]\ntime_column = "Time"\n')


def _slot_times(tmp_path: Path, data: str) -> list[tuple]:
    path = tmp_path / "grid.csv"
    path.write_text(data)
    (tmp_path / "m.toml").write_text(GRID_MAPPING)
    report = validate_file(path, mapping=tmp_path / "m.toml")
    return [(i.row, i.code) for i in report.issues if i.severity == "error"] + [
        (r.row, f"{r.payload.start_time:%H:%M}", f"{r.payload.end_time:%H:%M}")
        for r in report.rows if r.payload]


def test_a_grid_starting_at_seven_reads_its_slots(tmp_path: Path) -> None:
    assert _slot_times(tmp_path, "Time,Room 1\n7-8,Breakfast\n9-10,Opening\n") == [
        (2, "07:00", "08:00"), (3, "09:00", "10:00")]


def test_an_afternoon_of_a_12_hour_sheet_not_passing_noon_keeps_its_bare_hours_refused(
        tmp_path: Path) -> None:
    """'1-2' after '10-11' is 1 PM on the 12-hour clock: no bare hour of the column is read."""
    data = "Time,Room 1\n9-10,Opening\n10-11,Talk\n1-2,Panel\n"
    assert _slot_times(tmp_path, data) == [(2, "bad-time"), (3, "bad-time"), (4, "bad-time")]


def test_slots_out_of_order_and_with_minutes_among_them_are_read(tmp_path: Path) -> None:
    data = "Time,Room 1\n9-10,A\n13-14,B\n12-13,C\n10:30-11:45,D\n9 - 10 Uhr,E\n"
    assert _slot_times(tmp_path, data) == [
        (2, "09:00", "10:00"), (3, "13:00", "14:00"), (4, "12:00", "13:00"),
        (5, "10:30", "11:45"), (6, "09:00", "10:00")]


@pytest.mark.parametrize(("data", "read"), [
    # 12-hour: '12-1' is 12 to 1 PM, '10-11' morning or evening
    ("Time,Room 1\n10-11,Talk\n11-12,Lunch talk\n12-1,Panel\n",
     [(2, "bad-time"), (3, "bad-time"), (4, "12:00", "13:00")]),
    # a slot ending as it starts is no grid's
    ("Time,Room 1\n9-10,Opening\n10-10,Talk\n", [(2, "bad-time"), (3, "10:00", "10:00")]),
])
def test_bare_hours_of_a_column_with_a_slot_not_ending_after_its_start_stay_refused(
        tmp_path: Path, data: str, read: list[tuple]) -> None:
    assert _slot_times(tmp_path, data) == read


def test_a_column_is_looked_at_once_for_its_slots(tmp_path: Path) -> None:
    """However many of its cells are bare hours: a 50,000-row grid is not read again for each."""
    looked: list[int] = []

    def column() -> list[str]:
        looked.append(1)
        return ["9-10", "10-11", "11-12"]

    read = convert.time_range_reader(column)
    assert [read(cell) for cell in column()] == [
        (dt.time(9), dt.time(10)), (dt.time(10), dt.time(11)), (dt.time(11), dt.time(12))]
    assert len(looked) == 2  # once here to give the cells, once by the reader


@pytest.mark.parametrize("setting", [
    'api_url = "http://127.0.0.1:8981/open-api/v1.1/"', "timeout = 5", "max_retry_wait = 0",
    'state_file = "state.json"'])
def test_publish_names_the_settings_file_beside_the_sheet_for_each_setting_it_uses(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    (tmp_path / "event").mkdir()
    beside = tmp_path / "event" / "gbimport.toml"
    beside.write_text(setting + "\n")
    sheet = write_sheet(tmp_path / "event" / "schedule.csv", [talk(1)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "key")
    key = setting.partition(" ")[0]
    # An API URL that never answers, should publish go on (the file's own when it sets one).
    url = [] if key == "api_url" else ["--api-url", "http://127.0.0.1:8981/open-api/v1.1/"]
    done = CliRunner().invoke(app, ["publish", str(sheet), "--guide", "7", *url])
    assert (done.exit_code, " ".join(done.stderr.split())) == (2, (
        f"error: {beside} was not read: settings are read from gbimport.toml in the folder "
        f"gbimport is started in ({tmp_path}, which has none), so this run would go without "
        f"that file's {key}. Start the job in the sheet's folder "
        f"(cd {tmp_path / 'event'} && gbimport ...), or give --config {beside}"))


ROOM = '[fields.locations]\ncolumn = "Room"\nseparator = "\\n"\n'


def test_a_room_cell_ending_in_a_line_break_is_no_wrapped_name(tmp_path: Path) -> None:
    data = ('Id,Date,Time,End,Title,Room\n1,2027-05-11,9:00,10:00,A,"Hall 1\n"\n'
            '2,2027-05-11,10:00,11:00,B,"Hall 1\n\nfoyer"\n3,2027-05-11,11:00,12:00,C,foyer\n')
    report = _validate(tmp_path, data, ROOM)
    assert (report.issues, [r.payload.locations for r in report.rows if r.payload]) == (
        [], [("Hall 1",), ("Hall 1", "foyer"), ("foyer",)])


def test_a_lower_case_line_only_ever_first_of_a_list_is_no_name_alone(tmp_path: Path) -> None:
    """'foyer' opens a cell of two rooms, but is never a room alone: 'Hall 1⏎foyer' wraps."""
    data = ('Id,Date,Time,End,Title,Room\n1,2027-05-11,9:00,10:00,A,"Hall 1\nfoyer"\n'
            '2,2027-05-11,10:00,11:00,B,"foyer\nterrace"\n')
    assert [(i.code, i.message) for i in _validate(tmp_path, data, ROOM).issues] == [(
        "wrapped-name",
        "'Room' has a room wrapped onto two lines ('Hall 1\\nfoyer' on row 2, and 1 other "
        "row), read with separator = \"\\n\" as the rooms 'Hall 1' and 'foyer': if it is the "
        "one room 'Hall 1 foyer', take the line break out of the cell (Alt+Enter in Excel puts "
        "one in), or list the rooms with ';' and take the separator out")]
