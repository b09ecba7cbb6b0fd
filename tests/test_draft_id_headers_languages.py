"""draft-mapping on a planner's own sheet headed in Japanese, Chinese, Korean or a European
language: the id column headed as a session's id in its language ('セッションID', '会话ID',
'ID de sesión', 'Sitzungs-ID', 'Identifiant') is drafted as [fields.import_id], and the other
fields' common Japanese headings ('講演名', '会場名', '要旨', '座長') are read; a column that
is some other thing's id ('Room ID', 'Speaker ID') is not the sessions'. Invented data."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer._header_words import names_people, names_session_ids
from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

ROWS = ("S1,基調講演,2027-05-11,09:00,10:00,ホールA,一般,開会の挨拶と基調講演\n"
        "S2,データ可視化入門,2027-05-11,10:30,11:30,ホールB,技術,グラフの選び方\n"
        "S3,閉会,2027-05-11,17:00,17:30,ホールA,一般,閉会の挨拶\n")
HEADER = ["セッションID", "タイトル", "日付", "開始", "終了", "会場", "トラック", "説明"]


def _sheet(tmp_path: Path, header: list[str], rows: str = ROWS) -> Path:
    return write_bytes(tmp_path, "プログラム.csv", (",".join(header) + "\n" + rows).encode())


@pytest.mark.parametrize("heading", [
    "会话ID", "會話ID", "场次ID", "场次编号", "場次編號", "セッション番号", "セッションNo",
    "講演ID", "発表ID", "講演番号", "発表番号", "演題番号", "세션ID", "세션 번호", "세션번호",
    "ID de sesión", "ID de la sesión", "ID sesión", "ID de session", "ID de la session",
    "ID session", "Identifiant", "Identifiant de session", "Identifiant de la session",
    "Sitzungs-ID", "SitzungsID", "Sitzung-ID", "Kennung", "ID da sessão", "ID sessão",
    "Identificador", "ID sessione", "ID della sessione"])
def test_a_session_id_headed_in_the_planners_language_is_drafted_as_the_id(
    tmp_path: Path, heading: str
) -> None:
    """The draft left the column among those nothing reads and derived each session's id
    from its title, start and room, which change when the programme is edited."""
    draft = draft_mapping(_sheet(tmp_path, [heading, *HEADER[1:]]))
    assert draft.chosen["import_id"] == heading
    assert f'[fields.import_id]\n# the id that ties a row to its session across runs\n' \
           f'column = "{heading}"' in draft.text


@pytest.mark.parametrize(("role", "heading"), [
    ("name", "講演名"), ("name", "演題名"), ("name", "講演題目"), ("name", "発表題目"),
    ("name", "プログラム名"), ("name", "イベント名"), ("name", "企画名"),
    ("date", "実施日"), ("date", "日にち"),
    ("locations", "会場名"), ("locations", "部屋名"), ("locations", "ルーム名"),
    ("locations", "会議室"), ("locations", "講義室"), ("locations", "ホール"),
    ("schedule_tracks", "トラック名"), ("schedule_tracks", "種別"),
    ("schedule_tracks", "セッション種別"), ("schedule_tracks", "区分"),
    ("schedule_tracks", "種類"), ("schedule_tracks", "形式"),
    ("description", "要旨"), ("description", "抄録"), ("description", "講演概要"),
    ("description", "発表概要"), ("description", "セッション概要"), ("description", "説明文")])
def test_a_common_japanese_heading_is_drafted_as_its_field(
    tmp_path: Path, role: str, heading: str
) -> None:
    place = {"name": 1, "date": 2, "start": 3, "end": 4, "locations": 5, "schedule_tracks": 6,
             "description": 7}[role]
    header = [*HEADER[:place], heading, *HEADER[place + 1:]]
    assert draft_mapping(_sheet(tmp_path, header)).chosen[role] == heading


@pytest.mark.parametrize(("doors", "start", "end"), [
    ("開場", "開演", "終演"), ("開場時間", "開演時間", "終演時間")])
def test_a_shows_curtain_up_and_down_are_its_start_and_end_not_its_doors(
    tmp_path: Path, doors: str, start: str, end: str
) -> None:
    """The draft read the doors' opening ('開場') as the start and the curtain-up as the end."""
    rows = ("S1,ライブA,2027-05-11,17:30,18:00,20:00,ホールA\n"
            "S2,ライブB,2027-05-12,17:30,18:30,20:30,ホールA\n")
    draft = draft_mapping(_sheet(tmp_path, ["ID", "タイトル", "日付", doors, start, end, "会場"],
                                 rows))
    assert (draft.chosen["start"], draft.chosen["end"]) == (start, end)


