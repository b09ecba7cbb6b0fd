"""A programme whose speakers are written in two columns of the same name ('Ponente' twice,
one person in each): the draft offers both copies as the description's add_columns, and
validate reads them. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer import validate_file
from importer.draft import draft_mapping
from tests.test_load import write_bytes

SHEET = (
    "Día,Horario,Título,Ponente,Ponente\n"
    "2027-05-11,09:00 - 09:50,Apertura,Ana Ruiz,Bo Li\n"
    "2027-05-11,10:00 - 10:50,Charla,Cy Do,\n").encode()


def test_a_repeated_header_the_mapping_reads_both_copies_of_is_no_doubt(
        tmp_path: Path) -> None:
    """The draft offered add_columns = ["Ponente", "Ponente (2)"]; validate then refused the
    whole sheet (repeated-column: 'rename or delete the one that is not meant'), though the
    mapping named both columns. The second copy is labelled as the sheet writes it, not with
    the number load gave it, so both names make one paragraph."""
    path = write_bytes(tmp_path, "programa.csv", SHEET)
    text = draft_mapping(path).text
    assert ('# add_columns = ["Ponente", "Ponente (2)"]\n'
            '# labels = { "Ponente (2)" = "Ponente" }\n') in text
    mapping = tmp_path / "programa.toml"
    mapping.write_text(text.replace(
        "# [fields.description]\n# add_columns", "[fields.description]\nadd_columns").replace(
        "# labels", "labels"))
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(None, "derived-import-id")]
    assert [p.description_html for p in report.payloads] == [
        "<p>Ponente: Ana Ruiz, Bo Li</p>", "<p>Ponente: Cy Do</p>"]


def test_a_repeated_header_read_once_still_asks_which_is_meant(tmp_path: Path) -> None:
    """Reading only the first 'Ponente' leaves in doubt which of the two was meant."""
    path = write_bytes(tmp_path, "programa.csv", SHEET)
    mapping = tmp_path / "programa.toml"
    mapping.write_text(
        'name = "programa"\n[fields.name]\ncolumn = "Título"\n'
        '[fields.start]\ndate_column = "Día"\ntime_column = "Horario"\n'
        '[fields.end]\ntime_column = "Horario"\n'
        '[fields.description]\nadd_columns = ["Ponente"]\n')
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.sheet_issues] == [
        (None, "repeated-column"), (None, "derived-import-id")]
