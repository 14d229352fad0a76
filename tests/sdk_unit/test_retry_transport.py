"""`create_client(retry=RetryPolicy())`: plain operation calls retried politely (off by default). The
transport itself is tested in the core (core/tests/test_retry.py)."""

from __future__ import annotations

from typing import Any

import httpx

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


def test_create_client_is_off_by_default_and_on_when_asked() -> None:
    plain = bol.package.create_client(client_id="a", client_secret="b")
    assert "transport" not in plain._httpx_args
    retrying = bol.package.create_client(client_id="a", client_secret="b", retry=bol.package.RetryPolicy())
    assert isinstance(retrying._httpx_args["transport"], R.RetryTransport)
