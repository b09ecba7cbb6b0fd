"""The README's examples are run, so they cannot drift from what the tool does."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import SandboxConfig, running_sandbox
from importer.settings import load_settings

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


@pytest.mark.e2e
def test_crontab_example_runs_in_crons_bare_environment(tmp_path: Path) -> None:
    """Cron gives a job only the crontab's variables and PATH=/usr/bin:/bin, no profile and
    no terminal: the README's lines must work there as written, silent when all went fine."""
    (block,) = fenced_blocks("crontab")
    *assignments, job = block.strip().splitlines()
    env = dict(line.split("=", 1) for line in assignments)
    command = job.split(maxsplit=5)[5]
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "schedule.xlsx").write_bytes((ROOT / "sample_data/conference.xlsx").read_bytes())
    installed = str(Path(sys.executable).parent / "gbimport")
    command = command.replace("/srv/event", str(folder)).replace(
        "/srv/gbimport/.venv/bin/gbimport", installed)
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        settings = f'guide = 1\nrate = 100\napi_url = "{sandbox.base_url}"\n'
        (folder / "gbimport.toml").write_text(settings)
        env |= {"GUIDEBOOK_API_KEY": sandbox.api_key, "PATH": "/usr/bin:/bin",
                "HOME": str(tmp_path), "SHELL": "/bin/sh"}
        done = subprocess.run(["/bin/sh", "-c", command], env=env, cwd=tmp_path,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        stored = sandbox.stats()["sessions"]
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    assert stored == {"1": 61}


def test_settings_example_is_a_valid_settings_file(tmp_path: Path) -> None:
    (block,) = fenced_blocks("toml")
    (tmp_path / "mappings").mkdir()
    (tmp_path / "mappings" / "my-event.toml").write_bytes(
        (ROOT / "mappings" / "guidebook-template.toml").read_bytes())
    config = tmp_path / "gbimport.toml"
    config.write_text(block, encoding="utf-8")
    settings = load_settings(config, env={})
    written = tomllib.loads(block)
    assert {key: getattr(settings, key) for key in written} == {
        **written,
        "mapping": str(tmp_path / "mappings" / "my-event.toml"),
        "report": str(tmp_path / "reports" / "nightly.csv"),
    }


MAPPINGS_README = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")


def test_layout_table_names_every_module() -> None:
    layout = README.split("## Layout", 1)[1]
    named = set(re.findall(r"`(?:importer/)?(\w+\.py)`", layout))
    modules = {path.name for path in (ROOT / "importer").glob("*.py")}
    assert sorted(modules - named - {"__init__.py", "__main__.py"}) == []
    assert sorted(named - modules) == []


def test_every_validator_code_is_shown_in_issues_csv_or_named_as_tested_elsewhere() -> None:
    """The codes table's first part is what validate gives: each code is named in
    sample_data/issues.csv's Notes, or below the tables (a row that shows it unnamed, or a
    code the tests make their own sheets for)."""
    codes_part, after = MAPPINGS_README.split("## Issue codes", 1)[1].split(
        "Planning against the guide", 1)
    table_codes = {code for line in codes_part.splitlines() if line.startswith("| `")
                   for code in re.findall(r"`([a-z-]+)`", line.split("|")[1])}
    named_below = after.split("\n\n", 2)[2]  # past the plan codes' table
    tested_elsewhere = set(re.findall(r"`([a-z-]+)`", named_below))
    notes = (ROOT / "sample_data" / "issues.csv").read_text(encoding="utf-8")
    in_sample = {code for code in table_codes if code in notes}
    assert sorted(table_codes - in_sample - tested_elsewhere) == []
