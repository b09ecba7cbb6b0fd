"""Speaker cells of one label that share some names: a session's row listing 'Ana Ruiz,
Bo Li' and its co-presenter's row 'Bo Li, Cy Doe', or two such columns on one row, list each
name once, in the order first written."""

from __future__ import annotations

from pathlib import Path

from importer.descriptions import distinct_values
from importer.validate import validate_file
from tests.test_speakers_sp2_labels import MAPPING as SP2_MAPPING
from tests.test_validate import write_csv

MAPPING = SP2_MAPPING.format(description='add_columns = ["Speakers", "Panel"]\n'
                                         'labels = { "Panel" = "Speakers" }')
HEADER = ["Id", "Title", "Abstract", "Start", "End", "Speakers", "Panel"]
SLOT = ["2027-07-12 10:00", "2027-07-12 10:45"]


def _descriptions(tmp_path: Path, rows: list[list[str]]) -> list[tuple[str, str]]:
    (tmp_path / "m.toml").write_text(MAPPING, encoding="utf-8")
    report = validate_file(write_csv(tmp_path, HEADER, rows), mapping=tmp_path / "m.toml")
    return [(p.import_id, p.description_html) for p in report.payloads]


def test_a_co_presenters_row_sharing_a_name_adds_only_its_other_names(tmp_path: Path) -> None:
    assert _descriptions(tmp_path, [
        ["1", "Soil", "Probes.", *SLOT, "Ana Ruiz, Bo Li", ""],
        ["1", "Soil", "Probes.", *SLOT, "Bo Li, Cy Doe", ""],
    ]) == [("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li, Cy Doe</p>")]


def test_two_columns_of_one_label_sharing_a_name_list_it_once(tmp_path: Path) -> None:
    assert _descriptions(tmp_path, [
        ["1", "Soil", "Probes.", *SLOT, "Ana Ruiz, Bo Li", "bo  LI, Cy Doe"],
        ["2", "Rain", "Gauges.", *SLOT, "Dee Park", "Eve Ng, Dee Park, Fay Wu"],
    ]) == [("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, Bo Li, Cy Doe</p>"),
           ("2", "<p>Gauges.</p><p>Speakers: Eve Ng, Dee Park, Fay Wu</p>")]


def test_shared_names_are_left_out_as_written_and_html_is_left_whole() -> None:
    assert distinct_values(["Ana Ruiz, Bo Li", "Cy Doe", "Bo Li, Cy Doe, Di Xu",
                            "Bo Li, <i>Gus Ho</i>"]) == [
        "Ana Ruiz, Bo Li", "Cy Doe, Di Xu", "Bo Li, <i>Gus Ho</i>"]


def test_a_name_and_where_the_person_is_from_is_kept_whole_on_each_speakers_row(
        tmp_path: Path) -> None:
    """One row per speaker, each 'Name, Institute': the institute was listed once, so Bo Li's
    was lost and read as a speaker of its own."""
    assert _descriptions(tmp_path, [
        ["1", "Soil", "Probes.", *SLOT, "Ana Ruiz, IGE", ""],
        ["1", "Soil", "Probes.", *SLOT, "Bo Li, IGE", ""],
        ["1", "Soil", "Probes.", *SLOT, "Cy Doe, ige", ""],
    ]) == [("1", "<p>Probes.</p><p>Speakers: Ana Ruiz, IGE, Bo Li, IGE, Cy Doe, ige</p>")]


def test_a_shared_name_that_is_not_where_each_is_from_is_still_listed_once() -> None:
    assert distinct_values(["Ana Ruiz, IGE", "IGE, Bo Li"]) == ["Ana Ruiz, IGE", "Bo Li"]
    assert distinct_values(["Ana Ruiz, IGE", "Bo Li, IGE, Cy Doe"]) == [
        "Ana Ruiz, IGE", "Bo Li, Cy Doe"]
    assert distinct_values(["Ana Ruiz, Bo Li, IGE", "Cy Doe, IGE"]) == [
        "Ana Ruiz, Bo Li, IGE", "Cy Doe"]
