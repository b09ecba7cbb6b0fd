"""Session images: read and check them before anything is sent, and remember what was sent.

A sheet's image cell holds a path (relative to the spreadsheet's folder) or an https URL.
Each image is checked to be PNG or JPEG (by its bytes, not its name) and under a size cap;
paths that leave the sheet's folder are refused unless allowed. Guidebook gives back no
fingerprint of a stored image, so a small state file beside the sheet records the SHA-256 of
what each session got: an image is uploaded again only when its content changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path, PureWindowsPath
from typing import Any
from urllib.parse import urlsplit

import httpx

from importer._credentials import api_host, is_loopback
from importer._whole_file import replacing
from importer.model import RowIssue, RowResult, listed, row_prefix
from importer.settings import DEFAULT_API_URL

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STATE_FILE_NAME = ".gbimport-state.json"
MAGIC = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
URL_TIMEOUT = 30.0
# URL_TIMEOUT bounds each read, so a server sending a byte every 29 s would never meet it:
# this bounds the whole download, headers to last byte.
URL_DEADLINE = 120.0
# Images read or downloaded at once. A migration's thousands of URLs started together would
# queue for the client's connections, and those waiting past URL_TIMEOUT failed for nothing.
IMAGES_AT_ONCE = 8
# How far back the requests runs spent count against the daily budget: Guidebook does not
# say when its day resets, so a whole day back, which holds whatever that time is.
SPENT_WINDOW = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ImageFile:
    filename: str
    content: bytes
    content_type: str
    sha256: str

    def as_upload(self) -> tuple[str, bytes, str]:
        return self.filename, self.content, self.content_type


class ImageProblem(Exception):
    """Internal: why one cell's image cannot be used; becomes a RowIssue."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def image_type(content: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC.items() if content.startswith(magic)), None)


def too_large(size: int | None, max_bytes: int) -> ImageProblem:
    """`size` None: a download stopped past the limit, its size not told by the server."""
    shown, limit = _size(size or 0), _size(max_bytes)
    if shown == limit:  # just over: 'is 5.0 MB, over the limit of 5.0 MB' would read as no fault
        shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
    what = f"is {shown}, over" if size is not None else "is over"
    return ImageProblem(
        "image-too-large",
        f"{what} the limit of {limit}; resize it (Guidebook shows session images at 640x240)",
    )


def _size(count: int) -> str:
    """In MB to one decimal, or in bytes below 0.1 MB, where that would read '0.0 MB'."""
    return f"{count / 1_048_576:.1f} MB" if count >= 104_858 else f"{count:,} bytes"


def checked_image(filename: str, content: bytes, max_bytes: int) -> ImageFile:
    if len(content) > max_bytes:
        raise too_large(len(content), max_bytes)
    kind = image_type(content)
    if kind is None:
        raise ImageProblem(
            "image-bad-type", "is not a PNG or JPEG image; Guidebook accepts only those"
        )
    return ImageFile(filename, content, kind, hashlib.sha256(content).hexdigest())


def read_local_image(
    cell: str, folder: Path, *, allow_outside: bool, max_bytes: int
) -> ImageFile:
    # A sheet made on Windows writes pics\talk.png; a backslash is rare in a real file name.
    path = (folder / PureWindowsPath(cell).as_posix()).resolve()
    if not allow_outside and not path.is_relative_to(folder.resolve()):
        raise ImageProblem(
            "image-outside-folder",
            f"points outside the spreadsheet's folder ({folder}); move the image next to "
            "the sheet, or allow it with --allow-images-outside",
        )
    if not path.is_file():
        near = _near_file(path)
        hint = f"did you mean {near!r}, in the same folder?" if near else "check the path"
        raise ImageProblem("image-not-found", f"does not exist ({path}); {hint}")
    if (size := path.stat().st_size) > max_bytes:  # refuse before reading a huge file
        raise too_large(size, max_bytes)
    return checked_image(path.name, path.read_bytes(), max_bytes)


def _near_file(path: Path) -> str | None:
    """A file where the cell points whose name differs only in case or spaces ('Photo.PNG' for
    'photo.png': a sheet made on a Mac or on Windows, whose names ignore case, run on a server
    where they do not; 'ana .png'), else by a slip in typing it."""
    try:
        names = [entry.name for entry in path.parent.iterdir() if entry.is_file()]
    except OSError:  # the folder is missing too
        return None
    wanted = _loose_name(path.name)
    if same := [name for name in names if _loose_name(name) == wanted]:
        return same[0]
    close = difflib.get_close_matches(path.name, names, n=1, cutoff=0.85)
    return close[0] if close else None


