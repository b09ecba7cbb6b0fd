"""A CSV read in a guessed 8-bit or East Asian encoding says which, where a planner looks: a
wrong guess garbles every accented letter without a word. And a Western sheet with Norwegian
and Italian names is not taken for Czech."""

from __future__ import annotations

import csv
import json
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer import cli
from importer.load import load_sheet
from importer.runner import plan_import, run_import
from tests.support import BASE_URL, HEADER, Sandbox, talk

CZECH_TITLES = ["Měření a řízení", "Věda pro všechny", "Cesta domů"]
READ_AS = ("; text read as Windows-1250, Central European: if letters look wrong, save it as "
           "CSV UTF-8")


def write_sheet(path: Path, rows: list[dict[str, str]], encoding: str) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.DictWriter(handle, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def czech_sheet(tmp_path: Path, encoding: str = "cp1250") -> Path:
    rows = [talk(n, **{"Session Title": title}) for n, title in enumerate(CZECH_TITLES, 1)]
    return write_sheet(tmp_path / "program.csv", rows, encoding)


def one_line(text: str) -> str:
    return " ".join(text.split())


def cli_options(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.config.api_key)
    monkeypatch.setattr(cli, "plan_import", partial(plan_import, transport=sandbox.transport()))
    monkeypatch.setattr(cli, "run_import", partial(run_import, transport=sandbox.transport()))
    return ["--guide", "1", "--api-url", BASE_URL]


def test_validate_names_a_guessed_code_page_in_its_first_line_and_json(tmp_path: Path) -> None:
    """The guess was only in the --debug log: a Czech sheet read as cp1250 and a wrong guess
    looked the same."""
    sheet = czech_sheet(tmp_path)
    printed = CliRunner().invoke(cli.app, ["validate", str(sheet), "--timezone", "UTC"])
    as_json = CliRunner().invoke(cli.app, ["validate", str(sheet), "--timezone", "UTC",
                                           "--json"])
    first = one_line(printed.stdout).split(" Rows read")[0]
    assert first == (f"{sheet}: header on row 1, mapping 'guidebook-template', times in UTC"
                     + READ_AS)
    assert json.loads(as_json.stdout)["encoding"] == "cp1250"


def test_a_utf8_sheet_says_nothing_of_its_encoding(tmp_path: Path) -> None:
    sheet = czech_sheet(tmp_path, "utf-8")
    printed = CliRunner().invoke(cli.app, ["validate", str(sheet), "--timezone", "UTC"])
    as_json = CliRunner().invoke(cli.app, ["validate", str(sheet), "--timezone", "UTC",
                                           "--json"])
    assert one_line(printed.stdout).split(" Rows read")[0] == (
        f"{sheet}: header on row 1, mapping 'guidebook-template', times in UTC")
    assert "encoding" not in json.loads(as_json.stdout)


def test_plan_and_run_name_the_code_page_read(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox = Sandbox()
    sheet = czech_sheet(tmp_path)
    options = cli_options(sandbox, tmp_path, monkeypatch)

    planned = CliRunner().invoke(cli.app, ["plan", str(sheet), *options])
    plan_json = CliRunner().invoke(cli.app, ["plan", str(sheet), *options, "--json"])
    ran = CliRunner().invoke(cli.app, ["run", str(sheet), *options])
    run_json = CliRunner().invoke(cli.app, ["run", str(sheet), *options, "--json"])

    assert one_line(planned.stdout).split(" create ")[0] == (
        f"Plan for guide 1 from {sheet} (times in America/Chicago){READ_AS}")
    assert ran.stdout.splitlines()[0] == f"{sheet}{READ_AS}"
    assert [json.loads(plan_json.stdout)["encoding"], json.loads(run_json.stdout)["encoding"]
            ] == ["cp1250", "cp1250"]
    assert sorted(session["name"] for session in sandbox.sessions()) == sorted(CZECH_TITLES)


# An English programme with Norwegian and Italian speakers: ø as Czech ř, and ù or ì ending a
# word as Czech ů or ě, read it as cp1250 ('Bjřrn Řstby', 'Mazzů').
WESTERN_NAMES = ("Title,Speaker,Room\n"
                 "Opening keynote,Bjørn Østby,Main hall\n"
                 "Fjords and data,Jørgen Søreide,Room 2\n"
                 "Why Rust? Perché sì,Niccolò Mazzù,Room 3\n"
                 "Closing: what comes next,Lunedì team,Main hall\n")


def test_a_western_sheet_with_norwegian_and_italian_names_stays_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(WESTERN_NAMES.encode("cp1252"))
    sheet = load_sheet(path)
    assert (sheet.encoding, [sheet.columns, *sheet.frame.values.tolist()]) == (
        "cp1252", [line.split(",") for line in WESTERN_NAMES.splitlines()])


def test_a_czech_sheet_with_u_ring_ending_a_word_stays_cp1250(tmp_path: Path) -> None:
    """ů at a word's end ('domů') beside ě inside words ('Měsíc', 'vědy')."""
    text = "Název,Místnost\nMěsíc vědy,Sál 1\nCesta domů,Řídící centrum\n"
    path = tmp_path / "s.csv"
    path.write_bytes(text.encode("cp1250"))
    sheet = load_sheet(path)
    assert (sheet.encoding, [sheet.columns, *sheet.frame.values.tolist()]) == (
        "cp1250", [line.split(",") for line in text.splitlines()])
