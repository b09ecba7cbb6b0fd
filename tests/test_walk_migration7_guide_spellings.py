"""A migration into a guide whose rooms and tracks were made by hand in Builder, some in
another case ('main bldg - room 101' for the sheet's 'Main Bldg - Room 101'): names are
matched without case, so the sessions went into the guide's, shown in the app as Builder
spells them, and neither plan nor run said which. They now say so in a note, on a run that
puts sessions into them; an unchanged run says nothing."""

from __future__ import annotations

from pathlib import Path

from importer.runner import plan_import

from .support import Sandbox, talk, write_sheet


def _spelling_notes(notes: list[str]) -> list[str]:
    return [note for note in notes if "spelt another way" in note]


def test_a_plan_names_the_guides_rooms_and_tracks_it_puts_sessions_into_in_its_spelling(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox()
    for room in ("room 100", "ROOM 101", "Room 102"):
        sandbox.post("locations/", {"guide": 1, "name": room, "location_type": 2})
    sandbox.post("schedule-tracks/", {"guide": 1, "name": "python"})
    rows = [talk(n) for n in range(1, 17)]  # rooms 100 to 102; tracks Data, Python, Community
    sheet = write_sheet(tmp_path / "talks.csv", rows)
    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())
    assert _spelling_notes(plan.notes) == [
        "1 of the sheet's tracks is in the guide already, spelt another way, and its sessions "
        "go into it, shown in the app as the guide spells it: 'Python' as 'python'; to show "
        "the sheet's spelling, rename it in Builder (names are matched without case or extra "
        "spaces)",
        "2 of the sheet's rooms are in the guide already, spelt another way, and its sessions "
        "go into them, shown in the app as the guide spells them: 'Room 100' as 'room 100', "
        "'Room 101' as 'ROOM 101'; to show the sheet's spelling, rename them in Builder "
        "(names are matched without case or extra spaces)",
    ]
    assert (plan.tracks_to_create, plan.locations_to_create) == (["Data", "Community"], [])
    assert _spelling_notes(sandbox.run(sheet).notes) == _spelling_notes(plan.notes)
    assert _spelling_notes(sandbox.run(sheet).notes) == []  # unchanged: nothing sent into them
