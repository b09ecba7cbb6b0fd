"""The guide as read at plan time: its sessions, and its tracks and rooms by name and by id.

A plan reads the guide once: the guide, then every page of its sessions, tracks and locations.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from importer.client import GuidebookClient
from importer.payloads import name_key


@dataclass
class GuideState:
    """The guide as read at plan time: sessions indexed by import_id, tracks and rooms by name."""

    guide: dict[str, Any]
    sessions: list[dict[str, Any]]
    tracks: dict[str, int]
    locations: dict[str, int]
    track_names: dict[int, str]
    location_names: dict[int, str]

    @classmethod
    def from_lists(
        cls,
        guide: dict[str, Any],
        sessions: list[dict[str, Any]],
        tracks: list[dict[str, Any]],
        locations: list[dict[str, Any]],
    ) -> GuideState:
        return cls(
            guide, sessions, _ids_by_name(tracks), _ids_by_name(locations),
            _names_by_id(tracks), _names_by_id(locations),
        )

    def sessions_by_import_id(self, prefix: str) -> dict[str, list[dict[str, Any]]]:
        index: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for session in sorted(self.sessions, key=lambda s: int(s["id"])):
            import_id = session.get("import_id") or ""
            if import_id and import_id.startswith(prefix):
                index[import_id].append(session)
        return index


async def read_guide(client: GuidebookClient, guide_id: int) -> GuideState:
    """One guide read, then every page of sessions, tracks and locations, concurrently."""
    guide = await client.get_guide(guide_id)
    sessions, tracks, locations = await asyncio.gather(
        client.list_sessions(guide_id),
        client.list_tracks(guide_id),
        client.list_locations(guide_id),
    )
    return GuideState.from_lists(guide, sessions, tracks, locations)


def _ids_by_name(objects: list[dict[str, Any]]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for obj in sorted(objects, key=lambda o: int(o["id"])):
        ids.setdefault(name_key(str(obj.get("name") or "")), int(obj["id"]))
    return ids


def _names_by_id(objects: list[dict[str, Any]]) -> dict[int, str]:
    return {int(obj["id"]): str(obj.get("name") or "") for obj in objects}
