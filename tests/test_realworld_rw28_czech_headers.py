"""Czech programmes, whose headers the draft knew none of: the symposium of
OndraX/SympWeb_2017_final (`js/json/data.js`: a day, 'den' 'Pátek 17.11', a time, 'cas'
'10:00 - 12:00', the speaker, 'jmeno', the talk, 'nazev', a room a column), as its organisers
would keep it in a sheet; and a congress app's programme table as its database exports it
('cas_od', 'cas_do', 'nazev', 'priznak', 'poradi': a congress PWA's Supabase schema in the
stored GitHub index). A few rows of each, written here."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Den", "Čas", "Název", "Přednášející", "Místnost", "Anotace"]
ROWS = [
    ["17.11.2017", "10:00 - 12:00", "Moderní fyzika", "Jan Royt", "Aula",
     "Přehled oboru.\nDiskuse."],
    ["17.11.2017", "10:00 - 12:00", "Počítačová chemie", "Petr Kulhánek", "P2.3", ""],
]


def _fields(draft: str) -> list[str]:
    """The draft's field tables, comments left out."""
    tables = [t for t in draft.split("\n\n") if t.startswith("[fields.")]
    return ["\n".join(line for line in t.splitlines() if not line.startswith("#"))
            for t in tables]


def test_a_czech_programme_is_drafted_from_its_own_headers(tmp_path: Path) -> None:
    """Only 'Čas' was read (by its cells); the title, day, room, abstract and speaker were
    left 'FILL IN' or unread."""
    sheet = write_csv(tmp_path, HEADER, ROWS, name="program.csv")
    draft = draft_mapping(sheet).text
    assert _fields(draft) == [
        '[fields.name]\ncolumn = "Název"',
        '[fields.start]\ndate_column = "Den"\ntime_column = "Čas"',
        '[fields.end]\ntime_column = "Čas"',
        '[fields.locations]\ncolumn = "Místnost"',
        '[fields.description]\ncolumn = "Anotace"\nformat = "text"']
    assert '# add_columns = ["Přednášející"]' in draft
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Prague")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat(), p.end_time.isoformat(), p.locations,
             p.description_html) for p in report.payloads] == [
        ("Moderní fyzika", "2017-11-17T09:00:00+00:00", "2017-11-17T11:00:00+00:00",
         ("Aula",), "<p>Přehled oboru.<br>Diskuse.</p>"),
        ("Počítačová chemie", "2017-11-17T09:00:00+00:00", "2017-11-17T11:00:00+00:00",
         ("P2.3",), "")]


def test_a_database_export_heads_its_times_from_and_to(tmp_path: Path) -> None:
    """'cas_od' and 'cas_do' (time from, time to) and 'Od'/'Do' alone are the start and the
    end; 'poradi' the order, 'nazev' the title. Nothing was drafted before."""
    exported = write_csv(tmp_path, ["cas_od", "cas_do", "nazev", "priznak", "poradi"], [
        ["09:00:00", "09:30:00", "Zahájení kongresu", "Sál A", "1"],
        ["09:30:00", "10:15:00", "Nové trendy v kardiologii", "MUDr. Jan Novák", "2"]],
        name="program_rows.csv")
    assert _fields(draft_mapping(exported).text) == [
        '[fields.name]\ncolumn = "nazev"',
        '[fields.start]\ndate_column = "FILL IN"\ntime_column = "cas_od"',
        '[fields.end]\ntime_column = "cas_do"',
        '[fields.rank]\ncolumn = "poradi"']
    by_hand = write_csv(tmp_path, ["Datum", "Od", "Do", "Název", "Lektor"],
                        [["15.9.2026", "9:00", "9:45", "Úvodní slovo", "Jan Novák"]],
                        name="rozvrh.csv")
    draft = draft_mapping(by_hand).text
    assert _fields(draft)[:3] == [
        '[fields.name]\ncolumn = "Název"',
        '[fields.start]\ndate_column = "Datum"\ntime_column = "Od"',
        '[fields.end]\ntime_column = "Do"']
    assert '# add_columns = ["Lektor"]' in draft
