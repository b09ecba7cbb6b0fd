"""A convention's full schedule exported by a script that put each cell in double quotes
without doubling the quotes typed inside them (waldo323/schedcsv,
output/2016.penguicon.fullschedule.csv: `"Mitch "Duckman" Peters, Jennifer Reisbig"`). The
quote before `Duckman` ends the cell's quoting, so its commas part the names into the next
columns and the row runs past the header. The extra-cells error said a cell holding a comma
was probably not quoted, and to quote it: the cell was quoted, and quoting it again fixes
nothing. It now names the cell whose quote ended the quoting, and says to double it."""

from __future__ import annotations

from pathlib import Path

from importer.validate import validate_file

HEADER = "Start Date,Start Time,End Time,Location,Title,Presenters,Book Description,Private\n"
ROWS = (
    '4/29/2016,19:00,19:50,"EMC II","BoF: Manga 2 Anime","","Come talk about Manga.",PUBLIC\n'
    '4/29/2016,19:00,19:50,"EMC IV","Social Skills in a Digital Age",'
    '"Mitch "Duckman" Peters, Jennifer Reisbig","Flirting, dating.",PUBLIC\n'
)
MAPPING = """name = "penguicon"
date_order = "month-first"

[fields.name]
column = "Title"

[fields.start]
date_column = "Start Date"
time_column = "Start Time"

[fields.end]
time_column = "End Time"
"""


def test_a_quote_not_doubled_inside_a_quoted_cell_is_named_as_the_cause(
    tmp_path: Path
) -> None:
    (tmp_path / "penguicon.toml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "schedule.csv").write_text(HEADER + ROWS, encoding="utf-8")
    report = validate_file(tmp_path / "schedule.csv", mapping=tmp_path / "penguicon.toml",
                           timezone="America/Detroit")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "extra-cells",
         "Row 3: has 'PUBLIC' in column I, past the last column with a header: "
         "'Presenters' has 'Mitch Duckman\" Peters': a double quote inside a cell in double "
         "quotes ends its quoting unless written twice, so a ',' after it cut or moved this "
         "row's values. Write each double quote inside a quoted cell twice (\"\"), or save the "
         "sheet again from the spreadsheet program."),
    ]
    assert [p.name for p in report.payloads] == ["BoF: Manga 2 Anime"]


def test_the_row_reads_whole_once_the_quotes_are_doubled(tmp_path: Path) -> None:
    (tmp_path / "penguicon.toml").write_text(MAPPING, encoding="utf-8")
    fixed = ROWS.replace('"Mitch "Duckman" Peters', '"Mitch ""Duckman"" Peters')
    (tmp_path / "schedule.csv").write_text(HEADER + fixed, encoding="utf-8")
    report = validate_file(tmp_path / "schedule.csv", mapping=tmp_path / "penguicon.toml",
                           timezone="America/Detroit")
    assert [i.code for i in report.issues if i.row] == []
    assert [p.name for p in report.payloads] == ["BoF: Manga 2 Anime",
                                                 "Social Skills in a Digital Age"]
