"""Push joined with polling (issue 23): what the tracker does with the statuses a provider pushed.

Part of asyncstatus-core. The receiver (`push.py`) records a pushed final status with `Store.record_pushes`, which
makes the process due for one confirming read, shared with the pushes that arrive within `PUSH_GATHER` seconds
(bol: one bulk request for up to 1000 of them). The tracker's read of it is the truth: a terminal answer is the
outcome, recorded with `source = 'push'` (the read's status, when it disagrees with the push); a read that still
says pending keeps the pushed status and is asked again soon, on a bounded backoff (`RECHECK_MAX`).

`push_sweep` (seconds; `track run --push-sweep`) says that push is on: while it is alive, the processes nobody
pushed are read at most once per sweep (a bulk provider's tick is at least the sweep; a new process of a provider
read one at a time is first read a sweep after it was added), so that push does the work and polling is the safety
net. A sweep read falls due the sweep less the read's own time (`lead`: the round trip and the write of the
slowest recent reads, at most `LEAD_SHARE` of the sweep), so that a process that ends just after one read is stored
by the next within one sweep of its end. When pushes stop arriving while processes keep finishing (a subscription the
provider disabled, a receiver that is down), the tracker marks push stopped in the store (`track status` shows it),
logs it once (WARNING) and polling returns to its normal schedule at once; a push arriving after that turns the
sweep back on (INFO).

The stop rule (`PushJoin._check`), evaluated after each answer that found unannounced ends, and at each round.
Push is stopped when both hold:
  - more ends than drops explain: a round of reads (the answers of the last half sweep) found at least `MIN_MISSES`
    processes finished that no push announced (misses), and they are more than `MISS_SHARE` of the ends of the
    interval they cover, misses plus the pushes received since those processes were last read. With push alive
    and 10% of deliveries dropped (5% sent twice) the share is about 0.1, however many ends; when the provider
    stops delivering, the reads after it find mostly misses;
  - a silence: no push for `quiet(sweep)` (a third of the sweep: a busy receiver, a store's write lock or a
    backlog at the provider's sender pauses deliveries for seconds, and that is no stop).
The sweep after a stop may still cover mostly pushed ends (the stop came late in its interval). So a silence that
is long for the flow (the pushes the flow of the sweep interval before it would have brought, `DELIVERED * rate *
silence`, reach `EXPECTED`, and it lasts `quiet`) brings the sweep forward once (a probe, one round): it covers the
silence, so its misses decide. A subscription disabled at T is thus found stopped about a third of a sweep after
the sender's backlog of deliveries drains, within one sweep interval; a flow of ends that stops abruptly (nothing
left finishing) costs one probe round and is no stop (its misses are the usual share).
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence

from .polling import PollPolicy
from .track_store import TRACKER_LOGGER, Finished, PushState, Row, Store

__all__ = [
    "DELIVERED",
    "EXPECTED",
    "MIN_MISSES",
    "MISS_SHARE",
    "QUIET_MIN",
    "RECHECK_MAX",
    "PushJoin",
    "check_push_sweep",
    "quiet",
]

log = logging.getLogger(TRACKER_LOGGER)

RECHECK_MAX = 10.0  # seconds at most between reads of a pushed process that a read still found pending
MIN_MISSES = 3  # unpushed processes found finished in a round, before a silence can mean a stop
MISS_SHARE = 0.3  # misses above this share of the ends a round saw: more than dropped deliveries explain
DELIVERED = 0.9  # the share of finishes assumed pushed while push works (bol drops some)
EXPECTED = 20.0  # pushes the flow would have brought in a silence that brings the sweep forward (a probe)
QUIET_MIN = 2.0  # seconds of silence at least, and a third of the sweep (at most half of it)
REFRESH = 1.0  # seconds between readings of the store's push state by one worker
LEAD_SHARE = 0.1  # a sweep read comes early by the reads' own time, at most this share of the sweep
LEAD_READS = 8  # the recent reads whose slowest sets the lead
ENDED = frozenset({"succeeded", "failed", "cancelled", "needs-action"})


def check_push_sweep(value: object, *, option: str = "push_sweep") -> float | None:
    """`value` as the sweep's seconds (None: push not on); ValueError naming `option` for anything else than a
    positive finite number."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{option} must be a positive number of seconds, got {value!r}")
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError(f"{option} must be a positive number of seconds, got {value!r}") from None
    if not (math.isfinite(seconds) and seconds > 0):
        raise ValueError(f"{option} must be a positive number of seconds, got {value!r}")
    return seconds


