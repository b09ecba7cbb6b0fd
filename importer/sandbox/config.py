"""Every setting of the sandbox in one pydantic model, shared by the CLI, tests and benchmarks."""

from __future__ import annotations

from datetime import date
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from importer.errors import ConfigError
from importer.zones import resolve_timezone

DEFAULT_API_KEY = "sandbox-key"
"""The key the sandbox accepts unless told otherwise. It opens the local sandbox only."""

FaultKind = Literal["error-before", "error-after", "drop-after", "slow", "burst-429"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "error-before",
    "error-after",
    "drop-after",
    "slow",
    "burst-429",
)

Probability = Field(default=None, ge=0.0, le=1.0)


class SandboxConfig(BaseModel):
    """Settings of one sandbox server. Defaults mirror the real service where it documents one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    api_key: str = Field(default=DEFAULT_API_KEY, min_length=1)
    db: str = ":memory:"
    guide_name: str = "Sandbox Guide"
    # Guide 1's settings; None keeps what a file database holds (UTC and no dates if new).
    guide_timezone: str | None = None
    guide_start_date: date | None = None
    guide_end_date: date | None = None
    page_size: int = Field(default=50, ge=1)
    daily_budget: int = Field(default=10_000, ge=0)
    day_seconds: float = Field(default=86_400.0, gt=0)
    rate: float | None = Field(default=None, gt=0)
    publish_per_minute: int = Field(default=2, ge=0)
    faults: float = Field(default=0.0, ge=0.0, le=1.0)
    fault_error_before: float | None = Probability
    fault_error_after: float | None = Probability
    fault_drop_after: float | None = Probability
    fault_slow: float | None = Probability
    fault_burst_429: float | None = Probability
    slow_seconds: float = Field(default=30.0, ge=0)
    latency: float = Field(default=0.0, ge=0)
    seed: int | None = None

    @field_validator("guide_timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
            try:  # its spelling in another case, else refused with the zone likely meant
                return resolve_timezone(value).key
            except ConfigError as refused:
                raise ValueError(str(refused)) from None
        return value

    @field_validator("guide_end_date")
    @classmethod
    def _ends_after_start(cls, value: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("guide_start_date")
        if value is not None and start is not None and value < start:
            raise ValueError(f"{value} is before the start date {start}")
        return value

    @model_validator(mode="after")
    def _probabilities_add_up(self) -> SandboxConfig:
        total = sum(self.fault_probabilities().values())
        if total > 1.0 + 1e-9:
            raise ValueError(f"the fault probabilities add up to {total:.3f}, more than 1: "
                             "lower --faults or the --fault-* options to 1 at most in all")
        return self

    def fault_probabilities(self) -> dict[FaultKind, float]:
        """Probability of each fault kind per API request.

        A kind set on its own (`fault_error_after=...`) keeps its value; `faults` is spread
        evenly over the kinds left unset, so `faults=0.1` alone gives 0.02 to each of five.
        """
        explicit: dict[FaultKind, float | None] = {
            "error-before": self.fault_error_before,
            "error-after": self.fault_error_after,
            "drop-after": self.fault_drop_after,
            "slow": self.fault_slow,
            "burst-429": self.fault_burst_429,
        }
        unset = [kind for kind, value in explicit.items() if value is None]
        share = self.faults / len(unset) if unset else 0.0
        return {kind: share if value is None else value for kind, value in explicit.items()}
