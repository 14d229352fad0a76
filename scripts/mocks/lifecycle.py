"""Stateful processes for the mocks: created through /_mock/processes, advancing as the store's
`progress` says, kept in a bounded store (full means refused, never evicted) with an optional retention after
they finish. The default pace (`on_time`): a process created with a `duration` (seconds of process time) finishes
at a time, whatever it is read, the store's `speed` making a minute of process time take 60/speed seconds of its
clock; one created without a duration reaches its final status on its `steps`-th read (the per-read mode)."""

from __future__ import annotations

import heapq
import itertools
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from specmodel import LIFECYCLE_LISTS, load


@dataclass(frozen=True)
class Lifecycle:
    """The status values of a provider, read from `x-async-status` in its spec."""

    pending: tuple[str, ...]
    running: tuple[str, ...]
    terminal: tuple[str, ...]
    all_values: tuple[str, ...]

    @classmethod
    def from_spec(cls, key: str) -> Lifecycle:
        ext = load(key).async_status
        lists = {name: ext.lifecycle.get(name, ()) if ext else () for name in LIFECYCLE_LISTS}
        terminal = lists["succeeded"] + lists["failed"] + lists["cancelled"] + lists["needs-action"]
        return cls(
            pending=lists["pending"],
            running=lists["running"],
            terminal=terminal,
            all_values=lists["pending"] + lists["running"] + terminal,
        )

    def initial(self) -> str:
        return (self.pending or self.running or self.terminal)[0]

    def rank(self, status: str) -> tuple[int, int]:
        """Where `status` stands in a lifecycle: (phase, position in the phase's list), phases being
        pending < running < terminal. A process only ever moves to a higher rank."""
        for phase, values in enumerate((self.pending, self.running, self.terminal)):
            if status in values:
                return phase, values.index(status)
        return len(self.all_values), 0

    def at_read(self, read: int, steps: int, final: str) -> str:
        """The status shown on the `read`-th read (1-based) of a process that ends in `final` after `steps`
        reads: the initial status, then the first running one, then `final`, skipping whatever stands after
        `final` (a process made to end in a pending status such as `VALIDATED` never shows `RUNNING`)."""
        if read >= steps:
            return final
        path = [self.initial(), *self.running[:1]]
        before = [s for s in path if self.rank(s) < self.rank(final)]
        if not before:
            return final
        return before[0] if read <= 1 else before[-1]

    def at_fraction(self, fraction: float, final: str) -> str:
        """The status of a process `fraction` of the way through its duration: the initial status for the first
        `QUEUED` of it, then the first running one, then `final` (skipping what stands after `final`)."""
        if fraction >= 1.0:
            return final
        path = [self.initial(), *self.running[:1]]
        before = [s for s in path if self.rank(s) < self.rank(final)]
        if not before:
            return final
        return before[0] if fraction < QUEUED else before[-1]


# The share of its duration a timed process spends in its initial (queued) status before it shows running.
QUEUED = 0.1


@dataclass
class Process:
    id: str
    final_status: str
    steps: int
    created: float
    reads: int = 0
    status: str = ""
    finished_at: float | None = None
    data: dict[str, Any] = field(default_factory=dict)  # provider-specific fields (entity id, type...)
    pinned: bool = False  # a fixture: exempt from retention and from `capacity`
    duration: float | None = None  # seconds of process time to its final status; None: `steps` reads
    ends: float | None = None  # on the store's clock: when a timed process reaches its final status
    born: float = 0.0  # the Unix time it was created (the store's clock is monotonic)

    def unix(self, at: float | None) -> float | None:
        """A time on the store's clock (`created`, `ends`, `finished_at`) as a Unix time."""
        return None if at is None else self.born + (at - self.created)


# How far a process has come: `progress(lifecycle, process, now, reads)` is its status at `now` (the store's
# clock) on its `reads`-th read. The one place a process's pace is decided, so a time-based pace (a duration per
# process) replaces the default per-read steps without touching the store or the mocks.
Progress = Callable[["Lifecycle", "Process", float, int], str]


