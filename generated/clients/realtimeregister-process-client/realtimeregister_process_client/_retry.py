"""Polite retries for plain operation calls, as an httpx transport.

Hand-written runtime copied into every generated package. Off by default: `create_client(retry=RetryPolicy())`
turns it on (the waiters retry by themselves and need no transport). One object serves both the sync and
the async httpx client, because the generated `Client` hands the same `httpx_args` to both.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ._limits import bounded_transport
from ._polling import retry_after_seconds

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
        self._sync = transport or bounded_transport()
        self._async = async_transport or httpx.AsyncHTTPTransport()
        self._sleep = sleep
        self.retries = 0

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
                response = self._sync.handle_request(request)
            except httpx.TransportError:
                delay = self._wanted(request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._wanted(request, attempt, response)
                if delay is None:
                    return response
                response.close()
            self.retries += 1
            attempt += 1
            self._sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self._async.handle_async_request(request)
            except httpx.TransportError:
                delay = self._wanted(request, attempt, None)
                if delay is None:
                    raise
            else:
                delay = self._wanted(request, attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            self.retries += 1
            attempt += 1
            await asyncio.sleep(delay)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()
