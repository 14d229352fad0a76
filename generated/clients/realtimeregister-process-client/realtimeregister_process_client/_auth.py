"""Authentication for the generated clients, as httpx `Auth` objects.

Hand-written runtime copied into every generated package: openapi-python-client only knows a static
bearer-style header, while these APIs use HTTP basic, API-key headers with a scheme prefix and OAuth2
client credentials. Every class keeps its secret out of `repr`, logs and exception messages.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Generator

import httpx

__all__ = ["AuthenticationError", "BasicAuth", "ClientCredentialsAuth", "HeaderAuth", "TokenEndpointUnavailable"]


class AuthenticationError(Exception):
    """Credentials were refused, or a token could not be obtained. Never carries the secret."""


class TokenEndpointUnavailable(httpx.TransportError):
    """The token endpoint answered 429 or 5xx: a passing condition, so it is a transport error that
    retrying callers (the waiters, RetryTransport users) treat like a dropped connection."""


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
    renewed once more when the API answers 401 (a token revoked early). The token request goes through
    the same httpx client, so its transport, proxies and timeouts apply.
    """

    requires_response_body = True

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
        self._lock = threading.Lock()
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

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            headers={"Authorization": self._basic, "Accept": "application/json"},
            data={"grant_type": "client_credentials"},
        )

    def _store(self, response: httpx.Response) -> str:
        if response.status_code == 429 or response.status_code >= 500:
            raise TokenEndpointUnavailable(
                f"token request to {self.token_url} answered {response.status_code}; try again later",
                request=response.request,
            )
        if response.status_code != 200:
            reason = ""
            try:
                body = response.json()
                if isinstance(body, dict) and isinstance(body.get("error"), str):
                    reason = f" ({body['error']})"
            except ValueError:
                pass
            raise AuthenticationError(
                f"token request to {self.token_url} for client {self.client_id!r} "
                f"answered {response.status_code}{reason}"
            )
        try:
            body = response.json()
            token = body["access_token"]
            lifetime = float(body.get("expires_in", 0))
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(f"token response from {self.token_url} has no access_token") from None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(f"token response from {self.token_url} has no access_token")
        with self._lock:
            self._token = token
            self._expires_at = self._clock() + lifetime
            self.tokens_fetched += 1
        return token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._current()
        if token is None:
            token = self._store((yield self._token_request()))
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self.invalidate()
            token = self._store((yield self._token_request()))
            request.headers["Authorization"] = f"Bearer {token}"
            yield request
