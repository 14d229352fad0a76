"""Push joined with polling (issue 23): what the tracker does with the statuses a provider pushed.

Part of asyncstatus-core. The receiver (`push.py`) records a pushed final status with `Store.record_pushes`, which
makes the process due for one confirming read, shared with the pushes that arrive within `PUSH_GATHER` seconds
(bol: one bulk request for up to 1000 of them). The tracker's read of it is the truth: a terminal answer is the
outcome, recorded with `source = 'push'` (the read's status, when it disagrees with the push); a read that still
says pending keeps the pushed status and is asked again soon, on a bounded backoff (`RECHECK_MAX`).

`push_sweep` (seconds; `track run --push-sweep`) says that push is on: while it is alive, the processes nobody
pushed are read at most once per sweep (a bulk provider's tick is at least the sweep), so that push does the work
and polling is the safety net. When pushes stop arriving while processes keep finishing (a subscription the
provider disabled, a receiver that is down), the tracker marks push stopped in the store (`track status` shows it),
logs it once (WARNING) and polling returns to its normal schedule at once; a push arriving after that turns the
sweep back on (INFO).

The stop rule (`PushJoin._check`), evaluated after each answer that found unannounced ends, and at each round:
  - evidence that processes keep finishing: at least `MIN_MISSES` processes that no push announced were found
    finished by reads made after the last push arrived (misses);
  - a silence that is long for the current flow: with `rate` the finishes seen per second over the last sweep
    interval (pushes received plus misses found), the pushes expected in the silence since the last one,
    `DELIVERED * rate * silence`, reach `EXPECTED`, and the silence is at least `quiet(sweep)` (a receiver's or a
    store's pause, a backlog at the sender, bol's retries). If push were alive and delivering a share `DELIVERED`
    (bol drops some; 10% is tolerated with room), the chance of that silence is about exp(-EXPECTED): a flow of
    pushes with 10% dropped and 5% sent twice is not flagged, however many misses the sweeps find (each push ends
    the silence). When bol disables a
    subscription, the processes finishing after it are found by the next sweep, and the flag follows as soon as
    the silence passes both bounds: within one sweep interval at any flow of a few pushes a second (the quiet
    bound is a third of it).
  - the residue: a flow of finishes that ends abruptly (no process left finishing) right after a sweep found many
    dropped ones can look like a stop; polling then resumes the normal schedule for the few processes left, and
    the next push turns the sweep on again.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence

from .polling import PollPolicy
from .track_store import Finished, PushState, Row, Store

__all__ = [
    "DELIVERED",
    "EXPECTED",
    "MIN_MISSES",
    "QUIET_MIN",
    "RECHECK_MAX",
    "PushJoin",
    "check_push_sweep",
    "quiet",
]

log = logging.getLogger("asyncstatus.tracker")

RECHECK_MAX = 10.0  # seconds at most between reads of a pushed process that a read still found pending
MIN_MISSES = 3  # unpushed processes found finished after the last push, before a silence can mean a stop
DELIVERED = 0.9  # the share of finishes assumed pushed while push works (bol drops some)
EXPECTED = 20.0  # pushes expected in the silence before it means a stop (exp(-20): never by chance)
QUIET_MIN = 2.0  # seconds of silence at least, and a third of the sweep (at most half of it)
REFRESH = 1.0  # seconds between readings of the store's push state by one worker
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
        self._misses: deque[float] = deque()  # store times at which reads found an unpushed process finished
        self._since = store.now()  # the silence's start before any push arrived
        self._started = False

    # --- the store's view ------------------------------------------------------------------------------------
    @property
    def alive(self) -> bool:
        """Push is on (a sweep is set) and not found stopped: unpushed processes wait for the sweep."""
        return self.sweep is not None and (self.state is None or self.state.stopped_at is None)

    def refresh(self, *, force: bool = False) -> None:
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
        self._forget(now)
        self._check(now)

    def _forget(self, now: float) -> None:
        window = now - (self.sweep or 0.0)
        while len(self._pushes) > 1 and self._pushes[1][0] <= window:
            self._pushes.popleft()
        last = self.state.last_push_at if self.state is not None else None
        while self._misses and (self._misses[0] <= window or (last is not None and self._misses[0] <= last)):
            self._misses.popleft()

    # --- the schedule ----------------------------------------------------------------------------------------
    def slowed(self, delay: float) -> float:
        """An unpushed process's next read (or a bulk tick): at least the sweep while push is alive."""
        return max(delay, self.sweep) if self.alive and self.sweep is not None else delay

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
        for f in finished:
            row = batch.get(f.id)
            found += row is not None and row.pushed_status is None and f.lifecycle in ENDED
        if found:
            now = self.store.now()
            self._misses.extend([now] * found)
            self.refresh(force=True)

    def _check(self, now: float) -> None:
        state = self.state
        if not self.alive or self.sweep is None or len(self._misses) < MIN_MISSES:
            return
        last = state.last_push_at if state is not None and state.last_push_at is not None else self._since
        silence = now - last
        pushed = self._pushes[-1][1] - self._pushes[0][1] if self._pushes else 0
        rate = (pushed + len(self._misses)) / self.sweep
        if silence >= quiet(self.sweep) and DELIVERED * rate * silence >= EXPECTED:
            if self.store.push_stopped(self.scope):
                log.warning(
                    "%s: push stopped: no push for %.1fs while %d processes finished unannounced; polling on the "
                    "normal schedule (a subscription disabled by the provider, or the receiver down?)",
                    self.scope,
                    silence,
                    len(self._misses),
                )
            self._misses.clear()
            self.state = self.store.push_state(self.scope)
