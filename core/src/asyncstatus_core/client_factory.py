"""A generated package's `create_client` and `create_client_from_env`, written once.

The package keeps the provider's facts: its auth scheme, its default base and token URLs, and the environment
variable of each keyword (`ENVIRONMENT`), and gets both functions from one call here (`basic`, `bearer`,
`api_key`, `client_credentials`). Each scheme has its credentials' keywords (a `Protocol` each, so type checkers
see every keyword of `create_client`); the limits and retry options every `create_client` takes are
`ClientOptions` (typed keywords through `Unpack`); `help()` shows them all, with their defaults.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypedDict, Unpack, cast

import httpx

from .auth import BasicAuth, ClientCredentialsAuth, HeaderAuth
from .client import Client
from .errors import SDKError
from .limits import DEFAULT_MAX_BODY_SIZE, DEFAULT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT
from .retry import RetryPolicy, RetryTransport
from .urls import check_url

__all__ = [
    "ApiKeyClient",
    "BasicClient",
    "BearerClient",
    "ClientCredentialsClient",
    "ClientOptions",
    "FromEnvironment",
    "MissingEnvironmentVariable",
    "api_key",
    "basic",
    "bearer",
    "build",
    "client_credentials",
    "from_environment",
]


class ClientOptions(TypedDict, total=False):
    """The keywords every package's `create_client` takes besides its credentials and URLs (`build`)."""

    timeout: float | httpx.Timeout | None
    total_timeout: float | None
    max_body_size: int
    headers: dict[str, str] | None
    httpx_args: dict[str, Any] | None
    raise_on_unexpected_status: bool
    retry: RetryPolicy | None


OPTIONS_DOC = """The credentials live in the client's httpx `auth` and never appear in its repr, and no credential
header is sent to another origin (a redirect with `httpx_args={"follow_redirects": True}`). `timeout`
bounds each phase of a request (connect, read, write, pool), `total_timeout` the whole request, body
included, and `max_body_size` the decoded body (`errors.APITimeoutError`, `errors.BodyTooLarge`).
`retry` (off by default) retries connection errors, 429 (after `Retry-After`) and 5xx answers of
idempotent calls. A URL the SDK can never speak (no http/https scheme, no host) raises `errors.InvalidURL`
here, before any request."""


def build(
    auth: httpx.Auth,
    base_url: str,
    *,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    headers: dict[str, str] | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = False,
    retry: RetryPolicy | None = None,
) -> Client:
    """A `Client` at `base_url` whose every request `auth` authenticates (`OPTIONS_DOC`: the options)."""
    check_url(base_url, which="API", keyword="base_url")
    args: dict[str, Any] = {**(httpx_args or {}), "auth": auth}
    if retry is not None:
        args["transport"] = RetryTransport(retry)
    return Client(
        base_url=base_url,
        headers=dict(headers or {}),
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        httpx_args=args,
        raise_on_unexpected_status=raise_on_unexpected_status,
        total_timeout=total_timeout,
        max_body_size=max_body_size,
    )


class FromEnvironment(Protocol):
    """The type of a package's `create_client_from_env`."""

    def __call__(self, environ: Mapping[str, str] | None = None, **options: Any) -> Client: ...


class MissingEnvironmentVariable(SDKError, LookupError):
    """`create_client_from_env` found a required variable unset or empty; the message names it."""


def from_environment(
    create: Callable[..., Client], environment: Mapping[str, str], required: Sequence[str]
) -> FromEnvironment:
    """A package's `create_client_from_env`: `create` (its `create_client`) with its keywords read from the
    variables `environment` names (keyword -> variable); the `required` keywords must be set."""

    def create_client_from_env(environ: Mapping[str, str] | None = None, **options: Any) -> Client:
        env = os.environ if environ is None else environ
        values = {keyword: env[name] for keyword, name in environment.items() if env.get(name)}
        missing = [environment[k] for k in required if k not in values and k not in options]
        if missing:
            raise MissingEnvironmentVariable(
                f"create_client_from_env: set {', '.join(missing)} (required: "
                f"{', '.join(environment[k] for k in required)}; optional: "
                f"{', '.join(v for k, v in environment.items() if k not in required)})"
            )
        return create(**{**values, **options})

    create_client_from_env.__module__ = create.__module__
    create_client_from_env.__qualname__ = "create_client_from_env"
    create_client_from_env.__doc__ = """`create_client` with its arguments read from the environment variables in
    `ENVIRONMENT` (the ones `make mock` prints for the mock); the credentials are required, the URLs keep their
    defaults when unset. Keyword `options` go to `create_client` and win over the environment."""
    return create_client_from_env


class BasicClient(Protocol):
    """`create_client` of a package whose API takes HTTP basic auth."""

    def __call__(
        self, *, username: str, password: str, base_url: str = ..., **options: Unpack[ClientOptions]
    ) -> Client: ...


