"""The waits of one status operation, from the spec's facts: what a generated `waiters` module calls.

A generated package's `waiters` module holds only what its spec says (the status operation, where the status
sits, what each value means, the bulk operation) in one `StatusWaits`, plus thin typed functions
(`wait_until_done`, `get_status`, ...) whose bodies call it; the loops themselves are in `polling`.
"""

from __future__ import annotations

import inspect
import time
import typing
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, ParamSpec, TypeVar

from .polling import (
    Deadline,
    Lifecycle,
    ManyWaiter,
    NotFoundAnswer,
    PollPolicy,
    RetryCallback,
    Waiter,
    answer_of,
    async_answer_of,
    dig,
    wait_async,
    wait_many_async,
    wait_many_sync,
    wait_sync,
)
from .types import Response
from .urls import Route, base_url_of

__all__ = ["Bulk", "StatusWaits", "async_get_function", "async_many_function", "async_wait_function"]

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")
ProgressOf = Literal["steps"] | tuple[str, ...] | None  # x-async-status progress: a pointer, the steps, or none
StatusOp = Callable[..., Response[Any]]  # the generated operation module's sync_detailed
AsyncStatusOp = Callable[..., Awaitable[Response[Any]]]  # ... and its asyncio_detailed


def _as_dict(model: Any) -> dict[str, Any]:
    document: dict[str, Any] = model.to_dict()
    return document


@dataclass(frozen=True)
class Bulk(Generic[T]):
    """The bulk status operation: its answer's list of statuses, each status's id, and the request body."""

    operation_id: str
    limit: int  # ids a request, at the most
    answer_model: type[Any]
    answer_list: str  # the attribute of the answer model holding the statuses
    id_wire: str  # the JSON member of a status holding its id
    body: Callable[[list[str]], Any]  # the request body for these ids
    check_id: Callable[[str], None]  # the status operation's path rule for one id (raises on a bad one)

    def items_of(self, model: type[T]) -> Callable[[object], list[T] | None]:
        def items(parsed: object) -> list[T] | None:
            """The statuses of a bulk answer; an answer that leaves the list out (or sends something else) has none."""
            if not isinstance(parsed, self.answer_model):
                return None
            found = getattr(parsed, self.answer_list)
            return [item for item in found if isinstance(item, model)] if isinstance(found, list) else []

        return items

    def id_of(self, status: T) -> str | None:
        value = _as_dict(status).get(self.id_wire)
        return None if value is None else str(value)


