"""(g) The stock openapi-python-client surface keeps working: Client(base_url=..., headers=...,
httpx_args=...) and the four functions of every operation module."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from .sdk_support import TEST_BASE_URL, OperationCase, answered_operation_cases, answering, to_wire


@pytest.mark.parametrize("case", answered_operation_cases(), ids=str)
def test_four_functions_exist_and_work_with_a_plain_client(case: OperationCase) -> None:
    success = case.success()
    recorder = answering(success)
    client = case.sdk.package.Client(
        base_url=TEST_BASE_URL,
        headers={"X-Request-Id": "req-1"},
        httpx_args={"transport": recorder.transport, "params": {"trace": "on"}},
    )
    module = case.module
    assert inspect.iscoroutinefunction(module.asyncio) and inspect.iscoroutinefunction(module.asyncio_detailed)
    kwargs = case.kwargs()
    detailed = module.sync_detailed(client=client, **kwargs)
    plain = module.sync(client=client, **kwargs)
    async_detailed = asyncio.run(module.asyncio_detailed(client=client, **kwargs))
    async_plain = asyncio.run(module.asyncio(client=client, **kwargs))
    assert detailed.status_code == async_detailed.status_code == int(success.status)
    assert detailed.content == async_detailed.content
    for parsed in (detailed.parsed, plain, async_detailed.parsed, async_plain):
        assert to_wire(parsed) == success.value
    requests = recorder.api_requests()
    assert len(requests) == 4
    for request in requests:
        assert request.headers["X-Request-Id"] == "req-1"
        assert str(request.url).startswith(TEST_BASE_URL + "/")
        assert request.method == case.op.method.upper()
        assert request.url.params["trace"] == "on"
