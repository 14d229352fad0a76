"""When to read a process's status next: duration distributions, a distribution learned from the durations seen
so far, and the checking schedule that is optimal for it (issue 22). Pure functions and frozen values, no I/O.

The cost a schedule minimises, per process: `lag_per_request` x (requests) + (detection lag), both in seconds.
`lag_per_request` is the one knob: how many seconds of lag one request is worth (c₁/c₂ in checking theory).
The optimum for a known duration distribution F with density f is Barlow, Hunter & Proschan's ("Optimum checking
procedures", J. SIAM 11, 1963): x_{k+1} - x_k = [F(x_k) - F(x_{k-1})]/f(x_k) - c₁/c₂, the first check x₁ chosen
to minimise the cost (`optimal_checks`). Keller's continuous form (Management Science 21(3), 1974), checks at density
√(r(t)/(2·c₁/c₂)) with r the hazard rate, sets one shared tick for a bulk read of many pending processes
(`tick_delay`).

Until `MIN_HISTORY` processes of a kind have been seen to finish, `learn` returns None and a caller keeps its
`PollPolicy` (the peers' published policies are here too, as `PeerSchedule`s, for the bench).
"""

from __future__ import annotations

import functools
import math
import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

__all__ = [
    "DEFAULT_LAG_PER_REQUEST",
    "MIN_HISTORY",
    "PEERS",
    "Conditional",
    "Cost",
    "Distribution",
    "Exponential",
    "Fixed",
    "LearnedSchedule",
    "LogNormal",
    "Observed",
    "PeerSchedule",
    "PendingGroup",
    "Uniform",
    "Weibull",
    "check_lag_per_request",
    "distribution",
    "expected_cost",
    "finished_likelihood",
    "keller_checks",
    "learn",
    "optimal_checks",
    "sharpen",
    "tick_delay",
]

# Seconds of lag one request is worth, unless the caller says otherwise. At 4 s, on processes of about a minute
# (make bench's polling part), the schedule reads 2.5-4.5 times a process and finds it finished 10-15 s late:
# fewer requests and less lag at once than a fixed 30 s interval (botocore-style, and Azure's 30 s except on
# memoryless durations, where Azure's reading every 30 s is itself optimal for its own knob).
DEFAULT_LAG_PER_REQUEST = 4.0
# Finished processes of a kind before their learned distribution is used. Two parameters fitted by maximum
# likelihood from 20 poll brackets are within about ±25% (median) and ±30% (sigma) at 2 standard errors, close
# enough that the schedule's cost is within a few per cent of the optimum (the bench checks it after 200).
MIN_HISTORY = 20
# A checking schedule is computed out to this survival probability; past it the last interval repeats.
_TAIL = 1e-6
_MAX_CHECKS = 2000
_NORMAL = NormalDist()