def test_a_day_and_time_in_one_cell_headed_in_japanese_is_the_start_and_end(
    tmp_path: Path
) -> None:
    rows = ("S1,基調講演,2027-05-11 09:00,2027-05-11 10:00,ホールA\n"
            "S2,データ可視化入門,2027-05-11 10:30,2027-05-11 11:30,ホールB\n")
    for start, end in (("開始日時", "終了日時"), ("日時", "終了日時")):
        draft = draft_mapping(_sheet(tmp_path, ["セッションID", "タイトル", start, end, "会場"],
                                     rows))
        assert (draft.chosen["start"], draft.chosen["end"]) == (start, end)


@pytest.mark.parametrize("heading", [
    "登壇者名", "講演者名", "発表者名", "講師名", "スピーカー", "司会", "座長", "モデレーター",
    "パネリスト", "出演者"])
def test_a_japanese_speakers_heading_names_people(tmp_path: Path, heading: str) -> None:
    """Offered as the description's add_columns, not left among the columns nothing reads."""
    rows = "".join(line + ",山田 太郎\n" for line in ROWS.splitlines())
    draft = draft_mapping(_sheet(tmp_path, [*HEADER, heading], rows))
    assert names_people(heading)
    assert f'# add_columns = ["{heading}"]' in draft.text


@pytest.mark.parametrize("heading", [
    "Room ID", "Track ID", "Ticket ID", "Speaker ID", "Raum-ID", "ID de sala", "部屋ID",
    "チケットID", "登壇者ID"])
def test_another_things_id_is_not_the_sessions_id(tmp_path: Path, heading: str) -> None:
    draft = draft_mapping(_sheet(tmp_path, [heading, *HEADER[1:]]))
    assert ("import_id" not in draft.chosen, names_session_ids(heading)) == (True, False)


def test_validate_names_an_unread_id_column_headed_in_japanese(tmp_path: Path) -> None:
    """It told the user to add an id column the sheet already had."""
    path = _sheet(tmp_path, HEADER)
    mapping = tmp_path / "m.toml"
    mapping.write_text('name = "m"\n[fields.name]\ncolumn = "タイトル"\n'
                       '[fields.start]\ndate_column = "日付"\ntime_column = "開始"\n'
                       '[fields.end]\ntime_column = "終了"\n', encoding="utf-8")
    report = validate_file(path, mapping=mapping, timezone="UTC")
    (derived,) = [i for i in report.issues if i.code == "derived-import-id"]
    assert "The sheet's 'セッションID' column looks like one" in derived.message


@pytest.mark.parametrize(("heading", "certain"), [
    ("Identifiant", True), ("Kennung", True), ("Identificador", True), ("Sitzungs-ID", True),
    ("ID de sesión", True), ("セッションID", True), ("会话ID", True),
    # Numbers as often number the rows, and change with a sort: drafted, never insisted on.
    ("#", False), ("Nummer", False), ("講演番号", False), ("세션 번호", False)])
def test_validate_insists_only_on_headings_that_name_an_id(heading: str, certain: bool) -> None:
    """validate names an unread column as the id to read only when its heading says id."""
    assert names_session_ids(heading) is certain
