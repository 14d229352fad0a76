"""Every page of a paged listing (bol's statuses of one entity: 50 a page, newest first), one item at a time.

Part of asyncstatus-core, the runtime every generated package depends on; the package's `pages` module (rendered from
the spec) says which operation, which parameters and where the items sit. Each page is one request through the
client's shared `RateBudget` (the one its waiters use, so a listing and waits on one client stay under the
provider's limit together) and is judged as the waiters judge an answer (`_polling.failure_delay`): 429, 5xx
and connection errors are retried with the `PollPolicy`'s backoff or `Retry-After`, 401/403 raise
`AuthenticationFailed`, any other unusable answer `UnexpectedAnswer`. Each page must come within `timeout`
seconds, retries included (`WaitTimeout` otherwise), so a listing is bounded page by page, not by how long
the caller takes between items.

The listing ends at the first page holding fewer than `page_size` items (the spec's `x-page-size`), or, with
no page size known, at an empty page or one shorter than an earlier page. A listing whose last page is full
costs one more request, for the empty page after it.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .errors import APIConnectionError
from .polling import Deadline, PollPolicy, RateBudget, ask, async_ask, failure_delay
from .types import Response

T = TypeVar("T")


@dataclass
class Pager(Generic[T]):
    """Where a listing stands: the page to ask next, the longest page so far, and the retries of this page."""

    what: str
    items_of: Callable[[Any], list[T] | None]  # the items of a success answer (None: not a listing)
    policy: PollPolicy
    timeout: float
    budget: RateBudget | None
    page: int = 1
    page_size: int | None = None  # the provider's documented page size (None: not known)
    longest: int = 0
    done: bool = False
    attempt: int = 0
    deadline: Deadline | None = None

    def start_page(self, clock: Callable[[], float] = time.monotonic) -> Deadline:
        """The deadline of the page about to be asked (kept across its retries)."""
        if self.deadline is None:
            self.deadline = Deadline(f"{self.what} page {self.page}", self.timeout, clock)
        return self.deadline

    def next(self, answer: Response[Any] | APIConnectionError) -> list[T] | float:
        """The items of the page just answered (and the pager moves to the next), or seconds to wait before
        asking the same page again."""
        deadline = self.start_page()
        if isinstance(answer, APIConnectionError):
            self.attempt += 1
            delay = self.policy.backoff(self.attempt - 1)
            return deadline.check(delay, f"last error: {type(answer).__name__}")
        items = self.items_of(answer.parsed) if 200 <= int(answer.status_code) < 300 else None
        if items is None:
            self.attempt += 1
            delay = failure_delay(
                answer, what=deadline.what, not_found="error", policy=self.policy, attempt=self.attempt - 1
            )
            return deadline.check(delay, f"the server asked to wait {delay:g}s ({int(answer.status_code)})")
        self.done = not items or len(items) < (self.page_size or self.longest)
        self.longest = max(self.longest, len(items))
        self.page += 1
        self.attempt = 0
        self.deadline = None
        return items


def iterate_sync(
    pager: Pager[T], fetch: Callable[[int], Response[Any]], sleep: Callable[[float], None] = time.sleep
) -> Iterator[T]:
    while not pager.done:
        page = pager.page
        outcome = pager.next(ask(pager.budget, pager.start_page(), functools.partial(fetch, page)))
        if isinstance(outcome, float):
            sleep(outcome)
        else:
            yield from outcome


async def iterate_async(
    pager: Pager[T],
    fetch: Callable[[int], Awaitable[Response[Any]]],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> AsyncIterator[T]:
    while not pager.done:
        page = pager.page
        outcome = pager.next(await async_ask(pager.budget, pager.start_page(), functools.partial(fetch, page)))
        if isinstance(outcome, float):
            await sleep(outcome)
        else:
            for item in outcome:
                yield item
