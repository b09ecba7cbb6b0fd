"""Drafting a mapping: headers in more of the words real programmes use, and the columns a
draft reads two ways (a Type column titling break rows and naming tracks)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from importer.draft import draft_mapping
from importer.validate import validate_file


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def tables(text: str) -> dict[str, dict[str, str]]:
    """The draft's [fields.X] tables' keys and values, comments left out."""
    return {name: dict(re.findall(r"^(\w+) = (.+)$", body, re.M)) for name, body in
            re.findall(r"^\[fields\.(\w+)\]\n((?:[^\[\n].*\n?)*)", text, re.M)}


def drafted_and_read(tmp_path: Path, sheet: Path) -> tuple[dict[str, dict[str, str]], list[
        tuple[str, str, tuple[str, ...]]]]:
    """The draft's tables, and each session validate reads with the draft as written."""
    text = draft_mapping(sheet).text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    return tables(text), [(p.name, p.start_time.isoformat(), p.locations)
                          for p in report.payloads]


def test_a_festivals_stage_headed_buhne_is_the_room(tmp_path: Path) -> None:
    """A German festival's running order ('Act;Bühne;Tag;Start;Ende') had its stages left
    among the columns nothing reads: 'Bühne' was no room's name."""
    sheet = write_csv(tmp_path / "timetable.csv", [
        ["Act", "Bühne", "Tag", "Start", "Ende"],
        ["Aurora Skies", "Main Stage", "25.07.2027", "20:00", "21:30"],
        ["Kite", "Zelt", "25.07.2027", "21:30", "22:30"]], delimiter=";")
    assert drafted_and_read(tmp_path, sheet) == (
        {"name": {"column": '"Act"'},
         "start": {"date_column": '"Tag"', "time_column": '"Start"'},
         "end": {"time_column": '"Ende"'},
         "locations": {"column": '"Bühne"'}},
        [("Aurora Skies", "2027-07-25T20:00:00+00:00", ("Main Stage",)),
         ("Kite", "2027-07-25T21:30:00+00:00", ("Zelt",))])


def test_a_japanese_lightning_talks_title_and_stage_are_read(tmp_path: Path) -> None:
    """A lightning-talk night's sheet heads its titles 'LTタイトル' and its rooms 'ステージ':
    the draft left the title to fill in and the stage unread."""
    sheet = write_csv(tmp_path / "lt.csv", [
        ["LTタイトル", "日付", "開始", "終了", "ステージ"],
        ["型で守る", "2027/5/11", "19:00", "19:05", "Aステージ"],
        ["小さく出す", "2027/5/11", "19:05", "19:10", "Bステージ"]])
    assert drafted_and_read(tmp_path, sheet) == (
        {"name": {"column": '"LTタイトル"'},
         "start": {"date_column": '"日付"', "time_column": '"開始"'},
         "end": {"time_column": '"終了"'},
         "locations": {"column": '"ステージ"'}},
        [("型で守る", "2027-05-11T19:00:00+00:00", ("Aステージ",)),
         ("小さく出す", "2027-05-11T19:05:00+00:00", ("Bステージ",))])


def test_a_scripts_start_str_and_end_str_are_the_start_and_the_end(tmp_path: Path) -> None:
    """A programme written out by a script names its text copies of the times 'START_STR'
    and 'END_STR': the draft left both to fill in."""
    sheet = write_csv(tmp_path / "export.csv", [
        ["TITLE", "START_STR", "END_STR", "ROOM"],
        ["Soil probes", "2027-05-11 09:00", "2027-05-11 10:00", "Main"]])
    assert drafted_and_read(tmp_path, sheet) == (
        {"name": {"column": '"TITLE"'}, "start": {"column": '"START_STR"'},
         "end": {"column": '"END_STR"'}, "locations": {"column": '"ROOM"'}},
        [("Soil probes", "2027-05-11T09:00:00+00:00", ("Main",))])


