"""Contract tests: schemathesis checks each spec against a server, the provider's mock by default and
its live API when the variables named in the skip reason are set (see scripts/targets.py). The live run
is polite and bounded (tests/contract/live.py): positive data at the provider's rate, ids that exist.

The schemathesis CLI is used as users would run it (tests/contract/cli.py); reports go to build/contract/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from contract.cli import MissingKnownIds, run_live, run_schemathesis
from mocks.server import RunningMock, serve
from providers import KEYS as PROVIDERS
from targets import Target, live_target, live_variables, mock_credentials


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
    try:
        proc, problems = run_live(target, f"{key}-live")
    except MissingKnownIds as missing:
        pytest.skip(str(missing))
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert not problems, "the live run proved too little:\n" + "\n".join(problems)
