"""`python -m <package>` when things go wrong around the answer (issue 14): a URL the SDK can never speak is a
usage error at once, retries show while they happen, the final line names the host and which URL failed,
Ctrl-C prints the results so far (exit 130, no traceback), the provider's own words reach the line, and
`--version` and the one-shot `get` work. Subprocesses against mocks on loopback (port 0)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from codegen.generate import sdk_version
from codegen.sdkfacts import security
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from specmodel import load
from targets import mock_credentials

BOL = PROVIDERS["bol"]


def environment(running: RunningMock, **overrides: str) -> dict[str, str]:
    key = running.mock.key
    provider = PROVIDERS[key]
    creds = mock_credentials(key, running.mock.creds)
    sec = security(load(key))
    env = {k: v for k, v in os.environ.items() if not k.startswith(provider.env_prefix + "_")}
    env["PYTHONPATH"] = provider.pythonpath
    env[provider.base_url_env] = running.base_url
    for c in sec.credentials:
        env[f"{provider.env_prefix}_{c.env_suffix}"] = creds[c.name]
    if sec.kind == "client_credentials":
        env[f"{provider.env_prefix}_TOKEN_URL"] = running.origin + "/token"
    env.update(overrides)
    return env


def start(running: RunningMock, *args: str, **overrides: str) -> subprocess.Popen[str]:
    package = PROVIDERS[running.mock.key].package
    return subprocess.Popen(
        [sys.executable, "-m", package, *args],
        env=environment(running, **overrides),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(running: RunningMock, *args: str, timeout: float = 30, **overrides: str) -> subprocess.CompletedProcess[str]:
    proc = start(running, *args, **overrides)
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    for secret in mock_credentials(running.mock.key, running.mock.creds).values():
        if secret.startswith("mock-") and "secret" in secret:
            assert secret not in out + err
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(proc.stdout)["results"]
    return found


def create(running: RunningMock, final: str, steps: int = 2) -> str:
    with running.admin() as admin:
        answer = admin.post("/processes", json={"final_status": final, "steps": steps})
    assert answer.status_code == 201, answer.text
    return str(next(iter(answer.json()["params"].values())))


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


@pytest.fixture(scope="module")
def mykaarma() -> Iterator[RunningMock]:
    with serve("mykaarma") as running:
        yield running


def refused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("url", ["ftp://example.test/shared", "example.test/shared", "http:///shared"])
def test_a_url_the_sdk_cannot_speak_is_a_usage_error_at_once(bol: RunningMock, url: str) -> None:
    # was: retried until --timeout, exit 3, "last error: UnsupportedProtocol"
    started = time.monotonic()
    flag = run(bol, "wait", "1234567", "--base-url", url, "--timeout", "60")
    assert flag.returncode == 2, flag.stderr
    assert "--base-url" in flag.stderr and ("http://" in flag.stderr or "no host" in flag.stderr)
    variable = run(bol, "wait", "1234567", "--timeout", "60", BOL_BASE_URL=url)
    assert variable.returncode == 2 and "BOL_BASE_URL" in variable.stderr, variable.stderr
    assert "Traceback" not in flag.stderr + variable.stderr
    assert time.monotonic() - started < 10  # two interpreter starts, no waiting


def test_unreachable_api_shows_retries_and_names_host_and_url(bol: RunningMock) -> None:
    # was: 600 s of "0/1 done" with no word of retrying; the end said "last error: ConnectError"
    port = refused_port()
    proc = run(
        bol, "wait", "1234567", "--timeout", "1.5", "--interval", "0.1", BOL_BASE_URL=f"http://127.0.0.1:{port}/shared"
    )
    assert proc.returncode == 3, proc.stderr
    assert f"retrying: connection refused by 127.0.0.1:{port} (API URL" in proc.stderr
    assert "tries" in proc.stderr
    [line] = proc.stdout.splitlines()
    assert line.startswith("1234567: timeout") and f"127.0.0.1:{port} (API URL" in line


def test_unreachable_token_url_is_named_as_the_token_url(bol: RunningMock) -> None:
    port = refused_port()
    proc = run(
        bol, "wait", "1234567", "--timeout", "1", "--interval", "0.1", BOL_TOKEN_URL=f"http://127.0.0.1:{port}/token"
    )
    assert proc.returncode == 3, proc.stderr
    assert f"127.0.0.1:{port} (token URL" in proc.stdout


def test_ctrl_c_prints_results_so_far_and_exits_130(bol: RunningMock) -> None:
    # was: a 40-line KeyboardInterrupt/CancelledError traceback and no results
    done = create(bol, "SUCCESS", steps=1)
    slow = create(bol, "SUCCESS", steps=10_000)
    # As from a terminal: Ctrl-C's default action, whatever this test run inherited (a shell without job control
    # starts a background command, e.g. `make test &`, with SIGINT ignored, and a child inherits that).
    proc = subprocess.Popen(
        [sys.executable, "-m", BOL.package, "wait", done, slow, "--interval", "0.1", "--json"],
        env=environment(bol, PYTHONFAULTHANDLER="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Ctrl-C once the waiter is in its rounds (the mock has seen the slow id read twice), however long the
    # interpreter takes to start on a loaded machine: a fixed sleep sent it during the imports under load.
    deadline = time.monotonic() + 60
    with bol.admin() as admin:
        while admin.get(f"/processes/{slow}").json()["reads"] < 2:
            assert proc.poll() is None and time.monotonic() < deadline, "the waiter never read the slow process"
            time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        masks = [line for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines() if line.startswith("Sig")]
        with bol.admin() as admin:
            reads = admin.get(f"/processes/{slow}").json()["reads"]
        proc.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack: where Ctrl-C was not heard
        err = proc.communicate(timeout=20)[1]
        pytest.fail(f"the CLI did not stop within 20 s of Ctrl-C ({masks}, {reads} reads); its threads:\n{err[-6000:]}")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and "CancelledError" not in err
    by_id = {r["id"]: r for r in json.loads(out)["results"]}
    assert by_id[done]["lifecycle"] == "succeeded"
    assert by_id[slow]["lifecycle"] == "interrupted"


def test_bol_404_says_unknown_or_expired(bol: RunningMock) -> None:
    # was: "its record expired after it finished", for an id that may never have existed
    proc = run(bol, "wait", "999999999", "--interval", "0.1")
    assert proc.returncode == 5, proc.stderr
    assert "not found (unknown id, or its record expired)" in proc.stdout


def test_provider_message_reaches_the_cli_line(mykaarma: RunningMock) -> None:
    # was: "unexpected answer 400 (ApiResponse)", the provider's message dropped
    unknown = "0" * 32
    proc = run(mykaarma, "wait", unknown, "--interval", "0.1")
    assert proc.returncode == 1, proc.stderr
    assert f"No async process found for uuid '{unknown}'" in proc.stdout


def test_version_and_get(bol: RunningMock) -> None:
    version = run(bol, "--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"python -m {BOL.package} {sdk_version(load('bol'))}"
    ident = create(bol, "SUCCESS", steps=5)
    got = run(bol, "get", ident, "--json")
    assert got.returncode == 0, got.stderr
    [result] = results(got)
    assert result["id"] == ident and result["lifecycle"] in ("pending", "running") and result["status"]
    missing = run(bol, "get", "999999999")
    assert missing.returncode == 5 and "not found" in missing.stdout
