"""The request budget all waiters on one client share (`_budget.py`): a single waiter polling as usual never
waits for it, a burst is paced, `Retry-After` pauses everyone, rate-limit headers are obeyed exactly, and a
provider that sends only 429s is learned (AIMD) so that few requests are refused and the pace stays near
the limit. Simulated on a fake clock against a fixed-window limiter like the mocks' (`scripts/mocks/base.py`)."""

from __future__ import annotations

import asyncio
import email.utils
import gc
import itertools
import math
import threading
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from .sdk_support import sdk

bol = sdk("bol")
B = bol.submodule("_budget")
P = bol.submodule("_polling")
W = bol.submodule("waiters")
types = bol.submodule("types")
ProcessStatus = bol.model("ProcessStatus")


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    def budget(self, **options: Any) -> Any:
        return B.RateBudget(
            clock=self.clock, wall_clock=lambda: 1_700_000_000.0 + self.now, sleep=self.sleep, **options
        )


class Limiter:
    """The mocks' fixed window: at most `limit` per `window`, the window opening at the first request after
    the previous one closed; 429 with `Retry-After` (whole seconds, >= 1) and bol's headers if `headers`."""

    def __init__(self, limit: int, window: float = 1.0, *, headers: bool = False) -> None:
        self.limit, self.window, self.headers = limit, window, headers
        self.opened, self.used = -math.inf, 0
        self.admitted = self.throttled = 0

    def answer(self, now: float) -> tuple[int, dict[str, str]]:
        if now - self.opened >= self.window:
            self.opened, self.used = now, 0
        reset = max(1, math.ceil(self.opened + self.window - now - 1e-9))
        ok = self.used < self.limit
        if ok:
            self.used += 1
            self.admitted += 1
        else:
            self.throttled += 1
        headers = {"Retry-After": str(reset)} if not ok else {}
        if self.headers:
            headers |= {
                "X-RateLimit-Limit": str(self.limit),
                "X-RateLimit-Remaining": str(self.limit - self.used),
                "X-RateLimit-Reset": str(reset),
            }
        return (200 if ok else 429), headers


def drive(fake: FakeTime, budget: Any, limiter: Limiter, requests: int, latency: float = 0.005) -> float:
    """`requests` answered requests from an always-waiting queue of waiters, one at a time; the seconds it took."""
    start = fake.now
    done = 0
    while done < requests:
        ticket = budget.acquire()
        status, headers = limiter.answer(fake.now)
        fake.now += latency
        budget.observe(ticket, status, headers)
        done += status == 200
    return fake.now - start


def test_a_single_waiter_polling_as_usual_never_waits_for_a_slot() -> None:
    fake = FakeTime()
    budget = fake.budget()
    for _ in range(500):
        ticket = budget.acquire()
        budget.observe(ticket, 200, {})
        fake.now += 1.0
    assert fake.sleeps == []


def test_a_waiter_with_a_budget_sleeps_exactly_as_without_one() -> None:
    fake = FakeTime()
    final = status_model("FAILURE")
    answers = [answer(200, status_model("PENDING")), answer(200, status_model("PENDING")), answer(200, final)]
    waiter = P.Waiter(
        what="x",
        model=ProcessStatus,
        classify=W.lifecycle,
        deadline=P.Deadline("x", 60.0, fake.clock),
        not_found="expired",
        on_progress=None,
        policy=P.PollPolicy(initial=1.0, multiplier=2.0, maximum=8.0, jitter=0.0),
        budget=fake.budget(),
    )
    assert P.wait_sync(waiter, lambda: answers.pop(0), fake.sleep) is final
    assert fake.sleeps == [1.0, 2.0]
    assert waiter.budget.requests == 3


def test_a_cold_burst_is_let_through_then_paced() -> None:
    fake = FakeTime()
    budget = fake.budget(start_rate=10.0, burst=10)
    times = []
    for _ in range(15):
        budget.acquire()
        times.append(fake.now)
    assert times[:10] == [0.0] * 10
    gaps = [b - a for a, b in itertools.pairwise(times[10:])]
    assert all(g == pytest.approx(0.1) for g in gaps), gaps


def test_retry_after_pauses_every_waiter_not_only_the_one_that_got_it() -> None:
    fake = FakeTime()
    budget = fake.budget()
    first = budget.acquire()
    budget.observe(first, 429, {"Retry-After": "5"})
    budget.acquire()  # another waiter's next request
    assert fake.now == pytest.approx(5.0)
    third = budget.acquire()
    budget.observe(third, 503, {"Retry-After": email.utils.formatdate(1_700_000_010, usegmt=True)})  # now + 5 s
    budget.acquire()
    assert fake.now == pytest.approx(10.0)
    assert budget.throttled == 1


def test_rate_limit_headers_are_obeyed_exactly_no_429() -> None:
    fake = FakeTime()
    budget = fake.budget()
    limiter = Limiter(20, headers=True)
    seconds = drive(fake, budget, limiter, 600)
    assert limiter.throttled == 0
    assert budget.limit == 20
    assert seconds <= 600 / 20 * 1.1  # close to the limit, not far below it


