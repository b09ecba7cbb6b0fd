"""SQLite storage of the sandbox: guides, sessions, schedule tracks, locations and images.

One connection shared by every request, guarded by a lock: the server runs its handlers on
one event loop, and each statement takes microseconds, so a lock is simpler and faster than a
connection per request. File databases use WAL. Table and column names in the SQL below come
from this module only, never from a request.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from importer.sandbox.config import SandboxConfig

OUR_GUIDE_ID = 1
OTHER_GUIDE_ID = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS guides (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL,
    start_date TEXT, end_date TEXT, created_at TEXT NOT NULL, owned INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, guide INTEGER NOT NULL, name TEXT NOT NULL,
    description_html TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT,
    all_day INTEGER NOT NULL, allow_rating INTEGER NOT NULL, add_to_schedule INTEGER NOT NULL,
    import_id TEXT, image TEXT, rank REAL NOT NULL, require_login INTEGER NOT NULL,
    max_capacity INTEGER, waitlist INTEGER NOT NULL, registration_start_date TEXT,
    registration_end_date TEXT, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_guide ON sessions (guide, id);
CREATE INDEX IF NOT EXISTS sessions_import_id ON sessions (import_id);
CREATE TABLE IF NOT EXISTS tracks (
    id INTEGER PRIMARY KEY AUTOINCREMENT, guide INTEGER NOT NULL, name TEXT NOT NULL,
    color TEXT, import_id TEXT, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tracks_guide ON tracks (guide, id);
CREATE INDEX IF NOT EXISTS tracks_import_id ON tracks (import_id);
CREATE TABLE IF NOT EXISTS locations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, guide INTEGER NOT NULL, name TEXT NOT NULL,
    location_type INTEGER NOT NULL, import_id TEXT, description TEXT NOT NULL,
    address TEXT NOT NULL, latitude REAL, longitude REAL, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS locations_guide ON locations (guide, id);
CREATE TABLE IF NOT EXISTS session_tracks (
    owner INTEGER NOT NULL, target INTEGER NOT NULL, PRIMARY KEY (owner, target)
);
CREATE INDEX IF NOT EXISTS session_tracks_target ON session_tracks (target);
CREATE TABLE IF NOT EXISTS session_locations (
    owner INTEGER NOT NULL, target INTEGER NOT NULL, PRIMARY KEY (owner, target)
);
CREATE INDEX IF NOT EXISTS session_locations_target ON session_locations (target);
CREATE TABLE IF NOT EXISTS images (
    name TEXT PRIMARY KEY, content_type TEXT NOT NULL, data BLOB NOT NULL
);
"""

LINK_TABLES = {"schedule_tracks": "session_tracks", "locations": "session_locations"}
"""Many-to-many fields of sessions and the tables that hold them."""

LINK_TARGETS = {"session_tracks": "tracks", "session_locations": "locations"}
RESOURCE_TABLES = ("sessions", "tracks", "locations")


def format_datetime(value: datetime) -> str:
    """UTC in the reference's format, `2017-09-18T16:00:00.000000+0000` (sortable as text)."""
    text = value.astimezone(UTC).isoformat(timespec="microseconds")
    return text.removesuffix("+00:00") + "+0000"


def now_text() -> str:
    return format_datetime(datetime.now(UTC))


@dataclass
class ListQuery:
    """A filtered, ordered page of one table. `where` holds SQL snippets with `?` params."""

    table: str
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order_by: Sequence[str] = ("id",)
    offset: int = 0
    limit: int = 50

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)


class GuideDatesError(ValueError):
    """Guide 1 would end before it starts."""


