"""An image cell at an edge a planner meets: a photo just over the default 5 MB limit."""

from __future__ import annotations

import asyncio
from pathlib import Path

from importer.images import DEFAULT_MAX_BYTES, load_images
from tests.test_images import PNG, image_row

RESIZE = "resize it (Guidebook shows session images at 640x240)"


def test_a_photo_just_over_the_limit_gives_both_sizes_in_bytes(tmp_path: Path) -> None:
    """In MB both would read 5.0, as if the photo were within the limit."""
    (tmp_path / "stage.png").write_bytes(PNG + b"\x00" * (DEFAULT_MAX_BYTES + 1 - len(PNG)))
    images, issues = asyncio.run(load_images([image_row(2, "stage.png")], tmp_path))
    assert images == {}
    assert [(issue.code, issue.message) for issue in issues] == [(
        "image-too-large", "Row 2: the image 'stage.png' in 'image' is 5,242,881 bytes, over "
        f"the limit of 5,242,880 bytes; {RESIZE}")]

