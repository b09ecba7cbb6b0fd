"""mappings/README.md's issue codes tables name every code the tool can give, and only those,
each with the severity the code gives it and marked `sheet` when it is a sheet's issue.

The codes are read from the source: the code argument of each call that makes an issue
(`RowIssue`, the validator's `add` and `sheet_issue`) or a cell's error (`CellError` and its
kinds, `ImageProblem`), where it is written as a literal. A code built with an f-string
(`f"unknown-{kind}"`) stands for the table's codes it matches.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPPINGS_README = (ROOT / "mappings" / "README.md").read_text(encoding="utf-8")

# Call name -> (position of the code, position of the severity or None, default severity).
# A cell's error becomes an error on its row; `sheet_issue` is a sheet's issue.
ISSUE_MAKERS = {
    "RowIssue": (3, 4, "error"),
    "add": (3, 5, "error"),
    "sheet_issue": (1, 3, "warning"),
    "CellError": (0, None, "error"),
    "DayRange": (0, None, "error"),
    "RangeRefused": (0, None, "error"),
    "WrongWeekday": (0, None, "error"),
    "ImageProblem": (0, None, "error"),
    "check_year": (1, None, "error"),
}
CODE = re.compile(r"[a-z]+(?:-[a-z]+)*(?:-\{\})?")


def _texts(node: ast.expr) -> list[str]:
    """The literal strings an argument can be (`{}` for an f-string's values)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(part.value if isinstance(part, ast.Constant) else "{}"
                        for part in node.values)]
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    return []


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((kw.value for kw in call.keywords if kw.arg == keyword), None)


def emitted() -> Iterator[tuple[str, str, bool, str]]:
    """(code, severity, sheet-level, where) for each issue the source makes with a literal code."""
    for path in sorted((ROOT / "importer").rglob("*.py")):
        if "sandbox" in path.parts:
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ISSUE_MAKERS or len(call.args) <= ISSUE_MAKERS[name][0]:
                continue
            at, severity_at, default = ISSUE_MAKERS[name]
            severity = _argument(call, severity_at, "severity") if severity_at else None
            severities = _texts(severity) if severity is not None else [default]
            sheet = name == "sheet_issue" or (
                name == "RowIssue" and isinstance(call.args[0], ast.Constant)
                and call.args[0].value is None)
            for code in _texts(call.args[at]):
                if CODE.fullmatch(code):
                    for level in severities:
                        yield code, level, sheet, f"{path.name}:{call.lineno}"


def tabled() -> dict[str, str]:
    """Each code in the issue codes tables -> its severity column ('error, sheet')."""
    tables = MAPPINGS_README.split("## Issue codes", 1)[1]
    codes = {}
    for line in tables.splitlines():
        cells = line.split("|")
        if line.startswith("| `"):
            codes |= {code: cells[2].strip() for code in re.findall(r"`([a-z-]+)`", cells[1])}
    return codes


def _named(code: str, table: dict[str, str]) -> list[str]:
    pattern = re.compile(re.escape(code).replace(r"\{\}", "[a-z]+"))
    return [name for name in table if pattern.fullmatch(name)]


def test_the_source_yields_the_codes_it_is_read_for() -> None:
    """The reading finds codes where each kind of call writes them, or the tests below
    would pass on nothing."""
    found = {code for code, *_ in emitted()}
    assert {"missing-required", "bad-time", "unknown-{}", "image-kept", "night-start",
            "derived-import-id", "ambiguous-date-order", "timezone-assumed"} <= found
    assert len(found) >= 45


def test_every_code_the_tool_gives_is_in_the_tables() -> None:
    table = tabled()
    assert sorted({f"{code} ({where})" for code, _, _, where in emitted()
                   if not _named(code, table)}) == []


def test_every_code_in_the_tables_is_one_the_tool_gives() -> None:
    table = tabled()
    given = {name for code, *_ in emitted() for name in _named(code, table)}
    assert sorted(set(table) - given) == []


def test_each_code_has_the_tables_severity_and_sheet_mark() -> None:
    table = tabled()
    said: dict[str, set[str]] = {}
    for code, severity, sheet, _ in emitted():
        for name in _named(code, table):
            said.setdefault(name, set()).add(severity)
            if sheet:
                said[name].add("sheet")
    # A sheet's code may also be given on rows (repeated-column, with several tabs read as
    # one, on each row of the tab that has the two columns): the table says how it is read.
    assert {name: ", ".join(sorted(levels, key=["error", "warning", "sheet"].index))
            for name, levels in said.items()} == table