@dataclass(frozen=True)
class StatusWaits(Generic[T]):
    """One provider's status operation, with every wait the generated `waiters` module offers over it."""

    operation_id: str
    model: type[T]
    pointer: tuple[str, ...]  # where the status value sits in an answer
    states: Mapping[str, Lifecycle]  # what each status value means
    not_found: str  # how a 404 reads ("expired" or "unknown")
    not_found_answers: tuple[NotFoundAnswer, ...]
    route: Route
    interval: float | None = None  # the spec's suggested first interval (None: the policy's default)
    progress_at: ProgressOf = None
    bulk: Bulk[T] | None = None

    def lifecycle(self, model: T) -> Lifecycle:
        """The lifecycle state of a status answer; a value the spec does not list is UNKNOWN (keep polling)."""
        raw = dig(_as_dict(model), self.pointer)
        return self.states.get(str(raw), Lifecycle.UNKNOWN) if raw is not None else Lifecycle.UNKNOWN

    def progress(self, model: T) -> float | None:
        """Completion in percent where the provider reports it, else None."""
        if self.progress_at == "steps":
            steps = _as_dict(model).get("steps")
            if not isinstance(steps, list) or not steps:
                return None
            done = sum(
                1
                for step in steps
                if isinstance(step, dict) and self.states.get(str(step.get("status"))) == Lifecycle.SUCCEEDED
            )
            return 100.0 * done / len(steps)
        if self.progress_at:
            value = dig(_as_dict(model), self.progress_at)
            return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        return None

    def what(self, ids: Mapping[str, object]) -> str:
        """How a wait names itself in errors and logs: `getProcessStatus(process_id='1')`."""
        return f"{self.operation_id}({', '.join(f'{name}={value!r}' for name, value in ids.items())})"

    def waiter(
        self,
        what: str,
        timeout: float,
        on_progress: Callable[[T, Lifecycle], None] | None,
        policy: PollPolicy | None,
        client: object | None = None,
        on_retry: RetryCallback | None = None,
    ) -> Waiter[T]:
        """The waiter of one process; with `client`, asking through the client's shared budget."""
        policy = policy or (PollPolicy(initial=self.interval) if self.interval else PollPolicy())
        return Waiter(
            what=what,
            model=self.model,
            classify=self.lifecycle,
            deadline=Deadline(what, timeout, time.monotonic),
            not_found=self.not_found,
            on_progress=on_progress,
            policy=policy,
            not_found_answers=self.not_found_answers,
            budget=None if client is None else policy.budget_for(client),
            on_retry=on_retry,
            route=self.route,
            base_url=base_url_of(client),
        )

    def wait(
        self,
        client: object,
        operation: StatusOp,
        ids: Mapping[str, object],
        timeout: float,
        on_progress: Callable[[T, Lifecycle], None] | None = None,
        policy: PollPolicy | None = None,
        on_retry: RetryCallback | None = None,
    ) -> T:
        """Poll `operation(client=client, **ids)` until the status is final (`waiters.wait_until_done`)."""
        waiter = self.waiter(self.what(ids), timeout, on_progress, policy, client, on_retry)
        return wait_sync(waiter, lambda: operation(client=client, **ids))

    async def async_wait(
        self,
        client: object,
        operation: AsyncStatusOp,
        ids: Mapping[str, object],
        timeout: float,
        on_progress: Callable[[T, Lifecycle], None] | None = None,
        policy: PollPolicy | None = None,
        on_retry: RetryCallback | None = None,
    ) -> T:
        """`wait` on asyncio."""
        waiter = self.waiter(self.what(ids), timeout, on_progress, policy, client, on_retry)
        return await wait_async(waiter, lambda: operation(client=client, **ids))

    def get(self, client: object, operation: StatusOp, ids: Mapping[str, object], timeout: float) -> T:
        """Ask once (no polling, no retries): the status model, or the error a wait would raise for that answer."""
        waiter = self.waiter(self.what(ids), timeout, None, None)
        waiter.base_url = base_url_of(client)
        return waiter.read_once(answer_of(lambda: operation(client=client, **ids), timeout))

    async def async_get(self, client: object, operation: AsyncStatusOp, ids: Mapping[str, object], timeout: float) -> T:
        """`get` on asyncio."""
        waiter = self.waiter(self.what(ids), timeout, None, None)
        waiter.base_url = base_url_of(client)
        return waiter.read_once(await async_answer_of(lambda: operation(client=client, **ids), timeout))

    def items(self, parsed: object) -> list[T] | None:
        """The statuses of a bulk answer (None: not a bulk status answer)."""
        return self._bulk().items_of(self.model)(parsed)

    def _bulk(self) -> Bulk[T]:
        if self.bulk is None:
            raise TypeError(f"{self.operation_id} has no bulk operation")
        return self.bulk

    def many(
        self,
        ids: Iterable[str],
        timeout: float,
        on_progress: Callable[[dict[str, T], int], None] | None,
        policy: PollPolicy | None,
        chunk_size: int,
        client: object | None = None,
        on_retry: RetryCallback | None = None,
        on_status: Callable[[str, T, Lifecycle], None] | None = None,
    ) -> ManyWaiter[T]:
        """The waiter of many processes through the bulk operation; the ids are checked as the status path's."""
        bulk = self._bulk()
        if not 1 <= chunk_size <= bulk.limit:
            raise ValueError(f"chunk_size must be between 1 and {bulk.limit}")
        unique = list(dict.fromkeys(str(i) for i in ids))
        for ident in unique:  # the ids a bulk body carries are the status operation's path ids: checked the same way
            bulk.check_id(ident)
        what = f"{bulk.operation_id}({len(unique)} ids)"
        policy = policy or PollPolicy()
        return ManyWaiter(
            what=what,
            ids=unique,
            items_of=self.items,
            id_of=bulk.id_of,
            classify=self.lifecycle,
            deadline=Deadline(what, timeout, time.monotonic),
            policy=policy,
            chunk_size=chunk_size,
            on_progress=on_progress,
            budget=None if client is None else policy.budget_for(client),
            on_retry=on_retry,
            route=self.route,
            base_url=base_url_of(client),
            on_status=on_status,
        )

    def wait_many(
        self,
        client: object,
        operation: StatusOp,
        ids: Iterable[str],
        timeout: float,
        on_progress: Callable[[dict[str, T], int], None] | None = None,
        policy: PollPolicy | None = None,
        chunk_size: int | None = None,
        on_retry: RetryCallback | None = None,
        on_status: Callable[[str, T, Lifecycle], None] | None = None,
    ) -> dict[str, T]:
        """Wait for many processes with the bulk `operation` (`waiters.wait_until_done_many`)."""
        waiter, send = self._bulk_wait(
            client, operation, ids, timeout, on_progress, policy, chunk_size, on_retry, on_status
        )
        return wait_many_sync(waiter, send)

    async def async_wait_many(
        self,
        client: object,
        operation: Callable[..., Awaitable[Response[Any]]],
        ids: Iterable[str],
        timeout: float,
        on_progress: Callable[[dict[str, T], int], None] | None = None,
        policy: PollPolicy | None = None,
        chunk_size: int | None = None,
        on_retry: RetryCallback | None = None,
        on_status: Callable[[str, T, Lifecycle], None] | None = None,
    ) -> dict[str, T]:
        """`wait_many` on asyncio."""
        waiter, send = self._bulk_wait(
            client, operation, ids, timeout, on_progress, policy, chunk_size, on_retry, on_status
        )
        return await wait_many_async(waiter, send)

    def _bulk_wait(
        self,
        client: object,
        operation: Callable[..., Any],
        ids: Iterable[str],
        timeout: float,
        on_progress: Callable[[dict[str, T], int], None] | None,
        policy: PollPolicy | None,
        chunk_size: int | None,
        on_retry: RetryCallback | None,
        on_status: Callable[[str, T, Lifecycle], None] | None,
    ) -> tuple[ManyWaiter[T], Callable[[list[str]], Any]]:
        """`wait_many`'s waiter over `ids` and how it asks for a chunk of them (the bulk operation's body)."""
        bulk = self._bulk()
        size = bulk.limit if chunk_size is None else chunk_size
        waiter = self.many(ids, timeout, on_progress, policy, size, client, on_retry, on_status)
        return waiter, lambda chunk: operation(client=client, body=bulk.body(chunk))


