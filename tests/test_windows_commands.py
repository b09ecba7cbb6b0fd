"""Commands printed and written to be typed with the API key set: POSIX shells take
`GUIDEBOOK_API_KEY=key gbimport ...`, Windows' PowerShell and cmd do not."""

from __future__ import annotations

import sys

import pytest

from importer._credentials import command_with_key
from importer.sandbox.command import announce
from tests.support import Sandbox
from tests.test_readme import README, ROOT

READ = " ".join(README.split())
PLAN = "gbimport plan schedule.xlsx --guide 1 --api-url http://127.0.0.1:8960/open-api/v1.1/"


def said(sentence: str) -> None:
    """The README sentence a test pins, as a reader finds it (line breaks aside)."""
    assert " ".join(sentence.split()) in READ


def rehearsal_printed(capsys: pytest.CaptureFixture[str], shown_key: str) -> list[str]:
    """The sandbox's lines on stderr between the guide's line and the stats' line."""
    announce("http://127.0.0.1:8960/", shown_key, Sandbox().app.state.sandbox)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("Guide: 1 ") and lines[-1].startswith("Stats: ")
    return lines[1:-1]


def test_the_sandbox_prints_the_rehearsal_for_powershell_on_windows(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    said("the `plan` command to rehearse with, ready to copy (on Windows, as PowerShell's two "
         "lines: the key set, then the command).")
    monkeypatch.setattr(sys, "platform", "win32")
    assert rehearsal_printed(capsys, "sandbox-key") == [
        "Rehearse in another window (then the same with run):",
        '  $env:GUIDEBOOK_API_KEY = "sandbox-key"',
        f"  {PLAN}",
    ]
    assert rehearsal_printed(capsys, "the one given with --api-key")[1] == (
        '  $env:GUIDEBOOK_API_KEY = "<the --api-key>"')


def test_the_sandbox_prints_the_posix_rehearsal_elsewhere(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for platform in ("linux", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert rehearsal_printed(capsys, "sandbox-key") == [
            f"Rehearse in another window: GUIDEBOOK_API_KEY=sandbox-key {PLAN} (then the same "
            "with run)"]


def test_readme_tells_windows_how_to_set_the_key_once_where_it_is_first_set(
        monkeypatch: pytest.MonkeyPatch) -> None:
    said('On Windows, set the key in PowerShell with `$env:GUIDEBOOK_API_KEY = "..."`, in cmd '
         "with `set GUIDEBOOK_API_KEY=...`.")
    monkeypatch.setattr(sys, "platform", "win32")
    powershell = command_with_key("...", PLAN)[0]  # the README's form is the one printed
    assert README.count(powershell) == 1 and README.count("set GUIDEBOOK_API_KEY=") == 1
    first_set = README.index("GUIDEBOOK_API_KEY=")
    assert README[first_set - len("export "):].startswith("export GUIDEBOOK_API_KEY=...")
    assert "GUIDEBOOK_API_KEY=" not in README[first_set + 1:README.index(powershell)]


def test_readme_gives_windows_the_steps_of_make_demo() -> None:
    said("Windows has no `make`: there, `python -m venv .venv`, `.venv\\Scripts\\pip install -e "
         ".`, then `.venv\\Scripts\\gbimport demo`")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    demo_recipe = makefile.split("\ndemo: $(STAMP)\n", 1)[1].split("\n", 1)[0]
    assert demo_recipe == "\t$(BIN)/gbimport demo"  # what the Windows line runs by hand
