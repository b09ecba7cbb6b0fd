"""draft-mapping and speakers: a first and a last name column as French, Spanish, Italian,
Portuguese and Dutch sheets head them, and a wide sheet's numbered speaker columns, offered
so that each session lists its speakers in one 'Speakers:' paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_realworld_shapes_sessionize import HEADER as FLAT_HEADER
from tests.test_realworld_shapes_sessionize import session
from tests.test_validate import write_csv

TIMES = ["Title", "Description", "Date", "Start", "End"]
SOIL = ["Soil", "Probes.", "2027-07-12", "10:00", "10:45"]


def uncommented(sheet: Path, tmp_path: Path) -> Path:
    """The draft with its commented-out add_columns and labels taken in."""
    text = draft_mapping(sheet).text
    for key in ("add_columns", "labels"):
        text = text.replace(f"# {key} = ", f"{key} = ")
    path = tmp_path / "draft.toml"
    path.write_text(text, encoding="utf-8")
    return path


def added_line(sheet: Path) -> str:
    return next(line for line in draft_mapping(sheet).text.splitlines()
                if line.startswith("# add_columns = "))


@pytest.mark.parametrize(("first", "last"), [
    ("Prénom", "Nom"), ("Prénom", "Nom de famille"), ("Nombre", "Apellido(s)"),
    ("Nombre", "Apellidos"), ("Nome", "Cognome"), ("Nome", "Sobrenome"),
    ("Voornaam", "Achternaam"),
])
def test_a_first_and_a_last_name_in_other_languages_are_joined(
        tmp_path: Path, first: str, last: str) -> None:
    """They were listed as columns nothing reads, with no word that they name people."""
    sheet = write_csv(tmp_path, [*TIMES, first, last], [[*SOIL, "Ana", "Ruiz"]])
    assert added_line(sheet) == (
        f'# add_columns = [{{ label = "Speakers", join = ["{first}", "{last}"] }}]')
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Speakers: Ana Ruiz</p>"]


def test_whose_name_written_after_it_labels_the_paragraph(tmp_path: Path) -> None:
    """'Nombre del ponente' and 'Apellidos del ponente': 'Ponente'. A 'Nom' or 'Nombre'
    with no last name beside it (a session's name) is no person's."""
    header = [*TIMES, "Nombre", "Nombre del ponente", "Apellidos del ponente",
              "Prénom de l'intervenant", "Nom de l'intervenant"]
    sheet = write_csv(tmp_path, header, [[*SOIL, "x", "Ana", "Ruiz", "Bo", "Li"]])
    assert added_line(sheet) == (
        '# add_columns = [{ label = "Ponente", join = ["Nombre del ponente", "Apellidos del '
        'ponente"] }, { label = "Intervenant", join = ["Prénom de l\'intervenant", '
        '"Nom de l\'intervenant"] }]')


SCHEDULE = ["Date", "Début", "Fin"]
SLOT = ["2027-07-12", "10:00", "10:45"]


@pytest.mark.parametrize(("header", "row", "speakers"), [
    (["Nom", *SCHEDULE], ["Ouverture", *SLOT], None),
    (["Nombre", *SCHEDULE], ["Ouverture", *SLOT], None),
    (["Nom", *SCHEDULE, "Prénom intervenant", "Nom intervenant"],
     ["Ouverture", *SLOT, "Ana", "Ruiz"],
     '{ label = "Intervenant", join = ["Prénom intervenant", "Nom intervenant"] }'),
])
def test_a_name_column_no_first_name_pairs_with_is_the_title(
        tmp_path: Path, header: list[str], row: list[str], speakers: str | None) -> None:
    """'Nom' alone, or beside a speaker's first and last names, was left 'FILL IN'."""
    sheet = write_csv(tmp_path, header, [row])
    draft = draft_mapping(sheet)
    assert (draft.chosen.get("name"), draft.missing) == (header[0], [])
    assert "could be meant too" not in draft.text
    if speakers:
        assert added_line(sheet) == f"# add_columns = [{speakers}]"
    (tmp_path / "draft.toml").write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=tmp_path / "draft.toml", timezone="UTC")
    assert [p.name for p in report.payloads] == ["Ouverture"]