def steps_per_read(lifecycle: Lifecycle, process: Process, now: float, reads: int) -> str:
    """The per-read pace: the process reaches its final status on its `steps`-th read, whatever the time."""
    return lifecycle.at_read(reads, process.steps, process.final_status)


def on_time(lifecycle: Lifecycle, process: Process, now: float, reads: int) -> str:
    """The default pace: a timed process's status at `now` (its `ends` set by the store), whatever the reads;
    one without a duration per read."""
    if process.ends is None:
        return steps_per_read(lifecycle, process, now, reads)
    span = process.ends - process.created
    fraction = 1.0 if span <= 0 or now >= process.ends else (now - process.created) / span
    return lifecycle.at_fraction(fraction, process.final_status)


# Seconds at most the finisher sleeps between looks at its clock: a store whose clock a test moves by hand (not
# the monotonic clock the thread waits on) is still finished within this long of the move.
FINISHER_NAP = 0.5


class StoreFull(Exception):
    """The store holds `capacity` processes; nothing is evicted to make room (POST /_mock/reset does)."""


class ProcessStore:
    """Processes by id. At most `capacity` of them besides the pinned fixtures: creating one more raises
    `StoreFull` rather than evicting anything, so every process a test created stays readable until
    `clear()` (or until its provider's retention after it finished, where the mock has one)."""

    def __init__(
        self,
        lifecycle: Lifecycle,
        *,
        capacity: int = 200_000,
        retention: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        new_id: Callable[[int], str] = str,
        progress: Progress = on_time,
        speed: float = 1.0,
    ) -> None:
        if not (isinstance(speed, int | float) and math.isfinite(speed) and speed > 0):
            raise ValueError(f"speed must be a positive number, got {speed!r}")
        self.lifecycle = lifecycle
        self.progress = progress
        self.speed = float(speed)  # process seconds per second of `clock`
        self.capacity = capacity
        self.retention = retention
        self.clock = clock
        self._new_id = new_id
        self._counter = itertools.count(1)
        self._items: OrderedDict[str, Process] = OrderedDict()
        self._unpinned = 0
        self.on_finish: Callable[[Process], None] | None = None  # a mock that pushes (bol) is told here
        # The finisher: timed processes by end time (heap entries: ends, order, process); one lock for the heap and
        # for the finish of a process, so that a read and the finisher never both finish it (one `on_finish`).
        self._due: list[tuple[float, int, Process]] = []
        self._order = itertools.count()
        self._wake = threading.Condition(threading.RLock())
        self._finisher: threading.Thread | None = None
        self._finishing = False  # start_finisher() was called and stop_finisher() not since

    def __len__(self) -> int:
        return len(self._items)

    def create(
        self,
        final_status: str,
        steps: int,
        data: dict[str, Any] | None = None,
        *,
        process_id: str | None = None,
        pinned: bool = False,
        duration: float | None = None,
    ) -> Process:
        """A process that ends in `final_status` on its `steps`-th read, or, with `duration`, that many seconds of
        process time after now."""
        if final_status not in self.lifecycle.all_values:
            raise ValueError(f"final_status {final_status!r} is not one of {list(self.lifecycle.all_values)}")
        if steps < 1:
            raise ValueError("steps must be at least 1")
        if duration is not None and not (math.isfinite(duration) and duration >= 0):
            raise ValueError(f"duration must be a number of seconds >= 0, got {duration!r}")
        if not pinned and self.unpinned() >= self.capacity:
            self.all()  # drops the processes past retention
            if self.unpinned() >= self.capacity:
                raise StoreFull(f"the mock holds {self.capacity} processes, its capacity; POST /_mock/reset first")
        pid = process_id or self._new_id(next(self._counter))
        self._remove(pid)
        process = Process(
            pid,
            final_status,
            steps,
            self.clock(),
            status=self.lifecycle.initial(),
            data=dict(data or {}),
            pinned=pinned,
            duration=duration,
            born=time.time(),
        )
        if duration is not None:
            process.ends = process.created + duration / self.speed
        self._items[pid] = process
        self._unpinned += not pinned
        if process.ends is not None and final_status in self.lifecycle.terminal:
            with self._wake:
                heapq.heappush(self._due, (process.ends, next(self._order), process))
                self._wake_finisher()
        return process

    # --- the finisher ------------------------------------------------------------------------------------------
    def start_finisher(self) -> None:
        """Finish timed processes at their end time from a background thread (started when one is waiting,
        ended when none is): cheap for any number of them, one heap and one thread."""
        with self._wake:
            self._finishing = True
            self._wake_finisher()

    def stop_finisher(self, timeout: float = 5.0) -> None:
        """Stop the thread (the mock's server stopped); reads still finish processes as before."""
        with self._wake:
            self._finishing = False
            thread = self._finisher
            self._wake.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _wake_finisher(self) -> None:
        """(Under the lock.) Start the thread when it is wanted and not running, else wake it for a new head."""
        if not self._finishing or not self._due:
            return
        if self._finisher is None or not self._finisher.is_alive():
            self._finisher = threading.Thread(target=self._run_finisher, name="mock-finisher", daemon=True)
            self._finisher.start()
        else:
            self._wake.notify_all()

    def _run_finisher(self) -> None:
        while True:
            with self._wake:
                if not self._finishing or not self._due:
                    self._finisher = None
                    return
                wait = self._due[0][0] - self.clock()
                if wait > 0:
                    self._wake.wait(min(wait, FINISHER_NAP))
                    continue
            self.finish_due()

    def finish_due(self) -> list[Process]:
        """Finish every timed process whose end time has passed on the store's clock (calling `on_finish` for
        each, in end order); the ones this call finished."""
        now = self.clock()
        done: list[Process] = []
        with self._wake:
            while self._due and self._due[0][0] <= now:
                _, _, process = heapq.heappop(self._due)
                if self._items.get(process.id) is not process or process.finished_at is not None:
                    continue  # removed, replaced under its id, or read to its end already
                status = self.progress(self.lifecycle, process, now, process.reads)
                if status == process.final_status:
                    process.status = status
                    process.finished_at = process.ends
                    done.append(process)
        if self.on_finish is not None:
            for process in done:
                self.on_finish(process)
        return done

    def unpinned(self) -> int:
        """How many processes count against `capacity` (all but the fixtures)."""
        return self._unpinned

    def _remove(self, pid: str) -> None:
        process = self._items.pop(pid, None)
        if process is not None and not process.pinned:
            self._unpinned -= 1

    def peek(self, pid: str) -> Process | None:
        """The process without advancing it; None if unknown or past retention."""
        process = self._items.get(pid)
        if process is None:
            return None
        if (
            self.retention is not None
            and not process.pinned
            and process.finished_at is not None
            and self.clock() - process.finished_at > self.retention
        ):
            self._remove(pid)
            return None
        return process

    def read(self, pid: str) -> Process | None:
        """One read of the status: advances the process one step."""
        process = self.peek(pid)
        if process is None:
            return None
        self.advance(process)
        return process

    def advance(self, process: Process) -> None:
        with self._wake:  # against the finisher: one of them finishes the process
            process.reads += 1
            process.status = self.progress(self.lifecycle, process, self.clock(), process.reads)
            finished = process.status == process.final_status and process.status in self.lifecycle.terminal
            first = finished and process.finished_at is None
            if first:
                process.finished_at = self.clock() if process.ends is None else process.ends
        if first and self.on_finish is not None:
            self.on_finish(process)

    def fraction(self, process: Process) -> float | None:
        """How far through its duration a timed process is now (0..1), None for a per-read one."""
        if process.ends is None:
            return None
        span = process.ends - process.created
        return 1.0 if span <= 0 else min(1.0, max(0.0, (self.clock() - process.created) / span))

    def all(self) -> list[Process]:
        return [p for pid in list(self._items) if (p := self.peek(pid)) is not None]

    def clear(self) -> None:
        """Forget every process; ids start again at 1, so re-seeded fixtures keep their ids."""
        with self._wake:
            self._items.clear()
            self._due.clear()
        self._unpinned = 0
        self._counter = itertools.count(1)
