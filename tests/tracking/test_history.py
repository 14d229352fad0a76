"""Schedules from history (issue 22, item 3), on SQLite and PostgreSQL: the tracker records in its store, per
provider and process type, how long the processes it saw finish took (exact from the provider's timestamps,
else the poll bracket), bounded per type and shared by every worker; once `MIN_HISTORY` of a type have finished,
a worker reads them on the schedule learned from that history instead of the policy's backoff. A bad knob is a
clear error naming it."""

from __future__ import annotations

import math
import random
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import pytest
from asyncstatus_core.polling import Lifecycle, PollPolicy
from asyncstatus_core.schedule import MIN_HISTORY, LearnedSchedule, LogNormal, Observed, learn
from asyncstatus_core.track_store import Duration, open_store
from asyncstatus_core.tracker import Provider, TrackerEngine
from asyncstatus_core.types import Response
from tracking.fleet_support import answer
from tracking.test_track_cli import track

# Fixed 50 ms between reads: a process of about 0.4 s is read about 8 times before the schedule is learned.
POLICY = PollPolicy(initial=0.05, maximum=0.05, jitter=0.0, budget=False)
STATES = {"RUNNING": Lifecycle.RUNNING, "DONE": Lifecycle.SUCCEEDED}


@dataclass
class Timed:
    """A provider whose processes finish at a time: each id takes a lognormal duration (median 0.4 s) from
    its first read, which its answers give as `started`, and `finished` once it is done."""

    timestamps: bool = True
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    started: dict[str, float] = field(default_factory=dict)
    took: dict[str, float] = field(default_factory=dict)
    reads: dict[str, list[float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fetch(self, ident: str, params: dict[str, Any]) -> Any:
        now = time.time()
        with self.lock:
            start = self.started.setdefault(ident, now)
            took = self.took.setdefault(ident, self.rng.lognormvariate(-0.916, 0.25))  # median 0.4 s
            self.reads.setdefault(ident, []).append(now)
        done = now >= start + took
        body: dict[str, Any] = {"id": ident, "status": "DONE" if done else "RUNNING", "type": "report"}
        if self.timestamps:
            body |= {"started": start, "finished": start + took if done else None}
        return answer(200, body)

    def provider(self) -> Provider:
        stamps = self.timestamps
        return Provider(
            scope="timed",
            fetch_one=self.fetch,
            as_model=lambda parsed: parsed,
            classify=lambda body: STATES[body["status"]],
            pointer=("status",),
            not_found="error",
            kind_of=lambda body: body["type"],
            started_of=(lambda body: body["started"]) if stamps else None,
            finished_of=(lambda body: body["finished"]) if stamps else None,
        )


def _engine(timed: Timed, store: Any, **options: Any) -> TrackerEngine:
    return TrackerEngine(timed.provider(), store=store, policy=POLICY, budget_name=None, claim_size=50, **options)


def _second_read(timed: Timed, ids: list[str]) -> float:
    """The median seconds from a process's first read (its start) to its second."""
    return statistics.median(timed.reads[i][1] - timed.reads[i][0] for i in ids if len(timed.reads[i]) > 1)


def test_the_learned_schedule_takes_over_after_min_history(store_url: str) -> None:
    timed = Timed()
    store = open_store(store_url)
    try:
        first = _engine(timed, store, lag_per_request=0.1)
        assert first.schedule("report") is None  # nothing learned yet: the policy's backoff
        learning = [f"a{n}" for n in range(MIN_HISTORY)]
        first.add(learning)
        first.run(until_idle=True, idle_wait=0.01, max_seconds=60)
        history = store.history("timed")
        assert list(history) == ["report"] and len(history["report"]) == MIN_HISTORY
        # Exact durations from the provider's timestamps (low == high), the ones the provider drew.
        assert all(low == high for low, high in history["report"])
        assert sorted(h for _, h in history["report"]) == pytest.approx(sorted(timed.took[i] for i in learning))

        second = _engine(timed, store_url, lag_per_request=0.1)  # another worker on the same store
        learned = second.schedule("report")
        assert isinstance(learned, LearnedSchedule) and learned.lag_per_request == 0.1
        assert isinstance(learned.distribution, LogNormal) and 0.3 < learned.distribution.median < 0.55
        assert second.schedule("another type") is None  # per type
        ids = [f"b{n}" for n in range(40)]
        second.add(ids)
        second.run(until_idle=True, idle_wait=0.01, max_seconds=60)
        second.store.close()
        outcomes = {o.id for o in first.outcomes()}
        assert set(learning) | set(ids) <= outcomes
        # The learned schedule waits for the time processes of this type take (its first read after the start is
        # near their median) instead of reading every 50 ms as the policy did while the type was learning.
        first_check = learned.checks[0]
        assert 0.2 < first_check < 0.6
        assert _second_read(timed, learning) < 0.5 * first_check
        assert _second_read(timed, ids) >= 0.9 * first_check
    finally:
        store.close()


def test_below_min_history_the_policy_is_kept_and_the_history_is_bounded(store_url: str) -> None:
    store = open_store(store_url)
    try:
        engine = _engine(Timed(), store)
        store.record("timed", [Duration("report", 0.3, 0.5)] * (MIN_HISTORY - 1))
        engine._learned_at = -1e9  # read the history now rather than after a minute
        assert engine.schedule("report") is None
        store.record("timed", [Duration("report", 0.3, 0.5)])
        engine._learned_at = -1e9
        assert engine.schedule("report") is not None
        store.record("timed", [Duration("other", 1.0, 1.0)])
        store.record("timed", [Duration("report", n, n + 1.0) for n in range(600)], keep=500)
        history = store.history("timed")
        assert len(history["report"]) == 500 and history["report"][-1] == (599.0, 600.0)  # the newest kept
        assert history["report"][0] == (100.0, 101.0)
        assert history["other"] == [(1.0, 1.0)]
        assert store.history("another scope") == {}
    finally:
        store.close()


def test_a_batch_added_together_is_learned_from_its_finished_and_its_running(store_url: str) -> None:
    # 200 processes of a wide lognormal (median 2 s, sigma 1.2) added at once, read every 50 ms until 40 have
    # finished (the fastest fifth). Learned from them alone, the type's median would be a fifth of the truth
    # and the schedule would read the rest far too often; the ones still running count as lasting past their age.
    # Why 40 and not MIN_HISTORY: the fastest tenth only shows the lower tail, whose fit (censored or not) moves
    # with the reads' timing: 0.7-2.4 s over simulated read spreads, 1.75-2.5 s at 40 finished.
    timed = Timed()
    rng = random.Random(21)
    ids = [f"w{n}" for n in range(200)]
    timed.took.update({i: rng.lognormvariate(math.log(2.0), 1.2) for i in ids})
    engine = _engine(timed, store_url)
    try:
        engine.add(ids)
        finished, deadline = 0, time.monotonic() + 30
        while finished < 2 * MIN_HISTORY and time.monotonic() < deadline:  # a loaded machine reads more slowly
            engine.run(max_seconds=0.2, idle_wait=0.01)
            finished = len(engine.store.history("timed").get("report", []))
        assert 2 * MIN_HISTORY <= finished < 150
        alone = learn([Observed(low, high) for low, high in engine.store.history("timed")["report"]])
        engine._learned_at = -1e9  # read the history now rather than after a minute
        learned = engine.schedule("report")
    finally:
        engine.store.close()
    assert learned is not None and alone is not None
    assert alone.quantile(0.5) < 0.75 * 2.0  # what a fit of the finished ones alone says
    assert learned.distribution.quantile(0.5) == pytest.approx(2.0, rel=0.35)


def test_once_every_type_is_learned_a_new_process_is_first_read_at_its_first_check(store_url: str) -> None:
    # Its type is known only from an answer; a read at once, which could only find it running, would cost one
    # request a process that the schedule does not spend (Realtime Register's lognormal: 3.7 against 2.7).
    timed = Timed()
    engine = _engine(timed, store_url, lag_per_request=0.1)
    try:
        rng = random.Random(5)
        engine.store.record(
            "timed", [Duration("report", d, d) for d in (rng.lognormvariate(-0.916, 0.25) for _ in range(40))]
        )
        learned = engine.schedule("report")
        assert learned is not None
        ids = [f"f{n}" for n in range(10)]
        added = time.time()
        timed.started.update(dict.fromkeys(ids, added))  # they start as they are added
        engine.add(ids)
        engine.run(until_idle=True, idle_wait=0.01, max_seconds=30)
        finished = {o.id for o in engine.outcomes()}
    finally:
        engine.store.close()
    first = learned.checks[0]
    assert all(timed.reads[i][0] - added >= 0.9 * first for i in ids), [timed.reads[i][0] - added for i in ids]
    assert finished >= set(ids)


def test_without_timestamps_the_poll_bracket_is_recorded(store_url: str) -> None:
    timed = Timed(timestamps=False)
    engine = _engine(timed, store_url)
    try:
        ids = [f"c{n}" for n in range(5)]
        engine.add(ids)
        engine.run(until_idle=True, idle_wait=0.01, max_seconds=60)
        brackets = engine.store.history("timed")["report"]
    finally:
        engine.store.close()
    assert len(brackets) == 5
    # From when the id was added (it started at its first read, just after): it was running at `low` and
    # finished by `high`, which brackets the duration the provider drew (a read every 50 ms: a narrow bracket).
    drawn = sorted(timed.took[i] for i in ids)
    for (low, high), took in zip(sorted(brackets, key=lambda b: b[1]), drawn, strict=True):
        assert low < high and high - low < 0.5
        assert high >= took - 0.05


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), "4", True])
def test_a_bad_knob_is_a_clear_error(tmp_path: Any, bad: Any) -> None:
    with pytest.raises(ValueError, match=r"lag_per_request must be"):
        _engine(Timed(), f"sqlite:///{tmp_path / 'track.db'}", lag_per_request=bad)


