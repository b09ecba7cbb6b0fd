"""Inputs a fuzzer found reading sheets back: text written in a sheet, saved the ways
people's programs save it, is read as it was written."""

from __future__ import annotations

from pathlib import Path

from importer.load import load_sheet
from importer.validate import validate_file
from tests.support import talk, write_sheet
from tests.test_csv_encoding import table, write_bytes


def test_a_polish_title_whose_letters_pair_as_chinese_characters_stays_polish(
    tmp_path: Path,
) -> None:
    """Excel's 'CSV' on a Polish Windows is cp1250. 'Źródła danych' has each of its three
    Polish letters before a plain one, and read as GB18030 each pair is a character: the
    title reached the app as '弐骴砤 danych'. Chinese text pairs two bytes above ASCII;
    these pairs end in letters, so the file is read as the Polish it is."""
    text = ("ID,Title,Room\n1,Źródła danych,Sala A\n2,Otwarcie,Sala A\n"
            "3,Panel dyskusyjny,Sala B\n4,Przerwa,Hol\n")
    sheet = load_sheet(write_bytes(tmp_path, text.encode("cp1250")))
    assert sheet.encoding == "cp1250"
    assert [sheet.columns, *sheet.frame.values.tolist()] == table(text)


def test_a_track_joined_by_and_sign_before_a_semicolon_is_two_tracks(tmp_path: Path) -> None:
    """'Sales&Marketing;Engineering' was read as one track of that whole name: the
    '&Marketing;' was taken for a character reference such as '&amp;', whose ';' is no
    separator. It names no character, so its ';' parts the tracks, as in 'R&D;Web'."""
    sheet = write_sheet(tmp_path / "s.csv", [
        talk(1, **{"Schedule Track (Optional)": "Sales&Marketing;Engineering",
                   "Room/Location": "Tom&Jerry;Hall B"}),
        talk(2, **{"Schedule Track (Optional)": "Q&amp;A;Panels"}),
    ])
    report = validate_file(sheet, timezone="America/Chicago")
    assert [(r.row, r.payload.schedule_tracks, r.payload.locations) for r in report.rows
            if r.payload is not None] == [
        (2, ("Sales&Marketing", "Engineering"), ("Tom&Jerry", "Hall B")),
        (3, ("Q&A", "Panels"), ("Room 100",)),
    ]