def test_a_type_column_titling_break_rows_makes_no_track_of_a_break(tmp_path: Path) -> None:
    """A Type column naming each session's kind ('Keynote', 'Talk') and titling the break
    rows ('Coffee break', 'Lunch' beside a blank title) was drafted as the tracks as it
    stood: with its fallback_column uncommented, each break made a track of its own. The
    kinds on break rows alone are mapped to no track; the others stay tracks."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", "Room", "Type"],
        ["Opening keynote", "2027-05-11", "09:00", "10:00", "Hall A", "Keynote"],
        ["", "2027-05-11", "10:00", "10:30", "", "Coffee break"],
        ["Scaling Postgres", "2027-05-11", "10:30", "11:15", "Room 1", "Talk"],
        ["", "2027-05-11", "12:00", "13:00", "", "Lunch"],
        ["", "2027-05-11", "15:00", "15:30", "", "Coffee break"]])
    text = draft_mapping(sheet).text
    assert re.findall(r"\[fields\.schedule_tracks\]\n(?:.+\n?)+", text) == [
        "[fields.schedule_tracks]\n"
        "# 'Coffee break' and 'Lunch' are only on rows with no title, the breaks: read as no "
        "track, so that no break makes a track of its own; take them out of values to make "
        "them tracks\n"
        'column = "Type"\n'
        'values = { "Coffee break" = "", "Lunch" = "" }\n']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text.replace("# fallback_column", "fallback_column"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert ([(p.name, p.schedule_tracks) for p in report.payloads], report.with_errors) == (
        [("Opening keynote", ("Keynote",)), ("Coffee break", ()),
         ("Scaling Postgres", ("Talk",)), ("Lunch", ()), ("Coffee break", ())], 0)


def test_a_type_column_filled_in_on_break_rows_alone_is_not_the_tracks(
        tmp_path: Path) -> None:
    """A Type column written only on the break rows names no session's track: the draft
    made it the tracks, so that the breaks alone had tracks. It is offered as the title's
    fallback_column alone."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", "Type"],
        ["Opening keynote", "2027-05-11", "09:00", "10:00", ""],
        ["", "2027-05-11", "10:00", "10:30", "Coffee break"],
        ["Scaling Postgres", "2027-05-11", "10:30", "11:15", ""]])
    draft = draft_mapping(sheet)
    assert (tables(draft.text), draft.text.split("\n\n")[-2]) == (
        {"name": {"column": '"Title"'},
         "start": {"date_column": '"Date"', "time_column": '"Start"'},
         "end": {"time_column": '"End"'}},
        "# Columns nothing reads: 'Type'")
    assert re.findall(r"^# fallback_column = .*$", draft.text, re.M) == [
        '# fallback_column = "Type"']


