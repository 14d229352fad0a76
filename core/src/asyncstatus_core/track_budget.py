"""The rate budget of `budget.py`, with its state in the tracker's store so that every worker on the store
and credentials stays under the provider's one limit together.

Part of asyncstatus-core, the runtime every generated package depends on. `RateBudget` keeps its state in one process's
memory and hands out slots from a queue; here the state is one JSON row (`asyncstatus_budget`) that each
worker reads and writes under the store's lock, to take a slot (or learn how long until the next one; no
slot is booked ahead, so a pause holds every worker at once) and to *observe* the answer. The rules are the same, in the
same order of trust:

1. Rate-limit headers (`X-RateLimit-Limit`/`-Remaining`/`-Reset`, also unprefixed `RateLimit-*`): slots are
   paced at `Limit` per window; when the newest answer's `Remaining` less the slots given since is spent,
   the next slot is the window's reset (the earliest any answer of the window announced).
2. `Retry-After` on a 429 or 503 pauses every worker until then.
3. A 429 without headers (AIMD): the pace halves, then climbs +1 request/s per answer that waited for its
   slot, up to 95% of the pace at that 429; after `reprobe_after` seconds without a 429 the ceiling is forgotten.

Times are wall-clock Unix seconds, since the workers are different processes (possibly machines).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .budget import _number, retry_after_seconds
from .track_store import Store

__all__ = ["SharedBudget", "Slot"]

_EPOCH_FROM = 1e8
_ADMITTED = 1000  # send times kept for the AIMD window (a bounded JSON row)


@dataclass(frozen=True)
class Slot:
    seq: int
    at: float  # when it was granted (the request is sent at once)
    queued: bool  # it had to wait (the budget, not the work, was the bottleneck)


def _fresh(start_rate: float) -> dict[str, Any]:
    return {
        "seq": 0,
        "last_grant": -1.0,
        "paused_until": 0.0,
        "limit": None,
        "window": 1.0,
        "known_remaining": 0,
        "known_seq": 0,
        "reset_at": None,
        "window_opened": 0.0,
        "rate": start_rate,
        "ceiling": None,
        "ceiling_since": 0.0,
        "decreased_after": 0,
        "requests": 0,
        "throttled": 0,
        "admitted": [],  # when the answered requests of the last minute that were not throttled were sent
        "resumed": 0.0,  # when the last pause ended (a provider's window opens after it)
    }


class SharedBudget:
    """One provider budget shared through a store (module docstring); `name` says whose (host and credentials)."""

    def __init__(
        self,
        store: Store,
        name: str,
        *,
        start_rate: float = 10.0,
        headroom: float = 0.95,
        reprobe_after: float = 120.0,
        min_rate: float = 0.2,
        max_rate: float = 10_000.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.name = name
        self.start_rate = start_rate
        self.headroom = headroom
        self.reprobe_after = reprobe_after
        self.min_rate = min_rate
        self.max_rate = max_rate
        self.clock = clock

    def acquire(self, sleep: Callable[[float], None], keep_alive: Callable[[], None] = lambda: None) -> Slot:
        """A slot for one request now, sleeping (`sleep`) while the shared budget has none; `keep_alive` is
        called between sleeps (the tracker renews its leases there). Slots are granted when they are used,
        never booked ahead, so a pause that one worker's 429 set holds every other worker at once."""
        queued = False
        while True:
            granted = self.store.update_budget(self.name, lambda st: self._grant(st, queued))
            if isinstance(granted, Slot):
                return granted
            queued = True
            keep_alive()
            sleep(granted)

    def observe(self, slot: Slot, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        """Learn from the answer to `slot`'s request (`status` None: no answer)."""
        if status is None:
            return
        self.store.update_budget(self.name, lambda s: (self._observe(s, slot, status, headers or {}), None))

    def figures(self) -> dict[str, Any]:
        """requests, throttled, and what the budget believes the limit is."""
        state = self.store.update_budget(
            self.name, lambda s: (s or _fresh(self.start_rate), s or _fresh(self.start_rate))
        )
        return {k: state[k] for k in ("requests", "throttled", "limit", "window", "rate", "ceiling")}

    # --- the rules, on the state ----------------------------------------------------------------------------
    def _grant(self, state: dict[str, Any] | None, queued: bool) -> tuple[dict[str, Any], Slot | float]:
        """The slot now (the state changed), or the seconds until one may be given (the state as it was)."""
        s = copy.deepcopy(state) if state is not None else _fresh(self.start_rate)
        now = self.clock()
        at = max(now, s["paused_until"])
        if s["limit"] is not None:
            limit = max(1, int(s["limit"]))
            if s["reset_at"] is not None and at >= s["reset_at"]:
                self._open_window(s, at)  # the window is over: a fresh one opens with this request
            allowance = s["known_remaining"] - (s["seq"] - s["known_seq"])
            if allowance <= 0:
                at = max(at, s["reset_at"] if s["reset_at"] is not None else s["last_grant"] + s["window"])
            at = max(at, s["last_grant"] + s["window"] / limit)
        else:
            at = max(at, s["last_grant"] + 1.0 / max(self.min_rate, s["rate"]))
        if at > now + 1e-3:
            return (state if state is not None else s), at - now
        if s["paused_until"] > s["resumed"]:
            s["resumed"] = s["paused_until"]
        s["seq"] += 1
        s["last_grant"] = now
        return s, Slot(s["seq"], now, queued)

    @staticmethod
    def _open_window(s: dict[str, Any], at: float) -> None:
        s["known_remaining"] = int(s["limit"])
        s["known_seq"] = s["seq"]
        s["reset_at"] = None
        s["window_opened"] = at

    def _observe(
        self, state: dict[str, Any] | None, slot: Slot, status: int, headers: Mapping[str, str]
    ) -> dict[str, Any]:
        s = state or _fresh(self.start_rate)
        now = self.clock()
        s["requests"] += 1
        explained = self._headers(s, slot, now, headers)
        if status in (429, 503):
            wait = retry_after_seconds(headers.get("Retry-After"), now=self.clock)
            if wait is not None:
                s["paused_until"] = max(s["paused_until"], now + wait)
            if status == 429:
                s["throttled"] += 1
                if not explained and slot.seq > s["decreased_after"]:
                    self._decrease(s, now, wait)
            return s
        if status < 500:
            admitted = [t for t in s["admitted"] if t >= now - 60.0][-_ADMITTED:]
            s["admitted"] = [*admitted, slot.at]
        if status < 500 and s["limit"] is None and slot.queued and slot.seq > s["decreased_after"]:
            if s["ceiling"] is not None and now - s["ceiling_since"] > self.reprobe_after:
                s["ceiling"] = None
            top = self.max_rate if s["ceiling"] is None else max(self.min_rate, self.headroom * s["ceiling"])
            s["rate"] = min(top, s["rate"] + 1.0)
        return s

    def _decrease(self, s: dict[str, Any], now: float, retry_after: float | None) -> None:
        """A 429 without rate-limit headers: what got through in the provider's window (the last `window`
        seconds, or since the last pause ended) is its ceiling; resume below it (told when) or halve (AIMD).
        Fewer than two requests through: someone else used the limit, so no new ceiling (`RateBudget` too)."""
        window = min(60.0, max(1.0, retry_after or 1.0))
        since = max(now - window, s["resumed"])
        admitted = sum(1 for t in s["admitted"] if t >= since)
        if admitted < 2:
            return
        s["ceiling"] = max(self.min_rate, min(admitted / window, s["rate"]))
        s["ceiling_since"] = now
        top = self.headroom * s["ceiling"]
        s["rate"] = max(self.min_rate, top if retry_after is not None else s["ceiling"] / 2)
        s["decreased_after"] = s["seq"]

    def _headers(self, s: dict[str, Any], slot: Slot, now: float, headers: Mapping[str, str]) -> bool:
        remaining = _number(headers, "X-RateLimit-Remaining", "RateLimit-Remaining")
        reset = _number(headers, "X-RateLimit-Reset", "RateLimit-Reset")
        if remaining is None or reset is None:
            return False
        if reset > _EPOCH_FROM:
            reset = max(0.0, reset - self.clock())
        limit = _number(headers, "X-RateLimit-Limit", "RateLimit-Limit")
        left = int(remaining)
        s["limit"] = max(1, int(limit) if limit is not None else max(s["limit"] or 0, left + 1))
        if 0 < reset <= 3600:
            s["window"] = max(s["window"], reset)
        if slot.at < s["window_opened"] - 1e-6:
            return True  # sent in a window that closed since: says nothing about this one
        ends = now + reset
        if s["reset_at"] is None or (slot.seq > s["known_seq"] and left > s["known_remaining"]):
            s["reset_at"] = ends
            s["known_remaining"], s["known_seq"] = left, slot.seq
        else:
            s["reset_at"] = min(s["reset_at"], ends)
            if slot.seq > s["known_seq"]:
                s["known_remaining"], s["known_seq"] = left, slot.seq
        return True
