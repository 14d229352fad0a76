"""(e) Credentials never show in repr(client), repr(auth), exception messages, or httpx/httpcore
DEBUG logs of a real HTTP exchange."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from providers import KEYS

from .sdk_support import TEST_BASE_URL, TOKEN_ANSWER, OperationCase, Sdk, sdk, status_operation_case


def first_operation(key: str) -> OperationCase:
    return status_operation_case(key)


def assert_hidden(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text


@pytest.mark.parametrize("key", KEYS)
def test_repr_of_created_client_and_its_auth_hides_secrets(key: str) -> None:
    client = sdk(key).package.create_client(**sdk(key).credentials)
    auth = client._httpx_args["auth"]
    assert_hidden(repr(client), sdk(key).secret_forms)
    assert_hidden(repr(auth), sdk(key).secret_forms)
    assert "redacted" in repr(auth)
    with client:  # the httpx client it built shows nothing either
        assert_hidden(repr(client), sdk(key).secret_forms)


@pytest.mark.parametrize("key", KEYS)
def test_repr_of_plain_client_hides_secret_headers_and_httpx_auth(key: str) -> None:
    secret = f"{key}-header-Sup3rS3cret-0042"
    client = sdk(key).package.Client(
        base_url=TEST_BASE_URL,
        headers={"Authorization": f"Bearer {secret}", "X-Api-Token": secret, "X-Request-Id": "visible-id"},
        httpx_args={"auth": ("user", secret), "headers": {"X-Api-Key": secret}, "timeout": 5},
    )
    text = repr(client)
    assert secret not in text
    assert "visible-id" in text


@pytest.mark.parametrize("key", KEYS)
def test_exceptions_do_not_carry_secrets(key: str) -> None:
    case = first_operation(key)

    def fail(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(401, json={"error": "invalid_client"})
        raise httpx.ConnectError("connection refused", request=request)

    client = case.sdk.package.create_client(
        **case.sdk.credentials, raise_on_unexpected_status=True, httpx_args={"transport": httpx.MockTransport(fail)}
    )
    with pytest.raises(Exception) as raised:
        case.module.sync_detailed(client=client, **case.kwargs())
    assert_hidden(str(raised.value), case.sdk.secret_forms)
    assert_hidden(repr(raised.value), case.sdk.secret_forms)


class _Server(ThreadingHTTPServer):
    answer: bytes = b"{}"
    media_type: str = "application/json"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _send(self, body: bytes, media_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(self.server.answer, self.server.media_type)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.endswith("/token"):
            self._send(json.dumps(TOKEN_ANSWER).encode(), "application/json")
        else:
            self._send(self.server.answer, self.server.media_type)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[_Server]:
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _credentials_with_token_url(s: Sdk, base: str) -> dict[str, Any]:
    extra = {"token_url": f"{base}/token"} if s.key == "bol" else {}
    return {**s.credentials, **extra}


@pytest.mark.parametrize("key", KEYS)
def test_debug_logs_of_a_real_exchange_hide_secrets(
    key: str, local_server: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    case = first_operation(key)
    success = case.success()
    local_server.answer = json.dumps(success.value).encode()
    local_server.media_type = success.media_type
    base = f"http://127.0.0.1:{local_server.server_address[1]}"
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    with case.sdk.package.create_client(**_credentials_with_token_url(case.sdk, base), base_url=base) as client:
        response = case.module.sync_detailed(client=client, **case.kwargs())
    assert response.status_code == 200
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "httpcore" in logged  # the transport really logged at DEBUG
    assert_hidden(logged, case.sdk.secret_forms)
    assert_hidden(caplog.text, case.sdk.secret_forms)
