"""One request budget per client and host, shared by every waiter running on that client.

Part of asyncstatus-core, the runtime every generated package depends on. Many waits on one client (`asyncio.gather` of a
thousand `async_wait_until_done`, threads each running `wait_until_done`, `wait_until_done_many` with many
chunks) ask through one `RateBudget`, so that together they stay under the provider's rate limit instead of
each running into 429s and backing off alone. How it works:

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
import datetime
import logging
import math
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

__all__ = ["RateBudget", "Ticket", "budget_for", "retry_after_seconds"]

log = logging.getLogger("asyncstatus_core")
_EPOCH_FROM = 1e8  # a Reset value above this is a Unix time, below it seconds to wait


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


def _number(headers: Mapping[str, str], *names: str) -> float | None:
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
class Ticket:
    """One slot: hand it back to `observe` with the answer."""

    seq: int
    sent: float  # the budget's clock when the slot was given
    queued: bool  # the waiter had to wait for it (the budget was the bottleneck)


class RateBudget:
    """The request budget of one host, shared by the waiters that ask it (module docstring)."""

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
        if start_rate <= 0 or burst < 1 or not 0 < headroom <= 1:
            raise ValueError("start_rate must be > 0, burst >= 1 and 0 < headroom <= 1")
        self.rate = float(start_rate)  # pace in requests per second (no rate-limit headers)
        self.ceiling: float | None = None  # requests per second the provider allowed when it answered 429
        self.headroom = headroom
        self.reprobe_after = reprobe_after
        self.min_rate = min_rate
        self.max_rate = max_rate
        self._clock = clock
        self._wall = wall_clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._sync_gate = threading.Lock()
        self._async_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        now = clock()
        self._capacity = float(burst)
        self._tokens = float(burst)
        self._refilled = now
        self._last_grant = -math.inf
        self.paused_until = -math.inf
        self._resumed = -math.inf  # when the last pause ended (a provider's window opens after it)
        self._seq = 0
        self._inflight: set[int] = set()
        self._admitted: deque[float] = deque()  # when answered requests that were not throttled were sent
        self._decreased_after = 0  # 429s of slots given up to here were already reacted to
        self._ceiling_since = now
        # What rate-limit headers said (None: no such headers seen).
        self.limit: int | None = None
        self.window = 1.0  # seconds; the longest Reset seen
        self._known_remaining = 0
        self._known_seq = 0
        self.reset_at: float | None = None
        self._window_opened = -math.inf
        # Figures for callers and tests.
        self.requests = 0
        self.throttled = 0  # 429 answers seen

    def __repr__(self) -> str:
        mode = f"limit={self.limit}/{self.window:g}s" if self.limit is not None else f"rate={self.rate:.1f}/s"
        return f"RateBudget({mode}, requests={self.requests}, throttled={self.throttled})"

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
            at = self._next_slot(now)
            if at > now:
                return at - now
            if self.paused_until > self._resumed:
                self._resumed = self.paused_until
            self._seq += 1
            self._inflight.add(self._seq)
            self._last_grant = now
            if self.limit is None:
                self._tokens -= 1.0
            return Ticket(self._seq, now, queued)

    def _next_slot(self, now: float) -> float:
        at = max(now, self.paused_until)
        if self.limit is not None:
            return max(at, self._header_slot(now))
        self._tokens = min(self._capacity, self._tokens + (now - self._refilled) * self.rate)
        self._refilled = now
        if self._tokens < 1.0:
            at = max(at, now + (1.0 - self._tokens) / self.rate)
        return at

    def _header_slot(self, now: float) -> float:
        """When the headers allow the next request: paced at `limit` per window, never beyond `Remaining`."""
        assert self.limit is not None
        if self.reset_at is not None and now >= self.reset_at:
            # The window is over: a fresh one opens with our next request (requests still in flight may land in it).
            self._known_remaining = self.limit - len(self._inflight)
            self._known_seq = self._seq
            self.reset_at = None
            self._window_opened = now
        # Left: what the newest answer said, less the requests given since and those older still in flight.
        older = sum(1 for seq in self._inflight if seq <= self._known_seq)
        allowance = self._known_remaining - (self._seq - self._known_seq) - older
        if allowance <= 0:
            return self.reset_at if self.reset_at is not None else now + self.window
        return self._last_grant + self.window / max(1, self.limit)

    # --- learning -----------------------------------------------------------------------------------------
    def observe(self, ticket: Ticket, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        """Learn from the answer to `ticket`'s request (`status` None: no answer, e.g. a connection error)."""
        headers = headers if headers is not None else {}
        with self._lock:
            now = self._clock()
            self._inflight.discard(ticket.seq)
            if status is None:
                return
            self.requests += 1
            explained = self._learn_headers(ticket, now, headers)
            if status in (429, 503):
                wait = retry_after_seconds(headers.get("Retry-After"), now=self._wall)
                if wait is not None:
                    self.paused_until = max(self.paused_until, now + wait)
                    log.info("rate budget: answered %d, every waiter pauses %.1fs (Retry-After)", status, wait)
                if status == 429:
                    self.throttled += 1
                    log.info("rate budget: throttled (429), %d so far", self.throttled)
                    if not explained:
                        self._decrease(ticket, now, wait)
                return
            if status < 500:
                self._admitted.append(ticket.sent)
                while self._admitted and self._admitted[0] < now - 60.0:
                    self._admitted.popleft()
                if self.limit is None and ticket.queued and ticket.seq > self._decreased_after:
                    self._grow(now)

    def _learn_headers(self, ticket: Ticket, now: float, headers: Mapping[str, str]) -> bool:
        remaining = _number(headers, "X-RateLimit-Remaining", "RateLimit-Remaining")
        reset = _number(headers, "X-RateLimit-Reset", "RateLimit-Reset")
        if remaining is None or reset is None:
            return False
        if reset > _EPOCH_FROM:
            reset = max(0.0, reset - self._wall())
        limit = _number(headers, "X-RateLimit-Limit", "RateLimit-Limit")
        left = int(remaining)
        self.limit = max(1, int(limit) if limit is not None else max(self.limit or 0, left + 1))
        if 0 < reset <= 3600:
            self.window = max(self.window, reset)
        if ticket.sent < self._window_opened:
            return True  # sent in a window that has closed since: says nothing about this one
        ends = now + reset
        if self.reset_at is None or (ticket.seq > self._known_seq and left > self._known_remaining):
            # The first answer of a window, or the provider's window turned before we thought it would.
            self.reset_at = ends
            self._known_remaining, self._known_seq = left, ticket.seq
        else:
            self.reset_at = min(self.reset_at, ends)  # whole seconds, rounded up: the earliest is the closest
            if ticket.seq > self._known_seq:
                self._known_remaining, self._known_seq = left, ticket.seq
        return True

    def _decrease(self, ticket: Ticket, now: float, retry_after: float | None) -> None:
        if ticket.seq <= self._decreased_after:
            return  # already slowed down for the requests sent with this one
        window = min(60.0, max(1.0, retry_after or 1.0))
        # What got through in the provider's window: the last `window` seconds, or since the last pause
        # ended if that is more recent (its window opened with the first request after the pause).
        since = max(now - window, self._resumed)
        admitted = sum(1 for sent in self._admitted if sent >= since)
        if admitted < 2:
            return
        self.ceiling = max(self.min_rate, min(admitted / window, self.rate))
        self._ceiling_since = now
        # Told when to come back, every waiter pauses until then, which backs off enough: resume just below
        # the ceiling. Not told: halve the pace (AIMD) and climb back.
        top = self.headroom * self.ceiling
        self.rate = max(self.min_rate, top if retry_after is not None else self.ceiling / 2)
        self._capacity = 1.0
        self._tokens = min(self._tokens, 0.0)
        self._decreased_after = self._seq

    def _grow(self, now: float) -> None:
        if self.ceiling is not None and now - self._ceiling_since > self.reprobe_after:
            self.ceiling = None  # long enough without a 429: look for a higher limit again
        top = self.max_rate if self.ceiling is None else max(self.min_rate, self.headroom * self.ceiling)
        if self.rate < top:
            self.rate = min(top, self.rate + 1.0)


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
