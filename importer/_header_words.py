"""The words a schedule's headers name its columns with: which headers name a session's
title, date, start, room or track ('Title', 'Scheduled At', 'Venue'), in the languages the
importer reads; which name its speakers ('Speaker 2', 'Referent', 'Prénom Nom') or a paper
('Paper Title'); and `header_key`, the form headers are compared in.

draft.py matches a sheet's columns to fields with it and the validator's checks tell a
speaker's column from a paper's: a module of its own, so neither imports the other.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from importer._header_words_czech import CZECH_SLOVAK_NAMES, CZECH_SLOVAK_SPEAKERS
from importer._header_words_greek import GREEK_NAMES, GREEK_SPEAKERS
from importer._header_words_ukrainian import UKRAINIAN_NAMES, UKRAINIAN_SPEAKERS
from importer.load import normalize_header

# Headers of a fixtures list's games: its title where they hold the teams, but a column of
# numbers so headed ('Match' 1, 2, 3 beside 'Home' and 'Away') numbers the games.
GAMES = ("game", "match", "fixture", "matchup", "partido", "partita", "spiel", "wedstrijd")
# Headers of a club's fixtures' other side ('Opponent' beside 'Date', 'Time', 'Venue'): the
# title where no column is one, joined after the club's team where a column names it.
OPPONENTS = ("opponent", "opponents", "gegner", "adversaire", "adversario", "rival")
# Headers of a timetable's course or lecture in each slot: the title where no column is one
# and it holds names ('Linear Algebra'), not codes ('CS101', or 'ME', a degree's in Portugal).
COURSES = ("course", "kurs", "cours", "curso", "lecture")
# Header names per role, most telling first, in English, then in the languages convert reads
# dates in (German, French, Spanish, Italian, Portuguese, Dutch), then Swedish, Norwegian and
# Danish, then Russian; compared as header_key gives them ('Ведущий' as 'ведущии').
NAMES: dict[str, tuple[str, ...]] = {
    "import_id": ("session id", "id", "session code", "code", "talk id", "submission id",
                  "proposal id", "paper id", "abstract id", "contribution id", "uid",
                  "row id", "reference", "ref", "session no",
                  "session number",
                  # a fixtures list's games ('Match ID', 'game_id')
                  "match id", "game id", "fixture id",
                  # a site's data file keys each entry by a short name of it ('key', 'slug':
                  # 'ggplot-intro'); Sched's export by its 'event_key'
                  "key", "slug",
                  "id de sesion", "id de la sesion", "id sesion", "id de session",
                  "id de la session", "id session", "identifiant", "identifiant de session",
                  "identifiant de la session", "sitzungs id", "sitzungsid", "sitzung id",
                  "kennung", "id da sessao", "id sessao", "identificador", "id sessione",
                  "id della sessione",
                  "#", "n°", "no", "nr", "number",
                  "nummer", "codigo", "codice"),
    "name": ("session title", "title", "session name", "talk title", "session", "talk",
             "presentation title", "paper title", "workshop title",
             # a call-for-papers export's (Pretalx's 'Proposal title')
             "proposal title", "submission title", "title of talk",
             "title of the talk", "title of presentation", "title of the presentation",
             "name", "subject", "topic", "activity", "agenda item",
             # a German Outlook calendar's export ('Betreff', 'Beginnt am', 'Beginnt um')
             "betreff",
             "event name", "event title", "event", "film title", "film", "movie",
             "artist", "artist name", "band", "band name", "performer", "act",
             # a gig list's or a line-up's, one row a show that may bill several
             "artists", "bands", "performers", "acts", "artistas", "artistes",
             # a fixtures list's teams in one cell ('Boland C vs Eden B')
             *GAMES,
             # a running club's calendar, a race a row ('Date', 'Race')
             "race", "race name",
             "titel", "titre", "titre de la session", "intitule", "titulo",
             "titulo de la sesion", "titolo", "thema", "nom de la session",
             # a Spanish, Italian or Portuguese course's topic of the day, as 'Thema' is
             "tema",
             "nombre de la sesion", "nome della sessione",
             "vortrag", "ponencia", "onderwerp", "veranstaltung", "evenement", "evento",
             # a course's or a camp's day by day ('Fecha', 'Actividad'; 'Horário', 'Atividade')
             "actividad", "atividade", "attivita", "activite", "aktivitat", "activiteit",
             "kunstler", "artiste", "artista", "artiest",
             "namn", "navn", "tittel", "rubrik",
             # Ukrainian's 'Назва' here, not with its other words: before 'Тема', a talk's topic
             "название", "назва", "мероприятие", "тема", "тема доклада", "доклад", "событие",
             *COURSES, *OPPONENTS,
             # Also a person's last or first name: taken only where no other name pairs it.
             "nom", "nombre", "nome"),
    "date": ("date", "day", "session date", "start date", "event date", "date from",
             "from date", "startdate", "eventdate", "sessiondate",
             # the date named first, as an export's 'DateStart' beside 'StartTime'
             "date start", "datestart",
             # a day beside its time, as 'start_day', 'start_at', 'end_day', 'end_at' pair them
             "start day", "startday",
             "datum", "tag", "jour", "fecha", "dia", "data", "giorno", "dag", "datum von",
             "dato", "дата", "день", "дата проведения", "beginnt am"),
    "start": ("time start", "start time", "start", "starts", "starts at", "start at",
              "begin", "begins", "from", "scheduled at", "start date time", "start datetime",
              "beginn", "startzeit", "anfang", "debut", "heure de debut", "heure debut",
              "inicio", "hora de inicio", "hora inicio", "comienzo", "inizio",
              "ora di inizio", "ora inizio", "begintijd", "starttijd", "aanvang",
              "when", "time", "times", "slot", "hour",
              "uhrzeit", "zeit", "heure", "horaire", "hora", "horario", "ora", "orario", "tijd",
              # times headed 'from' and 'to': 'Von'/'Bis', 'Van'/'Tot', 'Desde'/'Hasta'
              "time from", "from time", "von", "uhrzeit von", "zeit von", "van", "desde",
              "hora desde", "beginnt um",
              # run together in lower case, as some exports write them
              "starttime", "startdatetime",
              "starttid", "tid", "tidspunkt", "klockan", "starttidspunkt",
              "время", "начало", "время начала",
              # iCalendar's, in a calendar's events converted to a sheet
              "dtstart",
              # a date and time in one cell, as a league's fixtures give a game's kick-off
              "date/time", "date & time", "date and time", "date time",
              "datetime", "start date/time", "datum/uhrzeit", "datum und uhrzeit",
              "date et heure", "fecha y hora", "data e ora", "data e hora", "datum/tijd",
              "datum en tijd"),
    "end": ("time end", "end time", "end", "ends", "ends at", "end at", "finish", "until",
            "to", "end date time", "end datetime",
            "ende", "endzeit", "fin", "heure de fin", "heure fin", "hora de fin", "hora fin",
            "final", "fine", "ora di fine", "ora fine", "fim", "hora de fim", "hora fim",
            "termino", "einde", "eindtijd", "eind",
            "time to", "to time", "bis", "uhrzeit bis", "zeit bis", "tot", "hasta",
            "hora hasta", "endtime", "enddatetime", "endet um",
            "sluttid", "slut", "slutt", "sluttidspunkt",
            "окончание", "конец", "время окончания", "dtend", "end date/time"),
    "duration": ("duration", "scheduled duration", "duration minutes", "length", "minutes",
                 "mins",
                 "dauer", "duree", "duracion", "durata", "duracao", "duur",
                 # a film's or a play's length, as a cinema's programme heads it
                 "runtime", "running time", "speelduur", "speeltijd", "laufzeit",
                 "spieldauer",
                 "langd", "varighet", "varighed", "длительность", "продолжительность"),
    "end_date": ("end date", "enddatum", "date de fin", "fecha de fin", "fecha fin",
                 "data di fine", "data fine", "data de fim", "einddatum", "date to",
                 "to date", "datum bis", "enddate", "slutdatum", "slutdato",
                 "date end", "dateend",
                 "end day", "endday", "endet am"),
    "locations": ("room/location", "room", "rooms", "location", "locations", "venue", "place",
                  "hall", "hall location", "stage", "room name", "room #", "room no",
                  "room number", "where", "venue name", "location name",
                  "raum", "ort", "saal", "salle", "lieu", "sala", "lugar", "aula", "luogo",
                  "local", "zaal", "locatie", "lokaal", "ruimte",
                  "building", "gebaude", "batiment", "edificio", "gebouw",
                  # a film programme's only place column: its cinemas ('Kino', 'Cinéma')
                  "cinema", "cinemas", "cine", "kino", "bioscoop",
                  # a festival's: 'Bühne', 'Scène', 'Escenario', 'Palco', 'Podium'
                  "stages", "buhne", "scene", "escenario", "palco", "podium",
                  "lokal", "lokale", "sal", "rum", "scen", "plats", "sted", "arena",
                  "площадка", "зал", "место", "место проведения", "аудитория", "локация",
                  "сцена"),
    "schedule_tracks": ("schedule track", "track", "tracks", "stream", "theme", "category",
                        "categories", "kategorien",
                        "topic", "track name",
                        # a scientific society's sections, each holding its own panels
                        "section", "sektion",
                        "themenbereich", "kategorie", "parcours", "categorie", "tematica",
                        "categoria", "percorso", "tema", "trilha", "thema",
                        "session type", "type", "kind", "session kind", "format", "typ",
                        "tipo", "soort",
                        "session format", "talk format", "talk type",
                        "kategori", "spar",
                        "трек", "секция", "направление", "категория", "тип", "формат"),
    "description": ("description", "desc", "abstract", "summary", "details", "synopsis",
                    "session description", "event description", "event summary", "about",
                    "body", "description de la session",
                    "descripcion de la sesion",
                    "beschreibung", "inhalt", "resume", "descripcion", "resumen",
                    "descrizione", "sommario", "descricao", "resumo", "beschrijving",
                    "omschrijving", "samenvatting",
                    "beskrivning", "beskrivelse", "sammanfattning", "sammendrag",
                    "описание", "аннотация",
                    # what a session holds, also the title where no column is (CONTENTS)
                    "content", "contents", "contenu", "contenido", "contenuto", "conteudo",
                    "inhoud", "innehall", "innhold", "indhold", "содержание"),
    # the order of sessions that start together, as all-day talks of a day have no other
    # a calendar's flag, as Outlook's and Google Calendar's CSV write it ('All day event')
    "all_day": ("all day event", "all day", "all day session", "ganztagiges ereignis",
                "ganztaegiges ereignis"),
    "rank": ("rank", "order", "sort order", "display order", "sort", "position",
             "reihenfolge", "orden", "ordre", "ordine", "volgorde"),
    "image": ("image", "image url", "photo", "picture", "logo", "poster", "affiche",
              "bild", "foto", "imagen", "immagine", "imagem", "afbeelding", "bilde",
              "billede"),
}
# Headers of a column of what a session holds ('Content', 'Contenu', 'Inhalt'): the
# description beside a column headed as the title, and the title in a planner's sheet that
# heads no column so.
CONTENTS = ("content", "contents", "contenu", "inhalt", "contenido", "contenuto", "conteudo",
            "inhoud", "innehall", "innhold", "indhold", "содержание")
# Times headed by the words of 'from' and 'to' that name a start and an end only as a pair,
# as French, Italian and Portuguese head them ('De'/'À', 'Da'/'A', 'De'/'Até'), and Czech,
# Slovak and Polish ('Od'/'Do'): alone, 'De' or 'A' names no field. Taken, as all starts and
# ends are, only where they hold times.
FROM_TO = (("de", "a"), ("da", "a"), ("de", "ate"), ("od", "do"))
# The words an events tool or a sessions tool puts before its columns' names ('Event Start
# Date', 'Session Location'): such a column is matched by the name after it too.
TOOL_PREFIXES = ("session ", "event ")
# Header names in Japanese, Chinese (simplified and traditional) and Korean, whose CSV files
# the loader reads too. Added to NAMES as header_key gives them (below it): that takes kana's
# voicing marks apart and spells hangul in letters, so these are written as people write them.
EAST_ASIAN_NAMES: dict[str, tuple[str, ...]] = {
    "import_id": ("セッションID", "番号", "整理番号", "编号", "編號", "세션 ID", "번호",
                  "セッション番号", "セッションNo", "講演ID", "発表ID", "講演番号", "発表番号",
                  "演題番号", "会话ID", "會話ID", "场次ID", "场次编号", "場次編號", "세션ID",
                  "세션 번호", "세션번호"),
    "name": ("タイトル", "セッション名", "セッションタイトル", "演題", "題名", "講演タイトル",
             "発表タイトル", "LTタイトル",
             "标题", "標題", "题目", "題目", "议题", "議題", "名称", "제목", "세션명",
             "세션 제목", "강연 제목",
             "講演名", "演題名", "講演題目", "発表題目", "プログラム名", "イベント名", "企画名",
             # a talk's topic, the title where no column is headed so ('时间, 主题, 嘉宾', a
             # meetup's agenda; '발표자, 시간, 주제', a contest's): a track beside a title, as
             # 'Topic' is
             "テーマ", "講演テーマ", "発表テーマ", "主题", "主題", "演讲主题", "演講主題",
             "주제", "발표 주제", "발표주제",
             # a Japanese Outlook calendar's export ('件名', '開始日', '終日イベント')
             "件名",
             # an event or an activity, the title of a school's or a community's calendar
             # ('日付,行事,備考') or a day's plan ('日期,开始时间,结束时间,活动,类别')
             "行事", "行事名", "イベント", "催し", "催し物", "活动", "活动名称", "活動",
             "活動名稱", "행사", "행사명"),
    "date": ("日付", "開催日", "日程", "日期", "날짜", "일자", "일차", "実施日", "日にち",
             "開始日"),
    "all_day": ("終日イベント", "終日"),
    "start": ("開始", "開始時刻", "開始時間", "开始时间", "开始", "시작", "시작 시간",
              "시작시간", "시작 일시", "시작일시", "時間", "時刻", "时间", "시간",
              # a time slot's: a timetable's column of '10:00~11:00'
              "時間帯", "时间段", "時間段", "时段", "時段", "시간대",
              # a day and its time in one cell, and a stage's curtain-up ('開演')
              "開始日時", "日時", "開演", "開演時間"),
    "end": ("終了", "終了時刻", "終了時間", "结束时间", "結束時間", "结束", "結束", "종료",
            "종료 시간", "종료시간", "종료 일시", "종료일시", "終了日時", "終演", "終演時間"),
    "duration": ("所要時間", "时长", "時長", "소요 시간", "소요시간"),
    "end_date": ("終了日", "结束日期", "結束日期", "종료일"),
    "locations": ("会場", "場所", "部屋", "教室", "ルーム", "会场", "會場", "地点", "地點",
                  "房间", "房間", "场地", "場地", "장소", "장소명", "강의실", "룸", "회의실",
                  "ステージ", "舞台", "무대", "会場名", "部屋名", "ルーム名", "会議室", "講義室",
                  "ホール"),
    "schedule_tracks": ("トラック", "カテゴリ", "カテゴリー", "分類", "テーマ", "ジャンル",
                        "分类", "类别", "類別", "主题", "主題", "트랙", "카테고리", "분류",
                        "주제", "유형", "구분", "부문", "トラック名", "種別", "セッション種別",
                        "区分", "種類", "形式"),
    "description": ("説明", "概要", "内容", "詳細", "简介", "簡介", "描述", "摘要", "说明",
                    "說明", "설명", "개요", "내용", "소개", "要旨", "抄録", "講演概要", "発表概要",
                    "セッション概要", "説明文"),
    "image": ("画像", "写真", "图片", "圖片", "이미지", "사진"),
}
# Header names in Turkish and Polish, written as people write them ('Başlık', 'Tytuł'): added
# to NAMES as header_key gives them (below it), which keeps the dotless 'ı' and 'ł' as they are.
TURKISH_POLISH_NAMES: dict[str, tuple[str, ...]] = {
    # a film programme's 'Film Adı' (the film's name), then 'Gösterim' (the screening, which
    # beside a 'Film Adı' says what kind: 'Gala'), before its 'Etkinlik' (the series)
    "name": ("Başlık", "Oturum Başlığı", "Sunum Başlığı", "Film Adı", "Gösterim", "Etkinlik",
             "Etkinlik Adı", "Ders", "Ders Adı", "Konu",
             "Tytuł", "Tytuł wystąpienia", "Temat", "Nazwa", "Wydarzenie"),
    "date": ("Tarih", "Gün", "Data", "Dzień"),
    "start": ("Saat", "Başlangıç", "Başlangıç Saati", "Başlama Saati", "Zaman",
              "Godzina", "Początek", "Godzina rozpoczęcia", "Czas", "Rozpoczęcie"),
    "end": ("Bitiş", "Bitiş Saati", "Koniec", "Godzina zakończenia", "Zakończenie"),
    "duration": ("Süre", "Czas trwania"),
    "locations": ("Salon", "Yer", "Mekan", "Bina", "Derslik", "Konum",
                  "Sala", "Miejsce", "Lokalizacja", "Budynek"),
    "schedule_tracks": ("Kategori", "Tür", "Oturum Türü", "Ścieżka", "Kategoria", "Typ",
                        "Rodzaj"),
    "description": ("Açıklama", "Özet", "Opis", "Streszczenie", "Abstrakt"),
}
# Headers of columns naming a session's people, as a word ('Speakers', 'Referent') or with
# a number or 'name' after it ('Speaker 2', 'Presenter name'). Guidebook keeps speakers as a
# list of their own, which gbimport does not import: the draft offers them as the
# description's add_columns.
SPEAKERS = frozenset((
    "speaker", "speakers", "presenter", "presenters", "moderator", "moderators", "host",
    "hosts", "facilitator", "facilitators", "panelist", "panelists", "panellists", "chair",
    "chairs", "session chair", "session chairs", "chairperson", "co chair", "co chairs",
    "discussant", "discussants", "respondent", "respondents",
    "instructor", "instructors", "trainer", "trainers", "lecturer", "lecturers", "attendees",
    # a course's or a bootcamp's: who teaches each lesson
    "teacher", "teachers", "tutor", "tutors", "panellist",
    # a student festival's or a club's: who runs each event
    "contact person", "contact persons", "organizer", "organizers", "organiser", "organisers",
    "coordinator", "coordinators",
    "referent", "referenten", "referentin", "referentinnen", "sprecher", "redner",
    "vortragende", "dozent", "dozentin", "dozenten", "moderation",
    "intervenant", "intervenants", "intervenante", "intervenantes", "orateur", "orateurs",
    "conferencier", "conferenciers", "formateur", "formateurs", "formatrice", "animateur",
    "animateurs", "animatrice", "animatrices", "organisateur", "organisateurs",
    "ponente", "ponentes", "orador", "oradores", "conferenciante", "moderador", "presentador",
    "relatore", "relatori", "relatrice", "oratore", "palestrante", "palestrantes",
    "spreker", "sprekers", "presented by", "hosted by", "led by",
    "talare", "forelasare", "foredragsholder", "foredragsholdere", "foredragsholdare",
    "спикер", "спикеры", "докладчик", "докладчики", "ведущий", "ведущие", "лектор",
    "модератор", "тренер", "тренеры", "преподаватель", "преподаватели",
    # an academic programme's: 'Authors', 'Co-authors', 'Presenting author', and a name beside
    # the title ('FULL_NAME', 'fullname')
    "author", "authors", "coauthor", "coauthors", "co author", "co authors",
    "presenting author", "presenting authors", "full name", "fullname",
    "autor", "autoren", "autorin", "auteur", "auteurs", "autores", "autori",
    "登壇者", "講演者", "発表者", "演者", "講師", "讲者", "演讲者", "讲师", "主讲人", "講者",
    "演講者", "发言人", "發言人", "발표자", "연사", "강연자", "강사",
    "嘉宾", "嘉賓", "分享人", "分享嘉宾", "分享嘉賓",
    "登壇者名", "講演者名", "発表者名", "講師名", "スピーカー", "司会", "座長", "モデレーター",
    "パネリスト", "出演者",
    "Konuşmacı", "Konuşmacılar", "Eğitmen", "Eğitmenler", "Moderatör", "Öğretim Üyesi",
    "Prelegent", "Prelegenci", "Prowadzący", "Mówca", "Wykładowca"))
# Headers of a column saying what kind of session a row is ('Type': 'Talk', 'Lunch'), where a
# break row with no title writes what it is: the title's fallback_column.
SESSION_KINDS = frozenset((
    "type", "kind", "category", "session type", "event type", "format", "session format",
    "talk format", "talk type",
    "typ", "art", "tipo", "categorie", "categoria", "kategorie", "soort"))


# ---------------------------------------------------------------- reading a header

# The language a column is written in, after its name, in a programme given in several
# ('title_english', 'title_german', 'Titel DE'): named as the name before it. Not 'PT', which
# after a time is Pacific Time (ZONE_AFTER_NAME).
LANGUAGES = frozenset((
    "en", "eng", "english", "de", "deu", "german", "deutsch", "fr", "french", "francais",
    "es", "spanish", "espanol", "it", "italian", "italiano", "nl", "dutch",
    "portuguese", "fa", "farsi", "persian", "ar", "arabic", "ja", "japanese", "zh",
    "chinese", "ko", "korean"))
# A zone written after a time's name without brackets, in capitals: 'Start Time PT'.
ZONE_AFTER_NAME = re.compile(r"[\s_-]+(UTC|GMT|CEST|CET|EEST|EET|WEST|WET|BST|JST|KST|AEST|AEDT|"
                             r"PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT)$")
# Emoji and other pictographs a header may be marked with ('🔒 Row ID', '📍 Venue'); not
# the symbols of words, such as '°' in 'N°' or '№'.
PICTOGRAPHS = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff"
                         "\U0001f000-\U0001faff\ufe0f]")
# A speaker's number between camelCase words ('speaker1Name', 'speaker2FirstName'): the
# words are apart on both sides of it, as in 'Speaker 1 Name'.
NUMBER_IN_CAMEL = re.compile(r"(?<=[a-z])(\d+)(?=[A-Z][a-z])")
# German's gender-inclusive endings on a person's word, as German offices head a column
# ('Referent/in', 'Referent*innen', 'Sprecher:in', 'Vortragende/r'; 'ReferentIn', its capital
# I inside the word): the word without them, as the lists write it ('referent'). Only after
# the endings of a word for a person ('-ent', '-er', '-or', '-ende'): after others the 'in'
# is English, as in 'TimeIn' and 'TimeOut', 'Title / in English', 'CheckIn'.
PERSON_WORD_END = r"(?:(?<=er)|(?<=or)|(?<=ent)|(?<=ant)|(?<=ist)|(?<=eur))"
GENDER_ENDING = re.compile(PERSON_WORD_END + r"(?:[/*:\u00b7]-?)(?:in|innen)(?![^\W\d_])"
                           r"|(?<=nde)/r(?![^\W\d_])")
CAPITAL_I_ENDING = re.compile(PERSON_WORD_END + r"In(?:nen)?(?![^\W\d_])")
# French's écriture inclusive on a person's word ('Intervenant·e·s', 'Intervenant.e.s',
# 'Intervenant(e)s', 'Animateur·rice·s', 'Conférencier·ère·s'), on a casefolded header: the
# word as the lists write it, plural kept ('intervenants'). Only a feminine ending after
# one of those words' ends, so that 'Speaker.email' and 'Center(s)' keep their words.
FRENCH_GENDER_ENDING = re.compile(
    PERSON_WORD_END + r"[\u00b7\u2022\u22c5./(-](?:e|rice|trice|ice|ère|ere|euse|se)\)?"
    r"(?:[\u00b7\u2022\u22c5./(-]?(s)\)?)?(?![^\W\d_])")


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ('été' as 'ete')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def header_key(header: str) -> str:
    """A header as NAMES write it: words of camelCase apart ('startTime'), accents and
    bracketed units or notes ('(CET)', '[min]', '(s)', '(Optional)') taken out, and '_', '-',
    '.' and ':' as spaces ('Start_Time', 'Nr.'); a zone after the name too ('Start PT'),
    'str' after it ('START_STR'), pictographs, as an app builder marks its key column
    ('🔒 Row ID'), the asterisk an import template marks a required column with
    ('*Session Title', Whova's), and German's and French's gender-inclusive endings
    ('Referent/in', 'Intervenant·e·s')."""
    header = header.strip().strip("*")
    header = ZONE_AFTER_NAME.sub("", header)
    header = PICTOGRAPHS.sub("", header)
    header = NUMBER_IN_CAMEL.sub(r"\1 ", CAPITAL_I_ENDING.sub("", header))
    key = GENDER_ENDING.sub("", normalize_header(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)))
    key = FRENCH_GENDER_ENDING.sub(r"\1", key)
    key = without_accents(key)
    key = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", key)
    words = re.sub(r"[_\-.:]", " ", key).split()
    if len(words) > 1 and words[-1] in LANGUAGES:  # 'title_english', 'Titel DE'
        words.pop()
    if len(words) > 1 and words[-1] == "str":  # a script's text copy of a time: 'START_STR'
        words.pop()
    return " ".join(words)


for _role, _names in (*EAST_ASIAN_NAMES.items(), *TURKISH_POLISH_NAMES.items(),
                      *CZECH_SLOVAK_NAMES.items(), *GREEK_NAMES.items(),
                      *UKRAINIAN_NAMES.items()):
    NAMES[_role] += tuple(header_key(name) for name in _names)


SPEAKERS = frozenset(header_key(name) for name in (*SPEAKERS, *CZECH_SLOVAK_SPEAKERS,
                                                    *GREEK_SPEAKERS, *UKRAINIAN_SPEAKERS))

# Headers naming the place that holds rooms, not a room: a festival's or a multi-site
# conference's 'Venue' beside its 'Room', whose 'Main Hall' may be at two venues; a film
# festival's 'Cinéma' beside its 'Salle', whose 'Salle 1' is at each of its cinemas.
VENUES = frozenset(header_key(name) for name in (
    "venue", "venues", "venue name", "site", "campus", "building", "location", "location name",
    "gebaude", "batiment", "edificio", "gebouw", "spielort", "veranstaltungsort", "lieu",
    "sede", "lugar", "luogo", "место проведения", "会場", "會場",
    "cinema", "cinemas", "cine", "kino", "bioscoop"))


# Headers naming a session's fixed id beyond doubt ('Session ID', 'Talk code', 'Identifiant',
# 'セッションID', its word written on to 'id'): not '#' or 'No', which as often number the
# rows and change with a sort.
ID_WORDS = frozenset(("id", "uid", "code", "identifiant", "identificador", "kennung"))
SESSION_IDS = frozenset(name for name in NAMES["import_id"] if ID_WORDS & set(name.split())
                        or (not name.isascii() and name.endswith("id")))


def names_session_ids(header: str) -> bool:
    """Whether a header names each session's fixed id ('Session ID', 'Submission ID')."""
    return header_key(header) in SESSION_IDS


def names_venues(header: str) -> bool:
    """Whether a header names the venue holding the rooms ('Venue', 'Building', 'Site')."""
    return header_key(header) in VENUES


# A person's name in two columns, as call-for-papers exports write a speaker's (Sessionize's
# FirstName and LastName), the same words before both ('Speaker First Name') or, as French,
# Spanish and Italian write them, after both ('Prénom intervenant', 'Nombre del ponente').
# A last name's longer words first: 'Nom de famille' before 'Nom'. 'Nom', 'Nombre' and
# 'Nome' also name the session: they are a person's beside the other name alone.
FIRST_NAMES = ("first name", "firstname", "given name", "forename", "vorname", "prenom",
               "nombre", "nome", "voornaam")
LAST_NAMES = ("last name", "lastname", "surname", "family name", "nachname",
              "nom de famille", "nom", "apellidos", "apellido", "cognome", "sobrenome",
              "achternaam")
# A speaker's number in a wide sheet's header ('Speaker 1', 'Speaker #2', 'Moderator 3'),
# or written on to the word ('Speaker1').
SPEAKER_NUMBER = re.compile(r"(?:^|\s|(?<=[^\W\d_]))#?\d+(?=\s|$)")


def names_people(header: str) -> bool:
    """Whether a header names a session's speakers ('Speakers', 'Referent', 'Session
    Speakers'), numbered ('Speaker 2', 'Speaker #2', 'Speaker2', 'Speaker 2 Name'), or by
    both words of a full name ('Prénom Nom')."""
    key = header_key(header).removeprefix("session ").removeprefix("event ")
    words = SPEAKER_NUMBER.sub(" ", key).split()
    return key in SPEAKERS or full_name(key) or (bool(words) and words[0] in SPEAKERS and
                                                  words[1:] in ([], ["name"], ["names"]))


# Headers of a column telling of a session's speaker rather than naming one ('Affiliation'),
# and of a column naming one paper or talk of a session ('Paper Title', 'Abstract'): what a
# repeated row's differing columns say it lists, a speaker or a paper.
# Its affiliation ('affil', 'Organisation') is offered to the description beside a speaker's
# column; the other details are not: an email is no attendee's business.
AFFILIATIONS = frozenset((
    "affil", "affiliation", "affiliations", "company", "organisation", "organization",
    "institution", "institute", "university"))
SPEAKER_DETAILS = AFFILIATIONS | {"bio", "biography", "email", "e mail"}
# Headers of a planner's remarks ('Notes', 'Comments'), often for the team alone: never added
# to the description by the draft, which says how to add them.
REMARKS = frozenset((
    "notes", "note", "comments", "comment", "remarks", "remark", "internal notes",
    "anmerkungen", "bemerkungen", "kommentar", "remarques", "commentaires", "observaciones",
    "comentarios", "opmerkingen", "osservazioni")) | frozenset(
    # Japanese, Chinese and Korean remarks ('日付,行事,備考'), as header_key spells them
    header_key(name) for name in ("備考", "备注", "備註", "비고", "メモ"))
PAPER_WORDS = frozenset((
    "title", "paper", "papers", "talk", "talks", "presentation", "abstract", "submission",
    "topic", "poster", "contribution"))


def names_affiliations(header: str) -> bool:
    """Whether a header names a speaker's affiliation ('affil', 'Speaker Company'), a
    co-speaker's numbered ('affiliation2', 'Speaker 2 Company')."""
    key = header_key(SPEAKER_NUMBER.sub(" ", header))
    words = key.split()
    return key in AFFILIATIONS or (len(words) > 1 and words[0] in SPEAKERS
                                   and " ".join(words[1:]) in AFFILIATIONS)


def names_remarks(header: str) -> bool:
    """Whether a header names a planner's remarks ('Notes', 'comments')."""
    return header_key(header) in REMARKS


def column_kind(header: str) -> Literal["people", "paper", "other"]:
    """What a column holds of one row of a session written a row per speaker or per paper:
    'people' for a speaker's name or details ('Speaker company', 'LastName', 'Affiliation'),
    'paper' for a paper's or talk's ('Paper Title', 'Abstract')."""
    key = header_key(header)
    words = key.split()
    if PAPER_WORDS.intersection(words) and not names_people(header):
        return "paper"
    if (names_people(header) or key in FIRST_NAMES or key in LAST_NAMES
            or key in SPEAKER_DETAILS or (bool(words) and words[0] in SPEAKERS)):
        return "people"
    return "other"


def full_name(key: str) -> bool:
    """Whether a header key is a first and a last name's words, in either order, as a form
    heads the one cell it asks a speaker's whole name in ('prenom nom', 'nom et prenom',
    'first name last name')."""
    pairs = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES]
    return any(key in (f"{a} {b}", f"{a} {joined} {b}")
               for first, last in pairs for a, b in ((first, last), (last, first))
               for joined in ("et", "and", "und", "y", "e", "en"))
