"""The core `Client`'s documented defaults and the one error family (`asyncstatus_core.errors`) for what goes
wrong outside an answer, straight through `limits.send` (no generated package; the package-level tests with
tokens, waiters and misbehaving servers stay in tests/sdk_unit/test_errors_outside_answer.py)."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
from asyncstatus_core import errors
from asyncstatus_core.client import Client
from asyncstatus_core.limits import send
from asyncstatus_core.types import UNSET

GET: dict[str, Any] = {"method": "GET", "url": "/process-status/1"}


def refused_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_plain_client_has_finite_documented_defaults() -> None:
    # was: Client(base_url=...) had Timeout(None)
    client = Client(base_url="https://api.example.test")
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0)
    assert client.total_timeout == 120.0
    assert client.max_body_size == 32 * 1024 * 1024


def test_connection_refused_is_an_sdk_error_naming_host_and_url() -> None:
    port = refused_port()
    client = Client(base_url=f"http://127.0.0.1:{port}/shared")
    with pytest.raises(errors.APIConnectionError) as raised:
        send(client, GET)
    assert isinstance(raised.value, errors.SDKError)
    assert f"connection refused by 127.0.0.1:{port} (API URL http://127.0.0.1:{port}/shared/" in str(raised.value)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("url", ["ftp://example.test/x", "example.test/x"])
def test_a_url_the_sdk_cannot_speak_is_invalid_url(url: str) -> None:
    with pytest.raises(errors.InvalidURL) as raised:
        send(Client(base_url=url), GET)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, errors.SDKError)


def test_unset_itself_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
