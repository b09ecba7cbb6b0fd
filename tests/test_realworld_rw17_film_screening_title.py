"""A Turkish film programme names each screening's film 'Gösterim' and its series 'Etkinlik'
(ainsleys/cereyan, `templates/weekly-screenings-template.csv`: 'Tarih,Gösterim,Gösterim
(EN),Saat,Mekan,Etkinlik,...'). The draft read the title from 'Etkinlik', the series: the
sessions were named for their retrospective, and a film shown in no series stopped
validate with 'Etkinlik' is empty. It now reads the film, 'Gösterim'. A few rows in the
file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_validate import write_csv

HEADER = ["Tarih", "Gösterim", "Gösterim (EN)", "Saat", "Mekan", "Etkinlik", "Süre"]
ROWS = [
    ["22.12.2025", "Ayrılma Kararı", "Decision to Leave", "19:00", "Sinematek",
     "Park Chan-wook Retrospektifi", "138"],
    ["23.12.2025", "Türk Filmi", "", "20:30", "Istanbul Modern", "", "95"],
]


def test_the_screenings_film_is_the_title_not_its_series(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, HEADER, ROWS, name="weekly-screenings.csv")
    draft = draft_mapping(sheet)
    mapping = tmp_path / "cereyan.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping)
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%d.%m %H:%M}", f"{p.end_time:%H:%M}", p.locations)
            for p in report.payloads] == [
        ("Ayrılma Kararı", "22.12 19:00", "21:18", ("Sinematek",)),
        ("Türk Filmi", "23.12 20:30", "22:05", ("Istanbul Modern",))]