def test_speaker_columns_named_as_a_program_names_them_are_offered_readable_labels(
        tmp_path: Path) -> None:
    """Added to the description, a column's paragraph starts with its header as written:
    'FULL_NAME: Ines Moreau', 'speakerName: Bo Li'. The draft offers labels a reader would
    write beside add_columns (commented out with it); a header readable as it is
    ('Co-authors') keeps it."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["title", "abstract", "FULL_NAME", "speakerName", "Co-authors", "starttime",
         "endtime"],
        ["Sparse grids", "Why they converge", "Ines Moreau", "Bo Li", "Ana Ruiz",
         "2027-05-11 09:00", "2027-05-11 09:20"]])
    text = draft_mapping(sheet).text
    assert re.findall(r"\[fields\.description\]\n(?:.+\n)+", text) == [
        "[fields.description]\n"
        "# plain text, paragraphs kept\n"
        'column = "abstract"\n'
        'format = "text"\n'
        "# each added as a paragraph of its own ('Full name: Ines Moreau'): uncomment to show "
        "the speakers' names after the description\n"
        '# add_columns = ["FULL_NAME", "speakerName", "Co-authors"]\n'
        '# labels = { "FULL_NAME" = "Full name", "speakerName" = "Speaker name" }\n']
    assert text.split("\n\n")[-2].splitlines()[-1] == (
        "# 'FULL_NAME', 'speakerName' and 'Co-authors' name people: Guidebook keeps speakers "
        "as a list of their own, which gbimport does not import; to show the names after the "
        "description, uncomment add_columns and labels under [fields.description]")
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text.replace("# add_columns", "add_columns")
                       .replace("# labels", "labels"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Why they converge</p><p>Full name: Ines Moreau</p><p>Speaker name: Bo Li</p>"
        "<p>Co-authors: Ana Ruiz</p>"]


def test_a_snake_case_speaker_column_without_a_description_gets_its_label_too(
        tmp_path: Path) -> None:
    """With no description column, the lines to uncomment make a description of the added
    columns alone: they carry the labels too."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["title", "speaker_name", "starttime", "endtime"],
        ["Sparse grids", "Ines Moreau", "2027-05-11 09:00", "2027-05-11 09:20"]])
    text = draft_mapping(sheet).text
    assert text.split("\n\n")[-2].splitlines()[1:] == [
        "# 'speaker_name' names people: Guidebook keeps speakers as a list of their own, which "
        "gbimport does not import. To show its names in each session's description, uncomment "
        "these lines:",
        "# [fields.description]",
        '# add_columns = ["speaker_name"]',
        '# labels = { "speaker_name" = "Speaker name" }']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text.replace("\n# [fields", "\n[fields").replace("# add_columns",
                       "add_columns").replace("# labels", "labels"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == ["<p>Speaker name: Ines Moreau</p>"]


def test_a_track_column_of_rooms_with_no_room_column_is_pointed_at_the_rooms(
        tmp_path: Path) -> None:
    """A sheet heading its rooms 'Track' ('Main Hall', 'Room 2'), with no column headed as
    the rooms, was drafted to make a track of each room without a word. It stays the tracks
    (a track per room is a layout too), with a comment to make it the rooms; a track column
    beside a room column, or of names that are no rooms, gets none."""
    rows = [["Date", "Start", "End", "Title", "Track"],
            ["2027-05-11", "09:00", "09:45", "Why supply chains break", "Main Hall"],
            ["2027-05-11", "10:00", "10:45", "Soil probes", "Room 2"],
            ["2027-05-11", "10:00", "10:45", "Rain gauges", "Main Hall"]]
    text = draft_mapping(write_csv(tmp_path / "rooms.csv", rows)).text
    assert re.findall(r"\[fields\.schedule_tracks\]\n(?:.+\n?)+", text) == [
        "[fields.schedule_tracks]\n"
        "# 'Track' names rooms ('Main Hall', 'Room 2'), and no column is drafted as the rooms: "
        "if these are where the sessions are held, make this table [fields.locations] "
        "instead\n"
        'column = "Track"\n']
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text.replace("[fields.schedule_tracks]", "[fields.locations]"),
                       encoding="utf-8")
    report = validate_file(tmp_path / "rooms.csv", mapping=mapping, timezone="UTC")
    assert [(p.name, p.locations, p.schedule_tracks) for p in report.payloads] == [
        ("Why supply chains break", ("Main Hall",), ()), ("Soil probes", ("Room 2",), ()),
        ("Rain gauges", ("Main Hall",), ())]
    beside_rooms = [[*row, "Room"] for row in rows]
    themes = [[*row[:4], theme] for row, theme in zip(
        rows, ["Track", "Data", "Web", "Data"], strict=True)]
    assert [re.findall(r"\[fields\.schedule_tracks\]\n(?:.+\n?)+",
                       draft_mapping(write_csv(tmp_path / f"{n}.csv", sheet)).text)
            for n, sheet in enumerate([beside_rooms, themes])] == [
        ['[fields.schedule_tracks]\ncolumn = "Track"\n'],
        ['[fields.schedule_tracks]\ncolumn = "Track"\n']]


