"""README.md's passages changed in the last days, each checked against what the code does:
publishing after a stopped run, a rehearsal at the sandbox, rooms the guide spells another
way, ids moved off their talks, Word's markup left unnamed, and draft-mapping's words on a
tab lacking a column and on a mapping left off a command."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.cli import _show_run as show_run
from importer.descriptions import sanitize_with_audit
from importer.draft import draft_mapping
from importer.errors import MappingError, UnsafeOperationError
from importer.runner import plan_import
from importer.sandbox.command import announce
from importer.validate import validate_file
from tests.support import AT_SANDBOX, BASE_URL, REHEARSAL, Sandbox, talk, write_sheet
from tests.test_load import write_xlsx
from tests.test_moved_talk_time_and_room import HEADER as MOVED_HEADER
from tests.test_moved_talk_time_and_room import MOVED, ROWS
from tests.test_moved_talk_time_and_room import _first_run as moved_first_run
from tests.test_readme import README
from tests.test_report_walk4_sandbox_unpublished import GUIDEBOOK_URL
from tests.test_small_mends8 import day_tab
from tests.test_validate import write_csv
from tests.test_walk_planner6_unpublished import printed

READ = " ".join(README.split())


def said(sentence: str) -> None:
    """The README sentence a test pins, as a reader finds it (line breaks aside)."""
    assert " ".join(sentence.split()) in READ


def test_a_rehearsal_says_so_where_a_publish_would_pass_for_the_guides(tmp_path: Path) -> None:
    said("At an API on this machine (a sandbox on `localhost` or `127.0.0.1`), the line, as "
         "`gbimport publish`'s, names it and says it was a rehearsal (`Published guide 1 (1 "
         "request) at http://127.0.0.1:8765/open-api/v1.1/ (a sandbox on the computer that "
         "ran it: a rehearsal, which changed nothing in Guidebook).`), and a run there not "
         "published says the same under its requests line (`Sent to "
         "http://127.0.0.1:8765/open-api/v1.1/ (a sandbox ...).`)")
    sheet = write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    unpublished = Sandbox().run(sheet)
    assert f"Sent to {BASE_URL} ({REHEARSAL[1:-1]})." in printed(unpublished)
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"publish": True})
    published = sandbox.run(sheet)
    assert published.publish_note == f"Published guide 1 (1 request) {AT_SANDBOX}."
    assert not any(line.startswith("Sent to") for line in printed(published))


def test_a_run_stopped_without_publish_says_to_publish_once_the_rest_is_in(
        tmp_path: Path) -> None:
    said("One stopped before it finished (exit 3, 130, 2) says so and to publish once the "
         "rest is in (`... the run stopped for the daily request budget; what it changed is in "
         "Builder, ... best once the rest is in: give the run that finishes the job --publish, "
         "or then run: gbimport publish ...`).")
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 21)])
    sandbox = Sandbox(daily_budget=12)  # its words as at Guidebook's API, not a rehearsal's
    sandbox.settings = sandbox.settings.model_copy(update={"api_url": GUIDEBOOK_URL})
    report = sandbox.run(sheet)
    assert (report.halted, report.exit_code, report.published) == ("budget", 3, None)
    note = report.unpublished_note or ""
    assert note.startswith("Not published (no --publish): the run stopped for the daily "
                           "request budget; what it changed is in Builder, ")
    assert "best once the rest is in: give the run that finishes the job --publish, or then " \
           f"run: gbimport publish {sheet} --guide 1" in note


def test_rooms_the_guide_spells_another_way_are_named_as_the_app_shows_them(
        tmp_path: Path) -> None:
    example = ("2 of the sheet's rooms are in the guide already, spelt another way, ...: "
               "'Room 100' as 'room 100', 'Room 101' as 'ROOM 101'; to show the sheet's "
               "spelling, rename them in Builder ...")
    said(f"a note names each, as the app will show it (`{example}`); `run` says it too, and "
         "a run that sends nothing into them does not.")
    sandbox = Sandbox()
    for room in ("room 100", "ROOM 101"):
        sandbox.post("locations/", {"guide": 1, "name": room, "location_type": 2})
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 16)])  # rooms 100, 101

    def spelt(notes: list[str]) -> list[list[str]]:
        return [[part for part in example.split("...") if part.strip(" :") not in note]
                for note in notes if "spelt another way" in note]

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert spelt(plan.notes) == [[]]  # every part of the README's example is in the note
    assert (spelt(sandbox.run(sheet).notes), spelt(sandbox.run(sheet).notes)) == ([[]], [])


def test_ids_moved_off_their_talks_stop_the_run_and_the_plan_shows_it(tmp_path: Path) -> None:
    said("as it does for any row whose id finds a talk the sheet still has in another row at "
         "its start (a talk inserted and the ids below it numbered again)")
    sandbox = Sandbox()
    sandbox.run(write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 13)]))
    rows = [talk(n) for n in range(1, 10)] + [talk(99, **{"Session Title": "New panel"})] + [
        talk(n) for n in range(10, 13)]
    sheet = write_sheet(tmp_path / "s.csv", [
        {**row, "Session ID": f"T{number:03d}"} for number, row in enumerate(rows, 1)])
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    with pytest.raises(UnsafeOperationError) as stop:
        sandbox.run(sheet)
    assert "the ids look moved off their talks" in str(stop.value)
    assert [f"{need}. Pass --force if that is really intended." for need in plan.needs_force
            ] == [str(stop.value)]


WORD = ('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml>'
        '<![endif]--><p class=MsoNormal id=p1 data-x=1 style="mso-bidi-font-weight:bold">'
        '<span style="mso-fareast-font-family:Calibri">Hello<o:p></o:p></span></p>'
        '<v:shape></v:shape>')


def test_word_markup_no_reader_sees_goes_unnamed_and_a_font_is_named() -> None:
    mappings_readme = " ".join(
        (Path(__file__).parent.parent / "mappings" / "README.md").read_text("utf-8").split())
    assert ("Markup no reader sees goes unnamed: comments (Word's `<!--[if gte mso 9]>` among "
            "them), `class=`, `id=`, `data-*`, Word's own tags (`<o:p>`, `<w:...>`, `<v:...>`) "
            "and `<xml>` blocks (dropped with their content) and its `mso-*` style properties; "
            "so an abstract pasted from Word is warned of only for what it shows, such as a "
            "font, a size or an indent.") in mappings_readme
    assert sanitize_with_audit(WORD) == ("<p><span>Hello</span></p>", [])
    shown = WORD.replace("mso-fareast-font-family:Calibri", "font-family:Arial;font-size:14pt")
    assert sanitize_with_audit(shown)[1] == ["style font-family, font-size on <span>"]


def test_a_draft_for_every_tab_names_the_tab_validate_would_stop_at(tmp_path: Path) -> None:
    said("A draft for `--sheet all` names, under its first lines, a tab holding most of the "
         "columns it reads but not all (a day's tab headed `Talk` where the others have "
         "`Title`), at which `validate --sheet all` would stop.")
    book = write_xlsx(tmp_path / "programme.xlsx", {
        "Day 1": day_tab("Title", 1), "Day 2": day_tab("Title", 2), "Day 3": day_tab("Talk", 3)})
    head = draft_mapping(book, "all").text.splitlines()[:4]
    assert [line for line in head if "'Day 3'" in line and "no 'Title' column" in line] == [
        head[2]]


def test_a_sheet_read_without_its_mapping_is_told_the_mapping_beside_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said("read without a mapping, it names instead a mapping in the working folder or the "
         "sheet's that reads them (`The mapping my-mapping.toml reads them: give --mapping "
         "my-mapping.toml to each command.`): the draft made earlier and left off the "
         "command, not to be drafted again.")
    book = write_xlsx(tmp_path / "programme.xlsx", {"Day 1": day_tab("Talk", 1)})
    (tmp_path / "my-mapping.toml").write_text(draft_mapping(book).text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MappingError) as refused:
        validate_file("programme.xlsx", timezone="UTC")
    assert str(refused.value).endswith(
        "The mapping my-mapping.toml reads them: give --mapping my-mapping.toml to each command.")


def test_the_sandbox_prints_the_plan_command_to_rehearse_with(
        capsys: pytest.CaptureFixture[str]) -> None:
    said("It prints the base URL, the key, the guide to use (guide 1, in its timezone), where "
         "its data lives, and the `plan` command to rehearse with, ready to copy")
    announce("http://127.0.0.1:8990/", "sandbox-key", Sandbox().app.state.sandbox)
    out, err = capsys.readouterr()
    assert out.splitlines() == ["http://127.0.0.1:8990/open-api/v1.1/", "API key: sandbox-key"]
    assert err.splitlines()[:2] == [
        "Guide: 1 (America/Chicago); data in memory, gone when the sandbox stops (--db FILE "
        "keeps it)",
        "Rehearse in another window: GUIDEBOOK_API_KEY=sandbox-key gbimport plan schedule.xlsx "
        "--guide 1 --api-url http://127.0.0.1:8990/open-api/v1.1/ (then the same with run)"]


def test_a_quiet_run_that_went_fine_prints_its_notes_to_act_on_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README said first that such a run prints nothing, then that it prints its notes: it
    prints the notes, and nothing on a night with none."""
    said("A run where every row went fine prints nothing but its notes to act on (below), so "
         "cron sends no mail on a night with none.")
    said("A run that went fine prints only the notes to act on, a `note:` line each on stderr")
    sandbox, sheet = Sandbox(), tmp_path / "s.csv"
    sandbox.run(write_sheet(sheet, [talk(1), talk(2)]))
    dropped = sandbox.run(write_sheet(sheet, [talk(1)]))  # talk 2's session stays
    unchanged = sandbox.run(sheet)
    for report in (dropped, unchanged):
        show_run(report, None, as_json=False, quiet=True)
    out, err = capsys.readouterr()
    assert (dropped.exit_code, unchanged.exit_code, out) == (0, 0, "")
    assert err == ("note: 'Talk number 2' (sheet:T002) is no longer in the sheet, but its "
                   "session stays in the app: delete it with a run given --prune (or in "
                   "the sandbox); later runs list such sessions in the summary file alone\n")


