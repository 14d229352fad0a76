"""(e) bol's OAuth2 client-credentials flow: token fetched with HTTP basic and a form body, cached,
renewed before expiry and once on a 401, refused with a clear AuthenticationError."""

from __future__ import annotations

import asyncio
import base64
from urllib.parse import parse_qs

import bol_process_status_client as bol
import httpx
import pytest
from asyncstatus_core.auth import ClientCredentialsAuth, TokenEndpointUnavailable
from bol_process_status_client.api.process_status import get_process_status
from bol_process_status_client.models import ProcessStatus
from codegen.sdkfacts import security

from .sdk_support import OperationCase, Recorder, is_token_request, response_examples, sdk

CLIENT_ID = sdk("bol").credentials["client_id"]
CLIENT_SECRET = sdk("bol").credentials["client_secret"]
PROCESS_ID = "1234567"
TOKEN_URL = security(sdk("bol").spec).token_url
SUCCESS = OperationCase("bol", "getProcessStatus").success()
UNAUTHORIZED = next(e for e in response_examples() if e.case == SUCCESS.case and e.status == "401")


class FakeIdp:
    """A token endpoint handing out tok-1, tok-2, ... and an API accepting only the newest token."""

    def __init__(self, *, expires_in: int = 300, refuse: int | None = None, rejected: tuple[str, ...] = ()) -> None:
        self.expires_in = expires_in
        self.refuse = refuse
        self.rejected = rejected  # tokens the API answers 401 to
        self.issued = 0
        self.recorder = Recorder(self.respond)

    def respond(self, request: httpx.Request) -> httpx.Response:
        if is_token_request(request):
            if self.refuse:
                return httpx.Response(self.refuse, json={"error": "invalid_client"})
            self.issued += 1
            return httpx.Response(200, json={"access_token": f"tok-{self.issued}", "expires_in": self.expires_in})
        if request.headers["Authorization"].removeprefix("Bearer ") in self.rejected:
            return UNAUTHORIZED.answer()
        return SUCCESS.answer()

    def client(self, token_url: str = TOKEN_URL) -> bol.Client:
        return bol.create_client(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            httpx_args={"transport": self.recorder.transport},
            token_url=token_url,
        )


def test_token_request_uses_basic_auth_and_form_grant() -> None:
    idp = FakeIdp()
    get_process_status.sync_detailed(PROCESS_ID, client=idp.client())
    [token] = idp.recorder.token_requests()
    assert str(token.url) == bol.auth.DEFAULT_TOKEN_URL == TOKEN_URL
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert token.headers["Authorization"] == f"Basic {basic}"
    assert token.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token.content.decode()) == {"grant_type": ["client_credentials"]}
    [api] = idp.recorder.api_requests()
    assert api.headers["Authorization"] == "Bearer tok-1"


def test_token_is_cached_across_calls() -> None:
    idp = FakeIdp()
    client = idp.client()
    for _ in range(3):
        assert isinstance(get_process_status.sync(PROCESS_ID, client=client), ProcessStatus)
    asyncio.run(get_process_status.asyncio(PROCESS_ID, client=client))
    assert len(idp.recorder.token_requests()) == 1
    assert [r.headers["Authorization"] for r in idp.recorder.api_requests()] == ["Bearer tok-1"] * 4


def test_token_is_renewed_before_it_expires() -> None:
    now = [1000.0]
    idp = FakeIdp(expires_in=300)
    auth = ClientCredentialsAuth(
        token_url=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        renew_before=30,
        clock=lambda: now[0],
    )
    client = bol.Client(base_url=bol.DEFAULT_BASE_URL, httpx_args={"auth": auth, "transport": idp.recorder.transport})
    get_process_status.sync_detailed(PROCESS_ID, client=client)
    now[0] += 269  # 31 s left: still good
    get_process_status.sync_detailed(PROCESS_ID, client=client)
    assert len(idp.recorder.token_requests()) == 1
    now[0] += 2  # 29 s left: inside renew_before
    get_process_status.sync_detailed(PROCESS_ID, client=client)
    assert len(idp.recorder.token_requests()) == 2
    assert idp.recorder.api_requests()[-1].headers["Authorization"] == "Bearer tok-2"


def test_401_renews_the_token_once_and_retries() -> None:
    idp = FakeIdp(rejected=("tok-1",))
    response = get_process_status.sync_detailed(PROCESS_ID, client=idp.client())
    assert response.status_code == 200
    assert isinstance(response.parsed, ProcessStatus)
    assert len(idp.recorder.token_requests()) == 2
    assert [r.headers["Authorization"] for r in idp.recorder.api_requests()] == ["Bearer tok-1", "Bearer tok-2"]


def test_401_twice_is_returned_not_retried_again() -> None:
    idp = FakeIdp(rejected=("tok-1", "tok-2", "tok-3"))
    response = get_process_status.sync_detailed(PROCESS_ID, client=idp.client())
    assert response.status_code == 401
    assert len(idp.recorder.token_requests()) == 2
    assert len(idp.recorder.api_requests()) == 2


@pytest.mark.parametrize("status", [400, 401])
def test_refused_token_raises_a_clear_authentication_error(status: int) -> None:
    idp = FakeIdp(refuse=status)
    with pytest.raises(bol.AuthenticationError) as raised:
        get_process_status.sync_detailed(PROCESS_ID, client=idp.client())
    message = str(raised.value)
    assert bol.auth.DEFAULT_TOKEN_URL in message
    assert str(status) in message
    assert "invalid_client" in message
    assert CLIENT_SECRET not in message
    assert idp.recorder.api_requests() == []


def test_token_url_is_overridable() -> None:
    idp = FakeIdp()
    get_process_status.sync_detailed(PROCESS_ID, client=idp.client(token_url="https://idp.example.test/oauth/token"))
    [token] = idp.recorder.token_requests()
    assert str(token.url) == "https://idp.example.test/oauth/token"


@pytest.mark.parametrize("status", [429, 503])
def test_busy_token_endpoint_is_a_retryable_connection_error(status: int) -> None:
    idp = FakeIdp(refuse=status)
    with pytest.raises(bol.errors.APIConnectionError) as raised:  # what the waiters retry
        get_process_status.sync_detailed(PROCESS_ID, client=idp.client())
    assert isinstance(raised.value, TokenEndpointUnavailable)
    assert raised.value.which == "token"
    assert str(status) in str(raised.value) and CLIENT_SECRET not in str(raised.value)
