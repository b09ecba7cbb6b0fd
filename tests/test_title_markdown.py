"""Markdown in titles, as a site's data file writes them (a Jekyll `_data/*.csv`, a README
table): the app shows a title as plain text, so `[Keynote](https://...)` was sent, and shown,
as typed. A link now gives its text, bold its words, and every other character is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.validate import validate_file
from tests.test_description_columns import ROWS, mapping
from tests.test_description_columns import write as write_rows
from tests.test_titles import write


def test_links_and_bold_give_their_words_with_a_warning(tmp_path: Path) -> None:
    titles = ["[Keynote](https://example.org/keynote)", "Conference dinner ([more](dinner.qmd))",
              "**Keynote**: the future", "__Opening__ remarks", "Plain talk",
              "**[Lightning talks](/talks/#lightning)**"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "Keynote", "Conference dinner (more)", "Keynote: the future", "Opening remarks",
        "Plain talk", "Lightning talks"]
    assert [(i.row, i.column, i.value, i.severity, i.message) for i in report.issues
            if i.code == "markdown-in-title"] == [
        (2, "Session Title", "[Keynote](https://example.org/keynote)", "warning",
         "Row 2: 'Session Title' has '[Keynote](https://example.org/keynote)': a title shows "
         "as plain text in the app, so its Markdown was read, leaving 'Keynote'; the app does "
         "not show the link's address (https://example.org/keynote): put it in the "
         "description if attendees need it."),
        (3, "Session Title", "Conference dinner ([more](dinner.qmd))", "warning",
         "Row 3: 'Session Title' has 'Conference dinner ([more](dinner.qmd))': a title shows as "
         "plain text in the app, so its Markdown was read, leaving 'Conference dinner (more)'; "
         "the app does not show the link's address (dinner.qmd): put it in the description if "
         "attendees need it."),
        (4, "Session Title", "**Keynote**: the future", "warning",
         "Row 4: 'Session Title' has '**Keynote**: the future': a title shows as plain text in "
         "the app, so its Markdown bold marks were taken out, leaving 'Keynote: the future'; "
         "check it reads right."),
        (5, "Session Title", "__Opening__ remarks", "warning",
         "Row 5: 'Session Title' has '__Opening__ remarks': a title shows as plain text in the "
         "app, so its Markdown bold marks were taken out, leaving 'Opening remarks'; check it "
         "reads right."),
        (7, "Session Title", "**[Lightning talks](/talks/#lightning)**", "warning",
         "Row 7: 'Session Title' has '**[Lightning talks](/talks/#lightning)**': a title shows "
         "as plain text in the app, so its Markdown was read, leaving 'Lightning talks'; the "
         "app does not show the link's address (/talks/#lightning): put it in the description "
         "if attendees need it."),
    ]


def test_a_titles_own_characters_are_kept(tmp_path: Path) -> None:
    """Brackets, stars and underscores a title means as typed: CommonMark would read
    `__init__` as bold 'init', which a strict pattern does not."""
    titles = ["__init__ and __new__", "C* algebras", "A* search", "[WIP] Talk", "Q&A [live]",
              "f(x) [draft]", "5 * 3", "snake_case_names", "2**10 and 5 ** 3",
              "Python **kwargs", "Arrays [i](j) notation", "__main__ explained",
              "[WIP] Talk [slides](s.pdf)"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [*titles[:-1], "[WIP] Talk slides"]
    assert [i.row for i in report.issues if i.code == "markdown-in-title"] == [14]


def test_a_link_with_brackets_in_its_text_or_address_gives_its_text(tmp_path: Path) -> None:
    titles = ["[[WIP] Talk](talk.md)", "[Go](https://en.wikipedia.org/wiki/Go_(game)) rules",
              '[Talk](talk.md "More") again', "[ ](empty.md) kept"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "[WIP] Talk", "Go rules", "Talk again", "[ ](empty.md) kept"]


@pytest.mark.parametrize("title", ["**Keynote**", "***Keynote***", "~~Keynote~~"])
def test_the_id_derived_from_a_title_is_made_from_it_as_written(
        tmp_path: Path, title: str) -> None:
    """Reading its Markdown must not make a session imported before anew."""
    marked = validate_file(write(tmp_path / "a.csv", [title]), timezone="UTC")
    plain = validate_file(write(tmp_path / "b.csv", ["Keynote"]), timezone="UTC")
    assert marked.payloads[0].name == plain.payloads[0].name == "Keynote"
    assert marked.payloads[0].import_id != plain.payloads[0].import_id
    assert marked.rows[0].title_as_written == title


def test_a_struck_title_is_sent_without_its_tildes_and_warned_of_as_cancelled(
        tmp_path: Path) -> None:
    """'~~Panel on X~~', as a site's data file marks a cancelled talk, was sent as typed with
    no warning, where a cell struck through in an .xlsx gets one. Struck and saying
    'CANCELLED' too, it gets one warning, not two; struck in part (a correction), it is kept
    as typed."""
    titles = ["~~Panel on X~~", "~~CANCELLED: Keynote~~", "~~Room 5~~ Room 6",
              "~~[Demo](demo.md)~~"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [
        "Panel on X", "CANCELLED: Keynote", "~~Room 5~~ Room 6", "Demo"]
    leave_out = ("yet it is imported like every other row, as {!r} (the app shows no strike); "
                 "to leave the session out, delete the row (and run with --prune to take it "
                 "out of the app), ")
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues
            if i.row] == [
        (2, "Session Title", "cancelled-title", "warning",
         "Row 2: 'Session Title' has '~~Panel on X~~', struck through, as a cancelled "
         "session's title often is, " + leave_out.format("Panel on X") + "or write "
         "'Cancelled' in the title to show attendees it is."),
        (3, "Session Title", "cancelled-title", "warning",
         "Row 3: 'Session Title' has '~~CANCELLED: Keynote~~', struck through, as a cancelled "
         "session's title often is, " + leave_out.format("CANCELLED: Keynote") + "or keep it "
         "to show attendees it is cancelled."),
        (5, "Session Title", "cancelled-title", "warning",
         "Row 5: 'Session Title' has '~~[Demo](demo.md)~~', struck through, as a cancelled "
         "session's title often is, " + leave_out.format("Demo") + "or write 'Cancelled' in "
         "the title to show attendees it is. In it, the app does not show the link's address "
         "(demo.md): put it in the description if attendees need it."),
    ]


def test_bold_italic_gives_its_words_as_bold_does(tmp_path: Path) -> None:
    """'***Keynote***' was sent as typed; stars a title means as typed are still kept."""
    titles = ["***Keynote***", "***Opening***: welcome", "***", "5 *** 3", "A* search",
              "Python **kwargs", "***Keynote**"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == ["Keynote", "Opening: welcome", *titles[2:]]
    assert [(i.row, i.message) for i in report.issues if i.code == "markdown-in-title"] == [
        (2, "Row 2: 'Session Title' has '***Keynote***': a title shows as plain text in the "
         "app, so its Markdown bold marks were taken out, leaving 'Keynote'; check it reads "
         "right."),
        (3, "Row 3: 'Session Title' has '***Opening***: welcome': a title shows as plain text "
         "in the app, so its Markdown bold marks were taken out, leaving 'Opening: welcome'; "
         "check it reads right.")]


def test_each_row_of_a_repeated_title_is_warned_of(tmp_path: Path) -> None:
    report = validate_file(write(tmp_path / "s.csv", ["**Lunch**", "Talk", "**Lunch**"]),
                           timezone="UTC")
    assert [(i.row, i.value) for i in report.issues if i.code == "markdown-in-title"] == [
        (2, "**Lunch**"), (4, "**Lunch**")]


def test_a_fallback_title_with_markdown_reads_as_a_title_of_its_own(tmp_path: Path) -> None:
    sheet = write_rows(tmp_path / "s.csv", [
        ["", "[Lunch](lunch.md) break", *ROWS[2][2:]],
        ["Keynote", "**Plenary**", *ROWS[3][2:]]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert [p.name for p in report.payloads] == ["Lunch break", "Keynote"]
    assert [(i.row, i.column, i.code, i.severity, i.message)
            for i in report.issues if i.row] == [
        (2, "Type", "markdown-in-title", "warning", "Row 2: 'Type' has '[Lunch](lunch.md) "
         "break', the title of a row whose own is blank: a title shows as plain text in the "
         "app, so its Markdown was read, leaving 'Lunch break'; the app does not show the "
         "link's address (lunch.md): put it in the description if attendees need it.")]


def test_a_struck_fallback_title_is_warned_of_naming_its_column(tmp_path: Path) -> None:
    sheet = write_rows(tmp_path / "s.csv", [["", "~~Lunch~~", *ROWS[2][2:]]])
    toml = mapping(tmp_path / "m.toml", 'column = "Abstract"', name='fallback_column = "Type"')
    report = validate_file(sheet, mapping=toml, timezone="UTC")
    assert ([p.name for p in report.payloads],
            [(i.row, i.column, i.code) for i in report.issues if i.row]) == (
        ["Lunch"], [(2, "Type", "cancelled-title")])


def test_a_sheet_without_markdown_marks_is_given_up_on_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Titles holding no `](`, `**`, `__` nor `~~`: no title is tried against the
    patterns."""
    def no_reading(title: str) -> None:
        raise AssertionError(f"read {title!r}")
    monkeypatch.setattr("importer._validation_titles.read_title_markdown", no_reading)
    titles = ["C* algebras", "[WIP] Talk", "f(x) [draft]", "snake_case", "~20 min talks",
              "<b>Bold</b> talk"]
    report = validate_file(write(tmp_path / "s.csv", titles), timezone="UTC")
    assert [p.name for p in report.payloads] == [*titles[:-1], "Bold talk"]
