"""Waiting for an asynchronous process: lifecycle states, polite polling and retries.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `waiters` module (rendered
from the spec's `x-async-status`) supplies what is provider-specific: which operation to call, where
the status sits and what each value means. The policy: capped exponential backoff with jitter,
`Retry-After` (seconds or HTTP date) honoured on 429 and 503, connection errors and 5xx retried
within the deadline, never sleeping past it; 404 and refused credentials end the wait at once.

Answers are judged by status code before any body is read (README, "Answers the SDKs survive"): 401/403
raise AuthenticationFailed, 404 (or a not-found the spec's `x-async-status` maps from another status)
ProcessNotFound, retryable statuses are retried, and any other answer raises UnexpectedAnswer with the
raw answer attached. The package's own answer errors from a call (UnexpectedStatus, UnexpectedResponse)
are turned back into answers first, so they go through the same rule.

Many waits on one client share one request budget (`budget.py`): every request takes a slot from the
client's `RateBudget` first and the answer teaches the budget the provider's limit (rate-limit headers,
`Retry-After` pausing every waiter, AIMD on 429s without headers), so concurrent waiters together stay under
the limit instead of each backing off alone. `PollPolicy(budget=...)` chooses another budget, or none.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from .answers import http_status
from .budget import RateBudget, Ticket, budget_for, retry_after_seconds
from .errors import (
    APIConnectionError,
    AuthenticationError,
    AuthenticationFailed,
    ProcessNotFound,
    TLSError,
    UnexpectedAnswer,
    UnexpectedResponse,
    UnexpectedStatus,
    WaitError,
    WaitTimeout,
)
from .limits import deadline as request_deadline
from .limits import translate
from .redact import excerpt
from .schedule import LearnedSchedule, PendingGroup, tick_delay
from .types import Response
from .urls import Route

__all__ = [
    "AuthenticationFailed",
    "Lifecycle",
    "NotFoundAnswer",
    "PollPolicy",
    "ProcessNotFound",
    "RateBudget",
    "Route",
    "UnexpectedAnswer",
    "WaitError",
    "WaitTimeout",
    "retry_after_seconds",
]

T = TypeVar("T")

log = logging.getLogger("asyncstatus_core")
RetryCallback = Callable[[str, int], None]  # (what went wrong, failed tries in a row)


class Lifecycle(enum.Enum):
    """Where a process stands, whatever words its provider uses."""

    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    NEEDS_ACTION = "needs-action"  # stopped until the caller acts (e.g. Realtime Register's SUSPENDED)
    UNKNOWN = "unknown"  # a value the spec does not list: not terminal, keep polling

    @property
    def is_terminal(self) -> bool:
        return self in (Lifecycle.SUCCEEDED, Lifecycle.FAILED, Lifecycle.CANCELLED, Lifecycle.NEEDS_ACTION)


@dataclass(frozen=True)
class PollPolicy:
    """How often to ask. Delays grow from `initial` by `multiplier` up to `maximum` seconds, each
    shortened by up to `jitter` (a fraction) at random so that many waiters do not ask in step.

    `budget`: True (the default) shares the client's `RateBudget` with every other waiter on the client;
    a `RateBudget` shares that one (e.g. between clients on one API key); False asks without one.

    `schedule`: a `schedule.LearnedSchedule` (how long processes of this kind take, and how many seconds of lag
    one request is worth) in place of the backoff: after the first read, a process is read again at the
    schedule's ages (counted from the start of the wait), and bulk rounds come on one shared tick for all the
    unfinished ids. `Retry-After` still wins; errors are still retried on the backoff above."""

    initial: float = 1.0
    maximum: float = 30.0
    multiplier: float = 1.5
    jitter: float = 0.2
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    rng: Callable[[], float] = field(default=random.random, repr=False, compare=False)
    budget: RateBudget | bool = field(default=True, compare=False)
    schedule: LearnedSchedule | None = field(default=None, compare=False)

    def budget_for(self, client: object) -> RateBudget | None:
        """The budget a wait on `client` asks through (None: none)."""
        if isinstance(self.budget, RateBudget):
            return self.budget
        return budget_for(client) if self.budget else None

    def backoff(self, attempt: int) -> float:
        base = min(self.maximum, self.initial * self.multiplier ** max(0, attempt))
        return base * (1.0 - self.jitter * self.rng())

    def status_delay(self, attempt: int, age: float) -> float:
        """Seconds until the next read of a process found running `age` seconds into the wait."""
        return self.backoff(attempt) if self.schedule is None else self.schedule.delay(age)

    def round_delay(self, attempt: int, age: float, pending: int, per_request: int) -> float:
        """Seconds until the next bulk round, `pending` ids just read and found unfinished `age` seconds in."""
        if self.schedule is None:
            return self.backoff(attempt)
        group = PendingGroup(self.schedule.distribution, pending, age, age)
        return tick_delay([group], self.schedule.lag_per_request, per_request=per_request)


# Where providers put the words of an error: myKaarma/ActivePlatform/Realtime Register `message`, bol's
# problem `detail`/`title`, ServiceStack's `ResponseStatus.Message` (booster), OAuth2 `error_description`.
_MESSAGE_KEYS = ("message", "Message", "detail", "title", "error_description", "errorMessage", "description", "error")
_MESSAGE_HOLDERS = ("ResponseStatus", "responseStatus", "error", "errors", "status")


def provider_message(content: bytes) -> str | None:
    """The provider's own error message in a JSON error body, shortened and redacted; None if none."""
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return None
    for node in (body, *(_holders(body))):
        if isinstance(node, dict):
            for key in _MESSAGE_KEYS:
                value = node.get(key)
                if isinstance(value, str) and value.strip():
                    return excerpt(value.encode(), 200)
    return None


