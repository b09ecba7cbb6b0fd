"""Two settings files: gbimport.toml in the folder a command is started in (the one read) and
another beside the sheet that names another guide or API. A planner with two events' folders,
or a cron job whose `cd` names the wrong one, would sync the sheet into a guide its own
folder does not name, without a word."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from importer._credentials import api_host, is_loopback
from importer.errors import ConfigError

# The settings that say where a sheet goes, and the option that chooses each outright.
COMPARED = {"guide": "--guide", "api_url": "--api-url"}


def check_beside_agrees(read: Path, beside: Path, beside_values: Mapping[str, Any],
                        going_to: Mapping[str, Any], api_url: str) -> str | None:
    """Stop (ConfigError) a command that would go to another guide or API than the file
    beside the sheet names; `going_to`: the compared settings the file read or the defaults
    gave. A rehearsal on this machine's sandbox is the one such run meant: a warning (None
    when they agree). The URLs are named by their host alone: one may hold a key."""
    differ = [key for key in going_to
              if key in beside_values and _differs(key, going_to[key], beside_values[key])]
    if not differ:
        return None
    named = " and ".join(_named(key, going_to[key], beside_values[key]) for key in differ)
    said = (f"{read} (read: the folder gbimport is started in) and {beside} (beside the sheet, "
            f"not read) name different {named}")
    if is_loopback(httpx.URL(api_url).host):
        return f"{said}: this run goes to the sandbox on this machine, a rehearsal"
    options = " or ".join(COMPARED[key] for key in differ)
    raise ConfigError(
        f"{said}, and this run would go by the first. Start it in the sheet's folder "
        f"(cd {beside.parent} && gbimport ...), give --config {beside}, or choose with "
        f"{options}")


def _differs(key: str, ours: Any, theirs: Any) -> bool:
    if key == "guide":
        return str(ours) != str(theirs)
    return _host(ours) != _host(theirs)


def _named(key: str, ours: Any, theirs: Any) -> str:
    if key == "guide":
        return f"guides ({ours} and {theirs})"
    return f"API hosts ({_host(ours)} and {_host(theirs)})"


def _host(url: Any) -> str:
    try:
        return api_host(str(url))
    except httpx.InvalidURL:  # the file beside, unread, may hold anything
        return "an invalid URL"
