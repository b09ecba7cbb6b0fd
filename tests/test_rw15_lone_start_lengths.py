"""A meetup calendar of one or two events an evening, giving some a start and an end
('18:00–21:00') and others a start alone ('18:30', 'ab 19:00'): the draft and validate offer
a length for those (minutes under [fields.end]) beside until_next, which there ends each
lone start only with the day's last_minutes. Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

SHEET = ("Datum,Zeit,Titel,Ort\n"
         "2027-09-08,18:30,Einsteigerabend,Vereinsheim\n"
         "2027-09-10,18:00–21:00,Kunstabend,Vereinsheim\n"
         "2027-09-11,18:00–19:00,Vortrag Recht,Vereinsheim\n"
         "2027-09-11,ab 19:00,Monatstreffen,Vereinsheim\n")


def test_the_draft_and_validate_offer_a_length_for_starts_alone(tmp_path: Path) -> None:
    """Both offered until_next alone, which stops again at each day's last session asking
    for last_minutes: a calendar's every lone start is its day's last."""
    path = write_bytes(tmp_path, "programm.csv", SHEET.encode())
    draft = draft_mapping(path)
    assert ("; or give a start alone a length with minutes = 120 (say) under [fields.end], or "
            "end it as the next session starts with until_next = true there") in draft.text
    mapping = write_bytes(tmp_path, "m.toml", draft.text.encode())
    assert next(i.message for i in validate_file(path, mapping=mapping).issues if i.row) == (
        "Row 2: 'Zeit' has '18:30', which is not a start and end time: it has a start but no "
        "end; write the start and end like 9:00 - 10:30, 9:00 AM - 10:30 AM or 9am to 11am; or "
        "give such starts a length with minutes = 120 (say) under [fields.end], or end each as "
        "the next session starts with until_next = true there.")


def test_the_length_offered_validates_every_row(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "programm.csv", SHEET.encode())
    text = draft_mapping(path).text.replace("\n[fields.end]\n", "\n[fields.end]\nminutes = 120\n")
    report = validate_file(path, mapping=write_bytes(tmp_path, "m.toml", text.encode()))
    assert [(r.row, list(r.issues), r.payload and f"{r.payload.start_time:%H:%M}-"
             f"{r.payload.end_time:%H:%M}") for r in report.rows] == [
        (2, [], "18:30-20:30"), (3, [], "18:00-21:00"), (4, [], "18:00-19:00"),
        (5, [], "19:00-21:00")]