class BearerClient(Protocol):
    """`create_client` of a package whose API takes a bearer token."""

    def __call__(self, *, token: str, base_url: str = ..., **options: Unpack[ClientOptions]) -> Client: ...


class ApiKeyClient(Protocol):
    """`create_client` of a package whose API takes a key in a header."""

    def __call__(self, *, api_key: str, base_url: str = ..., **options: Unpack[ClientOptions]) -> Client: ...


class ClientCredentialsClient(Protocol):
    """`create_client` of a package whose API takes an OAuth2 client-credentials token."""

    def __call__(
        self,
        *,
        client_id: str,
        client_secret: str,
        base_url: str = ...,
        token_url: str = ...,
        **options: Unpack[ClientOptions],
    ) -> Client: ...


_OPTIONS = [p for name, p in inspect.signature(build).parameters.items() if name not in ("auth", "base_url")]
AuthFrom = Callable[[Mapping[str, Any]], httpx.Auth]  # the auth of one client, from create_client's keywords


def _create_client(
    module: str, credentials: Sequence[str], urls: Mapping[str, str], auth: AuthFrom, how: str
) -> Callable[..., Client]:
    """`create_client` with the credentials' keywords, the URLs' keywords (with their defaults) and `ClientOptions`:
    a keyword missing or unknown is a TypeError, as for a function written out."""
    keyword = inspect.Parameter.KEYWORD_ONLY
    signature = inspect.Signature(
        [
            *(inspect.Parameter(name, keyword, annotation="str") for name in credentials),
            *(inspect.Parameter(name, keyword, default=url, annotation="str") for name, url in urls.items()),
            *_OPTIONS,
        ],
        return_annotation="Client",
    )

    def create_client(**keywords: Any) -> Client:
        bound = signature.bind(**keywords)
        bound.apply_defaults()
        values = bound.arguments
        options: dict[str, Any] = {p.name: values[p.name] for p in _OPTIONS}
        return build(auth(values), values["base_url"], **options)

    create_client.__module__ = module
    create_client.__qualname__ = "create_client"
    create_client.__signature__ = signature  # type: ignore[attr-defined]
    create_client.__doc__ = f"A `Client` that authenticates every request {how}.\n\n{OPTIONS_DOC}"
    return create_client


def basic(module: str, base_url: str, environment: Mapping[str, str]) -> tuple[BasicClient, FromEnvironment]:
    """`create_client` and `create_client_from_env` of the package `module` whose API takes HTTP basic auth."""
    create = _create_client(
        module,
        ("username", "password"),
        {"base_url": base_url},
        lambda v: BasicAuth(v["username"], v["password"]),
        "with HTTP basic auth",
    )
    return cast(BasicClient, create), from_environment(create, environment, ("username", "password"))


def bearer(
    module: str, base_url: str, environment: Mapping[str, str], *, header: str = "Authorization", prefix: str = "Bearer"
) -> tuple[BearerClient, FromEnvironment]:
    """`create_client` and `create_client_from_env` of the package `module` whose API takes a bearer token."""
    create = _create_client(
        module,
        ("token",),
        {"base_url": base_url},
        lambda v: HeaderAuth(header, v["token"], prefix=prefix),
        "with a bearer token",
    )
    return cast(BearerClient, create), from_environment(create, environment, ("token",))


def api_key(
    module: str, base_url: str, environment: Mapping[str, str], *, header: str, prefix: str = ""
) -> tuple[ApiKeyClient, FromEnvironment]:
    """`create_client` and `create_client_from_env` of the package `module` whose API takes a key in `header`."""
    create = _create_client(
        module,
        ("api_key",),
        {"base_url": base_url},
        lambda v: HeaderAuth(header, v["api_key"], prefix=prefix),
        f"with the `{header}` header",
    )
    return cast(ApiKeyClient, create), from_environment(create, environment, ("api_key",))


def _client_credentials_auth(values: Mapping[str, Any]) -> httpx.Auth:
    check_url(values["token_url"], which="token", keyword="token_url")  # at once, before any request
    return ClientCredentialsAuth(
        token_url=values["token_url"], client_id=values["client_id"], client_secret=values["client_secret"]
    )


def client_credentials(
    module: str, base_url: str, token_url: str, environment: Mapping[str, str]
) -> tuple[ClientCredentialsClient, FromEnvironment]:
    """`create_client` and `create_client_from_env` of the package `module` whose API takes an OAuth2
    client-credentials token from `token_url`."""
    create = _create_client(
        module,
        ("client_id", "client_secret"),
        {"base_url": base_url, "token_url": token_url},
        _client_credentials_auth,
        "with an OAuth2 client-credentials token (fetched from\n"
        "`token_url`, cached, renewed before expiry and once on a 401)",
    )
    return cast(ClientCredentialsClient, create), from_environment(create, environment, ("client_id", "client_secret"))
