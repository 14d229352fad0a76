"""A `RetryTransport` in `httpx_args` keeps the client's own TLS and proxy settings, and proxied requests keep
the retries and the deadline: real sockets, a local HTTPS origin with a trustme CA, and a small forwarding
proxy written here (no generated package).

Before the fix (`RetryTransport(policy)` built its own default transport, and httpx's proxy mounts were used
as httpx made them) each of these failed: the trustme CA in `verify` was ignored (TLS error instead of an
answer), proxied requests were not retried (one 503 reached the caller), and a proxied origin that trickles
its headers ran past `total_timeout`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import trustme
from asyncstatus_core.client import Client
from asyncstatus_core.errors import APITimeoutError, TLSError
from asyncstatus_core.limits import async_send, send
from asyncstatus_core.retry import RetryPolicy, RetryTransport

GET: dict[str, Any] = {"method": "GET", "url": "/process-status/1"}
TRICKLE_SECONDS = 6.0  # how long the slow origin takes to finish its headers
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


# --- servers --------------------------------------------------------------------------------------------


class Origin(ThreadingHTTPServer):
    """Answers each GET with the next scripted status (200 once the script is used up); with `trickle`, sends
    a 200 whose header lines come one every 0.2 s for TRICKLE_SECONDS."""

    daemon_threads = True

    def __init__(self, *codes: int, trickle: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), OriginHandler)
        self.codes = list(codes)
        self.trickle = trickle
        self.hits = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def next_code(self) -> int:
        with self.lock:
            self.hits += 1
            return self.codes.pop(0) if self.codes else 200


class OriginHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Origin

    def do_GET(self) -> None:
        code = self.server.next_code()
        if self.server.trickle:
            self.trickle()
            return
        body = json.dumps({"status": code}).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Retry-After", "0")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def trickle(self) -> None:
        self.close_connection = True
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self.wfile.flush()
            for i in range(int(TRICKLE_SECONDS / 0.2)):
                if self.server.stopping.wait(0.2):
                    return
                self.wfile.write(f"X-Slow-{i}: {i}\r\n".encode())
                self.wfile.flush()
            self.wfile.write(b"Content-Length: 2\r\nConnection: close\r\n\r\n{}")
        except OSError:
            return

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Proxy(ThreadingHTTPServer):
    """A forwarding HTTP proxy: takes absolute-URI GETs, counts them, relays the origin's bytes as they come."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ProxyHandler)
        self.hits = 0
        self.lock = threading.Lock()


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Proxy

    def do_GET(self) -> None:
        self.close_connection = True
        target = urllib.parse.urlsplit(self.path)
        if target.scheme != "http" or target.hostname is None:
            self.send_error(400, "absolute http:// URI expected")
            return
        with self.server.lock:
            self.server.hits += 1
        path = target.path + (f"?{target.query}" if target.query else "")
        skip = {"connection", "proxy-connection", "keep-alive"}
        lines = [f"GET {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in self.headers.items() if k.lower() not in skip]
        head = "\r\n".join([*lines, "Connection: close", "", ""]).encode()
        with socket.create_connection((target.hostname, target.port or 80), timeout=30) as upstream:
            upstream.sendall(head)
            try:
                while chunk := upstream.recv(65536):
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except OSError:
                return

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        if isinstance(server, Origin):
            server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


# --- TLS ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_origin(ca: trustme.CA) -> Iterator[tuple[Origin, str]]:
    """An HTTPS origin whose certificate (for 127.0.0.1) comes from the test CA; 503 once, then 200."""
    origin = Origin(503)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    origin.socket = context.wrap_socket(origin.socket, server_side=True)
    with serving(origin) as address:
        yield origin, f"https://{address}"


def trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def test_tls_verify_with_the_test_ca_is_kept_under_a_retry_transport(
    ca: trustme.CA, https_origin: tuple[Origin, str]
) -> None:
    origin, url = https_origin
    retry = RetryTransport(RetryPolicy(jitter=0.0), sleep=lambda _: None)
    client = Client(base_url=url, httpx_args={"verify": trusting(ca), "transport": retry})
    with client:
        response = send(client, GET)
    assert response.status_code == 200 and json.loads(response.content) == {"status": 200}
    assert retry.retries == 1 and origin.hits == 2


def test_tls_verify_with_the_test_ca_is_kept_under_a_retry_transport_async(
    ca: trustme.CA, https_origin: tuple[Origin, str]
) -> None:
    origin, url = https_origin
    retry = RetryTransport(RetryPolicy(jitter=0.0))
    client = Client(base_url=url, httpx_args={"verify": trusting(ca), "transport": retry})

    async def run() -> httpx.Response:
        async with client:
            return await async_send(client, GET)

    response = asyncio.run(run())
    assert response.status_code == 200 and retry.retries == 1 and origin.hits == 2


def test_tls_with_the_default_verify_refuses_the_test_certificate(https_origin: tuple[Origin, str]) -> None:
    origin, url = https_origin
    policy = RetryPolicy(attempts=2, initial=0.0, jitter=0.0)
    client = Client(base_url=url, httpx_args={"transport": RetryTransport(policy, sleep=lambda _: None)})
    with pytest.raises(TLSError):
        send(client, GET)

    async def run() -> None:
        async_client = Client(base_url=url, httpx_args={"transport": RetryTransport(policy)})
        await async_send(async_client, GET)

    with pytest.raises(TLSError):
        asyncio.run(run())
    assert origin.hits == 0


# --- proxy ----------------------------------------------------------------------------------------------


@pytest.fixture
def proxy() -> Iterator[tuple[Proxy, str]]:
    server = Proxy()
    with serving(server) as address:
        yield server, f"http://{address}"


@pytest.fixture
def flaky_origin() -> Iterator[tuple[Origin, str]]:
    origin = Origin(503)
    with serving(origin) as address:
        yield origin, f"http://{address}"


@pytest.fixture
def slow_origin() -> Iterator[tuple[Origin, str]]:
    origin = Origin(trickle=True)
    with serving(origin) as address:
        yield origin, f"http://{address}"


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy from the environment of the machine running the tests (and nothing exempting 127.0.0.1)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)  # urllib ignores HTTP_PROXY under CGI
    return monkeypatch


