"""A sandbox option the settings refused, in one line that says what to give.

The options' ranges are checked once, by `SandboxConfig`, rather than by typer as well: typer's
refusal is a boxed 'Error' panel, and pydantic's own words ("Input should be greater than or
equal to 1", "month value is outside expected range of 1-12") name no way out.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from importer.sandbox.config import SandboxConfig

PROBABILITY = "a probability from 0 to 1 (0.05: one request in twenty)"
SECONDS = "a number of 0 or more (seconds)"
DATE = "a date written YYYY-MM-DD (2027-05-11)"

# What each option whose value can be out of range takes.
TAKES = {
    "page_size": "a whole number of 1 or more (results per list page)",
    "daily_budget": "a whole number of 0 or more (requests per key per day)",
    "day_seconds": "a number above 0 (seconds)",
    "rate": "a number above 0 (requests per second per key)",
    "faults": PROBABILITY,
    "fault_error_before": PROBABILITY,
    "fault_error_after": PROBABILITY,
    "fault_drop_after": PROBABILITY,
    "fault_slow": PROBABILITY,
    "fault_burst_429": PROBABILITY,
    "slow_seconds": SECONDS,
    "latency": SECONDS,
    "guide_start_date": DATE,
    "guide_end_date": DATE,
    "api_key": "a key of one character or more",
}


def first_error(exc: ValidationError) -> str:
    """'--page-size: expected ..., got 0; change it, or leave it out for the default (50).'"""
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    if not field:  # a check of several options together: its own words name them
        return message
    option = "--" + field.replace("_", "-")
    if error["type"] == "value_error" or field not in TAKES:  # our validators' own words
        return f"{option}: {message}"
    default = SandboxConfig.model_fields[field].default
    keep = "" if default is None else f", or leave it out for the default ({shown(default)})"
    return f"{option}: expected {TAKES[field]}, got {shown(error['input'])}; change it{keep}."


def shown(value: Any) -> str:
    """The value as it was typed: '0', not '0.0' (a float option reads 0 as 0.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if value == "" else str(value)