def _loose_name(name: str) -> str:
    return "".join(name.casefold().split())


async def fetch_image(url: str, http: httpx.AsyncClient, max_bytes: int) -> ImageFile:
    name = Path(urlsplit(url).path).name or "image"
    try:
        async with asyncio.timeout(URL_DEADLINE), http.stream("GET", url) as response:
            response.raise_for_status()
            content = bytearray()
            async for chunk in response.aiter_bytes():
                content += chunk
                if len(content) > max_bytes:  # read no further than needed to know
                    # A compressed answer's Content-Length is smaller than the image:
                    # believed only where it is over the limit too.
                    told = response.headers.get("content-length", "")
                    size = int(told) if told.isdigit() and int(told) > max_bytes else None
                    raise too_large(size, max_bytes)
    except httpx.HTTPError as exc:
        raise ImageProblem("image-download-failed", f"could not be downloaded ({exc})") from None
    except TimeoutError:
        raise ImageProblem(
            "image-download-failed", f"was still downloading after {URL_DEADLINE:g} s (the "
            "server sends it too slowly); save the image beside the sheet and give its file "
            "name, or use a faster URL") from None
    return checked_image(name, bytes(content), max_bytes)


async def https_only(request: httpx.Request) -> None:
    """Every request of a download is https, redirects included: a redirect to http:// could
    reach this machine's own network (a cloud's metadata address answers plain http)."""
    if request.url.scheme != "https":
        raise ImageProblem(
            "image-bad-url", f"redirects to a plain http URL (on {request.url.host}); use a "
            "URL that stays on https")


async def load_images(
    rows: Iterable[RowResult], folder: Path, *, allow_outside: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES, column: str = "image",
) -> tuple[dict[tuple[str | None, int], ImageFile], list[RowIssue]]:
    """Every row's image by (sheet, row), read and checked; the sheet is None unless several
    sheets were read. Problems come back as row errors naming `column`, the image column's
    header as the sheet writes it."""
    wanted = [(r, r.payload.image) for r in rows if r.payload is not None and r.payload.image]
    images: dict[tuple[str | None, int], ImageFile] = {}
    issues: list[RowIssue] = []
    if not wanted:
        return images, issues
    gate = asyncio.Semaphore(IMAGES_AT_ONCE)
    async with httpx.AsyncClient(timeout=URL_TIMEOUT, follow_redirects=True,
                                 event_hooks={"request": [https_only]}) as http:

        async def load(cell: str) -> ImageFile | ImageProblem:
            async with gate:
                try:
                    return await _load_one(cell, folder, http, allow_outside, max_bytes)
                except ImageProblem as problem:
                    return problem

        # A logo on 200 rows, or on every day's tab, is read once.
        cells = list(dict.fromkeys(cell for _, cell in wanted))
        loaded = dict(zip(cells, await asyncio.gather(*map(load, cells)), strict=True))
    for result, cell in wanted:
        image = loaded[cell]
        if isinstance(image, ImageFile):
            images[result.sheet, result.row] = image
        else:
            issues.append(RowIssue(
                result.row, column, cell, image.code, "error",
                f"{row_prefix(result.row, result.sheet)}the image '{cell}' in {column!r} {image}",
                result.sheet,
            ))
    return images, issues


async def _load_one(
    cell: str, folder: Path, http: httpx.AsyncClient, allow_outside: bool, max_bytes: int
) -> ImageFile:
    scheme = urlsplit(cell).scheme.lower()
    if scheme == "https":
        return await fetch_image(cell, http, max_bytes)
    if scheme == "http":
        raise ImageProblem("image-bad-url", "is a plain http URL; use https")
    return read_local_image(cell, folder, allow_outside=allow_outside, max_bytes=max_bytes)


