"""A span's style as Word and web editors write it, with a `;` after each declaration: the
empty declarations that leaves are nothing removed, so no html-stripped warning names them."""

from __future__ import annotations

from importer import descriptions


def test_a_style_ending_in_a_semicolon_keeps_its_colour_and_names_nothing_removed() -> None:
    assert descriptions.description_to_html(
        '<span style="color: #c00;">Sold out</span>', "html") == (
        '<span style="color:#c00">Sold out</span>', [])


def test_empty_declarations_beside_a_dropped_one_are_not_named() -> None:
    assert descriptions.description_to_html(
        '<span style="color: #c00;;font-weight: bold;">Sold out</span>', "html") == (
        '<span style="color:#c00">Sold out</span>', ["style font-weight on <span>"])
