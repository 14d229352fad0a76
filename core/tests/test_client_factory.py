"""`client_factory` makes a generated package's `create_client` and `create_client_from_env` from its facts (issue
19): each scheme's credentials as keywords, the URLs with their defaults, the limits every client takes, a clear
error for a missing variable, and the signature and docstring `help()` shows."""

from __future__ import annotations

import base64
import inspect

import httpx
import pytest
from asyncstatus_core import SDKError
from asyncstatus_core.auth import ClientCredentialsAuth
from asyncstatus_core.client import Client
from asyncstatus_core.client_factory import (
    OPTIONS_DOC,
    MissingEnvironmentVariable,
    api_key,
    basic,
    bearer,
    client_credentials,
)
from asyncstatus_core.errors import InvalidURL
from asyncstatus_core.retry import RetryPolicy, RetryTransport

BASE = "https://api.example.com"


def sent_headers(client: Client) -> httpx.Headers:
    """The headers the client's auth puts on a request."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    http = httpx.Client(base_url=BASE, auth=client._httpx_args["auth"], transport=httpx.MockTransport(answer))
    http.get("/x")
    return seen[0].headers


def test_each_scheme_authenticates_with_its_credentials() -> None:
    create, _ = basic("pkg.auth", BASE, {"username": "U", "password": "P", "base_url": "B"})
    expected = "Basic " + base64.b64encode(b"me:secret").decode()
    assert sent_headers(create(username="me", password="secret"))["Authorization"] == expected
    create_bearer, _ = bearer("pkg.auth", BASE, {"token": "T", "base_url": "B"})
    assert sent_headers(create_bearer(token="t0k"))["Authorization"] == "Bearer t0k"
    create_key, _ = api_key("pkg.auth", BASE, {"api_key": "K", "base_url": "B"}, header="X-Api-Key", prefix="ApiKey")
    assert sent_headers(create_key(api_key="k3y"))["X-Api-Key"] == "ApiKey k3y"


def test_the_options_reach_the_client_and_the_urls_keep_their_defaults() -> None:
    create, _ = client_credentials("pkg.auth", BASE, "https://login.example.com/token", {})
    client = create(client_id="id", client_secret="s", timeout=3, max_body_size=10, retry=RetryPolicy())
    assert client._base_url == BASE and client.max_body_size == 10 and client._timeout == httpx.Timeout(3)
    assert isinstance(client._httpx_args["transport"], RetryTransport)
    auth = client._httpx_args["auth"]
    assert isinstance(auth, ClientCredentialsAuth) and auth.token_url == "https://login.example.com/token"
    with pytest.raises(InvalidURL, match="token_url"):
        create(client_id="id", client_secret="s", token_url="login.example.com/token")
    with pytest.raises(InvalidURL, match="base_url"):
        create(client_id="id", client_secret="s", base_url="ftp://api.example.com")


def test_a_missing_or_unknown_keyword_is_a_type_error_as_for_a_written_function() -> None:
    create, _ = basic("pkg.auth", BASE, {})
    with pytest.raises(TypeError, match="password"):
        create(username="me")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="bogus"):
        create(username="me", password="p", bogus=1)  # type: ignore[call-arg]


def test_from_env_reads_the_variables_and_names_the_missing_ones() -> None:
    environment = {"token": "ACME_TOKEN", "base_url": "ACME_BASE_URL"}
    _, from_env = bearer("pkg.auth", BASE, environment)
    client = from_env({"ACME_TOKEN": "t", "ACME_BASE_URL": "https://mock.example.com"}, timeout=5)
    assert client._base_url == "https://mock.example.com" and client._timeout == httpx.Timeout(5)
    with pytest.raises(MissingEnvironmentVariable) as caught:
        from_env({})
    assert str(caught.value) == "create_client_from_env: set ACME_TOKEN (required: ACME_TOKEN; optional: ACME_BASE_URL)"
    assert isinstance(caught.value, SDKError) and isinstance(caught.value, LookupError)
    assert from_env({}, token="given")._base_url == BASE  # a keyword stands in for a variable


def test_help_shows_every_keyword_with_its_default_and_what_the_options_do() -> None:
    create, from_env = client_credentials("pkg.auth", BASE, "https://login.example.com/token", {})
    parameters = inspect.signature(create).parameters
    assert list(parameters)[:4] == ["client_id", "client_secret", "base_url", "token_url"]
    assert parameters["base_url"].default == BASE and parameters["timeout"].default == 30.0
    assert "retry" in parameters and parameters["client_id"].default is inspect.Parameter.empty
    assert create.__module__ == "pkg.auth" and getattr(create, "__qualname__", "") == "create_client"
    doc = inspect.getdoc(create) or ""
    assert doc.startswith("A `Client` that authenticates every request with an OAuth2") and doc.endswith(OPTIONS_DOC)
    assert from_env.__module__ == "pkg.auth" and "ENVIRONMENT" in (from_env.__doc__ or "")