def test_a_name_paired_with_a_first_name_stays_the_speakers(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path, [*SCHEDULE, "Prénom", "Nom"], [[*SLOT, "Ana", "Ruiz"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen.get("name"), draft.missing) == (None, ["name"])
    assert added_line(sheet) == '# add_columns = [{ label = "Speakers", join = ["Prénom", "Nom"] }]'


def test_numbered_speaker_columns_are_labelled_to_make_one_paragraph(tmp_path: Path) -> None:
    """'Speaker 1', 'Speaker 2', 'Speaker 3' gave 'Speaker 1: Ana Ruiz', 'Speaker 2: Bo Li',
    a paragraph each; labelled Speakers they list the session's speakers together."""
    header = [*TIMES, "Speaker 1", "Speaker 2", "Speaker 3"]
    sheet = write_csv(tmp_path, header, [[*SOIL, "Ana Ruiz", "Bo Li", ""]])
    text = draft_mapping(sheet).text
    assert text[text.index("# each"):text.index("\n\n", text.index("# each"))] == (
        "# each label added as a paragraph of its own ('Speakers: Ana Ruiz, Bo Li'): "
        "uncomment to show the speakers' names after the description\n"
        '# add_columns = ["Speaker 1", "Speaker 2", "Speaker 3"]\n'
        '# labels = { "Speaker 1" = "Speakers", "Speaker 2" = "Speakers", '
        '"Speaker 3" = "Speakers" }')
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p>"]


@pytest.mark.parametrize("numbered", [
    ("Speaker #1", "Speaker #2"), ("Speaker1", "Speaker2"), ("Speaker #1 Name", "Speaker 2 Name"),
])
def test_speakers_numbered_with_a_hash_or_run_together_are_drafted_alike(
        tmp_path: Path, numbered: tuple[str, str]) -> None:
    """'Speaker #1' and 'Speaker1' were left as columns nothing reads, with no word of the
    speakers' paragraph."""
    first, second = numbered
    sheet = write_csv(tmp_path, [*TIMES, first, second], [[*SOIL, "Ana Ruiz", "Bo Li"]])
    assert added_line(sheet) == f'# add_columns = ["{first}", "{second}"]'
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li</p>"]


def test_numbered_name_pairs_share_one_label(tmp_path: Path) -> None:
    header = [*TIMES, "Speaker 1 First Name", "Speaker 1 Last Name", "Speaker 2 First Name",
              "Speaker 2 Last Name", "Moderator"]
    sheet = write_csv(tmp_path, header, [[*SOIL, "Ana", "Ruiz", "Bo", "Li", "Cy Doe"]])
    assert added_line(sheet) == (
        '# add_columns = ["Moderator", { label = "Speakers", join = ["Speaker 1 First Name", '
        '"Speaker 1 Last Name"] }, { label = "Speakers", join = ["Speaker 2 First Name", '
        '"Speaker 2 Last Name"] }]')
    report = validate_file(sheet, mapping=uncommented(sheet, tmp_path), timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Probes.</p><p>Moderator: Cy Doe</p><p>Speakers: Ana Ruiz, Bo Li</p>"]


def test_a_sessionize_export_is_pointed_to_the_built_in_mapping(tmp_path: Path) -> None:
    """The draft leaves the speakers commented out and skip_unscheduled unset, where
    '--mapping sessionize' reads them; it said nothing of it (validate names it)."""
    sheet = write_csv(tmp_path, FLAT_HEADER, [
        session("101", "Soil probes", "Ana Ruiz", "Hall A", "12 Jul 2027 10:00 AM", "45")])
    draft = draft_mapping(sheet)
    assert draft.builtin == "sessionize"
    assert draft.text.splitlines()[2] == (
        "# The built-in mapping 'sessionize' reads this sheet as it is: --mapping sessionize. "
        "Draft your own only to read it otherwise.")
    plain = write_csv(tmp_path, [*TIMES, "Prénom", "Nom"], [[*SOIL, "Ana", "Ruiz"]], "p.csv")
    assert draft_mapping(plain).builtin is None
    result = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o",
                                      str(tmp_path / "d.toml")])
    assert (f"The built-in mapping 'sessionize' reads the sheet as it is: gbimport validate "
            f"{sheet} --mapping sessionize") in " ".join(result.output.split())
