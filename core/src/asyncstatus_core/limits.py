"""Every request bounded in time and size, and every way it can fail turned into one of the package's errors.

Part of asyncstatus-core, the runtime every generated package depends on; the generated operations (and the csv module)
send through `send` / `async_send` instead of `httpx.Client.request`, because httpx bounds only the gaps
between bytes (a body trickling one byte every few seconds never times out) and reads a body whole into
memory whatever its size (a gzip bomb of 1 MiB decodes to 1 GiB). Here:

- a request has a total time: the client's `total_timeout`, shortened to the deadline of the wait it
  belongs to (`deadline()`, set by the waiters). Each httpx timeout (connect, read, write, pool) is cut to
  the time left and the body is read chunk by chunk with the clock checked after each. On asyncio the
  whole request runs under `asyncio.timeout`. In a thread, httpcore fixes a read timeout once per answer,
  so a server trickling its headers, or falling silent late in the body, could outlive the deadline:
  `bounded_transport()` gives the generated Client a transport whose every socket read and write is cut
  to the time left (`_DeadlineStream`), so there too nothing outlives the deadline;
- the body is read decoded, chunk by chunk, and reading stops past the client's `max_body_size`
  (`errors.BodyTooLarge`; a `Content-Length` above it is refused before reading);
- httpx's exceptions become `errors.APIConnectionError` / `APITimeoutError` / `TLSError` / `InvalidURL` /
  `TooManyRedirects`, naming the host and whether the API or the token URL failed (`__cause__` kept).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import ssl
import time
from collections.abc import Iterator
from typing import Any, Protocol

import httpcore
import httpx

from .errors import (
    APIConnectionError,
    APITimeoutError,
    BodyTooLarge,
    InvalidURL,
    SDKError,
    TLSError,
    TooManyRedirects,
)
from .redact import redact_url

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "async_send",
    "bounded_transport",
    "deadline",
    "environment_mounts",
    "fetching_token",
    "read_body",
    "send",
    "time_left",
    "translate",
]

DEFAULT_TIMEOUT = 30.0  # seconds for each of connect, read, write and pool (httpx's own default is 5)
DEFAULT_TOTAL_TIMEOUT = 120.0  # seconds for a whole request, body included
DEFAULT_MAX_BODY_SIZE = 32 * 1024 * 1024  # bytes of a decoded body (a 1000-id bol answer is ~0.2 MB)

# The time.monotonic() at which the wait in progress ends; requests made inside it end by then too.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("asyncstatus_deadline", default=None)
# Which URL the request being sent on asyncio is waiting for ("API", or "token" while an auth flow fetches a
# token), so that a total timeout says which one hung. A one-item list, set by async_send for each request.
_WAITING_FOR: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("asyncstatus_waiting_for", default=None)


@contextlib.contextmanager
def fetching_token() -> Iterator[None]:
    """Around an auth flow's token request: a total timeout meanwhile is the token URL's."""
    holder = _WAITING_FOR.get()
    if holder is not None:
        holder[0] = "token"
    yield
    # Not in a `finally`: when the token request fails, httpx closes the auth flow before the timeout
    # reaches async_send, and the holder must still say "token" then.
    if holder is not None:
        holder[0] = "API"


class _Limited(Protocol):
    max_body_size: int
    total_timeout: float | None

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Requests made inside end within `seconds` from now (or by an earlier deadline already set)."""
    if seconds is None:
        yield
        return
    end = time.monotonic() + max(0.0, seconds)
    outer = _DEADLINE.get()
    token = _DEADLINE.set(end if outer is None else min(outer, end))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _end(total: float | None) -> float | None:
    outer = _DEADLINE.get()
    own = None if total is None else time.monotonic() + total
    if outer is None:
        return own
    return outer if own is None else min(outer, own)


def time_left(end: float | None) -> float | None:
    return None if end is None else end - time.monotonic()


def _cut(timeout: httpx.Timeout, end: float | None) -> httpx.Timeout:
    """The client's timeouts, none longer than the time left."""
    left = time_left(end)
    if left is None:
        return timeout
    left = max(left, 0.001)

    def cut(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
    )


def _which(url: httpx.URL | str, client: Any) -> str:
    auth = getattr(client, "_httpx_args", {}).get("auth")
    token_url = getattr(auth, "token_url", None)
    if isinstance(token_url, str) and str(url).split("?", 1)[0] == token_url.split("?", 1)[0]:
        return "token"
    return "API"


def _too_large(response: httpx.Response, limit: int, which: str) -> BodyTooLarge:
    url = str(response.request.url)
    return BodyTooLarge(
        f"the answer from {redact_url(url)} ({which} URL) is larger than the client's max_body_size of {limit} bytes",
        limit=limit,
        url=url,
        which=which,
    )


