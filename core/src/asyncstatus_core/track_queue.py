"""Drain a provider's notification queue into the tracker's store: poll, record the pushed status, then acknowledge.

Part of asyncstatus-core. A provider that keeps a queue of notifications for its customer (Realtime Register: poll
the oldest unacknowledged one, acknowledge it by id, the same one comes back until then) lets a worker learn that
processes finished without reading each of them. Each SDK whose spec declares `x-push.queue` renders the calls
(`QueueFacts`); the logic lives here once, and never imports a provider's package.

    drainer = QueueDrainer(facts, store=open_store(url), scope="realtimeregister_process_client")
    drainer.run()  # until stop(); drain_once() is one step

One step, in the order that loses nothing:
  1. poll (and, when the queue holds several and the spec names a list operation, read a page of them at once;
     while the queue stays busy, the list alone);
  2. read each notification with the provider's `x-push` reader (the webhook's: the same notification body);
  3. record what they say in the store in one transaction (`Store.record_pushes`: idempotent, the first push wins);
  4. only then acknowledge each. A store failure acknowledges nothing (the notifications stay queued, the next poll
     shows them again); an acknowledgement that fails is safe too (shown again, recorded again as a no-op).
A notification about a process the store does not track, about no process at all, or that is not the notification
the reader expects, is acknowledged as well: the provider's queue shows the oldest one until it is acknowledged, so
leaving one there would stop the drain (the spec's pollNotification). The drainer therefore consumes the customer's
whole queue: run it only where nothing else reads that queue.

Requests go through the SDK's client (its deadlines and retries) and, when `budget_name` is given, the tracker's
shared rate budget (`track_budget.py`). While notifications keep coming the queue is read every `interval` seconds,
each read taking all that came meanwhile in one or two requests (the poll, the list when there are several), so a busy
queue costs little more than one acknowledgement a notification; a queue that held more than one read takes is read
again at once. An empty queue is polled again after a delay that doubles from `interval` up to `idle_max`;
a failed request or store write after a backoff that honours `Retry-After`. Nothing secret is logged.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .budget import retry_after_seconds
from .errors import APIConnectionError, SDKError
from .polling import answer_of
from .push import BadEvent, EventReader, PushEvent, pointer
from .track_budget import SharedBudget, Slot
from .track_store import Row, Store
from .types import Response

__all__ = ["DrainReport", "QueueDrainer", "QueueError", "QueueFacts", "describe"]

log = logging.getLogger("asyncstatus_core.track_queue")

INTERVAL = 15.0  # seconds between reads of a queue that had notifications (a read then takes all that came since)
IDLE_MAX = 60.0  # seconds at most between polls of a queue that stays empty (the wait doubles from INTERVAL)
RETRY_MIN = 1.0  # seconds after a failed request or store write; doubled while failures go on
RETRY_MAX = 30.0
REQUEST_TIMEOUT = 30.0  # seconds one request may take, retries by the client included
FATAL = frozenset({401, 403})  # credentials or rights: no retry changes them


class QueueError(SDKError):
    """The queue cannot be drained: the provider refused the credentials or the request (the message says which
    operation and status, never a secret; `status` is the answer's)."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class QueueFacts:
    """One provider's queue, from its spec's `x-push.queue`: bound SDK calls and JSON Pointers into their answers.

    `poll()` asks for the oldest unacknowledged notification; its answer holds it at `notification` and the queue's
    size at `count`. `ack(notification_id)` acknowledges one, the id read at `notification_id` in the notification.
    `listing(limit)` (optional) reads up to `limit` unacknowledged notifications at once, at `items` in its answer.
    `reader` reads a notification as the receiver reads a pushed one (the process and its status)."""

    poll: Callable[[], Response[Any]]
    ack: Callable[[Any], Response[Any]]
    reader: EventReader
    notification: str
    notification_id: str
    count: str | None = None
    listing: Callable[[int], Response[Any]] | None = None
    items: str | None = None
    list_limit: int = 100


@dataclass
class DrainReport:
    """What a drain did: requests by kind, and what became of the notifications it read."""

    polls: int = 0
    empty_reads: int = 0  # polls and lists that found the queue empty
    lists: int = 0
    acks: int = 0
    recorded: int = 0  # a tracked row took the pushed status
    unchanged: int = 0  # already pushed or already finished (a duplicate, a late one)
    untracked: int = 0  # about a process the store does not track
    ignored: int = 0  # about no process, or another kind of notification
    not_final: int = 0  # a status the lifecycle table does not call ended (acknowledged, nothing recorded)
    malformed: int = 0  # not the notification the reader expects (acknowledged, nothing recorded)
    failures: int = 0  # failed requests and store writes, each retried after a backoff
    throttled: int = 0

    @property
    def requests(self) -> int:
        return self.polls + self.lists + self.acks

    def as_dict(self) -> dict[str, int]:
        return {**{k: int(v) for k, v in vars(self).items()}, "requests": self.requests}


class _Store(Protocol):
    def record_pushes(self, scope: str, pushes: Sequence[tuple[str, str]]) -> list[str]: ...

    def get(self, scope: str, ids: Sequence[str]) -> list[Row]: ...


@dataclass
class _Read:
    """One notification as read: its id (to acknowledge) and the event it carries (None: nothing to record)."""

    ident: Any
    event: PushEvent | None
    malformed: str | None = None


@dataclass
class _Waits:
    idle: float = INTERVAL
    retry: float = RETRY_MIN
    history: list[str] = field(default_factory=list)


class QueueDrainer:
    """Drains one queue into `store` under `scope` (the SDK's tracker scope). `budget_name`: the tracker's shared
    rate budget, so that drainers and tracker workers on one store stay under the provider's limit together (None:
    no shared budget). `sleep` and `clock` are for tests."""

    def __init__(
        self,
        facts: QueueFacts,
        *,
        store: Store | _Store,
        scope: str,
        budget_name: str | None = None,
        interval: float = INTERVAL,
        idle_max: float = IDLE_MAX,
        retry_max: float = RETRY_MAX,
        request_timeout: float = REQUEST_TIMEOUT,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < interval <= idle_max:
            raise ValueError(f"interval must be positive and at most idle_max, got {interval} and {idle_max}")
        self.facts = facts
        self.store = store
        self.scope = scope
        self.interval, self.idle_max, self.retry_max = interval, idle_max, retry_max
        self.request_timeout = request_timeout
        self.report = DrainReport()
        self.budget = SharedBudget(store, budget_name) if budget_name and isinstance(store, Store) else None
        self._stop = threading.Event()
        self._sleep: Callable[[float], object] = sleep or self._stop.wait
        self._clock = clock
        self._waits = _Waits(idle=interval)
        self._until_empty = False
        self._busy = False  # the last read found several waiting: list directly next time

    # --- running ---------------------------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask `run` to return after the step under way (thread-safe)."""
        self._stop.set()

    def run(self, *, until_empty: bool = False, max_seconds: float | None = None) -> DrainReport:
        """Drain until `stop()`, `max_seconds` have passed, or (`until_empty`) the queue answers empty. Returns the
        report (cumulative over this drainer's life). Raises QueueError when the provider refuses the credentials
        or the request, and the SDK's other errors that no retry mends (an invalid URL, a TLS failure)."""
        end = None if max_seconds is None else self._clock() + max_seconds
        self._until_empty = until_empty
        while not self._stop.is_set():
            wait = self.drain_once()
            if until_empty and self._waits.history[-1:] == ["empty"]:
                break
            if end is not None:  # checked after every step: a queue that stays full does not hold the drain
                left = end - self._clock()
                if left <= 0:
                    break
                wait = min(wait, left)
            if wait > 0:
                self._sleep(wait)
        return self.report

    def drain_once(self) -> float:
        """One step (module docstring): seconds to wait before the next (0: the queue holds more now)."""
        taken = self._take()
        if not isinstance(taken, tuple):
            return taken
        batch, more = taken
        reads = [self._read(n) for n in batch]
        if any(r.ident is None or isinstance(r.ident, bool) for r in reads):
            self.report.failures += 1  # the provider's answer is not what its spec says: nothing can be acknowledged
            log.warning("a notification has no %s; polling again later", self.facts.notification_id)
            return self._retry("a notification without an id")
        if not self._record(reads):
            return self._retry("the store cannot take the notifications now")
        for read in reads:
            acked = self._ask(functools.partial(self.facts.ack, read.ident), "ack")
            if not isinstance(acked, dict):
                return acked  # the rest come again with the next poll; recording them again changes nothing
        self._waits.idle, self._waits.retry = self.interval, RETRY_MIN
        self._waits.history = ["drained"]
        # More waiting than this read took: at once. Otherwise after `interval`, when the next read takes all that
        # came meanwhile (`until_empty`: at once, to see the queue answer empty).
        return 0.0 if more or self._until_empty else self.interval

    # --- one step's parts ------------------------------------------------------------------------------------

    def _take(self) -> tuple[list[Any], bool] | float:
        """The notifications to handle now and whether more are waiting, or the seconds to wait. A quiet queue is
        polled (one request; several waiting: a list reads them at once); a busy one (the last read found several)
        is listed directly, one request for all that came meanwhile, until a list finds it empty."""
        if self._busy:
            page = self._page(self.facts.list_limit)
            if page is not None:
                if not page:
                    self._busy = False
                    self.report.empty_reads += 1
                    return self._idle()
                return page, len(page) >= self.facts.list_limit
        answer = self._ask(self.facts.poll, "poll")
        if not isinstance(answer, dict):
            return answer
        first = pointer(answer, self.facts.notification)
        if first is None:
            self.report.empty_reads += 1
            return self._idle()
        given = pointer(answer, self.facts.count) if self.facts.count else None
        count = given if isinstance(given, int) and not isinstance(given, bool) else None
        batch = [first]
        if count is not None and count > 1 and self.facts.listing is not None:
            page = self._page(min(count, self.facts.list_limit))
            first_id = pointer(first, self.facts.notification_id)
            batch += [n for n in page or [] if pointer(n, self.facts.notification_id) != first_id]
        self._busy = count is not None and count > 1 and self.facts.listing is not None
        # Without a count the queue may hold more: poll again at once.
        return batch, count is None or count > len(batch)

    def _page(self, limit: int) -> list[Any] | None:
        """Up to `limit` unacknowledged notifications in one request; None when there is no list or it failed
        (polling one at a time is no worse)."""
        listing = self.facts.listing
        if listing is None or self.facts.items is None:
            return None
        answer = self._ask(functools.partial(listing, limit), "list")
        if not isinstance(answer, dict):
            return None
        items = pointer(answer, self.facts.items)
        if not isinstance(items, list):
            log.warning("the notification list has no %s; polling one at a time", self.facts.items)
            return None
        return [n for n in items if isinstance(n, dict)]

    def _read(self, notification: Any) -> _Read:
        ident = pointer(notification, self.facts.notification_id) if isinstance(notification, dict) else None
        try:
            event = self.facts.reader(notification)
        except BadEvent as bad:
            return _Read(ident, None, str(bad))
        return _Read(ident, event)

    def _record(self, reads: Sequence[_Read]) -> bool:
        """Record the events of `reads` in one transaction; False when the store cannot take them (no ack then)."""
        events = [r.event for r in reads if r.event is not None and r.event.final]
        pushes = [(e.process_id, e.status) for e in events]
        try:
            changed = set(self.store.record_pushes(self.scope, pushes)) if pushes else set()
            others = [e.process_id for e in events if e.process_id not in changed]
            tracked = {row.id for row in self.store.get(self.scope, others)} if others else set()
        except Exception as error:  # StoreError, a driver's error: nothing is acknowledged, all stay queued
            log.warning("notifications not stored (%s): they stay queued", type(error).__name__)
            self.report.failures += 1
            return False
        for read in reads:
            if read.event is None:
                if read.malformed is not None:
                    self.report.malformed += 1
                    log.warning(
                        "notification %s is not one this drainer reads (%s): acknowledged", read.ident, read.malformed
                    )
                else:
                    self.report.ignored += 1
                    log.debug("notification %s is about no tracked kind of process: acknowledged", read.ident)
            elif not read.event.final:
                self.report.not_final += 1
                log.debug("notification %s: %s is not a final status: acknowledged", read.ident, read.event.status)
            elif read.event.process_id in changed:
                self.report.recorded += 1
                log.info(
                    "notification %s: process %s %s recorded", read.ident, read.event.process_id, read.event.status
                )
            elif read.event.process_id in tracked:
                self.report.unchanged += 1
                log.debug("notification %s: process %s already pushed or finished", read.ident, read.event.process_id)
            else:
                self.report.untracked += 1
                log.debug(
                    "notification %s: process %s is not tracked here: acknowledged", read.ident, read.event.process_id
                )
        return True

    def _ask(self, call: Callable[[], Response[Any]], what: str) -> dict[str, Any] | float:
        """One request (`what`: poll, list or ack) through the shared budget: its JSON object (an empty one for an
        empty 2xx body), or the seconds to wait before trying again. QueueError for 401/403, and for a poll or list
        the provider refuses (a 4xx other than 429: an unknown customer, say), which no retry changes."""
        slot: Slot | None = None
        if self.budget is not None:
            slot = self.budget.acquire(self._pause)
        answer = answer_of(call, self.request_timeout)
        if isinstance(answer, APIConnectionError):
            if slot is not None and self.budget is not None:
                self.budget.observe(slot, None)
            self.report.failures += 1
            log.warning("%s: no answer (%s); trying again", what, type(answer).__name__)
            return self._retry(f"{what}: no answer")
        counter = {"poll": "polls", "list": "lists", "ack": "acks"}[what]
        setattr(self.report, counter, getattr(self.report, counter) + 1)
        status = int(answer.status_code)
        if slot is not None and self.budget is not None:
            self.budget.observe(slot, status, answer.headers)
        if 200 <= status < 300:
            return _json_object(answer.content)
        self.report.failures += 1
        if status in FATAL:
            raise QueueError(
                f"{what}: the provider refused the request ({status}): check the credentials and customer",
                status=status,
            )
        if status < 500 and status != 429 and what != "ack":
            raise QueueError(
                f"{what}: the provider refused the request ({status}){_message(answer.content)}", status=status
            )
        if status == 429:
            self.report.throttled += 1
        # An ack refused otherwise (400: acknowledged already, by another drainer) is retried by polling again:
        # a notification still queued comes back, one that is gone does not.
        hint = retry_after_seconds(answer.headers.get("Retry-After")) if status in (429, 503) else None
        log.warning("%s answered %s; trying again", what, status)
        return self._retry(f"{what}: {status}", hint)

    def _pause(self, seconds: float) -> None:
        self._sleep(seconds)

    # --- waits -----------------------------------------------------------------------------------------------

    def _idle(self) -> float:
        wait, self._waits.idle = self._waits.idle, min(self._waits.idle * 2, self.idle_max)
        self._waits.retry = RETRY_MIN
        self._waits.history = ["empty"]
        return wait

    def _retry(self, reason: str, hint: float | None = None) -> float:
        wait, self._waits.retry = self._waits.retry, min(self._waits.retry * 2, self.retry_max)
        self._waits.history = ["failed"]
        log.debug("retrying in %.1f s: %s", max(wait, hint or 0.0), reason)
        return max(wait, hint or 0.0)


def _json_object(content: bytes) -> dict[str, Any]:
    """A 2xx body as a JSON object: {} for an empty body (an acknowledgement) or anything that is not an object."""
    if not content.strip():
        return {}
    try:
        value = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


def _message(content: bytes) -> str:
    """`: <message>` from an error body's `message` (providers' error bodies carry one), else nothing."""
    body = _json_object(content)
    text = body.get("message")
    return f": {str(text)[:200]}" if isinstance(text, str) and text else ""


def describe(report: DrainReport | Mapping[str, int]) -> str:
    """One line for the log and the CLI."""
    figures = report.as_dict() if isinstance(report, DrainReport) else dict(report)
    return (
        f"{figures['recorded']} recorded, {figures['unchanged']} already known, {figures['untracked']} untracked, "
        f"{figures['ignored'] + figures['malformed']} ignored, "
        f"{figures.get('not_final', 0)} not final; {figures['requests']} requests "
        f"({figures['polls']} polls, {figures['lists']} lists, {figures['empty_reads']} of them empty, "
        f"{figures['acks']} acks), "
        f"{figures['failures']} failures"
    )
