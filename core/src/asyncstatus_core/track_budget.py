"""The rate budget of `budget.py`, with its state in the tracker's store so that every worker on the store
and credentials stays under the provider's one limit together.

Part of asyncstatus-core, the runtime every generated package depends on. `RateBudget` keeps its state in one
process's memory and hands out slots from a queue; here the state is one JSON row (`asyncstatus_budget`) that
each worker reads and writes under the store's lock, to take a slot (or learn how long until the next one; no
slot is booked ahead, so a pause holds every worker at once) and to *observe* the answer. Both run the one
state machine of `budget_state.py` (pacing, burst, rate-limit headers with the slots in flight, `Retry-After`
pauses, AIMD on a bare 429), so the rules cannot drift apart; only where the state lives differs.

Times are the store's Unix seconds (`Store.now`: on PostgreSQL the database's clock), since the workers are
different processes, possibly on machines whose clocks differ. A slot whose
worker died before its answer stops counting as in flight after `BudgetRules.inflight_expiry` seconds. A row
written by an older version (no burst, no in-flight slots) is read with those fresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .budget_state import BudgetRules, BudgetState
from .track_store import Store

__all__ = ["SharedBudget", "Slot"]

_ADMITTED = 1000  # send times kept for the AIMD window (a bounded JSON row)


@dataclass(frozen=True)
class Slot:
    seq: int
    at: float  # when it was granted (the request is sent at once)
    queued: bool  # it had to wait (the budget, not the work, was the bottleneck)


class SharedBudget:
    """One provider budget shared through a store (module docstring); `name` says whose (host and credentials)."""

    def __init__(
        self,
        store: Store,
        name: str,
        *,
        start_rate: float = 10.0,
        burst: int = 10,
        headroom: float = 0.95,
        reprobe_after: float = 120.0,
        min_rate: float = 0.2,
        max_rate: float = 10_000.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.store = store
        self.name = name
        self.rules = BudgetRules(
            start_rate=float(start_rate),
            burst=burst,
            headroom=headroom,
            reprobe_after=reprobe_after,
            min_rate=min_rate,
            max_rate=max_rate,
            keep_admitted=_ADMITTED,
        )
        # The store's clock (PostgreSQL: the database's), so that grants stamped by workers whose clocks
        # differ agree; a worker ahead no longer stalls the others with grants stamped in their future.
        self.clock = clock or store.now

    @property
    def start_rate(self) -> float:
        return self.rules.start_rate

    @property
    def headroom(self) -> float:
        return self.rules.headroom

    @property
    def reprobe_after(self) -> float:
        return self.rules.reprobe_after

    @property
    def min_rate(self) -> float:
        return self.rules.min_rate

    @property
    def max_rate(self) -> float:
        return self.rules.max_rate

    def acquire(self, sleep: Callable[[float], None], keep_alive: Callable[[], None] = lambda: None) -> Slot:
        """A slot for one request now, sleeping (`sleep`) while the shared budget has none; `keep_alive` is
        called between sleeps (the tracker renews its leases there). Slots are granted when they are used,
        never booked ahead, so a pause that one worker's 429 set holds every other worker at once."""
        queued = False
        while True:
            granted = self.store.update_budget(self.name, functools.partial(self._take, queued=queued))
            if isinstance(granted, Slot):
                return granted
            queued = True
            keep_alive()
            sleep(granted)

    def observe(self, slot: Slot, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        """Learn from the answer to `slot`'s request (`status` None: no answer; the slot is no longer in flight)."""
        self.store.update_budget(self.name, lambda row: (self._observe(row, slot, status, headers or {}), None))

    def figures(self) -> dict[str, Any]:
        """requests, throttled, and what the budget believes the limit is."""
        state = self.store.update_budget(self.name, self._figures)
        return {k: state[k] for k in ("requests", "throttled", "limit", "window", "rate", "ceiling")}

    # --- the state machine on the row ---------------------------------------------------------------------
    def _load(self, row: dict[str, Any] | None, now: float) -> BudgetState:
        return BudgetState.from_dict(row, self.rules, now)

    def _take(self, row: dict[str, Any] | None, queued: bool) -> tuple[dict[str, Any], Slot | float]:
        """The slot now, or the seconds until one may be given; the state is written back either way (the
        refill and a window's turn are facts about `now`, not a booking)."""
        now = self.clock()
        state = self._load(row, now)
        wait = state.wait(now)
        if wait > 0:
            return state.to_dict(), wait
        slot = Slot(state.grant(now), now, queued)
        return state.to_dict(), slot

    def _observe(
        self, row: dict[str, Any] | None, slot: Slot, status: int | None, headers: Mapping[str, str]
    ) -> dict[str, Any]:
        now = self.clock()
        state = self._load(row, now)
        state.observe(slot.seq, slot.at, slot.queued, status, headers, now=now, wall=now)
        return state.to_dict()

    def _figures(self, row: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
        data = self._load(row, self.clock()).to_dict()
        return data, data
