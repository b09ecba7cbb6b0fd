"""Plan: compare the validated sheet with the guide and decide what each row needs.

A plan reads the guide once (the guide, then every page of its sessions, tracks and
locations) and sends no write. Comparison happens in normal form (UTC instants, sets of ids,
HTML as the service sanitises it), so an unchanged sheet plans zero writes even where the
service rewrote the HTML or the time format.

Its parts live in private modules by concern: `_guide_state.py` is the guide as read,
`_plan_value.py` the plan's value (its rows, summaries and JSON), `_plan_rows.py` each row
against the guide's sessions (and starts outside the guide's dates), `_names_to_create.py`
the tracks and rooms the guide lacks, `_copies_without_id.py` rows whose session Builder made
without an import id (--adopt), `_plan_images.py` the rows' images and `_sent_notes.py` the
notes told once they are read. This module reads the sheet and the guide and combines them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from importer._copies_without_id import (
    ADOPTABLE,
    COPIES_ADOPTABLE,
    adoptable_copy,
    name_copies_without_id,
)
from importer._deletes import (
    kept_by_bare_ids,
    left_in_guide,
    left_note,
    planned_deletes,
)
from importer._guide_gone import deleted_guide_told
from importer._guide_spellings import guide_spellings_notes
from importer._guide_state import GuideState, read_guide
from importer._id_changes import (
    derived_ids_left_over,
    hours_off,
    hours_off_message,
    reasons_to_force,
    spare_earlier_sessions,
    take_over_earlier_ids,
)
from importer._names_to_create import keep_names_still_sent, missing_names
from importer._plan_images import attach_images
from importer._plan_rows import GUIDE_DATE_SLACK, guide_window, invalid_row, plan_row
from importer._plan_value import Plan, PlanAction, PlannedRow
from importer._sent_notes import notes_on_what_is_sent, spent_earlier_words
from importer._shared_ids import extra_copies, give_back_swapped_ids, settle_shared_ids
from importer._swapped_away import take_back_from_absent_rows
from importer._zone_moved import zone_moved_note
from importer.client import GuidebookClient
from importer.images import STATE_FILE_NAME, SavedState, load_images
from importer.load import load_sheets
from importer.mapping import Mapping, load_mapping
from importer.settings import Settings
from importer.validate import ValidationReport, bind_sheet, validate_sheet

__all__ = [
    "ADOPTABLE",
    "COPIES_ADOPTABLE",
    "GUIDE_DATE_SLACK",
    "GuideState",
    "Plan",
    "PlanAction",
    "PlannedRow",
    "adoptable_copy",
    "attach_images",
    "build_plan",
    "choose_timezone",
    "plan_against",
    "read_guide",
    "saved_state",
    "spent_earlier_words",
]


def choose_timezone(settings: Settings, mapping: Mapping, guide: dict[str, Any]) -> str:
    """--timezone / settings first, then the mapping's, then the guide's own."""
    return settings.timezone or mapping.timezone or guide.get("timezone") or "UTC"


async def build_plan(
    client: GuidebookClient,
    settings: Settings,
    path: str | Path,
    *,
    sheet: str | int | Sequence[str | int] | None = None,
    prune: bool = False,
    create_missing: bool = True,
    adopt: bool = False,
) -> Plan:
    """Read the sheet and the guide, and decide per row: create, update, unchanged, invalid.
    `sheet`: a sheet's name or number, a list of them, or ["all"] (see `load_sheets`);
    None for the settings' `sheet`. `adopt`: a row to create takes over the session without
    an import id that has its title and start (as Builder's spreadsheet import made it)."""
    guide_id = settings.require_guide()
    mapping = load_mapping(settings.mapping)
    # Reading the sheet first means a broken file costs no request.
    with settings.sheet_setting_blamed() if sheet is None else contextlib.nullcontext():
        loaded = load_sheets(path, settings.sheet if sheet is None else sheet,
                             expected_columns=mapping.expected_columns(),
                             required_columns=mapping.required_columns(),
                             header_names=mapping.required_columns())
    bind_sheet(loaded, mapping)  # and one lacking the mapping's columns costs none either
    before = sum(client.requests_sent.values())
    remembered = saved_state(settings, path)
    with deleted_guide_told(remembered, guide_id, settings.api_url):
        state = await read_guide(client, guide_id)
    timezone = choose_timezone(settings, mapping, state.guide)
    validation = validate_sheet(loaded, mapping, timezone)
    reads = sum(client.requests_sent.values()) - before
    folder = Path(path).resolve().parent
    image_column = validation.headers.get("image", "image")
    images, image_issues = await load_images(
        validation.rows, folder, allow_outside=settings.allow_images_outside,
        max_bytes=settings.max_image_bytes, column=image_column,
    )
    plan = plan_against(
        validation, state, mapping,
        guide_id=guide_id, prune=prune, create_missing=create_missing,
        reads_spent=reads, daily_budget=settings.daily_budget, adopt=adopt,
    )
    attach_images(plan, images, image_issues, remembered, image_column)
    plan.publish = settings.publish
    plan.rate = settings.rate
    plan.settings_file = settings.settings_file
    plan.api_url = settings.api_url
    plan.notes += [settings.settings_warning] if settings.settings_warning else []
    plan.spent_earlier = remembered.spent_since(datetime.now(UTC))
    plan.notes += notes_on_what_is_sent(plan)
    return plan


def saved_state(settings: Settings, sheet: str | Path) -> SavedState:
    """What runs of this sheet into the guide remember: `state_file`, else the file beside
    the sheet."""
    path = (Path(settings.state_file) if settings.state_file else
            Path(sheet).resolve().parent / STATE_FILE_NAME)
    return SavedState(path, settings.require_guide(), settings.api_url,
                      set_in_settings=bool(settings.state_file))


def plan_against(
    validation: ValidationReport,
    state: GuideState,
    mapping: Mapping,
    *,
    guide_id: int,
    prune: bool,
    create_missing: bool,
    reads_spent: int,
    daily_budget: int,
    adopt: bool = False,
) -> Plan:
    """The pure part of planning: no I/O, so it can be tested on hand-made guide states."""
    # A sheet-wide error (such as dates that read both ways) may have misread any row:
    # nothing from this sheet is sent until it is fixed.
    blocking = [i for i in validation.sheet_issues if i.severity == "error"]
    valid = [] if blocking else validation.payloads
    tracks_missing = missing_names((p.schedule_tracks for p in valid), state.tracks)
    rooms_missing = missing_names((p.locations for p in valid), state.locations)
    existing = state.sessions_by_import_id(mapping.import_id_prefix)
    window = guide_window(state.guide)
    rows = [
        invalid_row(result, existing, list(blocking)) if blocking and not result.skipped else
        plan_row(result, existing, state, window, validation,
                  tracks_missing, rooms_missing, create_missing)
        for result in validation.rows
    ]
    stopped = settle_shared_ids(rows, existing, state, validation.timezone,
                                validation.headers.get("import_id"))
    give_back_swapped_ids(rows, state, validation.timezone, validation.headers.get("import_id"))
    take_back_from_absent_rows(rows, state, existing, validation.timezone,
                               validation.headers.get("import_id"))
    take_over_earlier_ids(rows, state, mapping.import_id_prefix, validation.timezone,
                          tabs_unread=bool(validation.other_sheets))
    off = hours_off(rows, state, validation.timezone)  # before --adopt: own starts count too
    not_adopted = name_copies_without_id(rows, state, validation.timezone,
                                          validation.headers.get("name"), adopt=adopt)
    plan = Plan(
        source=validation.source, guide_id=guide_id, timezone=validation.timezone,
        validation=validation, state=state, rows=rows, deletes=[],
        tracks_to_create=list(tracks_missing.values()) if create_missing else [],
        locations_to_create=list(rooms_missing.values()) if create_missing else [],
        reads_spent=reads_spent, daily_budget=daily_budget,
        import_id_prefix=mapping.import_id_prefix,
    )
    if stopped:  # their new tracks and rooms are not needed
        keep_names_still_sent(plan)
    if prune and not blocking:
        plan.deletes = planned_deletes(validation, existing, plan)
        plan.deletes += extra_copies(existing, plan)
        spare_earlier_sessions(plan, existing, mapping.import_id_prefix)
    elif not blocking:  # what --prune would delete of them, told (_copies_left)
        plan.copies_left = extra_copies(existing, plan)
    plan.needs_force = reasons_to_force(plan, existing, mapping.import_id_prefix, off)
    shared = _prefix_shared(rows, existing, mapping.import_id_prefix) if adopt else None
    plan.notes += _plan_notes(plan, existing, mapping.import_id_prefix, prune=prune,
                              blocked=bool(blocking), prefix_shared=shared is not None)
    plan.notes += guide_spellings_notes(plan)
    # Hours off, the sessions --adopt left are those the zone hides: named again once fixed.
    adopt_notes = ([hours_off_message(off, state, validation.timezone) + "."]
                   if off is not None and not off.most_of_the_sheet  # else a stop, above
                   else [not_adopted] if off is None and not_adopted else [])
    adopt_notes += [shared] if shared is not None else []
    plan.notes += adopt_notes
    plan.notes_to_act_on += adopt_notes
    if moved := zone_moved_note(plan):
        plan.notes.append(moved)
        plan.notes_to_act_on.append(moved)
    return plan


def _prefix_shared(rows: list[PlannedRow], existing: dict[str, list[dict[str, Any]]],
                   prefix: str) -> str | None:
    """A sheet switching from Builder's import (--adopt takes sessions over, and no row is
    found by import id yet) into a guide where sessions it does not have carry its prefix
    already: most often another sheet sharing the guide, switched first under the same
    (the built-in mapping's) prefix. Said before the run gives it more: two sheets under one
    prefix take each other's sessions for talks dropped from the sheet (--prune deletes
    them), and a row sharing an id with another sheet's session updates that one."""
    taken = sum(row.takes_over_unmarked for row in rows)
    if not taken or not prefix or any(
            row.action in ("update", "unchanged") and not row.takes_over_unmarked
            for row in rows):
        return None
    ours = {row.result.import_id for row in rows if row.result.import_id}
    others = sorted(import_id for import_id in existing if import_id not in ours)
    if not others:
        return None
    first = existing[others[0]][0]
    return (f"--adopt gives the sessions it takes over this sheet's import_id prefix "
            f"{prefix!r}, which {len(others)} of the guide's sessions that the sheet does not "
            f"have carry already (such as '{first.get('name')}' ({others[0]})): if another "
            "sheet sharing the guide imported them, give this sheet a prefix of its own "
            "(import_id_prefix in its mapping) before running --adopt, as two sheets under "
            "one prefix each take the other's sessions for talks dropped from it (--prune "
            "deletes them) and a row sharing an id with the other's session updates that one")


def _plan_notes(plan: Plan, existing: dict[str, list[dict[str, Any]]], prefix: str, *,
                prune: bool, blocked: bool, prefix_shared: bool = False) -> list[str]:
    """What the plan tells besides its rows: sessions the sheet no longer has or only holds
    the id of. (What is sent is told once the images are read: notes_on_what_is_sent.)
    `prefix_shared`: those with the sheet's prefix are another sheet's (_prefix_shared), not
    talks dropped from this one to --prune."""
    notes = []
    if leftover := derived_ids_left_over(plan, existing, prefix):
        notes.append(leftover)
    elif not prune and not blocked and prefix and not prefix_shared and (
        left := left_in_guide(plan.validation, existing, plan)
    ):
        notes.append(left_note(left, plan.validation))
        plan.left_in_guide = left
    if kept := kept_by_bare_ids(plan.validation, existing):
        notes.append(kept)
    return notes
