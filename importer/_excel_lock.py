"""Excel's owner file, `~$schedule.xlsx` beside `schedule.xlsx`: Excel writes it when it opens
the workbook and removes it when it closes it. Beside a workbook that cannot be read, it
says the workbook is open, perhaps mid-save, rather than damaged: a nightly run that meets a
planner's save half done should say to wait, not to go looking for damage.

The owner file (165 bytes) holds the name of the person who opened the workbook: a byte with
the name's length, the name in the Windows code page, spaces up to byte 55, then the length
again in two bytes and the name in UTF-16-LE. Office refuses names over 52 characters."""

from __future__ import annotations

from pathlib import Path

OWNER_PREFIX = "~$"
OWNER_FILE_BYTES = 165
LONGEST_NAME = 52
UTF16_AT = 55  # where the name's length is given again, before the name in UTF-16-LE


def owner_file(path: Path) -> Path | None:
    """The owner file Excel keeps beside `path` while it has it open, if there is one."""
    beside = path.with_name(OWNER_PREFIX + path.name)
    return beside if beside.is_file() else None


def open_in_excel(path: Path, owner: Path, error: object) -> str:
    """The one line for a workbook that cannot be read while Excel's owner file is beside it.
    The owner file may be left over from Excel closed by a crash: what to do then, too."""
    who = owner_name(owner)
    by = f" by {who}" if who else ""
    return (
        f"{path} cannot be read ({error}), and {owner.name} beside it says it is open in "
        f"Excel{by}, perhaps in the middle of a save: run again once it is saved and closed in "
        f"Excel. If it is not open anywhere, delete {owner.name} (Excel left it behind) and, if "
        "this stays, open the workbook in Excel and save it again."
    )


def owner_name(owner: Path) -> str | None:
    """The name Excel wrote at the start of the owner file; None when it cannot be read or is
    not laid out as Excel lays it out (another program's file of the same name)."""
    try:
        with owner.open("rb") as handle:
            data = handle.read(OWNER_FILE_BYTES)
    except OSError:
        return None
    wide = _name_in_utf16(data)
    return wide if wide is not None else _name_in_code_page(data)


def _name_in_utf16(data: bytes) -> str | None:
    length = int.from_bytes(data[UTF16_AT:UTF16_AT + 2], "little")
    raw = data[UTF16_AT + 2:UTF16_AT + 2 + 2 * length]
    if not 0 < length <= LONGEST_NAME or len(raw) != 2 * length:
        return None
    return _printable(raw.decode("utf-16-le", errors="replace"))


def _name_in_code_page(data: bytes) -> str | None:
    length = data[0] if data else 0
    raw = data[1:1 + length]
    if not 0 < length <= LONGEST_NAME or len(raw) != length:
        return None
    return _printable(raw.decode("cp1252", errors="replace"))


def _printable(name: str) -> str | None:
    name = name.strip()
    return name if name and name.isprintable() and "\ufffd" not in name else None
