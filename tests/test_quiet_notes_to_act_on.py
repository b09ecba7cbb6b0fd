"""A quiet run (`run --quiet`, cron's) that went fine prints nothing, but for a note a person
must act on that no later run says again: a track or room it left without sessions, for
Builder, or what --adopt found. Said on stderr, one line each; stdout stays empty."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.images import SavedState
from importer.sandbox import running_sandbox
from tests.support import Sandbox, talk, unwritable, write_sheet
from tests.test_adopt_builder_import import _builder_import
from tests.test_adopt_ux_two_sheets import SHARED

runner = CliRunner()
HEADER = "Session ID,Session Title,Date,Time Start,Time End,Room/Location\n"
TALKS = ("K1,Keynote,5/11/2027,9:00 AM,10:00 AM,Hall\n"
         "T1,Workshop,5/11/2027,10:00 AM,11:00 AM,{room}\n")


@pytest.mark.e2e
def test_a_quiet_run_that_left_a_room_empty_says_so_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo fixed ('Rom B' to 'Room B') leaves 'Rom B' empty in the app's list of rooms:
    the note saying to delete it was in the summary file alone, as the run printed nothing.
    The next night, which empties nothing, prints nothing again."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        results = []
        for room in ("Rom B", "Room B", "Room B"):
            sheet.write_text(HEADER + TALKS.format(room=room), encoding="utf-8")
            results.append(runner.invoke(app, args))
    assert [(r.exit_code, r.stdout, r.stderr) for r in results] == [
        (0, "", ""),
        (0, "", "note: after this run no session uses the room 'Rom B': the "
                "sheet puts its sessions in 'Room B', which this run makes (a "
                "room renamed in Builder is made again under the sheet's name: "
                "to keep Builder's name, give it in the sheet too); if it is "
                "not wanted, delete it in Builder\n"),
        (0, "", ""),
    ]


def test_what_adopt_found_is_a_note_to_act_on(tmp_path: Path) -> None:
    """The second sheet adopting under the first one's prefix is told to give itself its
    own: on a quiet run that went fine, that note was in the summary file alone."""
    sandbox = Sandbox()
    first = write_sheet(tmp_path / "day1.csv", [talk(1), talk(2)])
    second = write_sheet(tmp_path / "day2.csv", [talk(3), talk(4), talk(5)])
    _builder_import(sandbox, first)
    _builder_import(sandbox, second)
    sandbox.run(first, adopt=True)

    report = sandbox.run(second, adopt=True)

    assert (report.exit_code, report.notes_to_act_on) == (0, [SHARED])
    assert SHARED in report.notes
    assert "notes_to_act_on" not in report.to_json()


@pytest.mark.e2e
def test_a_quiet_plan_prints_only_what_needs_a_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plan --quiet` was no option (exit 2): a cron job checking the sheet each night got
    the whole plan mailed. A plan that needs no one prints nothing, a note to act on is one
    line on stderr, and a plan with an invalid row is printed whole (exit 1)."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        options = ["--guide", "1", "--api-url", sandbox.base_url, "--timezone", "UTC",
                   str(sheet)]
        results = []
        for room, run_it in (("Rom B", True), ("Room B", False), ("Room B\nX,Y,Z,,,", False)):
            sheet.write_text(HEADER + TALKS.format(room=room), encoding="utf-8")
            results.append(runner.invoke(app, ["plan", "-q", *options]))
            if run_it:
                assert runner.invoke(app, ["run", "-q", "--rate", "200", *options]).exit_code == 0
    assert [(r.exit_code, r.stdout, r.stderr) for r in results[:2]] == [
        (0, "", ""),
        (0, "", "note: after this run no session uses the room 'Rom B': the "
                "sheet puts its sessions in 'Room B', which this run makes (a "
                "room renamed in Builder is made again under the sheet's name: "
                "to keep Builder's name, give it in the sheet too); if it is "
                "not wanted, delete it in Builder\n"),
    ]
    assert (results[2].exit_code, results[2].stdout.splitlines()[0]) == (
        1, f"Plan for guide 1 from {sheet} (times in UTC)")


@pytest.mark.e2e
def test_a_quiet_run_tells_once_of_a_session_left_in_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A talk taken out of a sheet with an id column leaves its session in the app (no
    --prune). A quiet night printed nothing of it, so the app showed a cancelled talk and
    nobody was told. The night it leaves says so on stderr; later nights, which list it in
    the summary file, print nothing; put back and taken out again, it is told again."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    workshop = TALKS.format(room="Hall").splitlines()[1] + "\n"
    extra = "T2,Panel,5/11/2027,11:00 AM,12:00 PM,Hall\n"
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        results = []
        for talks in (TALKS.format(room="Hall") + extra, workshop + extra, workshop + extra,
                      TALKS.format(room="Hall") + extra, workshop + extra):
            sheet.write_text(HEADER + talks, encoding="utf-8")
            results.append(runner.invoke(app, args))
    told = ("note: 'Keynote' (sheet:K1) is no longer in the sheet, but its session stays in the "
            "app: delete it with a run given --prune (or in the sandbox); later runs list such "
            "sessions in the summary file alone\n")
    assert [(r.exit_code, r.stdout, r.stderr) for r in results] == [
        (0, "", ""), (0, "", told), (0, "", ""), (0, "", ""), (0, "", told)]


@pytest.mark.e2e
def test_a_quiet_run_says_it_makes_again_a_session_deleted_in_builder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session deleted in Builder is made again from its row, as the sheet is the source
    of truth: a quiet night did so without a word, and `plan` called it a plain create. The
    night it is made again says so on stderr; the next night, finding it, prints nothing."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "s.csv"
    sheet.write_text(HEADER + TALKS.format(room="Hall"), encoding="utf-8")
    with running_sandbox() as sandbox:
        monkeypatch.setenv("GUIDEBOOK_API_KEY", sandbox.api_key)
        args = ["run", "--guide", "1", "--api-url", sandbox.base_url, "-q", "--timezone",
                "UTC", "--rate", "200", str(sheet)]
        results = [runner.invoke(app, args)]
        with httpx.Client(base_url=sandbox.base_url,
                          headers={"Authorization": f"JWT {sandbox.api_key}"}) as builder:
            keynote = next(s for s in builder.get("sessions/?guide=1").json()["results"]
                           if s["import_id"] == "sheet:K1")
            builder.delete(f"sessions/{keynote['id']}/").raise_for_status()
        results += [runner.invoke(app, args), runner.invoke(app, args)]
    assert [(r.exit_code, r.stdout, r.stderr) for r in results] == [
        (0, "", ""),
        (0, "", "note: 1 of this sheet's sessions was in the guide after the last run and is "
                "gone from it now (deleted in the sandbox, most likely): 'Keynote' (row 2); it is "
                "made again from its row. To remove a session for good, delete its row from "
                "the sheet; it is made again from the sheet otherwise\n"),
        (0, "", ""),
    ]


def test_the_sessions_told_of_are_kept_per_prefix(tmp_path: Path) -> None:
    """Two sheets into one guide, each with its prefix, share the state file: one sheet's
    run must not forget what the other's told, or each night would tell it again."""
    path = tmp_path / "state.json"
    state = SavedState(path, 1)
    state.tell_left(["day1:K1"], "day1:")
    state.tell_left(["day2:T5", "day2:T6"], "day2:")
    state.save()
    again = SavedState(path, 1)
    again.tell_left(["day2:T6"], "day2:")  # T5 put back in the sheet
    assert again.left_told() == {"day1:K1", "day2:T6"}
    again.tell_left([], "day1:")  # K1 deleted by --prune
    assert again.left_told() == {"day2:T6"}
    assert SavedState(path, 2).left_told() == frozenset()  # another guide's