def _holders(body: Any) -> list[Any]:
    if not isinstance(body, dict):
        return [body[0]] if isinstance(body, list) and body else []
    found: list[Any] = []
    for key in _MESSAGE_HOLDERS:
        value = body.get(key)
        found.append(value[0] if isinstance(value, list) and value else value)
    return found


@dataclass(frozen=True)
class NotFoundAnswer:
    """An answer under another status than 404 that means "no such process" (`x-async-status`
    `not-found-answers`), e.g. Realtime Register's 400 with `"type": "ObjectDoesNotExist"`."""

    status: int
    pointer: tuple[str, ...]
    values: frozenset[str]

    def matches(self, response: Response[Any]) -> bool:
        if int(response.status_code) != self.status:
            return False
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            return False
        value = dig(body, self.pointer)
        return isinstance(value, str) and value in self.values


Answer = Response[Any] | APIConnectionError


def _as_answer(error: UnexpectedStatus | UnexpectedResponse) -> Response[Any]:
    return Response(
        status_code=http_status(error.status_code),
        content=error.content,
        headers=httpx.Headers(error.headers),
        parsed=None,
    )


def _refused(error: AuthenticationError) -> AuthenticationFailed:
    return AuthenticationFailed(f"credentials refused: {error}", status_code=0)


def answer_of(call: Callable[[], Response[Any]], seconds: float | None = None) -> Answer:
    """Call once, the request bounded by `seconds` (the wait's time left). The package's own answer errors
    become answers again, so the status decides; a connection error (a timeout included, but not a TLS
    failure, which retrying cannot mend) is an answer too, retried; refused credentials at the token endpoint
    are AuthenticationFailed; every other error (InvalidURL, TooManyRedirects, BodyTooLarge...) ends the wait."""
    try:
        try:
            with request_deadline(seconds):
                return call()
        except httpx.HTTPError as error:  # only from a hand-made call: the SDK's own never let one out
            raise translate(error) from error
    except TLSError:
        raise
    except APIConnectionError as error:
        return error
    except (UnexpectedStatus, UnexpectedResponse) as error:
        return _as_answer(error)
    except AuthenticationError as error:
        raise _refused(error) from error