def quiet(sweep: float) -> float:
    """The shortest silence that can mean a stop: a third of the sweep and `QUIET_MIN` seconds, at most half the
    sweep. A busy receiver or store pauses deliveries for seconds (a backlog at the provider's sender, a write lock):
    no stop; a silence of a third of the sweep still leaves the flag within one sweep of a disabled subscription."""
    return min(max(QUIET_MIN, sweep / 3), sweep / 2)


class PushJoin:
    """One worker's side of push for one provider (`scope`) in `store`: sweep, confirmation and liveness."""

    def __init__(
        self,
        store: Store,
        scope: str,
        *,
        sweep: float | None,
        policy: PollPolicy,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.store = store
        self.scope = scope
        self.sweep = check_push_sweep(sweep)
        self.policy = policy
        self._clock = clock or time.monotonic
        self._read_at = -math.inf  # when the store's push state was last read (monotonic)
        self.state: PushState | None = None
        self._pushes: deque[tuple[float, int]] = deque()  # (store time, push count) samples over a sweep
        # (store time, misses found then, pushes received since they were last read unfinished): a round's evidence
        self._misses: deque[tuple[float, int, int]] = deque()
        self._since = store.now()  # the silence's start before any push arrived
        self._started = False
        self._probed: float | None = None  # the last push's time when a probe was made for its silence
        self._requests: deque[float] = deque(maxlen=LEAD_READS)  # recent requests' round trips (`timed`)
        self._writes: deque[float] = deque(maxlen=LEAD_READS)  # recent writes of their answers

    # --- the store's view ------------------------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        """Push is on (a sweep is set) and not found stopped: unpushed processes wait for the sweep."""
        return self.sweep is not None and (self.state is None or self.state.stopped_at is None)

    def refresh(self, *, force: bool = False, found: int = 0, since: float = 0.0) -> None:
        """Read the store's push state (at most every `REFRESH` seconds): a push after a stop turns the sweep
        back on; a long silence is checked for a stop. Without a sweep too: the state says whether any push
        came, for the confirming reads of pushes that arrive while a read is in flight."""
        if self.sweep is not None and not self._started:
            self.store.expect_pushes(self.scope)
            self._started = True
        if not force and self._clock() - self._read_at < REFRESH:
            return
        self._read_at = self._clock()
        now = self.store.now()
        state = self.store.push_state(self.scope)
        stopped = state.stopped_at if state is not None else None
        last = state.last_push_at if state is not None else None
        if stopped is not None and last is not None and last > stopped and self.store.push_resumed(self.scope):
            sweep = f"unpushed processes are read once per {self.sweep:g}s sweep" if self.sweep else "confirmed"
            log.info("%s: pushes arrive again; %s", self.scope, sweep)
            state = self.store.push_state(self.scope)
        self.state = state
        if state is not None:
            self._pushes.append((now, state.pushes))
        if found and self.sweep is not None:
            self._misses.append((now, found, self._pushed_since(since)))
        self._forget(now)
        self._check(now)

    def _forget(self, now: float) -> None:
        sweep = self.sweep or 0.0
        while len(self._pushes) > 1 and self._pushes[1][0] <= now - 2 * sweep:
            self._pushes.popleft()
        while self._misses and self._misses[0][0] <= now - sweep / 2:
            self._misses.popleft()

    def _pushed_since(self, since: float) -> int:
        """Pushes received since `since` (store time), by the samples of the store's count."""
        if not self._pushes:
            return 0
        before = next((count for at, count in reversed(self._pushes) if at <= since), self._pushes[0][1])
        return self._pushes[-1][1] - before

    # --- the schedule ----------------------------------------------------------------------------------------
    def timed(self, *, request: float | None = None, write: float | None = None) -> None:
        """A read's own time, in its parts: its request's round trip (counted twice: the provider's answer is made
        somewhere within it, and a process may end just after that, before the worker has the answer), and the
        write of its answer. The request is timed before its answer is scheduled, so that it counts at once."""
        for seconds, kept in ((request, self._requests), (write, self._writes)):
            if seconds is not None and math.isfinite(seconds) and seconds >= 0:
                kept.append(seconds)

    def lead(self) -> float:
        """How early a sweep read falls due: the slowest recent request's round trip twice and the slowest recent
        write, at most `LEAD_SHARE` of the sweep (so that a process is still read about once per sweep however
        slow the reads)."""
        if self.sweep is None:
            return 0.0
        own = 2 * max(self._requests, default=0.0) + max(self._writes, default=0.0)
        return min(own, LEAD_SHARE * self.sweep)

    def slowed(self, delay: float) -> float:
        """An unpushed process's next read (or a bulk tick), counted from the answer: at least the sweep less the
        reads' own time (`lead`) while push is alive, so that the next read's outcome is stored within a sweep of
        an end just after this read."""
        if not self.alive or self.sweep is None:
            return delay
        return max(delay, self.sweep - self.lead())

    def recheck(self, row: Row) -> float:
        """A pushed process a read found still pending: asked again soon, on a bounded backoff."""
        return min(self.policy.backoff(min(row.attempt, 64)), RECHECK_MAX)

    @staticmethod
    def source(row: Row) -> str:
        return "push" if row.pushed_status is not None else "poll"

    # --- after an answer -------------------------------------------------------------------------------------
    def settled(self, batch: Mapping[str, Row], finished: Sequence[Finished], asked_at: float | None) -> None:
        """After an answer about rows of `batch` was settled: the pushes that came while it was being asked are
        due for their confirming read; the unpushed ones found finished count as misses (the stop rule)."""
        if asked_at is not None and self.state is not None:
            self.store.confirm_pushed_since(self.scope, asked_at)
        if self.sweep is None:
            return
        found = 0
        since = math.inf  # when the misses were last read unfinished: the interval their ends fall in
        for f in finished:
            row = batch.get(f.id)
            if row is not None and row.pushed_status is None and f.lifecycle in ENDED:
                found += 1
                since = min(since, row.running_at if row.running_at is not None else row.added_at)
        if found:
            self.refresh(force=True, found=found, since=since)

    def _check(self, now: float) -> None:
        state = self.state
        if not self.alive or self.sweep is None:
            return
        last = state.last_push_at if state is not None and state.last_push_at is not None else self._since
        silence = now - last
        if silence < quiet(self.sweep):
            return
        rate = self._pushed_since(now - silence - self.sweep) / self.sweep  # the flow before the silence
        if self._probed != last and DELIVERED * rate * silence >= EXPECTED:
            self._probed = last  # once per silence: the sweep brought forward covers it
            log.debug("%s: no push for %.1fs; reading the unpushed processes now", self.scope, silence)
            self.store.sweep_now(self.scope)
        misses = sum(n for _, n, _ in self._misses)
        pushed = self._misses[0][2] if self._misses else 0  # since the round's misses were last read unfinished
        if misses >= MIN_MISSES and misses > MISS_SHARE * (misses + pushed):
            if self.store.push_stopped(self.scope):
                log.warning(
                    "%s: push stopped: no push for %.1fs while %d processes finished unannounced; polling on the "
                    "normal schedule (a subscription disabled by the provider, or the receiver down?)",
                    self.scope,
                    silence,
                    misses,
                )
            self._misses.clear()
            self.state = self.store.push_state(self.scope)
