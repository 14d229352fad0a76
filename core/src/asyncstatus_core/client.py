"""The `Client` and `AuthenticatedClient` every generated package exports (openapi-python-client's
`client` module, kept in the core so that every SDK builds its httpx clients one way).

What the core adds to the stock client, in one place: the transport is built from the client's own
arguments (`verify`, `cert`, `http1`, `http2`, `limits`, `proxy`, `trust_env`), its socket reads are cut to
the request's deadline (`limits.py`), and a `retry.RetryTransport` given in `httpx_args["transport"]` wraps
that transport instead of replacing it; a proxy's transport (given, or from `HTTP(S)_PROXY`) gets the same
deadline backend and the same retries. A request hook drops credentials on requests to other origins
(`origins.py`).
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from .limits import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    bound_mounts,
    bounded_async_transport,
    bounded_transport,
    environment_mounts,
)
from .origins import CredentialGuard
from .redact import redact_headers, redact_httpx_args
from .retry import RetryTransport

__all__ = ["AuthenticatedClient", "Client"]


@define
class _BaseClient:
    """What `Client` and `AuthenticatedClient` share: the fields, the builders, the httpx clients (see `Client`)."""

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in
    the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=redact_headers)
    _timeout: httpx.Timeout | None = field(
        factory=lambda: httpx.Timeout(DEFAULT_TIMEOUT), kw_only=True, alias="timeout"
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=redact_httpx_args)
    max_body_size: int = field(default=DEFAULT_MAX_BODY_SIZE, kw_only=True)
    total_timeout: float | None = field(default=DEFAULT_TOTAL_TIMEOUT, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _set_auth_header(self) -> None:
        """`AuthenticatedClient` puts its token into the headers before the first httpx client is built."""

    def _httpx_kwargs(self, *, asynchronous: bool) -> dict[str, Any]:
        """The httpx client's arguments: `httpx_args` win over the fields (so `httpx_args={"follow_redirects":
        True}` works); the transport is built from them (module docstring), and a request hook drops
        credentials on requests to other origins (`origins.py`)."""
        args: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }
        given = args.get("transport")
        if given is None or (isinstance(given, RetryTransport) and not given.has_inner(asynchronous=asynchronous)):
            # httpx reads the environment's proxies only without a transport: mount them here as it would
            proxies = environment_mounts(args, asynchronous=asynchronous)
            inner = bounded_async_transport(**args) if asynchronous else bounded_transport(**args)
            args["transport"] = inner if given is None else given.around(inner)
            if proxies:
                args["mounts"] = {**proxies, **(args.get("mounts") or {})}
        guard = CredentialGuard([str(args["base_url"]), str(getattr(args.get("auth"), "token_url", ""))])
        hooks = args.get("event_hooks")
        args["event_hooks"] = guard.async_hooks(hooks) if asynchronous else guard.hooks(hooks)
        return args

    def _retry(self) -> RetryTransport | None:
        given = self._httpx_args.get("transport")
        return given if isinstance(given, RetryTransport) else None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._set_auth_header()
            self._client = httpx.Client(**self._httpx_kwargs(asynchronous=False))
            bound_mounts(self._client, self._retry())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._set_auth_header()
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs(asynchronous=True))
            bound_mounts(self._async_client, self._retry())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class Client(_BaseClient):
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: httpx's timeouts (connect, read, write, pool), 30 seconds each by default. API functions
        raise errors.APITimeoutError when one passes.

        ``total_timeout``: seconds a whole request may take, body included (120 by default; None: no total).

        ``max_body_size``: bytes of a decoded answer body (32 MiB by default); past it, errors.BodyTooLarge.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in
        production, but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False. On a redirect to another
        origin every credential header is dropped, not only ``Authorization``.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and
        ``httpx.AsyncClient`` constructor.

    """


@define
class AuthenticatedClient(_BaseClient):
    """A Client which has been authenticated for use on secured endpoints: it takes `Client`'s keyword
    arguments (`base_url`, `cookies`, `headers`, `timeout`, `total_timeout`, `max_body_size`, `verify_ssl`,
    `follow_redirects`, `httpx_args`) and sends the token in a header on every request.

    Attributes:
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _set_auth_header(self) -> None:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
