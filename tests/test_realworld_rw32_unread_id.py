"""A webinar series' attendance, a row per webinar and county watching it, the county's code
under 'id' (crowcanyon/webinar-dash, `webinars.csv`: '16001,Ada County,ID,Climate and Culture
Online Seminar,2020-01-24,1,1'). The draft rightly left 'id' alone ('16001' is on rows of two
webinars), yet validate's derived-import-id warning said the column looked like an id and to
have the mapping read it, which would refuse every webinar as a duplicate-import-id; it now
says to give each session an id of its own, and still offers an id column that is one."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["id", "County", "State", "Event", "Date", "Households", "Participants"]


def _derived_id_warning(tmp_path: Path, rows: list[list[str]]) -> str:
    sheet = write_csv(tmp_path / "webinars.csv", [HEADER, *rows])
    mapping = tmp_path / "webinars.toml"
    mapping.write_text(draft_mapping(sheet).text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Denver")
    [warning] = [i.message for i in report.sheet_issues if i.code == "derived-import-id"]
    return warning.split("ratings). ")[1]


def test_a_county_code_under_id_is_not_offered_as_the_id(tmp_path: Path) -> None:
    assert _derived_id_warning(tmp_path, [
        ["16001", "Ada County", "ID", "Climate and Culture Online Seminar", "2020-01-24", "1",
         "1"],
        ["16001", "Ada County", "ID", "Why Do We Call Them Kivas?", "2020-08-27", "2", "2"],
        ["29001", "Adair County", "MO", "Why Do We Call Them Kivas?", "2020-08-27", "1", "1"],
    ]) == ("To avoid that, give each session a fixed id in a column of its own and have the "
           "mapping read it: [fields.import_id] with column = the column's header (a column "
           "it does not read is not used).")


def test_an_id_a_session_is_still_offered(tmp_path: Path) -> None:
    """The draft takes such a column as the id; a mapping written without it is told of it."""
    sheet = write_csv(tmp_path / "webinars.csv", [
        HEADER,
        ["w1", "Ada County", "ID", "Climate and Culture Online Seminar", "2020-01-24", "1", "1"],
        ["w2", "Ada County", "ID", "Why Do We Call Them Kivas?", "2020-08-27", "2", "2"],
        ["w2", "Adair County", "MO", "Why Do We Call Them Kivas?", "2020-08-27", "1", "1"]])
    mapping = tmp_path / "webinars.toml"
    mapping.write_text('name = "webinars"\n[fields.name]\ncolumn = "Event"\n'
                       '[fields.start]\ncolumn = "Date"\n[fields.end]\ncolumn = "Date"\n',
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Denver")
    [warning] = [i.message for i in report.sheet_issues if i.code == "derived-import-id"]
    assert warning.split("ratings). ")[1] == (
        "The sheet's 'id' column looks like one: to avoid that, have the mapping read it, "
        "[fields.import_id] with column = \"id\" (the sessions already imported then take "
        "their ids, one PATCH each).")
