"""(e) create_client authenticates the way each provider's security scheme says, against the spec's
first server by default."""

from __future__ import annotations

import base64

import pytest
from codegen.sdkfacts import default_base_url
from providers import KEYS

from .sdk_support import TOKEN_ANSWER, OperationCase, answering, sdk, status_operation_case


def first_operation(key: str) -> OperationCase:
    return status_operation_case(key)


def authorization_sent(key: str) -> dict[str, str]:
    case = first_operation(key)
    recorder = answering(case.success())
    client = case.sdk.package.create_client(**case.sdk.credentials, httpx_args={"transport": recorder.transport})
    case.module.sync_detailed(client=client, **case.kwargs())
    [request] = recorder.api_requests()
    assert str(request.url).startswith(case.sdk.package.DEFAULT_BASE_URL + "/")
    return dict(request.headers)


def test_mykaarma_sends_http_basic() -> None:
    creds = sdk("mykaarma").credentials
    expected = base64.b64encode(f"{creds['username']}:{creds['password']}".encode()).decode()
    assert authorization_sent("mykaarma")["authorization"] == f"Basic {expected}"


def test_activeplatform_sends_x_api_token() -> None:
    headers = authorization_sent("activeplatform")
    assert headers["x-api-token"] == sdk("activeplatform").credentials["api_key"]
    assert "authorization" not in headers


def test_realtimeregister_sends_apikey_scheme() -> None:
    key = sdk("realtimeregister").credentials["api_key"]
    assert authorization_sent("realtimeregister")["authorization"] == f"ApiKey {key}"


def test_booster_sends_bearer_token() -> None:
    token = sdk("booster").credentials["token"]
    assert authorization_sent("booster")["authorization"] == f"Bearer {token}"


def test_bol_sends_the_fetched_access_token() -> None:
    assert authorization_sent("bol")["authorization"] == f"Bearer {TOKEN_ANSWER['access_token']}"


@pytest.mark.parametrize("key", KEYS)
def test_default_base_url_is_the_specs_first_server(key: str) -> None:
    assert default_base_url(sdk(key).spec) == sdk(key).package.DEFAULT_BASE_URL
    assert sdk(key).package.DEFAULT_BASE_URL.startswith("https://")


@pytest.mark.parametrize("key", KEYS)
def test_base_url_is_overridable(key: str) -> None:
    case = first_operation(key)
    recorder = answering(case.success())
    client = case.sdk.package.create_client(
        **case.sdk.credentials, base_url="https://staging.example.test/v9", httpx_args={"transport": recorder.transport}
    )
    case.module.sync_detailed(client=client, **case.kwargs())
    [request] = recorder.api_requests()
    assert str(request.url).startswith("https://staging.example.test/v9/")