def _timed_out(url: str, which: str) -> APITimeoutError:
    return APITimeoutError(
        f"the request to {_host(httpx.URL(url))} ({which} URL {redact_url(url)}) did not finish in the time allowed",
        url=url,
        which=which,
    )


def _check_length(response: httpx.Response, limit: int, which: str) -> None:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit and "Content-Encoding" not in response.headers:
        raise _too_large(response, limit, which)


def read_body(response: httpx.Response, *, limit: int, end: float | None, which: str = "API") -> bytes:
    """Read a streamed response's decoded body, at most `limit` bytes and until `end`; closes it either way."""
    try:
        _check_length(response, limit, which)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, which)
            if end is not None and time.monotonic() > end:
                raise _timed_out(str(response.request.url), which)
            chunks.append(chunk)
    finally:
        response.close()
    body = b"".join(chunks)
    response._content = body  # what httpx's own read() sets: .content and .read() give it from now on
    return body


async def async_read_body(response: httpx.Response, *, limit: int, which: str = "API") -> bytes:
    """`read_body` on asyncio; the time is bounded by the caller's `asyncio.timeout`."""
    try:
        _check_length(response, limit, which)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, which)
            chunks.append(chunk)
    finally:
        await response.aclose()
    body = b"".join(chunks)
    response._content = body  # as in read_body
    return body


def send(client: _Limited, kwargs: dict[str, Any]) -> httpx.Response:
    """`httpx.Client.request(**kwargs)` with the client's limits (module docstring)."""
    httpx_client = client.get_httpx_client()
    end = _end(client.total_timeout)
    request: httpx.Request | None = None
    try:
        request = httpx_client.build_request(**kwargs, timeout=_cut(httpx_client.timeout, end))
        with _within(end):
            response = httpx_client.send(request, stream=True)
            read_body(response, limit=client.max_body_size, end=end)  # the API answer (tokens: _auth)
        return response
    except SDKError:
        raise
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise translate(error, client=client, request=request) from error


async def async_send(client: _Limited, kwargs: dict[str, Any]) -> httpx.Response:
    """`send` on asyncio: the whole request, body included, runs under `asyncio.timeout`."""
    httpx_client = client.get_async_httpx_client()
    end = _end(client.total_timeout)
    request: httpx.Request | None = None
    waiting_for = ["API"]
    _WAITING_FOR.set(waiting_for)
    try:
        request = httpx_client.build_request(**kwargs, timeout=_cut(httpx_client.timeout, end))
        left = time_left(end)
        with _within(end):
            async with asyncio.timeout(None if left is None else max(left, 0.0)):
                response = await httpx_client.send(request, stream=True)
                await async_read_body(response, limit=client.max_body_size)
        return response
    except SDKError:
        raise
    except TimeoutError as error:  # asyncio.timeout: the total time ran out
        if request is None:
            raise
        which = waiting_for[0]
        token_url = getattr(getattr(client, "_httpx_args", {}).get("auth"), "token_url", None)
        url = token_url if which == "token" and isinstance(token_url, str) else str(request.url)
        raise _timed_out(url, which) from error
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise translate(error, client=client, request=request) from error


@contextlib.contextmanager
def _within(end: float | None) -> Iterator[None]:
    """Make `end` the deadline of whatever runs inside (the token request of an auth flow reads it)."""
    token = _DEADLINE.set(end)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def current_end() -> float | None:
    """The deadline of the request being sent (for the token request an auth flow makes on its behalf)."""
    return _DEADLINE.get()


