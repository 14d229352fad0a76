"""`RetryTransport` (`asyncstatus_core.retry`): plain requests retried politely, straight through a core
`Client` and `limits.send`/`async_send` (no generated package). `create_client(retry=...)` of a package is
tested in tests/sdk_unit/test_retry_transport.py."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from asyncstatus_core.client import Client
from asyncstatus_core.limits import async_send, send
from asyncstatus_core.retry import RetryPolicy, RetryTransport

BASE_URL = "https://api.example/shared"
STATUS = {"id": "1", "status": "SUCCESS"}
GET: dict[str, Any] = {"method": "GET", "url": "/process-status/1"}
POST: dict[str, Any] = {"method": "POST", "url": "/process-status", "json": {"ids": ["1"]}}


class Script:
    def __init__(self, *codes: int, retry_after: str = "0") -> None:
        self.codes = list(codes)
        self.calls = 0
        self.retry_after = retry_after

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        code = self.codes.pop(0) if self.codes else 200
        if code == 200:
            return httpx.Response(200, json=STATUS)
        return httpx.Response(code, json={"title": "t", "status": code}, headers={"Retry-After": self.retry_after})


def client_with(script: Script, policy: RetryPolicy, sleeps: list[float]) -> tuple[Client, RetryTransport]:
    transport = RetryTransport(policy, transport=httpx.MockTransport(script), sleep=sleeps.append)
    return Client(base_url=BASE_URL, httpx_args={"transport": transport}), transport


def test_429_then_503_then_success() -> None:
    script, sleeps = Script(429, 503, retry_after="2"), list[float]()
    client, transport = client_with(script, RetryPolicy(), sleeps)
    response = send(client, GET)
    assert response.status_code == 200 and script.calls == 3 and sleeps == [2.0, 2.0] and transport.retries == 2


def test_gives_up_after_the_attempts_and_returns_the_last_answer() -> None:
    script, sleeps = Script(500, 500, 500, 500, 500), list[float]()
    client, _ = client_with(script, RetryPolicy(attempts=3, jitter=0.0, initial=0.1), sleeps)
    response = send(client, GET)
    assert response.status_code == 500 and script.calls == 3 and sleeps == [0.1, 0.2]


def test_retry_after_longer_than_max_wait_is_not_waited_for() -> None:
    script, sleeps = Script(429, retry_after="120"), list[float]()
    client, _ = client_with(script, RetryPolicy(max_wait=30.0), sleeps)
    assert send(client, GET).status_code == 429 and sleeps == []


def test_post_is_not_retried_unless_allowed() -> None:
    script, sleeps = Script(503), list[float]()
    client, _ = client_with(script, RetryPolicy(), sleeps)
    assert send(client, POST).status_code == 503 and script.calls == 1
    script2 = Script(503)
    client2, _ = client_with(script2, RetryPolicy(methods=frozenset({"GET", "POST"})), [])
    assert send(client2, POST).status_code == 200 and script2.calls == 2


def test_async_client_retries_too() -> None:
    script = Script(429, 502)

    async def run() -> int:
        transport = RetryTransport(RetryPolicy(initial=0.01), async_transport=httpx.MockTransport(script))
        client = Client(base_url=BASE_URL, httpx_args={"transport": transport})
        response = await async_send(client, GET)
        return int(response.status_code)

    assert asyncio.run(run()) == 200 and script.calls == 3


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadTimeout])
def test_connection_errors_are_retried(error: type[httpx.TransportError]) -> None:
    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise error("down", request=request)
        return httpx.Response(200, json=STATUS)

    sleeps: list[float] = []
    transport = RetryTransport(RetryPolicy(), transport=httpx.MockTransport(flaky), sleep=sleeps.append)
    client = Client(base_url=BASE_URL, httpx_args={"transport": transport})
    assert send(client, GET).status_code == 200 and len(sleeps) == 1
