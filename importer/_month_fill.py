"""fill_down of the date past a month's heading ('June 2027' alone on its row, as a course
calendar heads each month's days): the days under the heading are of that month, so a blank
date right under it is not the date above the heading (28 May sent as a June session) but a
date left out."""

from __future__ import annotations

import numpy as np

from importer._checks import Mask
from importer._layout import heading_column, heading_label
from importer._month_headings import names_a_month
from importer.load import Sheet


def month_heading_rows(sheet: Sheet, headings: Mask) -> Mask:
    """Of the `headings` rows, those a month's name heads. Only heading rows are looked at:
    a few, and only for a mapping that fills the date down."""
    found = np.zeros(len(sheet.frame), dtype=bool)
    for pos in np.flatnonzero(headings).tolist():
        cells = sheet.frame.iloc[pos]
        if heading_label(cells) is None:
            header = heading_column(sheet, pos)
            found[pos] = names_a_month(sheet, header, cells[header])
    return found


def past_month_heading_message(header: str, heading_row: int, written: str,
                               source_row: int) -> str:
    """The missing-required message for a blank date right under a month's heading, the date
    above the heading (`written`, on `source_row`) not taken."""
    return (f"{header!r} is empty, under the month's heading on row {heading_row}: fill_down "
            f"takes no date from above that heading ({written}, row {source_row}) into the "
            "month under it. Fill in the row's date.")
