"""The waiters on a learned schedule (`PollPolicy(schedule=...)`, issue 22): a running process is read again
at the schedule's ages, `Retry-After` still wins, bulk rounds come on the shared tick, and without a schedule
nothing changes."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from asyncstatus_core.polling import Deadline, Lifecycle, ManyWaiter, PollPolicy, Waiter, wait_many_sync, wait_sync
from asyncstatus_core.schedule import LearnedSchedule, LogNormal, PendingGroup, tick_delay
from asyncstatus_core.types import Response

SCHEDULE = LearnedSchedule(LogNormal(60.0, 0.5), 4.0)


@dataclass
class Status:
    id: str
    done: bool


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def answer(code: int, parsed: Any = None, headers: dict[str, str] | None = None) -> Response[Any]:
    return Response(status_code=HTTPStatus(code), content=b"", headers=httpx.Headers(headers or {}), parsed=parsed)


def classify(status: Status) -> Lifecycle:
    return Lifecycle.SUCCEEDED if status.done else Lifecycle.RUNNING


def waiter(fake: FakeTime, policy: PollPolicy) -> Waiter[Status]:
    return Waiter(
        what="status('1')",
        model=Status,
        classify=classify,
        deadline=Deadline("status('1')", 3600.0, fake.clock),
        not_found="missing",
        on_progress=None,
        policy=policy,
    )


def test_a_running_process_is_read_again_at_the_schedule_s_ages() -> None:
    fake = FakeTime()
    answers = [answer(200, Status("1", False)) for _ in range(3)] + [answer(200, Status("1", True))]
    result = wait_sync(waiter(fake, PollPolicy(schedule=SCHEDULE, budget=False)), lambda: answers.pop(0), fake.sleep)
    assert result.done
    reads = [0.0]
    for pause in fake.sleeps:
        reads.append(reads[-1] + pause)
    assert reads[1:] == pytest.approx(list(SCHEDULE.checks[:3]))


def test_retry_after_still_wins_over_the_schedule() -> None:
    fake = FakeTime()
    answers = [answer(429, headers={"Retry-After": "90"}), answer(200, Status("1", True))]
    wait_sync(waiter(fake, PollPolicy(schedule=SCHEDULE, budget=False)), lambda: answers.pop(0), fake.sleep)
    assert fake.sleeps == [90.0]


def test_without_a_schedule_the_backoff_is_unchanged() -> None:
    fake = FakeTime()
    answers = [answer(200, Status("1", False)) for _ in range(3)] + [answer(200, Status("1", True))]
    policy = PollPolicy(initial=1.0, multiplier=2.0, maximum=8.0, jitter=0.0, budget=False)
    wait_sync(waiter(fake, policy), lambda: answers.pop(0), fake.sleep)
    assert fake.sleeps == [1.0, 2.0, 4.0]


def test_bulk_rounds_come_on_the_shared_tick() -> None:
    fake = FakeTime()
    ids = [str(i) for i in range(1500)]
    rounds: list[int] = []

    def fetch(chunk: list[str]) -> Response[Any]:
        rounds.append(len(chunk))
        finished = len(rounds) > 2  # the first round's two requests find everything running
        return answer(200, [Status(i, finished) for i in chunk])

    many = ManyWaiter(
        what="bulk",
        ids=ids,
        items_of=lambda parsed: parsed if isinstance(parsed, list) else None,
        id_of=lambda status: status.id,
        classify=classify,
        deadline=Deadline("bulk", 3600.0, fake.clock),
        policy=PollPolicy(schedule=SCHEDULE, budget=False),
        chunk_size=1000,
    )
    found = wait_many_sync(many, fetch, fake.sleep)
    assert len(found) == 1500 and rounds == [1000, 500, 1000, 500]
    expected = tick_delay([PendingGroup(SCHEDULE.distribution, 1500, 0.0, 0.0)], 4.0, per_request=1000)
    assert fake.sleeps == [pytest.approx(expected)]
