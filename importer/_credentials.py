"""Where the API key may go: a well-formed key, sent only over https (or to this machine),
and a function that scrubs it from any text before that text is shown or logged."""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Callable

import httpx

from importer.errors import ConfigError

API_KEY_ENV = "GUIDEBOOK_API_KEY"


def checked_key(key: str | None) -> str:
    key = (key or "").strip()
    if not key:
        raise ConfigError(f"No Guidebook API key: set {API_KEY_ENV} or pass api_key.")
    if key.split(maxsplit=1)[0].upper() in ("JWT", "BEARER") and len(key.split()) > 1:
        # Copied with the header's scheme, as the API reference shows it: say so, not "odd".
        raise ConfigError(
            f"The Guidebook API key starts with '{key.split()[0]} ': give the key alone "
            "(gbimport sends 'Authorization: JWT <key>' itself).")
    if not key.isascii() or not key.isprintable() or any(char.isspace() for char in key):
        raise ConfigError("The Guidebook API key contains spaces or unexpected characters.")
    return key


QUOTE_MARKS = ('"', "'")


def quote_mark_around(key: str) -> str | None:
    """The quote mark `key` is wrapped in, else None. A docker env-file or a systemd
    EnvironmentFile keeps the quotes of `GUIDEBOOK_API_KEY="..."` as part of the value; they
    pass the key check (a key's form is not documented), so they are looked for once the
    key is refused."""
    return next((mark for mark in QUOTE_MARKS
                 if len(key) > 2 and key.startswith(mark) and key.endswith(mark)), None)


def checked_base_url(base_url: str) -> httpx.URL:
    url = httpx.URL(base_url if base_url.endswith("/") else f"{base_url}/")
    if url.userinfo or url.query:
        # httpx would send user:password as Basic auth in place of the key (always a 401),
        # and log the whole URL with --debug; a query would swallow every path put after it.
        plain = url.copy_with(userinfo=b"", query=None, fragment=None)
        raise ConfigError(
            f"The API URL holds a user name, password or query, which Guidebook does not use: "
            f"write it as {plain} and give the key in {API_KEY_ENV}."
        )
    if url.scheme == "https" or (url.scheme == "http" and is_loopback(url.host)):
        return url
    raise ConfigError(
        f"Refusing to send the API key to {url.scheme}://{url.host}: use an https:// API URL "
        "(plain http:// is allowed for localhost only)."
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def redactor(key: str) -> Callable[[str], str]:
    return lambda text: text.replace(key, "[redacted]")


LOOPBACK_HOST = "127.0.0.1"


def api_host(api_url: str) -> str:
    """The host and port an API URL reaches, spelt one way for one service: the API's path
    and version, the case, a default port and the user name are not part of it, and every
    loopback spelling (localhost, ::1) is 127.0.0.1, so a sandbox reached either way is one
    account (one run lock, one budget record)."""
    url = httpx.URL(api_url)
    host = LOOPBACK_HOST if is_loopback(url.host) else url.host.casefold()
    return host if url.port is None else f"{host}:{url.port}"


def command_with_key(key: str, command: str) -> list[str]:
    """The lines to type to run a gbimport command with the key set, in the shell this
    computer has: Windows' PowerShell neither reads nor runs a POSIX `NAME=value command`,
    so there the key is set on a line of its own, for the window's later commands too."""
    if sys.platform == "win32":
        return [f'$env:{API_KEY_ENV} = "{key}"', command]
    return [f"{API_KEY_ENV}={key} {command}"]