async def async_answer_of(call: Callable[[], Awaitable[Response[Any]]], seconds: float | None = None) -> Answer:
    try:
        try:
            with request_deadline(seconds):
                return await call()
        except httpx.HTTPError as error:  # only from a hand-made call: the SDK's own never let one out
            raise translate(error) from error
    except TLSError:
        raise
    except APIConnectionError as error:
        return error
    except (UnexpectedStatus, UnexpectedResponse) as error:
        return _as_answer(error)
    except AuthenticationError as error:
        raise _refused(error) from error


class Deadline:
    """The end of a wait, and the one rule about it: never sleep past it."""

    def __init__(self, what: str, timeout: float, clock: Callable[[], float]) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive (seconds)")
        self.what = what
        self.timeout = timeout
        self.clock = clock
        self.end = clock() + timeout
        self.last: Any = None
        self.last_state: Lifecycle | None = None

    def remaining(self) -> float:
        return self.end - self.clock()

    def elapsed(self) -> float:
        return self.timeout - self.remaining()

    def expire(self, reason: str) -> WaitTimeout:
        """The timeout, saying how long the wait really took: it gives up before the deadline when the next
        poll would fall after it (`not finished after 7s of the 12s timeout`)."""
        state = f"last status: {self.last_state.value}" if self.last_state else "no status read yet"
        elapsed = max(0.0, self.timeout - self.remaining())
        took = f"{elapsed:.1f}" if elapsed < 10 else f"{elapsed:.0f}"
        return WaitTimeout(
            f"{self.what}: not finished after {took}s of the {self.timeout:g}s timeout ({state}); {reason}",
            last=self.last,
            lifecycle=self.last_state,
        )

    def check(self, delay: float, reason: str) -> float:
        """`delay` if sleeping that long still leaves time to ask again; else WaitTimeout."""
        remaining = self.remaining()
        if remaining <= 0 or delay > remaining:
            raise self.expire(reason)
        return delay


NO_SLOT = "no slot in the client's shared rate budget before the deadline"


def _observe(budget: RateBudget, ticket: Ticket, answer: Answer | None) -> None:
    if answer is None or isinstance(answer, APIConnectionError):
        budget.observe(ticket, None)
    else:
        budget.observe(ticket, int(answer.status_code), answer.headers)


def ask(budget: RateBudget | None, deadline: Deadline, call: Callable[[], Response[Any]]) -> Answer:
    """One request through the budget: a slot first (WaitTimeout if none before the deadline), then the
    answer, which the budget learns from."""
    if budget is None:
        return answer_of(call, deadline.remaining())
    ticket = budget.acquire(timeout=deadline.remaining())
    if ticket is None:
        raise deadline.expire(NO_SLOT)
    answer: Answer | None = None
    try:
        answer = answer_of(call, deadline.remaining())
        return answer
    finally:
        _observe(budget, ticket, answer)


async def async_ask(
    budget: RateBudget | None, deadline: Deadline, call: Callable[[], Awaitable[Response[Any]]]
) -> Answer:
    if budget is None:
        return await async_answer_of(call, deadline.remaining())
    ticket = await budget.acquire_async(timeout=deadline.remaining())
    if ticket is None:
        raise deadline.expire(NO_SLOT)
    answer: Answer | None = None
    try:
        answer = await async_answer_of(call, deadline.remaining())
        return answer
    finally:
        _observe(budget, ticket, answer)