def _twin(
    sync: Callable[P, R], run: Callable[[dict[str, Any]], Awaitable[Any]], doc: str
) -> Callable[P, Coroutine[Any, Any, R]]:
    """The asyncio twin of a waiters module's function: its keywords (bound with its defaults) handed to `run`, and
    its name, signature and types for `help()`, the docs and type checkers; `doc` its docstring."""
    signature = inspect.signature(sync)

    async def twin(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        result: R = await run(dict(bound.arguments))
        return result

    twin.__module__ = sync.__module__
    twin.__name__ = twin.__qualname__ = f"async_{sync.__name__}"
    twin.__doc__ = doc
    twin.__signature__ = signature  # type: ignore[attr-defined]
    try:  # typing.get_type_hints reads these: resolved in the waiters module, as for the sync function
        twin.__annotations__ = typing.get_type_hints(sync)
    except NameError:
        twin.__annotations__ = dict(sync.__annotations__)
    return twin


def async_wait_function(
    waits: StatusWaits[T], sync: Callable[P, R], operation: AsyncStatusOp
) -> Callable[P, Coroutine[Any, Any, R]]:
    """`async_wait_until_done` of a waiters module from its `wait_until_done` (the same keywords: the client, the
    ids, `timeout`, `on_progress`, `policy`, `on_retry`) and the status operation's `asyncio_detailed`."""

    async def run(values: dict[str, Any]) -> T:
        client = values.pop("client")
        options = {name: values.pop(name) for name in ("timeout", "on_progress", "policy", "on_retry")}
        return await waits.async_wait(client, operation, values, **options)

    return _twin(sync, run, "`wait_until_done` on asyncio; many waits can share one client concurrently.")


def async_get_function(
    waits: StatusWaits[T], sync: Callable[P, R], operation: AsyncStatusOp
) -> Callable[P, Coroutine[Any, Any, R]]:
    """`async_get_status` of a waiters module from its `get_status` (the client, the ids, `timeout`)."""

    async def run(values: dict[str, Any]) -> T:
        client, timeout = values.pop("client"), values.pop("timeout")
        return await waits.async_get(client, operation, values, timeout)

    return _twin(sync, run, "`get_status` on asyncio.")


def async_many_function(
    waits: StatusWaits[T], sync: Callable[P, R], operation: AsyncStatusOp
) -> Callable[P, Coroutine[Any, Any, R]]:
    """`async_wait_until_done_many` of a waiters module from its `wait_until_done_many` and the bulk operation's
    `asyncio_detailed`."""
    names = ("timeout", "on_progress", "policy", "chunk_size", "on_retry", "on_status")

    async def run(values: dict[str, Any]) -> dict[str, T]:
        client = values.pop("client")
        options = {name: values.pop(name) for name in names}
        (ids,) = values.values()  # the one keyword left: the ids (`process_status_ids`)
        return await waits.async_wait_many(client, operation, ids, **options)

    return _twin(sync, run, "`wait_until_done_many` on asyncio.")
