"""One runtime for every SDK (asyncstatus-core): one `except asyncstatus_core.SDKError` catches a transport
error, a wait timeout and a store error from each of the five packages, and the shared types are the core's
own (a `Lifecycle` or a `RateBudget` of one package is another's)."""

from __future__ import annotations

import socket
from typing import Any

import asyncstatus_core
import pytest
from asyncstatus_core import budget, errors, polling
from codegen.sdkfacts import waiter
from providers import KEYS

from .sdk_support import OperationCase, sdk


def closed_port() -> str:
    """A loopback URL nothing listens on (a port taken and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def status_case(key: str) -> OperationCase:
    facts = waiter(sdk(key).spec)
    assert facts is not None
    return OperationCase(key, facts["operation_id"])


def client(key: str) -> Any:
    return sdk(key).package.Client(base_url=closed_port(), timeout=None, total_timeout=2.0)


@pytest.mark.parametrize("key", KEYS)
def test_the_packages_errors_are_the_cores(key: str) -> None:
    package = sdk(key)
    assert package.submodule("errors").SDKError is asyncstatus_core.SDKError
    assert package.submodule("errors").WaitTimeout is errors.WaitTimeout
    assert package.submodule("waiters").Lifecycle is polling.Lifecycle
    assert package.submodule("waiters").RateBudget is budget.RateBudget
    assert package.submodule("tracker").StoreError is errors.StoreError


@pytest.mark.parametrize("key", KEYS)
def test_one_except_catches_a_transport_error(key: str) -> None:
    case = status_case(key)
    with pytest.raises(asyncstatus_core.SDKError) as caught:
        case.module.sync_detailed(client=client(key), **case.kwargs())
    assert isinstance(caught.value, errors.APIConnectionError)


@pytest.mark.parametrize("key", KEYS)
def test_one_except_catches_a_wait_timeout(key: str) -> None:
    case = status_case(key)
    waiters = sdk(key).submodule("waiters")
    policy = waiters.PollPolicy(initial=0.05, maximum=0.05, jitter=0.0)
    with pytest.raises(asyncstatus_core.SDKError) as caught:
        waiters.wait_until_done(client=client(key), timeout=0.5, policy=policy, **case.kwargs())
    assert isinstance(caught.value, errors.WaitTimeout)


@pytest.mark.parametrize("key", KEYS)
def test_one_except_catches_a_store_error(key: str) -> None:
    tracker = sdk(key).submodule("tracker")
    with pytest.raises(asyncstatus_core.SDKError) as caught:
        tracker.Tracker(client=client(key), store="nosuchdb://somewhere/track")
    assert isinstance(caught.value, errors.StoreError)
