"""gbimport publish given the sheet, started in a folder with no gbimport.toml while the
sheet's folder has one (cron starts jobs in the home folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from tests.support import talk, write_sheet


def _publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str,
             *options: str) -> tuple[int, str, str]:
    (tmp_path / "event").mkdir()
    (tmp_path / "event" / "gbimport.toml").write_text(settings)
    sheet = write_sheet(tmp_path / "event" / "schedule.csv", [talk(1)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GUIDEBOOK_API_KEY", "key")
    done = CliRunner().invoke(app, ["publish", str(sheet), *options, "--api-url",
                                    "http://127.0.0.1:9/open-api/v1.1/"])
    return done.exit_code, done.stdout, " ".join(done.stderr.split())


def test_publish_names_the_settings_file_beside_the_sheet_it_would_go_without(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said 'no guide id: ... put `guide = ID` in gbimport.toml', while the file beside
    the sheet holds it: now it names that file, as run and plan do."""
    beside = tmp_path / "event" / "gbimport.toml"
    assert _publish(tmp_path, monkeypatch, "guide = 12345\n") == (2, "", (
        f"error: {beside} was not read: settings are read from gbimport.toml in the folder "
        f"gbimport is started in ({tmp_path}, which has none), so this run would go without "
        "that file's guide. Start the job in the sheet's folder "
        f"(cd {tmp_path / 'event'} && gbimport ...), or give --config {beside}"))


def test_a_settings_file_beside_the_sheet_setting_nothing_publish_uses_is_no_stop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its mapping and rate are run's: publish goes on (to an API URL that never answers)."""
    code, _, said = _publish(tmp_path, monkeypatch, 'mapping = "guidebook-template"\n'
                             "rate = 5\n", "--guide", "7")
    assert (code, said.startswith("error: guide 7 was not published: Could not connect")) == (
        4, True)
