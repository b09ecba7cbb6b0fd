"""A workbook saved with a password is told from a large .xls without reading the .xls whole."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from importer._xlsx import refuse_encrypted
from importer.errors import InputError
from tests.test_load import with_peak_memory

SECTOR = 512
PER_SECTOR = SECTOR // 4
FREE, END, FAT_SECTOR, DIFAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC


def compound_file(names: list[str], sectors: int) -> bytes:
    """A compound file of `sectors` sectors with the directory (holding `names`) in the last,
    which the header's own list of FAT sectors does not reach, as in a large .xls."""
    fat_count = -(-sectors // PER_SECTOR)
    difat_count = -(-max(0, fat_count - 109) // (PER_SECTOR - 1))
    directory = sectors - 1
    fat = [FREE] * (fat_count * PER_SECTOR)
    fat[:fat_count] = [FAT_SECTOR] * fat_count
    fat[fat_count:fat_count + difat_count] = [DIFAT_SECTOR] * difat_count
    fat[directory] = END
    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 44, fat_count, directory, 0)
    # no mini stream; where the FAT's sectors past the header's first 109 are listed
    struct.pack_into("<IIIII", header, 56, 4096, END, 0, fat_count if difat_count else END,
                     difat_count)
    header_fat = list(range(fat_count))[:109]
    struct.pack_into("<109I", header, 76, *header_fat, *[FREE] * (109 - len(header_fat)))
    body = bytearray(SECTOR * sectors)
    body[:fat_count * SECTOR] = struct.pack(f"<{len(fat)}I", *fat)
    rest = list(range(109, fat_count))
    for index in range(difat_count):
        listed = rest[index * 127:(index + 1) * 127]
        following = fat_count + index + 1 if index + 1 < difat_count else END
        struct.pack_into(f"<{PER_SECTOR}I", body, (fat_count + index) * SECTOR,
                         *listed, *[FREE] * (127 - len(listed)), following)
    entries = b"".join(entry(name, index, len(names)) for index, name in enumerate(names))
    body[directory * SECTOR:(directory + 1) * SECTOR] = entries.ljust(SECTOR, b"\0")
    return bytes(header) + bytes(body)


def entry(name: str, index: int, count: int) -> bytes:
    """Directory entry `index`: the root (whose child is entry 1), or a stream whose right
    sibling is the next entry, so that every name is in the directory's tree."""
    encoded = (name + "\0").encode("utf-16-le")
    child = 1 if index == 0 and count > 1 else FREE
    right = index + 1 if 0 < index < count - 1 else FREE
    return struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), 5 if index == 0 else 2, 1,
                       FREE, right, child, b"\0" * 16, 0, 0, 0, END, 0)


@pytest.mark.parametrize(
    ("names", "refused"),
    [
        (["Root Entry", "EncryptionInfo", "EncryptedPackage"], True),
        (["Root Entry", "Workbook", "\x05SummaryInformation"], False),
    ],
)
def test_a_large_compound_file_is_checked_for_a_password_from_its_directory_alone(
    tmp_path: Path, names: list[str], refused: bool
) -> None:
    path = tmp_path / "programme.xls"
    path.write_bytes(compound_file(names, 30_000))  # 15 MB, with 235 FAT sectors

    def is_refused() -> bool:
        try:
            refuse_encrypted(path)
        except InputError:
            return True
        return False

    outcome, peak = with_peak_memory(is_refused)
    assert (outcome, peak < 3_000_000) == (refused, True)  # a fifth of the file


def test_a_damaged_compound_file_is_left_for_the_workbook_reader(tmp_path: Path) -> None:
    """A directory chain that loops, or points past the end, ends the search quietly."""
    looping = bytearray(compound_file(["Root Entry", "Workbook"], 300))
    struct.pack_into("<I", looping, SECTOR + 299 * 4, 299)  # the directory's next: itself
    path = tmp_path / "looping.xls"
    path.write_bytes(bytes(looping))
    refuse_encrypted(path)
    cut = tmp_path / "cut.xls"
    cut.write_bytes(compound_file(["Root Entry", "EncryptionInfo"], 300)[:SECTOR * 3])
    refuse_encrypted(cut)
