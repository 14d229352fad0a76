"""Authentication for the generated clients, as httpx `Auth` objects.

Part of asyncstatus-core, the runtime every generated package depends on: openapi-python-client only knows a static
bearer-style header, while these APIs use HTTP basic, API-key headers with a scheme prefix and OAuth2
client credentials. Every class keeps its secret out of `repr`, logs and exception messages.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from .errors import AuthenticationError, TokenEndpointUnavailable
from .limits import async_read_body, current_end, fetching_token, read_body
from .redact import redact_url

__all__ = ["AuthenticationError", "BasicAuth", "ClientCredentialsAuth", "HeaderAuth", "TokenEndpointUnavailable"]

log = logging.getLogger("asyncstatus_core")
TOKEN_BODY_LIMIT = 64 * 1024  # bytes; a token answer is a few hundred


class HeaderAuth(httpx.Auth):
    """Sends a secret in one header, optionally behind a scheme word (`Bearer`, `ApiKey`)."""

    def __init__(self, header: str, secret: str, *, prefix: str = "") -> None:
        if not secret:
            raise ValueError(f"the credential for the {header} header is empty")
        self.header = header
        self.prefix = prefix
        self._value = f"{prefix} {secret}" if prefix else secret

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self._value
        yield request

    def __repr__(self) -> str:
        scheme = f"{self.prefix} " if self.prefix else ""
        return f"HeaderAuth(header={self.header!r}, value='{scheme}<redacted>')"


class BasicAuth(HeaderAuth):
    """HTTP basic authentication (RFC 7617)."""

    def __init__(self, username: str, password: str) -> None:
        if not username:
            raise ValueError("the basic-auth username is empty")
        self.username = username
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        super().__init__("Authorization", token, prefix="Basic")

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='<redacted>')"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client credentials (RFC 6749 section 4.4) with the client authenticating by HTTP basic.

    The token is fetched on first use, cached, renewed `renew_before` seconds before it expires, and
    renewed once more when the API answers 401 (a token revoked early). A token whose `expires_in` is
    missing, 0 or shorter than `renew_before` is reused until the API refuses it once. One refresh is in
    flight at a time per client, in threads and on asyncio: the others wait for it and use its token (as
    botocore's and azure-core's credential refreshers do). The token request goes through the same httpx
    client with the API request's timeouts, and its answer is read at most `TOKEN_BODY_LIMIT` bytes.
    """

    requires_response_body = False  # token answers and 401s are read here, bounded (`_limits.read_body`)

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        renew_before: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must both be set")
        self.token_url = token_url
        self.client_id = client_id
        self._basic = "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        self.renew_before = renew_before
        self._clock = clock
        self._lock = threading.Lock()  # guards the fields below (held only for a moment)
        self._refreshing = threading.Lock()  # one token request in flight among threads
        self._async_refreshing: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )  # one per event loop: an asyncio.Lock cannot be shared between loops
        self._token: str | None = None
        self._expires_at = 0.0
        self.tokens_fetched = 0

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsAuth(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            "client_secret='<redacted>')"
        )

    def _current(self) -> str | None:
        with self._lock:
            if self._token is not None and self._clock() < self._expires_at - self.renew_before:
                return self._token
            return None

    def _token_request(self, for_request: httpx.Request) -> httpx.Request:
        # The API request's timeouts (already cut to its deadline): an httpx.Request built here has none.
        return httpx.Request(
            "POST",
            self.token_url,
            headers={"Authorization": self._basic, "Accept": "application/json"},
            data={"grant_type": "client_credentials"},
            extensions={"timeout": for_request.extensions.get("timeout", {})},
        )

    def _store(self, response: httpx.Response) -> str:
        url = self.token_url
        if response.status_code == 429 or response.status_code >= 500:
            raise TokenEndpointUnavailable(
                f"token request to {url} (token URL) answered {response.status_code}; try again later",
                url=url,
                which="token",
            )
        body = _json(response.content)
        if response.status_code != 200:
            error = body.get("error") if isinstance(body, dict) else None
            reason = f" ({error})" if isinstance(error, str) else ""
            raise AuthenticationError(
                f"token request to {url} (token URL) for client {self.client_id!r} "
                f"answered {response.status_code}{reason}",
                url=url,
                which="token",
            )
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(
                f"token response from {url} (token URL) has no access_token", url=url, which="token"
            )
        lifetime = _lifetime(body.get("expires_in") if isinstance(body, dict) else None)
        with self._lock:
            self._token = token
            # Unknown or too short to renew ahead of time: use it until the API refuses it once.
            known = lifetime is not None and lifetime > self.renew_before
            self._expires_at = self._clock() + lifetime if known and lifetime is not None else math.inf
            self.tokens_fetched += 1
        shown = lifetime if lifetime is not None else "unknown"
        log.debug("token fetched from %s (lifetime %s s)", redact_url(url), shown)
        return token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _refused(self, token: str) -> None:
        """The API answered 401 to `token`: forget it, unless another caller has renewed it already."""
        with self._lock:
            if self._token == token:
                self._token = None

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_refreshing.get(loop)
            if lock is None:
                lock = self._async_refreshing[loop] = asyncio.Lock()
            return lock

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._current()
        if token is None:
            with self._refreshing:  # the others wait here, then find the fresh token
                token = self._current()
                if token is None:
                    answer = yield self._token_request(request)
                    read_body(answer, limit=TOKEN_BODY_LIMIT, end=current_end(), which="token")
                    token = self._store(answer)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            read_body(response, limit=TOKEN_BODY_LIMIT, end=current_end())
            self._refused(token)
            with self._refreshing:
                renewed = self._current()
                if renewed is None:
                    answer = yield self._token_request(request)
                    read_body(answer, limit=TOKEN_BODY_LIMIT, end=current_end(), which="token")
                    renewed = self._store(answer)
            request.headers["Authorization"] = f"Bearer {renewed}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._current()
        if token is None:
            async with self._async_lock():
                token = self._current()
                if token is None:
                    with fetching_token():
                        answer = yield self._token_request(request)
                        await async_read_body(answer, limit=TOKEN_BODY_LIMIT, which="token")
                    token = self._store(answer)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            await async_read_body(response, limit=TOKEN_BODY_LIMIT)
            self._refused(token)
            async with self._async_lock():
                renewed = self._current()
                if renewed is None:
                    with fetching_token():
                        answer = yield self._token_request(request)
                        await async_read_body(answer, limit=TOKEN_BODY_LIMIT, which="token")
                    renewed = self._store(answer)
            request.headers["Authorization"] = f"Bearer {renewed}"
            yield request


def _json(content: bytes) -> object:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def _lifetime(value: object) -> float | None:
    """`expires_in` in seconds; None when absent, not a number, or not positive."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None
