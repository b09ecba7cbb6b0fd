"""A calendar exported from Outlook in German (File > Open & Export > Export to a file >
CSV): 'Betreff', 'Beginnt am', 'Beginnt um', 'Endet am', 'Endet um', 'Ganztägiges Ereignis'
of 'Ein' and 'Aus', 'Kategorien', 'Ort', and the reminder and attendee columns, as Horde's
File_Csv tests hold one ('Burger Download Session', '2.5.2006', '11:50:00', 'Aus', 'Ein')
and a booking system's help page (3V-ROOMS) describes. The draft knew the English export's
names but none of these: it left the title, the start and the end to fill in, and 'Aus' and
'Ein' were no switch, so an all-day outing could not be read as one. The German export now
drafts as the English one does. A few rows in the export's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft import write_csv

HEADER = ["Betreff", "Beginnt am", "Beginnt um", "Endet am", "Endet um",
          "Ganztägiges Ereignis", "Erinnerung Ein/Aus", "Erinnerung am", "Erinnerung um",
          "Besprechungsplanung", "Erforderliche Teilnehmer", "Optionale Teilnehmer",
          "Besprechungsressourcen", "Abrechnungsinformationen", "Beschreibung", "Kategorien",
          "Ort", "Priorität", "Privat", "Reisekilometer", "Vertraulichkeit",
          "Zeitspanne zeigen als"]


def row(title: str, start: tuple[str, str], end: tuple[str, str], all_day: str,
        track: str, room: str) -> list[str]:
    return [title, *start, *end, all_day, "Ein", start[0], "08:45:00", "Jörg Haas",
            "Oliver Kuhl", "", "", "", "", track, room, "Normal", "Aus", "", "Normal", "2"]


ROWS = [
    row("Eröffnung", ("2.5.2006", "9:00:00"), ("2.5.2006", "10:00:00"), "Aus", "Plenum",
        "Saal 1"),
    row("Burger Download Session", ("2.5.2006", "11:50:00"), ("2.5.2006", "13:00:00"), "Aus",
        "", "Burger Upload Station"),
    row("Exkursion", ("3.5.2006", "00:00:00"), ("4.5.2006", "00:00:00"), "Ein", "", "Zürich"),
]


def test_a_german_outlook_export_drafts_and_reads_as_the_english_one(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "kalender.csv", [HEADER, *ROWS])
    draft = draft_mapping(sheet)
    assert draft.complete
    for line in ('[fields.name]\ncolumn = "Betreff"',
                 '[fields.start]\ndate_column = "Beginnt am"\ntime_column = "Beginnt um"',
                 '[fields.end]\ntime_column = "Endet um"',
                 '[fields.end_date]\ncolumn = "Endet am"',
                 '[fields.schedule_tracks]\ncolumn = "Kategorien"',
                 'column = "Ganztägiges Ereignis"'):
        assert line in draft.text
    mapping = tmp_path / "kalender.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Zurich")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, f"{p.start_time:%Y-%m-%d %H:%M}", p.end_time and f"{p.end_time:%H:%M}",
             p.all_day, p.schedule_tracks, p.locations) for p in report.payloads] == [
        ("Eröffnung", "2006-05-02 07:00", "08:00", False, ("Plenum",), ("Saal 1",)),
        ("Burger Download Session", "2006-05-02 09:50", "11:00", False, (),
         ("Burger Upload Station",)),
        ("Exkursion", "2006-05-02 22:00", None, True, (), ("Zürich",))]
