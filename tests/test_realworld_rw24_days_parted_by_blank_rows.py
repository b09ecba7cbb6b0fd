"""A festival's line-up with no date column, its two days' sets parted by a blank row, the
times starting over after it (sebastian46/ubbi-2025, `lineup.csv`: 'artist,stage,
start_time,end_time', 'Subtronics,Ubbi's Stage,10:45:00 PM,12:00:00 AM', then ',,,' and
'Fisher,Ubbi's Stage,08:30:00 PM,10:00:00 PM'). The draft offered `date = ...` for a
programme of one day, which put the second day's sets on the first, clashing on its stages.
It now names the blocks and asks for a Date column, as for day headings. A few rows in the
file's shape."""
from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_draft_columns import write_csv

HEADER = ["artist", "stage", "start_time", "end_time"]
SATURDAY = [
    ["Subtronics", "Ubbi’s Stage", "10:45:00 PM", "12:00:00 AM"],
    ["Seven Lions", "Ubbi’s Stage", "09:25:00 PM", "10:35:00 PM"],
    ["Hazea", "Zoom Room", "03:00:00 PM", "04:30:00 PM"],
]
SUNDAY = [
    ["Fisher", "Ubbi’s Stage", "08:30:00 PM", "10:00:00 PM"],
    ["Dombresky B2B Patrick Topping", "Ubbi’s Stage", "07:15:00 PM", "08:30:00 PM"],
    ["Aych", "Zoom Room", "03:00:00 PM", "04:05:00 PM"],
]


def test_blocks_whose_times_start_over_are_named_as_days(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "lineup.csv", [HEADER, *SATURDAY, ["", "", "", ""],
                                                *SUNDAY])
    draft = draft_mapping(sheet)
    assert draft.missing == ["start"]
    assert (
        "# no column holds the date, and the rows come in 2 blocks parted by blank rows "
        "(rows 2–4, 6–8), the times in 'start_time' starting over in each: if each block is "
        "a day, date = would put every session on one day. Add a column 'Date', type each "
        "day's date on its block's first row, put its header in place of 'FILL IN' and add "
        "fill_down = [\"Date\"] above the first [fields...] table. If they are all one day's, "
        "give its date in place of date_column: date = 2027-05-11\n"
        'date_column = "FILL IN"\n') in draft.text


def test_a_blank_row_before_the_afternoon_leaves_one_day(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "lineup.csv", [
        HEADER, *SUNDAY[::-1][:2], ["", "", "", ""], *SATURDAY[::-1][1:]])
    draft = draft_mapping(sheet)
    assert ("For a programme of one day, give its date in place of date_column: "
            "date = 2027-05-11\n" in draft.text)
    assert "blocks" not in draft.text


def test_the_date_column_the_draft_asks_for_puts_each_block_on_its_day(tmp_path: Path
                                                                        ) -> None:
    blank = ["", "", "", ""]
    draft = draft_mapping(write_csv(tmp_path / "lineup.csv", [HEADER, *SATURDAY, blank,
                                                              *SUNDAY]))
    sheet = write_csv(tmp_path / "dated.csv", [
        ["Date", *HEADER], ["2025-05-03", *SATURDAY[0]], ["", *SATURDAY[1]], ["", *blank],
        ["2025-05-04", *SUNDAY[0]], ["", *SUNDAY[1]]])
    mapping = tmp_path / "lineup.toml"
    mapping.write_text(draft.text.replace('date_column = "FILL IN"', 'date_column = "Date"')
                       .replace("[fields.name]", 'fill_down = ["Date"]\n\n[fields.name]', 1),
                       encoding="utf-8")
    report = validate_file(sheet, mapping=mapping, timezone="America/Chicago")
    assert [i.code for i in report.issues if i.row] == []
    assert [(p.name, p.start_time.isoformat()) for p in report.payloads] == [
        ("Subtronics", "2025-05-04T03:45:00+00:00"),
        ("Seven Lions", "2025-05-04T02:25:00+00:00"),
        ("Fisher", "2025-05-05T01:30:00+00:00"),
        ("Dombresky B2B Patrick Topping", "2025-05-05T00:15:00+00:00")]