def test_a_state_file_that_cannot_be_replaced_leaves_no_copy_beside_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A state file held open (Windows locks it) could not be replaced: the run went on, as
    it should, but left its copy of the file beside the sheet."""
    def locked(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("importer._whole_file.os.replace", locked)
    state = SavedState(tmp_path / ".gbimport-state.json", 1)
    state.tell_left(["sheet:K1"], "sheet:")
    state.save()
    assert (state.unsaved, sorted(p.name for p in tmp_path.iterdir())) == (
        "Permission denied", [])


def test_a_state_file_that_cannot_be_written_is_a_note_to_act_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A nightly run whose folder it may not write in loses its record of the requests spent
    (and of images sent): the note saying so was in the summary file alone, so a quiet cron
    job mailed nothing, night after night. It is said on each such night, once in the notes."""
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "talks.csv", [talk(1), talk(2)])
    unwritable(monkeypatch, tmp_path)

    reports = [sandbox.run(sheet), sandbox.run(sheet)]

    unsaved = (f"the state file {tmp_path / '.gbimport-state.json'} could not be written "
               "(Permission denied): the next run may not count this run's requests against the "
               "daily budget; let the run write in that folder, or set state_file in "
               "gbimport.toml")
    assert [(r.exit_code, r.notes_to_act_on, r.notes.count(unsaved)) for r in reports] == [
        (0, [unsaved], 1), (0, [unsaved], 1)]
