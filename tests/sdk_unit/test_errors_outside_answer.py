"""Issue 14, what happens around the answer: time limits that hold (token request included, a wait's deadline
bounding the request in flight, sync and asyncio), bounded memory, one error family, one token refresh in
flight, credentials kept at their origin. Misbehaving servers on loopback (port 0), each test a few seconds;
`pytest.mark.timeout` turns a hang (the old behaviour of several rows) into a failure. The core `Client`'s
defaults, refused connections, invalid URLs and `UNSET` are tested without a package in
core/tests/test_client_errors.py."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import bol_process_status_client as bol
import httpx
import pytest
from bol_process_status_client import waiters as bol_waiters
from bol_process_status_client.api.process_status import get_process_status
from codegen.sdkfacts import waiter
from providers import KEYS

from .misbehaving import (
    Request,
    answer,
    endless,
    gzip_bomb,
    not_tls,
    refused_port,
    serve_bytes,
    serving,
    silent,
    silent_late,
    trickle,
    trickle_headers,
)
from .sdk_support import OperationCase, sdk

STATUS_BODY = json.dumps(OperationCase("bol", "getProcessStatus").success().value).encode()
TOKEN_BODY = json.dumps({"access_token": "tok-1", "expires_in": 300}).encode()
CREDS = sdk("bol").credentials
CLIENT_ID, CLIENT_SECRET = CREDS["client_id"], CREDS["client_secret"]


def bol_client(origin: str, *, token_url: str | None = None, **kwargs: Any) -> bol.Client:
    return bol.create_client(
        base_url=origin,
        token_url=token_url or origin + "/token",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        **kwargs,
    )


def token_then(api: Callable[[Request, socket.socket], None]) -> Callable[[Request, socket.socket], None]:
    """A server whose /token hands out a token and whose API paths behave as `api`."""

    def handle(request: Request, conn: socket.socket) -> None:
        if request.path.startswith("/token"):
            answer(conn, 200, TOKEN_BODY)
        else:
            api(request, conn)

    return handle


def elapsed(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    start = time.monotonic()
    try:
        call()
    except BaseException as error:
        return time.monotonic() - start, error
    return time.monotonic() - start, None


# --- deadlines -------------------------------------------------------------------------------------------


@pytest.mark.timeout(20)
def test_token_request_carries_the_client_timeout_and_the_wait_deadline() -> None:
    # was: the token request had no timeout at all; a silent token endpoint blocked forever
    with serving(silent) as server:
        client = bol_client(server.origin, timeout=30)
        took, error = elapsed(lambda: bol_waiters.wait_until_done(client=client, process_status_id="1", timeout=2))
    assert isinstance(error, bol_waiters.WaitTimeout), error
    assert took < 3.5
    assert isinstance(error.__cause__, bol.errors.APITimeoutError)
    assert error.__cause__.which == "token"


@pytest.mark.timeout(20)
def test_plain_call_token_request_times_out_with_the_client_timeout() -> None:
    with serving(silent) as server:
        client = bol_client(server.origin, timeout=1)
        took, error = elapsed(lambda: get_process_status.sync_detailed("1", client=client))
    assert isinstance(error, bol.errors.APITimeoutError) and isinstance(error, TimeoutError), error
    assert took < 2.5
    assert "token URL" in str(error) and error.host.startswith("127.0.0.1:")
    assert isinstance(error.__cause__, httpx.TimeoutException)


BEHAVIOURS: dict[str, Callable[[], Callable[[Request, socket.socket], None]]] = {
    "silent": lambda: silent,
    "trickle": lambda: trickle(0.3),
    "trickled-headers": lambda: trickle_headers(0.3),
    "silent-late-in-body": lambda: silent_late(1.7),
}


@pytest.mark.timeout(20)
def test_async_total_timeout_in_the_token_request_names_the_token_url() -> None:
    async def call(origin: str) -> None:
        async with bol_client(origin, total_timeout=1.0) as client:
            await get_process_status.asyncio_detailed("1", client=client)

    with serving(silent) as server:
        took, error = elapsed(lambda: asyncio.run(call(server.origin)))
    assert isinstance(error, bol.errors.APITimeoutError), error
    assert took < 1.6
    assert error.which == "token" and "token URL" in str(error)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("behaviour", list(BEHAVIOURS))
def test_wait_deadline_bounds_the_request_in_flight_sync(behaviour: str) -> None:
    # was: WaitTimeout after 30 s against a silent server, still running after 75 s against a trickle
    handler = BEHAVIOURS[behaviour]()
    with serving(token_then(handler)) as server:
        client = bol_client(server.origin)
        took, error = elapsed(lambda: bol_waiters.wait_until_done(client=client, process_status_id="1", timeout=2))
    assert isinstance(error, bol_waiters.WaitTimeout), error
    assert took < 2.6  # every socket read cut to the time left: the deadline, give or take a poll
    assert isinstance(error.__cause__, bol.errors.APITimeoutError)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("behaviour", list(BEHAVIOURS))
def test_wait_deadline_bounds_the_request_in_flight_async(behaviour: str) -> None:
    handler = BEHAVIOURS[behaviour]()

    async def wait(origin: str) -> None:
        async with bol_client(origin) as client:
            await bol_waiters.async_wait_until_done(client=client, process_status_id="1", timeout=2)

    with serving(token_then(handler)) as server:
        took, error = elapsed(lambda: asyncio.run(wait(server.origin)))
    assert isinstance(error, bol_waiters.WaitTimeout), error
    assert took < 2.6  # asyncio.timeout around the whole request: the deadline exactly


@pytest.mark.timeout(20)
def test_total_timeout_bounds_a_trickle_in_a_plain_call() -> None:
    with serving(token_then(trickle(0.2))) as server:
        client = bol_client(server.origin, total_timeout=1.5)
        took, error = elapsed(lambda: get_process_status.sync_detailed("1", client=client))
    assert isinstance(error, bol.errors.APITimeoutError), error
    assert took < 2.5


@pytest.mark.timeout(20)
def test_plain_client_times_out_against_a_silent_server() -> None:
    with serving(silent) as server:
        client = bol.Client(base_url=server.origin, total_timeout=1.0)
        took, error = elapsed(lambda: get_process_status.sync_detailed("1", client=client))
    assert isinstance(error, bol.errors.APITimeoutError), error
    assert took < 2.0


# --- bounded memory --------------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_gzip_bomb_stops_at_the_body_limit_with_the_package_error() -> None:
    # was: MemoryError at 1.1 GB (1 MiB on the wire, 1 GiB decoded); here 256 MiB decoded, limit 32 MiB
    bomb = gzip_bomb(256)
    assert len(bomb) < 1 << 20
    with serving(token_then(serve_bytes(bomb, {"Content-Encoding": "gzip"}))) as server:
        client = bol_client(server.origin)
        took, error = elapsed(lambda: get_process_status.sync_detailed("1", client=client))
    assert isinstance(error, bol.errors.BodyTooLarge), error
    assert took < 5  # reading stopped at the limit, not after decoding all of it
    assert error.limit == 32 * 1024 * 1024
    assert "33554432" in str(error) and server.origin in str(error) and error.url.startswith(server.origin)


@pytest.mark.timeout(30)
def test_endless_chunked_body_stops_at_the_limit_sync_and_async() -> None:
    # was: MemoryError at 2 GB within 5 s, escaping the waiters
    with serving(token_then(endless)) as server:
        client = bol_client(server.origin, max_body_size=4 * 1024 * 1024)
        _, error = elapsed(lambda: bol_waiters.wait_until_done(client=client, process_status_id="1", timeout=10))
        assert isinstance(error, bol.errors.BodyTooLarge), error

        async def wait() -> None:
            async with bol_client(server.origin, max_body_size=4 * 1024 * 1024) as aclient:
                await bol_waiters.async_wait_until_done(client=aclient, process_status_id="1", timeout=10)

        _, error = elapsed(lambda: asyncio.run(wait()))
        assert isinstance(error, bol.errors.BodyTooLarge), error


def test_declared_length_above_the_limit_is_refused_before_reading() -> None:
    with serving(token_then(serve_bytes(b" " * 2_000_000, {}))) as server:
        client = bol_client(server.origin, max_body_size=1_000_000)
        with pytest.raises(bol.errors.BodyTooLarge, match="1000000 bytes"):
            get_process_status.sync_detailed("1", client=client)


# --- one error family -------------------------------------------------------------------------------------


def test_redirect_loop_is_an_sdk_error() -> None:
    def loop(request: Request, conn: socket.socket) -> None:
        answer(conn, 302, headers={"Location": request.path})

    with serving(token_then(loop)) as server:
        client = bol_client(server.origin, httpx_args={"follow_redirects": True})
        with pytest.raises(bol.errors.TooManyRedirects) as raised:
            get_process_status.sync_detailed("1", client=client)
    assert isinstance(raised.value.__cause__, httpx.TooManyRedirects)


def test_refused_credentials_are_in_the_family_and_authentication_failed_in_a_wait() -> None:
    # was: _auth.AuthenticationError(Exception), neither SDKError nor, in a wait, AuthenticationFailed
    def refuse(request: Request, conn: socket.socket) -> None:
        answer(conn, 401, json.dumps({"error": "invalid_client"}).encode())

    with serving(refuse) as server:
        client = bol_client(server.origin)
        with pytest.raises(bol.SDKError) as plain:
            get_process_status.sync_detailed("1", client=client)
        assert isinstance(plain.value, bol.AuthenticationError) and plain.value.which == "token"
        with pytest.raises(bol_waiters.AuthenticationFailed) as waited:
            bol_waiters.wait_until_done(client=client, process_status_id="1", timeout=5)
    assert isinstance(waited.value.__cause__, bol.AuthenticationError)
    assert CREDS["client_secret"] not in str(waited.value)


def test_wait_timeout_is_still_a_timeout_error_and_missing_field_an_attribute_error() -> None:
    assert issubclass(bol_waiters.WaitTimeout, TimeoutError) and issubclass(bol_waiters.WaitTimeout, bol.SDKError)
    assert issubclass(bol.errors.MissingField, AttributeError)
    assert issubclass(bol.errors.APITimeoutError, TimeoutError)


# --- tokens -----------------------------------------------------------------------------------------------


class SlowIdp:
    """A token endpoint that takes 0.2 s (so concurrent callers overlap) and counts its requests."""

    def __init__(self, expires_in: Any = 300, rejected: tuple[str, ...] = ()) -> None:
        self.expires_in = expires_in
        self.rejected = rejected
        self.issued = 0
        self.lock = threading.Lock()

    def token(self) -> httpx.Response:
        with self.lock:
            self.issued += 1
            body: dict[str, Any] = {"access_token": f"tok-{self.issued}"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    def api(self, request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"].removeprefix("Bearer ") in self.rejected:
            return httpx.Response(401, json={"title": "Unauthorized"})
        return httpx.Response(200, content=STATUS_BODY, headers={"Content-Type": "application/json"})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            time.sleep(0.2)
            return self.token()
        return self.api(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            await asyncio.sleep(0.2)
            return self.token()
        return self.api(request)


def test_fifty_threads_share_one_token_request() -> None:
    # was: 50 threads -> 50 token requests
    idp = SlowIdp()
    client = bol_client("https://api.example.test", httpx_args={"transport": httpx.MockTransport(idp.handle)})
    client.get_httpx_client()
    answers: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: answers.append(get_process_status.sync_detailed("1", client=client).status_code)
        )
        for _ in range(50)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert answers == [200] * 50
    assert idp.issued == 1


def test_hundred_tasks_share_one_token_request() -> None:
    # was: 100 asyncio tasks -> 100 token requests
    idp = SlowIdp()

    async def run() -> list[int]:
        transport = httpx.MockTransport(idp.ahandle)
        async with bol_client("https://api.example.test", httpx_args={"transport": transport}) as client:
            got = await asyncio.gather(*(get_process_status.asyncio_detailed("1", client=client) for _ in range(100)))
            return [r.status_code for r in got]

    assert asyncio.run(run()) == [200] * 100
    assert idp.issued == 1


def test_a_refused_token_is_renewed_once_for_all_callers() -> None:
    idp = SlowIdp(rejected=("tok-1",))

    async def run() -> list[int]:
        transport = httpx.MockTransport(idp.ahandle)
        async with bol_client("https://api.example.test", httpx_args={"transport": transport}) as client:
            got = await asyncio.gather(*(get_process_status.asyncio_detailed("1", client=client) for _ in range(20)))
            return [r.status_code for r in got]

    assert asyncio.run(run()) == [200] * 20
    assert idp.issued == 2


@pytest.mark.parametrize("expires_in", [None, 0, 10])
def test_unknown_or_short_lifetime_is_reused_until_refused(expires_in: Any) -> None:
    # was: a token request before every call
    idp = SlowIdp(expires_in=expires_in)
    client = bol_client("https://api.example.test", httpx_args={"transport": httpx.MockTransport(idp.handle)})
    for _ in range(5):
        assert get_process_status.sync_detailed("1", client=client).status_code == 200
    assert idp.issued == 1
    idp.rejected = ("tok-1",)
    assert get_process_status.sync_detailed("1", client=client).status_code == 200
    assert idp.issued == 2


# --- no secret leaves its origin --------------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
def test_cross_origin_redirect_drops_every_credential_header(key: str) -> None:
    # was: X-Api-Token (ActivePlatform) sent on to another origin; create_client(httpx_args=
    # {"follow_redirects": True}) raised TypeError on the first call
    the = sdk(key)
    facts = waiter(the.spec)
    assert facts is not None
    case = OperationCase(key, facts["operation_id"])
    body = json.dumps(case.success().value).encode()
    with serving(lambda request, conn: answer(conn, 200, body)) as other:

        def redirect(request: Request, conn: socket.socket) -> None:
            if request.path.startswith("/token"):
                answer(conn, 200, TOKEN_BODY)
            else:
                answer(conn, 302, headers={"Location": other.origin + request.path})

        with serving(redirect) as first:
            extra = {"token_url": first.origin + "/token"} if "client_secret" in the.credentials else {}
            client = the.package.create_client(
                **the.credentials,
                **extra,
                base_url=first.origin,
                headers={"X-Session-Key": "session-Sup3rS3cret"},
                httpx_args={"follow_redirects": True},
            )
            response = case.module.sync_detailed(client=client, **case.kwargs())
    assert response.status_code == 200
    [landed] = other.requests
    leaked = {k: v for k, v in landed.headers.items() if "auth" in k or "token" in k or "key" in k or "cookie" in k}
    assert leaked == {}
    assert not any(secret in json.dumps(landed.headers) for secret in [*the.secret_forms, "session-Sup3rS3cret"])
    api = [r for r in first.requests if not r.path.startswith("/token")]
    assert api and any(k in api[0].headers for k in ("authorization", "x-api-token"))


# --- logger and reprs -------------------------------------------------------------------------------------


def test_logger_reports_retries_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    port = refused_port()
    client = bol_client(f"http://127.0.0.1:{port}")
    policy = bol_waiters.PollPolicy(initial=0.05, maximum=0.1)
    with caplog.at_level(logging.DEBUG, logger="asyncstatus_core"), pytest.raises(bol_waiters.WaitTimeout):
        bol_waiters.wait_until_done(client=client, process_status_id="1", timeout=0.6, policy=policy)
    mine = [r for r in caplog.records if r.name.startswith("asyncstatus_core")]
    assert any("retrying: connection refused by 127.0.0.1" in r.getMessage() for r in mine)
    text = "\n".join(r.getMessage() for r in mine)
    assert not any(secret in text for secret in sdk("bol").secret_forms)


def test_logger_is_silent_by_default() -> None:
    handlers = logging.getLogger("asyncstatus_core").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_repr_leaves_unset_fields_out() -> None:
    # was: violations=<bol_process_status_client.types.Unset object at 0x7f5b…>
    model = bol.models.ProcessStatus.from_dict(json.loads(STATUS_BODY))
    shown = repr(model)
    assert "Unset" not in shown and "UNSET" not in shown
    assert shown.startswith("ProcessStatus(") and "status=" in shown


@pytest.mark.timeout(20)
def test_tls_failure_is_tls_error_and_ends_a_wait_at_once() -> None:
    # a plain-HTTP server spoken to over https: the handshake fails; retrying cannot mend it
    with not_tls() as origin:
        client = bol.Client(base_url=origin)
        with pytest.raises(bol.errors.TLSError) as raised:
            get_process_status.sync_detailed("1", client=client)
        assert isinstance(raised.value, bol.errors.APIConnectionError) and "TLS" in str(raised.value)
        took, error = elapsed(
            lambda: bol_waiters.wait_until_done(client=bol.Client(base_url=origin), process_status_id="1", timeout=10)
        )
    assert isinstance(error, bol.errors.TLSError) and took < 2


@pytest.mark.parametrize(
    ("key", "body", "words"),
    [
        (
            "mykaarma",
            {"errors": [{"errorCode": 1, "errorMessage": "No async process found with uuid 0"}]},
            "No async process found with uuid 0",
        ),
        (
            "booster",
            {"ResponseStatus": {"ErrorCode": "ArgumentException", "Message": "Id must be positive"}},
            "Id must be positive",
        ),
        (
            "bol",
            {"type": "x", "title": "Bad Request", "status": 400, "detail": "Invalid process id"},
            "Invalid process id",
        ),
        ("realtimeregister", {"type": "ValidationError", "message": "Invalid id"}, "Invalid id"),
    ],
)
def test_unexpected_answer_carries_the_provider_message(key: str, body: dict[str, Any], words: str) -> None:
    # was: "unexpected answer 400 (ApiResponse)": the provider's own message dropped
    the = sdk(key)
    facts = waiter(the.spec)
    assert facts is not None
    case = OperationCase(key, facts["operation_id"])
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(400, content=content, headers={"Content-Type": "application/json"})
    )
    extra = {"token_url": "https://idp.example.test/token"} if "client_secret" in the.credentials else {}
    if extra:

        def both(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/token":
                return httpx.Response(200, content=TOKEN_BODY)
            return httpx.Response(400, content=content, headers={"Content-Type": "application/json"})

        transport = httpx.MockTransport(both)
    client = the.package.create_client(
        **the.credentials, **extra, base_url="https://api.example.test", httpx_args={"transport": transport}
    )
    waiters = the.submodule("waiters")
    with pytest.raises(waiters.UnexpectedAnswer) as raised:
        waiters.wait_until_done(client=client, **case.kwargs(), timeout=5)
    assert raised.value.provider_message == words
    assert "unexpected answer 400" in str(raised.value) and str(raised.value).endswith(f": {words}")