def _host(url: httpx.URL) -> str:
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.host}:{port}" if url.host else str(url)


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def translate(error: Exception, *, client: Any = None, request: httpx.Request | None = None) -> SDKError:
    """The package's own error for an httpx exception (the caller raises it `from` the original)."""
    try:
        failed = error.request if isinstance(error, httpx.RequestError) else request
    except RuntimeError:  # an httpx error raised before it had a request
        failed = request
    url = str(failed.url) if failed is not None else ""
    which = _which(url, client) if failed is not None else "API"
    where = f"{_host(failed.url)} ({which} URL {redact_url(url)})" if failed is not None else "the server"
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return InvalidURL(
            f"cannot send to {redact_url(url) or 'this URL'}: {error}; use an http:// or https:// URL with a host",
            url=url,
            which=which,
        )
    if isinstance(error, httpx.TimeoutException):
        phase = {
            httpx.ConnectTimeout: "connecting to",
            httpx.ReadTimeout: "waiting for an answer from",
            httpx.WriteTimeout: "sending to",
            httpx.PoolTimeout: "waiting for a free connection to",
        }.get(type(error), "talking to")
        return APITimeoutError(f"timed out {phase} {where}", url=url, which=which)
    if isinstance(error, httpx.TooManyRedirects):
        return TooManyRedirects(f"too many redirects from {where} (a redirect loop?)", url=url, which=which)
    causes = list(_causes(error))
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return TLSError(f"TLS handshake with {where} failed: {error}", url=url, which=which)
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in str(error).lower():
        return APIConnectionError(f"connection refused by {where}", url=url, which=which)
    if isinstance(error, httpx.ConnectError):
        return APIConnectionError(f"cannot connect to {where}: {error or type(error).__name__}", url=url, which=which)
    if isinstance(error, httpx.DecodingError):
        return APIConnectionError(f"the answer from {where} could not be decoded: {error}", url=url, which=which)
    return APIConnectionError(
        f"{type(error).__name__} talking to {where}: {error or 'connection lost'}", url=url, which=which
    )


def _cut_one(timeout: float | None) -> float | None:
    """One socket operation's timeout, no longer than the time left of the request in progress."""
    left = time_left(_DEADLINE.get())
    if left is None:
        return timeout
    left = max(left, 0.001)  # past the deadline: time out at once, as httpcore's own timeouts do
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the deadline of the request it serves (read from
    the context at each call, so a pooled connection serves each request with that request's deadline)."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _cut_one(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut_one(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _cut_one(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, _cut_one(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _cut_one(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# The client arguments that shape a transport; httpx gives them to the transport it builds itself, so a
# transport built here must take them too (a corporate CA in `verify`, a client certificate, HTTP/2, pool
# limits, a proxy).
_TRANSPORT_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")


def _transport_args(client_args: dict[str, Any]) -> dict[str, Any]:
    return {k: client_args[k] for k in _TRANSPORT_ARGS if k in client_args}


def _cut_pool(transport: object) -> None:
    """Give the transport's connection pool the deadline backend (module docstring of `bounded_transport`)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]


def bounded_transport(**client_args: Any) -> httpx.HTTPTransport:
    """httpx's default transport for these client arguments, its socket operations cut to the deadline.

    httpx offers no public way to give its transport a network backend; the pool's `_network_backend` is
    replaced (httpcore 1.x). Should a later httpcore move it, the transport is left as httpx made it and the
    per-chunk clock check in `read_body` still bounds a body."""
    transport = httpx.HTTPTransport(**_transport_args(client_args))
    _cut_pool(transport)
    return transport


def bounded_async_transport(**client_args: Any) -> httpx.AsyncHTTPTransport:
    """httpx's default async transport for these client arguments (on asyncio the whole request already runs
    under `asyncio.timeout`, so its backend needs no cutting)."""
    return httpx.AsyncHTTPTransport(**_transport_args(client_args))


def environment_mounts(client_args: dict[str, Any], *, asynchronous: bool) -> dict[str, Any]:
    """The proxy mounts httpx itself would make from `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`, as
    bounded transports with the client's other transport arguments. httpx reads the environment only when it
    is given no transport, and a `Client` always gives it one (its bounded transport, or a `RetryTransport`
    around it), so without these the environment's proxy would be ignored. Nothing when `proxy` is given or
    `trust_env` is off (httpx's rules); httpx's reader is private, so should it move, no proxy is mounted."""
    if client_args.get("proxy") is not None or not client_args.get("trust_env", True):
        return {}
    try:
        from httpx._utils import get_environment_proxies
    except ImportError:  # pragma: no cover - a later httpx
        return {}
    build = bounded_async_transport if asynchronous else bounded_transport
    return {
        pattern: None if url is None else build(**{**client_args, "proxy": url})
        for pattern, url in get_environment_proxies().items()
    }


def bound_mounts(client: httpx.Client | httpx.AsyncClient, retry: Any = None) -> None:
    """The transports httpx mounted by itself (a proxy from `HTTPS_PROXY`/`ALL_PROXY`, or `mounts=`) get the
    deadline backend and, with `retry` (a `retry.RetryTransport`), its retries: without this a proxied
    request would skip both. httpx keeps its mounts in `_mounts` (no public accessor); should it move them,
    proxied requests keep httpx's own transport and `read_body`'s clock still bounds a body."""
    mounts = getattr(client, "_mounts", None)
    if not isinstance(mounts, dict):
        return
    for pattern, transport in list(mounts.items()):
        if transport is None:
            continue
        _cut_pool(transport)
        if retry is not None and not isinstance(transport, type(retry)):
            mounts[pattern] = retry.around(transport)