def test_an_academic_agendas_track_of_stage_and_rooms_and_its_talk_format(
        tmp_path: Path) -> None:
    """An online conference's agenda ('track' of 'stage', 'room 1', 'room 2', each a column
    of its agenda view; 'talk_format' of Keynote, Contributed talk): the track column was
    drafted as the tracks without a word that it names where talks are held, and
    talk_format, the kind of talk, was not named beside it."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["submission_id", "title", "theme", "talk_format", "starttime", "endtime", "track"],
        ["p1", "Sparse grids", "Numerics", "Keynote", "2027-05-11 09:00", "2027-05-11 09:45",
         "stage"],
        ["p2", "Tensor trains", "Numerics", "Contributed talk", "2027-05-11 10:00",
         "2027-05-11 10:15", "room 1"],
        ["p3", "Graph flows", "Graphs", "Short talk", "2027-05-11 10:00", "2027-05-11 10:15",
         "room 2"]])
    assert re.findall(r"\[fields\.schedule_tracks\]\n(?:.+\n?)+", draft_mapping(sheet).text) == [
        "[fields.schedule_tracks]\n"
        "# 'theme', 'talk_format' could be meant too: put one here instead if so\n"
        "# 'track' names rooms ('stage', 'room 1'), and no column is drafted as the rooms: if "
        "these are where the sessions are held, make this table [fields.locations] instead\n"
        'column = "track"\n']


def test_a_talk_format_column_titles_break_rows_as_type_does(tmp_path: Path) -> None:
    """'talk_format' names each talk's kind as 'Type' does, and a break row's with no title."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["title", "talk_format", "starttime", "endtime"],
        ["Sparse grids", "Keynote", "2027-05-11 09:00", "2027-05-11 09:45"],
        ["", "Break", "2027-05-11 09:45", "2027-05-11 10:00"]])
    assert re.findall(r"^# fallback_column = .*$", draft_mapping(sheet).text, re.M) == [
        '# fallback_column = "talk_format"']


