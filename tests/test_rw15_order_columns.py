"""A workshop's accepted talks, a day each and no times, listed in the order given by an
'order' column: the draft reads it as the rank, which orders sessions that start together
(a day's all-day talks have nothing else to order them). Invented data of the same shape."""

from __future__ import annotations

from pathlib import Path

from importer.draft import draft_mapping
from importer.validate import validate_file
from tests.test_load import write_bytes

TALKS = ("Name,Date,order,TalkTitle,Abstract\n"
         "Ana Ruiz,12 May 2027,1,Rivers in a warmer world,Keynote\n"
         "Bo Li,12 May 2027,2,Counting trees from the air,Drones over forests.\n"
         "Cy Do,12 May 2027,3,Soil moisture at scale,Sensors in fields.\n"
         "Di Ek,13 May 2027,4,Storm tracks and cities,Keynote\n")


def test_an_order_column_is_drafted_as_the_rank(tmp_path: Path) -> None:
    """It was listed among the columns nothing reads, so the app listed each day's talks in
    an order of its own."""
    path = write_bytes(tmp_path, "accepted_talks.csv", TALKS.encode())
    draft = draft_mapping(path)
    assert draft.chosen["rank"] == "order"
    assert ("[fields.rank]\n# the order in which the app lists sessions that start together "
            "(a day's all-day sessions too)\ncolumn = \"order\"\n") in draft.text
    mapping = write_bytes(tmp_path, "talks.toml", draft.text.encode())
    report = validate_file(path, mapping=mapping)
    assert [(r.row, r.payload and r.payload.rank) for r in report.rows] == [
        (2, 1.0), (3, 2.0), (4, 3.0), (5, 4.0)]


def test_an_order_column_of_words_is_not_the_rank(tmp_path: Path) -> None:
    """An 'Order' of words (a meal's course, a running order's label) is no number to rank."""
    path = write_bytes(tmp_path, "menu.csv", (
        b"Date,Time,Title,Order\n"
        b"2027-05-12,12:00 - 13:00,Lunch,Starter\n"
        b"2027-05-12,13:00 - 14:00,Tasting,Main\n"))
    assert "rank" not in draft_mapping(path).chosen
