"""A planner's sheet heading its sessions `Content` (`Contenu`, `Inhalt`) beside a date, times
and a room, with no column headed as the title: the draft reads the title from it, and
validate then reads the sessions. Beside a column headed as the title, it is the
description."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.draft import draft_mapping
from importer.validate import validate_file


def _sheet(tmp_path: Path, headers: str, *rows: str) -> Path:
    path = tmp_path / "programme.csv"
    path.write_text("\n".join([headers, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("headers", "content"), [
    ("Date,Start,End,Room,Content", "Content"),
    ("Date,Début,Fin,Salle,Contenu", "Contenu"),
    ("Datum,Beginn,Ende,Raum,Inhalt", "Inhalt")])
def test_a_content_column_is_the_title_where_no_column_is_headed_so(
        tmp_path: Path, headers: str, content: str) -> None:
    """The draft left the title to fill in ('no column looked like the title'), listing
    'Content' among the columns nothing reads ('Inhalt' as the description)."""
    sheet = _sheet(tmp_path, headers, "2026-05-04,09:00,10:00,Hall A,Opening keynote",
                   "2026-05-04,10:30,11:30,Hall B,Panel on tooling")
    draft = draft_mapping(sheet)
    assert (draft.missing, draft.chosen["name"]) == ([], content)
    assert (f"[fields.name]\n# no column is headed as the title, so it is read from "
            f"{content!r}: put another header here if that one holds the sessions' titles\n"
            f"column = \"{content}\"\n") in draft.text
    assert "[fields.description]" not in draft.text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Opening keynote", "2026-05-04T09:00:00+00:00"),
        ("Panel on tooling", "2026-05-04T10:30:00+00:00")]


def test_a_content_column_beside_a_title_is_the_description(tmp_path: Path) -> None:
    """It was left unread ('Columns nothing reads: 'Content'')."""
    sheet = _sheet(tmp_path, "Date,Start,End,Room,Title,Content",
                   "2026-05-04,09:00,10:00,Hall A,Opening keynote,Why we are here",
                   "2026-05-04,10:30,11:30,Hall B,Panel on tooling,Four views on tools")
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], draft.chosen["description"]) == ("Title", "Content")
    assert "nothing reads" not in draft.text
