"""Drafting a mapping from a sheet's own columns, then validating the sheet with the draft."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from importer.cli import app
from importer.draft import draft_mapping
from importer.errors import MappingError
from importer.mapping import load_mapping
from importer.validate import ValidationReport, validate_file

REPO = Path(__file__).resolve().parent.parent


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def drafted(tmp_path: Path, sheet: Path) -> tuple[Path, dict[str, dict[str, str]]]:
    """The draft saved beside the test, and its [fields.X] tables' keys and values."""
    draft = draft_mapping(sheet)
    path = tmp_path / "draft.toml"
    path.write_text(draft.text, encoding="utf-8")
    tables = {name: dict(re.findall(r"^(\w+) = (.+)$", body, re.M)) for name, body in
              re.findall(r"^\[fields\.(\w+)\]\n((?:[^\[\n].*\n?)*)", draft.text, re.M)}
    return path, tables


def every_field_from(header: list[str]) -> dict[str, dict[str, str]]:
    """The draft's tables for a header naming, in order: id, title, date, start, end, room,
    track and description."""
    quoted = [json.dumps(name, ensure_ascii=False) for name in header]
    return {
        "import_id": {"column": quoted[0]},
        "name": {"column": quoted[1]},
        "start": {"date_column": quoted[2], "time_column": quoted[3]},
        "end": {"time_column": quoted[4]},
        "locations": {"column": quoted[5]},
        "schedule_tracks": {"column": quoted[6]},
        "description": {"column": quoted[7], "format": '"text"'},
    }


def sessions(report: ValidationReport) -> list[dict[str, Any]]:
    return [p.model_dump(exclude={"import_id"}) for p in report.payloads]


def test_the_templates_own_sample_drafts_to_the_same_sessions(tmp_path: Path) -> None:
    """A draft of a sheet in the template's layout reads every row as the template does."""
    sample = REPO / "sample_data" / "conference.xlsx"
    mapping, tables = drafted(tmp_path, sample)
    assert tables == {
        "import_id": {"column": '"Session ID"'},
        "name": {"column": '"Session Title"'},
        "start": {"date_column": '"Date"', "time_column": '"Time Start"'},
        "end": {"time_column": '"Time End"'},
        "locations": {"column": '"Room/Location"'},
        "schedule_tracks": {"column": '"Schedule Track (Optional)"'},
        "description": {"column": '"Description (Optional)"', "format": '"auto"'},
    }
    mapped = validate_file(sample, mapping=mapping, timezone="America/Chicago")
    template = validate_file(sample, timezone="America/Chicago")
    assert (mapped.rows_read, mapped.valid) == (template.rows_read, template.valid) == (61, 61)
    assert sessions(mapped) == sessions(template)
    assert mapped.payloads[0].import_id == "conference:PDS-001"