def test_headers_with_reset_as_a_unix_time() -> None:
    fake = FakeTime()
    budget = fake.budget()
    ticket = budget.acquire()
    budget.observe(
        ticket, 200, {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1700000004"}
    )
    budget.acquire()
    assert fake.now == pytest.approx(4.0)


@pytest.mark.parametrize("limit", [5, 20, 50])
def test_429s_without_headers_are_learned_few_refused_pace_near_the_limit(limit: int) -> None:
    fake = FakeTime()
    budget = fake.budget()
    limiter = Limiter(limit)
    requests = limit * 60
    seconds = drive(fake, budget, limiter, requests)
    assert limiter.throttled <= max(2, requests // 100), (limiter.throttled, budget)
    assert seconds <= requests / limit * 1.2, (seconds, budget)
    assert budget.ceiling is not None and budget.ceiling <= limit * 1.05


def test_a_429_from_someone_elses_use_pauses_but_sets_no_ceiling() -> None:
    fake = FakeTime()
    budget = fake.budget()
    ticket = budget.acquire()
    budget.observe(ticket, 429, {"Retry-After": "1"})
    assert budget.ceiling is None and budget.rate == 10.0


def test_the_ceiling_is_forgotten_after_a_quiet_spell_so_a_raised_limit_is_found() -> None:
    fake = FakeTime()
    budget = fake.budget(reprobe_after=30.0)
    drive(fake, budget, Limiter(10), 200)
    assert budget.ceiling is not None and budget.ceiling <= 10.5
    drive(fake, budget, Limiter(40), 3000)
    assert budget.ceiling is not None and budget.ceiling > 20


def test_a_slot_beyond_the_deadline_is_refused_and_the_wait_times_out_without_sleeping_past_it() -> None:
    fake = FakeTime()
    budget = fake.budget()
    ticket = budget.acquire()
    budget.observe(ticket, 429, {"Retry-After": "30"})
    assert budget.acquire(timeout=10.0) is None
    waiter = P.Waiter(
        what="x",
        model=ProcessStatus,
        classify=W.lifecycle,
        deadline=P.Deadline("x", 10.0, fake.clock),
        not_found="expired",
        on_progress=None,
        policy=P.PollPolicy(),
        budget=budget,
    )
    with pytest.raises(P.WaitTimeout, match="rate budget"):
        P.wait_sync(waiter, lambda: pytest.fail("asked without a slot"), fake.sleep)
    assert fake.now == 0.0


def test_async_waiters_share_the_pace_and_a_timed_out_one_leaves_the_queue_usable() -> None:
    async def run() -> tuple[list[float], Any, Any]:
        budget = B.RateBudget(start_rate=50.0, burst=1)
        loop = asyncio.get_running_loop()
        started = loop.time()
        granted: list[float] = []

        async def one() -> None:
            ticket = await budget.acquire_async()
            granted.append(loop.time() - started)
            budget.observe(ticket, 200, {})

        await asyncio.gather(*(one() for _ in range(10)))
        late = await asyncio.gather(*(budget.acquire_async(timeout=0.01) for _ in range(5)))
        after = await budget.acquire_async(timeout=1.0)
        return granted, late, after

    granted, late, after = asyncio.run(run())
    assert granted[-1] >= 9 * 0.02 * 0.9  # 50/s with learned growth only after waits: >= ~0.18 s for 10
    assert None in late  # some could not get a slot within 10 ms
    assert after is not None  # and the queue still works


def test_threads_get_distinct_slots() -> None:
    budget = B.RateBudget(start_rate=1000.0, burst=5)
    seen: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(20):
            ticket = budget.acquire()
            with lock:
                seen.append(ticket.seq)
            budget.observe(ticket, 200, {})

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(seen) == list(range(1, 81))


def test_the_client_carries_one_budget_dropped_with_it() -> None:
    client = bol.package.Client(base_url="https://api.bol.com/shared")
    other = bol.package.Client(base_url="https://api.bol.com/shared")
    policy = W.PollPolicy()
    assert policy.budget_for(client) is policy.budget_for(client)
    assert policy.budget_for(client) is not policy.budget_for(other)
    assert W.PollPolicy(budget=False).budget_for(client) is None
    mine = W.RateBudget()
    assert W.PollPolicy(budget=mine).budget_for(client) is mine
    gc.collect()  # budgets of clients dropped by earlier tests go first, so only this client's is counted
    before = len(B._BUDGETS)
    del client
    gc.collect()
    assert len(B._BUDGETS) == before - 1


def test_odd_rate_limit_headers_are_ignored() -> None:
    fake = FakeTime()
    budget = fake.budget()
    for headers in (
        {"X-RateLimit-Remaining": "lots", "X-RateLimit-Reset": "1"},
        {"X-RateLimit-Remaining": "-3", "X-RateLimit-Reset": "1"},
        {"X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "inf"},
        {"Retry-After": "soon"},
    ):
        budget.observe(budget.acquire(), 200, headers)
    assert budget.limit is None and fake.sleeps == []


# --- helpers ------------------------------------------------------------------------------------------


def status_model(value: str) -> Any:
    return ProcessStatus.from_dict(
        {
            "processStatusId": "1",
            "eventType": "CREATE_SHIPMENT",
            "description": "x",
            "status": value,
            "createTimestamp": "2025-01-01T10:00:00Z",
        }
    )


def answer(code: int, parsed: Any = None) -> Any:
    return types.Response(status_code=HTTPStatus(code), content=b"", headers=httpx.Headers({}), parsed=parsed)


def test_a_waiter_cancelled_in_the_queue_leaves_it_usable() -> None:
    async def run() -> Any:
        budget = B.RateBudget(start_rate=5.0, burst=1)
        budget.acquire()  # the burst is spent: the next slot is 0.2 s away
        holder = asyncio.ensure_future(budget.acquire_async(timeout=5.0))
        queued = [asyncio.ensure_future(budget.acquire_async(timeout=5.0)) for _ in range(3)]
        await asyncio.sleep(0.05)
        for task in (holder, *queued):
            task.cancel()
        await asyncio.gather(holder, *queued, return_exceptions=True)
        return await budget.acquire_async(timeout=1.0)

    assert asyncio.run(run()) is not None