def test_a_talk_moved_in_time_and_room_keeps_its_session_unless_others_share_its_title(
        tmp_path: Path) -> None:
    said("moved to another time and room at once, when none has its title at all: one of "
         "several `Workshop`s so moved is made anew, the old one left for `--prune`")
    sandbox, settings = moved_first_run(tmp_path)
    workshop = ["Workshop", "2027-05-13", "09:00", "11:00", "Room C"]  # row 5's, moved
    sheet = write_csv(tmp_path, MOVED_HEADER, [ROWS[0], MOVED, ROWS[2], workshop, ROWS[4]])
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert [row.action for row in plan.rows] == [
        "unchanged", "update", "unchanged", "create", "unchanged"]
    assert [note.startswith("the app shows 'Workshop' twice") for note in plan.notes] == [True]


def test_a_copy_made_in_builder_is_told_once(tmp_path: Path) -> None:
    said("a copy of one of the sheet's sessions made in Builder (its import id, title and "
         "start), which the app shows beside it until it is deleted there or by `--prune`;")
    said("Each note is said once: later runs list the sessions still left in the summary "
         "file alone")
    sandbox, sheet = Sandbox(), write_sheet(tmp_path / "s.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    [kept] = [s for s in sandbox.sessions() if s["import_id"] == "sheet:T001"]
    sandbox.post_session({key: kept[key] for key in (
        "guide", "name", "start_time", "end_time", "import_id", "locations")})
    nights = [sandbox.run(sheet) for _ in range(2)]
    told = [[note.startswith("the guide holds a copy of 'Talk number 1' (sheet:T001, row 2)")
             for note in night.notes_to_act_on] for night in nights]
    assert (told, [n.exit_code for n in nights]) == ([[True], []], [0, 0])
    assert [any("copy of 'Talk number 1'" in note for note in night.notes)
            for night in nights] == [True, True]
    pruned = sandbox.run(sheet, prune=True)
    assert (pruned.counts["deleted"], len(sandbox.sessions())) == (1, 2)


def test_a_room_the_guide_spaces_otherwise_is_named_as_matched_without_extra_spaces(
        tmp_path: Path) -> None:
    """'Room 100' went into the guide's 'Room  100', and the note said the names are matched
    without case, which does not explain a pair differing in spaces alone."""
    said("Tracks and rooms are matched by name without case or extra spaces: where the plan "
         "puts sessions into one the guide spells another way (made by hand in Builder), a "
         "note names each")
    sandbox = Sandbox()
    sandbox.post("locations/", {"guide": 1, "name": "Room  100", "location_type": 2})
    sheet = write_sheet(tmp_path / "s.csv", [talk(n) for n in range(1, 8)])  # Room 100 alone
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert ([note for note in plan.notes if "spelt another way" in note],
            plan.locations_to_create) == ([
                "1 of the sheet's rooms is in the guide already, spelt another way, and its "
                "sessions go into it, shown in the app as the guide spells it: 'Room 100' as "
                "'Room  100'; to show the sheet's spelling, rename it in Builder (names are "
                "matched without case or extra spaces)"], [])
