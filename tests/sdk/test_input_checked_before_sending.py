"""Input checked before it is sent, and the command line's display (issue 20), as a user meets them: an empty id,
an id with whitespace and an id the spec's schema refuses are usage errors (exit 2 naming the id; `ValueError`
from Python) and reach no server; a URL without a scheme fails at `create_client`; a base URL that lacks the
spec's path gets "no such route", not "expired"; a mistyped variable is named; a closed stdout ends quietly.
Subprocesses and SDK calls against mocks on loopback (port 0)."""

from __future__ import annotations

import importlib
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from sdk.test_cli_errors import create, environment, run, start
from sdk.test_sdk_against_mocks import client_for


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


@pytest.mark.parametrize("command", ["get", "wait"])
@pytest.mark.parametrize(("ident", "says"), [("", "'' is empty"), ("12 34", "'12 34' holds whitespace")])
def test_an_empty_or_spaced_id_is_a_usage_error_before_any_request(
    bol: RunningMock, command: str, ident: str, says: str
) -> None:
    # was: `GET .../process-status/` (or `.../12%2034`), then "expired: ... 404, not found"
    before = bol.mock.requests
    proc = run(bol, command, "1234567", ident, "--timeout", "5")
    assert proc.returncode == 2, proc.stderr
    assert "PROCESS_STATUS_ID" in proc.stderr and says in proc.stderr
    assert "expired" not in proc.stdout + proc.stderr and "Traceback" not in proc.stderr
    assert bol.mock.requests == before


@pytest.mark.parametrize(
    ("key", "ident", "extra", "says"),
    [
        ("booster", "not-a-guid", (), "'not-a-guid' does not match the spec's pattern"),
        ("realtimeregister", "0", (), "argument PROCESS_ID: 0 is below the spec's minimum 1"),
        ("activeplatform", "12-34", ("--reseller-id", "1"), "'12-34' does not match the spec's pattern"),
    ],
)
def test_an_id_the_specs_schema_refuses_is_a_usage_error(
    key: str, ident: str, extra: tuple[str, ...], says: str
) -> None:
    with serve(key) as running:
        proc = run(running, "get", ident, *extra)
        assert proc.returncode == 2, proc.stderr
        assert says in proc.stderr, proc.stderr
        assert running.mock.requests == 0


def test_python_refuses_the_same_ids_with_a_value_error_before_any_request(bol: RunningMock) -> None:
    waiters = importlib.import_module(f"{PROVIDERS['bol'].package}.waiters")
    before = bol.mock.requests
    with client_for(bol) as client:
        for ident in ("", "  ", "12 34"):
            with pytest.raises(ValueError, match="process_status_id: "):
                waiters.get_status(client=client, process_status_id=ident)
            with pytest.raises(ValueError, match="process_status_id: "):
                waiters.wait_until_done(client=client, process_status_id=ident, timeout=5)
        with pytest.raises(ValueError, match="process_status_id: '' is empty"):
            waiters.wait_until_done_many(client=client, process_status_ids=["1234567", ""], timeout=5)
    assert bol.mock.requests == before


@pytest.mark.parametrize("key", sorted(PROVIDERS))
def test_create_client_refuses_a_url_without_scheme_or_host(key: str) -> None:
    # was: accepted; the first call failed with "cannot connect to login.bol.com:443" (the default token URL)
    package = importlib.import_module(PROVIDERS[key].package)
    errors = importlib.import_module(f"{PROVIDERS[key].package}.errors")
    names = importlib.import_module(f"{PROVIDERS[key].package}.auth").ENVIRONMENT
    keywords = {name: "x" for name in names if name not in ("base_url", "token_url")}
    with pytest.raises(errors.InvalidURL) as refused:
        package.create_client(base_url="127.0.0.1:8080", **keywords)
    assert "base_url: '127.0.0.1:8080' is not an http:// or https:// URL" in str(refused.value)
    if "token_url" in names:
        with pytest.raises(errors.InvalidURL) as raised:
            package.create_client(base_url="http://127.0.0.1:8080/shared", token_url="http:///token", **keywords)
        assert "token_url: 'http:///token' has no host" in str(raised.value) and raised.value.which == "token"


def test_a_base_url_without_the_specs_path_says_no_such_route(bol: RunningMock) -> None:
    # was: "expired: ... 404, not found (unknown id, or its record expired)" for every id
    ident = create(bol, "SUCCESS", steps=1)
    for command in ("get", "wait"):
        proc = run(bol, command, ident, "--timeout", "10", BOL_BASE_URL=bol.origin)
        assert proc.returncode == 1, proc.stderr
        assert "the server has no such route: is the base URL's path right? the spec's is /shared" in proc.stdout
        assert "expired" not in proc.stdout
    many = run(bol, "wait", ident, create(bol, "SUCCESS", steps=1), "--timeout", "10", BOL_BASE_URL=bol.origin)
    assert many.returncode == 1 and "no such route" in many.stdout and "expired" not in many.stdout, many.stdout


def test_a_mistyped_base_url_variable_is_named_with_the_default_in_use(bol: RunningMock) -> None:
    # was: silence, then a DNS error for api.bol.com. The token URL is unreachable on purpose: nothing leaves.
    env = environment(bol)
    env["BOL_BASE_ULR"] = env.pop("BOL_BASE_URL")
    proc = subprocess.run(
        [*start_args("bol"), "wait", "1234567", "--timeout", "1", "--quiet"],
        env={**env, "BOL_TOKEN_URL": "http://127.0.0.1:9/token"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = proc.stderr.splitlines()
    assert "note: using the default server https://api.bol.com/shared (BOL_BASE_URL is not set)" in lines
    assert "note: BOL_BASE_ULR is set but not read; did you mean BOL_BASE_URL?" in lines
    assert sum("using the default server" in line for line in lines) == 1


def start_args(key: str) -> list[str]:
    import sys

    return [sys.executable, "-m", PROVIDERS[key].package]


@pytest.mark.parametrize("command", ["get", "wait"])
def test_a_stdout_closed_early_ends_without_a_traceback(bol: RunningMock, command: str) -> None:
    # was: `... | head -3` ended in a BrokenPipeError traceback
    ids = [create(bol, "SUCCESS", steps=1) for _ in range(3)]
    options = ("--interval", "0.1", "--quiet") if command == "wait" else ()
    proc: subprocess.Popen[Any] = start(bol, command, *ids, *options)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the command writes a line
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode == 0, err
