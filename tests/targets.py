"""Where the contract and SDK tests point: a provider's mock by default, its live API when the
documented environment variables are set (`<PREFIX>_BASE_URL` plus the credentials of its security
scheme, e.g. BOL_BASE_URL, BOL_CLIENT_ID, BOL_CLIENT_SECRET). Credentials are never printed."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

import httpx
from providers import PROVIDERS
from sdkfacts import Security, security
from spectools import load_spec


@dataclass(frozen=True)
class Target:
    key: str
    base_url: str
    credentials: dict[str, str] = field(repr=False)  # create_client keyword -> value
    token_url: str | None = None  # bol: where client credentials are exchanged
    live: bool = False

    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate one request (fetching a token first for OAuth2)."""
        sec = security(load_spec(self.key))
        return auth_headers(sec, self.credentials, token_url=self.token_url)


def auth_headers(sec: Security, creds: dict[str, str], *, token_url: str | None) -> dict[str, str]:
    if sec.kind == "basic":
        raw = f"{creds['username']}:{creds['password']}".encode()
        return {"Authorization": "Basic " + base64.b64encode(raw).decode()}
    if sec.kind == "bearer":
        return {"Authorization": f"Bearer {creds['token']}"}
    if sec.kind == "header":
        prefix = f"{sec.prefix} " if sec.prefix else ""
        return {sec.header: prefix + creds["api_key"]}
    assert token_url is not None
    answer = httpx.post(
        token_url,
        auth=(creds["client_id"], creds["client_secret"]),
        data={"grant_type": "client_credentials"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    if answer.status_code != 200:
        raise RuntimeError(f"token request to {token_url} answered {answer.status_code}")
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def live_variables(key: str) -> list[str]:
    """The environment variables that switch a provider's tests to its live API."""
    provider = PROVIDERS[key]
    sec = security(load_spec(key))
    return [provider.base_url_env] + [f"{provider.env_prefix}_{c.env_suffix}" for c in sec.credentials]


def live_target(key: str) -> Target | None:
    """The live API when all of its variables are set, else None."""
    names = live_variables(key)
    if not all(os.environ.get(n) for n in names):
        return None
    provider = PROVIDERS[key]
    sec = security(load_spec(key))
    creds = {c.name: os.environ[f"{provider.env_prefix}_{c.env_suffix}"] for c in sec.credentials}
    token_url = os.environ.get(f"{provider.env_prefix}_TOKEN_URL", sec.token_url) if sec.token_url else None
    return Target(key, os.environ[provider.base_url_env].rstrip("/"), creds, token_url, live=True)


def mock_credentials(key: str, defaults: dict[str, str]) -> dict[str, str]:
    """The mock's credentials (its MOCK_<PREFIX>_<SUFFIX> variables) as create_client keywords."""
    provider = PROVIDERS[key]
    sec = security(load_spec(key))
    return {c.name: defaults[f"MOCK_{provider.env_prefix}_{c.env_suffix}"] for c in sec.credentials}
