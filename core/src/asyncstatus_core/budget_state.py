"""The rules of the rate budget as one serialisable state machine, shared by `budget.RateBudget` (state in
memory, for the waiters of one process) and `track_budget.SharedBudget` (state as a JSON row in the
tracker's store, for every worker on it).

Part of asyncstatus-core, the runtime every generated package depends on. `BudgetState` holds everything
the budget knows; its methods take `now` (the caller's clock) and change only the state, so the two budgets
differ only in where the state lives and how they wait. The rules (`budget.py` says why each one is there):

- slots: paced at `Limit` per window while rate-limit headers are known, else a token bucket of `burst`
  slots refilled at `rate` requests/s; a `Retry-After` pause holds every slot until it ends;
- rate-limit headers (`X-RateLimit-*`, also unprefixed `RateLimit-*`): never more than the newest
  `Remaining`, less the slots given since and the older ones still in flight; a spent window waits for its reset;
- `Retry-After` on a 429 or 503 pauses the budget;
- a 429 without headers (AIMD): a ceiling from what got through in the provider's window, half the pace (or
  just under the ceiling when told when to come back), +1 request/s per answer that waited for its slot up to
  `headroom` x the ceiling, the ceiling forgotten after `reprobe_after` seconds so a raised limit is found.

`BudgetRules` holds the settings (not part of the state: they come from whoever builds the budget).
"""

from __future__ import annotations

import datetime
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["BudgetRules", "BudgetState", "retry_after_seconds"]

log = logging.getLogger("asyncstatus_core")
_EPOCH_FROM = 1e8  # a Reset value above this is a Unix time, below it seconds to wait
_SLACK = 1e-6  # a slot this close is given now: a clock advanced by the wait may land an ulp short of it
_NEVER = ("last_grant", "paused_until", "resumed", "window_opened")  # -inf in memory, null in JSON
_FORMAT = 2  # the row format; rows without it (format 1) are read with the new fields fresh


