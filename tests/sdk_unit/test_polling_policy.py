"""The waiting policy every package carries (`_polling.py`): backoff with jitter, Retry-After in both
forms, the deadline never slept past, errors that stop at once, and bulk rounds that re-ask only for
unfinished ids. Exercised through one package (the runtime is copied verbatim into all five)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from .sdk_support import sdk

bol = sdk("bol")
P = bol.submodule("_polling")
W = bol.submodule("waiters")
types = bol.submodule("types")
ProcessStatus = bol.model("ProcessStatus")


def status(value: str, pid: str = "1") -> Any:
    return ProcessStatus.from_dict(
        {
            "processStatusId": pid,
            "eventType": "CREATE_SHIPMENT",
            "description": "x",
            "status": value,
            "createTimestamp": "2025-01-01T10:00:00Z",
        }
    )


def answer(code: int, parsed: Any = None, headers: dict[str, str] | None = None) -> Any:
    return types.Response(
        status_code=HTTPStatus(code), content=b"", headers=httpx.Headers(headers or {}), parsed=parsed
    )


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


def make_waiter(fake: FakeTime, timeout: float = 60.0, policy: Any = None, not_found: str = "expired") -> Any:
    return P.Waiter(
        what="getProcessStatus('1')",
        model=ProcessStatus,
        classify=W.lifecycle,
        deadline=P.Deadline("getProcessStatus('1')", timeout, fake.clock),
        not_found=not_found,
        on_progress=None,
        policy=policy or P.PollPolicy(initial=1.0, multiplier=2.0, maximum=8.0, jitter=0.0),
    )


def scripted(answers: list[Any]) -> Callable[[], Any]:
    queue = list(answers)

    def fetch() -> Any:
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return fetch


def test_backoff_grows_to_the_cap_with_jitter_below_it() -> None:
    policy = P.PollPolicy(initial=1.0, multiplier=2.0, maximum=5.0, jitter=0.0)
    assert [policy.backoff(n) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    jittered = P.PollPolicy(initial=4.0, multiplier=1.0, maximum=4.0, jitter=0.5, rng=lambda: 1.0)
    assert jittered.backoff(0) == 2.0


def test_retry_after_seconds_and_http_date() -> None:
    assert P.retry_after_seconds("7") == 7.0
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert P.retry_after_seconds(when, now=lambda: 1_000_000.0) == pytest.approx(30.0)
    assert P.retry_after_seconds(email.utils.formatdate(10, usegmt=True), now=lambda: 100.0) == 0.0
    assert P.retry_after_seconds("soon") is None and P.retry_after_seconds(None) is None


def test_polls_until_terminal_and_returns_the_final_model() -> None:
    fake = FakeTime()
    final = status("FAILURE")
    fetch = scripted([answer(200, status("PENDING")), answer(200, status("PENDING")), answer(200, final)])
    assert P.wait_sync(make_waiter(fake), fetch, fake.sleep) is final
    assert fake.sleeps == [1.0, 2.0]


def test_unknown_status_is_not_terminal() -> None:
    fake = FakeTime()
    unknown = status("PAUSED_FOR_REVIEW")
    assert W.lifecycle(unknown) is P.Lifecycle.UNKNOWN and not unknown.status.is_known
    fetch = scripted([answer(200, unknown), answer(200, status("SUCCESS"))])
    assert W.lifecycle(P.wait_sync(make_waiter(fake), fetch, fake.sleep)) is P.Lifecycle.SUCCEEDED


def test_retry_after_is_honoured_on_429_and_503() -> None:
    fake = FakeTime()
    fetch = scripted(
        [
            answer(429, headers={"Retry-After": "5"}),
            answer(503, headers={"Retry-After": email.utils.formatdate(usegmt=True)}),
            answer(200, status("SUCCESS")),
        ]
    )
    P.wait_sync(make_waiter(fake), fetch, fake.sleep)
    assert fake.sleeps[0] == 5.0 and fake.sleeps[1] <= 1.0


def test_connection_errors_and_5xx_are_retried() -> None:
    fake = FakeTime()
    request = httpx.Request("GET", "https://x.invalid")
    fetch = scripted(
        [httpx.ConnectError("down", request=request), answer(502), answer(500), answer(200, status("SUCCESS"))]
    )
    assert W.lifecycle(P.wait_sync(make_waiter(fake), fetch, fake.sleep)) is P.Lifecycle.SUCCEEDED
    assert len(fake.sleeps) == 3


def test_deadline_is_never_slept_past_and_timeout_carries_the_last_status() -> None:
    fake = FakeTime()
    pending = [answer(200, status("PENDING")) for _ in range(50)]
    with pytest.raises(P.WaitTimeout) as caught:
        P.wait_sync(make_waiter(fake, timeout=10.0), scripted(pending), fake.sleep)
    assert isinstance(caught.value, TimeoutError)
    error: Any = caught.value
    assert fake.now <= 10.0 and sum(fake.sleeps) <= 10.0
    assert error.last is not None and error.lifecycle is P.Lifecycle.PENDING
    assert "last status: pending" in str(error)


def test_retry_after_beyond_the_deadline_raises_at_once() -> None:
    fake = FakeTime()
    with pytest.raises(P.WaitTimeout):
        P.wait_sync(make_waiter(fake, timeout=10.0), scripted([answer(429, headers={"Retry-After": "60"})]), fake.sleep)
    assert fake.sleeps == []


@pytest.mark.parametrize(("not_found", "expired"), [("expired", True), ("error", False)])
def test_404_stops_at_once(not_found: str, expired: bool) -> None:
    fake = FakeTime()
    with pytest.raises(P.ProcessNotFound) as caught:
        P.wait_sync(make_waiter(fake, not_found=not_found), scripted([answer(404)]), fake.sleep)
    assert caught.value.expired is expired and fake.sleeps == []


@pytest.mark.parametrize("code", [401, 403])
def test_refused_credentials_stop_at_once(code: int) -> None:
    fake = FakeTime()
    with pytest.raises(P.AuthenticationFailed):
        P.wait_sync(make_waiter(fake), scripted([answer(code)]), fake.sleep)
    assert fake.sleeps == []


def test_other_answers_raise_with_the_typed_error() -> None:
    fake = FakeTime()
    problem = object()
    with pytest.raises(P.UnexpectedAnswer) as caught:
        P.wait_sync(make_waiter(fake), scripted([answer(400, problem)]), fake.sleep)
    assert caught.value.parsed is problem and caught.value.status_code == 400


def test_bulk_rounds_chunk_and_re_ask_only_unfinished_ids() -> None:
    fake = FakeTime()
    ids = [str(i) for i in range(1, 1501)]
    reads: dict[str, int] = {}
    asked: list[int] = []
    Answer = bol.model("ProcessStatusResponse")

    def fetch(chunk: list[str]) -> Any:
        asked.append(len(chunk))
        items = []
        for pid in chunk:
            reads[pid] = reads.get(pid, 0) + 1
            items.append(status("SUCCESS" if reads[pid] >= 2 else "PENDING", pid).to_dict())
        return answer(200, Answer.from_dict({"processStatuses": items}))

    waiter = P.ManyWaiter(
        what="bulk",
        ids=ids,
        items_of=W._items,
        id_of=W._id_of,
        classify=W.lifecycle,
        deadline=P.Deadline("bulk", 60.0, fake.clock),
        policy=P.PollPolicy(jitter=0.0),
        chunk_size=1000,
    )
    result = P.wait_many_sync(waiter, fetch, fake.sleep)
    assert asked == [1000, 500, 1000, 500]
    assert list(result) == ids and all(W.lifecycle(m) is P.Lifecycle.SUCCEEDED for m in result.values())


def test_bulk_ids_left_out_are_reported_as_expired() -> None:
    fake = FakeTime()
    Answer = bol.model("ProcessStatusResponse")

    def fetch(chunk: list[str]) -> Any:
        return answer(200, Answer.from_dict({"processStatuses": [status("SUCCESS", "1").to_dict()]}))

    waiter = P.ManyWaiter(
        what="bulk",
        ids=["1", "2"],
        items_of=W._items,
        id_of=W._id_of,
        classify=W.lifecycle,
        deadline=P.Deadline("bulk", 60.0, fake.clock),
        policy=P.PollPolicy(),
        chunk_size=1000,
    )
    with pytest.raises(P.ProcessNotFound) as caught:
        P.wait_many_sync(waiter, fetch, fake.sleep)
    assert caught.value.ids == ("2",) and set(caught.value.found) == {"1"} and caught.value.expired


def test_an_empty_bulk_answer_once_is_a_failed_read_not_expired_ids() -> None:
    """Issue 21: a 200 with `{"processStatuses": []}` says nothing about the ids asked for: asked again."""
    fake = FakeTime()
    Answer = bol.model("ProcessStatusResponse")
    calls: list[int] = []

    def fetch(chunk: list[str]) -> Any:
        calls.append(len(chunk))
        items = [] if len(calls) == 1 else [status("SUCCESS", i).to_dict() for i in chunk]
        return answer(200, Answer.from_dict({"processStatuses": items}))

    waiter = P.ManyWaiter(
        what="bulk",
        ids=["1", "2"],
        items_of=W._items,
        id_of=W._id_of,
        classify=W.lifecycle,
        deadline=P.Deadline("bulk", 60.0, fake.clock),
        policy=P.PollPolicy(),
        chunk_size=1000,
    )
    assert set(P.wait_many_sync(waiter, fetch, fake.sleep)) == {"1", "2"} and calls == [2, 2]


def test_progress_reports_percentages_where_the_provider_has_them() -> None:
    booster = sdk("booster")
    task = booster.model("Task").from_dict(
        {
            "asyncTaskId": "3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c",
            "type": "stock",
            "requestDate": "x",
            "status": "INP",
            "percentage": 40,
            "brand": "CAR",
        }
    )
    assert booster.submodule("waiters").progress(task) == 40.0
    mykaarma = sdk("mykaarma")
    process = mykaarma.model("AsyncProcessResponse").from_dict(
        {
            "errors": [],
            "warnings": [],
            "apiRequestId": "r",
            "status": "IN_PROGRESS",
            "steps": [
                {"status": "COMPLETED"},
                {"status": "IN_PROGRESS"},
                {"status": "NOT_STARTED"},
                {"status": "COMPLETED"},
            ],
        }
    )
    assert mykaarma.submodule("waiters").progress(process) == 50.0
    assert W.progress(status("PENDING")) is None
