"""Contract tests: schemathesis checks each spec against a server, the provider's mock by default and
its live API when the variables named in the skip reason are set (see tests/targets.py).

The schemathesis CLI is used as users would run it; its JUnit report goes to build/contract/."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mocks.server import RunningMock, serve
from sdkfacts import request_headers
from spectools import PROVIDERS, ROOT, load_spec, operations, spec_path
from targets import Target, live_target, live_variables, mock_credentials

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "ignored_auth",
)
SEED = os.environ.get("CONTRACT_SEED", "20261122")
MAX_EXAMPLES = os.environ.get("CONTRACT_MAX_EXAMPLES", "40")
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
REPORTS = ROOT / "build" / "contract"


def accept_header(key: str) -> dict[str, str]:
    """The Accept (and required Content-Type) every operation of the provider sends."""
    spec = load_spec(key)
    merged: dict[str, str] = {}
    for op in operations(spec).values():
        merged.update({k: v for k, v in request_headers(spec, op).items() if k != "Content-Type"})
    return merged


def run_schemathesis(target: Target, report_name: str) -> subprocess.CompletedProcess[str]:
    headers = {**accept_header(target.key), **target.auth_headers()}
    REPORTS.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(SCHEMATHESIS),
        "run",
        str(spec_path(target.key)),
        "--url",
        target.base_url,
        "--checks",
        ",".join(CHECKS),
        "--mode",
        "all",
        "--seed",
        SEED,
        "--max-examples",
        MAX_EXAMPLES,
        "--no-shrink",
        "--report",
        "junit",
        "--report-junit-path",
        str(REPORTS / f"{report_name}.xml"),
    ]
    for name, value in headers.items():
        cmd += ["--header", f"{name}: {value}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": ""}
    return subprocess.run(cmd, capture_output=True, text=True, check=False, env=env, timeout=600)


@pytest.fixture(params=PROVIDERS)
def running_mock(request: pytest.FixtureRequest) -> Iterator[RunningMock]:
    with serve(request.param) as running:
        yield running


def test_spec_agrees_with_mock(running_mock: RunningMock) -> None:
    key = running_mock.mock.key
    target = Target(
        key,
        running_mock.base_url,
        mock_credentials(key, running_mock.mock.creds),
        token_url=running_mock.origin + "/token",
    )
    proc = run_schemathesis(target, f"{key}-mock")
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    summary = proc.stdout[proc.stdout.rfind("Test cases:") :]
    assert " passed" in summary and " failed" not in summary, summary


@pytest.mark.parametrize("key", PROVIDERS)
def test_spec_agrees_with_live_api(key: str) -> None:
    target = live_target(key)
    if target is None:
        pytest.skip(f"live contract test for {key}: set {', '.join(live_variables(key))}")
    proc = run_schemathesis(target, f"{key}-live")
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
