"""A day label holding its date is read as the date in the words French, Spanish and Polish
programmes also label their days with ('Journée 2', 'Jornada 1', 'Dzień 3'), as 'Jour 1' and
'Día 1' are; such cells were bad-date."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file


def test_journee_jornada_and_dzien_labels_are_read_as_their_dates(tmp_path: Path) -> None:
    path = tmp_path / "programme.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    "Ouverture,Journée 1 (mercredi 15 juillet 2026),9:00,10:00,Salle A\n"
                    "Apertura,Jornada 2 - 16/07/2026,9:00,10:00,Sala B\n"
                    "Otwarcie,Dzień 3 (17.07.2026),9:00,10:00,Sala C\n", encoding="utf-8")
    mapping = tmp_path / "day-first.toml"
    mapping.write_text('name = "day-first"\ndate_order = "day-first"\n'
                       '[fields.name]\ncolumn = "Session Title"\n'
                       '[fields.start]\ndate_column = "Date"\ntime_column = "Time Start"\n'
                       '[fields.end]\ntime_column = "Time End"\n'
                       '[fields.locations]\ncolumn = "Room/Location"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="Europe/Warsaw")
    assert [(i.row, i.code) for i in report.issues if i.row is not None] == []
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Ouverture", "2026-07-15T07:00:00+00:00"), ("Apertura", "2026-07-16T07:00:00+00:00"),
        ("Otwarcie", "2026-07-17T07:00:00+00:00")]