def proxy_args(how: str, proxy_url: str, env: pytest.MonkeyPatch) -> dict[str, Any]:
    """`httpx_args` sending requests through the proxy: the `proxy` argument, or HTTP_PROXY in the environment."""
    if how == "argument":
        return {"proxy": proxy_url}
    env.setenv("HTTP_PROXY", proxy_url)
    env.setenv("http_proxy", proxy_url)
    return {}


@pytest.mark.parametrize("how", ["argument", "environment"])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_proxied_requests_are_retried(
    how: str,
    asynchronous: bool,
    proxy: tuple[Proxy, str],
    flaky_origin: tuple[Origin, str],
    no_proxy_env: pytest.MonkeyPatch,
) -> None:
    server, proxy_url = proxy
    origin, url = flaky_origin
    retry = RetryTransport(RetryPolicy(jitter=0.0), sleep=lambda _: None)
    client = Client(base_url=url, httpx_args={**proxy_args(how, proxy_url, no_proxy_env), "transport": retry})
    response = asyncio.run(async_send(client, GET)) if asynchronous else send(client, GET)
    assert response.status_code == 200
    assert server.hits == 2 and origin.hits == 2, "both tries went through the proxy"
    assert retry.retries == 1


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_proxied_request_ends_by_the_total_timeout(
    how: str, proxy: tuple[Proxy, str], slow_origin: tuple[Origin, str], no_proxy_env: pytest.MonkeyPatch
) -> None:
    server, proxy_url = proxy
    _, url = slow_origin
    client = Client(base_url=url, total_timeout=1.0, httpx_args=proxy_args(how, proxy_url, no_proxy_env))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        send(client, GET)
    took = time.monotonic() - started
    assert server.hits == 1, "the request went through the proxy"
    assert took < TRICKLE_SECONDS - 2, f"cut by the 1 s total timeout, not by the origin finishing ({took:.1f}s)"
