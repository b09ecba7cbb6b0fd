"""Track and room cells of real programmes: names parted by a written backslash-n, as an
escaped export writes a line break ('#AR&VR\\n#entertainment'). Invented data of the same
shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import ValidationReport, validate_file
from tests.test_load import write_bytes

MAPPING = ('name = "t"\ntimezone = "UTC"\n[fields.name]\ncolumn = "Title"\n'
           '[fields.start]\ndate_column = "Date"\ntime_column = "Time"\n'
           '[fields.end]\ntime_column = "End"\n[fields.import_id]\ncolumn = "Id"\n')

ESCAPED = (r"Id,Date,Time,End,Title,Tracks" "\n"
           r"1,2027-05-11,9:00,10:00,A,#AR&VR\n#entertainment" "\n"
           r"2,2027-05-11,10:00,11:00,B,#AR&VR" "\n"
           r"3,2027-05-11,11:00,12:00,C,#games\n#entertainment" "\n"
           r"4,2027-05-11,12:00,13:00,D,#games\n#entertainment" "\n")


def _validate(tmp_path: Path, data: str, names: str) -> ValidationReport:
    path = write_bytes(tmp_path, "programme.csv", data.encode())
    mapping_path = tmp_path / "m.toml"
    mapping_path.write_text(MAPPING + names)
    return validate_file(path, mapping=mapping_path)


def _said(report: ValidationReport) -> list[tuple]:
    return [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] + [
        (r.row, r.payload.schedule_tracks) for r in report.rows if r.payload]


def test_names_parted_by_a_written_backslash_n_are_warned_of_with_the_separator(
        tmp_path: Path) -> None:
    """Each cell was one track named with the \\n in it, without a word."""
    report = _validate(tmp_path, ESCAPED, '[fields.schedule_tracks]\ncolumn = "Tracks"\n')
    assert _said(report) == [
        (None, "Tracks", "escaped-line-break", "warning",
         r"'Tracks' has names parted by a written \n ('#AR&VR\n#entertainment' on row 2, and "
         r"2 other rows): each cell is read as one name with the \n in it; to read each part "
         r'as a name, write separator = "\\n" under [fields.schedule_tracks]'),
        (2, (r"#AR&VR\n#entertainment",)), (3, ("#AR&VR",)),
        (4, (r"#games\n#entertainment",)), (5, (r"#games\n#entertainment",)),
    ]
    parted = _validate(tmp_path, ESCAPED,
                       '[fields.schedule_tracks]\ncolumn = "Tracks"\nseparator = "\\\\n"\n')
    assert _said(parted) == [(2, ("#AR&VR", "#entertainment")), (3, ("#AR&VR",)),
                             (4, ("#games", "#entertainment")), (5, ("#games", "#entertainment"))]


def test_draft_mapping_drafts_the_written_backslash_n_as_the_separator(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "programme.csv", ESCAPED.encode())
    assert ('[fields.schedule_tracks]\n'
            r"# names are listed with '\\n' ('#AR&VR\\n#entertainment' is #AR&VR and "
            r"#entertainment); if a name holds a '\\n' itself, write the list with ';' and "
            "take this separator out\n"
            'column = "Tracks"\n'
            r'separator = "\\n"' "\n") in draft_mapping(path).text


ON_LINES = ('Id,Date,Time,End,Title,Room\n'
            '1,2027-05-11,9:00,10:00,Plenary,"Hall 1\nHall 2"\n'
            '2,2027-05-11,10:00,11:00,Talk B,Hall 1\n'
            '3,2027-05-11,11:00,12:00,Talk C,hall 2\n'
            '4,2027-05-11,12:00,13:00,Gala,"Ballroom\n(Level 2)"\n'
            '5,2027-05-11,13:00,14:00,Closing,"Hall 1\r\nHall 2"\n')


def test_rooms_on_lines_of_their_own_are_warned_of_and_a_name_over_two_lines_is_not(
        tmp_path: Path) -> None:
    """'Hall 1⏎Hall 2' was one room, 'Hall 1 Hall 2', without a word; 'Ballroom⏎(Level 2)',
    whose second line names no room, is one room and is not said."""
    report = _validate(tmp_path, ON_LINES, '[fields.locations]\ncolumn = "Room"\n')
    assert [(i.row, i.column, i.code, i.severity, i.message) for i in report.issues] + [
        (r.row, r.payload.locations) for r in report.rows if r.payload] == [
        (None, "Room", "names-on-lines", "warning",
         "'Room' lists rooms on lines of their own ('Hall 1\\nHall 2' on row 2, and 1 other "
         "row), each line a room the column names alone: each cell is read as one room, "
         "'Hall 1 Hall 2'; to read each line as a room, write separator = \"\\n\" under "
         "[fields.locations]"),
        (2, ("Hall 1 Hall 2",)), (3, ("Hall 1",)), (4, ("hall 2",)),
        (5, ("Ballroom (Level 2)",)), (6, ("Hall 1 Hall 2",)),
    ]
    parted = _validate(tmp_path, ON_LINES,
                       '[fields.locations]\ncolumn = "Room"\nseparator = "\\n"\n')
    assert [(r.row, r.payload.locations) for r in parted.rows if r.payload] == [
        (2, ("Hall 1", "Hall 2")), (3, ("Hall 1",)), (4, ("Hall 2",)),
        (5, ("Ballroom", "(Level 2)")), (6, ("Hall 1", "Hall 2"))]
    # '(Level 2)' read as a room of its own is said; the rooms on lines of their own are not.
    # 'hall 2' on its own row is the 'Hall 2' row 2 lists: said as one room written two ways,
    # and read as sent, 'Hall 2'.
    assert [(i.code, i.message.split(")")[0]) for i in parted.issues] == [
        ("wrapped-name", "'Room' has a room wrapped onto two lines ('Ballroom\\n(Level 2"),
        ("name-spelt-two-ways", "'Room' writes the room 'Hall 2' also as 'hall 2' (on row 4")]