def test_people_columns_written_as_one_word_are_offered_labels_written_apart(
        tmp_path: Path) -> None:
    """An academic agenda's 'fullname' and 'coauthors' columns, added to the description,
    started their paragraphs 'fullname: Ines Moreau'."""
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["title", "abstract", "fullname", "coauthors", "starttime", "endtime"],
        ["Sparse grids", "Why", "Ines Moreau", "Ana Ruiz", "2027-05-11 09:00",
         "2027-05-11 09:20"]])
    text = draft_mapping(sheet).text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text.replace("# add_columns", "add_columns")
                       .replace("# labels", "labels"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>Why</p><p>Full name: Ines Moreau</p><p>Co-authors: Ana Ruiz</p>"]


def test_a_sessions_tools_columns_named_for_the_session_are_matched(tmp_path: Path) -> None:
    """A sessions tool heads its columns 'Session Start Time', 'Session Location',
    'Session Speakers': the draft read the date alone, as each session's start all day,
    asked for the end, and left the times, room, tracks and speakers unread."""
    sheet = write_csv(tmp_path / "sessions.csv", [
        ["Session Code", "Session Name", "Session Date", "Session Start Time",
         "Session End Time", "Session Location", "Session Track", "Session Description",
         "Session Speakers"],
        ["S1", "Opening", "05/11/2027", "9:00 AM", "10:00 AM", "Ballroom A", "General",
         "Welcome", "Ana Ruiz"],
        ["S2", "Data talk", "05/11/2027", "10:30 AM", "11:15 AM", "Room 204", "Data",
         "About data", "Bo Li"]])
    text = draft_mapping(sheet).text
    assert (tables(text), text.split("\n\n")[-2].splitlines()[0]) == (
        {"import_id": {"column": '"Session Code"'}, "name": {"column": '"Session Name"'},
         "start": {"date_column": '"Session Date"', "time_column": '"Session Start Time"'},
         "end": {"time_column": '"Session End Time"'},
         "locations": {"column": '"Session Location"'},
         "schedule_tracks": {"column": '"Session Track"'},
         "description": {"column": '"Session Description"', "format": '"text"'}},
        "# Columns nothing reads: 'Session Speakers'")
    assert "# add_columns = [\"Session Speakers\"]" in text
    mapping = tmp_path / "draft.toml"
    mapping.write_text(text, encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [(p.name, p.start_time.isoformat(), p.end_time and p.end_time.isoformat(),
             p.locations) for p in report.payloads] == [
        ("Opening", "2027-05-11T09:00:00+00:00", "2027-05-11T10:00:00+00:00", ("Ballroom A",)),
        ("Data talk", "2027-05-11T10:30:00+00:00", "2027-05-11T11:15:00+00:00", ("Room 204",))]


def test_an_english_scene_is_no_stage_but_a_french_scene_is(tmp_path: Path) -> None:
    """A rehearsal schedule's 'Scene' ('Act 1 Scene 2') was drafted as the rooms, or named
    beside 'Location' as likely rooms too: 'Scene' matched French 'Scène' once its accent
    was set aside. 'Scène', and 'SCENE' in capitals written without it, are still the
    stage."""
    rehearsal = write_csv(tmp_path / "rehearsal.csv", [
        ["Date", "Time", "Scene", "Location"],
        ["2027-02-01", "18:00", "Act 1 Scene 1", "Studio A"],
        ["2027-02-01", "19:30", "Act 1 Scene 2", "Studio A"]])
    draft = draft_mapping(rehearsal)
    assert (draft.chosen["locations"], "could be meant" in draft.text) == ("Location", False)
    no_room = write_csv(tmp_path / "no-room.csv", [
        ["Date", "Time", "Scene", "Title"],
        ["2027-02-01", "18:00", "Act 1 Scene 1", "Blocking"],
        ["2027-02-01", "19:30", "Act 1 Scene 2", "Run-through"]])
    assert "locations" not in draft_mapping(no_room).chosen
    for header in ("Scène", "SCENE"):
        festival = write_csv(tmp_path / "festival.csv", [
            ["Artiste", "Date", "Début", "Fin", header],
            ["Kite", "25/07/2027", "20:00", "21:00", "Grande Scène"],
            ["Aurora", "25/07/2027", "21:30", "22:30", "Chapiteau"]])
        assert draft_mapping(festival).chosen["locations"] == header


def test_a_desc_column_is_the_description_and_a_people_columns_na_a_blank_value(
        tmp_path: Path) -> None:
    """A scraped export's 'Session Desc' was left unread; an R export's 'NA' in a co-author
    column, once added to the description, showed 'Co-author: NA' in every such session."""
    sheet = write_csv(tmp_path / "papers.csv", [
        ["Title", "Date", "Start", "End", "Room", "Session Desc", "Co-author"],
        ["Soil", "2027-05-11", "9:00", "10:00", "Hall", "About soil", "Ana Ruiz"],
        ["Water", "2027-05-11", "10:00", "11:00", "Hall", "About water", "NA"]])
    draft = draft_mapping(sheet)
    assert draft.chosen["description"] == "Session Desc"
    assert [line for line in draft.text.splitlines() if "blank_values" in line] == [
        "# blank_values = [\"NA\"]   # 'Co-author' has 'NA': uncomment to leave those cells "
        "empty, rather than read them as names (a room, track or speaker of that name)"]
    mapping = tmp_path / "draft.toml"
    mapping.write_text(draft.text.replace("# blank_values", "blank_values").replace(
        "# add_columns", "add_columns"), encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="UTC")
    assert [p.description_html for p in report.payloads] == [
        "<p>About soil</p><p>Co-author: Ana Ruiz</p>", "<p>About water</p>"]


def test_one_break_kind_read_as_no_track_is_named_in_the_singular(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "agenda.csv", [
        ["Title", "Date", "Start", "End", "Room", "Type"],
        ["Opening keynote", "2027-05-11", "09:00", "10:00", "Hall A", "Keynote"],
        ["", "2027-05-11", "12:00", "13:00", "", "Lunch"],
        ["Scaling Postgres", "2027-05-11", "13:00", "13:45", "Room 1", "Talk"]])
    assert re.findall(r"\[fields\.schedule_tracks\]\n(?:.+\n?)+", draft_mapping(sheet).text) == [
        "[fields.schedule_tracks]\n"
        "# 'Lunch' is only on rows with no title, the breaks: read as no track, so that no "
        "break makes a track of its own; take it out of values to make it a track\n"
        'column = "Type"\n'
        'values = { "Lunch" = "" }\n']


def test_a_title_column_with_titles_goes_before_an_empty_one(tmp_path: Path) -> None:
    """A call-for-papers export: its SESSION_TITLE is blank until the programme is made, the
    talks' titles in Paper Title, each with its Paper ID. The empty column was drafted as
    the title (every row then missing-required) and the id column was missed."""
    sheet = write_csv(tmp_path / "cfp.csv", [
        ["Paper ID", "Paper Title", "SESSION_TITLE", "Date", "Start", "End"],
        ["101", "Soil sensors at scale", "", "2027-05-11", "9:00", "10:00"],
        ["102", "Open water data", "", "2027-05-11", "10:00", "11:00"]])
    draft = draft_mapping(sheet)
    assert (draft.chosen["import_id"], draft.chosen["name"]) == ("Paper ID", "Paper Title")
    assert "# 'SESSION_TITLE' could be meant too: put it here instead if so" in draft.text
