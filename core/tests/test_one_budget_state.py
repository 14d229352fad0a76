"""One rate-budget state machine (`budget_state.py`) behind both budgets: the in-memory `RateBudget` and the
store-backed `SharedBudget` give the same slots at the same times for the same answers (burst, AIMD, rate-limit
headers with requests in flight, Retry-After), on a fake clock; the state survives JSON; an older store row is
still read; a slot nobody answers stops counting as in flight."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from asyncstatus_core.budget import RateBudget, Ticket
from asyncstatus_core.budget_state import BudgetRules, BudgetState
from asyncstatus_core.track_budget import SharedBudget, Slot
from asyncstatus_core.track_store import Store, open_store

T0 = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'budget.db'}")
    yield opened
    opened.close()


class Limiter:
    """A fixed window like the mocks': at most `limit` per `window`, opening at the first request after the
    last one closed; 429 with `Retry-After`, and bol's rate-limit headers if `headers`."""

    def __init__(self, limit: int, window: float = 1.0, *, headers: bool = False) -> None:
        self.limit, self.window, self.headers = limit, window, headers
        self.opened, self.used = -math.inf, 0

    def answer(self, now: float) -> tuple[int, dict[str, str]]:
        if now - self.opened >= self.window:
            self.opened, self.used = now, 0
        reset = max(1, math.ceil(self.opened + self.window - now - 1e-9))
        ok = self.used < self.limit
        self.used += ok
        found = {} if ok else {"Retry-After": str(reset)}
        if self.headers:
            found |= {
                "X-RateLimit-Limit": str(self.limit),
                "X-RateLimit-Remaining": str(self.limit - self.used),
                "X-RateLimit-Reset": str(reset),
            }
        return (200 if ok else 429), found


class Memory:
    """`RateBudget` on the fake clock (the same clock as wall time, so both budgets see the same numbers)."""

    def __init__(self, clock: Clock) -> None:
        self.budget = RateBudget(clock=clock, wall_clock=clock, sleep=clock.sleep)

    def take(self) -> Ticket:
        ticket = self.budget.acquire()
        assert ticket is not None
        return ticket

    def answer(self, ticket: Any, status: int | None, headers: dict[str, str]) -> None:
        self.budget.observe(ticket, status, headers)

    def figures(self) -> tuple[Any, ...]:
        b = self.budget
        return b.requests, b.throttled, b.limit, b.window, b.rate, b.ceiling


class Shared:
    """`SharedBudget` through a SQLite store on the fake clock."""

    def __init__(self, clock: Clock, store: Store) -> None:
        self.budget = SharedBudget(store, "bol@api.bol.com", clock=clock)
        self.clock = clock

    def take(self) -> Slot:
        return self.budget.acquire(self.clock.sleep)

    def answer(self, slot: Any, status: int | None, headers: dict[str, str]) -> None:
        self.budget.observe(slot, status, headers)

    def figures(self) -> tuple[Any, ...]:
        f = self.budget.figures()
        return f["requests"], f["throttled"], f["limit"], f["window"], f["rate"], f["ceiling"]


Run = Callable[[Any, Clock], list[tuple[int, float]]]


def both(store: Store, run: Run) -> tuple[list[tuple[int, float]], list[tuple[int, float]], Any, Any]:
    """`run` on a fresh memory budget and a fresh shared one: the grants (seq, seconds from start) of each."""
    clock = Clock()
    memory = Memory(clock)
    memory_grants = run(memory, clock)
    clock2 = Clock()
    shared = Shared(clock2, store)
    shared_grants = run(shared, clock2)
    return memory_grants, shared_grants, memory.figures(), shared.figures()


def seq_of(ticket: Any) -> int:
    return int(ticket.seq)


def test_a_cold_burst_then_pacing_is_the_same_on_both(store: Store) -> None:
    def run(budget: Any, clock: Clock) -> list[tuple[int, float]]:
        grants = []
        for _ in range(15):
            ticket = budget.take()
            grants.append((seq_of(ticket), round(clock.now - T0, 6)))
        return grants

    memory, shared, _, _ = both(store, run)
    assert [t for _, t in shared][:10] == [0.0] * 10  # the shared budget lets the burst through too
    assert shared == memory


def serial(limiter: Limiter, requests: int, latency: float = 0.005) -> Run:
    """An always-waiting queue of waiters, one request at a time, until `requests` got through."""

    def run(budget: Any, clock: Clock) -> list[tuple[int, float]]:
        grants, done = [], 0
        while done < requests:
            ticket = budget.take()
            grants.append((seq_of(ticket), round(clock.now - T0, 6)))
            status, headers = limiter.answer(clock.now)
            clock.now += latency
            budget.answer(ticket, status, headers)
            done += status == 200
        return grants

    return run


def test_aimd_on_bare_429s_is_the_same_on_both(store: Store) -> None:
    memory, shared, memory_figures, shared_figures = both(store, lambda b, c: serial(Limiter(8), 200)(b, c))
    assert shared == memory
    assert shared_figures == memory_figures
    assert shared_figures[5] is not None  # a ceiling was learned


def test_rate_limit_headers_are_the_same_on_both(store: Store) -> None:
    memory, shared, memory_figures, shared_figures = both(
        store, lambda b, c: serial(Limiter(20, headers=True), 150)(b, c)
    )
    assert shared == memory
    assert shared_figures == memory_figures


