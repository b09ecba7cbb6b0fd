"""The descriptions: the description column's HTML, then a paragraph per added column
('Speakers: Ana Ruiz'), listing each presenter's once for a session on a row per
presenter; with the warnings on what sanitising took out and on length."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from importer import descriptions
from importer._columns import Column, combined_codes, positions_by_code
from importer._validation_base import AddedParagraph, ValidationBase, stripped
from importer.convert import cell_text
from importer.mapping import JoinedColumns
from importer.model import shortened
from importer.payloads import name_key


class DescriptionsValidation(ValidationBase):
    """Each row's description and its added paragraphs."""

    def _filled_added(self, pos: int) -> list[str]:
        """The added columns a presenter's row fills in, in the mapping's order."""
        return [header for added in self.added_columns for header in added.headers
                if cell_text(self.cell(header, pos)) is not None]

    def _descriptions(self) -> list[Any]:
        """Each row's description: the description column's HTML, then a paragraph per added
        column ('Speakers: Ana Ruiz'), each distinct combination of cells put together once."""
        setting = self.bound.active["description"]

        def convert_cell(cell: Any) -> tuple[str, list[str]]:
            text = cell_text(cell) or ""
            if setting.template:
                text = setting.template.replace("{value}", text)
            return descriptions.description_to_html(text, setting.format)

        main = self.main_description = self.column("description", setting.column, convert_cell,
                                                    "a description")
        cols = [col for col in [main, *(
            self._added_paragraphs(entry) if isinstance(entry, str) else
            self._joined_paragraphs(entry) for entry in setting.add_columns)] if col is not None]
        groups = self._label_groups()
        codes = cols[0].codes if len(cols) == 1 else combined_codes(
            [col.codes for col in cols], self.n)
        # The first row of each code (-1, blank cells, included), shifted by one to index.
        firsts = np.full(int(codes.max(initial=-1)) + 2, -1, dtype=np.intp)
        firsts[codes[::-1] + 1] = np.arange(self.n - 1, -1, -1)
        html_by_code = np.full(len(firsts), "", dtype=object)
        flagged: dict[int, tuple[str, list[str]]] = {}
        for code, pos in enumerate(firsts.tolist(), start=-1):
            if pos < 0:
                continue
            html, removed = (main.values[pos] if main else None) or ("", [])
            html += self._added_html([pos], groups)
            html_by_code[code + 1] = html
            if removed or len(html) > descriptions.MAX_DESCRIPTION_CHARS:
                flagged[code] = html, removed
        for code, positions in positions_by_code(codes, list(flagged)).items():
            for pos in positions:
                self._description_issues(pos, cols[0].header, *flagged[code])
        return list(html_by_code[codes + 1].tolist())

    def _added_paragraphs(self, column: str) -> Column | None:
        """An added column's cells as paragraphs of plain text, each after its label."""
        header = self.bound.header(column)
        if header is None:
            return None
        setting = self.bound.active["description"]
        label = setting.label(column, header)
        removed: dict[str, list[str]] = {}  # a cell's text -> what sanitising took out of it
        tagged: set[str] = set()  # cells holding HTML a text description shows as written

        def paragraph(cell: Any) -> str:
            text = (cell_text(cell) or "").strip()
            html, dropped = descriptions.added_to_html(label, [text], setting.format)
            if dropped:
                removed[text] = dropped
            if setting.format == "text" and descriptions.has_html_markup(text):
                tagged.add(text)
            return html

        added = self.column("description", column, paragraph, "text")
        if added is not None:
            self.added_columns.append(AddedParagraph(label, added, [added.header]))
            self._warn_of_added_markup(self.added_columns[-1], removed, tagged)
        return added

    def _joined_paragraphs(self, entry: JoinedColumns) -> Column | None:
        """An added paragraph joining columns: each row's cells of them read as an added
        cell is, then joined by a space ('Ana' and 'Ruiz': 'Ana Ruiz'; 'Ana' alone with a
        blank last name), a paragraph after the entry's label."""
        parts = [self.column("description", column, stripped, "text") for column in entry.join]
        if any(part is None for part in parts):
            return None  # the sheet has none of them: bind left the entry out
        members = [part for part in parts if part is not None]
        codes = combined_codes([part.codes for part in members], self.n)
        firsts = np.full(int(codes.max(initial=-1)) + 1, -1, dtype=np.intp)
        firsts[codes[::-1]] = np.arange(self.n - 1, -1, -1)
        texts: list[str | None] = [" ".join(v for part in members
                                            if (v := part.values[pos]) is not None) or None
                                   for pos in firsts.tolist()]
        fmt = self.bound.active["description"].format
        removed: dict[str, list[str]] = {}
        tagged: set[str] = set()
        distinct: list[str | None] = []
        for text in texts:
            html = None
            if text is not None:
                html, dropped = descriptions.added_to_html(entry.label, [text], fmt)
                if dropped:
                    removed[text] = dropped
                if fmt == "text" and descriptions.has_html_markup(text):
                    tagged.add(text)
            distinct.append(html)
        by_code = np.array([*distinct, None], dtype=object)
        values = by_code[codes].tolist()
        blank = np.array([value is None for value in values], dtype=bool)
        added = Column(members[0].header, values, blank, {}, codes, distinct, texts)
        self.added_columns.append(
            AddedParagraph(entry.label, added, [part.header for part in members], joined=True))
        self._warn_of_added_markup(self.added_columns[-1], removed, tagged)
        return added

    def _warn_of_added_markup(self, paragraph: AddedParagraph, removed: dict[str, list[str]],
                              tagged: set[str]) -> None:
        """An added cell's HTML: what sanitising took out of it; or, in a description read
        as text, that it is shown as written, tags and all, and the setting that reads it."""
        if not removed and not tagged:
            return
        added = paragraph.column
        texts = [self._added_cell_text(paragraph, code) or "" for code in range(len(added.cells))]
        flagged = [code for code, text in enumerate(texts) if text in removed or text in tagged]
        named = " and ".join(map(repr, paragraph.headers))
        has = "give" if paragraph.joined else "has"
        for code, positions in positions_by_code(added.codes, flagged).items():
            text = texts[code]
            for pos in positions:
                # A joined paragraph's issue goes on the column whose cell holds the HTML.
                header = next((h for h in paragraph.headers if paragraph.joined
                               and descriptions.has_html_markup(cell_text(self.cell(h, pos))
                                                                or "")), added.header)
                if text in removed:
                    self._description_issues(pos, header, "", removed[text])
                else:
                    self.add(pos, header, text, "html-as-text", (
                        f"{named} {has} {shortened(text, 60)!r}, HTML that the app will "
                        "show as written, tags and all: [fields.description] reads its cells "
                        'as text (format = "text"). To read such cells as HTML, set '
                        'format = "auto" there.'),
                        "warning")

    def _added_text(self, paragraph: AddedParagraph, pos: int) -> str | None:
        """A row's cell of an added column (its cells joined, for a joined one) as its
        paragraph gives it; None when blank or unreadable."""
        if paragraph.column.values[pos] is None:
            return None
        return self._added_cell_text(paragraph, int(paragraph.column.codes[pos]))

    def _added_cell_text(self, paragraph: AddedParagraph, code: int) -> str | None:
        """The text of an added column's distinct cell `code`, as its paragraph lists it."""
        cell = paragraph.column.cells[code]
        if paragraph.joined:
            return cell  # type: ignore[no-any-return]  # joined from cells read already
        return (cell_text(self._prepare(cell, self._lookup("description"))) or "").strip() or None

    def _added_only_headers(self) -> set[str]:
        """The headers of the description's added columns that no other field reads: the
        rows of a session listed once per presenter differ in them alone."""
        setting = self.bound.active.get("description")
        if setting is None:
            return set()
        others = {self.bound.header(column) for key, other in self.bound.active.items()
                  if key != "description" for column in other.columns()}
        others.add(self.bound.header(setting.column))
        return {header for column in setting.added_columns()
                if (header := self.bound.header(column)) is not None and header not in others}

    def _list_added_values(self, fields: dict[str, list[Any]], repeats: dict[int, int]
                           ) -> dict[int, list[str]]:
        """A session written on a row per presenter: its first row's description gets, for
        each added column, one paragraph listing the distinct values of its rows in row order
        ('Speakers: Ana Ruiz, Bo Li'). Returns each later row's added columns that differ
        from the first row's (none: it repeats it word for word)."""
        if not repeats or not self.added_columns:
            return {}
        later_rows: dict[int, list[int]] = {}
        for pos, first in sorted(repeats.items()):
            later_rows.setdefault(first, []).append(pos)
        differing: dict[int, list[str]] = {}
        groups = self._label_groups()
        for first, later in later_rows.items():
            for pos in later:
                if headers := [header for added in self.added_columns
                               for header in added.headers
                               if cell_text(self.cell(header, pos))
                               != cell_text(self.cell(header, first))]:
                    differing[pos] = headers
            if not any(pos in differing for pos in later):
                continue
            html = (self.main_description.values[first] or ("", []))[0] if (
                self.main_description) else ""
            html += self._added_html([first, *later], groups)
            too_long = descriptions.MAX_DESCRIPTION_CHARS
            if len(html) > too_long >= len(fields["description_html"][first]):
                header = (self.main_description or self.added_columns[0].column).header
                self._description_issues(first, header, html, [])
            fields["description_html"][first] = html
        return differing

    def _added_html(self, positions: Sequence[int], groups: list[list[AddedParagraph]]
                    ) -> str:
        """The added paragraphs of a session on the rows at `positions`, its first row first:
        one per label of `groups`, where the label's first entry is in add_columns, listing
        each value of its columns once, row by row ('Speakers: Ana Ruiz, Bo Li' from
        'Speaker 1' and 'Speaker 2', or from two rows of one speaker each)."""
        fmt = self.bound.active["description"].format
        html = ""
        for group in groups:
            if len(group) == 1 and len(positions) == 1:  # its paragraph, made already
                html += group[0].column.values[positions[0]] or ""
                continue
            texts = [text for pos in positions for added in group
                     if (text := self._added_text(added, pos))]
            if values := descriptions.distinct_values(texts):
                html += descriptions.added_to_html(group[0].label, values, fmt)[0]
        return html

    def _label_groups(self) -> list[list[AddedParagraph]]:
        """The added paragraphs as read, those of one label together (in case and spaces
        alike); each of no label ("", the values alone) on its own."""
        groups: dict[str, list[AddedParagraph]] = {}
        for i, added in enumerate(self.added_columns):
            key = name_key(added.label) if added.label.strip() else f"\0{i}"
            groups.setdefault(key, []).append(added)
        return list(groups.values())

    def _description_issues(self, pos: int, header: str, html: str, removed: list[str]) -> None:
        if removed:
            self.add(pos, header, self.frame.iat[pos, self._at(header)],
                     "html-stripped", f"Guidebook does not allow {', '.join(removed)} in a "
                     "description, so it was removed; check the text still reads right.",
                     severity="warning")
        if len(html) > descriptions.MAX_DESCRIPTION_CHARS:
            self.add(pos, header, html, "description-too-long",
                     f"the description is {len(html):,} characters as HTML, over "
                     f"Guidebook's limit of {descriptions.MAX_DESCRIPTION_CHARS:,}; shorten it.")
