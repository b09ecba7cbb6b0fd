"""Found using the newest features as a planner would: a title joined from a fixtures list's
Home and Away columns pasted from a web page; a CSV in a Central European code page; a
nightly run of such a list after a match's id was changed in Builder."""

from __future__ import annotations

from pathlib import Path

from importer.load import load_sheet
from importer.runner import plan_import
from importer.validate import validate_file
from tests.support import Sandbox
from tests.test_csv_code_pages import write_bytes
from tests.test_name_join import HEADER, mapping, match, titles_and_issues
from tests.test_validate import write_csv
from tests.test_walk_builder_edits2 import about_ids, change_import_id_in_builder


def test_a_joined_cell_of_no_words_is_left_out_as_a_blank_one(tmp_path: Path) -> None:
    """A web page's empty cell pasted as '&nbsp;' or '<br>' is no part of the title: the row
    takes the other column's text, as with a blank cell, not an error refusing the row; a row
    of nothing else is missing its title, said once."""
    sheet = write_csv(tmp_path, HEADER, [match("1", "Russia", "<br>"),
                                         match("2", "&nbsp;", "Iran", "15:00"),
                                         match("3", "&nbsp;", "", "21:00"),
                                         match("4", "#N/A", "", "12:00")])
    report = validate_file(sheet, mapping=mapping(tmp_path))
    assert titles_and_issues(report) == ([("1", "Russia"), ("2", "Iran")], [
        (4, "Home", "missing-required",
         "Row 4: 'Home' and 'Away' are both empty; every session needs a title, made of their "
         "cells joined. Fill in one of them."),
        (5, "Home", "formula-error",
         "Row 5: 'Home' shows #N/A: a spreadsheet shows that when a formula fails (a lookup "
         "that found nothing, a deleted cell); fix the formula or type the value, then save.")])


def test_a_czech_name_alone_in_an_english_programme_reads_in_cp1250(tmp_path: Path) -> None:
    """Excel in Prague saves "CSV" in cp1250. A programme in English whose only Czech words
    were names ('Jiří Novák', 'Dvořák Hall') was read as cp1252 and reached the app as 'Jiøí',
    'Dvoøák': an ř without an ě or ů beside it was taken for Norwegian ø."""
    text = ("Title,Speaker,Room\nOpening keynote,Jiří Novák,Dvořák Hall\n"
            "Lunch,,Foyer\nClosing panel,Jane Smith,Dvořák Hall\n")
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1250")))
    assert (sheet.encoding, [sheet.columns, *sheet.frame.values.tolist()]) == (
        "cp1250", [["Title", "Speaker", "Room"],
                   ["Opening keynote", "Jiří Novák", "Dvořák Hall"],
                   ["Lunch", None, "Foyer"],
                   ["Closing panel", "Jane Smith", "Dvořák Hall"]])


def test_an_id_changed_in_builder_on_a_sheet_without_a_prefix_is_not_told_deleted(
        tmp_path: Path) -> None:
    """A nightly run of a sheet whose mapping has no import_id_prefix (the fixtures list's
    Match column as ids) said the match whose id was retyped in Builder was 'gone from it now
    (deleted in the sandbox, most likely)', though it was there under its new id: the note on an
    id changed looked only among the sessions a prefix marks as the sheet's. Without one,
    every session with an import id is the sheet's, as --prune takes it."""
    sandbox = Sandbox(guide_timezone="Europe/Moscow")
    sandbox.settings = sandbox.settings.model_copy(update={"mapping": str(mapping(tmp_path))})
    sheet = write_csv(tmp_path, HEADER, [match("1", "Russia", "Saudi Arabia"),
                                         match("2", "Egypt", "Uruguay", "15:00"),
                                         match("3", "Morocco", "Iran", "21:00")])
    sandbox.run(sheet)
    change_import_id_in_builder(sandbox, "2", "EGY-URU")

    plan = plan_import(sheet, sandbox.settings, transport=sandbox.transport())

    assert about_ids(plan.notes_to_act_on) == [
        "1 of this sheet's sessions has another import id in the guide than after the last "
        "run (changed in the sandbox, most likely): 'Egypt vs Uruguay' (EGY-URU, was 2); its row "
        "no longer finds it, so its session is made again beside it (the app shows both, "
        "unless --prune deletes the old: attendees then lose it from their schedules). To "
        "keep the old one, set its import id back in the sandbox, deleting first the one a run "
        "made again, if any"]
