"""Pinned where a change would go unnoticed: an emoji garbled by Mac Roman is said; an
added column the sheet lacks is still warned of beside another entry it has, of another
label; a joined name is listed when only its last part differs, and its HTML read as HTML
is not said to be shown as written."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file
from tests.test_joined_added_columns import (
    HEADER,
    JOINED,
    co_presenter,
    descriptions,
    issues,
    mapping,
    soil,
)
from tests.test_review_rv13_garbled import SAID, _mac
from tests.test_validate import write_csv


def test_an_emoji_garbled_by_mac_roman_is_said(tmp_path: Path) -> None:
    """'🎉' is four bytes in UTF-8, read by older Excel for Mac as the Apple logo and three
    accented letters: sent so, the app shows them in the title."""
    path = tmp_path / "export.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    f"Launch party {_mac('🎉')},5/11/2027,9:00 PM,10:00 PM,Hall A\n",
                    encoding="utf-8")
    report = validate_file(path, timezone="America/Chicago")
    assert [(i.row, i.message) for i in report.issues if i.code == "garbled-text"] == [
        (2, SAID.format(row=2, column="Session Title", word="\uf8ffüéâ", reading="Mac Roman",
                        meant="🎉"))]


def test_a_missing_added_column_is_warned_of_beside_an_entry_of_another_label(
        tmp_path: Path) -> None:
    """add_columns = ["Company", "Speakers"], the sheet having Company and 'Speaker Id' but
    no Speakers: Company's paragraph gives no speakers, so 'Speaker Id' is still said to be
    the column the description may have meant."""
    path = write_csv(tmp_path, [*HEADER[:5], "Speaker Id", "Company"],
                     [[*soil()[:6], "Acme"]])
    report = validate_file(path, mapping=mapping(
        tmp_path, 'optional = true\nadd_columns = ["Company", "Speakers"]'))
    assert (issues(report), [p.description_html for p in report.payloads]) == (
        [(None, "Speaker Id", "unread-column",
          "Column 'Speaker Id' holds data that is not imported: fields.description reads "
          "'Speakers', which the sheet does not have. Rename the column to 'Speakers', or give "
          "fields.description 'Speaker Id' in add_columns in place of 'Speakers' in a mapping "
          "of your own.")],
        ["<p>How probes read soil.</p><p>Company: Acme</p>"])


def test_co_presenters_sharing_a_first_name_are_each_listed(tmp_path: Path) -> None:
    """Ana Ruiz and Ana Li present together: the co-presenter's row differs from the
    session's in its last name alone, and is listed."""
    path = write_csv(tmp_path, HEADER, [soil(), co_presenter("101", "Ana", "Li")])
    report = validate_file(path, mapping=mapping(tmp_path))
    assert ([(i.row, i.code) for i in report.issues], descriptions(report)) == (
        [(3, "repeated-row")],
        [("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz, Ana Li</p>")])


def test_a_joined_name_holding_html_read_as_html_is_no_html_as_text(tmp_path: Path) -> None:
    """format = "auto": 'Ruiz <b>PhD</b>' is HTML the app shows bold, nothing taken out:
    no word that it is shown as written."""
    path = write_csv(tmp_path, HEADER, [soil("Ana", "Ruiz <b>PhD</b>")])
    report = validate_file(path, mapping=mapping(tmp_path, 'format = "auto"\n' + JOINED))
    assert (issues(report), descriptions(report)) == (
        [], [("sz:101", "<p>How probes read soil.</p><p>Speakers: Ana Ruiz <b>PhD</b></p>")])
