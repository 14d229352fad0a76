"""The rate budget shared through the store (`track_budget.py`), on a fake clock: two budget objects on
one store act as two workers. Rate-limit headers pace both together, a window's spent `Remaining` holds
both until its reset, one worker's `Retry-After` pauses the other, a 429 without headers slows both, and the
cold burst is shared as `RateBudget`'s is (the same state machine: `core/tests/test_one_budget_state.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from asyncstatus_core.track_budget import SharedBudget, Slot
from asyncstatus_core.track_store import Store, open_store


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'budget.db'}")
    yield opened
    opened.close()


def workers(store: Store, clock: Clock, n: int = 2) -> list[SharedBudget]:
    return [SharedBudget(store, "bol@api.bol.com", clock=clock) for _ in range(n)]


def take(budget: SharedBudget, clock: Clock) -> Slot:
    """A slot, advancing the fake clock by whatever the budget says to sleep."""

    def sleep(seconds: float) -> None:
        clock.now += seconds

    return budget.acquire(sleep)


def headers(limit: int, remaining: int, reset: int) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(reset)}


def test_rate_limit_headers_pace_every_worker_together(store: Store) -> None:
    clock = Clock()
    a, b = workers(store, clock)
    first = take(a, clock)
    a.observe(first, 200, headers(10, 9, 1))
    times = []
    for budget in (b, a, b, a):
        slot = take(budget, clock)
        times.append(clock.now)
        budget.observe(slot, 200, headers(10, 8, 1))
    # 10 per second between both workers: 0.1 s apart, whoever asks.
    gaps = [round(t2 - t1, 3) for t1, t2 in zip([first.at, *times], times, strict=False)]
    assert gaps == [0.1, 0.1, 0.1, 0.1]


def test_a_spent_window_holds_every_worker_until_its_reset(store: Store) -> None:
    clock = Clock()
    a, b = workers(store, clock)
    slot = take(a, clock)
    start = clock.now
    a.observe(slot, 200, headers(10, 0, 2))  # nothing left for 2 s
    take(b, clock)
    assert clock.now - start == pytest.approx(2.0, abs=0.01)


def test_retry_after_from_one_worker_pauses_the_other(store: Store) -> None:
    clock = Clock()
    a, b = workers(store, clock)
    slot = take(a, clock)
    start = clock.now
    a.observe(slot, 429, {"Retry-After": "5"})
    take(b, clock)
    assert clock.now - start == pytest.approx(5.0, abs=0.01)
    assert a.figures()["throttled"] == 1 and b.figures()["requests"] == 1


def test_a_429_without_headers_lowers_the_pace_for_all(store: Store) -> None:
    clock = Clock()
    a, b = workers(store, clock)
    for _ in range(20):  # 10/s at the start, answered at once
        slot = take(a, clock)
        a.observe(slot, 200, {})
    before = a.figures()["rate"]
    slot = take(b, clock)
    b.observe(slot, 429, {})
    after = a.figures()
    assert after["ceiling"] is not None and after["rate"] < before
    assert after["rate"] == pytest.approx(after["ceiling"] / 2)


def test_the_cold_burst_is_shared_between_workers_then_paced(store: Store) -> None:
    clock = Clock()
    a, b = workers(store, clock)
    start = clock.now
    times = [take(budget, clock).at - start for budget in (a, b) * 6]
    assert times[:10] == [0.0] * 10  # the burst of 10, between both workers
    assert [round(t, 3) for t in times[10:]] == [0.1, 0.2]  # then 10/s


def test_a_request_in_flight_when_the_window_turns_holds_its_slot(store: Store) -> None:
    """The window turns with one of its requests still unanswered: it may land in the new window, so the new
    window gives fewer slots until it is answered (before, the shared budget gave the whole limit again)."""
    clock = Clock()
    a, b = workers(store, clock)
    first = take(a, clock)
    a.observe(first, 200, headers(3, 2, 1))
    late = take(b, clock)  # in flight across the turn of the window
    clock.now = first.at + 1.0
    take(a, clock)  # the new window's first slot
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            b.observe(late, 200, headers(3, 0, 1))  # the late answer lands while `a` waits
        clock.now += seconds

    a.acquire(sleep)
    assert waits  # held for the request in flight, not paced at 1/3 s as if the limit were all free
    assert clock.now - first.at > 1.0 + 1 / 3 + 0.01