def failure_delay(
    response: Response[Any],
    *,
    what: str,
    not_found: str,
    policy: PollPolicy,
    attempt: int,
    not_found_answers: tuple[NotFoundAnswer, ...] = (),
    route: Route | None = None,
    base_url: str = "",
) -> float:
    """For an answer that is not a status: how long to wait before asking again, or the error that ends the wait.
    With `route` (the spec's, and the client's `base_url`), a 404 for a path the server does not route is an
    UnexpectedAnswer saying so, not a ProcessNotFound."""
    status = int(response.status_code)
    if any(rule.matches(response) for rule in not_found_answers):
        raise ProcessNotFound(f"{what}: {status}, the provider says it does not exist; stop polling", expired=False)
    miss = route.miss(response.content, base_url) if route is not None and status == 404 else None
    if miss is not None:
        raise UnexpectedAnswer(
            f"{what}: 404, {miss}",
            status_code=status,
            parsed=response.parsed,
            content=response.content,
            headers=response.headers,
            provider_message=provider_message(response.content),
        )
    if status == 404:
        # bol retires a status after it finishes, and its 404 cannot tell that from an id that never was.
        expired = not_found == "expired"
        detail = "not found (unknown id, or its record expired)" if expired else "not found (it does not exist)"
        raise ProcessNotFound(f"{what}: 404, {detail}; stop polling", expired=expired)
    if status in (401, 403):
        words = provider_message(response.content)
        said = f": {words}" if words else ""
        raise AuthenticationFailed(f"{what}: credentials refused ({status}){said}", status_code=status)
    if status in policy.retry_statuses:
        wait = retry_after_seconds(response.headers.get("Retry-After")) if status in (429, 503) else None
        return wait if wait is not None else policy.backoff(attempt)
    if 200 <= status < 300:
        detail = "whose body is not a status"
    elif response.parsed is None:
        detail = "whose body could not be read"
    else:
        detail = f"({type(response.parsed).__name__})"
    words = provider_message(response.content) if not 200 <= status < 300 else None
    said = f": {words}" if words else ""
    raise UnexpectedAnswer(
        f"{what}: unexpected answer {status} {detail}{said}",
        status_code=status,
        parsed=response.parsed,
        content=response.content,
        headers=response.headers,
        provider_message=words,
    )


@dataclass
class Waiter(Generic[T]):
    """One process: ask, classify, and decide what to do next. Shared by the sync and async loops."""

    what: str
    model: type[T]
    classify: Callable[[T], Lifecycle]
    deadline: Deadline
    not_found: str
    on_progress: Callable[[T, Lifecycle], None] | None
    policy: PollPolicy
    attempt: int = 0
    not_found_answers: tuple[NotFoundAnswer, ...] = ()
    budget: RateBudget | None = None  # shared with the other waiters on the client (None: ask directly)
    on_retry: RetryCallback | None = None  # told of every failed try that will be retried
    failures: int = 0  # failed tries in a row
    route: Route | None = None  # the spec's route, to tell a 404 for a wrong base URL from "no such process"
    base_url: str = ""  # the client's base URL (for `route`)

    def as_model(self, parsed: Any) -> T | None:
        """A success answer as the status model: another alternative of the answer's union (Realtime
        Register's `ProcessFields`, chosen when required fields are absent) is re-read leniently as the model."""
        if isinstance(parsed, self.model):
            return parsed
        if parsed is None or not hasattr(parsed, "to_dict"):
            return None
        model: Any = self.model
        converted: T = model.from_dict(parsed.to_dict())
        return converted

    def retrying(self, reason: str) -> None:
        self.failures += 1
        log.info("%s: retrying: %s, %d %s", self.what, reason, self.failures, "try" if self.failures == 1 else "tries")
        if self.on_retry is not None:
            self.on_retry(reason, self.failures)

    def next_delay(self, answer: Response[Any] | APIConnectionError) -> T | float:
        """The finished model, or seconds to sleep before asking again."""
        self.attempt += 1
        if isinstance(answer, APIConnectionError):
            delay = self.policy.backoff(self.attempt - 1)
            try:
                delay = self.deadline.check(delay, f"last error: {answer}, {self.failures + 1} tries")
            except WaitTimeout as timeout:
                raise timeout from answer
            self.retrying(str(answer))
            return delay
        parsed = self.as_model(answer.parsed) if 200 <= int(answer.status_code) < 300 else None
        if parsed is not None:
            self.failures = 0
            state = self.classify(parsed)
            log.debug("%s: polled, %s", self.what, state.value)
            self.deadline.last, self.deadline.last_state = parsed, state
            if self.on_progress is not None:
                self.on_progress(parsed, state)
            if state.is_terminal:
                return parsed
            delay = self.policy.status_delay(self.attempt - 1, self.deadline.elapsed())
            return self.deadline.check(delay, "the next poll would fall after the deadline")
        delay = failure_delay(
            answer,
            what=self.what,
            not_found=self.not_found,
            policy=self.policy,
            attempt=self.attempt - 1,
            not_found_answers=self.not_found_answers,
            route=self.route,
            base_url=self.base_url,
        )
        delay = self.deadline.check(delay, f"the server asked to wait {delay:g}s ({int(answer.status_code)})")
        self.retrying(f"answered {int(answer.status_code)}")
        return delay

    def read_once(self, answer: Response[Any] | APIConnectionError) -> T:
        """One answer as the status model, or the error it means (`get`: no retries, no waiting)."""
        if isinstance(answer, APIConnectionError):
            raise answer
        parsed = self.as_model(answer.parsed) if 200 <= int(answer.status_code) < 300 else None
        if parsed is not None:
            return parsed
        failure_delay(
            answer,
            what=self.what,
            not_found=self.not_found,
            policy=self.policy,
            attempt=0,
            not_found_answers=self.not_found_answers,
            route=self.route,
            base_url=self.base_url,
        )
        status = int(answer.status_code)
        raise UnexpectedAnswer(
            f"{self.what}: answered {status}; try again later",
            status_code=status,
            parsed=answer.parsed,
            content=answer.content,
            headers=answer.headers,
            provider_message=provider_message(answer.content),
        )


