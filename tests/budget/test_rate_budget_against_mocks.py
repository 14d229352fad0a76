"""Goal of issue 9, section 2, against the mocks' rate limit (`POST /_mock/ratelimit`, a fixed window):
concurrent Realtime Register waits on one client end SUCCEEDED with at most 1% of their requests throttled,
in no more than the limit-implied time + 20%; bol's many-waits, which get `X-RateLimit-*` on every answer,
see no 429 at all. Full size (500 waits at 20/s, >= 75 s, the time goal included) with RUN_SLOW=1; scaled down
in `make test`, without the time goal (a speed figure: `make bench`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bench.waits import SLOWER_GOAL, THROTTLED_GOAL, RunResult, run_bol_many, run_realtimeregister
from mocks.server import RunningMock, serve


@pytest.fixture(scope="module")
def realtimeregister() -> Iterator[RunningMock]:
    with serve("realtimeregister") as running:
        yield running


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


def assert_goals(result: RunResult) -> None:
    assert result.succeeded == result.waits, result
    assert result.throttled_share <= THROTTLED_GOAL, result
    assert result.slower <= SLOWER_GOAL, (f"{result.seconds:.1f} s vs {result.minimum:.1f} s", result)


def test_concurrent_waits_share_the_limit_scaled_down(realtimeregister: RunningMock) -> None:
    # 80 waits x 3 reads at the goal's 20/s: >= 12 s. How close to that minimum they finish is a speed figure,
    # measured by `make bench` and the RUN_SLOW run below (+8% at 75 s, docs/benchmarks.md), not asserted where a
    # loaded machine decides it (it read 24% over on a CI-like run with other work on both cores). What the budget
    # itself guarantees is asserted: all succeed, at most 1% throttled, and no read wasted (each wait's 3, plus
    # one retry per 429).
    result = run_realtimeregister(realtimeregister, waits=80, limit=20)
    assert result.succeeded == result.waits, result
    assert result.throttled_share <= THROTTLED_GOAL, result
    assert result.requests <= 3 * result.waits + result.throttled, result


def test_bol_many_waits_obey_the_rate_limit_headers_scaled_down(bol: RunningMock) -> None:
    # Two many-waits, 300 ids in chunks of 10: 30 requests a round against a limit of 20 a second.
    result = run_bol_many(bol, ids=300, chunk_size=10, waits=2, limit=20)
    assert result.succeeded == result.waits, result
    assert result.throttled == 0, result


@pytest.mark.slow
def test_500_concurrent_waits_at_20_per_second(realtimeregister: RunningMock) -> None:
    assert_goals(run_realtimeregister(realtimeregister, waits=500, limit=20))


@pytest.mark.slow
def test_bol_many_waits_at_20_per_second(bol: RunningMock) -> None:
    result = run_bol_many(bol, ids=600, chunk_size=10, waits=2, limit=20)
    assert result.succeeded == result.waits, result
    assert result.throttled == 0, result
