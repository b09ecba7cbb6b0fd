"""Planning against the sandbox: date warnings, request counts, notes, names to create."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import
from tests.support import Sandbox, talk, write_sheet
from tests.test_images import PNG, image_sandbox, sheet_with_images


def test_an_evening_session_is_dated_by_the_guides_clock_not_utc(tmp_path: Path) -> None:
    """8 PM in Chicago on the guide's last day is already the next day in UTC."""
    sandbox = Sandbox(guide_start_date="2027-05-11", guide_end_date="2027-05-12")
    rows = [talk(1, Date="5/12/2027", **{"Time Start": "8:00 PM", "Time End": "8:45 PM"}),
            talk(2, Date="5/10/2027", **{"Time Start": "8:00 PM", "Time End": "8:45 PM"})]
    plan = plan_import(write_sheet(tmp_path / "a.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert [(r.result.row, [(i.code, i.value) for i in r.issues]) for r in plan.rows] == [
        (2, []), (3, [("outside-guide-dates", "2027-05-10")]),
    ]


def test_fourteen_days_past_the_guides_dates_is_still_shown_and_fifteen_is_not(
    tmp_path: Path
) -> None:
    sandbox = Sandbox(guide_start_date="2027-05-11", guide_end_date="2027-05-12")
    rows = [talk(1, Date="5/26/2027"), talk(2, Date="5/27/2027"), talk(3, Date="4/27/2027")]
    plan = plan_import(write_sheet(tmp_path / "a.csv", rows), sandbox.settings,
                       transport=sandbox.transport())
    assert [issue.message for row in plan.rows for issue in row.issues] == [
        "Row 2: starts on 2027-05-26, outside the guide's dates 2027-05-11 to 2027-05-12 "
        "(Guidebook shows it only within 14 days of the guide's dates); check the date or "
        "the guide's dates",
        "Row 3: starts on 2027-05-27, outside the guide's dates 2027-05-11 to 2027-05-12 "
        "(more than 14 days away, so Guidebook will not show it); check the date or the "
        "guide's dates",
        "Row 4: starts on 2027-04-27, outside the guide's dates 2027-05-11 to 2027-05-12 "
        "(Guidebook shows it only within 14 days of the guide's dates); check the date or "
        "the guide's dates",
    ]


def test_the_plans_writes_count_the_tracks_and_rooms_it_creates(tmp_path: Path) -> None:
    sandbox = Sandbox()
    plan = plan_import(write_sheet(tmp_path / "a.csv", [talk(1), talk(2)]), sandbox.settings,
                       transport=sandbox.transport())
    assert (plan.counts["create"], plan.tracks_to_create, plan.locations_to_create) == (
        2, ["Data", "Python", "Community"], ["Room 100"])
    assert (plan.writes_planned, plan.requests_total) == (6, plan.reads_spent + 6)


def test_a_plan_that_spends_exactly_the_daily_budget_fits_it(tmp_path: Path) -> None:
    sandbox = Sandbox()
    sheet = write_sheet(tmp_path / "a.csv", [talk(n) for n in range(1, 4)])
    needed = plan_import(sheet, sandbox.settings, transport=sandbox.transport()).requests_total
    for budget, notes in ((needed, 0), (needed - 1, 1)):
        (tmp_path / ".gbimport-state.json").unlink()  # the reads of the plan before it
        settings = sandbox.settings.model_copy(update={"daily_budget": budget})
        plan = plan_import(sheet, settings, transport=sandbox.transport())
        assert (plan.requests_total, len(plan.notes)) == (needed, notes)


def test_without_a_prefix_other_tools_sessions_are_not_named_as_left_in_the_guide(
    tmp_path: Path
) -> None:
    """Without a prefix every session with an import id matches: the note would list
    sessions another tool imported as if they were rows taken out of this sheet."""
    template = Path(__file__).parent.parent / "mappings" / "guidebook-template.toml"
    mapping = tmp_path / "no-prefix.toml"
    mapping.write_text(template.read_text(encoding="utf-8").replace(
        'import_id_prefix = "sheet:"', 'import_id_prefix = ""'), encoding="utf-8")
    sandbox = Sandbox()
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping)})
    sandbox.post_session({"guide": 1, "name": "Sponsor booth", "import_id": "crm-7",
                          "start_time": "2027-05-11T15:00:00.000000+0000"})
    sheet = write_sheet(tmp_path / "a.csv", [talk(1), talk(2)])
    sandbox.run(sheet)
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert (plan.counts["unchanged"], plan.notes) == (2, [])


def test_a_room_new_to_an_updated_row_is_made_when_another_row_is_invalid(
    tmp_path: Path
) -> None:
    """Rows made invalid for their image drop the names only they needed, not the names of
    rows still being updated: the update would name a room the guide does not have."""
    (tmp_path / "ok.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sandbox.run(sheet_with_images(tmp_path, ["ok.png", "ok.png"]))
    sheet = sheet_with_images(tmp_path, ["ok.png", "missing.png"])
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "T001,Talk number 1,5/11/2027,10:00 AM,10:45 AM,Room 100",
        "T001,Talk number 1,5/11/2027,10:00 AM,10:45 AM,Room 999"), encoding="utf-8")
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert [(r.result.row, r.action) for r in plan.rows] == [(2, "update"), (3, "invalid")]
    assert plan.locations_to_create == ["Room 999"]
    report = sandbox.run(sheet)
    assert [o.action for o in report.outcomes] == ["updated", "invalid"]


