"""Polite retries for plain operation calls, as an httpx transport.

Part of asyncstatus-core, the runtime every generated package depends on. Off by default:
`create_client(retry=RetryPolicy())` turns it on (the waiters retry by themselves and need no transport). The
`RetryTransport` in a client's `httpx_args` is a template: the `Client` wraps it `around` the transport it builds
from its own arguments (TLS, proxy, limits: `client.py`), once for the sync and once for the async httpx client,
and around each proxy transport httpx mounts. A bare `RetryTransport` used on its own builds httpx's default
transports.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from .budget import retry_after_seconds

__all__ = ["RetryPolicy", "RetryTransport"]


@dataclass(frozen=True)
class RetryPolicy:
    """Which answers to retry and how long to wait.

    `attempts` counts the first try. Only `methods` are retried (idempotent ones by default; add "POST"
    for a read-only POST such as bol's bulk status query). `Retry-After` (seconds or HTTP date) is
    honoured on 429 and 503 up to `max_wait` seconds; otherwise the wait grows from `initial` by
    `multiplier` up to `max_wait`, shortened at random by up to `jitter`."""

    attempts: int = 4
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})
    initial: float = 0.5
    multiplier: float = 2.0
    max_wait: float = 30.0
    jitter: float = 0.2
    rng: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before try `attempt + 1`, or None not to retry."""
        if attempt >= self.attempts:
            return None
        if response is not None and response.status_code in (429, 503):
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                return asked if asked <= self.max_wait else None
        base = min(self.max_wait, self.initial * self.multiplier ** (attempt - 1))
        return base * (1.0 - self.jitter * self.rng())


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries connection errors and the policy's statuses for the policy's methods."""

    def __init__(
        self,
        policy: RetryPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._sync = transport
        self._async = async_transport
        self._sleep = sleep
        self.retries = 0
        self._parent: RetryTransport | None = None  # the template this copy was made from (counts its retries)

    def around(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> RetryTransport:
        """This policy around `inner` (a sync or an async transport)."""
        if isinstance(inner, httpx.AsyncBaseTransport) and not isinstance(inner, httpx.BaseTransport):
            copy = RetryTransport(self.policy, async_transport=inner, sleep=self._sleep)
        else:
            assert isinstance(inner, httpx.BaseTransport)
            copy = RetryTransport(self.policy, transport=inner, sleep=self._sleep)
        copy._parent = self
        return copy

    def has_inner(self, *, asynchronous: bool) -> bool:
        """Whether a transport to retry on was given for this mode (else a `Client` wraps this `around` its own)."""
        return (self._async if asynchronous else self._sync) is not None

    def _count(self) -> None:
        self.retries += 1
        if self._parent is not None:
            self._parent._count()

    def _sync_transport(self) -> httpx.BaseTransport:
        if self._sync is None:
            from .limits import bounded_transport  # a bare RetryTransport, not wrapped by a Client

            self._sync = bounded_transport()
        return self._sync

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        return self._async

    def __repr__(self) -> str:
        return f"RetryTransport({self.policy!r})"

    def _wanted(self, request: httpx.Request, attempt: int, response: httpx.Response | None) -> float | None:
        if request.method.upper() not in self.policy.methods:
            return None
        if response is not None and response.status_code not in self.policy.statuses:
            return None
        return self.policy.delay(attempt, response)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self._sync_transport().handle_request(request)
            except httpx.TransportError:
                delay = self._wanted(request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._wanted(request, attempt, response)
                if delay is None:
                    return response
                response.close()
            self._count()
            attempt += 1
            self._sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self._async_transport().handle_async_request(request)
            except httpx.TransportError:
                delay = self._wanted(request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._wanted(request, attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            self._count()
            attempt += 1
            await asyncio.sleep(delay)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
