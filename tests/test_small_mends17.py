"""Small mends for the mail a nightly run sends: a workbook caught mid-save in Excel, a key
with quote marks around it. Invented data."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pydantic import SecretStr

from importer.errors import AuthenticationError, InputError
from importer.runner import run_import
from importer.validate import validate_file
from tests.support import Sandbox, talk, unwritable, write_sheet

CUT_OFF = "(invalid Zip archive: Could not find EOCD)"


def _workbook(folder: Path, *, whole: bool = True) -> Path:
    path = folder / "schedule.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Session Title", "Date", "Time Start", "Time End", "Room/Location"])
    book.active.append(["Opening", "5/11/2027", "8:00 AM", "9:00 AM", "Hall"])
    book.save(path)
    if not whole:  # as Excel leaves it half way through writing it
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    return path


def _owner_file(workbook: Path, name: str) -> Path:
    """Excel's owner file for `workbook`, laid out as Excel writes it: the name's length and
    the name in the code page, spaces to byte 55, the length again and the name in UTF-16."""
    data = bytes([len(name)]) + name.encode("cp1252")
    data = data.ljust(55, b" ") + len(name).to_bytes(2, "little") + name.encode("utf-16-le")
    owner = workbook.with_name("~$" + workbook.name)
    owner.write_bytes(data.ljust(165, b" "))
    return owner


def _refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        validate_file(path, timezone="UTC")
    return str(caught.value)


def test_a_cut_off_workbook_open_in_excel_is_said_to_be_open_by_its_owner(
        tmp_path: Path) -> None:
    path = _workbook(tmp_path, whole=False)
    _owner_file(path, "Zoë Brandão")
    assert _refusal(path) == (
        f"{path} cannot be read {CUT_OFF}, and ~$schedule.xlsx beside it says it is open in "
        "Excel by Zoë Brandão, perhaps in the middle of a save: run again once it is saved and "
        "closed in Excel. If it is not open anywhere, delete ~$schedule.xlsx (Excel left it "
        "behind) and, if this stays, open the workbook in Excel and save it again.")


def test_an_owner_file_not_yet_written_still_says_the_workbook_is_open(tmp_path: Path) -> None:
    path = _workbook(tmp_path, whole=False)
    (tmp_path / "~$schedule.xlsx").write_bytes(b"")
    assert _refusal(path).startswith(
        f"{path} cannot be read {CUT_OFF}, and ~$schedule.xlsx beside it says it is open in "
        "Excel, perhaps in the middle of a save")


def test_without_an_owner_file_a_cut_off_workbook_is_said_to_be_damaged(tmp_path: Path) -> None:
    path = _workbook(tmp_path, whole=False)
    _owner_file(tmp_path / "other.xlsx", "Zoë Brandão")  # another workbook's
    assert _refusal(path) == (
        f"{path} is not a readable workbook {CUT_OFF}: it may be damaged or not really a "
        ".xlsx file; open it in Excel and save it again as .xlsx.")


def test_a_whole_workbook_open_in_excel_is_read(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    _owner_file(path, "Zoë Brandão")
    assert validate_file(path, timezone="UTC").ok


def _key_refusal(tmp_path: Path, key: str) -> str:
    sandbox = Sandbox()
    settings = sandbox.settings.model_copy(update={"api_key": SecretStr(key)})
    with pytest.raises(AuthenticationError) as caught:
        run_import(write_sheet(tmp_path / "talks.csv", [talk(1)]), settings,
                   transport=sandbox.transport())
    return str(caught.value)


@pytest.mark.parametrize("mark", ['"', "'"])
def test_a_key_refused_with_quote_marks_around_it_is_said_to_have_them(
        tmp_path: Path, mark: str) -> None:
    key = Sandbox().config.api_key
    assert _key_refusal(tmp_path, f"{mark}{key}{mark}") == (
        "Guidebook rejected the API key (HTTP 401 on GET guides/1/). The key in "
        f"GUIDEBOOK_API_KEY has quote marks ({mark}) around it, taken as part of the key (a "
        "docker env-file or a systemd EnvironmentFile keeps them): remove them.")


@pytest.mark.parametrize("key", ['"revoked', "'", "revoked"])
def test_a_key_refused_without_quote_marks_around_it_is_to_be_checked(
        tmp_path: Path, key: str) -> None:
    assert _key_refusal(tmp_path, key) == (
        "Guidebook rejected the API key (HTTP 401 on GET guides/1/). Check GUIDEBOOK_API_KEY.")


def test_a_state_file_set_in_the_settings_in_a_folder_not_written_says_to_point_it_elsewhere(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The note said to set state_file in gbimport.toml, though it is that setting that put
    the file where the run cannot write."""
    sandbox = Sandbox()
    shared = tmp_path / "shared"
    shared.mkdir()
    unwritable(monkeypatch, shared)
    settings = sandbox.settings.model_copy(update={"state_file": str(shared / "state.json")})
    report = run_import(write_sheet(tmp_path / "talks.csv", [talk(1)]), settings,
                        transport=sandbox.transport())
    assert report.notes_to_act_on == [
        f"the state file {shared / 'state.json'} could not be written (Permission denied): the "
        "next run may not count this run's requests against the daily budget; the state_file "
        f"setting puts it in {shared}, where the run cannot write: point state_file at a folder "
        "the run can write to"]
