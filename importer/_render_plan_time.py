"""How long a run takes, as the plan's Time line and the run's progress lines say it: the
minutes at the rate setting, and the days a plan over the daily budget needs."""

from __future__ import annotations

from importer.plan import Plan

PLAN_TIME_FROM = 60.0  # seconds a run takes at least before plan says how long


def time_needed(result: Plan) -> str:
    """How long the run takes at least, at the rate setting, as the run's progress lines
    count it; over the day's budget, the part the day allows and the days in all."""
    pace = f"at {result.rate:g} request{'' if result.rate == 1 else 's'} a second (--rate)"
    later = "; retries and slow answers add to it"
    least = as_minutes(result.seconds_at_least, at_least=True)
    if not result.over_budget:
        return f"at least {least} {pace}{later}"
    if not result.budget_left:
        return (f"none is left of the day's {result.daily_budget:,} requests: "
                f"{_days_more(result.days_at_least)}, today's not counted")
    left = (f"{result.budget_left:,} left of the day's " if result.spent_earlier else "day's ")
    spend = f"at least {least}" if result.seconds_at_least >= PLAN_TIME_FROM else "under a minute"
    return (f"{spend} {pace} to spend the {left}"
            f"{result.daily_budget:,} requests, then the run stops (exit 3): "
            f"{_days_in_all(result)}{later}")


def _days_in_all(result: Plan) -> str:
    """The days a plan over the budget needs, today's counted: whole, or what is left of it."""
    if not result.spent_earlier:
        return f"{result.days_at_least} days' budgets in all"
    return (f"{result.days_at_least} days in all, the {result.budget_left:,} left today and "
            f"{_days_more(result.days_at_least - 1)}")


def _days_more(days: int) -> str:
    return f"{days} more day's budget" if days == 1 else f"{days} more days' budgets"


def as_minutes(seconds: float, *, at_least: bool = False) -> str:
    """'15 min', '1 h 15 min', as the progress lines say it. `at_least`: rounded down, so that
    'at least 2 min' is never said of 1 min 40 s."""
    minutes = max(1, int(seconds // 60) if at_least else round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