class SavedState:
    """What runs into a guide remember, kept beside the sheet: the SHA-256 of the image each
    session got, whether changes made await publishing (a publish that failed, or a run
    that stopped before it: the next run publishes them though it changes nothing), and the
    import ids of sessions a run told were left in the guide (no --prune): a quiet run tells
    of each once; the import ids of the sheets' sessions in the guide after their last run
    (one made again was deleted since, in Builder most likely), and the guide's track and
    room names then (the same for them); the import ids created or updated by runs that were
    stopped, until a run ends (_stopped_sends); and the requests each run
    spent, with its time, for the last 24 hours (the daily budget is the account's: a plan
    counts what earlier runs spent of it).

    A guide is known by its id on Guidebook's own API, and by its id and host on another
    (the sandbox): a rehearsal with the real guide's id must not record images as sent that
    the real guide never got. The host is spelt as `api_host` spells it, so that one
    service reached two ways (localhost and 127.0.0.1, a default port) is one entry.
    """

    def __init__(self, path: Path, guide_id: int, api_url: str = DEFAULT_API_URL, *,
                 set_in_settings: bool = False) -> None:
        self.path = path
        self.set_in_settings = set_in_settings  # `path` is the settings' state_file
        self.guide = _guide_key(str(guide_id), api_host(api_url))
        self.unreadable: str | None = None  # why a file found there could not be read
        self._data: dict[str, Any] = self._read()
        self.unsaved: str | None = None  # why the last save failed
        self._spent_so_far: list[Any] | None = None  # this run's entry in "spent", if any
        self._recorded_at: datetime | None = None  # when this run last recorded its spending

    def _read(self) -> dict[str, Any]:
        """The file's record, or an empty one when it is missing, damaged or of another shape:
        at worst an image is sent once more, which beats a nightly run that cannot start.
        `unreadable` says why a file there was taken as empty, for a note."""
        data, self.unreadable = _read_state(self.path)
        return data

    def _entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = self._data.setdefault(self.guide, {"images": {}})
        return entry

    def _images(self) -> dict[str, str]:
        images: dict[str, str] = self._entry()["images"]
        return images

    @property
    def unpublished(self) -> bool:
        """Whether changes an earlier run made await publishing."""
        return bool(self._entry().get("unpublished"))

    @unpublished.setter
    def unpublished(self, waiting: bool) -> None:
        if waiting:
            self._entry()["unpublished"] = True
        else:
            self._entry().pop("unpublished", None)

    def left_told(self) -> frozenset[str]:
        """The import ids of sessions left in the guide that a run has told of."""
        return frozenset(self._entry().get("left_told", ()))

    def tell_left(self, import_ids: Iterable[str], prefix: str) -> None:
        """Remember the sessions with `prefix` left in the guide as told, and only those: one
        put back in the sheet and taken out again is told again. Another sheet's prefix
        keeps its own."""
        self._replace_ids("left_told", import_ids, prefix)

    def in_guide(self) -> frozenset[str]:
        """The import ids of the sheets' sessions in the guide after their last run."""
        return frozenset(self._entry().get("in_guide", ()))

    def remember_in_guide(self, import_ids: Iterable[str], prefix: str) -> None:
        """Remember the sessions with `prefix` in the guide after a run: a create of one of
        them later is a session deleted since. Another sheet's prefix keeps its own."""
        self._replace_ids("in_guide", import_ids, prefix)

    def names_in_guide(self, kind: str) -> frozenset[str]:
        """The guide's track or room names (`kind`: 'tracks', 'rooms'), in compared form,
        after the last run."""
        return frozenset(self._entry().get(f"{kind}_in_guide", ()))

    def remember_names(self, kind: str, names: Iterable[str]) -> None:
        """Remember the guide's track or room names after a run: a later run that makes one
        again says it was deleted (or renamed) since, in Builder most likely."""
        self._replace_ids(f"{kind}_in_guide", names, "")

    def ids(self, key: str) -> frozenset[str]:
        """The ids kept under `key`, one of ID_LISTS."""
        return frozenset(self._entry().get(key, ()))

    def replace_ids(self, key: str, import_ids: Iterable[str], prefix: str) -> None:
        """The ids under `key` (one of ID_LISTS) with `prefix` become `import_ids`."""
        self._replace_ids(key, import_ids, prefix)

    def _replace_ids(self, key: str, import_ids: Iterable[str], prefix: str) -> None:
        """The ids under `key` with `prefix` become `import_ids`, as a sorted list (small:
        5,000 sessions' ids are about 100 kB)."""
        kept = {i for i in self._entry().get(key, ()) if not i.startswith(prefix)}
        ids = kept | set(import_ids)
        if ids:
            self._entry()[key] = sorted(ids)
        else:
            self._entry().pop(key, None)

    def _same_service(self) -> list[dict[str, Any]]:
        """The entries of guides on this guide's API host (one account's budget, most
        likely): a sandbox's requests are not Guidebook's."""
        host = self.guide.partition(" at ")[2]
        return [entry for guide, entry in self._data.items()
                if guide.partition(" at ")[2] == host]

    def spent_since(self, now: datetime) -> int:
        """The requests runs recorded here spent on this API host in the 24 hours before
        `now` (timezone-aware)."""
        return sum(count for entry in self._same_service()
                   for at, count in entry.get("spent", ())
                   if now - datetime.fromisoformat(at) < SPENT_WINDOW)

    def record_spent(self, count: int, now: datetime) -> None:
        """Remember a run's requests with their time, and forget what is over 24 hours old
        (in every entry: the file stays small)."""
        _forget_spent_before(self._data.values(), now)
        self._recorded_at = now
        if count > 0:
            self._entry().setdefault("spent", []).append([now.isoformat(), count])

    def record_spent_so_far(self, count: int, now: datetime) -> None:
        """A run's requests until `now`, recorded as it goes (a run killed outright keeps
        what it spent on record): replaces what the run recorded before, so it counts once."""
        if self._spent_so_far is not None:
            with contextlib.suppress(ValueError):
                self._entry().get("spent", []).remove(self._spent_so_far)
        self.record_spent(count, now)
        self._spent_so_far = self._entry()["spent"][-1] if count > 0 else None

    def sent(self, import_id: str) -> str | None:
        return self._images().get(import_id)

    def record(self, import_id: str, sha256: str) -> None:
        self._images()[import_id] = sha256

    def forget(self, import_id: str) -> None:
        """The session's image is no longer ours to compare: filled in again, it is sent."""
        self._images().pop(import_id, None)

    def save(self) -> None:
        """Written whole or not at all: a run cut off mid-write leaves the old file. A file
        that cannot be written (a folder the run may not write to) does not end the run: what
        was sent stands, and the report must still be written; `unsaved` says why, for a
        note."""
        if not self.path.exists() and not any(
                entry["images"] or entry.get("unpublished") or entry.get("left_told")
                or entry.get("in_guide") or entry.get("spent") for entry in self._data.values()):
            return  # nothing to remember: no file beside a sheet without images
        try:
            self._take_others_from_file()
            with replacing(self.path) as copy:
                copy.write_text(json.dumps(self._data, indent=1, sort_keys=True) + "\n")
        except OSError as error:
            self.unsaved = error.strerror or type(error).__name__
        else:
            self.unsaved = None

    def _take_others_from_file(self) -> None:
        """The other guides' parts as the file has them now: two crontab lines for two events
        whose sheets share a folder run at once, and the one ending last would otherwise write
        back the other's part as it was when it started. A file now unreadable keeps ours."""
        on_file, unreadable = _read_state(self.path)
        if unreadable is None:
            if self._recorded_at is not None:
                _forget_spent_before(on_file.values(), self._recorded_at)
            self._data = {**on_file, self.guide: self._entry()}

    def unreadable_note(self) -> list[str]:
        """The note for a file found damaged and taken as empty (an edit by hand, a disk
        full mid-write by another tool): what it remembered is lost, once; a run writes it
        anew."""
        if self.unreadable is None:
            return []
        return [f"the state file {self.path} could not be read ({self.unreadable}) and was "
                "taken as empty: images may be sent again, a publish an earlier run left owing "
                "is not made, and earlier runs' requests are not counted; a run writes it anew"]

    def unsaved_note(self) -> list[str]:
        """The note for a state file the run could not write, or none."""
        if self.unsaved is None:
            return []
        entry = self._data.get(self.guide, {})
        lost = [what for held, what in (
            (entry.get("images"), "send images again"),
            (entry.get("unpublished"), "not know of changes left unpublished"),
            (entry.get("left_told"), "tell again of sessions left in the guide"),
            (entry.get("spent"), "not count this run's requests against the daily budget"))
            if held] or ["send images again and not know of changes left unpublished"]
        return [f"the state file {self.path} could not be written ({self.unsaved}): the next "
                f"run may {listed(lost)}; {self._where_to_write()}"]

    def _where_to_write(self) -> str:
        """How to let the next run save: state_file is not the way out when it is the setting
        that chose this folder."""
        if not self.set_in_settings:
            return "let the run write in that folder, or set state_file in gbimport.toml"
        return (f"the state_file setting puts it in {self.path.parent}, where the run "
                "cannot write: point state_file at a folder the run can write to")