@pytest.mark.parametrize("bad", ["0", "-3", "soon", "inf"])
def test_track_run_refuses_a_bad_lag_per_request(tmp_path: Any, bad: str) -> None:
    done = track("bol", ["run", "--store", f"sqlite:///{tmp_path / 'track.db'}", "--lag-per-request", bad])
    assert done.returncode == 2, done.stderr
    assert "--lag-per-request" in done.stderr and "positive number of seconds" in done.stderr
    assert "Traceback" not in done.stderr


def test_track_run_help_names_the_knob() -> None:
    done = track("bol", ["run", "--help"])
    assert done.returncode == 0 and "--lag-per-request" in done.stdout and str(MIN_HISTORY) in done.stdout
    assert sys.executable


@pytest.mark.parametrize(
    ("progress", "retry_after", "expect"),
    [(None, None, "plan"), (0.95, None, "sooner"), (0.95, "120", "floor")],
    ids=["learned-plan", "progress-sharpens", "retry-after-floor"],
)
def test_progress_sharpens_and_retry_after_is_a_floor(
    tmp_path: Any, progress: float | None, retry_after: str | None, expect: str
) -> None:
    """A process 50 s old of a type that takes about 100 s: read next on the learned plan; sooner when it says it
    is 95% done (it will finish at about 52.6 s); never before the server's Retry-After."""
    store = open_store(f"sqlite:///{tmp_path / 'track.db'}")
    rng = random.Random(3)
    store.record("timed", [Duration("report", d, d) for d in (rng.lognormvariate(4.6, 0.5) for _ in range(60))])
    # Another type still learning: a new process (of a type its answer will tell) is read at once, not at the
    # learned first check, so that the plan after a read is seen here.
    store.record("timed", [Duration("other", 1.0, 1.0)])

    def fetch(ident: str, params: dict[str, Any]) -> Any:
        body = {"id": ident, "status": "RUNNING", "type": "report", "started": time.time() - 50.0, "done": progress}
        headers = {} if retry_after is None else {"Retry-After": retry_after}
        return Response(status_code=HTTPStatus(200), content=b"", headers=headers, parsed=body)

    provider = Provider(
        scope="timed",
        fetch_one=fetch,
        as_model=lambda parsed: parsed,
        classify=lambda body: STATES[body["status"]],
        pointer=("status",),
        not_found="error",
        kind_of=lambda body: body["type"],
        started_of=lambda body: body["started"],
        progress_of=lambda body: body["done"],
    )
    engine = TrackerEngine(provider, store=store, policy=POLICY, budget_name=None)
    try:
        learned = engine.schedule("report")
        assert learned is not None
        engine.add(["p"])
        engine.run(max_seconds=0.3, idle_wait=0.05)
        row = store.get("timed", ["p"])[0]
    finally:
        store.close()
    assert row.polls == 1 and row.running_at is not None and row.kind == "report"
    delay = row.ready_at - row.running_at
    planned = learned.delay(50.0)
    if expect == "plan":
        assert delay == pytest.approx(planned, abs=0.5)
    elif expect == "sooner":
        assert delay < planned and delay < 10.0
    else:
        assert delay >= 120.0
