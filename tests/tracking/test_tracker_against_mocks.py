"""Each package's `tracker.Tracker` against its running mock: every tracked process ends with the one
outcome its provider's answers give it (bol through the bulk operation), on SQLite and PostgreSQL;
per-process deadlines, unknown ids, refused credentials, the callback, and several workers sharing
one store and one rate budget under the mock's rate limit."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from sdk.test_sdk_against_mocks import client_for
from tracking.support import FAST, create, id_name, tracker_module

# The lifecycle each provider's terminal values map to, from its waiters (the spec's x-async-status).


@pytest.fixture(scope="module", params=list(PROVIDERS))
def running(request: pytest.FixtureRequest) -> Iterator[RunningMock]:
    with serve(request.param) as mock:
        yield mock


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as mock:
        yield mock


def _sqlite(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'track.db'}"


def test_every_terminal_status_ends_as_one_outcome(running: RunningMock, tmp_path: Path) -> None:
    key = running.mock.key
    t = tracker_module(key)
    w = t.waiters
    ident = id_name(key)
    expected: dict[str, tuple[str, str]] = {}
    others: dict[str, Any] = {}
    for final in running.mock.lifecycle.terminal:
        for params in create(running, final, 3, count=2):
            expected[str(params.pop(ident))] = (w.LIFECYCLE[final].value, final)
            others = params
    written: list[str] = []
    with client_for(running) as client:
        tracker = t.Tracker(
            client=client,
            store=_sqlite(tmp_path),
            policy=w.PollPolicy(**FAST),
            on_outcome=lambda o: written.append(o.id),
        )
        assert tracker.add(list(expected), **others) == len(expected)
        assert tracker.add(list(expected)[:2], **others) == 0  # idempotent
        report = tracker.run(until_idle=True)
        outcomes = {o.id: o for o in tracker.outcomes()}
        tracker.close()
    assert {i: (o.lifecycle, o.status) for i, o in outcomes.items()} == expected
    assert all(o.polls == 3 and o.final is not None and o.finished_at >= o.added_at for o in outcomes.values())
    assert sorted(written) == sorted(expected)  # the callback: once per outcome
    assert report.outcomes == len(expected)


def test_bol_tracks_through_the_bulk_operation(bol: RunningMock, store_url: str) -> None:
    t = tracker_module("bol")
    ids = {p["process_status_id"]: ("succeeded", "SUCCESS") for p in create(bol, "SUCCESS", 3, count=1500)}
    ids |= {p["process_status_id"]: ("failed", "FAILURE") for p in create(bol, "FAILURE", 2, count=300)}
    ids |= {p["process_status_id"]: ("failed", "TIMEOUT") for p in create(bol, "TIMEOUT", 1, count=200)}
    with bol.admin() as admin:
        before = admin.get("/stats").json()["requests"]
    with client_for(bol) as client:
        tracker = t.Tracker(client=client, store=store_url, policy=t.waiters.PollPolicy(**FAST))
        tracker.add(ids)
        report = tracker.run(until_idle=True)
        outcomes = tracker.outcomes()
        counts = tracker.counts()
        tracker.close()
    with bol.admin() as admin:
        requests = admin.get("/stats").json()["requests"] - before
    assert {o.id: (o.lifecycle, o.status) for o in outcomes} == ids
    # 2000 ids, 1000 a request: 2 requests a round, 3 rounds at most (less as ids finish).
    reads = 1500 * 3 + 300 * 2 + 200
    assert report.status_reads == reads
    assert requests == report.requests and requests <= 6
    assert counts["finished"] == 2000 and counts["unfinished"] == 0
    assert counts["lifecycles"] == {"failed": 500, "succeeded": 1500}


def test_unknown_ids_end_as_the_waiter_ends(running: RunningMock, tmp_path: Path) -> None:
    """An id the mock never created: not-found where the provider answers 404 (or its not-found answer),
    error where it answers something else no retry changes (myKaarma's 400): what `wait_until_done` raises."""
    key = running.mock.key
    t = tracker_module(key)
    w = t.waiters
    ident = id_name(key)
    (params,) = create(running, running.mock.lifecycle.terminal[0], 1)
    real = str(params.pop(ident))
    # An id of the created one's form that no process has (far past the created ids where they are numbers).
    if "-" in real:
        unknown = "00000000-0000-4000-8000-000000000000"
    else:
        unknown = str(int(real) + 9_000_000) if real.isdigit() else "987654"
    with client_for(running) as client:
        try:
            w.wait_until_done(client=client, **params, **{ident: _typed(t, unknown)}, timeout=5)
            expected = "succeeded"
        except w.ProcessNotFound:
            expected = "not-found"
        except w.UnexpectedAnswer:
            expected = "error"
        tracker = t.Tracker(client=client, store=_sqlite(tmp_path), policy=w.PollPolicy(**FAST))
        tracker.add([real, unknown], **params)
        tracker.run(until_idle=True)
        outcomes = {o.id: o for o in tracker.outcomes()}
        tracker.close()
    assert expected in ("not-found", "error")
    assert outcomes[unknown].lifecycle == expected
    assert outcomes[unknown].error
    assert outcomes[real].lifecycle not in ("not-found", "error")


def _typed(t: Any, text: str) -> Any:
    """`text` as the id parameter's type (the tracker's own conversion)."""
    import inspect

    annotation = str(inspect.signature(t.waiters.wait_until_done).parameters[id_name(_key_of(t))].annotation)
    return t.convert(text, annotation)


def _key_of(t: Any) -> str:
    return next(k for k, p in PROVIDERS.items() if t.__name__.startswith(p.package))


def test_a_process_past_its_deadline_is_timed_out(bol: RunningMock, tmp_path: Path) -> None:
    t = tracker_module("bol")
    (slow,) = create(bol, "SUCCESS", 1000)
    with client_for(bol) as client:
        tracker = t.Tracker(client=client, store=_sqlite(tmp_path), policy=t.waiters.PollPolicy(**FAST))
        tracker.add([slow["process_status_id"]], timeout=0.5)
        tracker.run(until_idle=True)  # returns: the process ended at its deadline, not after 1000 reads
        (outcome,) = tracker.outcomes()
        tracker.close()
    assert (outcome.lifecycle, outcome.status) == ("timed-out", "PENDING")
    assert outcome.polls >= 2


def test_refused_credentials_end_the_run_and_give_the_leases_back(bol: RunningMock, tmp_path: Path) -> None:
    t = tracker_module("bol")
    errors = t.waiters
    (p,) = create(bol, "SUCCESS", 1)
    url = _sqlite(tmp_path)
    with client_for(bol, client_secret="wrong") as client:
        tracker = t.Tracker(client=client, store=url, policy=errors.PollPolicy(**FAST), lease=300)
        tracker.add([p["process_status_id"]])
        with pytest.raises(Exception) as caught:
            tracker.run(until_idle=True)
        assert "credentials" in str(caught.value).lower() or "401" in str(caught.value)
        # Given back: another worker (with good credentials) can claim it at once, not in 300 s.
        assert tracker.counts()["leased"] == 0
        tracker.close()
    with client_for(bol) as client:
        tracker = t.Tracker(client=client, store=url, policy=errors.PollPolicy(**FAST))
        tracker.run(until_idle=True)
        assert [o.lifecycle for o in tracker.outcomes()] == ["succeeded"]
        tracker.close()


def test_workers_on_one_store_share_the_rate_limit(tmp_path: Path) -> None:
    """Three workers (threads, each with its own client and store connection) track 40 mykaarma
    processes of 3 reads under the mock's 20 requests/s: together they stay under it."""
    t = tracker_module("mykaarma")
    url = _sqlite(tmp_path)
    with serve("mykaarma") as mock:
        ids = [p["async_processes_uuid"] for p in create(mock, "COMPLETED", 3, count=40)]
        with mock.admin() as admin:
            admin.post("/ratelimit", json={"limit": 20, "window": 1.0})
        setup = t.Tracker(client=client_for(mock), store=url)
        setup.add(ids)
        setup.close()
        reports: list[Any] = []

        def worker() -> None:
            with client_for(mock) as client:
                tracker = t.Tracker(client=client, store=url, policy=t.waiters.PollPolicy(**FAST))
                reports.append(tracker.run(until_idle=True))
                tracker.close()

        started = time.monotonic()
        threads = [threading.Thread(target=worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        with mock.admin() as admin:
            stats = admin.get("/stats").json()
        final = t.Tracker(client=client_for(mock), store=url)
        outcomes = final.outcomes()
        final.close()
    assert Counter(o.lifecycle for o in outcomes) == {"succeeded": 40}
    assert sum(r.outcomes for r in reports) == 40  # each written once, by one of the workers
    requests = sum(r.requests for r in reports)
    assert requests == stats["requests"]
    # 120 reads at 20/s: at least 5 s after the first window's 20 (less would have broken the limit).
    assert elapsed >= (120 - 20) / 20 * 0.9
    # Without rate-limit headers the budget finds the limit by a 429 (AIMD); a few, then none.
    assert stats["throttled"] <= 0.03 * requests, stats


def test_run_async_and_bad_ids(tmp_path: Path) -> None:
    """`run_async` for asyncio programs; an id that is not of the operation's type is refused at `add`."""
    import asyncio

    t = tracker_module("realtimeregister")
    with serve("realtimeregister") as mock, client_for(mock) as client:
        ids = [str(p["process_id"]) for p in create(mock, "COMPLETED", 2, count=5)]
        tracker = t.Tracker(client=client, store=_sqlite(tmp_path), policy=t.waiters.PollPolicy(**FAST))
        with pytest.raises(ValueError, match="not-a-number"):
            tracker.add(["12", "not-a-number"])
        assert tracker.counts()["pending"] == 0  # nothing of a refused batch is added
        tracker.add(ids)
        report = asyncio.run(tracker.run_async(until_idle=True))
        assert report.outcomes == 5
        assert {o.lifecycle for o in tracker.outcomes()} == {"succeeded"}
        tracker.close()