def _guide_key(guide_id: str, host: str) -> str:
    return guide_id if host == api_host(DEFAULT_API_URL) else f"{guide_id} at {host}"


def _read_state(path: Path) -> tuple[dict[str, Any], str | None]:
    """A state file's record by guide, and why a file there was taken as empty, if it was."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, ValueError) as error:
        return {}, _why_unreadable(error)
    if not isinstance(data, dict):
        return {}, "not a record of guides"
    read: dict[str, Any] = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            continue
        images = entry.get("images")
        images = images if isinstance(images, dict) else {}
        spent = _spending(entry.get("spent"))
        kept = {"images": {k: v for k, v in images.items() if isinstance(v, str)},
                **({"unpublished": True} if entry.get("unpublished") is True else {}),
                **_id_lists(entry), **({"spent": spent} if spent else {})}
        guide = _respelt_key(key)
        read[guide] = _merged(read[guide], kept) if guide in read else kept
    return read, None


def _forget_spent_before(entries: Iterable[dict[str, Any]], now: datetime) -> None:
    """Each entry's spending of over 24 hours before `now` is dropped."""
    for entry in entries:
        kept = [[at, n] for at, n in entry.get("spent", ())
                if now - datetime.fromisoformat(at) < SPENT_WINDOW]
        if kept:
            entry["spent"] = kept
        else:
            entry.pop("spent", None)


