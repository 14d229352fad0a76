"""How long the mocks' processes take: a duration given as seconds, or drawn from a named distribution of the core's
`schedule` module (lognormal with median and sigma, exponential with mean, uniform with low and high, fixed), and the
one clock speed every mock shares (`--speed N` / `MOCK_SPEED`: a minute of process time takes 60/N seconds).

Forms, the same in the admin API's JSON and in the flags / environment (`--duration`, `MOCK_DURATION`):
- a number of seconds (`60`): every process takes exactly that long;
- `"lognormal:median=60,sigma=0.5"`, `"exponential:mean=60"`, `"uniform:low=10,high=90"`, `"fixed:seconds=5"`;
- in JSON also `{"distribution": "lognormal", "median": 60, "sigma": 0.5}`.
A mock-wide default may be per process type: `CREATE_SHIPMENT=lognormal:median=20,sigma=0.5` (flag repeated, or
`;`-separated in the environment); the default without a type is the one without `TYPE=`."""

from __future__ import annotations

import math
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from providers import use_generated_clients

use_generated_clients()  # the core's distributions, from core/src as the SDKs see them

from asyncstatus_core.schedule import Distribution, Fixed, distribution  # noqa: E402

SPEED_ENV = "MOCK_SPEED"
DURATION_ENV = "MOCK_DURATION"
ANY_TYPE = ""  # the key of the default for processes of any type


class DurationError(ValueError):
    """A duration or speed the mock cannot use; the message names the option."""


@dataclass(frozen=True)
class Duration:
    """A process duration in seconds of process time: one value, or a distribution to draw from."""

    dist: Distribution
    text: str  # as given, for messages and /_mock/stats

    def draw(self, rng: random.Random) -> float:
        return self.dist.quantile(0.5) if isinstance(self.dist, Fixed) else self.dist.sample(rng)


def _seconds(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise DurationError(f"{where} must be a positive number of seconds, got {value!r}")
    return float(value)


def _named(name: object, params: dict[str, Any], where: str) -> Distribution:
    if not isinstance(name, str):
        raise DurationError(f"{where}: `distribution` must be a name (lognormal, exponential, uniform), got {name!r}")
    try:
        return distribution(name, **params)
    except (TypeError, ValueError) as exc:
        raise DurationError(f"{where}: {exc}") from None


def parse_duration(value: object, where: str = "duration") -> Duration:
    """A duration from the admin API's JSON or a flag's text; DurationError naming `where` and the option."""
    if isinstance(value, dict):
        options = {k: v for k, v in value.items() if k != "distribution"}
        return Duration(_named(value.get("distribution"), options, where), str(value))
    if isinstance(value, str):
        text = value.strip()
        name, colon, rest = text.partition(":")
        if not colon:
            try:
                number = float(text)
            except ValueError:
                raise DurationError(
                    f"{where}: {value!r} is neither seconds nor NAME:OPTION=VALUE,... "
                    "(lognormal:median=60,sigma=0.5, exponential:mean=60, uniform:low=10,high=90)"
                ) from None
            return Duration(Fixed(_seconds(number, where)), text)
        params: dict[str, Any] = {}
        for item in filter(None, (p.strip() for p in rest.split(","))):
            option, eq, raw = item.partition("=")
            try:
                params[option.strip()] = float(raw) if eq else math.nan
            except ValueError:
                raise DurationError(f"{where}: option {option.strip()!r} must be a number, got {raw!r}") from None
            if not eq:
                raise DurationError(f"{where}: option {option.strip()!r} has no value (write {option.strip()}=...)")
        return Duration(_named(name, params, where), text)
    return Duration(Fixed(_seconds(value, where)), str(value))


def parse_defaults(items: Iterable[str], where: str = "--duration") -> dict[str, Duration]:
    """`[TYPE=]SPEC` items as the mock-wide defaults by process type (ANY_TYPE for the one without a type)."""
    found: dict[str, Duration] = {}
    for item in items:
        head, eq, tail = item.partition("=")
        # `lognormal:median=60` has its `=` after the colon: a type comes before any colon
        if eq and ":" not in head and not _is_number(item):
            found[head.strip()] = parse_duration(tail, f"{where} {head.strip()}")
        else:
            found[ANY_TYPE] = parse_duration(item, where)
    return found


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def parse_speed(value: object, where: str = "--speed") -> float:
    """The clock speed: process seconds per wall second, a positive finite number."""
    try:
        number = float(value) if isinstance(value, str) else value
    except ValueError:
        raise DurationError(f"{where} must be a positive number (process seconds per second), got {value!r}") from None
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number) or number <= 0:
        raise DurationError(f"{where} must be a positive number (process seconds per second), got {value!r}")
    return float(number)


def from_environment() -> tuple[float, dict[str, Duration]]:
    """MOCK_SPEED and MOCK_DURATION (`;`-separated `[TYPE=]SPEC` items), or speed 1 and no default."""
    speed = parse_speed(os.environ[SPEED_ENV], SPEED_ENV) if os.environ.get(SPEED_ENV) else 1.0
    raw = os.environ.get(DURATION_ENV, "")
    defaults = parse_defaults([p for p in raw.split(";") if p.strip()], DURATION_ENV) if raw.strip() else {}
    return speed, defaults