def _number(what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number of seconds, got {value!r}")
    return float(value)


def _positive(what: str, value: object) -> float:
    number = _number(what, value)
    if number <= 0:
        raise ValueError(f"{what} must be positive, got {value!r}")
    return number


def _phi(z: float) -> float:
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def _phi_inverse(p: float) -> float:
    return _NORMAL.inv_cdf(p)


# --- distributions -------------------------------------------------------------------------------------------


class Distribution(ABC):
    """A distribution of process durations in seconds (t ≥ 0)."""

    name: str = ""

    @abstractmethod
    def cdf(self, t: float) -> float: ...

    @abstractmethod
    def pdf(self, t: float) -> float: ...

    @abstractmethod
    def quantile(self, p: float) -> float: ...

    def survival(self, t: float) -> float:
        return 1.0 - self.cdf(t)

    def hazard(self, t: float) -> float:
        """The rate of finishing at `t` of a process still running at `t` (0 where none is left)."""
        left = self.survival(t)
        return self.pdf(t) / left if left > 1e-300 else 0.0

    def sample(self, rng: random.Random) -> float:
        return self.quantile(min(max(rng.random(), 1e-15), 1.0 - 1e-15))

    def partial_mean(self, a: float, b: float) -> float:
        """∫ₐᵇ t dF(t), by parts with Simpson's rule on F (exact forms override it where they exist)."""
        if b <= a:
            return 0.0
        return b * self.cdf(b) - a * self.cdf(a) - _simpson(self.cdf, a, b)

    def spread(self) -> float:
        """A log-scale width: sigma for a lognormal, else ln(q84/q50) (used to sharpen with progress)."""
        return max(1e-3, math.log(self.quantile(0.8413) / self.quantile(0.5)))

    def upper(self) -> float:
        """Where the schedule may stop: the (1 - 1e-6) quantile, or the end of a bounded support."""
        return self.quantile(1.0 - _TAIL)


def _gamma_p(a: float, x: float) -> float:
    """The regularised lower incomplete gamma function P(a, x): its series below a + 1, Lentz's continued fraction
    for the complement above (Numerical Recipes, 6.2). Hand-written: the core has no numeric dependency."""
    if x <= 0:
        return 0.0
    log_front = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        n = a
        for _ in range(500):
            n += 1.0
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return min(1.0, total * math.exp(log_front))
    tiny = 1e-300
    b = x + 1.0 - a
    c, d = 1.0 / tiny, 1.0 / b
    h = d
    for i in range(1, 500):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return max(0.0, 1.0 - math.exp(log_front) * h)


def _simpson(fn: Callable[[float], float], a: float, b: float, parts: int = 32) -> float:
    h = (b - a) / parts
    total = fn(a) + fn(b)
    for i in range(1, parts):
        total += (4 if i % 2 else 2) * fn(a + i * h)
    return total * h / 3.0


@dataclass(frozen=True)
class LogNormal(Distribution):
    """ln T ~ Normal(ln median, sigma²): right-skewed, the usual shape of job durations."""

    median: float
    sigma: float
    name: str = field(default="lognormal", init=False)

    def __post_init__(self) -> None:
        _positive("lognormal median", self.median)
        _positive("lognormal sigma", self.sigma)

    @property
    def mu(self) -> float:
        return math.log(self.median)

    def cdf(self, t: float) -> float:
        return 0.0 if t <= 0 else _phi((math.log(t) - self.mu) / self.sigma)

    def survival(self, t: float) -> float:
        return 1.0 if t <= 0 else _phi(-(math.log(t) - self.mu) / self.sigma)

    def pdf(self, t: float) -> float:
        if t <= 0:
            return 0.0
        z = (math.log(t) - self.mu) / self.sigma
        return math.exp(-0.5 * z * z) / (t * self.sigma * math.sqrt(2.0 * math.pi))

    def quantile(self, p: float) -> float:
        return math.exp(self.mu + self.sigma * _phi_inverse(p))

    def partial_mean(self, a: float, b: float) -> float:
        if b <= a:
            return 0.0
        shift = self.mu + self.sigma**2

        def part(t: float) -> float:
            return 0.0 if t <= 0 else _phi((math.log(t) - shift) / self.sigma)

        return math.exp(self.mu + self.sigma**2 / 2) * (part(b) - part(a))

    def spread(self) -> float:
        return self.sigma


@dataclass(frozen=True)
class Exponential(Distribution):
    """Memoryless: the optimal checks are evenly spaced."""

    mean: float
    name: str = field(default="exponential", init=False)

    def __post_init__(self) -> None:
        _positive("exponential mean", self.mean)

    def cdf(self, t: float) -> float:
        return 0.0 if t <= 0 else -math.expm1(-t / self.mean)

    def survival(self, t: float) -> float:
        return 1.0 if t <= 0 else math.exp(-t / self.mean)

    def pdf(self, t: float) -> float:
        return 0.0 if t < 0 else math.exp(-t / self.mean) / self.mean

    def hazard(self, t: float) -> float:
        return 1.0 / self.mean

    def quantile(self, p: float) -> float:
        return -self.mean * math.log1p(-p)

    def partial_mean(self, a: float, b: float) -> float:
        if b <= a:
            return 0.0
        a, m = max(a, 0.0), self.mean
        return (a + m) * math.exp(-a / m) - (b + m) * math.exp(-b / m)


@dataclass(frozen=True)
class Weibull(Distribution):
    """F(t) = 1 - exp(-(t/scale)^shape); shape 1 is the exponential, > 1 a rising hazard, < 1 a falling one."""

    scale: float
    shape: float
    name: str = field(default="weibull", init=False)

    def __post_init__(self) -> None:
        _positive("weibull scale", self.scale)
        _positive("weibull shape", self.shape)

    def _power(self, t: float, exponent: float) -> float:
        # (t/scale)^exponent without overflow: past e^700 the answer is "everything has finished" anyway.
        return math.exp(min(700.0, exponent * math.log(t / self.scale)))

    def cdf(self, t: float) -> float:
        return 0.0 if t <= 0 else -math.expm1(-self._power(t, self.shape))

    def survival(self, t: float) -> float:
        return 1.0 if t <= 0 else math.exp(-self._power(t, self.shape))

    def pdf(self, t: float) -> float:
        if t <= 0:
            return 0.0
        return self.shape / self.scale * self._power(t, self.shape - 1) * math.exp(-self._power(t, self.shape))

    def hazard(self, t: float) -> float:
        return 0.0 if t <= 0 else self.shape / self.scale * self._power(t, self.shape - 1)

    def quantile(self, p: float) -> float:
        return float(self.scale * (-math.log1p(-p)) ** (1.0 / self.shape))

    def partial_mean(self, a: float, b: float) -> float:
        # ∫ t dF = scale·Γ(1 + 1/shape)·P(1 + 1/shape, (t/scale)^shape), P the regularised incomplete gamma
        if b <= a:
            return 0.0
        order = 1.0 + 1.0 / self.shape

        def part(t: float) -> float:
            return 0.0 if t <= 0 else _gamma_p(order, self._power(t, self.shape))

        return self.scale * math.gamma(order) * (part(b) - part(a))


@dataclass(frozen=True)
class Uniform(Distribution):
    low: float
    high: float
    name: str = field(default="uniform", init=False)

    def __post_init__(self) -> None:
        if _number("uniform low", self.low) < 0:
            raise ValueError(f"uniform low must not be negative, got {self.low!r}")
        if _positive("uniform high", self.high) <= self.low:
            raise ValueError(f"uniform high must be above low ({self.low!r}), got {self.high!r}")

    def cdf(self, t: float) -> float:
        return min(1.0, max(0.0, (t - self.low) / (self.high - self.low)))

    def pdf(self, t: float) -> float:
        return 1.0 / (self.high - self.low) if self.low <= t <= self.high else 0.0

    def quantile(self, p: float) -> float:
        return self.low + p * (self.high - self.low)

    def partial_mean(self, a: float, b: float) -> float:
        a, b = max(a, self.low), min(b, self.high)
        return 0.0 if b <= a else (b * b - a * a) / (2.0 * (self.high - self.low))

    def upper(self) -> float:
        return self.high


@dataclass(frozen=True)
class Fixed(Distribution):
    """Every process takes exactly `seconds` (one read at that age finds it finished)."""

    seconds: float
    name: str = field(default="fixed", init=False)

    def __post_init__(self) -> None:
        _positive("fixed seconds", self.seconds)

    def cdf(self, t: float) -> float:
        return 1.0 if t >= self.seconds else 0.0

    def pdf(self, t: float) -> float:
        return 0.0

    def hazard(self, t: float) -> float:
        return math.inf if t >= self.seconds else 0.0

    def quantile(self, p: float) -> float:
        return self.seconds

    def partial_mean(self, a: float, b: float) -> float:
        return self.seconds if a < self.seconds <= b else 0.0

    def spread(self) -> float:
        return 1e-3

    def upper(self) -> float:
        return self.seconds


@dataclass(frozen=True)
class Conditional(Distribution):
    """`base` given that the process was still running at `age` (its remaining life, on the same clock)."""

    base: Distribution
    age: float
    name: str = field(default="conditional", init=False)

    def __post_init__(self) -> None:
        if _number("age", self.age) < 0:
            raise ValueError(f"age must not be negative, got {self.age!r}")

    @property
    def _left(self) -> float:
        return max(self.base.survival(self.age), 1e-300)

    def cdf(self, t: float) -> float:
        return 0.0 if t <= self.age else max(0.0, (self.base.cdf(t) - self.base.cdf(self.age)) / self._left)

    def survival(self, t: float) -> float:
        return 1.0 if t <= self.age else self.base.survival(t) / self._left

    def pdf(self, t: float) -> float:
        return 0.0 if t < self.age else self.base.pdf(t) / self._left

    def hazard(self, t: float) -> float:
        return 0.0 if t < self.age else self.base.hazard(t)

    def quantile(self, p: float) -> float:
        start = self.base.cdf(self.age)
        q = start + p * (1.0 - start)
        return max(self.age, self.base.quantile(min(q, 1.0 - 1e-15)))

    def partial_mean(self, a: float, b: float) -> float:
        a = max(a, self.age)
        return 0.0 if b <= a else self.base.partial_mean(a, b) / self._left

    def spread(self) -> float:
        return self.base.spread()

    def upper(self) -> float:
        return max(self.age, self.base.upper())


_FAMILIES: dict[str, tuple[type[Distribution], tuple[str, ...]]] = {
    "lognormal": (LogNormal, ("median", "sigma")),
    "exponential": (Exponential, ("mean",)),
    "uniform": (Uniform, ("low", "high")),
    "fixed": (Fixed, ("seconds",)),
    "weibull": (Weibull, ("scale", "shape")),
}


def distribution(name: str, **params: float) -> Distribution:
    """A distribution by name: lognormal(median, sigma), exponential(mean), uniform(low, high), fixed(seconds),
    weibull(scale, shape). A wrong name, a missing or unknown option, or a value that is not positive is a
    ValueError naming it."""
    key = name.strip().lower() if isinstance(name, str) else name
    if key not in _FAMILIES:
        raise ValueError(f"unknown distribution {name!r}: choose one of {', '.join(sorted(_FAMILIES))}")
    family, options = _FAMILIES[key]
    unknown = sorted(set(params) - set(options))
    if unknown:
        raise ValueError(f"{key}: unknown option {unknown[0]!r} (its options: {', '.join(options)})")
    missing = [o for o in options if o not in params]
    if missing:
        raise ValueError(f"{key}: option {missing[0]!r} is missing (its options: {', '.join(options)})")
    made: Distribution = family(**params)
    return made


# --- learning from history -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Observed:
    """One process as the history saw it. Finished: it finished after `low` seconds and by `high` seconds, exact
    when the provider's own timestamps say when (`low == high`), a poll bracket otherwise (running at the read at
    `low`, finished at the read at `high`; `low` 0 when the first read found it finished). Still running
    (`high` infinite, `Observed.running`): found running at age `low` and not finished since (right-censored).

    `truncated`: the process is in the sample only because it ran past this age (left truncation: a history that
    keeps the processes finished since some time holds the slow ones of the older starts, not their fast ones).
    `count`: how many alike processes this one stands for (a weight). Why the unfinished ones count: a history of
    only the finished ones, read while a batch added together is still running, is its fastest few; fitted alone,
    200 processes of a lognormal of median 60 s and sigma 1.2 give a median of 9 s after the first 20."""

    low: float
    high: float
    truncated: float = 0.0
    count: int = 1

    def __post_init__(self) -> None:
        low = _number("observed low", self.low)
        high = self.high if self.high == math.inf else _positive("observed high", self.high)
        if low < 0 or low > high:
            raise ValueError(f"observed low must be between 0 and high ({high!r}), got {self.low!r}")
        cut = _number("observed truncation", self.truncated)
        if cut < 0 or cut > (low if high == math.inf else high):
            raise ValueError(f"observed truncation must be between 0 and the age observed, got {self.truncated!r}")
        if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 1:
            raise ValueError(f"observed count must be a whole number of at least 1, got {self.count!r}")

    @classmethod
    def exact(cls, seconds: float) -> Observed:
        return cls(seconds, seconds)

    @classmethod
    def running(cls, age: float, *, truncated: float = 0.0, count: int = 1) -> Observed:
        """Found running at `age` seconds, not finished yet (right-censored)."""
        return cls(age, math.inf, truncated, count)

    @property
    def is_running(self) -> bool:
        return self.high == math.inf

    @property
    def is_exact(self) -> bool:
        return self.high - self.low <= 1e-9 * self.high


def _log(p: float) -> float:
    return math.log(p) if p > 1e-300 else -690.0


def _log_likelihood(dist: Distribution, data: Sequence[Observed]) -> float:
    total = 0.0
    for seen in data:
        if seen.is_running:
            p = dist.survival(seen.low)
        elif seen.is_exact:
            p = dist.pdf(seen.high)
        else:
            p = dist.cdf(seen.high) - dist.cdf(seen.low)
        term = _log(p)
        if seen.truncated > 0:
            term -= _log(dist.survival(seen.truncated))
        total += seen.count * term
    return total


def _nelder_mead(fn: Callable[[float, float], float], start: tuple[float, float], step: float) -> tuple[float, float]:
    """The minimum of `fn` near `start` (the downhill simplex in two dimensions). Hand-written: the core has no
    numeric dependency, and two parameters need no more than this."""
    simplex = [start, (start[0] + step, start[1]), (start[0], start[1] + step)]
    values = [fn(*p) for p in simplex]
    for _ in range(400):
        order = sorted(range(3), key=values.__getitem__)
        simplex, values = [simplex[i] for i in order], [values[i] for i in order]
        if abs(values[2] - values[0]) < 1e-10 * (1.0 + abs(values[0])) and _width(simplex) < 1e-7:
            break
        cx, cy = (simplex[0][0] + simplex[1][0]) / 2, (simplex[0][1] + simplex[1][1]) / 2
        worst = simplex[2]
        reflected = (2 * cx - worst[0], 2 * cy - worst[1])
        r = fn(*reflected)
        if r < values[0]:
            expanded = (3 * cx - 2 * worst[0], 3 * cy - 2 * worst[1])
            e = fn(*expanded)
            simplex[2], values[2] = (expanded, e) if e < r else (reflected, r)
        elif r < values[1]:
            simplex[2], values[2] = reflected, r
        else:
            inner = (cx + (worst[0] - cx) / 2, cy + (worst[1] - cy) / 2)
            c = fn(*inner)
            if c < values[2]:
                simplex[2], values[2] = inner, c
            else:
                best = simplex[0]
                simplex = [best] + [((p[0] + best[0]) / 2, (p[1] + best[1]) / 2) for p in simplex[1:]]
                values = [values[0]] + [fn(*p) for p in simplex[1:]]
    return simplex[min(range(3), key=values.__getitem__)]


def _width(simplex: list[tuple[float, float]]) -> float:
    return max(abs(a - b) for p in simplex for q in simplex for a, b in zip(p, q, strict=True))


def _fit_family(family: str, data: Sequence[Observed]) -> tuple[Distribution, float]:
    # Start from each finished observation's geometric middle (a bracket from 0: half its end).
    logs = [math.log(math.sqrt(s.low * s.high) if s.low > 0 else s.high / 2) for s in data if not s.is_running]
    centre = sum(logs) / len(logs)
    width = max(0.05, math.sqrt(sum((x - centre) ** 2 for x in logs) / max(1, len(logs) - 1)))

    def make(a: float, b: float) -> Distribution:
        # Bounds that keep every quantile finite: lognormal sigma up to 12, Weibull shape 0.1 to 55.
        a = min(max(a, -30.0), 30.0)
        if family == "lognormal":
            return LogNormal(math.exp(a), math.exp(min(max(b, -7.0), 2.5)))
        return Weibull(math.exp(a), math.exp(min(max(b, -2.3), 4.0)))

    def cost(a: float, b: float) -> float:
        return -_log_likelihood(make(a, b), data)

    if family == "lognormal":
        start = (centre, math.log(width))
    else:  # Weibull: ln T has sd π/(√6·shape) and mean ln(scale) - 0.5772/shape
        shape = math.pi / (math.sqrt(6.0) * width)
        start = (centre + 0.5772 / shape, math.log(shape))
    a, b = _nelder_mead(cost, start, 0.2)
    best = make(a, b)
    return best, _log_likelihood(best, data)


def learn(history: Sequence[Observed], *, minimum: int = MIN_HISTORY) -> Distribution | None:
    """The duration distribution of a kind of process, fitted to `history`: the finished ones, and the ones still
    running as lasting at least their age (right-censored, `Observed.running`); None until `minimum` have
    finished (keep the PollPolicy until then).

    Why a parametric fit and not a Kaplan-Meier / Turnbull estimate: the schedule needs a density and a hazard
    rate (the BHP recurrence divides by f, Keller's rule takes √r), and most observations are poll brackets,
    wide where reads were sparse. The nonparametric estimate from interval-censored data puts its mass on bracket
    ends — a step function without a density, and without a tail past the largest bracket — and smoothing it asks
    for a bandwidth that 20-200 points cannot pin down. Two families of two parameters each, fitted by maximum
    likelihood with the brackets as intervals (exact times as densities), cover the common shapes: the lognormal
    (a hump, then a falling hazard) and the Weibull (the exponential at shape 1, for memoryless work); the one
    with the larger likelihood is kept (same parameter count, so no penalty is needed). The running ones and the
    truncation enter the likelihood as survival terms, as in any survival fit (Klein & Moeschberger, "Survival
    Analysis", ch. 3): S(age) for one still running, divided by S(truncated) for one in the sample by lasting."""
    if isinstance(minimum, bool) or not isinstance(minimum, int) or minimum < 2:
        raise ValueError(f"minimum history must be a whole number of at least 2 processes, got {minimum!r}")
    data = list(history)
    if sum(s.count for s in data if not s.is_running) < minimum:
        return None
    fits = [_fit_family(family, data) for family in ("lognormal", "weibull")]
    return max(fits, key=lambda fit: fit[1])[0]


# --- the checking schedule -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cost:
    """Expected reads and lag (seconds) per process, and their cost in seconds of lag."""

    requests: float
    lag: float
    lag_per_request: float

    @property
    def total(self) -> float:
        return self.lag_per_request * self.requests + self.lag


def _knob(lag_per_request: object) -> float:
    try:
        return _positive("lag_per_request", lag_per_request)
    except ValueError as error:
        raise ValueError(f"{error} (seconds of lag one request is worth, e.g. {DEFAULT_LAG_PER_REQUEST:g})") from None


def check_lag_per_request(value: object) -> float:
    """The knob as a float; ValueError naming it (`lag_per_request`) when it is not a positive number of seconds."""
    return _knob(value)


def expected_cost(dist: Distribution, checks: Sequence[float], lag_per_request: float, start: float = 0.0) -> Cost:
    """The expected requests and lag per process of reading at `checks` (ages, increasing), the last interval
    repeated past the end, for processes of `dist` (conditioned on running at `start` when `start` > 0)."""
    knob = _knob(lag_per_request)
    base = Conditional(dist, start) if start > 0 else dist
    times = list(checks)
    if not times:
        times = [start + knob]
    if len(times) == 1:
        times.append(times[0] + max(knob, times[0] - start))
    requests, lag = _walk(base, times, start, knob)
    return Cost(requests, lag, knob)


def _walk(
    dist: Distribution, times: Sequence[float], start: float, knob: float, cutoff: float = math.inf
) -> tuple[float, float]:
    """Expected (requests, lag) of the reads at `times`, then the last interval repeated until 1e-6 of the
    processes are left (counted as found one interval later); (inf, inf) once knob·requests + lag passes
    `cutoff` on the way."""
    requests = lag = 0.0
    prev, prev_cdf = start, dist.cdf(start)
    gap = times[-1] - times[-2]
    k, x = 0, start
    while True:
        x = times[k] if k < len(times) else x + gap
        k += 1
        cdf = dist.cdf(x)
        mass = cdf - prev_cdf
        if mass > 0:
            requests += k * mass
            lag += x * mass - dist.partial_mean(prev, x)
        prev, prev_cdf = x, max(cdf, prev_cdf)
        left = 1.0 - prev_cdf
        if k >= len(times) and (left < _TAIL or dist.survival(x) < _TAIL):
            requests += (k + 1) * left
            lag += gap / 2 * left
            return requests, lag
        if knob * requests + lag > cutoff or k > 100_000:
            return math.inf, math.inf


def _bhp_sequence(dist: Distribution, first: float, knob: float, start: float) -> list[float]:
    """The BHP recurrence from a first check `first`, out to the tail. Where it breaks down (a step that is not
    positive: the first check was below the optimum, or rounding caught up with it), Keller's rule goes on from
    there, so that every first check gives a real schedule with a real cost."""
    end = dist.upper()
    checks = [first]
    prev, x = start, first
    while x < end and dist.survival(x) > _TAIL and len(checks) < _MAX_CHECKS:
        density = dist.pdf(x)
        step = (dist.cdf(x) - dist.cdf(prev)) / density - knob if density > 0 else end - x
        if step <= 1e-6 * (1.0 + x):
            return checks + _keller_from(dist, x, knob, end)
        prev, x = x, min(x + step, end)
        checks.append(x)
    return checks


def optimal_checks(dist: Distribution, lag_per_request: float, *, start: float = 0.0) -> tuple[float, ...]:
    """The Barlow-Hunter-Proschan optimal read ages for `dist` (given running at age `start`).

    Run forwards, the BHP recurrence is unstable: from a first check x₁ a little off the optimum its steps shrink
    to nothing or blow up, so shooting on x₁ alone finds the optimum only by luck. The recurrence is the
    first-order condition of a dynamic programme, V(a) = min over x > a of [c₁ + c₂·E(lag if it finishes in (a, x])
    + P(runs past x)·V(x)], which is solved here backwards on a grid of ~450 ages spaced by probability (exact
    for the grid, no instability). Its first check then seeds the recurrence, searched by golden section on the
    exact expected cost between the neighbouring grid ages; the cheaper schedule is then polished read by read
    (each moved to its least cost, its neighbours held), which converges to where the recurrence holds."""
    knob = _knob(lag_per_request)
    if _number("start", start) < 0:
        raise ValueError(f"start must not be negative, got {start!r}")
    base = Conditional(dist, start) if start > 0 else dist
    if isinstance(dist, Fixed):
        return (max(dist.seconds, start + 1e-9),)
    grid, plan = _programme(base, start, knob)
    best = plan
    best_cost = _total(base, plan, start, knob, math.inf)

    def candidate(first: float) -> float:
        nonlocal best_cost, best
        checks = _bhp_sequence(base, first, knob, start)
        cost = _total(base, checks, start, knob, best_cost)
        if cost < best_cost:
            best_cost, best = cost, checks
        return cost

    if len(plan) <= 300:  # past that (a knob far below the durations' spread) shooting is slow and gains nothing
        at = grid.index(plan[0])
        lo = grid[at - 1] if at > 0 else start + (plan[0] - start) / 2
        hi = grid[at + 1] if at + 1 < len(grid) else plan[0]
        _golden(candidate, lo, hi)
    polished = _polish(base, best, knob, start)
    if _total(base, polished, start, knob, math.inf) <= best_cost:
        best = polished
    return tuple(best)


def _polish(dist: Distribution, checks: Sequence[float], knob: float, start: float, sweeps: int = 8) -> list[float]:
    """Moves each read, its neighbours held, to where the expected cost is least (coordinate descent, Gauss-Seidel):
    a stationary point of this is exactly where the BHP recurrence holds, without running it forwards."""
    x = [start, *checks]
    last = min(len(x) - 1, 80)  # past ~80 reads the mass left is too small to matter

    def local(k: int, at: float) -> float:
        a, b = x[k - 1], x[k + 1] if k + 1 < len(x) else math.inf
        lag = at * (dist.cdf(at) - dist.cdf(a)) - dist.partial_mean(a, at)
        if math.isfinite(b):
            lag += b * (dist.cdf(b) - dist.cdf(at)) - dist.partial_mean(at, b)
        return lag - knob * dist.cdf(at)

    for _ in range(sweeps):
        for k in range(1, last):
            lo, hi = x[k - 1], x[k + 1]
            x[k] = _golden(functools.partial(local, k), lo + 1e-9 * (1 + lo), hi - 1e-9 * (1 + hi), rounds=45)
    return x[1:]


def _programme(dist: Distribution, start: float, knob: float) -> tuple[list[float], list[float]]:
    """The optimal reads restricted to a grid of ages: (the grid, the plan). With everything multiplied by
    P(running at a), W(a) = c₁·S(a) + M(a) + min over grid ages x > a of [x·F(x) - M(x) + W(x) - x·F(a)], M the
    partial mean ∫₀ t dF; W(end) = c₁·S(end)."""
    ages = sorted({x for x in (dist.quantile(p) for p in _grid_probabilities(fine=True)) if x > start})
    ages.append(max(dist.upper(), ages[-1] * (1 + 1e-9)))
    cdf = [dist.cdf(x) for x in ages]
    partial, mean = [], 0.0
    prev = start
    for x in ages:
        mean += dist.partial_mean(prev, x)
        partial.append(mean)
        prev = x
    n = len(ages)
    w = [0.0] * n
    nxt = [-1] * n
    lines = [0.0] * n  # x·F(x) - M(x) + W(x) of each later age
    w[n - 1] = knob * (1.0 - cdf[n - 1])
    lines[n - 1] = ages[n - 1] * cdf[n - 1] - partial[n - 1] + w[n - 1]
    for i in range(n - 2, -1, -1):
        f = cdf[i]
        j = min(range(i + 1, n), key=lambda k: lines[k] - ages[k] * f)
        nxt[i] = j
        w[i] = knob * (1.0 - f) + partial[i] + lines[j] - ages[j] * f
        lines[i] = ages[i] * f - partial[i] + w[i]
    first = min(range(n), key=lambda k: lines[k])  # from `start`: F = M = 0 there
    plan, k = [], first
    while k >= 0:
        plan.append(ages[k])
        k = nxt[k]
    return ages, plan


def _total(dist: Distribution, checks: Sequence[float], start: float, knob: float, cutoff: float) -> float:
    times = (
        list(checks) if len(checks) > 1 else [*checks, checks[0] + knob] if checks else [start + knob, start + 2 * knob]
    )
    requests, lag = _walk(dist, times, start, knob, cutoff)
    return knob * requests + lag


def _keller_from(dist: Distribution, start: float, knob: float, end: float) -> list[float]:
    checks: list[float] = []
    t = start
    while t < end and dist.survival(t) > _TAIL and len(checks) < _MAX_CHECKS:
        t = _keller_next(dist.hazard, t, knob, end)
        checks.append(t)
    return checks or [end]


def _grid_probabilities(fine: bool = False) -> list[float]:
    steps = 400 if fine else 60
    low = [10.0 ** (e / 4) for e in range(-24, -8)]
    tail = [1 - 10.0 ** (-e / 8) for e in range(17, 49)]
    return low + [i / steps for i in range(1, steps)] + tail


def _golden(fn: Callable[[float], float], lo: float, hi: float, rounds: int = 40) -> float:
    ratio = (math.sqrt(5.0) - 1) / 2
    a, b = lo, hi
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = fn(c), fn(d)
    for _ in range(rounds):
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = fn(c)
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = fn(d)
        if b - a < 1e-6 * (1 + abs(a)):
            break
    return (a + b) / 2


def _keller_next(rate: Callable[[float], float], start: float, knob: float, horizon: float) -> float:
    """The end of the next unit of check density √(rate/(2·knob)) after `start` (a rate of finishing per second);
    `horizon` if it is not reached by then."""
    t, mass = start, 0.0

    def density_at(x: float) -> float:
        return math.sqrt(max(rate(x), 0.0) / (2 * knob))

    density = density_at(t)
    while t < horizon:
        step = max(min(0.05 / density if density > 0 else horizon, (horizon - start) / 64 + 1e-9), 1e-6)
        # A step is kept when it gains little and its midpoint agrees with its ends (adaptive Simpson): from a
        # stretch where nothing finishes, one long step to where much does would put that mass at its start
        # (a narrow distribution of about a minute read again after 2.6 s instead of near its end).
        while True:
            middle, after = density_at(t + step / 2), density_at(t + step)
            gained = (density + 4 * middle + after) / 6 * step
            if step <= 1e-6 or (gained <= 0.1 and abs(gained - (density + after) / 2 * step) <= 0.01):
                break
            step /= 2
        if mass + gained >= 1.0:
            return t + step * (1.0 - mass) / gained
        t, mass, density = t + step, mass + gained, after
    return horizon


def keller_checks(dist: Distribution, lag_per_request: float) -> tuple[float, ...]:
    """Read ages at Keller's density √(r(t)/(2·lag_per_request)) (a check after each unit of it)."""
    knob = _knob(lag_per_request)
    return tuple(_keller_from(dist, 0.0, knob, dist.upper()))


# --- using it ------------------------------------------------------------------------------------------------


def sharpen(dist: Distribution, age: float, fraction: float) -> Distribution:
    """`dist` for a process `age` seconds old that reports `fraction` (0..1) of its work done, e.g. booster's
    `percentage`: a lognormal centred on the linear extrapolation age/fraction, its spread narrowed as the work
    nears its end, given running at `age`. A heuristic: it trusts the fraction more the larger it is."""
    if _number("progress fraction", fraction) <= 0 or age <= 0:
        return Conditional(dist, age) if age > 0 else dist
    fraction = min(fraction, 0.999)
    sigma = max(0.02, dist.spread() * (1.0 - fraction))
    return Conditional(LogNormal(age / fraction, sigma), age)


@dataclass(frozen=True)
class LearnedSchedule:
    """The read ages for processes of one kind: BHP-optimal for `distribution` at `lag_per_request`."""

    distribution: Distribution
    lag_per_request: float = DEFAULT_LAG_PER_REQUEST
    checks: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        _knob(self.lag_per_request)
        if not self.checks:
            object.__setattr__(self, "checks", optimal_checks(self.distribution, self.lag_per_request))

    @classmethod
    def from_history(
        cls,
        history: Sequence[Observed],
        lag_per_request: float = DEFAULT_LAG_PER_REQUEST,
        *,
        minimum: int = MIN_HISTORY,
    ) -> LearnedSchedule | None:
        """The schedule learned from the finished processes in `history`; None until there are `minimum` of them
        (keep the PollPolicy until then)."""
        _knob(lag_per_request)
        fitted = learn(history, minimum=minimum)
        return None if fitted is None else cls(fitted, lag_per_request)

    def next_age(self, age: float, *, retry_after: float | None = None, progress: float | None = None) -> float:
        """The age at which to read a process next, it being `age` seconds old and running now. `retry_after`
        (seconds, the server's hint) is a floor; `progress` (0..1) re-plans from a sharpened estimate."""
        age = max(0.0, _number("age", age))
        if progress is not None and progress > 0:
            # Keller's rule on the sharpened estimate: a re-planned BHP schedule on every read would cost ~0.3 s.
            sharp = sharpen(self.distribution, age, progress)
            at = _keller_next(sharp.hazard, age, self.lag_per_request, max(sharp.upper(), age + 1.0))
        else:
            at = self._scheduled_after(age)
        if retry_after is not None and retry_after > 0:
            at = max(at, age + retry_after)
        return at

    def delay(self, age: float, *, retry_after: float | None = None, progress: float | None = None) -> float:
        """Seconds from now until the next read (see `next_age`)."""
        return self.next_age(age, retry_after=retry_after, progress=progress) - max(0.0, age)

    def _scheduled_after(self, age: float) -> float:
        for at in self.checks:
            if at > age + 1e-9:
                return at
        # Past the end of the plan (a process slower than the learned tail): the last interval, repeated.
        last = self.checks[-1] if self.checks else 0.0
        gap = self.checks[-1] - self.checks[-2] if len(self.checks) > 1 else max(self.lag_per_request, last)
        return last + gap * math.ceil((age - last + 1e-9) / gap) if gap > 0 else age + self.lag_per_request

    def cost(self) -> Cost:
        return expected_cost(self.distribution, self.checks, self.lag_per_request)


@dataclass(frozen=True)
class PendingGroup:
    """`count` pending processes of one kind read together in bulk: now `age` seconds old, last read (and found
    running) at age `last_read`."""

    distribution: Distribution
    count: int
    age: float
    last_read: float = 0.0


def finished_likelihood(dist: Distribution, age: float, last_read: float) -> float:
    """The chance a process last found running at age `last_read` has finished by `age`: the order to read in
    when the rate budget binds (the most likely finished first)."""
    left = dist.survival(last_read)
    return 0.0 if left <= 0 else max(0.0, (dist.cdf(age) - dist.cdf(last_read)) / left)


def tick_delay(
    groups: Sequence[PendingGroup],
    lag_per_request: float,
    *,
    per_request: int = 1000,
    floor: float = 0.0,
    horizon: float = 3600.0,
) -> float:
    """Seconds until the next shared bulk read of every pending process in `groups`, `per_request` ids a request.

    Keller's rule summed over the processes: a round costs ⌈pending/per_request⌉ requests and the lag it saves
    grows with the rate at which the pending ones finish, Σ fᵢ(t)/Sᵢ(last read), so the tick's density is
    √(Σ rate / (2·lag_per_request·requests per round)). `floor` (e.g. `Retry-After`) is a lower bound."""
    knob = _knob(lag_per_request)
    if isinstance(per_request, bool) or not isinstance(per_request, int) or per_request < 1:
        raise ValueError(f"per_request must be a positive whole number of ids, got {per_request!r}")
    pending = sum(g.count for g in groups)
    if pending == 0:
        return max(floor, 0.0)
    requests = math.ceil(pending / per_request)
    weights = [(g, g.count / max(g.distribution.survival(g.last_read), 1e-300)) for g in groups if g.count > 0]

    def rate(s: float) -> float:
        return sum(w * g.distribution.pdf(g.age + s) for g, w in weights) / requests

    fixed = [g.distribution.upper() - g.age for g, _ in weights if isinstance(g.distribution, Fixed)]
    if fixed:  # a known finishing time: read then; already past it (so the model was wrong): after `knob` seconds
        due = min(d if d > 0 else knob for d in fixed)
        return max(floor, min(due, _keller_next(rate, 0.0, knob, horizon)))
    return max(floor, _keller_next(rate, 0.0, knob, horizon))


# --- the peers' published schedules --------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerSchedule:
    """A published polling policy as read ages: the first read `first` seconds after creation, then delays
    growing from `initial` by `multiplier` up to `maximum`. `jitter`: "full" draws each delay uniformly in
    [0, delay] (Google api-core), "between" in [initial, delay] (Smithy / AWS SDK v3), "shorten" takes off up to
    `shorten` of it (this project's PollPolicy), "none" keeps it."""

    name: str
    initial: float
    maximum: float
    multiplier: float = 1.0
    first: float = 0.0
    jitter: str = "none"
    shorten: float = 0.0
    source: str = ""

    def __post_init__(self) -> None:
        _positive(f"{self.name}: initial", self.initial)
        _positive(f"{self.name}: maximum", self.maximum)
        if _number(f"{self.name}: multiplier", self.multiplier) < 1:
            raise ValueError(f"{self.name}: multiplier must be at least 1, got {self.multiplier!r}")
        if self.jitter not in ("none", "full", "between", "shorten"):
            raise ValueError(f"{self.name}: unknown jitter {self.jitter!r} (none, full, between, shorten)")

    def delays(self, rng: random.Random) -> Iterator[float]:
        delay = min(self.initial, self.maximum)
        while True:
            if self.jitter == "full":
                yield rng.uniform(0.0, delay)
            elif self.jitter == "between":
                yield rng.uniform(min(self.initial, delay), delay)
            elif self.jitter == "shorten":
                yield delay * (1.0 - self.shorten * rng.random())
            else:
                yield delay
            delay = min(self.maximum, delay * self.multiplier)

    def ages(self, rng: random.Random) -> Iterator[float]:
        """The read ages of one process (endless)."""
        at = self.first
        yield at
        for delay in self.delays(rng):
            at += delay
            yield at


PEERS: tuple[PeerSchedule, ...] = (
    PeerSchedule("asyncstatus PollPolicy", 1.0, 30.0, 1.5, jitter="shorten", shorten=0.2, source="polling.py"),
    PeerSchedule("botocore 15 s", 15.0, 15.0, source="botocore waiter, fixed delay (e.g. EC2 15 s)"),
    PeerSchedule("botocore 30 s", 30.0, 30.0, source="botocore waiter, fixed delay (CloudFormation 30 s)"),
    PeerSchedule("Azure 30 s", 30.0, 30.0, first=30.0, source="azure-core LRO poller, 30 s without Retry-After"),
    PeerSchedule("Google api-core", 1.0, 20.0, 1.5, jitter="full", source="api-core polling, full jitter"),
    PeerSchedule("AWS SDK v3 / Smithy", 2.0, 120.0, 2.0, jitter="between", source="smithy waiter 2 s..120 s"),
    PeerSchedule("Terraform", 0.2, 10.0, 2.0, source="StateChangeConf backoff 0.2 s doubling to 10 s"),
    PeerSchedule("Airflow sensor", 60.0, 60.0, source="BaseSensorOperator poke_interval 60 s"),
)