def wait_sync(waiter: Waiter[T], fetch: Callable[[], Response[Any]], sleep: Callable[[float], None] = time.sleep) -> T:
    while True:
        outcome = waiter.next_delay(ask(waiter.budget, waiter.deadline, fetch))
        if isinstance(outcome, float):
            sleep(outcome)
        else:
            return outcome


async def wait_async(
    waiter: Waiter[T],
    fetch: Callable[[], Awaitable[Response[Any]]],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    while True:
        outcome = waiter.next_delay(await async_ask(waiter.budget, waiter.deadline, fetch))
        if isinstance(outcome, float):
            await sleep(outcome)
        else:
            return outcome


@dataclass
class ManyWaiter(Generic[T]):
    """Many processes through a bulk operation: each round asks for the unfinished ids, at most
    `chunk_size` per request, and keeps only those still unfinished for the next round."""

    what: str
    ids: list[str]
    items_of: Callable[[Any], list[T] | None]  # the statuses in a bulk answer (None: not a status answer)
    id_of: Callable[[T], str | None]  # None: an item without its id (it cannot be matched to a request)
    classify: Callable[[T], Lifecycle]
    deadline: Deadline
    policy: PollPolicy
    chunk_size: int
    on_progress: Callable[[dict[str, T], int], None] | None = None  # (finished so far, ids in all)
    finished: dict[str, T] = field(default_factory=dict)
    expired: list[str] = field(default_factory=list)
    attempt: int = 0
    requests: int = 0
    budget: RateBudget | None = None
    on_retry: RetryCallback | None = None
    failures: int = 0
    route: Route | None = None
    base_url: str = ""
    on_status: Callable[[str, T, Lifecycle], None] | None = None  # every status read, finished or not
    omitted: set[str] = field(default_factory=set)  # left out of the last answer that held other ids

    def unfinished(self) -> list[str]:
        return [i for i in self.ids if i not in self.finished and i not in self.expired]

    def chunks(self) -> list[list[str]]:
        todo = self.unfinished()
        return [todo[i : i + self.chunk_size] for i in range(0, len(todo), self.chunk_size)]

    def take(self, chunk: list[str], answer: Response[Any] | APIConnectionError) -> float | None:
        """Record one bulk answer; seconds to wait before retrying this chunk, or None when recorded."""
        self.requests += 1
        if isinstance(answer, APIConnectionError):
            try:
                delay = self.deadline.check(self.policy.backoff(self.attempt), f"last error: {answer}")
            except WaitTimeout as timeout:
                raise timeout from answer
            self.retrying(str(answer))
            return delay
        items = self.items_of(answer.parsed) if 200 <= int(answer.status_code) < 300 else None
        if items is None:
            delay = failure_delay(
                answer,
                what=self.what,
                not_found="expired",
                policy=self.policy,
                attempt=self.attempt,
                route=self.route,
                base_url=self.base_url,
            )
            delay = self.deadline.check(delay, f"the server asked to wait {delay:g}s ({int(answer.status_code)})")
            self.retrying(f"answered {int(answer.status_code)}")
            return delay
        keyed = [(self.id_of(item), item) for item in items]
        seen = {key for key, _ in keyed if key is not None}
        if not seen & set(chunk) and self.failures == 0:
            # An empty list (or none of ours) says nothing about any id: a failed read, asked again, never
            # an "expired" for every id of the chunk. Empty again: each id counts it as left out.
            delay = self.deadline.check(self.policy.backoff(self.failures), f"bulk answer without the {len(chunk)} ids")
            self.retrying(f"answered {int(answer.status_code)} without the ids asked for")
            return delay
        self.failures = 0
        for key, item in keyed:
            if key is None:
                continue
            state = self.classify(item)
            self.deadline.last, self.deadline.last_state = item, state
            if self.on_status is not None and key in chunk:
                self.on_status(key, item, state)
            if state.is_terminal and key in chunk:
                self.finished[key] = item
        # A status left out of two answers in a row that held others has been retired (bol: "no longer
        # returned"); left out once, it is asked again.
        for i in chunk:
            if i in seen:
                self.omitted.discard(i)
            elif i in self.omitted:
                self.expired.append(i)
            else:
                self.omitted.add(i)
        if self.on_progress is not None:
            self.on_progress(dict(self.finished), len(self.ids))
        return None

    def retrying(self, reason: str) -> None:
        self.failures += 1
        log.info("%s: retrying: %s, %d %s", self.what, reason, self.failures, "try" if self.failures == 1 else "tries")
        if self.on_retry is not None:
            self.on_retry(reason, self.failures)

    def round_delay(self) -> float:
        pending = len(self.unfinished())
        delay = self.policy.round_delay(self.attempt, self.deadline.elapsed(), pending, self.chunk_size)
        self.attempt += 1
        return self.deadline.check(delay, f"{len(self.unfinished())} of {len(self.ids)} still unfinished")

    def result(self) -> dict[str, T]:
        if self.expired:
            raise ProcessNotFound(
                f"{self.what}: {len(self.expired)} statuses no longer exist (expired); the others finished",
                expired=True,
                ids=tuple(self.expired),
                found=dict(self.finished),
            )
        return {i: self.finished[i] for i in self.ids}


def wait_many_sync(
    waiter: ManyWaiter[T],
    fetch: Callable[[list[str]], Response[Any]],
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, T]:
    while True:
        for chunk in waiter.chunks():
            while True:
                delay = waiter.take(chunk, ask(waiter.budget, waiter.deadline, functools.partial(fetch, chunk)))
                if delay is None:
                    break
                sleep(delay)
        if not waiter.unfinished():
            return waiter.result()
        sleep(waiter.round_delay())


async def wait_many_async(
    waiter: ManyWaiter[T],
    fetch: Callable[[list[str]], Awaitable[Response[Any]]],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> dict[str, T]:
    while True:
        for chunk in waiter.chunks():
            while True:
                answer = await async_ask(waiter.budget, waiter.deadline, functools.partial(fetch, chunk))
                delay = waiter.take(chunk, answer)
                if delay is None:
                    break
                await sleep(delay)
        if not waiter.unfinished():
            return waiter.result()
        await sleep(waiter.round_delay())


def dig(document: Any, pointer: tuple[str, ...]) -> Any:
    """The value at a JSON Pointer (as parts) in a JSON-like document, or None."""
    node = document
    for part in pointer:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node
