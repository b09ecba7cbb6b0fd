"""The README's "For scripts" list names every top-level key a script gets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.sandbox import SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def bullet(start: str) -> set[str]:
    """The names in backticks in the README's list item that starts so."""
    (text,) = re.findall(rf"^- {re.escape(start)}.*?(?=^- |^\S)", README, flags=re.M | re.S)
    return set(re.findall(r"`(\w+)`", text))


@pytest.mark.e2e
def test_plan_json_and_the_summary_keys_are_each_named_in_the_readme(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "conference.csv"
    sheet.write_bytes((ROOT / "sample_data/conference.csv").read_bytes())
    with running_sandbox(SandboxConfig(guide_timezone="America/Chicago")) as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        common = ["--guide", "1", "--api-url", sandbox.base_url]
        planned = CliRunner().invoke(app, ["plan", str(sheet), *common, "--json"])
        ran = CliRunner().invoke(app, ["run", str(sheet), *common, "--rate", "100",
                                       "--report", str(tmp_path / "result.csv")])
    assert (planned.exit_code, ran.exit_code) == (0, 0)
    summary = json.loads((tmp_path / "result.summary.json").read_text(encoding="utf-8"))
    unnamed = {"plan --json": set(json.loads(planned.output)) - bullet("`plan --json`"),
               "summary": set(summary) - bullet("A JSON summary")}
    assert unnamed == {"plan --json": set(), "summary": set()}
