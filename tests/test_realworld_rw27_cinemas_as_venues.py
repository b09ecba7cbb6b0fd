"""A film festival's screenings at several cinemas, a row per screening, its cinema in one
column and its screen in another (Azaa6-9/cines-pays-evenement, `programme.csv`: 'cinema'
'bobine', 'celtic', ..., 'salle' 'Salle 1', 'Salle 2', blank at a cinema of one screen). The
draft took 'salle' alone as the rooms, so the screens of two cinemas, both 'Salle 1', were one
room in the app, and validate warned of room-overlap between films at different cinemas
without saying why. A header naming a cinema ('Cinéma', 'Cine', 'Kino', 'Bioscoop') is now a
venue, as 'Venue' is: the draft names each screen with its cinema, and validate's warning on a
mapping reading the screens alone says how. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_xlsx

ROWS = [["cinema", "jour", "heure", "film", "salle"],
        ["bobine", "2026-10-21", "15h30", "Doraemon et le Château sous-marin", "Salle 1"],
        ["montal", "2026-10-21", "14h00", "Shaun le mouton", None],
        ["celtic", "2026-10-21", "15h00", "Ducobu et le fantôme de Saint Potache", "Salle 1"]]


def test_a_screen_is_named_with_its_cinema(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "programme.xlsx", ROWS)
    draft = draft_mapping(sheet)
    assert ("[fields.locations]\n# 'Salle 1' is at 'bobine' and 'celtic' in 'cinema': each room "
            "is named with its venue ('Salle 1' is 'Salle 1, bobine'), so rooms of one name at "
            "two venues stay two rooms in the app; read the rooms alone with column = "
            '"salle"\njoin = ["salle", "cinema"]\n') in draft.text
    mapping = tmp_path / "programme.toml"
    mapping.write_text(draft.text.replace('time_column = "FILL IN"', "minutes = 100"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Paris")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [(p.name, p.locations) for p in report.payloads] == [
        ("Doraemon et le Château sous-marin", ("Salle 1, bobine",)),
        ("Shaun le mouton", ("montal",)),
        ("Ducobu et le fantôme de Saint Potache", ("Salle 1, celtic",))]


def test_screens_read_alone_overlap_with_a_note_naming_the_cinemas(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "programme.xlsx", ROWS)
    mapping = tmp_path / "programme.toml"
    mapping.write_text('name = "festival"\n[fields.name]\ncolumn = "film"\n'
                       '[fields.start]\ndate_column = "jour"\ntime_column = "heure"\n'
                       '[fields.end]\nminutes = 100\n[fields.locations]\ncolumn = "salle"\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Paris")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "room-overlap", f"Row {row}: overlaps row {other} in 'Salle 1'; check the times "
         "and rooms (ignore this if the sessions really share the room). Each overlap is of "
         "sessions at two venues in 'cinema': if those rooms only share a name, write join = "
         '["salle", "cinema"] in place of column under [fields.locations] to name each room '
         "with its venue (as 'Main Hall, Town Theatre').")
        for row, other in ((2, 4), (4, 2))]