def test_requests_in_flight_are_counted_the_same_on_both(store: Store) -> None:
    """Several requests in flight at once (a batch of workers): the slots held by unanswered requests are
    subtracted from what the headers allow, and the grants match."""

    def run(budget: Any, clock: Clock) -> list[tuple[int, float]]:
        limiter = Limiter(6, headers=True)
        grants: list[tuple[int, float]] = []
        for _ in range(20):
            batch = []
            for _ in range(4):
                ticket = budget.take()
                grants.append((seq_of(ticket), round(clock.now - T0, 6)))
                batch.append((ticket, clock.now))
            clock.now += 0.05  # answers land after the whole batch was sent
            for ticket, sent in batch:
                status, headers = limiter.answer(sent)
                budget.answer(ticket, status, headers)
        return grants

    memory, shared, memory_figures, shared_figures = both(store, run)
    assert shared == memory
    assert shared_figures == memory_figures


def test_retry_after_and_lost_answers_are_the_same_on_both(store: Store) -> None:
    script: list[tuple[int | None, dict[str, str]]] = [
        (200, {}),
        (None, {}),  # a connection error: no answer, the slot is released
        (429, {"Retry-After": "3"}),
        (200, {}),
        (503, {"Retry-After": "Thu, 15 Jan 2027 08:00:10 GMT"}),
        (200, {}),
        (429, {}),
        (200, {}),
    ]

    def run(budget: Any, clock: Clock) -> list[tuple[int, float]]:
        grants = []
        for status, headers in script * 3:
            ticket = budget.take()
            grants.append((seq_of(ticket), round(clock.now - T0, 6)))
            clock.now += 0.01
            budget.answer(ticket, status, headers)
        return grants

    memory, shared, memory_figures, shared_figures = both(store, run)
    assert shared == memory
    assert shared_figures == memory_figures


# --- the shared row ---------------------------------------------------------------------------------------


def row(store: Store, name: str = "bol@api.bol.com") -> Any:
    return store.update_budget(name, lambda found: (found or {}, found))


def test_a_slot_is_in_flight_in_the_row_until_answered_or_lost(store: Store) -> None:
    clock = Clock()
    budget = SharedBudget(store, "bol@api.bol.com", clock=clock)
    first, second = budget.acquire(clock.sleep), budget.acquire(clock.sleep)
    assert [seq for seq, _ in row(store)["inflight"]] == [first.seq, second.seq]
    budget.observe(first, 200, {})
    budget.observe(second, None)  # no answer: released all the same
    assert row(store)["inflight"] == []


def test_a_slot_nobody_answers_stops_counting_after_the_expiry(store: Store) -> None:
    """A worker that died with a slot in flight does not hold the window's allowance for ever."""
    clock = Clock()
    budget = SharedBudget(store, "bol@api.bol.com", clock=clock)
    slot = budget.acquire(clock.sleep)
    budget.observe(slot, 200, {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "2", "X-RateLimit-Reset": "1"})
    budget.acquire(clock.sleep)  # this worker dies: never answered
    clock.now += BudgetRules().inflight_expiry + 1
    budget.acquire(clock.sleep)
    assert [seq for seq, _ in row(store)["inflight"]] == [3]


def test_a_row_of_the_first_format_is_read_and_kept(store: Store) -> None:
    old = {
        "seq": 40,
        "last_grant": T0 - 1,
        "paused_until": T0 + 5.0,
        "limit": None,
        "window": 1.0,
        "known_remaining": 0,
        "known_seq": 0,
        "reset_at": None,
        "window_opened": 0.0,
        "rate": 4.0,
        "ceiling": 8.0,
        "ceiling_since": T0 - 2,
        "decreased_after": 30,
        "requests": 39,
        "throttled": 2,
        "admitted": [T0 - 1.5, T0 - 1.2],
        "resumed": 0.0,
    }
    store.update_budget("bol@api.bol.com", lambda _: (old, None))
    clock = Clock()
    budget = SharedBudget(store, "bol@api.bol.com", clock=clock)
    assert budget.figures() == {
        "requests": 39,
        "throttled": 2,
        "limit": None,
        "window": 1.0,
        "rate": 4.0,
        "ceiling": 8.0,
    }
    slot = budget.acquire(clock.sleep)
    assert slot.seq == 41 and clock.now == pytest.approx(T0 + 5.0)  # its pause still holds
    assert row(store)["format"] == 2


@pytest.mark.parametrize("found", [None, "garbage", {"seq": "many"}, {"inflight": [[1]]}])
def test_an_unreadable_row_is_a_fresh_state(found: Any) -> None:
    rules = BudgetRules()
    assert BudgetState.from_dict(found, rules, T0) == BudgetState.fresh(rules, T0)


def test_the_state_survives_json() -> None:
    rules = BudgetRules(burst=3)
    state = BudgetState.fresh(rules, 0.0)
    limiter = Limiter(5, headers=True)
    now = 0.0
    for step in range(40):
        while (wait := state.wait(now)) > 0:
            now += wait
        seq = state.grant(now)
        if step % 5:
            status, headers = limiter.answer(now)
            state.observe(seq, now, True, status, headers, now=now + 0.01, wall=T0 + now)
        now += 0.01
    copy = BudgetState.from_dict(json.loads(json.dumps(state.to_dict())), rules, 123.0)
    assert copy == state
    assert state.inflight  # the unanswered slots went through JSON too
    assert json.dumps(BudgetState.fresh(rules, 0.0).to_dict(), allow_nan=False)  # no -Infinity in a row
