"""Durable tracking: many processes in a store, polled by any number of workers until each has one outcome.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `tracker` module
(rendered from the spec's `x-async-status`, like `waiters`) supplies which operation to call, how to read its
answer and the bulk operation where the spec has one. The rules are the waiters' (`polling.py`): the answer
rule by status code first, `lifecycle()` on the status, `PollPolicy`'s backoff per process, `Retry-After`;
the request budget is `budget.py`'s (one state machine, `budget_state.py`), shared through the store
(`track_budget.py`); the store is `track_store.py`.

A worker loops: lease the due processes (a bulk request's worth, or `claim_size` single ones), ask for
them through the shared budget, and settle each answer in one transaction (an outcome for the terminal
ones, the next due time for the others). A worker that dies leaves its leases to lapse; the next worker to
claim takes those processes over. Outcomes are delivered at least once: `outcomes()` returns them until
they are acknowledged with `ack()`, and `on_outcome` is called by the worker that wrote each one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .budget import retry_after_seconds
from .errors import APIConnectionError
from .polling import (
    Lifecycle,
    NotFoundAnswer,
    PollPolicy,
    ProcessNotFound,
    UnexpectedAnswer,
    answer_of,
    dig,
    failure_delay,
)
from .schedule import (
    DEFAULT_LAG_PER_REQUEST,
    LearnedSchedule,
    Observed,
    PendingGroup,
    check_lag_per_request,
    finished_likelihood,
    tick_delay,
)
from .track_budget import SharedBudget, Slot
from .track_push import PushJoin
from .track_store import HISTORY, TRACKER_LOGGER, Duration, Finished, Rescheduled, Row, Store, StoreError, open_store
from .types import Response
from .urls import Route

__all__ = [
    "ERROR",
    "MAX_ID_LENGTH",
    "NOT_FOUND",
    "TIMED_OUT",
    "Bulk",
    "Outcome",
    "Provider",
    "RunReport",
    "StoreError",
    "TrackerEngine",
    "unix_seconds",
]

NOT_FOUND = "not-found"
TIMED_OUT = "timed-out"
ERROR = "error"  # an answer that says nothing about the process and that asking again would not change
DEFAULT_RETENTION = 7 * 86400.0  # acknowledged outcomes are kept a week, then removed
OMITTED = "left out of a bulk answer"  # once: asked again; twice in a row (with others, or alone): not-found
EMPTY = "bulk answer held none of the ids"
# Seconds at most between a worker's tries of a provider or store that is down (a server's Retry-After aside):
# a recovered outage is noticed within seconds, not after a backoff that grew for the whole outage.
RETRY_MAX = 5.0
# Seconds between readings of the shared history (a fit per process type); sooner while a type is still learning.
HISTORY_REFRESH = 60.0
LEARNING_REFRESH = 1.0
# A bulk provider's first round waits at most this long (the policy's first delay) for ids added just after.
GATHER_MAX = 1.0
# The lifecycles whose durations the history keeps (a process that ran to its end; not-found and time-outs did not).
ENDED = frozenset({"succeeded", "failed", "cancelled", "needs-action"})
log = logging.getLogger(TRACKER_LOGGER)


@dataclass(frozen=True)
class Outcome:
    """How one tracked process ended: `lifecycle` (succeeded, failed, cancelled, needs-action, not-found,
    timed-out, or error with `error` saying which answer), the provider's final `status`, the `final` answer as
    JSON, the polls it took, and times."""

    id: str
    lifecycle: str
    status: str | None
    final: Any
    polls: int
    added_at: float
    finished_at: float
    error: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    source: str = "poll"

    @classmethod
    def of(cls, row: Row) -> Outcome:
        return cls(
            id=row.id,
            lifecycle=row.lifecycle or "",
            status=row.status,
            final=row.final,
            polls=row.polls,
            added_at=row.added_at,
            finished_at=row.finished_at or 0.0,
            error=row.last_error,
            params=row.params,
            source=row.source or "poll",
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lifecycle": self.lifecycle,
            "status": self.status,
            "polls": self.polls,
            "added_at": self.added_at,
            "finished_at": self.finished_at,
            "seconds": round(self.finished_at - self.added_at, 3),
            "error": self.error,
            "params": self.params,
            "final": self.final,
            "source": self.source,  # "push": a pushed status confirmed by a read; "poll": found by polling
        }


@dataclass(frozen=True)
class Bulk:
    """A bulk status operation: up to `limit` ids a request."""

    limit: int
    fetch: Callable[[list[str]], Response[Any]]
    items_of: Callable[[Any], list[Any] | None]  # the statuses of an answer (None: not a status answer)
    id_of: Callable[[Any], str | None]


@dataclass(frozen=True)
class Provider:
    """What the generated `tracker` module supplies."""

    scope: str  # the package: several providers can share one store
    fetch_one: Callable[[str, dict[str, Any]], Response[Any]]
    as_model: Callable[[Any], Any]  # a success answer's parsed body as the status model, or None
    classify: Callable[[Any], Lifecycle]
    pointer: tuple[str, ...]
    not_found: str
    not_found_answers: tuple[NotFoundAnswer, ...] = ()
    bulk: Bulk | None = None
    route: Route | None = None  # the spec's route: a 404 for a path the server does not route ends the run
    base_url: str = ""  # the client's (for `route`)
    # What an answer says about its process's timing (the spec's x-async-status `type`, `started`, `finished`
    # and `progress`): its type (a history per type), when it started and ended by the provider's clock (Unix
    # seconds: exact durations instead of poll brackets), and the fraction of its work done (0..1).
    kind_of: Callable[[Any], str | None] | None = None
    started_of: Callable[[Any], float | None] | None = None
    finished_of: Callable[[Any], float | None] | None = None
    progress_of: Callable[[Any], float | None] | None = None


@dataclass
class RunReport:
    """What one `run` did: requests it made, 429s it got, outcomes it wrote."""

    requests: int = 0  # API requests sent (a failed token call is not one: `token_failures`)
    throttled: int = 0
    outcomes: int = 0
    status_reads: int = 0
    seconds: float = 0.0
    retries: int = 0  # failed reads asked again (connection errors, 5xx, 429, unreadable bulk answers)
    token_failures: int = 0  # failed calls to the token endpoint
    store_outages: int = 0  # store errors the worker reconnected after
    events: list[str] = field(default_factory=list)  # what happened, for the progress display: "retrying: ..."


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _as_json(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else model


# The longest id accepted. No provider documents a longer one (bol's and mykaarma's are numbers and UUIDs);
# 256 characters (at most 1 KiB of UTF-8) stays far below PostgreSQL's index row limit (~2.7 KB), so one
# huge id can no longer fail a whole add on PostgreSQL after SQLite stored it.
MAX_ID_LENGTH = 256


def _shown(text: str) -> str:
    """An id for a message: at most 40 characters, escapes for control characters and undecodable bytes."""
    return repr(text[:40]) + (f" ... ({len(text)} characters)" if len(text) > 40 else "")


def id_problem(text: str) -> str | None:
    """Why stripped `text` cannot be tracked, or None."""
    if not text:
        return "empty"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8 (argv, stdin read as bytes)
        return "not valid UTF-8"
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in text):  # a newline would split every line-per-id output
        return "holds a control character"
    if len(text) > MAX_ID_LENGTH:
        return f"longer than {MAX_ID_LENGTH} characters"
    return None


def checked_ids(ids: Iterable[str | tuple[str, str]]) -> list[str]:
    """`ids` stripped of surrounding white space, duplicates dropped (first kept), in order. An id can come
    as `(where, id)` (`track add`: "line 3 of stdin"); otherwise it is named by its position. ValueError naming
    every id that cannot be tracked (`id_problem`): the whole add is refused, so nothing is half added."""
    unique: dict[str, None] = {}
    bad: list[str] = []
    for position, item in enumerate(ids, start=1):
        where, raw = item if isinstance(item, tuple) else (f"#{position}", item)
        text = str(raw).strip()
        problem = id_problem(text)
        if problem is None:
            unique.setdefault(text)
        else:
            bad.append(f"  {where}: {_shown(text) + ' ' if text else ''}{problem}")
    if bad:
        raise ValueError(f"{len(bad)} id(s) cannot be tracked (nothing was added):\n" + "\n".join(bad))
    return list(unique)


def track_ids(
    store: Store, scope: str, ids: Iterable[str], params: dict[str, Any] | None = None, *, timeout: float | None
) -> int:
    """Add `ids` of the provider `scope` to `store` (the one way in, for `Tracker.add` and `track add`): how
    many were new. `timeout`: seconds from now after which an unfinished process ends as timed-out."""
    if timeout is not None and not timeout > 0:
        raise ValueError("timeout must be positive (seconds)")
    checked = checked_ids(ids)
    if not checked:
        raise ValueError("no ids given")
    deadline = None if timeout is None else store.now() + timeout
    extra = dict(params or {})
    return store.add(scope, ((i, extra) for i in checked), deadline_at=deadline)


class TrackerEngine:
    """The provider-independent tracker (the package's `Tracker` wraps it with its client)."""

    def __init__(
        self,
        provider: Provider,
        *,
        store: Store | str,
        policy: PollPolicy,
        budget_name: str | None,
        lease: float = 30.0,
        retention: float = DEFAULT_RETENTION,
        on_outcome: Callable[[Outcome], None] | None = None,
        claim_size: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
        lag_per_request: float = DEFAULT_LAG_PER_REQUEST,
        push_sweep: float | None = None,
    ) -> None:
        if lease <= 0 or retention < 0:
            raise ValueError("lease must be positive and retention not negative (seconds)")
        # Seconds of lag one request is worth: the learned schedules' one knob (schedule.py).
        self.lag_per_request = check_lag_per_request(lag_per_request)
        self.provider = provider
        self.store = open_store(store) if isinstance(store, str) else store
        self.policy = policy
        self.budget = None if budget_name is None else SharedBudget(self.store, budget_name)
        self.lease = lease
        self.retention = retention
        self.on_outcome = on_outcome
        self.claim_size = claim_size or (provider.bulk.limit if provider.bulk else 20)
        self.worker = _worker_name()
        self._sleep = sleep
        self._stop = threading.Event()
        self._purged = False
        self._release_mine = False
        self._held: list[str] = []
        self._held_until = 0.0
        self._answered = 0.0  # when the last answer came
        self._failures = 0  # failed reads in a row (the worker's backoff step for them; processes keep theirs)
        self._delays: dict[int, float] = {}  # one backoff per step per answer: a batch stays one batch
        self._outage: str | None = None  # what is failing ("API", "token", "store"), until an answer comes
        self._report: RunReport | None = None
        self._schedules: dict[str, LearnedSchedule | None] = {}  # per process type, from the store's history
        self._learned_at = -math.inf  # when the history was last read (monotonic)
        self._new_history = False  # this worker recorded durations since
        self._ended: dict[str, Duration] = {}  # durations of the outcomes being settled, by id
        # Push (track_push.py): `push_sweep` seconds between reads of unpushed processes while push is alive.
        self.push = PushJoin(self.store, provider.scope, sweep=push_sweep, policy=policy)
        self._asked_at: float | None = None  # when the request being settled was sent (store time)
        self._timing: float | None = None  # when the answer being settled came, until its write (its own time)
        self._batch: dict[str, Row] = {}

    # --- schedules from history ---------------------------------------------------------------------------
    def schedule(self, kind: str | None) -> LearnedSchedule | None:
        """The learned schedule for processes of `kind` (None: fewer than `schedule.MIN_HISTORY` of that type
        finished yet; the policy's backoff is used). The store's history is read again every `HISTORY_REFRESH`
        seconds, or after `LEARNING_REFRESH` while this worker adds to a type still learning."""
        since = time.monotonic() - self._learned_at
        learning = self._new_history and any(v is None for v in self._schedules.values())
        if since >= HISTORY_REFRESH or (learning and since >= LEARNING_REFRESH):
            self._learn()
        return self._schedules.get(kind or "")

    def _learn(self) -> None:
        self._learned_at = time.monotonic()
        self._new_history = False
        schedules: dict[str, LearnedSchedule | None] = {}
        durations = self.store.durations(self.provider.scope)
        # The processes still running count as lasting at least the age they were last found running at: without
        # them a batch added together would be learned from its fastest few (schedule.Observed says by how much).
        # While the store keeps every duration of a type, each process is in the sample; once it keeps only the
        # newest (HISTORY), a process is in it only by finishing after the oldest kept one (`since`), or by
        # running still: a left truncation at that time less its start.
        running: dict[str, dict[tuple[int, int], list[tuple[float, float]]]] = {}
        since = {k: seen[0][2] if len(seen) >= HISTORY else -math.inf for k, seen in durations.items()}
        for _, kind, start, last in self.store.pending(self.provider.scope):
            key = kind or ""
            if key not in since or last is None or last <= start:
                continue
            age = last - start
            cut = min(age, max(0.0, since[key] - start))
            # Buckets ~5% wide in age and truncation: the fit's cost grows with the buckets, not the processes.
            bucket = (round(math.log1p(age) * 20), round(math.log1p(cut) * 20))
            running.setdefault(key, {}).setdefault(bucket, []).append((age, cut))
        for kind, seen in durations.items():
            data = [
                Observed(low, high, min(high, max(0.0, since[kind] - (at - high))))
                for low, high, at in seen
                if high > 0 and 0 <= low <= high
            ]
            for members in running.get(kind, {}).values():
                age = sum(a for a, _ in members) / len(members)
                cut = min(age, sum(c for _, c in members) / len(members))
                data.append(Observed.running(age, truncated=cut, count=len(members)))
            schedules[kind] = LearnedSchedule.from_history(data, self.lag_per_request)
        self._schedules = schedules

    # --- the surface ------------------------------------------------------------------------------------
    def add(self, ids: Iterable[str], params: dict[str, Any] | None = None, *, timeout: float | None = None) -> int:
        """Track `ids` (durable when this returns; an id already tracked is not added again): how many were new.
        `timeout`: seconds from now after which an unfinished process ends as timed-out. Ids are checked
        first (`track_ids`): a bad one refuses the whole add, naming it."""
        return track_ids(self.store, self.provider.scope, ids, params, timeout=timeout)

    def outcomes(self, limit: int | None = None, *, claim: float = 60.0) -> list[Outcome]:
        """Finished processes not yet acknowledged, oldest first, claimed for this tracker for `claim` seconds:
        it gets them again on every call until `ack`, and another consumer of the store does not get them
        meanwhile (two consumers share the outcomes); if it dies, its claims lapse and go to the others."""
        rows = self.store.outcomes(self.provider.scope, limit=limit, consumer=self.worker, claim=claim)
        return [Outcome.of(row) for row in rows]

    def ack(self, ids: Iterable[str | Outcome]) -> int:
        """Acknowledge outcomes: no longer returned, removed after the retention period."""
        keys = [i.id if isinstance(i, Outcome) else str(i) for i in ids]
        return self.store.ack(self.provider.scope, keys, retention=self.retention)

    def counts(self) -> dict[str, Any]:
        """Processes by state (pending, leased, finished, acknowledged), finished by lifecycle, the age of
        the oldest unfinished one, outcomes per second over the last minute, and the shared budget's figures."""
        counts = self.store.counts(self.provider.scope)
        if self.budget is not None:
            counts["budget"] = self.budget.figures()
        return counts

    def sweep_pushes(self, seconds: float | None) -> None:
        """Turn the push sweep on (`seconds` between reads of unpushed processes while push is alive) or off
        (None): `push_sweep` after construction (`track run --push-sweep`). ValueError for a bad value."""
        self.push = PushJoin(self.store, self.provider.scope, sweep=seconds, policy=self.policy)

    def stop(self) -> None:
        """Ask a running `run` to return after its current request (from another thread or a callback)."""
        self._stop.set()

    def run(self, *, until_idle: bool = False, max_seconds: float | None = None, idle_wait: float = 1.0) -> RunReport:
        """Work until stopped; `until_idle`: until no tracked process is unfinished (those leased by a worker
        that died included: it waits for their lease to lapse and takes them over). A store that fails
        transiently (a lost connection, a restart, a lock timeout, a busy file) is waited out with backoff
        and reconnected; AuthenticationFailed (credentials refused) and any other StoreError end the run;
        leases held are given back first. What happens (retries, outages, recovery) is logged on
        `asyncstatus_core.tracker` and listed in the report's `events`."""
        report = RunReport()
        self._report = report
        started = time.monotonic()
        self._stop.clear()
        outage = 0  # store errors in a row
        try:
            while not self._stop.is_set():
                if max_seconds is not None and time.monotonic() - started >= max_seconds:
                    break
                try:
                    if not self._round(report, until_idle, idle_wait):
                        break
                except StoreError as error:
                    if not error.transient:
                        raise
                    # The database restarted, the connection dropped, a lock or statement timed out: the
                    # batch in hand is not written (its leases lapse; the guard keeps outcomes single), and
                    # the worker goes on after a backoff, reconnecting on its next statement.
                    outage += 1
                    report.store_outages += 1
                    self._held = []
                    self._release_mine = True
                    wait = min(self.policy.backoff(min(outage - 1, 64)), RETRY_MAX)
                    self._event("unavailable", f"{error}; trying again in {wait:.1f}s", "store")
                    self._sleep(wait)
                    continue
                if outage:
                    outage = 0
                    self._event("recovered", "the store answers again", "store")
        finally:
            if self._held:
                held, self._held = self._held, []
                with contextlib.suppress(StoreError):  # the leases lapse by themselves
                    self.store.release(self.provider.scope, self.worker, held)
            report.seconds = time.monotonic() - started
            self._report = None
        return report

    def _round(self, report: RunReport, until_idle: bool, idle_wait: float) -> bool:
        """Claim and work one batch, or wait for the next due one; False when idle and `until_idle`."""
        if self._release_mine:
            # Back from a store outage: the batch in hand was not written; give its leases back at once
            # instead of waiting for them to lapse (the guard keeps a late answer from writing twice).
            self.store.release_owner(self.provider.scope, self.worker)
            self._release_mine = False
        if not self._purged:
            self.store.purge(self.provider.scope, before=self.store.now() - self.retention)
            self._purged = True
        self.push.refresh()
        if self.provider.bulk is not None:
            self._gather()
        rows = self.store.claim(self.provider.scope, self.worker, limit=self.claim_size, lease=self.lease)
        if not rows:
            due = self.store.next_due(self.provider.scope)
            if due is None and until_idle:
                return False
            wait = idle_wait if due is None else min(idle_wait, max(0.01, due - self.store.now()))
            self._sleep(wait)
            return True
        self._held = [r.id for r in rows]
        self._held_until = self.store.now() + self.lease
        self._work(rows, report)
        self._held = []
        return True

    def _gather(self) -> None:
        """A bulk provider reads on one shared tick (the store's, for every worker): when no round is under way
        (none yet, or none for a lease's time: the tracker was idle), the next one starts after the policy's
        first delay, so that ids added meanwhile are read in the same request rather than each in its own."""
        tick = self.store.tick(self.provider.scope)
        now = self.store.now()
        if tick is not None and now - tick <= self.lease:
            return
        due = self.store.next_due(self.provider.scope)
        if due is not None and due <= now:
            gather = min(self.policy.initial, GATHER_MAX)
            self.store.gather(self.provider.scope, now + gather, stale=now - self.lease)

    def _event(self, kind: str, text: str, which: str) -> None:
        """Say what is happening (the log, and `track run`'s display through the report)."""
        whose = "" if which == "API" else f"{which} "  # the token endpoint or the store, else the provider
        line = f"{self.provider.scope}: {whose}{kind}: {text}"
        tag = {"event": True}  # `track run` shows events from the report, and its log handler skips these
        if kind == "recovered":
            self._outage = None
            log.warning("%s", line, extra=tag)
        elif self._outage != which:
            self._outage = which
            log.warning("%s", line, extra=tag)  # the first failure of an outage
        else:
            log.info("%s", line, extra=tag)
        if self._report is not None:
            self._report.events.append(line)
            del self._report.events[:-20]

    async def run_async(self, *, until_idle: bool = False, max_seconds: float | None = None) -> RunReport:
        """`run` in a worker thread, for asyncio programs (the store drivers and the polling are synchronous)."""
        return await asyncio.to_thread(self.run, until_idle=until_idle, max_seconds=max_seconds)

    # --- one batch ---------------------------------------------------------------------------------------
    def _work(self, rows: list[Row], report: RunReport) -> None:
        self._batch = {r.id: r for r in rows}  # for the push join's view of what was settled
        now = self.store.now()
        late = [r for r in rows if r.deadline_at is not None and now >= r.deadline_at]
        if late:
            self._settle([self._timed_out(r) for r in late], [], report)
        live = self._likeliest_first([r for r in rows if r not in late], now)
        first = self._first_read() if self.provider.bulk is None else 0.0
        if first > 0:
            waiting = {r.id: r for r in live if r.pushed_status is None and r.polls == 0 and r.added_at + first > now}
            if waiting:
                later = [
                    Rescheduled(r.id, _capped(r.added_at + first, r), r.attempt, r.polls, r.last_status, r.last_error)
                    for r in waiting.values()
                ]
                self._settle([], later, report)
                live = [r for r in live if r.id not in waiting]
        bulk = self.provider.bulk
        if bulk is not None:
            for start in range(0, len(live), bulk.limit):
                self._work_bulk(bulk, live[start : start + bulk.limit], report)
        else:
            for row in live:
                self._work_one(row, report)

    def _first_read(self) -> float:
        """Seconds after it was added that a new process is first read (one read at a time; a bulk provider's new
        ids wait for its tick instead, and are read together). While push is alive, the sweep: its push (or the
        sweep) ends it, and a read now would cost one request a process for nothing. Once every type seen has a
        learned schedule, the earliest of their first reads: its type is known only from an answer, and a read at
        once would cost one request a process that the schedule would not spend. Else at once."""
        if self.push.alive:
            return self.push.slowed(0.0)
        self.schedule(None)  # the history read again when it is due
        learned = list(self._schedules.values())
        if not learned or any(s is None or not s.checks for s in learned):
            return 0.0
        return min(s.checks[0] for s in learned if s is not None)

    def _likeliest_first(self, rows: list[Row], now: float) -> list[Row]:
        """`rows` with those most likely finished first (`schedule.finished_likelihood`): when the rate budget
        binds, the reads it allows go where they most likely end a process. Rows of a type still learning keep
        their due order, after the others."""
        chances: dict[str, float] = {}
        for row in rows:
            learned = self.schedule(row.kind)
            if learned is not None:
                start = _origin(row)
                last = 0.0 if row.running_at is None else max(0.0, row.running_at - start)
                chances[row.id] = finished_likelihood(learned.distribution, max(0.0, now - start), last)
        if not chances:
            return rows
        return sorted(rows, key=lambda r: -chances.get(r.id, -1.0))

    def _timed_out(self, row: Row, status: str | None = None, polls: int | None = None) -> Finished:
        return Finished(
            row.id,
            TIMED_OUT,
            status if status is not None else row.last_status,
            None,
            row.polls if polls is None else polls,
            error="not finished before its deadline",
        )

    def _ask(self, call: Callable[[], Response[Any]], report: RunReport) -> Response[Any] | APIConnectionError:
        """One request through the shared budget, renewing the batch's leases while it waits for its slot."""
        slot: Slot | None = None
        if self.budget is not None:
            slot = self.budget.acquire(lambda wait: self._sleep(min(wait, self.lease / 3)), self._keep_leases)
        self._keep_leases()
        self._asked_at = self.store.now()
        answer = answer_of(call)
        self._answered = self.store.now()
        self._timing = self._answered
        self.push.timed(request=self._answered - self._asked_at)
        self._delays = {}
        if isinstance(answer, APIConnectionError):
            if answer.which == "token":
                report.token_failures += 1  # the API request was never sent
            else:
                report.requests += 1
            if slot is not None and self.budget is not None:
                self.budget.observe(slot, None)  # no answer: the slot is no longer in flight
            return answer
        report.requests += 1
        status = int(answer.status_code)
        if status == 429:
            report.throttled += 1
        if slot is not None and self.budget is not None:
            self.budget.observe(slot, status, answer.headers)
        if status < 500 and status != 429 and self._outage is not None and self._outage != "store":
            failed, self._failures = self._failures, 0
            self._event("recovered", f"the provider answers again ({status}) after {failed} failed reads", "API")
        return answer

    def _keep_leases(self) -> None:
        if self._held and self._held_until - self.store.now() < self.lease / 2:
            self.store.extend(self.provider.scope, self.worker, self._held, lease=self.lease)
            self._held_until = self.store.now() + self.lease

    def _next(
        self,
        row: Row,
        delay: float,
        polls: int,
        status: str | None,
        error: str | None,
        timing: tuple[str | None, float | None] | None = None,
    ) -> Finished | Rescheduled:
        """Poll again after `delay`, or time out if that falls after the process's deadline. `delay` counts
        from the answer (one clock reading per answer, so that the processes of one bulk request come due
        together and are claimed together again). `timing`: the answer found it running, of this type and
        start (the history's poll bracket starts here)."""
        due = self._answered + delay
        if row.deadline_at is not None and due > row.deadline_at:
            return self._timed_out(row, status, polls)
        if timing is None:
            return Rescheduled(row.id, due, row.attempt + 1, polls, status, error)
        kind, started = timing
        return Rescheduled(row.id, due, row.attempt + 1, polls, status, error, self._answered, kind, started)

    def _backoff(self, row: Row) -> float:
        """The row's next delay: one draw per backoff step per answer, so the jitter does not split a batch."""
        step = min(row.attempt, 64)  # the cap reached long before; a float power overflows
        if step not in self._delays:
            self._delays[step] = self.policy.backoff(step)
        return self._delays[step]

    def _read(
        self, row: Row, model: Any, polls: int, *, tick: float | None = None, retry_after: float | None = None
    ) -> Finished | Rescheduled:
        """One status of `row`: its outcome, or its next read (`tick`: the bulk round's delay, else the learned
        schedule of its type, else the policy's backoff; `retry_after` a floor)."""
        state = self.provider.classify(model)
        raw = dig(_as_json(model), self.provider.pointer)
        status = None if raw is None else str(raw)
        kind = _fact(self.provider.kind_of, model)
        started = _fact(self.provider.started_of, model)
        kind = None if kind is None else str(kind)[:200]
        started = started if isinstance(started, float) else None
        start = started if started is not None else _origin(row)
        if state.is_terminal:
            self._ended[row.id] = self._duration(row, kind, start, _fact(self.provider.finished_of, model))
            source = self.push.source(row)  # pushed: this read confirmed it (its status wins over the push's)
            return Finished(
                row.id, state.value, status, _as_json(model), polls, source=source, kind=kind, started_at=started
            )
        if row.pushed_status is not None:  # pushed, but the read says pending: asked again soon
            delay = max(self.push.recheck(row), retry_after or 0.0)
        elif tick is not None:
            delay = tick
        else:
            learned = self.schedule(kind if kind is not None else row.kind)
            if learned is None:
                delay = max(self._backoff(row), retry_after or 0.0)
            else:
                progress = _fact(self.provider.progress_of, model)
                fraction = progress if isinstance(progress, float) and 0 < progress < 1 else None
                delay = learned.delay(max(0.0, self._answered - start), retry_after=retry_after, progress=fraction)
            delay = self.push.slowed(delay)
        return self._next(row, delay, polls, status, None, (kind, started))

    def _duration(self, row: Row, kind: str | None, start: float, finished: Any) -> Duration:
        """How long `row` took, for the history: exact by the provider's timestamps, else the poll bracket
        (last found running .. found finished now), counted from its start (else from when it was added)."""
        high = self._answered - start
        if isinstance(finished, float) and finished >= start:
            return Duration(kind or row.kind or "", finished - start, finished - start)
        low = 0.0 if row.running_at is None else max(0.0, row.running_at - start)
        return Duration(kind or row.kind or "", min(low, high), high)

    def _failure(self, row: Row, answer: Response[Any], polls: int) -> Finished | Rescheduled | float:
        """An answer that is not a status: the outcome it decides, or the seconds to wait before a retry."""
        try:
            delay = failure_delay(
                answer,
                what=f"{self.provider.scope} {row.id}",
                not_found=self.provider.not_found,
                policy=self.policy,
                attempt=self._failures,
                not_found_answers=self.provider.not_found_answers,
                route=self.provider.route,
                base_url=self.provider.base_url,
            )
        except ProcessNotFound as error:
            return Finished(row.id, NOT_FOUND, row.last_status, None, polls, error=str(error))
        except UnexpectedAnswer as error:
            if error.status_code == 404:  # the server has no such route: bad configuration, the same for every id
                raise
            if 200 <= error.status_code < 300:  # a success that is not a status: perhaps passing, ask again
                return self.policy.backoff(min(self._failures, 64))
            # An answer no retry changes (400 for an id the provider rejects, 501...): the wait's end, as in `wait`.
            return Finished(row.id, ERROR, row.last_status, None, polls, error=str(error))
        return delay

    def _work_one(self, row: Row, report: RunReport) -> None:
        answer = self._ask(lambda: self.provider.fetch_one(row.id, row.params), report)
        if isinstance(answer, APIConnectionError):
            self._failed_read([row], str(answer), report, which=answer.which)
            return
        model = None
        if 200 <= int(answer.status_code) < 300:
            model = self.provider.as_model(answer.parsed)
        if model is not None:
            self._failures = 0
            report.status_reads += 1
            hint = retry_after_seconds(answer.headers.get("Retry-After"))
            self._settle(*_split([self._read(row, model, row.polls + 1, retry_after=hint)]), report)
            return
        result = self._failure(row, answer, row.polls + 1)  # AuthenticationFailed ends the run
        if isinstance(result, float):
            self._failed_read([row], f"answered {int(answer.status_code)}", report, delay=_asked_wait(answer, result))
        else:
            self._settle(*_split([result]), report)

    def _work_bulk(self, bulk: Bulk, rows: list[Row], report: RunReport) -> None:
        """One bulk request for `rows`. The answer decides only what it can say: a failed, unreadable or
        empty answer is a failed read of the batch (asked again after the waiters' backoff, no outcome); a
        batch refused as a whole (400, 413, 422...) is split in halves to find the id that caused it, which
        alone ends as an error; an id is not-found only when two answers in a row that carried other ids
        both left it out."""
        ids = [r.id for r in rows]
        answer = self._ask(lambda: bulk.fetch(ids), report)
        items = None
        if not isinstance(answer, APIConnectionError) and 200 <= int(answer.status_code) < 300:
            items = bulk.items_of(answer.parsed)
        if items is None or isinstance(answer, APIConnectionError):
            self._bulk_failed(bulk, rows, answer, report)
            return
        by_id: dict[str, Any] = {}
        for item in items:
            key = bulk.id_of(item)
            if key is not None:
                by_id[key] = item
        asked = set(ids)
        if not asked & set(by_id) and len(rows) > 1:
            # An empty list (or none of ours) says nothing about any one id: a failed read, asked again after
            # a backoff. Empty again for the same ids (each of them, perhaps, retired): halves, down to ids
            # asked alone, whose empty answer is evidence about that id (as a 404 for it alone would be).
            # Ids already left out once (asked alone, off the tick) count as asked-empty too: else a batch of
            # them, answered empty, would be a failed read, split, asked alone, left out once again: a loop.
            if all((r.last_error or "").startswith(EMPTY) or r.last_error == OMITTED for r in rows):
                half = len(rows) // 2
                self._work_bulk(bulk, rows[:half], report)
                self._work_bulk(bulk, rows[half:], report)
            else:
                self._failed_read(rows, f"{EMPTY} ({int(answer.status_code)}, {len(rows)} asked)", report)
            return
        self._failures = 0
        report.status_reads += len(asked & set(by_id))
        retry_after = retry_after_seconds(answer.headers.get("Retry-After"))
        tick = self._tick(rows, retry_after, self._just_read(rows, by_id)) - self._answered
        results: list[Finished | Rescheduled] = []
        for row in rows:
            item = by_id.get(row.id)
            if item is not None:
                results.append(self._read(row, item, row.polls + 1, tick=tick))
            elif row.last_error == OMITTED:  # left out of the previous answer too (bol: the status expired)
                results.append(
                    Finished(
                        row.id, NOT_FOUND, row.last_status, None, row.polls + 1, error="no longer returned (twice)"
                    )
                )
            else:
                # Off the tick, on its own backoff from this answer: ids left out of answers asked alone (a split
                # empty answer) would otherwise come due together, be asked together and be answered empty again.
                results.append(self._next(row, self._backoff(row), row.polls + 1, row.last_status, OMITTED))
        self._settle(*_split(results), report)

    def _just_read(self, rows: list[Row], by_id: dict[str, Any]) -> dict[str, tuple[str | None, bool]]:
        """What this answer says of each row it carries, before the store has it: its type (a row read for the
        first time has none stored yet) and whether it is still running."""
        found: dict[str, tuple[str | None, bool]] = {}
        for row in rows:
            item = by_id.get(row.id)
            if item is not None:
                kind = row.kind or _fact(self.provider.kind_of, item)
                state = _fact(self.provider.classify, item)
                found[row.id] = (None if kind is None else str(kind)[:200], not getattr(state, "is_terminal", True))
        return found

    def _tick(
        self, rows: list[Row], retry_after: float | None, read: dict[str, tuple[str | None, bool]] | None = None
    ) -> float:
        """When the provider's next bulk round is (store time): the round's tick if another answer of it set one
        already, else set now for every worker. Its delay is Keller's rule summed over the pending processes
        of the types learned (`schedule.tick_delay`), and the policy's backoff for the youngest of the rows just
        read while some type is still learning; `retry_after` is a floor. `read`: what the answer being settled
        says of its rows (`_just_read`), as the store will say once it is written: a row it found finished is no
        longer pending, one found running was last found running now, and one read for the first time has its
        type (else a new batch would count as a type still learning)."""
        scope = self.provider.scope
        tick = self.store.tick(scope)
        if tick is not None and tick > self._answered:
            return max(tick, self._answered + (retry_after or 0.0))
        delays: list[float] = []
        read = read or {}
        # The round's read happened when its request was sent: the next is due the tick's delay after that, as the
        # schedule's ages are the processes' ages at a read (from the answer's arrival, every round would be late
        # by its own round trip, and the rounds would drift later by one round trip each).
        at = self._asked_at if self._asked_at is not None else self._answered
        learning = [r for r in rows if self.schedule(r.kind or read.get(r.id, (None, True))[0]) is None]
        if learning:
            delays.append(self._backoff(min(learning, key=lambda r: r.attempt)))
        groups: dict[tuple[str, int, int], list[tuple[float, float]]] = {}
        for ident, stored, start, running in self.store.pending(scope):
            kind = stored
            if ident in read:
                answered, still = read[ident]
                if not still:
                    continue
                kind, running = stored or answered, at
            if self.schedule(kind) is None:
                continue
            age = max(0.0, at - start)
            last = 0.0 if running is None else max(0.0, running - start)
            # Buckets ~10% wide in age and last read: tick_delay's cost grows with the groups, not the ids.
            key = (kind or "", round(math.log1p(age) * 10), round(math.log1p(last) * 10))
            groups.setdefault(key, []).append((age, last))
        pending: list[PendingGroup] = []
        for (kind, _, _), members in groups.items():
            learned = self.schedule(kind)
            if learned is not None:
                age = sum(a for a, _ in members) / len(members)
                last = min(sum(b for _, b in members) / len(members), age)
                pending.append(PendingGroup(learned.distribution, len(members), age, last))
        if pending:
            limit = self.provider.bulk.limit if self.provider.bulk is not None else 1
            delays.append(tick_delay(pending, self.lag_per_request, per_request=limit))
        delay = self.push.slowed(max(min(delays) if delays else self.policy.initial, retry_after or 0.0))
        return self.store.set_tick(scope, at + delay, unless_after=self._answered)

    def _bulk_failed(
        self, bulk: Bulk, rows: list[Row], answer: Response[Any] | APIConnectionError, report: RunReport
    ) -> None:
        """A bulk answer that is not a status list: retried, split, or (credentials refused) the run's end."""
        if isinstance(answer, APIConnectionError):
            self._failed_read(rows, str(answer), report, which=answer.which)
            return
        status = int(answer.status_code)
        try:
            delay = failure_delay(
                answer,
                what=f"{self.provider.scope} bulk of {len(rows)}",
                not_found=self.provider.not_found,
                policy=self.policy,
                attempt=self._failures,
                route=self.provider.route,
                base_url=self.provider.base_url,
            )  # AuthenticationFailed ends the run
        except ProcessNotFound:  # a 404 of the bulk operation is not about one id
            self._failed_read(rows, f"bulk answer {status}", report)
            return
        except UnexpectedAnswer as error:
            if status == 404:  # the server has no such route: bad configuration, the same for every batch
                raise
            if 200 <= status < 300 or status >= 500:  # a success that is not a status list: perhaps passing
                self._failed_read(rows, str(error), report)
                return
            if len(rows) > 1:  # refused as a whole: one id may be the cause; ask for each half
                log.info("%s: bulk of %d refused (%d); splitting", self.provider.scope, len(rows), status)
                half = len(rows) // 2
                self._work_bulk(bulk, rows[:half], report)
                self._work_bulk(bulk, rows[half:], report)
                return
            row = rows[0]
            self._settle([Finished(row.id, ERROR, row.last_status, None, row.polls + 1, error=str(error))], [], report)
            return
        self._failed_read(rows, f"answered {status}", report, delay=_asked_wait(answer, delay))

    def _failed_read(
        self, rows: list[Row], reason: str, report: RunReport, *, which: str = "API", delay: float | None = None
    ) -> None:
        """No answer about these rows: each is due again after the worker's failure backoff (one delay for
        the batch, so that it stays one batch), its own backoff step left as it was (a recovered outage
        does not leave every process polled slowly)."""
        self._failures += 1
        report.retries += 1
        wait = delay if delay is not None else min(self.policy.backoff(min(self._failures - 1, 64)), RETRY_MAX)
        self._event("retrying", f"{reason}; {self._failures} {'try' if self._failures == 1 else 'tries'}", which)
        rescheduled = [
            Rescheduled(r.id, self._answered + wait, r.attempt, r.polls + 1, r.last_status, reason[:500]) for r in rows
        ]
        self._settle([], rescheduled, report)

    def _settle(self, finished: Sequence[Finished], rescheduled: Sequence[Rescheduled], report: RunReport) -> None:
        written = self.store.settle(self.provider.scope, self.worker, finished, rescheduled)
        if self._timing is not None:  # the write of a read's answer: part of the read's own time (push sweep)
            self.push.timed(write=self.store.now() - self._timing)
            self._timing = None
        self.push.settled(self._batch, finished, self._asked_at)
        ended, self._ended = self._ended, {}
        lifecycles = {f.id: f.lifecycle for f in finished}
        durations = [ended[i] for i in written if i in ended and lifecycles.get(i) in ENDED]
        if durations:  # the history is advice: losing it to a store error costs no outcome
            self.store.record(self.provider.scope, durations)
            self._new_history = True
        settled = {f.id for f in finished} | {r.id for r in rescheduled}
        self._held = [i for i in self._held if i not in settled]
        report.outcomes += len(written)
        if self.on_outcome is not None and written:
            for row in self.store.get(self.provider.scope, written):
                self.on_outcome(Outcome.of(row))


def unix_seconds(value: Any) -> float | None:
    """A provider's timestamp (ISO 8601 with its zone, as the specs' `date-time`) as Unix seconds; None for
    anything else, a time without a zone included: whose clock it is on cannot be known."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        return None
    return value.timestamp()


def _capped(due: float, row: Row) -> float:
    """`due`, or `row`'s deadline when that comes first (it then ends as timed-out on time)."""
    return due if row.deadline_at is None else min(due, row.deadline_at)


def _origin(row: Row) -> float:
    """When `row`'s process started: the provider's timestamp, else when it was added to the store."""
    return row.started_at if row.started_at is not None else row.added_at


def _fact(read: Callable[[Any], Any] | None, model: Any) -> Any:
    """What `read` finds in an answer (None: no such fact, or one that cannot be read: the answer stands)."""
    if read is None:
        return None
    try:
        return read(model)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def _asked_wait(answer: Response[Any], delay: float) -> float | None:
    """`delay` when the server asked for it (Retry-After on a 429 or 503), else None (the worker's backoff)."""
    if int(answer.status_code) in (429, 503) and retry_after_seconds(answer.headers.get("Retry-After")) is not None:
        return delay
    return None


def _split(results: Sequence[Finished | Rescheduled]) -> tuple[list[Finished], list[Rescheduled]]:
    return [r for r in results if isinstance(r, Finished)], [r for r in results if isinstance(r, Rescheduled)]
