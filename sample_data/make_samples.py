"""Write sample_data/conference.xlsx and its CSV twin conference.csv (deterministic).

Run: `.venv/bin/python sample_data/make_samples.py`

A three-day conference (11-13 May 2027, America/Chicago) in Guidebook's Builder template
layout, with a title row above the header on row 3. In the workbook, dates and times are real
Excel dates and times; in the CSV they are the text Excel writes ("5/11/2027", "9:00 AM"), and
the file is UTF-8 with a BOM, CRLF line ends, every row as wide as the header, as Excel saves.
No room holds two overlapping sessions and every session ends after it starts.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
TITLE = "Prairie Data Summit 2027 — Programme (times are Chicago local)"
HEADER = [
    "Session ID",
    "Session Title",
    "Date",
    "Time Start",
    "Time End",
    "Room/Location",
    "Schedule Track (Optional)",
    "Description (Optional)",
]
FIXED_TIME = dt.datetime(2027, 1, 1)
DAYS = [dt.date(2027, 5, 11), dt.date(2027, 5, 12), dt.date(2027, 5, 13)]
ENG, ML, VIZ, COMMUNITY, CLOUD = (
    "Data Engineering",
    "Machine Learning",
    "Analytics & Visualization",
    "Community",
    "Cloud & Infrastructure",
)


@dataclass(frozen=True)
class Session:
    title: str
    day: dt.date
    start: dt.time | None
    end: dt.time | None
    room: str | None
    tracks: tuple[str, ...] = ()
    description: str | None = None


def hm(text: str) -> dt.time:
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


KEYNOTES = [
    ("Opening Keynote: Ten Years of Open Data on the Prairie", "Dr. Amara Okafor"),
    ("Keynote: Forecasting Harvests with Satellites and Sense", "Prof. Lena Hartmann"),
    ("Keynote: What We Owe the People in Our Datasets", "Miguel Santos"),
]

# (slot start, slot end, room, title, tracks); day index -> list
TALKS: dict[int, list[tuple[str, str, str, str, tuple[str, ...]]]] = {
    0: [
        ("10:30", "11:15", "Room 101", "Streaming Pipelines with Kafka and Python", (ENG,)),
        ("10:30", "11:15", "Room 102", "Feature Stores Without the Hype", (ML, ENG)),
        ("10:30", "11:15", "Room 103", "Dashboards People Actually Open", (VIZ,)),
        ("10:30", "12:00", "Workshop Lab", "Workshop: pandas for Spreadsheet Refugees", (ENG,)),
        ("11:25", "12:10", "Room 101", "Testing Data Pipelines Like Software", (ENG,)),
        ("11:25", "12:10", "Room 102", "Gradient Boosting in Production", (ML,)),
        ("11:25", "12:10", "Room 103", "Running a Local Data Meetup", (COMMUNITY,)),
        ("13:30", "14:15", "Room 101", "Costs, Clusters and the Cloud Bill", (CLOUD,)),
        ("13:30", "14:15", "Room 102", "Explaining Models to Regulators", (ML,)),
        ("13:30", "14:15", "Grand Ballroom", "Maps that Tell the Truth", (VIZ,)),
        ("13:30", "15:00", "Workshop Lab", "Workshop: Your First dbt Project", (ENG, CLOUD)),
        ("14:25", "15:10", "Room 101", "Data Contracts Between Teams", (ENG,)),
        ("14:25", "15:10", "Room 102", "Small Language Models on Small Budgets", (ML, CLOUD)),
        ("14:25", "15:10", "Room 103", "Mentoring Junior Analysts", (COMMUNITY,)),
        ("15:30", "16:15", "Room 101", "Orchestration: Airflow, Dagster or Cron?", (ENG,)),
        ("15:30", "16:15", "Room 102", "Time Series Anomalies in Sensor Data", (ML,)),
        ("15:30", "16:15", "Room 103", "Colour, Contrast and Accessible Charts", (VIZ,)),
    ],
    1: [
        ("10:30", "11:15", "Room 101", "Lakehouse Storage Formats Compared", (ENG, CLOUD)),
        ("10:30", "11:15", "Room 102", "Causal Inference for Product Teams", (ML,)),
        ("10:30", "11:15", "Room 103", "Storytelling with Agricultural Data", (VIZ,)),
        ("10:30", "12:00", "Workshop Lab", "Workshop: Geospatial Python Hands-On", (VIZ,)),
        ("11:25", "12:10", "Room 101", "Change Data Capture in Practice", (ENG,)),
        ("11:25", "12:10", "Room 102", "Evaluating Recommenders Offline", (ML,)),
        ("11:25", "12:10", "Room 103", "Open Data Policy in Midwest Cities", (COMMUNITY,)),
        ("13:30", "14:15", "Room 101", "Infrastructure as Code for Data Teams", (CLOUD,)),
        ("13:30", "14:15", "Room 102", "Label Quality Beats Model Size", (ML,)),
        ("13:30", "14:15", "Grand Ballroom", "Panel: Hiring and Growing Data Teams", (COMMUNITY,)),
        ("13:30", "15:00", "Workshop Lab", "Workshop: MLOps with MLflow", (ML, CLOUD)),
        ("14:25", "15:10", "Room 101", "Schema Evolution Without Tears", (ENG,)),
        ("14:25", "15:10", "Room 102", "Forecasting Electricity Demand", (ML,)),
        ("14:25", "15:10", "Room 103", "Notebook to Report in One Click", (VIZ,)),
        ("15:30", "16:15", "Room 101", "Serverless ETL on a Shoestring", (CLOUD, ENG)),
        ("15:30", "16:15", "Room 102", "Privacy-Preserving Analytics", (ML,)),
        ("15:30", "16:15", "Room 103", "Diversity in Data: Lessons from Our Chapter", (COMMUNITY,)),
    ],
    2: [
        ("10:30", "11:15", "Room 101", "Data Quality Checks That Scale", (ENG,)),
        ("10:30", "11:15", "Room 102", "Computer Vision for Crop Health", (ML,)),
        ("10:30", "11:15", "Room 103", "Building an Internal Data Catalog", (ENG, COMMUNITY)),
        ("10:30", "12:00", "Workshop Lab", "Workshop: Interactive Charts with Altair", (VIZ,)),
        ("11:25", "12:10", "Room 101", "Kubernetes for Batch Jobs", (CLOUD,)),
        ("11:25", "12:10", "Room 102", "Responsible AI Checklists That Work", (ML, COMMUNITY)),
        ("11:25", "12:10", "Room 103", "Lightning Talks", (COMMUNITY,)),
        ("13:30", "14:15", "Room 101", "Migrating a Warehouse Without Downtime", (ENG, CLOUD)),
        ("13:30", "14:15", "Room 102", "Active Learning for Small Teams", (ML,)),
        ("13:30", "14:15", "Room 103", "Public Dashboards for County Budgets", (VIZ,)),
    ],
}

CLOSINGS = [
    ("16:30", "17:15", "Lightning Talks and Day One Wrap-Up"),
    ("16:30", "17:15", "Community Awards and Social Hour"),
    ("14:30", "15:15", "Closing Remarks and Raffle"),
]


def talk_description(number: int, title: str, tracks: tuple[str, ...]) -> str | None:
    """Plain text, multi-paragraph text, HTML, or nothing, in a fixed rotation."""
    kind = number % 5
    topic = title.removeprefix("Workshop: ")
    if kind == 0:
        return None
    if kind == 1:
        return f"{topic}: what works, what breaks, and how to tell the difference, with examples."
    if kind == 2:
        return (
            f"In this session we walk through {topic.lower()} step by step.\n\n"
            f"Bring questions: the last fifteen minutes are for discussion, and slides will be "
            f"shared after the talk.\n\nLevel: intermediate. Track: {', '.join(tracks)}."
        )
    if kind == 3:
        return (
            f"<p><strong>{topic}</strong> — a practical guide.</p>"
            "<ul><li>Why it matters</li><li>Common pitfalls, and fixes</li>"
            "<li>A checklist to take home</li></ul>"
            f'<p>Materials: <a href="https://example.org/pds2027/{number:03d}">example.org</a></p>'
        )
    return f"A case study from a regional team. Covers {topic.lower()}; no prior experience needed."


def day_sessions(index: int, day: dt.date) -> Iterator[Session]:
    if index == 0:
        yield Session(
            "Registration Desk",
            day,
            None,
            None,
            "Exhibit Hall",
            description="Pick up your badge and lanyard; open all day.",
        )
    else:
        yield Session(
            "Sponsor Hall Open",
            day,
            None,
            None,
            "Exhibit Hall",
            description="Meet our sponsors.\n\nCoffee is served here all day.",
        )
    title, speaker = KEYNOTES[index]
    keynote_html = f"<p>Keynote by <strong>{speaker}</strong>.</p><p>Doors open at 8:45.</p>"
    yield Session(title, day, hm("9:00"), hm("9:50"), "Grand Ballroom", (), keynote_html)
    yield Session("Coffee Break", day, hm("10:00"), hm("10:20"), None)
    for number, (start, end, room, talk, tracks) in enumerate(TALKS[index], start=index * 20):
        description = talk_description(number, talk, tracks)
        yield Session(talk, day, hm(start), hm(end), room, tracks, description)
    yield Session("Lunch", day, hm("12:15"), hm("13:15"), "Grand Ballroom", (), "Buffet lunch.")
    if index < 2:
        yield Session("Afternoon Break", day, hm("15:10"), hm("15:30"), None)
    start, end, closing = CLOSINGS[index]
    yield Session(closing, day, hm(start), hm(end), "Grand Ballroom", (COMMUNITY,))


def all_sessions() -> list[Session]:
    sessions = [s for index, day in enumerate(DAYS) for s in day_sessions(index, day)]
    check_no_overlaps(sessions)
    return sessions


def check_no_overlaps(sessions: list[Session]) -> None:
    """The sample must validate clean: refuse to write one that would not."""
    timed = [s for s in sessions if s.start is not None and s.end is not None]
    for s in timed:
        assert s.start is not None and s.end is not None and s.start < s.end, s.title
    for a in timed:
        for b in timed:
            same_room = a is not b and a.room is not None and a.room == b.room
            if same_room and a.day == b.day:
                assert a.end <= b.start or b.end <= a.start, (a.title, b.title)  # type: ignore[operator]


def rows(sessions: list[Session]) -> Iterator[list[object]]:
    for number, s in enumerate(sessions, start=1):
        yield [
            f"PDS-{number:03d}",
            s.title,
            s.day,
            s.start,
            s.end,
            s.room,
            "; ".join(s.tracks) or None,
            s.description,
        ]


def write_xlsx(path: Path, sessions: list[Session]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sessions"
    sheet.append([TITLE])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(HEADER)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows(sessions):
        sheet.append(row)
        excel_row = sheet.max_row
        sheet.cell(excel_row, 3).number_format = "m/d/yyyy"
        sheet.cell(excel_row, 4).number_format = "h:mm AM/PM"
        sheet.cell(excel_row, 5).number_format = "h:mm AM/PM"
        sheet.cell(excel_row, 8).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGH", (11, 48, 11, 11, 11, 16, 34, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    workbook.properties.creator = "gbimport sample_data/make_samples.py"
    workbook.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(byte_stable(buffer.getvalue()))


def byte_stable(xlsx: bytes) -> bytes:
    """openpyxl stamps "now" into docProps/core.xml and every zip entry: pin both, so that
    re-running the script does not change a committed file."""
    now_stamp = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = now_stamp.sub(
                    rb"<dcterms:modified\1>2027-01-01T00:00:00Z</dcterms:modified>", data
                )
            pinned = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME.timetuple()[:6])
            target.writestr(pinned, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def excel_text(value: object) -> str:
    """A cell as Excel's "CSV UTF-8" export writes it (US locale)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value.month}/{value.day}/{value.year}"
    if isinstance(value, dt.time):
        hour = value.hour % 12 or 12
        return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return str(value)


def write_csv(path: Path, sessions: list[Session]) -> None:
    width = len(HEADER)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([TITLE] + [""] * (width - 1))
        writer.writerow([""] * width)
        writer.writerow(HEADER)
        for row in rows(sessions):
            writer.writerow([excel_text(value) for value in row])


def main() -> None:
    sessions = all_sessions()
    write_xlsx(HERE / "conference.xlsx", sessions)
    write_csv(HERE / "conference.csv", sessions)
    print(f"wrote {len(sessions)} sessions to conference.xlsx and conference.csv in {HERE}")


if __name__ == "__main__":
    main()