def test_images_to_send_count_towards_the_daily_budget_note(tmp_path: Path) -> None:
    """Images added to a sheet already imported are one update each: the note says the
    plan is over the budget, as its cost line does."""
    (tmp_path / "ok.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sheet = sheet_with_images(tmp_path, ["", ""])
    sandbox.run(sheet)
    (tmp_path / ".gbimport-state.json").unlink()  # the budget left after it: another test's
    sheet_with_images(tmp_path, ["ok.png", "ok.png"])
    needed = plan_import(sheet, sandbox.settings, transport=sandbox.transport()).requests_total
    (tmp_path / ".gbimport-state.json").unlink()  # and the reads of that plan
    settings = sandbox.settings.model_copy(update={"daily_budget": needed - 1})
    plan = plan_import(sheet, settings, transport=sandbox.transport())
    assert (plan.counts["update"], plan.notes) == (2, [
        f"this plan needs {needed:,} requests, more than the daily budget of {needed - 1:,}: "
        "the run goes on until Guidebook refuses it for the day's budget (exit 3), and the "
        "next run, a day later, carries on where it stopped"])


def test_a_room_and_a_track_a_fixed_typo_leaves_empty_are_named_once(tmp_path: Path) -> None:
    """The fix moves the sessions; the misspelt room and track stay in the guide, empty."""
    sandbox = Sandbox()
    room, track = "Room/Location", "Schedule Track (Optional)"
    sandbox.run(write_sheet(tmp_path / "a.csv", [
        talk(1, **{room: "Rom B", track: "Pyhton"}), talk(2, **{room: "Room B"}),
        talk(3, **{room: "Hall", track: "Pyhton"}), talk(4, **{room: "Hall"}),
    ]))
    fixed = write_sheet(tmp_path / "b.csv", [
        talk(1, **{room: "Room B", track: "Python"}), talk(2, **{room: "Room B"}),
        talk(3, **{room: "Room B", track: "Python"}), talk(4, **{room: "Hall"}),
    ])
    plan = plan_import(fixed, sandbox.settings, transport=sandbox.transport())
    assert (plan.counts["update"], plan.notes) == (2, [
        "after this run no session uses the track 'Pyhton': the sheet puts its "
        "sessions in 'Python', which this run makes (a track renamed in Builder "
        "is made again under the sheet's name: to keep Builder's name, give it "
        "in the sheet too); if it is not wanted, delete it in Builder",
        "after this run no session uses the room 'Rom B': the sheet moved its sessions "
        "elsewhere; if it is not wanted, delete it in Builder",
    ])  # 'Hall' keeps talk 4
    sandbox.run(fixed)
    assert plan_import(fixed, sandbox.settings, transport=sandbox.transport()).notes == []


def test_a_room_is_not_named_when_the_row_moving_out_of_it_is_invalid_for_its_image(
    tmp_path: Path
) -> None:
    """The row is not sent, so its session stays in the room: deleting it in Builder would
    take the room from a session still in it."""
    (tmp_path / "ok.png").write_bytes(PNG)
    sandbox = image_sandbox(tmp_path)
    sheet = sheet_with_images(tmp_path, ["ok.png", "ok.png"])
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "T002,Talk number 2,5/11/2027,11:00 AM,11:45 AM,Room 100",
        "T002,Talk number 2,5/11/2027,11:00 AM,11:45 AM,Rom B"), encoding="utf-8")
    sandbox.run(sheet)
    fixed = sheet_with_images(tmp_path, ["ok.png", "missing.png"])
    plan = plan_import(fixed, sandbox.settings, transport=sandbox.transport())
    assert ([(r.result.row, r.action) for r in plan.rows], plan.notes) == (
        [(2, "unchanged"), (3, "invalid")], [])


def test_a_room_is_named_when_the_session_left_in_it_is_pruned_in_the_same_run(
    tmp_path: Path
) -> None:
    sandbox = Sandbox()
    room = "Room/Location"
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1, **{room: "Rom B"}),
                                                 talk(2, **{room: "Rom B"})]))
    fixed = write_sheet(tmp_path / "b.csv", [talk(1, **{room: "Room B"})])
    kept = plan_import(fixed, sandbox.settings, transport=sandbox.transport())
    pruned = plan_import(fixed, sandbox.settings, transport=sandbox.transport(), prune=True)
    assert [note for note in kept.notes if "no session uses" in note] == []
    assert ([(d.import_id, d.name) for d in pruned.deletes],
            [note for note in pruned.notes if "no session uses" in note]) == (
        [("sheet:T002", "Talk number 2")],
        ["after this run no session uses the track 'Community': the sheet moved its sessions "
         "elsewhere or no longer has them, and --prune deletes them; if it is not wanted, "
         "delete it in Builder",
         "after this run no session uses the room 'Rom B': the sheet puts its "
         "sessions in 'Room B', which this run makes (a room renamed in Builder "
         "is made again under the sheet's name: to keep Builder's name, give it "
         "in the sheet too); if it is not wanted, delete it in Builder"])


def test_a_room_a_new_session_goes_into_is_not_named(tmp_path: Path) -> None:
    sandbox = Sandbox()
    room = "Room/Location"
    sandbox.run(write_sheet(tmp_path / "a.csv", [talk(1, **{room: "Annex"})]))
    moved = write_sheet(tmp_path / "b.csv", [talk(1, **{room: "Main hall"}),
                                             talk(2, **{room: "Annex"})])
    plan = plan_import(moved, sandbox.settings, transport=sandbox.transport())
    assert ((plan.counts["update"], plan.counts["create"]), plan.notes) == ((1, 1), [])
