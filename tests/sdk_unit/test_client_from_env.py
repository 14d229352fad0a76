"""`create_client_from_env()`: the variables the CLI reads (credentials required, base and token URL
optional), a clear SDKError naming what is missing, keyword options winning over the environment, and no
secret in the error or the client's repr."""

from __future__ import annotations

import pytest
from codegen.sdkfacts import security
from providers import KEYS

from .sdk_support import sdk


def _credentials(key: str, *, secret_only: bool = False) -> dict[str, str]:
    s = sdk(key)
    env = s.submodule("auth").ENVIRONMENT
    return {env[c.name]: f"secret-{c.name}-value" for c in security(s.spec).credentials if c.secret or not secret_only}


@pytest.mark.parametrize("key", KEYS)
def test_credentials_and_base_url_come_from_the_environment(key: str) -> None:
    s = sdk(key)
    env = {**_credentials(key), s.provider.base_url_env: "http://127.0.0.1:9/elsewhere"}
    client = s.package.create_client_from_env(env)
    assert client._base_url == "http://127.0.0.1:9/elsewhere"
    assert all(value not in repr(client) for value in _credentials(key, secret_only=True).values())
    default = s.package.create_client_from_env(_credentials(key))
    assert default._base_url == s.package.DEFAULT_BASE_URL
    assert s.package.create_client_from_env(env, base_url="http://x.invalid")._base_url == "http://x.invalid"


@pytest.mark.parametrize("key", KEYS)
def test_a_missing_credential_is_named(key: str) -> None:
    s = sdk(key)
    auth = s.submodule("auth")
    present = _credentials(key)
    missing_name, *_ = present
    del present[missing_name]
    with pytest.raises(auth.MissingEnvironmentVariable) as caught:
        s.package.create_client_from_env({**present, missing_name: ""})
    message = str(caught.value)
    assert message.startswith(f"create_client_from_env: set {missing_name} ")
    assert s.provider.base_url_env in message  # the optional ones are listed too
    assert all(value not in message for value in _credentials(key, secret_only=True).values())
    assert isinstance(caught.value, s.submodule("errors").SDKError)


def test_bol_token_url_from_the_environment() -> None:
    s = sdk("bol")
    env = {**_credentials("bol"), "BOL_TOKEN_URL": "http://127.0.0.1:9/token"}
    client = s.package.create_client_from_env(env)
    assert client._httpx_args["auth"].token_url == "http://127.0.0.1:9/token"
