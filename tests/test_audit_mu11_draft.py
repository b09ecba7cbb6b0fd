"""draft-mapping's speaker columns: a French sheet whose session name is 'Nom' and whose
speaker has 'Prénom' and 'Nom de famille'; numbered 'Speaker N Name' columns; a sheet laid
out as Guidebook's template, which the default mapping reads, named no other built-in."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.support import talk, write_sheet
from tests.test_speakers_sp2_draft import SOIL, TIMES, added_line, uncommented
from tests.test_validate import write_csv


def test_prenom_is_joined_with_nom_de_famille_not_with_the_sessions_nom(
        tmp_path: Path) -> None:
    """'Nom' beside 'Nom de famille' is the session's name: joined with 'Prénom' it would
    give each session 'Speakers: Ana <its own title>'."""
    header = ["Nom", "Date", "Début", "Fin", "Salle", "Prénom", "Nom de famille"]
    sheet = write_csv(tmp_path, header, [
        ["Atelier sol", "12/07/2027", "10:00", "11:00", "A", "Ana", "Ruiz"]])
    assert added_line(sheet) == (
        '# add_columns = [{ label = "Speakers", join = ["Prénom", "Nom de famille"] }]')


def test_numbered_speaker_name_columns_are_labelled_speakers(tmp_path: Path) -> None:
    header = [*TIMES, "Speaker 1 Name", "Speaker 2 Name"]
    sheet = write_csv(tmp_path, header, [[*SOIL, "Ana Ruiz", "Bo Li"]])
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p>"]


def test_a_template_sheet_is_pointed_to_no_other_built_in(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "t.csv", [talk(n) for n in range(1, 4)])
    draft = draft_mapping(sheet)
    assert (draft.fits_template, draft.builtin) == (True, None)
    assert "reads this sheet as it is: --mapping" not in draft.text
