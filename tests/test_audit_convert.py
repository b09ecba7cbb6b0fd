"""Times as Taiwan and Hong Kong write the hour (點, the traditional form of 点)."""

from __future__ import annotations

import datetime as dt

from importer import convert


def test_the_traditional_chinese_hour_is_read() -> None:
    assert [convert.parse_time(text) for text in ("9點30分", "下午2點半", "上午10點")] == [
        dt.time(9, 30), dt.time(14, 30), dt.time(10)]

