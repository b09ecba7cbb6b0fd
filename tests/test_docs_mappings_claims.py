"""Claims of mappings/README.md's prose, run as written: what a row is given when it shares
an id with another, and when a title's fallback column showing a formula's error counts."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file

MAPPING = """name = "claims"
[fields.import_id]
column = "ID"
[fields.name]
column = "Title"
fallback_column = "Type"
[fields.start]
date_column = "Date"
time_column = "Start"
[fields.end]
time_column = "End"
"""


def _issues(tmp_path: Path, rows: list[str]) -> list[tuple[int | None, str, str]]:
    (tmp_path / "claims.toml").write_text(MAPPING, encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("ID,Title,Type,Date,Start,End\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = validate_file(sheet, mapping=tmp_path / "claims.toml", timezone="UTC")
    return [(issue.row, issue.code, issue.severity) for issue in report.issues]


def test_rows_sharing_an_id_are_errors_unless_they_agree_in_every_mapped_column(
        tmp_path: Path) -> None:
    """'Two rows with the same id ... are both duplicate-import-id errors, unless they agree
    in every mapped column: the later one is then a repeated-row warning'."""
    assert _issues(tmp_path, [
        "1,Keynote,,5/11/2027,9:00,10:00",
        "1,Keynote,,5/11/2027,9:00,10:00",   # a row per speaker: the same session again
        "2,Panel,,5/11/2027,11:00,12:00",
        "2,Panel,,5/11/2027,11:00,12:30",    # the same id, another end
    ]) == [(3, "repeated-row", "warning"), (4, "duplicate-import-id", "error"),
           (5, "duplicate-import-id", "error")]


def test_a_fallback_column_showing_a_formulas_error_counts_only_for_a_blank_title(
        tmp_path: Path) -> None:
    assert _issues(tmp_path, [
        "1,Keynote,#N/A,5/11/2027,9:00,10:00",
        "2,,#N/A,5/11/2027,11:00,12:00",
    ]) == [(3, "missing-required", "error")]


def test_a_datetime_with_no_end_is_told_how_to_write_one_in_the_mappings_date_order(
        tmp_path: Path) -> None:
    """'a date and time with no end (French `11/05/2027 à 9h00` too ...) is a bad-datetime
    error': on a day-first sheet, as the French one is, the example it gives is day-first,
    not a date the mapping would read as 5 November."""
    (tmp_path / "fr.toml").write_text(
        'name = "fr"\ndate_order = "day-first"\n[fields.name]\ncolumn = "Titre"\n'
        '[fields.start]\ncolumn = "Horaire"\n[fields.end]\ncolumn = "Horaire"\n',
        encoding="utf-8")
    sheet = tmp_path / "programme.csv"
    sheet.write_text("Titre,Horaire\nOuverture,11/05/2027 à 9h00\n"
                     "Atelier,11/05/2027 9h00 à 10h30 à 11h\n", encoding="utf-8")
    report = validate_file(sheet, mapping=tmp_path / "fr.toml", timezone="Europe/Paris")
    hint = ("write the start and end like 11/5/2027 9:00 AM → 10:30 AM or "
            "2027-05-11 09:00 - 2027-05-11 10:30.")
    assert [(issue.row, issue.code, issue.message) for issue in report.issues if issue.row] == [
        (2, "bad-datetime", "Row 2: 'Horaire' has '11/05/2027 à 9h00', which is not a start and "
                            f"end date and time: it has a start but no end; {hint}"),
        (3, "bad-datetime", "Row 3: 'Horaire' has '11/05/2027 9h00 à 10h30 à 11h', which is not "
                            f"a start and end date and time: {hint}"),
    ]


def test_an_end_datetime_without_its_time_is_told_how_to_write_one_in_the_mappings_order(
        tmp_path: Path) -> None:
    (tmp_path / "fr.toml").write_text(
        'name = "fr"\ndate_order = "day-first"\n[fields.name]\ncolumn = "Titre"\n'
        '[fields.start]\ncolumn = "Début"\n[fields.end]\ncolumn = "Fin"\n', encoding="utf-8")
    sheet = tmp_path / "programme.csv"
    sheet.write_text("Titre,Début,Fin\nOuverture,11/05/2027 9:00,11/05/2027\n", encoding="utf-8")
    report = validate_file(sheet, mapping=tmp_path / "fr.toml", timezone="Europe/Paris")
    assert [(issue.row, issue.code, issue.message) for issue in report.issues if issue.row] == [
        (2, "bad-datetime", "Row 2: 'Fin' has a date but no time; write it like "
                            "11/5/2027 10:00 AM.")]
