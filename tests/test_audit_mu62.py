"""Shapes the newest changes met in real sheets: a link's end in Chinese and Japanese text."""

from __future__ import annotations

import pytest

from importer import descriptions

_LINK = '<a href="https://example.org/x">https://example.org/x</a>'


@pytest.mark.parametrize(
    ("fmt", "cell", "expected_html"),
    [
        # Chinese and Japanese write no space before their full stop or comma.
        ("text", "详见 https://example.org/x。谢谢", f"<p>详见 {_LINK}。谢谢</p>"),
        ("markdown", "详见 https://example.org/x。谢谢", f"<p>详见 {_LINK}。谢谢</p>"),
        ("text", "資料は https://example.org/x、または", f"<p>資料は {_LINK}、または</p>"),
        ("auto", "报名 https://example.org/x，截止", f"<p>报名 {_LINK}，截止</p>"),
        ("text", "（https://example.org/x）", f"<p>（{_LINK}）</p>"),
        # A closing quote mark ends a quoted address, as a straight one does.
        ("text", "„https://example.org/x“", f"<p>„{_LINK}“</p>"),
        ("text", "«https://example.org/x.»", f"<p>«{_LINK}.»</p>"),
        # A path written in Chinese stays in the link.
        ("text", "见 https://zh.wikipedia.org/wiki/北京 页",
         '<p>见 <a href="https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC">'
         "https://zh.wikipedia.org/wiki/北京</a> 页</p>"),
    ],
    ids=["zh-stop", "zh-stop-markdown", "ja-comma", "zh-fullwidth-comma",
         "fullwidth-brackets", "german-quotes", "guillemets", "chinese-path"],
)
def test_a_link_ends_before_cjk_punctuation_and_closing_quotes(
        fmt: str, cell: str, expected_html: str) -> None:
    assert descriptions.description_to_html(cell, fmt) == (expected_html, [])
