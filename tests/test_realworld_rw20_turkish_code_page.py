"""A Turkish timetable that Excel saved as CSV in Turkey (cp1254, ';') was read as cp1252
when its names and words held more ğ and ş than ı (7thbeetle/itu-takvimci,
`data/program.csv`: 'Akışkanlar Mekaniği', 'Şakir Bal', 'Bozkurtoğlu'): its columns reached
the draft as 'Öðretim Yöntemi' and 'Eðitmen', the teachers' column went unread, and the
sessions' titles would have reached the app garbled. Its ç and ü, which Icelandic never
writes, now say Turkish. A few rows in the file's shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.load import load_sheet

TEXT = (
    "Kod;Ders;Öğretim Yöntemi;Eğitmen;Gün;Saat;Bina;Bölüm Sınırlaması;CRN\r\n"
    "AKM 204;Akışkanlar Mekaniği;Fiziksel;Şakir Bal;Tuesday;08:30/11:29;MEDC / 1D7;GEM_LS;24269\r\n"
    "AKM 204E;Fluid Mechanics;Fiziksel;Zerefşan Kaymaz;Wednesday;08:30/11:29;MEDC / ZA4;"
    "IBM_LS;23241\r\n"
    "AKM 204E;Fluid Mechanics;Fiziksel;Murat Çakan;Thursday;14:30/17:29;MKB / D376;TEK_LS;"
    "24340\r\n"
    "AKM 205;Akışkanlar Mekaniği;Fiziksel;Şafak Nur Ertürk Bozkurtoğlu;Tuesday;14:30/17:29;"
    "MEDC / ZA4;DEN_LS;24104\r\n"
)


def saved_in_turkey(tmp_path: Path) -> Path:
    path = tmp_path / "program.csv"
    path.write_bytes(TEXT.encode("cp1254"))
    return path


def test_a_turkish_timetable_with_more_g_and_s_than_dotless_i_reads_as_cp1254(
        tmp_path: Path) -> None:
    sheet = load_sheet(saved_in_turkey(tmp_path))
    assert sheet.encoding == "cp1254"
    assert [sheet.columns, *sheet.frame.values.tolist()] == [
        line.split(";") for line in TEXT.splitlines()]


def test_the_draft_names_the_teachers_column_by_its_turkish_header(tmp_path: Path) -> None:
    draft = draft_mapping(saved_in_turkey(tmp_path))
    assert "'Eğitmen' names people" in draft.text
    assert "Eðitmen" not in draft.text