def retry_after_seconds(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """`Retry-After` as seconds from now: delta-seconds or an HTTP date (RFC 9110 section 10.2.3)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now())


def header_number(headers: Mapping[str, str], *names: str) -> float | None:
    """The first of `names` present, as a finite number >= 0 (None: absent or odd)."""
    for name in names:
        raw = headers.get(name)
        if raw is None:
            continue
        text = raw.split(",")[0].split(";")[0].strip()  # a list or parameters: the first value
        try:
            value = float(text)
        except ValueError:
            return None
        return value if math.isfinite(value) and value >= 0 else None
    return None


@dataclass(frozen=True)
class BudgetRules:
    """The budget's settings. `keep_admitted` bounds the send times kept for the AIMD window (a JSON row
    must stay small); `inflight_expiry` is how long a slot nobody answered (a crashed worker's) still counts."""

    start_rate: float = 10.0
    burst: int = 10
    headroom: float = 0.95
    reprobe_after: float = 120.0
    min_rate: float = 0.2
    max_rate: float = 10_000.0
    keep_admitted: int = 100_000
    inflight_expiry: float = 300.0

    def __post_init__(self) -> None:
        if self.start_rate <= 0 or self.burst < 1 or not 0 < self.headroom <= 1:
            raise ValueError("start_rate must be > 0, burst >= 1 and 0 < headroom <= 1")


@dataclass
class BudgetState:
    """What a budget knows (module docstring); `to_dict`/`from_dict` carry it through JSON."""

    rules: BudgetRules = field(repr=False, compare=False)
    rate: float  # pace in requests per second (no rate-limit headers)
    capacity: float  # the token bucket: `burst` until the first 429, then 1
    tokens: float
    refilled: float
    ceiling_since: float
    ceiling: float | None = None  # requests per second the provider allowed when it answered 429
    last_grant: float = -math.inf
    paused_until: float = -math.inf
    resumed: float = -math.inf  # when the last pause ended (a provider's window opens after it)
    seq: int = 0
    inflight: dict[int, float] = field(default_factory=dict)  # slots given and not answered: seq -> sent
    admitted: list[float] = field(default_factory=list)  # send times of answered, not throttled requests
    decreased_after: int = 0  # 429s of slots given up to here were already reacted to
    # What rate-limit headers said (limit None: no such headers seen).
    limit: int | None = None
    window: float = 1.0  # seconds; the longest Reset seen
    known_remaining: int = 0
    known_seq: int = 0
    reset_at: float | None = None
    window_opened: float = -math.inf
    # Figures for callers and tests.
    requests: int = 0
    throttled: int = 0  # 429 answers seen

    @classmethod
    def fresh(cls, rules: BudgetRules, now: float) -> BudgetState:
        burst = float(rules.burst)
        return cls(rules, float(rules.start_rate), burst, burst, now, now)

    # --- serialising --------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The state as JSON-ready values (no infinities: a never-happened time is None)."""
        data: dict[str, Any] = {"format": _FORMAT}
        for f in fields(self):
            if f.name == "rules":
                continue
            value = getattr(self, f.name)
            if f.name in _NEVER and value == -math.inf:
                value = None
            elif f.name == "inflight":
                value = [[seq, sent] for seq, sent in value.items()]
            elif f.name == "admitted":
                value = list(value)
            data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: object, rules: BudgetRules, now: float) -> BudgetState:
        """The state `to_dict` gave; a row of the first format (no burst, no in-flight slots) keeps what it
        knew and gets those fresh; anything unreadable is a fresh state."""
        state = cls.fresh(rules, now)
        if not isinstance(data, dict):
            return state
        try:
            for name in ("rate", "capacity", "tokens", "refilled", "ceiling_since", "window"):
                if name in data:
                    setattr(state, name, float(data[name]))
            for name in _NEVER:
                if name in data:
                    setattr(state, name, -math.inf if data[name] is None else float(data[name]))
            for name in ("seq", "decreased_after", "known_remaining", "known_seq", "requests", "throttled"):
                if name in data:
                    setattr(state, name, int(data[name]))
            for name in ("ceiling", "reset_at"):
                if name in data:
                    setattr(state, name, None if data[name] is None else float(data[name]))
            state.limit = None if data.get("limit") is None else int(data["limit"])
            state.inflight = {int(seq): float(sent) for seq, sent in data.get("inflight", [])}
            state.admitted = [float(sent) for sent in data.get("admitted", [])]
            if "capacity" not in data and state.decreased_after:
                state.capacity, state.tokens = 1.0, 0.0  # a first-format row that had slowed down: no burst
        except (TypeError, ValueError):
            return cls.fresh(rules, now)
        return state

    # --- slots --------------------------------------------------------------------------------------------
    def wait(self, now: float) -> float:
        """Seconds until a slot may be given (0: now). Brings the state up to `now` (refill, window turn)."""
        for seq in [seq for seq, sent in self.inflight.items() if sent < now - self.rules.inflight_expiry]:
            del self.inflight[seq]  # never answered (its worker died): stop holding a slot for it
        at = max(now, self.paused_until)
        if self.limit is not None:
            at = max(at, self._header_slot(now))
        else:
            self.tokens = min(self.capacity, self.tokens + (now - self.refilled) * self.rate)
            self.refilled = now
            if self.tokens < 1.0:
                at = max(at, now + (1.0 - self.tokens) / self.rate)
        return at - now if at - now > _SLACK else 0.0

    def grant(self, now: float) -> int:
        """Give a slot now (after `wait` said 0): its sequence number."""
        if self.paused_until > self.resumed:
            self.resumed = self.paused_until
        self.seq += 1
        self.inflight[self.seq] = now
        self.last_grant = now
        if self.limit is None:
            self.tokens -= 1.0
        return self.seq

    def _header_slot(self, now: float) -> float:
        """When the headers allow the next request: paced at `limit` per window, never beyond `Remaining`."""
        assert self.limit is not None
        if self.reset_at is not None and now >= self.reset_at:
            # The window is over: a fresh one opens with our next request (requests still in flight may land in it).
            self.known_remaining = self.limit - len(self.inflight)
            self.known_seq = self.seq
            self.reset_at = None
            self.window_opened = now
        # Left: what the newest answer said, less the requests given since and those older still in flight.
        older = sum(1 for seq in self.inflight if seq <= self.known_seq)
        allowance = self.known_remaining - (self.seq - self.known_seq) - older
        if allowance <= 0:
            return self.reset_at if self.reset_at is not None else now + self.window
        return self.last_grant + self.window / max(1, self.limit)

    # --- learning -----------------------------------------------------------------------------------------
    def observe(
        self,
        seq: int,
        sent: float,
        queued: bool,
        status: int | None,
        headers: Mapping[str, str],
        *,
        now: float,
        wall: float,
    ) -> None:
        """Learn from the answer to slot `seq` (given at `sent`; `queued`: it waited for it); `status` None: no
        answer. `wall` is Unix time now, for Retry-After dates and Reset as a Unix time."""
        self.inflight.pop(seq, None)
        if status is None:
            return
        self.requests += 1
        explained = self._learn_headers(seq, sent, now, wall, headers)
        if status in (429, 503):
            pause = retry_after_seconds(headers.get("Retry-After"), now=lambda: wall)
            if pause is not None:
                self.paused_until = max(self.paused_until, now + pause)
                log.info("rate budget: answered %d, every waiter pauses %.1fs (Retry-After)", status, pause)
            if status == 429:
                self.throttled += 1
                log.info("rate budget: throttled (429), %d so far", self.throttled)
                if not explained:
                    self._decrease(seq, now, pause)
            return
        if status < 500:
            kept = [t for t in self.admitted if t >= now - 60.0]
            kept.append(sent)
            self.admitted = kept[-self.rules.keep_admitted :]
            if self.limit is None and queued and seq > self.decreased_after:
                self._grow(now)

    def _learn_headers(self, seq: int, sent: float, now: float, wall: float, headers: Mapping[str, str]) -> bool:
        remaining = header_number(headers, "X-RateLimit-Remaining", "RateLimit-Remaining")
        reset = header_number(headers, "X-RateLimit-Reset", "RateLimit-Reset")
        if remaining is None or reset is None:
            return False
        if reset > _EPOCH_FROM:
            reset = max(0.0, reset - wall)
        limit = header_number(headers, "X-RateLimit-Limit", "RateLimit-Limit")
        left = int(remaining)
        self.limit = max(1, int(limit) if limit is not None else max(self.limit or 0, left + 1))
        if 0 < reset <= 3600:
            self.window = max(self.window, reset)
        if sent < self.window_opened:
            return True  # sent in a window that has closed since: says nothing about this one
        ends = now + reset
        if self.reset_at is None or (seq > self.known_seq and left > self.known_remaining):
            # The first answer of a window, or the provider's window turned before we thought it would.
            self.reset_at = ends
            self.known_remaining, self.known_seq = left, seq
        else:
            self.reset_at = min(self.reset_at, ends)  # whole seconds, rounded up: the earliest is the closest
            if seq > self.known_seq:
                self.known_remaining, self.known_seq = left, seq
        return True

    def _decrease(self, seq: int, now: float, retry_after: float | None) -> None:
        if seq <= self.decreased_after:
            return  # already slowed down for the requests sent with this one
        window = min(60.0, max(1.0, retry_after or 1.0))
        # What got through in the provider's window: the last `window` seconds, or since the last pause
        # ended if that is more recent (its window opened with the first request after the pause).
        since = max(now - window, self.resumed)
        admitted = sum(1 for sent in self.admitted if sent >= since)
        if admitted < 2:
            return  # someone else's use of the limit: the pause is enough, no new ceiling
        rules = self.rules
        self.ceiling = max(rules.min_rate, min(admitted / window, self.rate))
        self.ceiling_since = now
        # Told when to come back, every waiter pauses until then, which backs off enough: resume just below
        # the ceiling. Not told: halve the pace (AIMD) and climb back.
        top = rules.headroom * self.ceiling
        self.rate = max(rules.min_rate, top if retry_after is not None else self.ceiling / 2)
        self.capacity = 1.0
        self.tokens = min(self.tokens, 0.0)
        self.decreased_after = self.seq

    def _grow(self, now: float) -> None:
        rules = self.rules
        if self.ceiling is not None and now - self.ceiling_since > rules.reprobe_after:
            self.ceiling = None  # long enough without a 429: look for a higher limit again
        top = rules.max_rate if self.ceiling is None else max(rules.min_rate, rules.headroom * self.ceiling)
        if self.rate < top:
            self.rate = min(top, self.rate + 1.0)