def test_descriptions_in_any_html_are_drafted_to_read_as_html(tmp_path: Path) -> None:
    """The draft told HTML by a few tags of its own: <div> and <h3> were drafted as text, and
    the app would have shown the tags as written."""
    sheet = write_csv(tmp_path / "web.csv", [
        ["Title", "Start", "End", "Room", "Description"],
        ["A", "2027-05-11 09:00", "2027-05-11 10:00", "Hall", "<div>Welcome</div><h3>Agenda</h3>"],
        ["B", "2027-05-11 10:00", "2027-05-11 11:00", "Hall", "Plain words"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["description"] == {"column": '"Description"', "format": '"auto"'}
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<div>Welcome</div><h3>Agenda</h3>", "<p>Plain words</p>"]


def test_a_day_column_of_many_words_is_no_date_and_leaves_the_draft_to_finish(
        tmp_path: Path) -> None:
    """Over FEW_WORDS different words are not listed for their dates, but the draft is no
    less unfinished: it exited 0, and every row then failed."""
    sheet = write_csv(tmp_path / "words.csv", [["Title", "Day", "Start", "End", "Room"]] + [
        [f"Talk {n}", f"slot {n}", "9:00", "10:00", "Hall"] for n in range(20)])
    draft = draft_mapping(sheet)
    assert (draft.missing, [line for line in draft.text.splitlines() if "no dates" in line]) == (
        ["start"], ["# 'Day' holds no dates (20 different words, such as 'slot 0'): map the "
                    "start to a column of dates"])


def test_an_export_with_one_datetime_column_and_a_duration(tmp_path: Path) -> None:
    """A call-for-papers export: its own ids, 'Scheduled At' and minutes; some talks have no
    slot yet, so the draft points at skip_unscheduled."""
    sheet = write_csv(tmp_path / "cfp-export.csv", [
        ["Session Id", "Title", "Owner", "Room", "Scheduled At", "Scheduled Duration"],
        ["812345", "Pipelines", "Ana", "Room A", "12 Jul 2027 10:00 AM", "45"],
        ["812346", "Opening", "Org", "Main Hall", "12 Jul 2027 09:00 AM", "30"],
        ["812350", "Not placed yet", "Bo", "", "", "40"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert {key: tables[key] for key in ("import_id", "start", "end")} == {
        "import_id": {"column": '"Session Id"'},
        "start": {"column": '"Scheduled At"'},
        "end": {"duration_column": '"Scheduled Duration"'},
    }
    text = mapping.read_text(encoding="utf-8")
    assert 'import_id_prefix = "cfp-export:"' in text
    assert ("# 1 row has no 'Scheduled At': to skip such rows until they get one, instead of "
            "reporting each as an error, add skip_unscheduled = true\n") in text
    assert "# Columns nothing reads: 'Owner'\n" in text
    mapping.write_text(text.replace("import_id_prefix =",
                                    "skip_unscheduled = true\nimport_id_prefix ="),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues] == [(4, "unscheduled")]
    assert [(p.import_id, p.name, p.start_time.isoformat(), p.end_time and p.end_time.hour)
            for p in report.payloads] == [
        ("cfp-export:812345", "Pipelines", "2027-07-12T10:00:00+00:00", 10),
        ("cfp-export:812346", "Opening", "2027-07-12T09:00:00+00:00", 9)]


def test_a_real_programme_with_day_names_needs_only_their_dates(tmp_path: Path) -> None:
    """PyConES 2019 writes 'sabado' and 'domingo' for its days: the draft says so and how to
    give their dates; with them written in, every row validates."""
    sheet = REPO / "tests" / "fixtures" / "realworld" / "pycones19-talks.csv"
    mapping, tables = drafted(tmp_path, sheet)
    assert tables == {
        "name": {"column": '"Title"'},
        "start": {"date_column": '"Day"', "time_column": '"Start"'},
        "end": {"time_column": '"End"'},
        "locations": {"column": '"Place"'},
        "schedule_tracks": {"column": '"Type"'},
    }
    text = mapping.read_text(encoding="utf-8")
    hint = ("# 'Day' holds no dates. Give each its date under [fields.start]: "
            'values = { "sabado" = "YYYY-MM-DD", "domingo" = "YYYY-MM-DD" }\n')
    assert hint in text
    # Pasted as it is, it gives no day, and the mapping says which entries want theirs.
    pasted = tmp_path / "pasted.toml"
    pasted.write_text(text.replace('time_column = "Start"\n', 'time_column = "Start"\n'
                                   + hint.partition(": ")[2]), encoding="utf-8")
    with pytest.raises(MappingError, match="values gives 'sabado' the date 'YYYY-MM-DD'"):
        validate_file(sheet, mapping=pasted, timezone="Europe/Madrid")
    # The planner does as the comment says.
    mapping.write_text(text.replace(
        'time_column = "Start"\n',
        'time_column = "Start"\nvalues = { sabado = "2019-10-05", domingo = "2019-10-06" }\n'),
        encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Europe/Madrid")
    assert (report.rows_read, report.valid) == (72, 72)
    assert report.payloads[0].start_time.isoformat() == "2019-10-05T09:30:00+00:00"


def test_time_ranges_datetime_ranges_and_day_first_dates(tmp_path: Path) -> None:
    ranges = write_csv(tmp_path / "ranges.csv", [
        ["Talk", "Date", "Time", "Venue", "Abstract"],
        ["A", "13/05/2027", "9:00 - 10:30", "Hall", "**Bold** claims"],
        ["B", "14/05/2027", "11:00 - 12:00", "Hall", "- a list\n- of points"],
    ])
    mapping, tables = drafted(tmp_path, ranges)
    assert (tables["start"], tables["end"], tables["description"]["format"]) == (
        {"date_column": '"Date"', "time_column": '"Time"'}, {"time_column": '"Time"'},
        '"markdown"')
    assert 'date_order = "day-first"' in mapping.read_text(encoding="utf-8")
    report = validate_file(ranges, mapping=mapping, timezone="UTC")
    assert [(p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("2027-05-13T09:00:00+00:00", "2027-05-13T10:30:00+00:00"),
        ("2027-05-14T11:00:00+00:00", "2027-05-14T12:00:00+00:00")]

    notion = write_csv(tmp_path / "notion.csv", [
        ["Name", "When", "Location"],
        ["A", "May 11, 2027 9:00 AM → 9:45 AM", "Hall"],
        ["B", "May 11, 2027 7:00 PM → May 12, 2027 12:30 AM", "Bar"],
    ])
    mapping, tables = drafted(tmp_path, notion)
    assert (tables["start"], tables["end"]) == ({"column": '"When"'}, {"column": '"When"'})
    report = validate_file(notion, mapping=mapping, timezone="UTC")
    assert (report.valid, report.payloads[1].end_time and
            report.payloads[1].end_time.isoformat()) == (2, "2027-05-12T00:30:00+00:00")


def test_the_command_writes_the_draft_and_names_what_is_left_to_fill_in(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "ideas.csv", [["Title", "Notes"], ["A", "x"], ["B", "y"]])
    output = tmp_path / "ideas.toml"
    runner = CliRunner()
    done = runner.invoke(app, ["draft-mapping", str(sheet), "-o", str(output)])
    assert (done.exit_code, done.stdout) == (1, "")
    assert done.stderr.splitlines() == [
        f"Wrote {output}: name from 'Title'.",
        "Nothing is sent from 'Notes': the draft reads no field from it.",
        "Fill in: fields.start, fields.end (the draft's comments say what each needs).",
        f"Then check it: gbimport validate {sheet} --mapping {output}",
    ]
    # The gaps say what they need, and validate then names the sheet's columns.
    checked = runner.invoke(app, ["validate", str(sheet), "-m", str(output)])
    assert (checked.exit_code, checked.stderr) == (2, (
        f"error: {sheet}: mapping 'ideas' needs 2 columns the sheet does not have: 'FILL IN' "
        "for fields.start, 'FILL IN' for fields.end. The sheet's columns are: 'Title', "
        "'Notes'. Fix the column names in the mapping or the sheet; or, for a sheet laid out "
        f"another way, draft a mapping from its own columns: gbimport draft-mapping {sheet} "
        "-o my-mapping.toml.\n"))
    # Never over a file the user has.
    again = runner.invoke(app, ["draft-mapping", str(sheet), "-o", str(output)])
    assert (again.exit_code, again.stderr) == (2, (
        f"error: {output} already exists; give --output another name, or delete the file "
        "first\n"))
    printed = runner.invoke(app, ["draft-mapping", str(REPO / "sample_data" / "conference.csv")])
    assert (printed.exit_code, printed.stdout) == (
        0, draft_mapping(REPO / "sample_data" / "conference.csv").text)
    assert printed.stderr.splitlines()[1] == (
        "The sheet is laid out as Guidebook's template: the built-in mapping (the default) "
        "reads it as it is, its registration columns too.")


def test_the_description_hint_quotes_a_header_as_toml_does(tmp_path: Path) -> None:
    """A header holding a quote ('Notes "long"'): the line to add was written with the
    quote bare, column = "Notes "long"", which the mapping then could not read."""
    sheet = write_csv(tmp_path / "ideas.csv", [["Title", 'Notes "long"'], ["A", "x"]])
    done = CliRunner().invoke(app, ["draft-mapping", str(sheet), "-o", str(tmp_path / "i.toml")])
    hint = done.stderr.splitlines()[1]
    assert hint.endswith('under it, column = "Notes \\"long\\"".')
    line = hint[hint.index("column = "):-1]
    assert tomllib.loads(line) == {"column": 'Notes "long"'}


def test_excel_datetime_cells_are_one_datetime_column(tmp_path: Path) -> None:
    """Date-and-time cells hold the day: read as times of day they would leave the start's
    date to fill in."""
    sheet = write_xlsx(tmp_path / "agenda.xlsx", [
        ["ID", "Session", "Starts", "Ends", "Location"],
        ["K1", "Keynote", dt.datetime(2027, 5, 13, 9), dt.datetime(2027, 5, 13, 10), "Hall"],
        ["K2", "Dive", dt.datetime(2027, 5, 14, 10, 30), dt.datetime(2027, 5, 14, 12), "B"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == ({"column": '"Starts"'}, {"column": '"Ends"'})
    assert draft_mapping(sheet).missing == []
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("2027-05-13T09:00:00+00:00", "2027-05-13T10:00:00+00:00"),
        ("2027-05-14T10:30:00+00:00", "2027-05-14T12:00:00+00:00")]


def test_headers_with_units_punctuation_and_camel_case(tmp_path: Path) -> None:
    """'Start (CET)', 'Duration [min]', 'Room #', 'Track(s)', 'startTime', 'session_no' and an
    id column headed '#' or 'Nr.' are matched as their words say."""
    units = write_csv(tmp_path / "units.csv", [
        ["#", "Title", "Date", "Start (CET)", "Duration [min]", "Room #", "Track(s)"],
        ["1", "Keynote", "2027-05-13", "09:00", "45", "Main", "General"],
        ["2", "Panel", "2027-05-13", "10:00", "60", "B", "Data"],
    ])
    mapping, tables = drafted(tmp_path, units)
    assert tables == {
        "import_id": {"column": '"#"'},
        "name": {"column": '"Title"'},
        "start": {"date_column": '"Date"', "time_column": '"Start (CET)"'},
        "end": {"duration_column": '"Duration [min]"'},
        "locations": {"column": '"Room #"'},
        "schedule_tracks": {"column": '"Track(s)"'},
    }
    report = validate_file(units, mapping=mapping, timezone="UTC")
    assert [(p.import_id, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.locations) for p in report.payloads] == [
        ("units:1", "2027-05-13T09:00:00+00:00", "2027-05-13T09:45:00+00:00", ("Main",)),
        ("units:2", "2027-05-13T10:00:00+00:00", "2027-05-13T11:00:00+00:00", ("B",))]

    camel = write_csv(tmp_path / "camel.csv", [
        ["sessionId", "sessionTitle", "startTime", "endTime", "roomName", "trackName"],
        ["a1", "Keynote", "2027-05-13 09:00", "2027-05-13 09:45", "Main", "General"],
    ])
    assert drafted(tmp_path, camel)[1] == {
        "import_id": {"column": '"sessionId"'},
        "name": {"column": '"sessionTitle"'},
        "start": {"column": '"startTime"'},
        "end": {"column": '"endTime"'},
        "locations": {"column": '"roomName"'},
        "schedule_tracks": {"column": '"trackName"'},
    }
    snake = write_csv(tmp_path / "snake.csv", [
        ["Nr.", "talk_title", "event_date", "Start_Time", "End_Time", "room_no"],
        ["1", "Keynote", "05/13/2027", "9:00 AM", "9:45 AM", "101"],
    ])
    assert drafted(tmp_path, snake)[1] == {
        "import_id": {"column": '"Nr."'},
        "name": {"column": '"talk_title"'},
        "start": {"date_column": '"event_date"', "time_column": '"Start_Time"'},
        "end": {"time_column": '"End_Time"'},
        "locations": {"column": '"room_no"'},
    }


@pytest.mark.parametrize("header", [
    ["Nr", "Titel", "Datum", "Beginn", "Ende", "Raum", "Themenbereich", "Beschreibung"],
    ["N°", "Titre", "Jour", "Heure de début", "Heure de fin", "Salle", "Parcours", "Résumé"],
    ["Código", "Título", "Fecha", "Hora inicio", "Hora fin", "Sala", "Temática", "Descripción"],
    ["Codice", "Titolo", "Data", "Inizio", "Fine", "Aula", "Percorso", "Descrizione"],
    ["Código", "Título", "Data", "Início", "Fim", "Local", "Trilha", "Descrição"],
    ["Nummer", "Titel", "Datum", "Begintijd", "Eindtijd", "Zaal", "Thema", "Omschrijving"],
], ids=["de", "fr", "es", "it", "pt", "nl"])
def test_headers_in_the_languages_of_the_date_words(tmp_path: Path, header: list[str]) -> None:
    """German, French, Spanish, Italian, Portuguese and Dutch programmes, as convert reads
    their dates, are drafted from their own headers."""
    sheet = write_csv(tmp_path / "programm.csv", [
        header,
        ["7", "Eröffnung", "13.05.2027", "09:00", "09:30", "Saal 1", "Data", "Begrüßung"],
        ["8", "Pipelines", "14.05.2027", "14:00", "16:00", "Saal 2", "Web", "Vortrag"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables == every_field_from(header)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.import_id, p.name, p.start_time.isoformat(), p.end_time and
             p.end_time.isoformat(), p.locations, p.schedule_tracks)
            for p in report.payloads] == [
        ("programm:7", "Eröffnung", "2027-05-13T09:00:00+00:00", "2027-05-13T09:30:00+00:00",
         ("Saal 1",), ("Data",)),
        ("programm:8", "Pipelines", "2027-05-14T14:00:00+00:00", "2027-05-14T16:00:00+00:00",
         ("Saal 2",), ("Web",))]


def test_the_header_is_the_row_whose_names_fit_most_fields(tmp_path: Path) -> None:
    """A header none of whose names is written exactly as a known one ('sessionTitle') is not
    passed over for a row of cells that are ('Talk', 'No')."""
    sheet = write_csv(tmp_path / "export.csv", [
        ["sessionId", "sessionTitle", "startTime", "endTime", "roomName", "sessionType",
         "isPublic"],
        ["a1", "Keynote", "2027-05-13 09:00", "2027-05-13 09:45", "Main", "Keynote", "Yes"],
        ["a2", "Panel", "2027-05-13 10:00", "2027-05-13 11:00", "B", "Talk", "No"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert "(header on row 1)" in mapping.read_text(encoding="utf-8")
    assert tables == {
        "import_id": {"column": '"sessionId"'},
        "name": {"column": '"sessionTitle"'},
        "start": {"column": '"startTime"'},
        "end": {"column": '"endTime"'},
        "locations": {"column": '"roomName"'},
        "schedule_tracks": {"column": '"sessionType"'},
    }
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.import_id, p.name, p.schedule_tracks) for p in report.payloads] == [
        ("export:a1", "Keynote", ("Keynote",)), ("export:a2", "Panel", ("Talk",))]


def test_tracks_written_with_another_separator_get_it(tmp_path: Path) -> None:
    """Tracks listed with ',' get separator = ","; rooms only a comment, as a comma may be
    part of a room's name ('Hall A, Level 2')."""
    sheet = write_csv(tmp_path / "tracks.csv", [
        ["ID", "Title", "Date", "Start", "End", "Room", "Track(s)"],
        ["1", "A", "2027-05-13", "09:00", "10:00", "Hall A, Level 2", "Data, AI"],
        ["2", "B", "2027-05-13", "10:00", "11:00", "Hall B", "Web"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["locations"], tables["schedule_tracks"]) == (
        {"column": '"Room"'}, {"column": '"Track(s)"', "separator": '","'})
    text = mapping.read_text(encoding="utf-8")
    assert ("[fields.locations]\n# some cells hold ',' ('Hall A, Level 2'): each is read as "
            "one name; if it lists several, add separator = \",\"\n") in text
    assert ("[fields.schedule_tracks]\n# names are listed with ',' ('Data, AI' is Data and "
            "AI); if a name holds a ',' itself, write the list with ';' and take this "
            "separator out\n") in text
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.locations, p.schedule_tracks) for p in report.payloads] == [
        (("Hall A, Level 2",), ("Data", "AI")), (("Hall B",), ("Web",))]


def test_a_duration_in_hours_is_not_read_as_minutes(tmp_path: Path) -> None:
    """A plain number in a duration column is minutes: a column headed as hours is drafted
    with duration_unit = "hours", rather than making a 2-hour workshop last 2 minutes."""
    sheet = write_csv(tmp_path / "hours.csv", [
        ["ID", "Title", "Start", "Duration (hours)", "Room"],
        ["1", "Workshop", "2027-05-13 09:00", "2", "Lab"],
        ["2", "Seminar", "2027-05-13 13:00", "1,5", "Lab"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["end"] == {"duration_column": '"Duration (hours)"',
                             "duration_unit": '"hours"'}
    assert draft_mapping(sheet).missing == []
    assert ("[fields.end]\n# 'Duration (hours)' counts hours: its plain numbers are read as "
            "hours (1.5 is 90 minutes), a cell written with its unit (45 min) as written; if "
            'they are minutes, write duration_unit = "minutes"\n') in mapping.read_text(
                encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.end_time and p.end_time.isoformat()) for p in report.payloads] == [
        ("Workshop", "2027-05-13T11:00:00+00:00"), ("Seminar", "2027-05-13T14:30:00+00:00")]


def test_a_duration_column_of_small_plain_numbers_is_drafted_as_hours(tmp_path: Path) -> None:
    """A course timetable's 'duration' of 1, 3 and 1.5: too short as minutes, each would be
    refused; minutes from 5 up are left as minutes."""
    sheet = write_csv(tmp_path / "timetable.csv", [
        ["summary", "date", "duration", "start_time"],
        ["Lecture", "2022-01-24", "1", "09:00"], ["Practical", "2022-01-24", "3", "10:00"],
        ["Lab", "2022-01-25", "1.5", "13:00"]])
    text = draft_mapping(sheet).text
    assert text.split("[fields.end]\n")[1].split("\n\n")[0].rstrip() == (
        "# 'duration' holds plain numbers such as 1, 1.5, 3, too short as minutes: its plain "
        "numbers are read as hours (1.5 is 90 minutes), a cell written with its unit (45 min) "
        'as written; if they are minutes, write duration_unit = "minutes"\n'
        'duration_column = "duration"\nduration_unit = "hours"')
    minutes = write_csv(tmp_path / "minutes.csv", [
        ["summary", "date", "duration", "start_time"],
        ["Lecture", "2022-01-24", "45", "09:00"], ["Lightning", "2022-01-24", "5", "10:00"]])
    assert "duration_unit" not in draft_mapping(minutes).text


def test_a_duration_written_with_its_unit_is_read_as_written(tmp_path: Path) -> None:
    with_units = write_csv(tmp_path / "units.csv", [
        ["ID", "Title", "Start", "Dauer (Std.)", "Room"],
        ["1", "Workshop", "2027-05-13 09:00", "2h", "Lab"],
    ])
    mapping, tables = drafted(tmp_path, with_units)
    assert tables["end"] == {"duration_column": '"Dauer (Std.)"'}
    report = validate_file(with_units, mapping=mapping, timezone="UTC")
    assert [p.end_time and p.end_time.isoformat() for p in report.payloads] == [
        "2027-05-13T11:00:00+00:00"]


def test_a_column_as_likely_as_the_one_drafted_is_named_beside_it(tmp_path: Path) -> None:
    """Room and Building, Title and Subtitle, Description and Short description, Track and
    Type: the draft reads the first and names the other, to be put in its place if meant."""
    sheet = write_csv(tmp_path / "both.csv", [
        ["Ref", "Subtitle", "Title", "Short description", "Description", "Building", "Room",
         "Date", "Start", "End", "Type", "Track"],
        ["R1", "sub", "A", "short", "long", "North", "101", "2027-05-13", "09:00", "10:00",
         "Talk", "Data"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert {key: tables[key]["column"] for key in
            ("name", "locations", "schedule_tracks", "description")} == {
        "name": '"Title"', "locations": '"Room"', "schedule_tracks": '"Track"',
        "description": '"Description"'}
    text = mapping.read_text(encoding="utf-8")
    for key, other in (("name", "'Subtitle'"), ("locations", "'Building'"),
                       ("schedule_tracks", "'Type'"),
                       ("description", "'Short description'")):
        assert (f"[fields.{key}]\n# {other} could be meant too: put it here instead if "
                "so\n") in text
    assert "# Columns nothing reads: 'Subtitle', 'Short description', 'Building', 'Type'\n" in text


def test_an_id_column_that_counts_the_rows_is_pointed_out(tmp_path: Path) -> None:
    """'#' holding 1, 2, 3... is read as the id, with a warning: numbers that follow the rows
    move when a row is inserted or the sheet sorted, and sessions take each other's ids."""
    rows = [["Nr", "Title", "Date", "Start", "End"],
            ["1", "A", "2027-05-13", "09:00", "10:00"],
            ["2", "B", "2027-05-13", "10:00", "11:00"],
            ["3", "C", "2027-05-13", "11:00", "12:00"]]
    counted = write_csv(tmp_path / "counted.csv", rows)
    mapping, tables = drafted(tmp_path, counted)
    assert tables["import_id"] == {"column": '"Nr"'}
    assert ("[fields.import_id]\n# the id that ties a row to its session across runs\n"
            "# 'Nr' counts the rows (1, 2, 3...): if it is renumbered when a row is inserted "
            "or the sheet sorted, sessions take each other's ids. Keep each number with its "
            "session, or use a column that does not move\n") in mapping.read_text(
                encoding="utf-8")
    rows[2][0], rows[3][0] = "7", "4"
    mapping, _ = drafted(tmp_path, write_csv(tmp_path / "kept.csv", rows))
    assert "counts the rows" not in mapping.read_text(encoding="utf-8")


def test_dates_written_with_dots_are_drafted_day_first(tmp_path: Path) -> None:
    """11.05.2027 is day-first wherever it is written, as validate insists: a German sheet
    whose days are all 12 or less was drafted month-first, and no row validated."""
    sheet = write_csv(tmp_path / "tage.csv", [
        ["Titel", "Datum", "Beginn", "Ende"],
        ["Keynote", "11.05.2027", "09:00", "10:00"],
        ["Panel", "12.05.2027", "10:30", "11:30"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    assert 'date_order = "day-first"' in mapping.read_text(encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.start_time.isoformat() for p in report.payloads] == [
        "2027-05-11T09:00:00+00:00", "2027-05-12T10:30:00+00:00"]


def test_a_zone_named_in_a_time_header_is_pointed_at_the_timezone_setting(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "cet.csv", [
        ["Title", "Date", "Start (CET)", "End (CET)"],
        ["Keynote", "2027-05-11", "09:00", "10:00"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    assert ("# 'Start (CET)' says its times are CET: set timezone to the region and city of "
            "the place they are in (Europe/Paris): an abbreviation does not say when summer "
            "time applies\n") in mapping.read_text(encoding="utf-8")


def test_a_zone_after_a_time_header_without_brackets_is_no_language(tmp_path: Path) -> None:
    """'Start Time PT' is Pacific Time: it was read as Portuguese, a language after the name,
    and the zone went unsaid."""
    sheet = write_csv(tmp_path / "pt.csv", [
        ["Title", "Date", "Start Time PT", "End Time PT"],
        ["Keynote", "2027-05-11", "09:00", "10:00"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == (
        {"date_column": '"Date"', "time_column": '"Start Time PT"'},
        {"time_column": '"End Time PT"'})
    assert ("# 'Start Time PT' says its times are PT: set timezone to the region and city of "
            "the place they are in (America/Los_Angeles): an abbreviation does not say when summer "
            "time applies\n") in mapping.read_text(encoding="utf-8")


D, T = dt.date(2027, 5, 13), dt.time
SHEETS: dict[str, list[list[Any]]] = {
    "de.csv": [["Nr", "Titel", "Untertitel", "Datum", "Beginn", "Ende", "Raum", "Referent"],
               ["1", "Eröffnung", "Willkommen", "13.05.2027", "09:00", "09:30", "Saal 1", "A"]],
    "fr.xlsx": [["N°", "Titre", "Date", "Début", "Fin", "Salle", "Intervenants"],
                [1, "Ouverture", D, T(9), T(9, 30), "Amphi A", "Marie Curie"]],
    "es.csv": [["Código", "Título", "Fecha", "Hora inicio", "Hora fin", "Sala", "Ponentes"],
               ["S01", "Apertura", "13/05/2027", "9:00", "9:30", "Auditorio", "Ana"]],
    "it.xlsx": [["Codice", "Titolo", "Inizio", "Fine", "Aula", "Relatori"],
                ["T1", "Apertura", dt.datetime(2027, 5, 13, 9), dt.datetime(2027, 5, 13, 10),
                 "Aula Magna", "Rossi"]],
    "pt.csv": [["Código", "Título", "Data", "Início", "Fim", "Sala", "Palestrantes"],
               ["P1", "Abertura", "13/05/2027", "09:00", "09:30", "Auditório", "Ana"]],
    "nl.xlsx": [["Nr.", "Titel", "Datum", "Begintijd", "Eindtijd", "Zaal", "Sprekers"],
                [1, "Opening", D, T(9), T(9, 30), "Zaal 1", "Jan"]],
    "units.csv": [["#", "Title", "Date", "Start (CET)", "Duration [min]", "Room #"],
                  ["1", "Keynote", "2027-05-13", "09:00", "45", "Main"]],
    "camel.csv": [["sessionId", "sessionTitle", "startTime", "endTime", "roomName"],
                  ["a1", "Keynote", "2027-05-13 09:00", "2027-05-13 09:45", "Main"]],
    "time-cells.xlsx": [["No.", "Title", "Subtitle", "Day", "Start Time", "End Time", "Room",
                         "Building", "Type", "Track"],
                        [1, "Opening", "Hi", D, T(9), T(9, 30), "101", "North", "Plenary",
                         "General"]],
    "multiday.csv": [["Code", "Title", "Start Date", "Start Time", "End Date", "End Time"],
                     ["W1", "Hackathon", "05/13/2027", "18:00", "05/14/2027", "06:00"]],
    "twelve-hour.csv": [["Session ID", "Session Title", "Date", "Start", "End", "Speakers",
                         "Short description", "Description"],
                        ["1", "Breakfast", "Tue 5/11/2027", "8:00 AM", "9:00 AM", "", "Food",
                         "Long food text"]],
    "range.csv": [["Nr", "Title", "Date", "Time", "Room"],
                  ["1", "Opening", "2027-05-13", "9:00-9:30", "Hall"]],
    "tracks.csv": [["ID", "Title", "Date", "Start", "End", "Type", "Track(s)"],
                   ["1", "A", "2027-05-13", "09:00", "10:00", "Talk", "Data, AI"]],
    "quoted.csv": [['Title ("EN")', "Start [\\local]", "Mins", "Room"],
                   ["A", "2027-05-13 09:00", "30", "Hall | Annex"]],
}


@pytest.mark.parametrize("name", SHEETS)
def test_every_draft_is_a_mapping_that_reads_its_sheet(tmp_path: Path, name: str) -> None:
    rows = SHEETS[name]
    sheet = (write_xlsx if name.endswith(".xlsx") else write_csv)(tmp_path / name, rows)
    mapping, _ = drafted(tmp_path, sheet)
    assert load_mapping(mapping).name == Path(name).stem
    assert draft_mapping(sheet).missing == []
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (report.rows_read, report.valid) == (len(rows) - 1, len(rows) - 1)


def test_a_column_left_to_fill_in_gets_no_did_you_mean(tmp_path: Path) -> None:
    """'FILL IN' is like the French 'Fin' to a string matcher, but it means no column yet."""
    from importer.errors import MappingError
    from importer.mapping import bind, load_mapping

    mapping = tmp_path / "fr.toml"
    mapping.write_text('name = "fr"\n[fields.name]\ncolumn = "Titre"\n[fields.start]\n'
                       'column = "FILL IN"\n[fields.end]\ntime_column = "Fin"\n',
                       encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        bind(load_mapping(mapping), ["Titre", "Fin", "Salle"])
    assert str(caught.value) == (
        "mapping 'fr': fields.start needs column 'FILL IN', which the sheet does not have; "
        "the sheet's columns are: 'Titre', 'Fin', 'Salle'. Fix the column name in the "
        "mapping or the sheet.")


def test_a_workbook_opening_on_a_notes_tab_is_drafted_from_its_programme(
        tmp_path: Path) -> None:
    """The notes tab was drafted (three FILL INs), and the day tabs went unmentioned; validate
    then suggested a command naming the file as 'days.xlsx, sheet 'Notes''."""
    from tests.test_load import write_xlsx

    header = ["Session", "Date", "Start", "End", "Room"]
    path = write_xlsx(tmp_path / "my days.xlsx", {
        "Notes": [["Rooms open at 8"], ["Coffee in the hall"]],
        "Tue 11 May": [header, ["Opening", "5/11/2027", "9:00 AM", "9:30 AM", "Hall"]],
        "Wed 12 May": [header, ["Closing", "5/12/2027", "4:00 PM", "5:00 PM", "Hall"]],
    })
    output = tmp_path / "days.toml"
    done = CliRunner().invoke(app, ["draft-mapping", str(path), "-o", str(output)])
    assert (done.exit_code, done.stderr.splitlines()) == (0, [
        f"Wrote {output}: name from 'Session', start from 'Start', date from 'Date', "
        "end from 'End', locations from 'Room'.",
        f'Then check it: gbimport validate "{path}" --mapping {output} --sheet all (read: '
        "sheet 'Tue 11 May'; with the same columns: 'Wed 12 May')",
    ])
    report = validate_file(path, mapping=output, sheet=["all"], timezone="UTC")
    assert [(row.sheet, row.row, row.name) for row in report.rows] == [
        ("Tue 11 May", 2, "Opening"), ("Wed 12 May", 2, "Closing")]
    # validate's own hint is a command that runs: the path, quoted, and no sheet label.
    refused = CliRunner().invoke(app, ["validate", str(path)])
    assert refused.exit_code == 2
    assert refused.stderr.endswith(
        f'gbimport draft-mapping "{path}" -o my-mapping.toml, then give --mapping '
        "my-mapping.toml to each command.\n")


def test_a_day_column_of_day_names_leaves_the_draft_to_finish(tmp_path: Path) -> None:
    """Every row fails until each day is given its date: the draft is not done, exit 1."""
    sheet = REPO / "tests" / "fixtures" / "realworld" / "pycones19-talks.csv"
    draft = draft_mapping(sheet)
    assert (draft.complete, draft.missing) == (False, ["start"])


def test_a_start_column_with_one_slot_to_be_announced_is_still_the_start(
        tmp_path: Path) -> None:
    """One 'TBA' among the times (four in five read), even in the first row, does not cost
    the draft its start column; the first of two columns named alike is the one read
    ('Title' before 'Title (German)'), and '(EN)' in a title's header is no time zone."""
    sheet = write_csv(tmp_path / "tba.csv", [
        ["ID", "Title (EN)", "Title (German)", "Date", "Start", "End"],
        ["e", "Social", "Feier", "2027-05-13", "TBA", "TBA"],
        ["a", "Opening", "Eröffnung", "2027-05-13", "09:00", "09:30"],
        ["b", "Data", "Daten", "2027-05-13", "10:00", "10:45"],
        ["c", "Web", "Netz", "2027-05-13", "11:00", "11:45"],
        ["d", "Closing", "Abschluss", "2027-05-13", "16:00", "16:30"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables == {
        "import_id": {"column": '"ID"'},
        "name": {"column": '"Title (EN)"'},
        "start": {"date_column": '"Date"', "time_column": '"Start"'},
        "end": {"time_column": '"End"'},
    }
    assert "says its times are" not in mapping.read_text(encoding="utf-8")


def test_a_date_column_of_dates_with_times_is_the_start(tmp_path: Path) -> None:
    """'Date' holding '5/13/2027 9:00 AM' and no start column: read as one datetime column,
    not as the day alone (every session an all-day item); tracks listed with ';' keep it,
    though a track's name holds a comma."""
    sheet = write_csv(tmp_path / "when.csv", [
        ["ID", "Title", "Date", "Duration", "Track"],
        ["a", "Opening", "5/13/2027 9:00 AM", "30", "Data; Python"],
        ["b", "Lunch", "5/13/2027 12:00 PM", "60", "Food, Drink"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables == {
        "import_id": {"column": '"ID"'},
        "name": {"column": '"Title"'},
        "start": {"column": '"Date"'},
        "end": {"duration_column": '"Duration"'},
        "schedule_tracks": {"column": '"Track"'},
    }
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.schedule_tracks) for p in report.payloads] == [
        ("Opening", "2027-05-13T09:00:00+00:00", "2027-05-13T09:30:00+00:00",
         ("Data", "Python")),
        ("Lunch", "2027-05-13T12:00:00+00:00", "2027-05-13T13:00:00+00:00",
         ("Food, Drink",))]


def test_ids_counted_from_zero_are_pointed_out_and_a_cover_tab_is_passed_over(
        tmp_path: Path) -> None:
    """A data frame's index saved as 'id' counts from 0; a cover tab headed 'Title' and
    'Date' (the event's) names two fields, not a programme's three."""
    from tests.test_load import write_xlsx as write_sheets

    path = write_sheets(tmp_path / "event.xlsx", {
        "Cover": [["Title", "Date"], ["PyData Summit", "May 2027"]],
        "Programme": [["id", "Title", "Date", "Start", "End"],
                      [0, "A", "2027-05-13", "09:00", "10:00"],
                      [1, "B", "2027-05-13", "10:00", "11:00"],
                      [2, "C", "2027-05-13", "11:00", "12:00"]],
    })
    draft = draft_mapping(path)
    assert (draft.sheet.sheet_name, draft.chosen) == ("Programme", {
        "import_id": "id", "name": "Title", "start": "Start", "date": "Date", "end": "End"})
    assert ("# 'id' counts the rows (1, 2, 3...): if it is renumbered when a row is inserted "
            "or the sheet sorted, sessions take each other's ids.") in draft.text


def test_a_duration_in_hours_partly_written_with_units_reads_each_as_written(
        tmp_path: Path) -> None:
    """'1.5h' in one cell and a bare '2' in another: the bare one is 2 hours, not minutes."""
    sheet = write_csv(tmp_path / "hours.csv", [
        ["ID", "Title", "Start", "Duration (H)", "Room"],
        ["1", "Workshop", "2027-05-13 09:00", "2", "Lab"],
        ["2", "Sprint", "2027-05-13 13:00", "1.5h", "Lab"],
    ])
    draft = draft_mapping(sheet)
    assert (draft.missing, draft.chosen) == ([], {
        "import_id": "ID", "name": "Title", "start": "Start", "duration": "Duration (H)",
        "locations": "Room"})
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.end_time - p.start_time).total_seconds() / 3600 for p in report.payloads] == [
        2.0, 1.5]


def test_a_sheet_named_is_drafted_though_its_header_names_few_fields(tmp_path: Path) -> None:
    """The planner names the tab: it is drafted, not another tab that names more fields."""
    from tests.test_load import write_xlsx as write_sheets

    path = write_sheets(tmp_path / "event.xlsx", {
        "Sessions": [["Talk", "Slot"], ["New", "2027-05-13 09:00"]],
        "Archive": [["ID", "Title", "Date", "Start", "End", "Room"],
                    ["a", "Old", "2026-05-13", "09:00", "10:00", "Hall"]],
    })
    draft = draft_mapping(path, "Sessions")
    assert (draft.sheet.sheet_name, draft.chosen) == (
        "Sessions", {"name": "Talk", "start": "Slot"})


def test_a_french_start_and_end_each_written_at_its_time_are_two_columns(
        tmp_path: Path) -> None:
    """'11/05/2027 à 9h00' is a date at a time, not a range from a day to a time: 'Début' is
    the start and 'Fin' the end."""
    sheet = write_csv(tmp_path / "fr.csv", [
        ["Titre", "Début", "Fin", "Salle"],
        ["Ouverture", "11/05/2027 à 9h00", "11/05/2027 à 10h00", "Salle A"],
        ["Atelier", "13/05/2027 à 10h30", "13/05/2027 à 12h00", "Salle B"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == ({"column": '"Début"'}, {"column": '"Fin"'})
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00"),
        ("2027-05-13T10:30:00+00:00", "2027-05-13T12:00:00+00:00")]


def test_dates_with_times_that_are_day_first_once_draft_day_first(tmp_path: Path) -> None:
    """11/05 and 12/05 read either way, 13/05 only day-first: the sheet is day-first, its
    dates written with their times in the cell."""
    sheet = write_csv(tmp_path / "eu.csv", [
        ["ID", "Title", "Start", "End"],
        ["a", "One", "11/05/2027 09:00", "11/05/2027 10:00"],
        ["b", "Two", "12/05/2027 09:00", "12/05/2027 10:00"],
        ["c", "Three", "13/05/2027 09:00", "13/05/2027 10:00"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    assert 'date_order = "day-first"\n' in mapping.read_text(encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.start_time.isoformat() for p in report.payloads] == [
        "2027-05-11T09:00:00+00:00", "2027-05-12T09:00:00+00:00", "2027-05-13T09:00:00+00:00"]


def test_a_programme_in_several_languages_is_drafted_from_its_first(tmp_path: Path) -> None:
    """Columns named with their language ('title_english', 'title_german') fit no name, so
    the draft asked for the title; the first is read, the others named beside it."""
    sheet = write_csv(tmp_path / "bilingual.csv", [
        ["date", "start", "end", "title_english", "title_german", "abstract_EN"],
        ["2027-05-11", "14:00", "14:30", "Opening", "Eröffnung", "Words of welcome"],
        ["2027-05-11", "14:30", "16:00", "Fair", "Messe", "Meet the groups"],
    ])
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], draft.chosen["description"], draft.missing) == (
        "title_english", "abstract_EN", [])
    assert ("[fields.name]\n# 'title_german' could be meant too: put it here instead if so\n"
            'column = "title_english"\n') in draft.text


def test_an_hour_column_of_time_ranges_is_the_start_and_the_end(tmp_path: Path) -> None:
    """A symposium's 'Hour' column of '10:00–10:30' was not taken for the times: the draft
    asked for an end and left the start without its time."""
    sheet = write_csv(tmp_path / "symposium.csv", [
        ["Day", "Hour", "Talk"],
        ["11 May 2027", "10:00–10:30", "Welcome"],
        ["11 May 2027", "10:30-11:15", "Morning lecture"],
    ])
    mapping, tables = drafted(tmp_path, sheet)
    assert (tables["start"], tables["end"]) == (
        {"date_column": '"Day"', "time_column": '"Hour"'}, {"time_column": '"Hour"'})
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("2027-05-11T10:00:00+00:00", "2027-05-11T10:30:00+00:00"),
        ("2027-05-11T10:30:00+00:00", "2027-05-11T11:15:00+00:00")]


@pytest.mark.parametrize(("days", "order", "note"), [
    (["04/09/2027", "04/09/2027", "05/09/2027"], "day-first",
     "# Every date here reads both ways: day-first puts them 1 day apart (4 Sep 2027 to 5 Sep "
     "2027), month-first 30 days apart (9 Apr 2027 to 9 May 2027), so date_order is day-first. "
     "Check it against the programme.\n"),
    (["09/04/2027", "09/04/2027", "09/05/2027"], "month-first",
     "# Every date here reads both ways: month-first puts them 1 day apart (4 Sep 2027 to 5 Sep "
     "2027), day-first 30 days apart (9 Apr 2027 to 9 May 2027), so date_order is month-first. "
     "Check it against the programme.\n"),
], ids=["day-first", "month-first"])
def test_dates_that_read_both_ways_draft_the_order_that_keeps_the_days_together(
        tmp_path: Path, days: list[str], order: str, note: str) -> None:
    """A European programme whose days are all 12 or less (04/09 and 05/09, 4 and 5
    September) was drafted month-first, and validate read it as April 9 and May 9 without a
    word. The days of a programme follow one another: the order that keeps them together is
    drafted, and a note says it was chosen so."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Title", "Day", "Start", "End", "Room"],
        ["Opening words", days[0], "9:00", "9:30", "Great Hall"],
        ["Soil and rivers", days[1], "10:00", "11:00", "Room 2"],
        ["Closing panel", days[2], "16:00", "17:00", "Great Hall"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    text = mapping.read_text(encoding="utf-8")
    assert (f'date_order = "{order}"\n' in text, note in text) == (True, True)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.start_time.isoformat() for p in report.payloads] == [
        "2027-09-04T09:00:00+00:00", "2027-09-04T10:00:00+00:00", "2027-09-05T16:00:00+00:00"]


def test_a_single_date_that_reads_both_ways_stays_month_first_without_a_note(
        tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "one-day.csv", [
        ["Title", "Day", "Start", "End"],
        ["Opening words", "04/09/2027", "9:00", "9:30"],
        ["Closing panel", "04/09/2027", "16:00", "17:00"],
    ])
    mapping, _ = drafted(tmp_path, sheet)
    text = mapping.read_text(encoding="utf-8")
    assert ('date_order = "month-first"\n' in text, "reads both ways" in text) == (True, False)


@pytest.mark.parametrize(("header", "encoding"), [
    (["セッションID", "タイトル", "日付", "開始", "終了", "会場", "カテゴリ", "概要"], "cp932"),
    (["编号", "标题", "日期", "开始时间", "结束时间", "会场", "分类", "简介"], "gbk"),
    (["編號", "標題", "日期", "開始時間", "結束時間", "會場", "類別", "簡介"], "big5"),
    (["번호", "제목", "날짜", "시작 시간", "종료 시간", "장소", "카테고리", "설명"], "cp949"),
], ids=["ja", "zh-hans", "zh-hant", "ko"])
def test_east_asian_headers_are_drafted_from_the_file_excel_saved(
    tmp_path: Path, header: list[str], encoding: str
) -> None:
    """A Japanese, Chinese or Korean planner's CSV, in the encoding Excel saves there, drafts
    a mapping naming its own columns (kana's voicing marks and hangul included)."""
    rows = [header, ["S1", "基調講演", "2027/5/11", "9:00", "10:00", "大ホール", "全体", "概要1"],
            ["S2", "懇親会", "2027/5/11", "18:00", "20:00", "ロビー", "交流", "概要2"],
            ["S3", "入門", "2027/5/12", "10:00", "11:30", "会議室", "初心者", "概要3"]]
    if encoding != "cp932":  # words each encoding can write
        rows = [header] + [[cell if cell.isascii() else header[n] + str(r)
                            for n, cell in enumerate(row)] for r, row in enumerate(rows[1:])]
    sheet = tmp_path / "programme.csv"
    sheet.write_bytes("".join(",".join(row) + "\r\n" for row in rows).encode(encoding))
    mapping, tables = drafted(tmp_path, sheet)
    assert tables == every_field_from(header)
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Tokyo")
    assert [(p.name, p.start_time.isoformat(), p.locations) for p in report.payloads] == [
        (rows[1][1], "2027-05-11T00:00:00+00:00", (rows[1][5],)),
        (rows[2][1], "2027-05-11T09:00:00+00:00", (rows[2][5],)),
        (rows[3][1], "2027-05-12T01:00:00+00:00", (rows[3][5],)),
    ]


def test_an_agenda_of_one_day_without_dates_is_told_it_may_give_its_date_once(
        tmp_path: Path) -> None:
    """A one-day agenda saved as CSV (time, title, room) has no date column, and a CSV file no
    tab to date it: the draft asked for a date column the file will never have."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Time", "Title", "Room"], ["9:00-9:30", "Welcome", "Hall"],
        ["9:30-10:30", "Keynote", "Hall"]])
    draft = draft_mapping(sheet).text
    assert ("[fields.start]\n# no column looked like the date: put its header in place of "
            "'FILL IN'. The sheet's columns: 'Time', 'Title', 'Room'. For a programme of one "
            "day, give its date in place of date_column: date = 2027-05-11\n"
            'date_column = "FILL IN"\ntime_column = "Time"\n') in draft
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(draft.replace('date_column = "FILL IN"', "date = 2027-05-11"),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("Welcome", "2027-05-11T09:00:00+00:00", "2027-05-11T09:30:00+00:00"),
        ("Keynote", "2027-05-11T09:30:00+00:00", "2027-05-11T10:30:00+00:00")]


def test_rooms_to_be_announced_and_the_timezone_are_left_to_the_planner(tmp_path: Path) -> None:
    """'TBD' in the room column was read as a room to create, and the draft's timezone line
    named a real zone (Europe/Madrid) that a planner in Tokyo could uncomment unchanged."""
    sheet = write_csv(tmp_path / "tokyo.csv", [
        ["Title", "Date", "Start", "End", "Room", "Track"],
        ["Opening", "2027-05-11", "9:00", "9:30", "Hall", "Plenary"],
        ["Lightning talks", "2027-05-11", "9:30", "10:00", "TBD", "---"],
        ["Closing", "2027-05-11", "17:00", "17:30", "tbd", "Plenary"]])
    top = draft_mapping(sheet).text.splitlines()[:9]
    assert [line for line in top if "timezone" in line or "blank_values" in line] == [
        '# timezone = "Area/City"   # the region and city of the place the sheet\'s times are '
        'kept in ("Europe/Madrid"); without it, plan and run read them in the guide\'s '
        'timezone, validate in UTC',
        '# blank_values = ["TBD", "---"]   # \'Room\' has \'TBD\', \'Track\' has \'---\': '
        "uncomment to leave those cells empty, rather than make a room or track of that name"]


@pytest.mark.parametrize("title", ["Topic", "Activity", "Agenda item"])
def test_an_agendas_topic_or_activity_is_the_title_and_its_body_the_description(
        tmp_path: Path, title: str) -> None:
    """Agendas head their titles 'Topic' or 'Activity' and exports their text 'body': the
    draft left the title to fill in and the text unread."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Date", "Time", title, "Location", "body"],
        ["2027-05-11", "9:00-9:30", "Welcome", "Hall", "Doors open at 8:30."]])
    _, tables = drafted(tmp_path, sheet)
    assert (tables["name"], tables["description"]) == (
        {"column": f'"{title}"'}, {"column": '"body"', "format": '"text"'})


@pytest.mark.parametrize("title", ["Event", "Event name", "Film", "Veranstaltung"])
def test_a_title_headed_event_or_film_is_the_title(tmp_path: Path, title: str) -> None:
    """An event's published agenda heads its titles 'Event', a film festival's 'Film': the
    draft left the title to fill in, naming the very column among the sheet's."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Date", "Time", title, "Location", "Notes"],
        ["2027-05-11", "07:00 AM - 09:00 AM", "Breakfast", "Hall A", ""],
        ["2027-05-11", "07:30 PM - 09:00 PM", "Night screening", "Hall B", ""]])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["name"] == {"column": f'"{title}"'}
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.locations) for p in report.payloads] == [
        ("Breakfast", "2027-05-11T07:00:00+00:00", "2027-05-11T09:00:00+00:00", ("Hall A",)),
        ("Night screening", "2027-05-11T19:30:00+00:00", "2027-05-11T21:00:00+00:00",
         ("Hall B",))]


def test_a_programme_of_headers_only_is_drafted_from_the_names(tmp_path: Path) -> None:
    """A conference site's programme file before its first row (the header alone): columns
    named 'start' and 'end' were passed over for holding no times, the draft asking for an
    end among columns that listed 'end' itself."""
    sheet = write_csv(tmp_path / "program.csv", [
        ["day", "date", "start", "end", "session", "title", "speaker", "room"]])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    assert (draft.missing, tables) == ([], {
        "name": {"column": '"title"'},
        "start": {"date_column": '"date"', "time_column": '"start"'},
        "end": {"time_column": '"end"'},
        "locations": {"column": '"room"'}})
    assert ("# The sheet has no rows yet: its columns were matched by their names alone. "
            "Draft it again once it has some, to check how its cells are written.") in (
        draft.text.splitlines())
    # One row later, the draft reads it as it stands.
    with sheet.open("a", encoding="utf-8") as file:
        file.write("Mon,2027-05-11,9:00,9:30,Opening,Welcome,Ann Lee,Hall\n")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in validate_file(sheet, mapping=mapping, timezone="UTC").payloads] == [
        ("Welcome", "2027-05-11T09:00:00+00:00", "2027-05-11T09:30:00+00:00")]


def test_a_french_programmes_session_title_and_description_are_read(tmp_path: Path) -> None:
    """A French programme heads its columns 'Titre de la session' and 'Description de la
    session': the draft left the title to fill in and the description unread."""
    sheet = write_csv(tmp_path / "programme.csv", [
        ["Date", "Heure", "Lieu", "Titre de la session", "Description de la session"],
        ["12/05/2027", "9h00 - 9h45", "Amphi A", "Ouverture", "Le mot d'accueil."]])
    draft = draft_mapping(sheet)
    _, tables = drafted(tmp_path, sheet)
    assert (draft.missing, tables["name"], tables["description"]) == (
        [], {"column": '"Titre de la session"'},
        {"column": '"Description de la session"', "format": '"text"'})


def test_a_date_column_with_some_day_ranges_asks_for_those_cells_only(
        tmp_path: Path) -> None:
    """A community agenda writes most days as dates and a weekend retreat as '20 a
    22/09/2027': the draft said the column held no dates and asked for a date for every
    cell, real dates too. It now names the ranges of days, and how to give such an event;
    `values` giving each its first day still makes every row valid."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["date", "curso", "local"],
        ["19/10/2027", "Palestra", "Igreja"],
        ["20 a 22/09/2027", "Retiro", "Hotel"],
        ["27/09/2027", "Curso", "Escola"],
        ["29/10/2027", "Lançamento", "Igreja"],
        ["08 a 09/11/2027", "Encontro", "Salão"]])
    draft = draft_mapping(sheet)
    assert ("start" in draft.missing,
            [line for line in draft.text.splitlines() if line.startswith("# 'date'")]) == (
        False, ["# 'date' has '20 a 22/09/2027' and 1 other, a range of days: a session has "
                "one date, so give such an event a row per day, or its first day with start "
                "and end times and its last day in an end-date column (validate names the "
                "rows)"])
    mapping = tmp_path / "agenda.toml"
    values = 'values = { "20 a 22/09/2027" = "2027-09-20", "08 a 09/11/2027" = "2027-11-08" }'
    # Sessions of whole days: the date is the start and the end, each given the values.
    mapping.write_text(
        'name = "agenda"\ndate_order = "day-first"\n[fields.name]\ncolumn = "curso"\n'
        f'[fields.start]\ncolumn = "date"\n{values}\n'
        f'[fields.end]\ncolumn = "date"\n{values}\n', encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.date().isoformat(), p.all_day)
            for p in report.payloads] == [
        ("Palestra", "2027-10-19", True), ("Retiro", "2027-09-20", True),
        ("Curso", "2027-09-27", True), ("Lançamento", "2027-10-29", True),
        ("Encontro", "2027-11-08", True)]


def test_a_time_column_of_starts_written_from_is_the_start(tmp_path: Path) -> None:
    """A Japanese community calendar writes each event's start '8:00～' ('from 8:00', with no
    end): the draft passed its 'time' column over, so every event would have been all-day."""
    sheet = write_csv(tmp_path / "events.csv", [
        ["date", "event", "time", "place"],
        ["2027-05-09", "入学式", "8:00～", "小学校"],
        ["2027-05-10", "清掃", "13:30~", "公民館"],
        ["2027-05-11", "総会", "18:00〜", "公民館"]])
    mapping, tables = drafted(tmp_path, sheet)
    assert tables["start"] == {"date_column": '"date"', "time_column": '"time"'}
    text = mapping.read_text(encoding="utf-8")
    mapping.write_text(text.replace('time_column = "FILL IN"',
                                    "until_next = true\nlast_minutes = 60"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="Asia/Tokyo")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("入学式", "2027-05-08T23:00:00+00:00", "2027-05-09T00:00:00+00:00"),
        ("清掃", "2027-05-10T04:30:00+00:00", "2027-05-10T05:30:00+00:00"),
        ("総会", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00")]


def test_a_mistyped_date_is_to_fix_in_the_sheet_not_to_give_a_date(tmp_path: Path) -> None:
    """'5/32/2027' among dates was listed under values = { "5/32/2027" = "YYYY-MM-DD" }, as
    if it were a word such as a day's name, and the start was left to fill in."""
    sheet = write_csv(tmp_path / "typo.csv", [
        ["Title", "Date", "Start", "End"], ["Opening", "5/11/2027", "9:00", "9:30"],
        ["Keynote", "5/32/2027", "9:30", "10:30"], ["Stay", "20 a 22/05/2027", "", ""]])
    draft = draft_mapping(sheet)
    assert [line for line in draft.text.splitlines() if line.startswith("# 'Date'")] == [
        "# 'Date' has '5/32/2027', no date: fix it in the sheet (validate names the rows)",
        "# 'Date' has '20 a 22/05/2027', a range of days: a session has one date, so give "
        "such an event a row per day, or its first day with start and end times and its "
        "last day in an end-date column (validate names the rows)"]
    assert draft.missing == []
    alone = draft_mapping(write_csv(tmp_path / "alone.csv", [
        ["Title", "Date", "Start", "End"], ["Opening", "5/11/2027", "9:00", "9:30"],
        ["Keynote", "5/32/2027", "9:30", "10:30"]]))
    assert alone.missing == []


def test_an_app_builders_export_names_its_row_id_hall_and_summary(tmp_path: Path) -> None:
    """An app builder's agenda table exported to CSV marks its key column '🔒 Row ID', and
    names the room 'Hall Location' and the text 'Event Summary': the draft read none of the
    three, so each session's id was derived from its title and time."""
    header = ["🔒 Row ID", "Session Title", "Date", "Start Time", "End Time",
              "Hall Location", "Event Summary"]
    sheet = write_csv(tmp_path / "agenda.csv", [
        header,
        ["k7Qa", "Opening", "2027-05-11", "9:00 AM", "9:15 AM", "Main Hall", "Welcome."],
        ["Zr2x", "Keynote", "2027-05-11", "9:15 AM", "10:00 AM", "Main Hall", "Ideas."]])
    _, tables = drafted(tmp_path, sheet)
    assert tables == {
        "import_id": {"column": '"🔒 Row ID"'},
        "name": {"column": '"Session Title"'},
        "start": {"date_column": '"Date"', "time_column": '"Start Time"'},
        "end": {"time_column": '"End Time"'},
        "locations": {"column": '"Hall Location"'},
        "description": {"column": '"Event Summary"', "format": '"text"'},
    }


def test_a_topic_column_of_outlines_is_not_made_tracks(tmp_path: Path) -> None:
    """A 'Topic' column holding each talk's outline, a line per point, was drafted as tracks
    listed one a line: every point of every outline would have become a track in the guide.
    A column of names that recur, or of short ones, is still drafted as tracks."""
    outlines = [
        "Designing rotas that people can live with\nWhy fixed shifts fail\n"
        "What three hospitals changed and what it cost them",
        "Reading a balance sheet without an accountant in the room\n"
        "The three numbers that matter\nWhere the surprises hide",
        "Onboarding volunteers in their first hour\nA checklist that fits on one page\n"
        "Keeping the people who came back",
        "-"]
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Session Title", "Date", "Start Time", "End Time", "Topic"],
        *[[f"Talk {n}", "2027-05-11", f"{9 + n}:00", f"{9 + n}:45", outline]
          for n, outline in enumerate(outlines)]])
    draft = draft_mapping(sheet)
    assert ("schedule_tracks" in draft.chosen,
            [line for line in draft.text.splitlines() if "nothing reads" in line]) == (
        False, ["# Columns nothing reads: 'Topic'"])
    tracks = write_csv(tmp_path / "tracks.csv", [
        ["Session Title", "Date", "Start Time", "End Time", "Topic"],
        ["Talk 1", "2027-05-11", "9:00", "9:45", "Health\nFinance"],
        ["Talk 2", "2027-05-11", "10:00", "10:45", "Volunteering"],
        ["Talk 3", "2027-05-11", "11:00", "11:45", "Finance"]])
    assert draft_mapping(tracks).chosen["schedule_tracks"] == "Topic"


@pytest.mark.parametrize(("header", "row", "says"), [
    (["Hora", "Lunes", "Martes"], ["9:00-10:00", "Apertura", "Taller"],
     "the sheet gives each day a column of its own ('Lunes', 'Martes')"),
    (["Day", "Time", "Garden_Title", "Garden_Type", "Barn_Title", "Barn_Type"],
     ["1", "10:00", "Welcome", "Talk", "Bread baking", "Workshop"],
     "the sheet gives each room a column of its own ('Garden_Title', 'Barn_Title')"),
], ids=["days", "rooms"])
def test_a_grid_of_days_or_rooms_across_is_named_as_such(
        tmp_path: Path, header: list[str], row: list[str], says: str) -> None:
    """A timetable with a column per day, or a title column per stage, only had the draft
    say no column looked like the title, listing the columns: no title column could be put
    there, as the sheet holds several sessions a row."""
    draft = draft_mapping(write_csv(tmp_path / "grid.csv", [header, row]))
    note = next(line for line in draft.text.splitlines() if "no column looked like the title"
                in line)
    assert note == (
        f"# no column looked like the title: {says}, while gbimport reads a session a row. "
        "Put each session in a row of its own, with its day, time, room and title in columns, "
        "then draft again")


def test_a_festivals_band_or_artist_column_is_the_title(tmp_path: Path) -> None:
    """A music festival's running order heads its acts 'Band' (or 'Artist'): the draft said
    no column looked like the title, so every festival sheet had to be finished by hand."""
    sheet = write_csv(tmp_path / "running-order.csv", [
        ["Band", "Stage", "Date", "Start Time", "End Time", "Type"],
        ["The Quiet Owls", "Tent", "7/16/2027", "18:00", "18:45", "Show"],
        ["Lanterns", "Main Stage", "7/16/2027", "21:15", "22:30", "Show"],
        ["Lanterns", "Merch Booth", "7/17/2027", "14:00", "15:00", "Signing"]])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (draft.missing, tables["name"],
            [(p.name, p.start_time.isoformat(), p.locations) for p in report.payloads]) == (
        [], {"column": '"Band"'},
        [("The Quiet Owls", "2027-07-16T18:00:00+00:00", ("Tent",)),
         ("Lanterns", "2027-07-16T21:15:00+00:00", ("Main Stage",)),
         ("Lanterns", "2027-07-17T14:00:00+00:00", ("Merch Booth",))])
    artist = write_csv(tmp_path / "artists.csv", [
        ["Artist", "Stage", "Date", "Start Time", "End Time"],
        ["Lanterns", "Main Stage", "7/16/2027", "21:15", "22:30"]])
    assert draft_mapping(artist).chosen["name"] == "Artist"


def test_a_number_column_that_recurs_across_sessions_is_not_drafted_as_the_id(
        tmp_path: Path) -> None:
    """A meetup log heads its head count '# (Est.)': '#' named it the id, so the draft was
    complete, and validate then refused every meetup with the same count as a duplicate id,
    telling the planner to give each session its own '# (Est.)'."""
    sheet = write_csv(tmp_path / "meetups.csv", [
        ["Date", "# (Est.)", "Venue", "Topic", "Start", "End"],
        ["2027-05-11", "24", "Library", "Intro to Rust", "18:00", "19:00"],
        ["2027-06-08", "31", "Library", "Testing tips", "18:00", "19:00"],
        ["2027-07-13", "24", "Town Hall", "Web security", "18:00", "19:00"]])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert ("import_id" in tables, [line for line in draft.text.splitlines()
                                    if "'# (Est.)'" in line],
            [(r.row, r.issues) for r in report.rows]) == (
        False, ["# '# (Est.)' is not drafted as the id: '24' is on rows 2 and 4, which differ "
                "in 'Topic', so it does not name one session",
                "# Columns nothing reads: '# (Est.)'"],
        [(2, ()), (3, ()), (4, ())])
    # A session repeated a row per speaker, as Sessionize's flattened export lists it, keeps
    # its id: the repeats are one session.
    flattened = write_csv(tmp_path / "flattened.csv", [
        ["Session Id", "Title", "Scheduled At", "Scheduled Duration", "Room", "Speaker"],
        ["101", "Opening", "2027-05-11 09:00", "30", "Hall", "Ada"],
        ["101", "Opening", "2027-05-11 09:00", "30", "Hall", "Grace"],
        ["102", "Closing", "2027-05-11 17:00", "30", "Hall", "Ada"]])
    assert draft_mapping(flattened).chosen["import_id"] == "Session Id"


def test_a_calendar_of_days_alone_is_drafted_as_all_day_sessions(tmp_path: Path) -> None:
    """A course's or a parish's calendar gives each item a day and no time: the draft asked
    for an end column ('a time, a date and time, or a duration') the sheet cannot have, and
    pointed to until_next. A day alone is an all-day session: the date column is now the
    start and the end, as a date range column is, and the draft is complete."""
    sheet = write_csv(tmp_path / "course.csv", [
        ["Week", "Date", "Topic", "Reading"],
        ["Week 1", "January 12, 2027", "Welcome and overview", "Chapter 1"],
        ["Week 2", "January 19, 2027", "Measuring things", "Chapter 2"],
        ["Break", "January 26, 2027", "No class", ""]])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (draft.missing, tables["start"], tables["end"],
            [(p.name, p.start_time.isoformat(), p.end_time, p.all_day)
             for p in report.payloads]) == (
        [], {"column": '"Date"'}, {"column": '"Date"'},
        [("Welcome and overview", "2027-01-12T00:00:00+00:00", None, True),
         ("Measuring things", "2027-01-19T00:00:00+00:00", None, True),
         ("No class", "2027-01-26T00:00:00+00:00", None, True)])
    # A column of times under a name the draft does not know keeps the end to fill in: the
    # sessions are not all day.
    timed = write_csv(tmp_path / "timed.csv", [
        ["Date", "Topic", "Kickoff"], ["January 12, 2027", "Welcome", "9:00 AM"]])
    assert draft_mapping(timed).missing == ["end"]


@pytest.mark.parametrize("header", [
    ["Event Name", "Event Start Date", "Event Start Time", "Event End Date", "Event End Time",
     "Event Venue Name", "Event Category", "Event Description"],
    ["event_name", "event_start_date", "event_start_time", "event_end_date", "event_end_time",
     "location_name", "categories", "post_content"],
], ids=["title-case", "snake-case"])
def test_an_events_plugins_columns_named_for_the_event_are_matched(
        tmp_path: Path, header: list[str]) -> None:
    """A library's or a parish's website calendar exports (and imports) its events with each
    column named for the event: 'Event Start Date', 'Event Venue Name', 'event_end_time'. The
    draft found the title and the description, and left the start, the end, the room and the
    category to fill in."""
    sheet = write_csv(tmp_path / "events.csv", [
        header,
        ["Story time", "2027-05-11", "10:00 AM", "2027-05-11", "10:45 AM", "Children's room",
         "Kids", "Picture books for under-5s"],
        ["Book sale", "2027-05-12", "", "2027-05-12", "", "Lobby", "Sales", "In the lobby"]])
    draft = draft_mapping(sheet)
    report = validate_file(sheet, mapping=drafted(tmp_path, sheet)[0], timezone="UTC")
    assert (draft.missing, [(p.name, p.start_time.isoformat(),
                             p.end_time and p.end_time.isoformat(), p.all_day, p.locations,
                             p.schedule_tracks) for p in report.payloads]) == (
        [], [("Story time", "2027-05-11T10:00:00+00:00", "2027-05-11T10:45:00+00:00", False,
              ("Children's room",), ("Kids",)),
             ("Book sale", "2027-05-12T00:00:00+00:00", None, True, ("Lobby",), ("Sales",))])


@pytest.mark.parametrize("header", [
    ["Datum", "Von", "Bis", "Titel", "Raum"],
    ["Datum", "Uhrzeit von", "Uhrzeit bis", "Titel", "Raum"],
    ["Date", "Time from", "Time to", "Title", "Room"],
    ["Datum", "Van", "Tot", "Titel", "Zaal"],
    ["Fecha", "Desde", "Hasta", "Titulo", "Sala"],
], ids=["von-bis", "uhrzeit-von-bis", "time-from-to", "van-tot", "desde-hasta"])
def test_times_headed_from_and_to_are_the_start_and_the_end(
        tmp_path: Path, header: list[str]) -> None:
    """A German planning sheet heads its times 'Von' and 'Bis' (a Dutch one 'Van' and 'Tot',
    a Spanish one 'Desde' and 'Hasta'): the draft read the date and left the start time and
    the end to fill in, as if the sheet had no times."""
    sheet = write_csv(tmp_path / "plan.csv", [
        header,
        ["12.05.2027", "09:00", "10:15", "Eröffnung", "Saal 1"],
        ["12.05.2027", "10:30", "11:00", "Werkstatt", "Saal 2"]])
    draft = draft_mapping(sheet)
    report = validate_file(sheet, mapping=drafted(tmp_path, sheet)[0], timezone="UTC")
    assert (draft.missing, [(p.name, p.start_time.isoformat(),
                             p.end_time and p.end_time.isoformat(), p.locations)
                            for p in report.payloads]) == (
        [], [("Eröffnung", "2027-05-12T09:00:00+00:00", "2027-05-12T10:15:00+00:00",
              ("Saal 1",)),
             ("Werkstatt", "2027-05-12T10:30:00+00:00", "2027-05-12T11:00:00+00:00",
              ("Saal 2",))])


def test_days_headed_date_from_and_date_to_are_drafted(tmp_path: Path) -> None:
    """A club's calendar of tournaments over several days heads them 'datum_von' and
    'datum_bis' (or 'date_from', 'date_to'): the draft found no start at all. The first day
    is the start of an all-day session."""
    sheet = write_csv(tmp_path / "termine.csv", [
        ["datum_von", "datum_bis", "titel", "ort"],
        ["2027-06-04", "2027-06-06", "Sommer-Open", "Seedorf"],
        ["2027-09-24", "2027-09-26", "Herbst-Open", "Bergheim"]])
    draft = draft_mapping(sheet)
    report = validate_file(sheet, mapping=drafted(tmp_path, sheet)[0], timezone="UTC")
    assert (draft.missing, [(p.name, p.start_time.isoformat(), p.all_day)
                            for p in report.payloads]) == (
        [], [("Sommer-Open", "2027-06-04T00:00:00+00:00", True),
             ("Herbst-Open", "2027-09-24T00:00:00+00:00", True)])


@pytest.mark.parametrize(("header", "days"), [
    (["Time", "Monday 8*", "Tuesday 9", "Wednesday 10"],
     "'Monday 8*', 'Tuesday 9', 'Wednesday 10'"),
    (["Heure", "Lundi 8", "Mardi 9", "Mercredi 10."], "'Lundi 8', 'Mardi 9', 'Mercredi 10.'"),
    (["Time", "Mon 8 June", "Tue 9 June"], "'Mon 8 June', 'Tue 9 June'"),
], ids=["weekday-and-number", "french", "weekday-and-date"])
def test_a_grid_of_days_headed_with_their_dates_is_named_as_such(
        tmp_path: Path, header: list[str], days: str) -> None:
    """A summer school's week heads each day's column with its date beside its name
    ('Monday 8*', 'Tuesday 9'): the draft only said no column looked like the title, and
    that no column held the date, while the sheet holds a session per day and time."""
    row = ["9.00-10.15", *(f"Lecture {n}" for n in range(1, len(header)))]
    draft = draft_mapping(write_csv(tmp_path / "grid.csv", [header, row]))
    note = next(line for line in draft.text.splitlines() if "no column looked like the title"
                in line)
    assert note == (
        f"# no column looked like the title: the sheet gives each day a column of its own "
        f"({days}), while gbimport reads a session a row. Put each session in a row of its "
        "own, with its day, time, room and title in columns, then draft again")


def test_a_time_column_of_ranges_and_single_starts_is_not_read_as_all_day(
        tmp_path: Path) -> None:
    """A meetup's programme gives some evenings a start and an end ('18:00–21:00') and others
    a start alone ('18:30', 'ab 19:00'): no one kind made most of the 'Zeit' column, so the
    draft saw no times in the sheet and drafted every session as all day on its date, which
    validate then passed without a word. The column is now read as ranges, and a comment
    says which of its cells give a start alone."""
    sheet = write_csv(tmp_path / "programm.csv", [
        ["Datum", "Zeit", "Titel"],
        ["2027-09-08", "18:30", "Einsteigervortrag"],
        ["2027-09-10", "18:00–21:00", "After Work"],
        ["2027-09-11", "18:00 - 19:00", "Versicherung"],
        ["2027-09-11", "ab 19:00", "Meetup"],
        ["2027-09-21", "19:00", "Vortrag"]])
    draft = draft_mapping(sheet)
    mapping, tables = drafted(tmp_path, sheet)
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert (draft.missing, tables["start"], tables["end"],
            [line for line in draft.text.splitlines() if "start alone" in line],
            [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
             for p in report.payloads],
            sorted((r.row, i.code) for r in report.rows for i in r.issues)) == (
        [], {"date_column": '"Datum"', "time_column": '"Zeit"'}, {"time_column": '"Zeit"'},
        ["# 'Zeit' gives some sessions a start and an end ('18:00–21:00'), others a start "
         "alone ('18:30', 'ab 19:00'): write those with their end too (18:30 - 20:00), or "
         "validate stops at each; or give a start alone a length with minutes = 120 (say) "
         "under [fields.end], or end it as the next session starts with until_next = true "
         "there"],
        [("After Work", "2027-09-10T18:00:00+00:00", "2027-09-10T21:00:00+00:00"),
         ("Versicherung", "2027-09-11T18:00:00+00:00", "2027-09-11T19:00:00+00:00")],
        [(2, "bad-time"), (5, "bad-time"), (6, "bad-time")])


def test_a_type_column_of_numeric_codes_is_not_drafted_as_the_tracks(tmp_path: Path) -> None:
    """A festival site's export heads a code 'type' ('0' on every row, as its web page reads
    it): the draft took it for the tracks, so every session would have been put in a track
    named '0'. Figures alone name no track; a column headed as the track keeps them
    ('Track' 1 and 2)."""
    sheet = write_csv(tmp_path / "events.csv", [
        ["id", "type", "name", "date", "start_at", "end_at", "place"],
        ["1259", "0", "Helmet workshop", "2027-11-26", "10:00", "11:00", "Dining hall"],
        ["1261", "0", "Clock tower party", "2027-11-26", "12:00", "16:00", "Clock tower"],
        ["1262", "1", "Film night", "2027-11-26", "18:00", "20:00", "Courtyard"]])
    draft = draft_mapping(sheet)
    assert ("schedule_tracks" in draft.chosen,
            [line for line in draft.text.splitlines() if "nothing reads" in line]) == (
        False, ["# Columns nothing reads: 'type'"])
    tracks = write_csv(tmp_path / "tracks.csv", [
        ["Title", "Date", "Start", "End", "Track"],
        ["Opening", "2027-11-26", "10:00", "11:00", "1"],
        ["Panel", "2027-11-26", "11:00", "12:00", "2"]])
    assert draft_mapping(tracks).chosen["schedule_tracks"] == "Track"


def test_names_written_as_one_lowercase_word_are_matched(tmp_path: Path) -> None:
    """A student club's events calendar heads its days 'startdate' and 'enddate', and a
    booking export its times 'starttime' and 'endtime', run together in lower case (as
    'StartTime' would have been matched): the draft found no start and no end."""
    days = write_csv(tmp_path / "calendar.csv", [
        ["startdate", "enddate", "name", "location"],
        ["09/14/2027", "", "Briefing", "Hall"],
        ["09/15/2027", "09/16/2027", "Hostel week", "Hostel"]])
    timed = write_csv(tmp_path / "bookings.csv", [
        ["eventdate", "starttime", "endtime", "name"],
        ["09/14/2027", "18:00", "19:30", "Rock climbing"]])
    assert [(draft.missing, draft.chosen) for draft in map(draft_mapping, (days, timed))] == [
        ([], {"name": "name", "date": "startdate", "locations": "location"}),
        ([], {"name": "name", "start": "starttime", "date": "eventdate", "end": "endtime"})]


@pytest.mark.parametrize(("label", "labels"), [
    ("Session", ["Session 1", "Session 2", "Session 3"]),
    ("Name", ["W1 M:", "W1 W:", "Week 2"])])
def test_a_column_of_labels_beside_the_talks_titles_is_not_the_title(
        tmp_path: Path, label: str, labels: list[str]) -> None:
    """A programme numbers its sessions in a 'Session' column ('Session 1', 'Session 2') or a
    course its meetings in 'Name' ('W1 M:', 'Week 2'), beside a 'Topic' column of the talks'
    titles: the draft took the labels for the titles, so every session in the app would have
    been called 'Session 1', 'Session 2'... A 'Session' column of real titles stays the
    title, over a 'Topic' of categories."""
    topics = ["Measuring soil carbon with cheap sensors", "Ten years of open data",
              "Funding small labs"]
    sheet = write_csv(tmp_path / "agenda.csv", [
        [label, "Date", "Start", "End", "Topic"],
        *[[name, "2027-05-11", f"{9 + n}:00", f"{9 + n}:45", topic]
          for n, (name, topic) in enumerate(zip(labels, topics, strict=True))]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["name"], re.findall(r"\[fields\.name\]\n(?:#.*\n)*", draft.text),
            [line for line in draft.text.splitlines() if "nothing reads" in line]) == (
        "Topic", [f"[fields.name]\n# {label!r} could be meant too: put it here instead if so\n"
                  f"# {label!r} holds labels ({labels[0]!r}, {labels[1]!r}), not titles: "
                  "the title is read from 'Topic'\n"],
        [f"# Columns nothing reads: {label!r}"])
    titled = write_csv(tmp_path / "titled.csv", [
        ["Session", "Date", "Start", "End", "Topic"],
        *[[topic, "2027-05-11", f"{9 + n}:00", f"{9 + n}:45", "Science"]
          for n, topic in enumerate(topics)]])
    assert [draft_mapping(titled).chosen[role] for role in ("name", "schedule_tracks")] == [
        "Session", "Topic"]


def test_speaker_columns_are_offered_for_the_description_when_it_has_none(
        tmp_path: Path) -> None:
    """Guidebook has no speaker field on a session (speakers are a list of their own, which
    gbimport does not import): the draft offers the columns naming people as the
    description's added columns, each a paragraph of its own. It offered one of them only, as
    the description column, the other left out."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", "Speaker", "Moderator"],
        ["Opening", "2027-05-11", "9:00", "9:45", "Ana Ruiz", "Li Wei"],
        ["Soil sensors", "2027-05-11", "10:00", "10:45", "Tom Berg; Eva Lind", ""]])
    draft = draft_mapping(sheet).text
    assert draft.split("\n\n")[-2] == (
        "# Columns nothing reads: 'Speaker', 'Moderator'\n"
        "# 'Speaker' and 'Moderator' name people: Guidebook keeps speakers as a list of their "
        "own, which gbimport does not import. To show their names in each session's "
        "description, uncomment these lines:\n"
        "# [fields.description]\n"
        '# add_columns = ["Speaker", "Moderator"]')
    mapping = tmp_path / "draft.toml"
    mapping.write_text(re.sub(r"^# (\[fields|add_columns)", r"\1", draft, flags=re.M),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.description_html) for p in report.payloads] == [
        ("Opening", "<p>Speaker: Ana Ruiz</p><p>Moderator: Li Wei</p>"),
        ("Soil sensors", "<p>Speaker: Tom Berg; Eva Lind</p>")]


@pytest.mark.parametrize("header", ["Presenters", "Referent", "Intervenant", "Ponente",
                                    "Formateur", "attendees", "登壇者", "발표자"])
def test_a_speaker_column_beside_a_description_is_offered_as_added_to_it(
        tmp_path: Path, header: str) -> None:
    """Beside a description column, a speaker column is offered as added after it,
    commented out in the description's table. The draft said the description reads one
    column, to write the names into its cells."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", header, "Description"],
        ["Opening", "2027-05-11", "9:00", "9:45", "Ana Ruiz", "Why supply chains break"]])
    draft = draft_mapping(sheet).text
    # a header in lower case is labelled as a reader writes it ('Attendees')
    label = header.capitalize() if header.islower() else header
    labels = f'# labels = {{ "{header}" = "{label}" }}\n' if label != header else ""
    assert re.findall(r"\[fields\.description\]\n(?:.+\n)+", draft) == [
        "[fields.description]\n"
        "# plain text, paragraphs kept\n"
        'column = "Description"\n'
        'format = "text"\n'
        f"# each added as a paragraph of its own ('{label}: Ana Ruiz'): uncomment to show the "
        "speakers' names after the description\n"
        f"# add_columns = {json.dumps([header], ensure_ascii=False)}\n" + labels]
    assert draft.split("\n\n")[-2] == (
        f"# Columns nothing reads: {header!r}\n"
        f"# {header!r} names people: Guidebook keeps speakers as a list of their own, which "
        "gbimport does not import; to show the names after the description, uncomment "
        f"add_columns{' and labels' if labels else ''} under [fields.description]")
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        f"<p>Why supply chains break</p><p>{header}: Ana Ruiz</p>"]


@pytest.mark.parametrize(("file", "day"), [
    ("Agenda_2025-09-21.csv", "2025-09-21"), ("programme-2027-05-11.csv", "2027-05-11"),
    ("day1_2027_05_11.csv", "2027-05-11")])
def test_a_one_day_agenda_dated_in_its_file_name_is_given_that_date(
        tmp_path: Path, file: str, day: str) -> None:
    """A one-day agenda saved as CSV with its date in the file's name, and none in its
    cells: the draft asked for a date column, though the name gave the day."""
    sheet = write_csv(tmp_path / file, [
        ["Time", "Title", "Room"], ["9:00-9:30", "Welcome", "Hall"],
        ["9:30-10:30", "Keynote", "Hall"]])
    draft = draft_mapping(sheet)
    assert (draft.missing, re.findall(r"\[fields\.start\]\n(?:.*\n)*?\n", draft.text)) == (
        [], ["[fields.start]\n"
             f"# no column holds the date: the file's name gives it ({file}), the day of "
             "every session. Check it is the programme's day, not the day the file was saved; "
             "for a programme of several days, map date_column to a column of dates instead\n"
             f'date = {day}\ntime_column = "Time"\n\n'])
    mapping = tmp_path / "agenda.toml"
    mapping.write_text(draft.text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat())
            for p in report.payloads] == [
        ("Welcome", f"{day}T09:00:00+00:00", f"{day}T09:30:00+00:00"),
        ("Keynote", f"{day}T09:30:00+00:00", f"{day}T10:30:00+00:00")]


@pytest.mark.parametrize("file", ["week_2027-05-11_2027-05-13.csv", "agenda-2027-13-45.csv",
                                  "export-20270511.csv"])
def test_a_file_name_giving_no_one_day_leaves_the_date_to_fill_in(
        tmp_path: Path, file: str) -> None:
    """Two dates (a week's span), no real date, or figures run together give no one day."""
    sheet = write_csv(tmp_path / file, [
        ["Start", "End", "Title"], ["9:00", "9:30", "Welcome"]])
    assert draft_mapping(sheet).missing == ["start"]


def test_a_date_column_written_without_the_year_is_told_so(tmp_path: Path) -> None:
    """A published agenda writes its days without the year ('Monday, May 11'), as the page's
    heading gives it: the draft said the column held no dates and, for a course of many
    meetings, to map the start to a column of dates, which it is. Each such date needs only
    its year: written into the cells, or given in values with month and day filled in."""
    def agenda(path: Path, days: int) -> Path:
        first = dt.date(2027, 6, 1)
        return write_csv(path, [["Date", "Time", "Title"], *[
            [f"{first + dt.timedelta(days=n):%A, %B %-d}", "18:00 - 19:30", f"Class {n}"]
            for n in range(days)]])
    notes = [[line for line in draft_mapping(agenda(tmp_path / f"{days}.csv", days)).text
              .splitlines() if line.startswith("# 'Date'")] for days in (2, 16)]
    assert notes == [
        ["# 'Date' gives its dates without the year ('Tuesday, June 1'): write it into its "
         "cells (Tuesday, June 1, 2027), or give each its date under [fields.start]: "
         'values = { "Tuesday, June 1" = "YYYY-06-01", "Wednesday, June 2" = "YYYY-06-02" }'],
        ["# 'Date' gives its dates without the year (16 of them, such as 'Tuesday, June 1'): "
         "write it into its cells (Tuesday, June 1, 2027)"]]


def test_break_rows_titled_only_in_their_type_column_get_it_as_the_fallback(
        tmp_path: Path) -> None:
    """Break rows with a blank title and 'Coffee break' or 'Lunch' in Type: the draft offers
    Type as the title's fallback_column, commented out. Drafted without it, each was a
    missing-required error, unexplained. A heading row (one cell) is no session left
    untitled; a Type column blank on an untitled row is not offered."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Type", "Date", "Start", "End", "Category"],
        ["Day one", "", "", "", "", ""],
        ["Opening", "Talk", "2027-05-11", "9:00", "9:45", "Plenary"],
        ["", "Coffee break", "2027-05-11", "9:45", "10:15", ""],
        ["", "Lunch", "2027-05-11", "12:00", "13:00", "Social"],
        ["", "Coffee break", "2027-05-11", "15:00", "15:30", ""]])
    draft = draft_mapping(sheet).text
    assert re.findall(r"\[fields\.name\]\n(?:.+\n)+", draft) == [
        "[fields.name]\n"
        'column = "Title"\n'
        "# 3 rows with no title, but 'Type' filled in ('Coffee break', 'Lunch'): uncomment to "
        "take that as the title\n"
        '# fallback_column = "Type"\n']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# fallback_column", "fallback_column"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert ([p.name for p in report.payloads], report.with_errors) == (
        ["Opening", "Coffee break", "Lunch", "Coffee break"], 0)


def test_an_academic_programmes_author_and_full_name_columns_are_offered_as_people(
        tmp_path: Path) -> None:
    """An academic programme names its speakers 'fullname' or 'FULL_NAME' beside the title
    and the abstract, with 'Co-authors' or 'Authors' after: those were listed as columns
    nothing reads, with no word that they name people or how to show them, while 'Speaker'
    was offered as the description's added column."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["submission_id", "title", "abstract", "FULL_NAME", "Co-authors", "starttime",
         "endtime"],
        ["p1", "Sparse grids", "Why they converge", "Ines Moreau", "Ana Ruiz; Li Wei",
         "2027-05-11 09:00", "2027-05-11 09:20"],
        ["p2", "Tensor trains", "", "Tom Berg", "", "2027-05-11 09:20", "2027-05-11 09:40"]])
    draft = draft_mapping(sheet).text
    assert draft.split("\n\n")[-2] == (
        "# Columns nothing reads: 'FULL_NAME', 'Co-authors'\n"
        "# 'FULL_NAME' and 'Co-authors' name people: Guidebook keeps speakers as a list of "
        "their own, which gbimport does not import; to show the names after the description, "
        "uncomment add_columns and labels under [fields.description]")
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.replace("# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Why they converge</p><p>FULL_NAME: Ines Moreau</p>"
        "<p>Co-authors: Ana Ruiz; Li Wei</p>",
        "<p>FULL_NAME: Tom Berg</p>"]


def test_a_one_day_programme_dated_in_its_title_rows_is_given_that_date(
        tmp_path: Path) -> None:
    """A one-day workshop's sheet, exported with its title rows above the header, gives its
    day there ('May 11, 2027 | 1:00PM-5:30PM') and in no column: the draft left the date to
    fill in. Two days above the header (a deadline's too) leave it so."""
    rows = [["Title", "Start", "End", "Speaker"],
            ["Opening", "1:00 PM", "1:10 PM", "Ana Ruiz"],
            ["Sparse grids", "1:10 PM", "1:40 PM", "Li Wei"]]
    sheet = write_csv(tmp_path / "timetable.csv", [
        ["", "Spring Colloquium\nMay 11, 2027 | 1:00PM-5:30PM", ""],
        ["", "Send slides by May 10 (noon)", ""], *rows])
    draft = draft_mapping(sheet).text
    assert re.findall(r"\[fields\.start\]\n(?:.+\n)+", draft) == [
        "[fields.start]\n"
        "# no column holds the date: the rows above the header give it ('May 11, 2027'), the "
        "day of every session. For a programme of several days, map date_column to a column "
        "of dates instead\n"
        "date = 2027-05-11\n"
        'time_column = "Start"\n']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Opening", "2027-05-11T13:00:00+00:00"), ("Sparse grids", "2027-05-11T13:10:00+00:00")]
    two_days = write_csv(tmp_path / "two.csv", [
        ["Spring Colloquium, May 11, 2027", "", ""],
        ["Slides due 2027-05-04", "", ""], *rows])
    assert draft_mapping(two_days).missing == ["start"]


@pytest.mark.parametrize("header", ["Presentation Title", "Paper Title", "Workshop title",
                                    "Title of Talk", "Title of the presentation"])
def test_a_title_named_for_the_kind_of_session_is_the_title(tmp_path: Path, header: str) -> None:
    """'Talk Title' was the title, but 'Paper Title' or 'Title of Talk', as academic and
    workshop programmes head it, left the title to fill in."""
    sheet = write_csv(tmp_path / "programme.csv", [
        [header, "Room", "Date", "Start Time", "End Time"],
        ["Soil probes at scale", "Hall A", "5/11/2027", "9:00 AM", "9:30 AM"]])
    draft = draft_mapping(sheet)
    assert (draft.missing, draft.chosen["name"]) == ([], header)


def test_a_date_typed_on_each_days_first_row_only_is_drafted_to_fill_down(
        tmp_path: Path) -> None:
    """Planners type the day once, on its first row: those rows have their times, so
    skip_unscheduled (which skips only rows with neither) was the wrong advice for them. The
    draft reads the date down to them; the row of a title alone is a heading, as validate
    reads it, not a session to skip until it gets a date."""
    sheet = write_xlsx(tmp_path / "programme.xlsx", [
        ["Date", "Start", "End", "Session", "Room"],
        [dt.date(2027, 5, 11), "9:00 AM", "10:00 AM", "Opening", "Room A; Room B"],
        [None, "10:30 AM", "11:15 AM", "Hybrid audiences", "Room A"],
        [None, "1:00 PM", "2:00 PM", "Badge printing", "Room C"],
        [dt.date(2027, 5, 12), "9:00 AM", "9:45 AM", "Day 2 welcome", "Room A"],
        [None, "10:00 AM", "10:45 AM", "Accessibility", "Room A"],
        [None, None, None, "Lightning talks (slot to come)", None],
    ])
    draft = draft_mapping(sheet).text
    assert [line for line in draft.splitlines() if "'Date'" in line or "fill_down" in line] == [
        'fill_down = ["Date"]   # its blank cells take the date above them',
        "# 3 rows have a time but no 'Date', under a row that has one: the date is typed on "
        "each day's first row, so fill_down reads it on the rows under it; if those rows' "
        "dates are missing instead, take fill_down out and give each row its date",
    ]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, f"{p.start_time:%m-%d %H:%M}") for p in report.payloads] == [
        ("Opening", "05-11 09:00"), ("Hybrid audiences", "05-11 10:30"),
        ("Badge printing", "05-11 13:00"), ("Day 2 welcome", "05-12 09:00"),
        ("Accessibility", "05-12 10:00")]
    assert [(i.row, i.code) for i in report.issues if i.row] == [(7, "section-heading")]


def test_a_time_without_a_date_above_any_dated_row_is_told_to_give_its_date(
        tmp_path: Path) -> None:
    """No date above it to read down: no fill_down is drafted."""
    sheet = write_xlsx(tmp_path / "programme.xlsx", [
        ["Date", "Start", "End", "Session", "Room"],
        [None, "8:00 AM", "9:00 AM", "Registration", "Lobby"],
        [dt.date(2027, 5, 11), "9:00 AM", "10:00 AM", "Opening", "Room A"],
    ])
    draft = draft_mapping(sheet).text
    assert [line for line in draft.splitlines() if "'Date'" in line or "fill_down" in line] == [
        "# 1 row has a time but no 'Date': give each row its date (a date typed on a day's "
        "first row only is read on the rows under it with fill_down; a cell merged down over "
        "the day's rows is read on each)"]
