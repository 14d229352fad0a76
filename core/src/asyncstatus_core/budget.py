"""One request budget per client and host, shared by every waiter running on that client.

Part of asyncstatus-core, the runtime every generated package depends on. Many waits on one client
(`asyncio.gather` of a thousand `async_wait_until_done`, threads each running `wait_until_done`,
`wait_until_done_many` with many chunks) ask through one `RateBudget`, so that together they stay under the
provider's rate limit instead of each running into 429s and backing off alone. The rules below are
`budget_state.BudgetState`'s, which the tracker's `SharedBudget` runs too; here its state is in memory and
the waiters queue for slots. How it works:

- **A queue.** Before each request a waiter takes a slot (`acquire` / `acquire_async`); slots are handed out
  first come, first served, one at a time, at the budget's current pace. A waiter whose deadline passes in
  the queue gets no slot (the waiter then raises `WaitTimeout`), so the deadline is never slept past.
- **Learning from every answer** (`observe`), in this order of trust:
  1. Rate-limit headers (`X-RateLimit-Limit`/`-Remaining`/`-Reset`, bol's; also the IETF draft's unprefixed
     `RateLimit-*`): the budget counts what is left of the window, minus requests still in flight, and never
     sends more; it paces at `Limit` per window and waits for the reset when the window is spent. `Reset` in
     seconds or as a Unix time. A client that obeys these headers sees no 429.
  2. `Retry-After` on a 429 or 503 pauses *every* waiter of the budget until then, not only the one that got it.
  3. A 429 without rate-limit headers (AIMD): the budget measures how many requests got through in the last
     window (one second, or `Retry-After` when longer), takes the lower of that and its pace as the
     provider's ceiling, halves its pace, climbs back quickly (+1 request/s per answer) to 95% of the
     ceiling and holds there; after `reprobe_after` seconds without a 429 it forgets the ceiling and climbs
     again, so a limit that was raised is found. A 429 while fewer than two requests went through in that
     window is someone else's use of the limit: pause (if `Retry-After`), no new ceiling.
- **Cold start.** Before anything is known the budget lets a burst of `burst` requests through and then
  paces from `start_rate` requests/s, growing (+1 request/s per answer received while waiters queued, so
  doubling every second) until a limit shows. One waiter polling at its usual 1 s or slower never waits for
  a slot, so with no rate-limit signals a single waiter behaves as it did without the budget.

`budget_for(client)` gives the client's budget (created on first use, dropped with the client);
`PollPolicy(budget=RateBudget(...))` shares one budget between clients (e.g. two clients on one API key),
`PollPolicy(budget=False)` opts a wait out. Thread-safe; the asyncio queue works on any event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .budget_state import BudgetRules, BudgetState, retry_after_seconds

__all__ = ["RateBudget", "Ticket", "budget_for", "retry_after_seconds"]

log = logging.getLogger("asyncstatus_core")


@dataclass(frozen=True)
class Ticket:
    """One slot: hand it back to `observe` with the answer."""

    seq: int
    sent: float  # the budget's clock when the slot was given
    queued: bool  # the waiter had to wait for it (the budget was the bottleneck)


class RateBudget:
    """The request budget of one host, shared by the waiters that ask it (module docstring). The rules are
    `budget_state.BudgetState`'s, on a state in memory; this class adds the locks and the queues."""

    def __init__(
        self,
        *,
        start_rate: float = 10.0,
        burst: int = 10,
        headroom: float = 0.95,
        reprobe_after: float = 120.0,
        min_rate: float = 0.2,
        max_rate: float = 10_000.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rules = BudgetRules(
            start_rate=float(start_rate),
            burst=burst,
            headroom=headroom,
            reprobe_after=reprobe_after,
            min_rate=min_rate,
            max_rate=max_rate,
        )
        self._clock = clock
        self._wall = wall_clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._sync_gate = threading.Lock()
        self._async_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.state = BudgetState.fresh(self.rules, clock())

    def __repr__(self) -> str:
        mode = f"limit={self.limit}/{self.window:g}s" if self.limit is not None else f"rate={self.rate:.1f}/s"
        return f"RateBudget({mode}, requests={self.requests}, throttled={self.throttled})"

    # What the budget believes, read from its state (figures for callers and tests).
    @property
    def rate(self) -> float:
        return self.state.rate

    @property
    def ceiling(self) -> float | None:
        return self.state.ceiling

    @property
    def limit(self) -> int | None:
        return self.state.limit

    @property
    def window(self) -> float:
        return self.state.window

    @property
    def reset_at(self) -> float | None:
        return self.state.reset_at

    @property
    def paused_until(self) -> float:
        return self.state.paused_until

    @property
    def requests(self) -> int:
        return self.state.requests

    @property
    def throttled(self) -> int:
        return self.state.throttled

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

    # --- slots --------------------------------------------------------------------------------------------
    def acquire(self, timeout: float | None = None) -> Ticket | None:
        """A slot for one request, waiting in line (threads); None if none comes within `timeout` seconds."""
        end = None if timeout is None else self._clock() + timeout
        queued = not self._sync_gate.acquire(blocking=False)
        if queued:
            wait = -1.0 if end is None else max(0.0, end - self._clock())
            if not self._sync_gate.acquire(timeout=wait):
                return None
        try:
            while True:
                outcome = self._try(queued)
                if isinstance(outcome, Ticket):
                    return outcome
                if end is not None and self._clock() + outcome > end:
                    return None
                queued = True
                log.debug("rate budget: waiting %.2fs for a slot", outcome)
                self._sleep(outcome)
        finally:
            self._sync_gate.release()

    async def acquire_async(self, timeout: float | None = None) -> Ticket | None:
        """`acquire` on asyncio: first come, first served among the tasks of the running loop."""
        end = None if timeout is None else self._clock() + timeout
        gate = self._gate()
        queued = gate.locked()
        if not await self._enter(gate, end):
            return None
        try:
            while True:
                outcome = self._try(queued)
                if isinstance(outcome, Ticket):
                    return outcome
                if end is not None and self._clock() + outcome > end:
                    return None
                queued = True
                log.debug("rate budget: waiting %.2fs for a slot", outcome)
                await self._async_sleep(outcome)
        finally:
            gate.release()

    def _gate(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            gate = self._async_gates.get(loop)
            if gate is None:
                gate = self._async_gates[loop] = asyncio.Lock()
            return gate

    async def _enter(self, gate: asyncio.Lock, end: float | None) -> bool:
        """Take `gate` before `end`; the lock is taken in a task of its own, so a timeout can never leave it
        taken by nobody (cancelling a task waiting in asyncio.wait_for races with the lock being granted)."""
        if end is None:
            await gate.acquire()
            return True
        taking = asyncio.ensure_future(gate.acquire())
        try:
            await asyncio.wait({taking}, timeout=max(0.0, end - self._clock()))
        except BaseException:  # the waiter itself was cancelled: leave the gate as it was
            if taking.done() and not taking.cancelled() and taking.exception() is None:
                gate.release()
            else:
                taking.cancel()  # asyncio.Lock passes a wake-up it cannot use on to the next in line
            raise
        if not taking.done():
            taking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await taking
        return not taking.cancelled() and taking.exception() is None

    def _try(self, queued: bool) -> Ticket | float:
        """Under the lock: the slot now, or the seconds until one may be given."""
        with self._lock:
            now = self._clock()
            wait = self.state.wait(now)
            if wait > 0:
                return wait
            return Ticket(self.state.grant(now), now, queued)

    # --- learning -----------------------------------------------------------------------------------------
    def observe(self, ticket: Ticket, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        """Learn from the answer to `ticket`'s request (`status` None: no answer, e.g. a connection error)."""
        with self._lock:
            self.state.observe(
                ticket.seq,
                ticket.sent,
                ticket.queued,
                status,
                headers if headers is not None else {},
                now=self._clock(),
                wall=self._wall(),
            )


_BUDGETS: dict[tuple[int, str], RateBudget] = {}
_BUDGETS_LOCK = threading.Lock()


def _host(client: Any) -> str:
    base = getattr(client, "_base_url", None)
    return urlsplit(base).netloc.lower() if isinstance(base, str) else ""


def budget_for(client: object) -> RateBudget:
    """The budget of `client`'s host, shared by every waiter on `client`; created on first use and dropped
    with the client. A client that cannot be weakly referenced gets a budget of its own each call."""
    key = (id(client), _host(client))
    with _BUDGETS_LOCK:
        budget = _BUDGETS.get(key)
        if budget is not None:
            return budget
        budget = RateBudget()
        try:
            weakref.finalize(client, _BUDGETS.pop, key, None)
        except TypeError:
            return budget
        _BUDGETS[key] = budget
        return budget
