"""The stream names of an OLE compound file (an .xls, or an .xlsx saved with a password).

Found through the pointers in the file's header, sector by sector: a few sectors are read,
never the whole file, as an .xls can run to hundreds of MB.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
HEADER_SIZE = 512
LAST_SECTOR = 0xFFFFFFF9  # higher numbers end a chain or mark a sector unused
ENTRY_SIZE = 128


def directory_names(handle: BinaryIO) -> set[str]:
    """The names of every stream and storage; empty for a file that is no compound file."""
    header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or header[:8] != OLE_MAGIC:
        return set()
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):  # 512- or 4096-byte sectors: anything else is damaged
        return set()
    sectors = _Sectors(handle, header, 1 << shift)
    names: set[str] = set()
    number = struct.unpack_from("<I", header, 0x30)[0]  # the directory's first sector
    seen: set[int] = set()
    while number <= LAST_SECTOR and number not in seen:
        seen.add(number)
        block = sectors.read(number)
        for offset in range(0, len(block), ENTRY_SIZE):
            length = min(struct.unpack_from("<H", block, offset + 64)[0], 64)
            names.add(block[offset:offset + length].decode("utf-16-le", "replace").rstrip("\0"))
        number = sectors.next(number)
    return names


class _Sectors:
    """Sectors by number, and the allocation table (FAT) that chains them."""

    def __init__(self, handle: BinaryIO, header: bytes, size: int) -> None:
        self.handle = handle
        self.size = size
        self.per_sector = size // 4
        self.fat = list(struct.unpack_from("<109I", header, 0x4C))  # where the FAT's sectors are
        self.more_fat = struct.unpack_from("<I", header, 0x44)[0]  # where to find the rest
        self.seen_more: set[int] = set()

    def read(self, number: int) -> bytes:
        self.handle.seek((number + 1) * self.size)
        return self.handle.read(self.size).ljust(self.size, b"\xff")

    def next(self, number: int) -> int:
        index = number // self.per_sector
        while index >= len(self.fat) and self._read_more_fat():
            pass
        if index >= len(self.fat) or self.fat[index] > LAST_SECTOR:
            return LAST_SECTOR + 1
        block = self.read(self.fat[index])
        return int(struct.unpack_from("<I", block, number % self.per_sector * 4)[0])

    def _read_more_fat(self) -> bool:
        if self.more_fat > LAST_SECTOR or self.more_fat in self.seen_more:
            return False
        self.seen_more.add(self.more_fat)
        *fat, self.more_fat = struct.unpack(f"<{self.per_sector}I", self.read(self.more_fat))
        self.fat.extend(fat)
        return True
