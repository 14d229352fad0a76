"""The push sweep's timing on a fake clock (the store's, the provider's and the worker's sleep), SQLite and
PostgreSQL: with push on, a process nobody pushed is read at most about once per sweep, its first read a sweep after
it was added (not at once: push or the sweep ends it), and one that ends just after a sweep read is stored by the
next read within one sweep of its end, counting that read's own round trip and write."""

from __future__ import annotations

import http
from collections.abc import Iterator
from typing import Any

import pytest
from asyncstatus_core.polling import Lifecycle, PollPolicy
from asyncstatus_core.track_store import Store, open_store
from asyncstatus_core.tracker import Provider, RunReport, TrackerEngine
from asyncstatus_core.types import Response

SCOPE = "sweep-timing"
SWEEP = 30.0
LEG = 0.4  # seconds each way of a request on the fake clock
WRITE = 0.2  # seconds a settle's write takes on the fake clock
STATES = {"PENDING": Lifecycle.PENDING, "SUCCESS": Lifecycle.SUCCEEDED}


class Clocked:
    """The provider's answers on the fake clock: SUCCESS once the process's end time has passed at the moment the
    provider answers (mid-request)."""

    def __init__(self, now: list[float], ends: dict[str, float]) -> None:
        self.now, self.ends = now, ends
        self.answered_at: list[float] = []  # the provider's moment of each answer

    def fetch(self, ident: str, params: dict[str, Any]) -> Response[Any]:
        self.now[0] += LEG
        self.answered_at.append(self.now[0])
        status = "SUCCESS" if self.now[0] >= self.ends[ident] else "PENDING"
        self.now[0] += LEG
        return Response(status_code=http.HTTPStatus.OK, content=b"", headers={}, parsed={"status": status})


@pytest.fixture
def clocked(store_url: str) -> Iterator[tuple[Store, list[float]]]:
    now = [1000.0]
    store = open_store(store_url)
    store._wall = lambda: now[0]
    store._offset = 0.0
    settle = store.settle

    def slow_settle(*args: Any, **kwargs: Any) -> Any:
        now[0] += WRITE
        return settle(*args, **kwargs)

    store.settle = slow_settle  # type: ignore[method-assign]
    yield store, now
    store.close()


def engine(store: Store, now: list[float], provider: Clocked) -> TrackerEngine:
    facts = Provider(
        scope=SCOPE,
        fetch_one=provider.fetch,
        as_model=lambda parsed: parsed,
        classify=lambda model: STATES[model["status"]],
        pointer=("status",),
        not_found="error",
    )

    def sleep(seconds: float) -> None:
        now[0] += seconds

    return TrackerEngine(
        facts, store=store, policy=PollPolicy(initial=1.0), budget_name=None, sleep=sleep, push_sweep=SWEEP
    )


def test_sweep_reads_come_once_per_sweep_and_find_an_end_within_one_sweep(clocked: tuple[Store, list[float]]) -> None:
    store, now = clocked
    ends = {"p1": float("inf")}
    provider = Clocked(now, ends)
    tracker = engine(store, now, provider)
    added = now[0]
    tracker.add(["p1"])
    report = RunReport()
    while len(provider.answered_at) < 3:  # three sweep reads find it running
        tracker._round(report, False, 1.0)
    end = provider.answered_at[-1] + 0.01  # it ends just after the provider's third answer
    ends["p1"] = end
    while not store.get(SCOPE, ["p1"])[0].finished_at:
        tracker._round(report, False, 1.0)
    (row,) = store.get(SCOPE, ["p1"])
    assert row.lifecycle == "succeeded" and row.finished_at is not None
    assert row.finished_at - end <= SWEEP, row.finished_at - end  # the read's own time counted
    # The first read a sweep after the add (not at once), then about once per sweep, never more often.
    first = provider.answered_at[0] - added
    assert 0.9 * SWEEP <= first <= SWEEP + 2 * LEG, first
    gaps = [b - a for a, b in zip(provider.answered_at, provider.answered_at[1:], strict=False)]
    assert len(gaps) == 3 and all(0.9 * SWEEP <= gap <= SWEEP for gap in gaps), gaps
