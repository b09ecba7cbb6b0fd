"""A governor's official diary scraped to CSV, each appointment's day and hour in one cell under
'dia' (day), beside pandas' unnamed index (belisards/agenda_oficial_rj, `agenda.csv`:
',dia,descricao' and '16/10/2021 09:00'). The draft read 'dia' as the start, but its summary
said 'date from 'dia'', as if the times were still to be found; it now says 'start from
'dia''. A few rows in its shape."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from tests.test_draft_columns import write_csv

ROWS = [
    ["", "dia", "descricao"],
    ["0", "16/10/2021 09:00", "Inauguração do programa Bairro Seguro. Local: Largo do Guimarães"],
    ["1", "15/10/2021 11:00", "Assinatura do protocolo de intenções. Local: Rua Dom Manuel, 37"],
    ["2", "30/09/2021 17:00", "Anúncio do Plano de Cargos. Local: Palácio Guanabara"],
]


def test_a_date_column_of_dates_with_times_is_named_the_start(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "agenda.csv", ROWS)
    draft = draft_mapping(sheet)
    assert (draft.chosen, draft.date_order) == (
        {"start": "dia", "description": "descricao"}, "day-first")
    result = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o",
                                      str(tmp_path / "agenda.toml")])
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())  # the console wraps long lines
    assert said.startswith(
        f"Wrote {tmp_path / 'agenda.toml'}: start from 'dia', description from 'descricao'. ")
