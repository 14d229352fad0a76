"""The errors this package raises: every one is an `SDKError`, so `except errors.SDKError` catches whatever
a call, a wait or the command line can raise (after Stainless SDKs' one `APIError` family). Transport
failures are translated from httpx (the original is the `__cause__`):

    SDKError
    ├── APIConnectionError        no usable answer: refused, reset, DNS, protocol (`url`, `host`, `which`)
    │   ├── APITimeoutError       a timeout or the deadline passed (also a `TimeoutError`)
    │   ├── TLSError              the TLS handshake or certificate check failed
    │   └── TokenEndpointUnavailable   the token endpoint answered 429 or 5xx (a passing condition)
    ├── InvalidURL                a URL the SDK can never speak (no http/https scheme, no host; also a `ValueError`)
    ├── InvalidParameter          a value the spec's parameter schema refuses, or an empty id (also a `ValueError`)
    ├── TooManyRedirects          a redirect loop (only with follow_redirects)
    ├── BodyTooLarge              the answer passed the client's `max_body_size` (`limit`, `url`)
    ├── AuthenticationError       the token endpoint refused the credentials, or sent no token
    ├── UnexpectedStatus, UnexpectedResponse, MissingField (an `AttributeError`)   about an answer
    ├── WaitError                 a wait that ended without a terminal status (also in `waiters`)
    │   └── WaitTimeout (a `TimeoutError`), ProcessNotFound, AuthenticationFailed, UnexpectedAnswer
    └── StoreError                the tracker's store cannot be used (also in `tracker`)

`which` says whose URL failed: "API" (the base URL) or "token" (the OAuth2 token URL). No message holds a
secret: URLs are shown without user info and with secret-looking query values redacted.
"""

from collections.abc import Mapping
from typing import Any

import httpx

from .redact import excerpt, redact_url

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthenticationFailed",
    "BodyTooLarge",
    "InvalidParameter",
    "InvalidURL",
    "MissingField",
    "ProcessNotFound",
    "SDKError",
    "StoreError",
    "TLSError",
    "TokenEndpointUnavailable",
    "TooManyRedirects",
    "UnexpectedAnswer",
    "UnexpectedResponse",
    "UnexpectedStatus",
    "WaitError",
    "WaitTimeout",
]


class SDKError(Exception):
    """Base of every error this package raises."""


class _AtURL(SDKError):
    """An error about one request: `url` (redacted), `host` (host:port) and `which` ("API" or "token")."""

    def __init__(self, message: str, *, url: str = "", which: str = "API") -> None:
        super().__init__(message)
        self.url = redact_url(url)
        self.which = which
        self.host = _host(url)


def _host(url: str) -> str:
    """`host:port` of a URL ("" when it has no host, or cannot be read)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return ""
    if not parsed.host:
        return ""
    return f"{parsed.host}:{parsed.port or (443 if parsed.scheme == 'https' else 80)}"


class APIConnectionError(_AtURL):
    """No usable answer came: the connection was refused or dropped, the name did not resolve, the server
    broke the protocol. Worth retrying (the waiters do)."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """A connect, read, write or pool timeout of the client, or the total time allowed for the request
    (the client's `total_timeout`, or the deadline of the wait it belongs to) ran out."""


class TLSError(APIConnectionError):
    """The TLS handshake failed (e.g. a certificate that does not verify); retrying will not help."""


class TokenEndpointUnavailable(APIConnectionError):
    """The OAuth2 token endpoint answered 429 or 5xx: a passing condition, retried like a dropped connection."""


class InvalidURL(_AtURL, ValueError):
    """A URL the SDK can never speak: a scheme other than http/https, or no host."""


class InvalidParameter(SDKError, ValueError):
    """A value a call would put into its URL path that the spec's parameter schema refuses (pattern, format,
    type, bounds), or one that is empty or holds whitespace; raised before any request. `name` is the
    parameter (the Python keyword), `value` what was given."""

    def __init__(self, message: str, *, name: str, value: Any) -> None:
        super().__init__(message)
        self.name = name
        self.value = value


class TooManyRedirects(_AtURL):
    """Redirects went on past httpx's limit (20): a loop."""


class BodyTooLarge(_AtURL):
    """The answer's body (after decompression) passed the client's `max_body_size`; reading stopped there."""

    def __init__(self, message: str, *, limit: int, url: str = "", which: str = "API") -> None:
        super().__init__(message, url=url, which=which)
        self.limit = limit


class AuthenticationError(_AtURL):
    """The token endpoint refused the credentials (or answered without a token). Never carries the secret.
    In a wait it arrives as `waiters.AuthenticationFailed` (this error as its `__cause__`)."""


class UnexpectedStatus(SDKError):
    """Raised by api functions when the response status is not documented and
    Client.raise_on_unexpected_status is True. `headers` carries e.g. `Retry-After`."""

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}

        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{excerpt(content, 500)}")


