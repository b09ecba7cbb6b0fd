"""A course calendar, a row per day, each day's two classes' rooms in one cell joined with
the Portuguese 'e', in the classes' order (cesadev/Calendario-Academico-SI-26.1,
`cronograma.csv`: 'Lugar' 'E232 e E233' on Tuesdays, 'E233 e E232' on Thursdays). The draft
read each cell as one room's name, so the app had a room 'E232 e E233' and another 'E233 e
E232', and neither was E232. Words joining rooms in the languages of the headers ('e', 'y',
'et', 'und', 'en') are now drafted as a separator too, where every cell so joined joins rooms
listed alone elsewhere, as ' & ' was, or rooms another cell joins in another order. A room
whose name holds the word is still one name. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_xlsx

HEADER = ["Data", "Dia", "Conteúdo A", "Disciplinas", "Lugar"]
ROWS = [["24/03/2026", "terça-feira", "Lançamento da Lista 02 de IP", "SD e MD", "E232 e E233"],
        ["25/03/2026", "quarta-feira", "Prova IP", "IP e CAD", "Grad05 e E131"],
        ["26/03/2026", "quinta-feira", "MP 4: Funções Especiais", "MD e SD", "E233 e E232"],
        ["30/03/2026", "segunda-feira", "Entrega Projeto 2 SD", "CAD e IP", "E131 e Grad05"]]


def test_rooms_joined_in_both_orders_are_drafted_as_a_list(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "cronograma.xlsx", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert ("[fields.locations]\n# some cells join rooms in one order and the other with ' e ' "
            "('E232 e E233', 'E233 e E232'): each is read as a session in both\n"
            'column = "Lugar"\nseparator = " e "\n') in draft.text
    mapping = tmp_path / "cronograma.toml"
    mapping.write_text(draft.text.replace('column = "FILL IN"', 'column = "Conteúdo A"'),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Recife")
    assert [i.code for i in report.issues] == ["derived-import-id"]
    assert [p.locations for p in report.payloads] == [
        ("E232", "E233"), ("Grad05", "E131"), ("E233", "E232"), ("E131", "Grad05")]


def test_a_room_whose_name_holds_the_word_stays_one_name(tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "cronograma.xlsx", [
        HEADER, ["24/03/2026", "terça-feira", "Abertura", "SD", "Sala de Reuniões e Eventos"],
        ["25/03/2026", "quarta-feira", "Prova IP", "IP", "E131"]])
    draft = draft_mapping(sheet)
    assert '[fields.locations]\ncolumn = "Lugar"\n\n' in draft.text