class Store:
    """All reads and writes of the sandbox, each one short and under the same lock."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def seed_guides(self, config: SandboxConfig) -> None:
        """Guide 1 is ours, guide 2 belongs to someone else.

        Guide 1 takes the settings the config gives; one it leaves unset (None) keeps what a
        file database already holds, so a restart without `--guide-timezone` does not move
        every session's local time. A new guide is in UTC with no dates.
        """
        created = now_text()
        timezone = config.guide_timezone
        start = config.guide_start_date.isoformat() if config.guide_start_date else None
        end = config.guide_end_date.isoformat() if config.guide_end_date else None
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT INTO guides VALUES (?, ?, COALESCE(?, 'UTC'), ?, ?, ?, 1)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " timezone = COALESCE(?, timezone), start_date = COALESCE(?, start_date),"
                " end_date = COALESCE(?, end_date)",
                (OUR_GUIDE_ID, config.guide_name, timezone, start, end, created,
                 timezone, start, end),
            )
            self._conn.execute(
                "INSERT OR IGNORE INTO guides VALUES (?, ?, ?, NULL, NULL, ?, 0)",
                (OTHER_GUIDE_ID, "Someone else's guide", "US/Pacific", created),
            )
            # One date given now and the other kept from the file can disagree, which the
            # options' own check cannot see: the transaction is then rolled back.
            kept = self._conn.execute("SELECT start_date, end_date FROM guides WHERE id = ?",
                                      (OUR_GUIDE_ID,)).fetchone()
            if kept["start_date"] and kept["end_date"] and kept["end_date"] < kept["start_date"]:
                raise GuideDatesError(
                    f"guide {OUR_GUIDE_ID} would end on {kept['end_date']}, before it starts on "
                    f"{kept['start_date']} (one date given now, the other kept in the --db file); "
                    "give both --guide-start-date and --guide-end-date")

    def guide(self, guide_id: int) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM guides WHERE id = ?", (guide_id,)).fetchone()
        return dict(row) if row else None

    def owned_guide_ids(self) -> list[int]:
        with self._lock:
            rows = self._conn.execute("SELECT id FROM guides WHERE owned = 1 ORDER BY id")
            return [row[0] for row in rows]

    def insert(self, table: str, values: dict[str, Any], links: dict[str, list[int]]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._lock, self._conn:
            cursor = self._conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
            )
            row_id = cursor.lastrowid
            assert row_id is not None
            self._replace_links(row_id, links)
        return row_id

    def update(
        self, table: str, row_id: int, values: dict[str, Any], links: dict[str, list[int]]
    ) -> None:
        with self._lock, self._conn:
            if values:
                assignments = ", ".join(f"{column} = ?" for column in values)
                self._conn.execute(
                    f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id)
                )
            self._replace_links(row_id, links)

    def _replace_links(self, owner: int, links: dict[str, list[int]]) -> None:
        for name, targets in links.items():
            link_table = LINK_TABLES[name]
            self._conn.execute(f"DELETE FROM {link_table} WHERE owner = ?", (owner,))
            self._conn.executemany(
                f"INSERT OR IGNORE INTO {link_table} VALUES (?, ?)",
                [(owner, target) for target in targets],
            )

    def delete(self, table: str, row_id: int) -> bool:
        with self._lock, self._conn:
            deleted = self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount
            for link_table, target_table in LINK_TARGETS.items():
                column = "owner" if table == "sessions" else "target"
                if table in ("sessions", target_table):
                    self._conn.execute(f"DELETE FROM {link_table} WHERE {column} = ?", (row_id,))
        return deleted > 0

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
            if row is None:
                return None
            return self._with_links(table, [dict(row)])[0]

    def page(self, query: ListQuery) -> tuple[int, list[dict[str, Any]]]:
        """The total count matching the query and the rows of the requested slice."""
        where = f" WHERE {' AND '.join(query.where)}" if query.where else ""
        order = ", ".join(query.order_by)
        with self._lock:
            count = self._conn.execute(
                f"SELECT COUNT(*) FROM {query.table}{where}", query.params
            ).fetchone()[0]
            rows = self._conn.execute(
                f"SELECT * FROM {query.table}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                (*query.params, query.limit, query.offset),
            ).fetchall()
            return count, self._with_links(query.table, [dict(row) for row in rows])

    def _with_links(self, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Add the sessions' track and location id lists, one query per link table."""
        if table != "sessions" or not rows:
            return rows
        by_id = {row["id"]: row for row in rows}
        marks = ", ".join("?" for _ in by_id)
        for name, link_table in LINK_TABLES.items():
            for row in rows:
                row[name] = []
            found = self._conn.execute(
                f"SELECT owner, target FROM {link_table} WHERE owner IN ({marks})"
                " ORDER BY owner, target",
                tuple(by_id),
            )
            for owner, target in found:
                by_id[owner][name].append(target)
        return rows

    def existing_ids(self, table: str, guide_id: int, ids: Iterable[int]) -> set[int]:
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        marks = ", ".join("?" for _ in wanted)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT id FROM {table} WHERE guide = ? AND id IN ({marks})", (guide_id, *wanted)
            )
            return {row[0] for row in rows}

    def main_venue_ids(self, guide_id: int) -> list[int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM locations WHERE guide = ? AND location_type = 1", (guide_id,)
            )
            return [row[0] for row in rows]

    def put_image(self, data: bytes, extension: str, content_type: str) -> str:
        """Store an image once per content; its name is the SHA-256 of the bytes."""
        name = f"{hashlib.sha256(data).hexdigest()}.{extension}"
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR IGNORE INTO images VALUES (?, ?, ?)", (name, content_type, data)
            )
        return name

    def image(self, name: str) -> tuple[bytes, str] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT data, content_type FROM images WHERE name = ?", (name,)
            ).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    def session_counts(self) -> dict[int, int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT guides.id, COUNT(sessions.id) FROM guides"
                " LEFT JOIN sessions ON sessions.guide = guides.id"
                " WHERE guides.owned = 1 GROUP BY guides.id ORDER BY guides.id"
            )
            return {guide: count for guide, count in rows}

    def duplicate_import_ids(self) -> dict[int, list[str]]:
        """Per guide of ours, the import_ids held by more than one session, sorted."""
        duplicates: dict[int, list[str]] = {guide: [] for guide in self.owned_guide_ids()}
        with self._lock:
            rows = self._conn.execute(
                "SELECT guide, import_id FROM sessions WHERE import_id IS NOT NULL"
                " AND import_id != '' GROUP BY guide, import_id HAVING COUNT(*) > 1"
                " ORDER BY guide, import_id"
            )
            for guide, import_id in rows:
                duplicates.setdefault(guide, []).append(import_id)
        return duplicates

    def reset(self) -> None:
        """Empty everything but the guides; ids start again from 1."""
        tables = (*RESOURCE_TABLES, *LINK_TABLES.values(), "images")
        with self._lock, self._conn:
            for table in tables:
                self._conn.execute(f"DELETE FROM {table}")
            self._conn.execute(
                "DELETE FROM sqlite_sequence WHERE name IN (?, ?, ?)", RESOURCE_TABLES
            )
