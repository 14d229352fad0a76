"""(a) Every operation sends the media types its spec demands, whichever Client it is given."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .sdk_support import TEST_BASE_URL, OperationCase, answered_operation_cases, answering

# The known values of the five first providers, pinned so that a spec regression (not only a generator one) fails
# here too; a provider added later is held to its spec-derived headers (`case.expected_headers`) alone.
PINNED: dict[str, dict[str, str]] = {
    "bol": {"Accept": "application/vnd.retailer.v10+json"},
    "activeplatform": {"Accept": "application/vnd.api+json", "Content-Type": "application/vnd.api+json"},
    "booster": {"Accept": "application/json"},
    "mykaarma": {"Accept": "application/json"},
    "realtimeregister": {"Accept": "application/json"},
}

ClientFactory = Callable[[OperationCase, httpx.MockTransport], Any]


def plain_client(case: OperationCase, transport: httpx.MockTransport) -> Any:
    return case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": transport})


def authenticated_client(case: OperationCase, transport: httpx.MockTransport) -> Any:
    return case.sdk.package.AuthenticatedClient(
        base_url=TEST_BASE_URL, token="a-token", httpx_args={"transport": transport}
    )


def created_client(case: OperationCase, transport: httpx.MockTransport) -> Any:
    return case.sdk.package.create_client(
        **case.sdk.credentials, base_url=TEST_BASE_URL, httpx_args={"transport": transport}
    )


def client_with_other_accept(case: OperationCase, transport: httpx.MockTransport) -> Any:
    return case.sdk.package.Client(
        base_url=TEST_BASE_URL,
        headers={"Accept": "text/html", "Content-Type": "text/plain"},
        httpx_args={"transport": transport},
    )


def client_with_own_httpx_client(case: OperationCase, transport: httpx.MockTransport) -> Any:
    client = case.sdk.package.Client(base_url=TEST_BASE_URL)
    own = httpx.Client(base_url=TEST_BASE_URL, headers={"Accept": "*/*"}, transport=transport)
    return client.set_httpx_client(own)


FACTORIES: dict[str, ClientFactory] = {
    "Client": plain_client,
    "AuthenticatedClient": authenticated_client,
    "create_client": created_client,
    "Client-headers-Accept-text/html": client_with_other_accept,
    "set_httpx_client": client_with_own_httpx_client,
}


@pytest.mark.parametrize("factory", FACTORIES.values(), ids=FACTORIES.keys())
@pytest.mark.parametrize("case", answered_operation_cases(), ids=str)
def test_every_operation_sends_the_specs_media_types(case: OperationCase, factory: ClientFactory) -> None:
    recorder = answering(case.success())
    with factory(case, recorder.transport) as client:
        response = case.module.sync_detailed(client=client, **case.kwargs())
    assert response.status_code == int(case.success().status)
    [request] = recorder.api_requests()
    sent = {name: request.headers.get(name) for name in case.expected_headers}
    assert sent == case.expected_headers
    pinned = PINNED.get(case.key, {})
    assert {name: request.headers.get(name) for name in pinned} == pinned


@pytest.mark.parametrize("case", answered_operation_cases(), ids=str)
def test_async_calls_send_the_same_media_types(case: OperationCase) -> None:
    import asyncio

    recorder = answering(case.success())
    client = plain_client(case, recorder.transport)
    response = asyncio.run(case.module.asyncio_detailed(client=client, **case.kwargs()))
    assert response.status_code == int(case.success().status)
    [request] = recorder.api_requests()
    assert {name: request.headers.get(name) for name in case.expected_headers} == case.expected_headers


def test_spec_derived_headers_match_the_pinned_ones() -> None:
    for case in answered_operation_cases():  # an answer without a body asks for no media type
        for name, value in PINNED.get(case.key, {}).items():
            assert case.expected_headers.get(name) == value, f"{case}: {name}"


def test_bol_bulk_post_sends_vendor_content_type_and_json_body() -> None:
    case = OperationCase("bol", "getProcessStatusBulk")
    recorder = answering(case.success())
    client = created_client(case, recorder.transport)
    case.module.sync_detailed(client=client, **case.kwargs())
    [request] = recorder.api_requests()
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/vnd.retailer.v10+json"
    assert request.headers["Accept"] == "application/vnd.retailer.v10+json"
    assert json.loads(request.content) == case.request_body_example()
