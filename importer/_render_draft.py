"""What `draft-mapping` prints: the fields read from which columns, what is left to fill in
and the next step."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.text import Text

from importer import convert
from importer._render_lines import line
from importer._shell_words import shell_path, shell_word
from importer._toml_problems import toml_value
from importer.draft import Draft
from importer.load import ALL_SHEETS


def draft_summary(console: Console, draft: Draft, file: Path, output: Path | None) -> None:
    """What the draft reads from which column, what is left to fill in, and the next step."""
    chosen = ", ".join(f"{role} from " + " and ".join(map(repr, draft.joined.get(role, [header])))
                       for role, header in draft.chosen.items())
    where = f"Wrote {output}" if output is not None else "Drafted"
    line(console, f"{where}: {chosen or 'no field matched a column'}.")
    if draft.unread:  # a description column under a word the draft does not know is lost
        line(console, _unread_columns(draft))
    if draft.fits_template:
        line(console, "The sheet is laid out as Guidebook's template: the built-in mapping "
             "(the default) reads it as it is, its registration columns too.")
    if draft.template_misreads_dates:
        line(console, f"The sheet has the columns of Guidebook's template, but its dates are "
             f"{draft.date_order}, where the built-in mapping (the default) reads them "
             f"{convert.other_order(draft.date_order or 'month-first')}: use this draft.")
    if draft.builtin:
        line(console, f"The built-in mapping {draft.builtin!r} reads the sheet as it is: "
             f"gbimport validate {shell_path(str(file))} --mapping {draft.builtin}")
    if draft.leave_out:
        header, states = draft.leave_out
        line(console, f"Rows whose {header!r} is {' or '.join(map(repr, states))} are left "
             "out (leave_out): nothing is sent for them.")
    if draft.missing:
        line(console, Text.assemble(("Fill in:", "red"), " " + ", ".join(
            f"fields.{key}" for key in draft.missing)
            + " (the draft's comments say what each needs)."))
    for why in draft.stops_every_tab.values():  # the draft's comment, where it is seen
        line(console, why)
    lead = draft.check_lead("above")
    line(console, f"{lead[0].upper()}{lead[1:]}: gbimport validate {shell_path(str(file))} "
         f"--mapping {_check_target(output)}{_check_tabs(draft)}")


def _check_target(output: Path | None) -> str:
    return shell_path(str(output)) if output is not None else "<the draft saved as a .toml file>"


def _check_tabs(draft: Draft) -> str:
    """The tabs validate is given: --sheet all, with the tabs it reads, for one per day."""
    tabs = draft.sheet.similar_sheets  # one tab per day: the others have the same columns
    if tabs and draft.sheet_options in ([], [ALL_SHEETS]):
        return (f" --sheet all (read: sheet {draft.sheet.sheet_name!r}; with the same columns: "
                + ", ".join(map(repr, tabs)) + ")")
    return "".join(f" --sheet {shell_word(name)}" for name in draft.sheet_options)


def _unread_columns(draft: Draft) -> str:
    one = len(draft.unread) == 1
    said = (f"Nothing is sent from {', '.join(map(repr, draft.unread))}: the draft reads no "
            f"field from {'it' if one else 'them'}")
    if draft.description_offer is None:  # one is drafted, or no unread column holds words
        return f"{said}."
    return (f"{said}. To send {'it' if one else 'one'} as each session's description, add two "
            f"lines to the draft: [fields.description] and, under it, column = "
            f"{toml_value(draft.description_offer)}{'' if one else ' (or another header)'}.")
