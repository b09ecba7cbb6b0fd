"""The README's examples are run, so they cannot drift from what the tool does."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_console_example_is_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    (block,) = fenced_blocks("console")
    command, *expected = block.rstrip("\n").split("\n")
    args = shlex.split(command.removeprefix("$ gbimport "))
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1  # the example sheet has errors on purpose
    assert [line.rstrip() for line in result.output.rstrip("\n").split("\n")] == expected


def test_python_validate_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    example = next(b for b in fenced_blocks("python") if "validate_file" in b)
    exec(compile(example, "README.md", "exec"), {})


def test_readme_shows_the_two_commands_first() -> None:
    first_block = fenced_blocks("sh")[0]
    assert first_block.splitlines()[:2] == [
        line for line in first_block.splitlines()[:2] if line.startswith(("make demo", "make test"))
    ]
    assert "make demo" in first_block and "make test" in first_block