class UnexpectedResponse(SDKError):
    """A success answer whose body cannot be read as the documented model: empty, not JSON, or not the
    documented shape. Carries the status, the content type, a short redacted excerpt of the body, the JSON
    path of the first mismatch, and the raw answer (`content`, `headers`)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content_type: str,
        path: str,
        reason: str,
        content: bytes,
        headers: Mapping[str, str],
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type
        self.path = path
        self.reason = reason
        self.content = content
        self.headers = headers

    @property
    def excerpt(self) -> str:
        return excerpt(self.content)

    @classmethod
    def from_response(cls, response: httpx.Response, *, reason: str, path: str) -> "UnexpectedResponse":
        content_type = response.headers.get("Content-Type", "")
        shown = excerpt(response.content) or "(empty)"
        message = (
            f"HTTP {response.status_code} answer ({content_type or 'no Content-Type'}) does not fit the documented"
            f" model at {path}: {reason}. Body: {shown}"
        )
        return cls(
            message,
            status_code=response.status_code,
            content_type=content_type,
            path=path,
            reason=reason,
            content=response.content,
            headers=response.headers,
        )


class MissingField(SDKError, AttributeError):
    """A required field read on a model whose answer did not carry it (or carried a value of another type,
    kept in `additional_properties`). Raised on reading, not on parsing, so the rest of the answer is usable."""

    def __init__(self, message: str, *, model: str, field: str) -> None:
        super().__init__(message)
        self.model = model
        self.field = field


class WaitError(SDKError):
    """A wait that ended without a terminal status."""


class WaitTimeout(WaitError, TimeoutError):
    """The deadline passed first; `last` is the last status model seen (None if none was)."""

    def __init__(self, message: str, *, last: Any = None, lifecycle: Any = None) -> None:
        super().__init__(message)
        self.last = last
        self.lifecycle = lifecycle


class ProcessNotFound(WaitError):
    """404: the process does not exist, or (`expired`) its record may have been retired; polling it is pointless.

    In a bulk wait (`wait_until_done_many`), `ids` are the ids the answers left out and `found` is
    `{id: final status}` of the others, which did finish: nothing already read is lost. Elsewhere `ids`
    is empty and `found` None."""

    def __init__(self, message: str, *, expired: bool, ids: tuple[str, ...] = (), found: Any = None) -> None:
        super().__init__(message)
        self.expired = expired
        self.ids = ids
        self.found = found


class AuthenticationFailed(WaitError):
    """401/403: the credentials were refused; retrying would not help."""

    def __init__(self, message: str, *, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class UnexpectedAnswer(WaitError):
    """An answer the waiter cannot act on (e.g. 400, or a 200 whose body is not a status); `parsed` holds
    the provider's typed error where the body had one, `content` and `headers` the raw answer, and
    `provider_message` the provider's own words (its error body's message, redacted), also in the message."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        parsed: Any,
        content: bytes = b"",
        headers: Any = None,
        provider_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.parsed = parsed
        self.content = content
        self.headers = headers if headers is not None else {}
        self.provider_message = provider_message


class StoreError(SDKError):
    """A store that cannot be used: an unknown scheme, an unreachable database, a newer schema, a full disk.
    The message names the store by its URL without the password and says what to do. `transient`: the
    store may answer again (a lost connection, a restart, a lock or statement timeout, a busy SQLite file);
    a worker backs off and goes on after it."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
