"""`create_client(retry=RetryPolicy())`: plain operation calls retried politely (off by default)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from .sdk_support import sdk

bol = sdk("bol")
R = bol.submodule("_retry")
get_process_status = bol.operation_module("getProcessStatus")
STATUS = {
    "processStatusId": "1",
    "eventType": "CREATE_SHIPMENT",
    "description": "x",
    "status": "SUCCESS",
    "createTimestamp": "2025-01-01T10:00:00Z",
}
MEDIA = {"Content-Type": "application/vnd.retailer.v10+json"}


class Script:
    def __init__(self, *codes: int, retry_after: str = "0") -> None:
        self.codes = list(codes)
        self.calls = 0
        self.retry_after = retry_after

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        code = self.codes.pop(0) if self.codes else 200
        if code == 200:
            body: Any = {"processStatuses": [STATUS]} if request.method == "POST" else STATUS
            return httpx.Response(200, json=body, headers=MEDIA)
        return httpx.Response(
            code, json={"type": "x", "title": "t", "status": code}, headers={"Retry-After": self.retry_after, **MEDIA}
        )


def client_with(script: Script, policy: Any, sleeps: list[float]) -> Any:
    transport = R.RetryTransport(policy, transport=httpx.MockTransport(script), sleep=sleeps.append)
    client = bol.package.Client(base_url="https://api.bol.com/shared", httpx_args={"transport": transport})
    return client, transport


def test_429_then_503_then_success() -> None:
    script, sleeps = Script(429, 503, retry_after="2"), list[float]()
    client, transport = client_with(script, R.RetryPolicy(), sleeps)
    response = get_process_status.sync_detailed("1", client=client)
    assert response.status_code == 200 and script.calls == 3 and sleeps == [2.0, 2.0] and transport.retries == 2


def test_gives_up_after_the_attempts_and_returns_the_last_answer() -> None:
    script, sleeps = Script(500, 500, 500, 500, 500), list[float]()
    client, _ = client_with(script, R.RetryPolicy(attempts=3, jitter=0.0, initial=0.1), sleeps)
    response = get_process_status.sync_detailed("1", client=client)
    assert response.status_code == 500 and script.calls == 3 and sleeps == [0.1, 0.2]


def test_retry_after_longer_than_max_wait_is_not_waited_for() -> None:
    script, sleeps = Script(429, retry_after="120"), list[float]()
    client, _ = client_with(script, R.RetryPolicy(max_wait=30.0), sleeps)
    assert get_process_status.sync_detailed("1", client=client).status_code == 429 and sleeps == []


def test_post_is_not_retried_unless_allowed() -> None:
    bulk = bol.operation_module("getProcessStatusBulk")
    body = bol.model("BulkProcessStatusRequest").from_dict({"processStatusQueries": [{"processStatusId": "1"}]})
    script, sleeps = Script(503), list[float]()
    client, _ = client_with(script, R.RetryPolicy(), sleeps)
    assert bulk.sync_detailed(client=client, body=body).status_code == 503 and script.calls == 1
    script2 = Script(503)
    client2, _ = client_with(script2, R.RetryPolicy(methods=frozenset({"GET", "POST"})), [])
    assert bulk.sync_detailed(client=client2, body=body).status_code == 200 and script2.calls == 2


def test_async_client_retries_too() -> None:
    script = Script(429, 502)

    async def run() -> int:
        transport = R.RetryTransport(R.RetryPolicy(initial=0.01), async_transport=httpx.MockTransport(script))
        client = bol.package.Client(base_url="https://api.bol.com/shared", httpx_args={"transport": transport})
        response = await get_process_status.asyncio_detailed("1", client=client)
        return int(response.status_code)

    assert asyncio.run(run()) == 200 and script.calls == 3


def test_create_client_is_off_by_default_and_on_when_asked() -> None:
    plain = bol.package.create_client(client_id="a", client_secret="b")
    assert "transport" not in plain._httpx_args
    retrying = bol.package.create_client(client_id="a", client_secret="b", retry=bol.package.RetryPolicy())
    assert isinstance(retrying._httpx_args["transport"], R.RetryTransport)


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadTimeout])
def test_connection_errors_are_retried(error: type[httpx.TransportError]) -> None:
    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise error("down", request=request)
        return httpx.Response(200, json=STATUS, headers=MEDIA)

    sleeps: list[float] = []
    transport = R.RetryTransport(R.RetryPolicy(), transport=httpx.MockTransport(flaky), sleep=sleeps.append)
    client = bol.package.Client(base_url="https://api.bol.com/shared", httpx_args={"transport": transport})
    assert get_process_status.sync_detailed("1", client=client).status_code == 200 and len(sleeps) == 1
