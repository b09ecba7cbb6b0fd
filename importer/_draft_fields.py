"""Drafts the smaller fields: the description and its format, the image (files beside the
sheet), rank, all_day, and leave_out for the states that say a session will not take
place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from importer import convert
from importer._draft_base import DrafterBase, table
from importer._draft_cells import reads, sample
from importer._draft_words import IMAGE_FILE
from importer._left_out import (
    OUT_WORDS,
    cancelled_kinds_written,
    live_states_only,
    out_states_written,
    status_column,
)
from importer._toml_problems import toml_value
from importer.convert import cell_text
from importer.descriptions import has_html_markup


class FieldsDrafter(DrafterBase):
    """The description, image, rank, all_day and leave_out."""

    def _leave_out(self) -> tuple[str, list[str]] | None:
        """The column and the states in it drafted as leave_out (see _marks_out), taken as
        read."""
        found = self._marks_out()
        if found is not None:
            self.used.add(found[0])
        return found

    def _marks_out(self) -> tuple[str, list[str]] | None:
        """A status column whose cells mark some rows as out ('Cancelled', 'withdrawn'), else
        a column of each row's kind where a few say cancelled ('cancelled' among 'lecture'
        and 'lab', as a course schedule marks a holiday): the column and those states as the
        sheet spells them."""
        header = self._status_header()
        if header is not None and (states := out_states_written(self.sheet.frame[header])):
            return header, states
        kinds = [h for h in self.sheet.columns if h != header and (
            h not in self.used or h == self.chosen.get("schedule_tracks"))]
        return next(((h, states) for h in kinds
                     if (states := cancelled_kinds_written(self.sheet.frame[h]))), None)

    def _status_header(self) -> str | None:
        """The column headed like a row's state ('Status', 'Proposal state') that no field
        has taken."""
        return status_column([h for h in self.sheet.columns if h not in self.used])

    def _leave_out_lines(self, leave_out: tuple[str, list[str]] | None) -> list[str]:
        if leave_out is None:
            return self._leave_out_offer()
        header, states = leave_out
        said_by = "status" if status_column([header]) else repr(header)
        return [f"[leave_out]   # rows whose {said_by} says the session will not take place",
                f"column = {toml_value(header)}",
                f"values = {toml_value(states)}", ""]

    def _leave_out_offer(self) -> list[str]:
        """leave_out commented out for a status column saying every session takes place,
        as a first export does: a re-export's cancelled talk would be sent as live."""
        header = self._status_header()
        if header is None or not live_states_only(self.sheet.frame[header]):
            return []
        return ["# [leave_out]   # uncomment to keep out rows whose state becomes cancelled, "
                "withdrawn or rejected (none is yet)",
                f"# column = {toml_value(header)}",
                f"# values = {toml_value(list(OUT_WORDS))}", ""]

    def _image(self) -> str:
        """[fields.image], saying where plan and run look for the files when its cells name
        files, as a site's data file names the photos kept in its own folder."""
        header = self._take("image", fits=self._names_images)
        files = [text for text in self._texts(header) if not text.casefold().startswith(
            ("http://", "https://"))] if header else []
        return table("image", header, note=(
            f"cells name image files ({files[0]!r}): plan and run read each from the sheet's "
            "folder (or the path written, from there), and a row whose file is not there is "
            "invalid and not sent. Put the images there, or take this table out")
            if files else None)

    def _names_images(self, header: str) -> bool:
        """Whether some cell names an image file or a web address: not a poster session's
        'Poster 1' under 'poster' or French 'affiche'."""
        return any(text.casefold().startswith(("http://", "https://"))
                   or IMAGE_FILE.search(text.partition("?")[0])
                   for text in self._texts(header))

    def _rank(self) -> str:
        """[fields.rank] from a column headed as the order ('order', 'Rank') holding numbers
        alone: the app lists sessions that start together by it, all-day talks of a day
        among them, which have no time to order them."""
        header = self._take("rank", fits=lambda h: reads(
            cells := sample(self.sheet, h), convert.parse_float) == len(cells) > 0)
        return table("rank", header, note="the order in which the app lists sessions that "
                     "start together (a day's all-day sessions too)")

    def _all_day(self) -> str:
        """[fields.all_day] from a calendar's column of True and False ('All day event'):
        unread, its all-day events were sent as sessions from midnight to midnight."""
        header = self._take("all_day", fits=lambda h: reads(
            cells := sample(self.sheet, h), convert.parse_boolean) == len(cells) > 0)
        return table("all_day", header, note="True sends the row as an all-day session on "
                     "its start's day")

    def _description_offer(self, unread: Sequence[str]) -> str | None:
        """The unread column to offer as the description: of those holding words, not
        figures ('Away Sets'), the one of most words a row, blank rows counted, so that one
        nearly empty is not offered over one of prose; the later of equals. None for none."""
        worded = [header for header in unread if self._named_things(header)]
        return max(reversed(worded), key=self._words_a_row, default=None)

    def _words_a_row(self, header: str) -> float:
        return sum(len(text.split()) for text in self._texts(header)) / len(self.sheet.frame)

    def _description(self) -> str:
        header = self._take("description")
        if header is None:
            return ""
        cells = [cell_text(c) or "" for c in sample(self.sheet, header)]
        html = any(map(has_html_markup, cells))  # as format = "auto" tells them when reading
        markdown = sum(bool(re.search(r"(^|\n)(#+ |[-*] )|\*\*\w|\[[^]]+\]\(", c))
                       for c in cells)
        form = "auto" if html else "markdown" if markdown else "text"
        return table("description", header, extra=f"format = \"{form}\"", note={
            "auto": "some cells hold HTML tags: those are read as HTML, the others as text",
            "markdown": "some cells hold markdown",
            "text": "plain text, paragraphs kept"}[form])
