"""Turkish and Polish programmes head their columns in their own words ('Ders', 'Eğitmen',
'Gün', 'Saat', 'Bina'; 'Tytuł', 'Prelegent', 'Godzina', 'Sala'): the draft reads them as it
reads the same words in English. The Turkish sheet is an excerpt of a university's course
timetable (7thbeetle/ITU-dersler, `data/program.csv`); the Polish one is invented data of
the same shape as a meetup's programme."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from tests.test_load import write_bytes


def test_turkish_course_timetable_headers_are_drafted(tmp_path: Path) -> None:
    """The draft matched no column at all ('no field matched a column') and asked for the
    title, the day and the room as if the sheet had none. 'Saat' is matched by name too, and
    its cells, '09:30/12:29', are read as a start and an end: the draft maps it to both."""
    path = write_bytes(tmp_path, "program.csv", (
        "Kod,Ders,Öğretim Yöntemi,Eğitmen,Gün,Saat,Bina,Kayıtlı,Kontenjan,CRN\n"
        "AKM 204,Akışkanlar Mekaniği,Physical (Face to face),Necati Erdem Ünal,Wednesday,"
        "09:30/12:29,INB / A104,61,60,22725\n"
        "AKM 204,Akışkanlar Mekaniği,Physical (Face to face),Şakir Bal,Tuesday,"
        "08:30/11:29,MEDC / 1D7,19,40,24269\n"
        "ATA 102,Atatürk İlk & İnkılap Trh II,Virtual (Online),Barış Ertem,Thursday,"
        "11:30/13:29,MED / --,36,50,25195\n").encode())
    draft = draft_mapping(path)
    assert draft.chosen == {"name": "Ders", "start": "Saat", "date": "Gün", "locations": "Bina"}
    assert '[fields.end]\n# the same column: each cell holds the start and the end\n' \
           'time_column = "Saat"\n' in draft.text
    assert "add_columns = [\"Eğitmen\"]" in draft.text


def test_turkish_conference_headers_are_drafted(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "program.csv", (
        "Tarih,Başlangıç Saati,Bitiş Saati,Salon,Oturum Başlığı,Konuşmacı,Açıklama\n"
        "2027-05-11,10:00,11:00,Salon A,Açılış,Ayşe Yılmaz,Hoş geldiniz\n"
        "2027-05-11,11:30,12:30,Salon B,Veri görselleştirme,Mehmet Kaya,Atölye\n").encode())
    assert draft_mapping(path).chosen == {
        "name": "Oturum Başlığı", "date": "Tarih", "start": "Başlangıç Saati",
        "end": "Bitiş Saati", "locations": "Salon", "description": "Açıklama"}


def test_polish_programme_headers_are_drafted(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "agenda.csv", (
        "Dzień,Początek,Koniec,Sala,Ścieżka,Tytuł,Prelegent,Opis\n"
        "2027-05-11,10:00,11:00,Sala A,Backend,Otwarcie,Anna Nowak,Powitanie\n"
        "2027-05-11,11:30,12:30,Sala B,Frontend,Wizualizacja danych,Jan Kowalski,"
        "Warsztat\n").encode())
    draft = draft_mapping(path)
    assert draft.chosen == {
        "name": "Tytuł", "date": "Dzień", "start": "Początek", "end": "Koniec",
        "locations": "Sala", "schedule_tracks": "Ścieżka", "description": "Opis"}
    assert "add_columns = [\"Prelegent\"]" in draft.text
