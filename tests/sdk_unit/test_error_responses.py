"""(d) Every documented error status gives its typed error model without raising; an undocumented
status gives None, or errors.UnexpectedStatus when the client asks for it."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from .sdk_support import (
    TEST_BASE_URL,
    OperationCase,
    ResponseExample,
    answering,
    json_response_examples,
    operation_cases,
    to_wire,
)

ERROR_EXAMPLES = [e for e in json_response_examples() if int(e.status) >= 400]


def test_every_operation_documents_errors() -> None:
    assert {e.case for e in ERROR_EXAMPLES} == set(operation_cases())


@pytest.mark.parametrize("example", ERROR_EXAMPLES, ids=str)
def test_documented_error_parses_into_its_model(example: ResponseExample) -> None:
    case = example.case
    recorder = answering(example)
    client = case.sdk.package.Client(
        base_url=TEST_BASE_URL, raise_on_unexpected_status=True, httpx_args={"transport": recorder.transport}
    )
    expected = case.sdk.model(example.model_name)
    sync = case.module.sync_detailed(client=client, **case.kwargs())
    asynchronous = asyncio.run(case.module.asyncio_detailed(client=client, **case.kwargs()))
    for response in (sync, asynchronous):
        assert response.status_code == int(example.status)
        items = response.parsed if example.is_list else [response.parsed]  # booster's 500 `[]` is a list
        assert isinstance(items, list) and all(isinstance(item, expected) for item in items)
        assert to_wire(response.parsed) == example.value


def _teapot() -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(418, json={"message": "I am a teapot"}))


@pytest.mark.parametrize("case", operation_cases(), ids=str)
def test_undocumented_status_parses_to_none(case: OperationCase) -> None:
    client = case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": _teapot()})
    response = case.module.sync_detailed(client=client, **case.kwargs())
    assert response.status_code == 418
    assert response.parsed is None
    assert case.module.sync(client=client, **case.kwargs()) is None


@pytest.mark.parametrize("case", operation_cases(), ids=str)
def test_undocumented_status_raises_when_asked(case: OperationCase) -> None:
    errors = case.sdk.submodule("errors")
    client = case.sdk.package.Client(
        base_url=TEST_BASE_URL, raise_on_unexpected_status=True, httpx_args={"transport": _teapot()}
    )
    with pytest.raises(errors.UnexpectedStatus) as raised:
        case.module.sync_detailed(client=client, **case.kwargs())
    assert raised.value.status_code == 418
    assert b"teapot" in raised.value.content