def _respelt_key(key: str) -> str:
    """A key as this version spells it: a file written before kept the host as the URL had
    it (`1 at localhost:8950`, `1 at builder.guidebook.com:443`)."""
    guide_id, _, host = key.partition(" at ")
    if not host:
        return key
    try:
        url = httpx.URL(f"http://{host}")
    except httpx.InvalidURL:
        return key
    # The scheme is not in the key: a host other than this machine is reached over https.
    return _guide_key(guide_id, api_host(str(url.copy_with(
        scheme="http" if is_loopback(url.host) else "https"))))


def _merged(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two entries an older file kept apart for one guide (one sandbox reached as localhost
    and as 127.0.0.1), as one: all images, every run's spending, a publish either owes."""
    lists = {key: ids for key in ID_LISTS
             if (ids := sorted({*first.get(key, ()), *second.get(key, ())}))}
    spent = sorted([*first.get("spent", ()), *second.get("spent", ())])
    return {"images": {**first["images"], **second["images"]},
            **({"unpublished": True} if first.get("unpublished") or second.get("unpublished")
               else {}),
            **lists, **({"spent": spent} if spent else {})}


# The lists of import ids an entry keeps: sessions left in the guide that a run told of,
# and the sheets' sessions in the guide after their last run; and of the guide's track and
# room names then; and the sessions runs that were stopped created or updated; and those
# the last run may have created, the answer lost; and copies of rows' sessions told of.
ID_LISTS = ("left_told", "in_guide", "tracks_in_guide", "rooms_in_guide",
            "created_by_stopped", "updated_by_stopped", "maybe_created", "copies_told")


def _id_lists(entry: dict[str, Any]) -> dict[str, list[str]]:
    """The entry's lists of import ids that read as such, their other items dropped."""
    return {key: sorted(i for i in ids if isinstance(i, str)) for key in ID_LISTS
            if isinstance(ids := entry.get(key), list)}


def _why_unreadable(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON, at line {error.lineno}"
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return "not UTF-8 text"


def _spending(record: Any) -> list[list[Any]]:
    """The [time, requests] pairs of a file's `spent` that read as such (aware ISO times)."""
    if not isinstance(record, list):
        return []
    return [[at, count] for at, count in (pair for pair in record
                                          if isinstance(pair, list) and len(pair) == 2)
            if isinstance(count, int) and not isinstance(count, bool) and _aware_time(at)]


def _aware_time(text: Any) -> bool:
    try:
        return isinstance(text, str) and datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False
