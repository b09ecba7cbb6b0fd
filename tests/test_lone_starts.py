"""A cell with one time in a column of time ranges (`9:00` among `9:00 - 10:30`, or `11:00～`,
from 11:00 on): with until_next the next session's start ends it; without, it is refused
saying it has no end and both ways to give one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importer.validate import validate_file

UTC = dt.UTC


def _sheet(tmp_path: Path, end: str, cells: list[str]) -> tuple[Path, Path]:
    path = tmp_path / "programme.csv"
    path.write_text("Title,Day,Time,Room\n" + "".join(
        f"S{n},5/11/2027,{cell},Room {n}\n" for n, cell in enumerate(cells)), encoding="utf-8")
    mapping = tmp_path / "programme.toml"
    mapping.write_text('name = "programme"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'date_column = "Day"\ntime_column = "Time"\n[fields.end]\n'
                       f'time_column = "Time"\n{end}\n[fields.locations]\ncolumn = "Room"\n',
                       encoding="utf-8")
    return path, mapping


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 5, 11, hour, minute, tzinfo=UTC)


def test_with_until_next_a_lone_start_ends_as_the_next_session_starts(tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "until_next = true\nlast_minutes = 30",
                           ["9:00 - 10:30", "10:30", "11:00～", "12:00 - 13:00", "14:00"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(9), at(10, 30)), ("S1", at(10, 30), at(11)), ("S2", at(11), at(12)),
        ("S3", at(12), at(13)), ("S4", at(14), at(14, 30))]


def test_without_until_next_a_lone_start_is_refused_saying_it_has_no_end(tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "", ["9:00 - 10:30", "10:30", "9"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    hint = "write the start and end like 9:00 - 10:30, 9:00 AM - 10:30 AM or 9am to 11am"
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (3, "bad-time", f"Row 3: 'Time' has '10:30', which is not a start and end time: it has a "
                        f"start but no end; {hint}; or give such starts a length with "
                        "minutes = 120 (say) under [fields.end], or end each as the next "
                        "session starts with until_next = true there."),
        (4, "bad-time", f"Row 4: 'Time' has '9', which is not a start and end time: {hint}.")]


FROM_STARTS = ["ab 19:00", "ab 19 Uhr", "dès 19h", "à partir de 19h", "from 7pm",
               "7:00pm - late", "19:00 -", "19:00-", "from 7pm till late", "vanaf 19u"]


def test_a_start_written_from_then_on_is_a_lone_start(tmp_path: Path) -> None:
    """'ab 19 Uhr', 'dès 19h', '7pm - late', '19:00 -': a start with no end, as '19:00～'."""
    path, mapping = _sheet(tmp_path, "until_next = true\nlast_minutes = 60",
                           ["18:00 - 19:00", *FROM_STARTS])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(18), at(19)), *((f"S{n}", at(19), at(20)) for n in range(1, 11))]
    path, mapping = _sheet(tmp_path, "", FROM_STARTS)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-time", f"Row {row}: 'Time' has {cell!r}, which is not a start and end time: "
         "it has a start but no end; write the start and end like 9:00 - 10:30, 9:00 AM - "
         "10:30 AM or 9am to 11am; or give such starts a length with minutes = 120 (say) "
         "under [fields.end], or end each as the next session starts with until_next = true "
         "there.") for row, cell in enumerate(FROM_STARTS, 2)]


def test_an_end_column_refuses_a_start_written_from_then_on(tmp_path: Path) -> None:
    """'from 7pm' or '19:00 -' in an end column says when a session starts, not when it
    ends: read as its end, the session would end at 19:00 (at its start, or hours early)."""
    ends = ["from 7pm", "19:00 -", "7:30pm - late", "ab 19 Uhr", "19:00～", "22:00"]
    path = tmp_path / "ends.csv"
    path.write_text("Session Title,Date,Time Start,Time End,Room/Location\n" + "".join(
        f"S{n},5/11/2027,17:00,{cell},Room {n}\n" for n, cell in enumerate(ends)),
        encoding="utf-8")
    report = validate_file(path, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-time", f"Row {row}: 'Time End' has {cell!r}, which is not a time: it says "
         "from when the session is on, not when it ends; write its end time, like 10:00 PM "
         "or 22:00.") for row, cell in enumerate(ends[:-1], 2)]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S5", at(17), at(22))]


def test_onwards_and_open_end_are_starts_from_then_on(tmp_path: Path) -> None:
    cells = ["18:00 - 19:00", "19:00 onwards", "20 Uhr bis open end"]
    path, mapping = _sheet(tmp_path, "until_next = true\nlast_minutes = 60", cells)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(18), at(19)), ("S1", at(19), at(20)), ("S2", at(20), at(21))]
    ends = tmp_path / "ends.csv"
    ends.write_text("Session Title,Date,Time Start,Time End,Room/Location\n"
                    "Bar,5/11/2027,17:00,19:00 onwards,Hall\n", encoding="utf-8")
    report = validate_file(ends, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (2, "bad-time", "Row 2: 'Time End' has '19:00 onwards', which is not a time: it says "
         "from when the session is on, not when it ends; write its end time, like 10:00 PM "
         "or 22:00.")]


def test_a_lone_start_written_past_midnight_is_the_next_morning(tmp_path: Path) -> None:
    path, mapping = _sheet(tmp_path, "until_next = true\nlast_minutes = 30",
                           ["23:00 - 24:30", "25:00", "26:00～"])
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    night = dt.datetime(2027, 5, 12, tzinfo=UTC)
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(23), night.replace(minute=30)), ("S1", night.replace(hour=1),
                                                   night.replace(hour=2)),
        ("S2", night.replace(hour=2), night.replace(hour=2, minute=30))]


OTHER_LANGUAGE_OPEN_ENDS = ["22u tot laat", "22u - laat", "22:00 bis Ende", "22h - tard",
                            "22h jusqu'à la fin", "22:00 hasta el cierre"]


def test_open_ends_in_other_languages_are_starts_from_then_on(tmp_path: Path) -> None:
    """Dutch 'tot laat', German 'bis Ende', French 'tard' and 'jusqu'à la fin', Spanish 'hasta
    el cierre' say "till late" as '7:30pm - late' does; an end named in words ('midnight')
    and an end time after 'bis' or 'tot' stay ends."""
    cells = ["18:00 - 19:00", *OTHER_LANGUAGE_OPEN_ENDS, "21:00 - midnight", "21:00 bis 23:00",
             "21u tot 1u"]
    path, mapping = _sheet(tmp_path, "until_next = true\nlast_minutes = 60", cells)
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code) for i in report.issues if i.row] == []
    next_day = dt.datetime(2027, 5, 12, tzinfo=UTC)
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S0", at(18), at(19)), *((f"S{n}", at(22), at(23)) for n in range(1, 7)),
        ("S7", at(21), next_day), ("S8", at(21), at(23)),
        ("S9", at(21), next_day.replace(hour=1))]
    ends = tmp_path / "ends.csv"
    ends.write_text("Session Title,Date,Time Start,Time End,Room/Location\n" + "".join(
        f"S{n},5/11/2027,17:00,{cell},Room {n}\n"
        for n, cell in enumerate(OTHER_LANGUAGE_OPEN_ENDS)), encoding="utf-8")
    report = validate_file(ends, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-time", f"Row {row}: 'Time End' has {cell!r}, which is not a time: it says "
         "from when the session is on, not when it ends; write its end time, like 10:00 PM "
         "or 22:00.") for row, cell in enumerate(OTHER_LANGUAGE_OPEN_ENDS, 2)]


def test_a_datetime_end_column_refuses_a_start_written_from_then_on(tmp_path: Path) -> None:
    """'5/11/2027 from 7pm' in a column of end dates and times says when a session starts,
    as 'from 7pm' in an end time column does: read as its end, it would end at 19:00."""
    ends = ["5/11/2027 from 7pm", "5/11/2027 19:00 -", "5/11/2027 7pm onwards",
            "5/11/2027 22:00"]
    path = tmp_path / "ends.csv"
    path.write_text("Title,Starts,Ends\n" + "".join(
        f"S{n},5/11/2027 17:00,{cell}\n" for n, cell in enumerate(ends)), encoding="utf-8")
    mapping = tmp_path / "ends.toml"
    mapping.write_text('name = "ends"\n[fields.name]\ncolumn = "Title"\n[fields.start]\n'
                       'column = "Starts"\n[fields.end]\ncolumn = "Ends"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    assert [(i.row, i.code, i.message) for i in report.issues if i.row] == [
        (row, "bad-datetime", f"Row {row}: 'Ends' has {cell!r}, which is not a date and time: "
         "it says from when the session is on, not when it ends; write its end date and "
         "time, like 5/11/2027 10:00 PM.") for row, cell in enumerate(ends[:-1], 2)]
    assert [(p.name, p.start_time, p.end_time) for p in report.payloads] == [
        ("S3", at(17), at(22))]
