"""Issue 21, failures 1 and 9, on SQLite and PostgreSQL: an answer decides only what it can say, and a run
says what is happening. A bulk answer that is a 413, a 400 or an empty list is a failed read (0 wrong
outcomes); a batch refused because of one id is split until that id alone ends as an error; an id is
not-found only when two answers that held others left it out; an outage is reported, token failures are
counted apart, and a recovered outage leaves neither each process's backoff inflated nor its batch split."""

from __future__ import annotations

from typing import Any

import pytest
from asyncstatus_core.errors import APIConnectionError
from asyncstatus_core.polling import PollPolicy
from asyncstatus_core.tracker import ERROR, NOT_FOUND
from tracking.fleet_support import FakeBulk, answer, engine, statuses

IDS = [f"{n:04d}" for n in range(1, 1001)]


def _run(fake: FakeBulk, store_url: str, ids: list[str] = IDS) -> tuple[dict[str, Any], Any, Any]:
    worker = engine(fake, store_url)
    try:
        worker.add(ids)
        report = worker.run(until_idle=True, idle_wait=0.01, max_seconds=60)
        outcomes = {o.id: o for o in worker.outcomes()}
        rows = worker.store.get("fleet", ids)
    finally:
        worker.store.close()
    return outcomes, report, rows


@pytest.mark.parametrize(
    "bad",
    [
        answer(413),  # a proxy's "too large", no body
        answer(400, {"title": "Bad Request"}),
        statuses([]),  # a 200 with {"processStatuses": []}
        answer(200, {"unexpected": True}),  # a 200 that is not a status list
        answer(502),
        APIConnectionError("connection reset"),
    ],
    ids=["413", "400", "empty-list", "not-a-list", "502", "reset"],
)
def test_one_bad_bulk_answer_is_a_failed_read_not_an_outcome(store_url: str, bad: Any) -> None:
    fake = FakeBulk(lambda ids, n: bad if n == 0 else None)
    outcomes, report, _ = _run(fake, store_url)
    assert {o.lifecycle for o in outcomes.values()} == {"succeeded"}  # 0 wrong outcomes
    assert len(outcomes) == len(IDS)
    # Asked again: a refused batch (400, 413) in halves at once, any other failed read after a backoff.
    refused = not isinstance(bad, APIConnectionError) and int(bad.status_code) in (400, 413)
    assert [len(ids) for ids in fake.requests[:3]] == ([1000, 500, 500] if refused else [1000, 1000, 1000])
    assert report.retries == (0 if refused else 1)


def test_a_batch_refused_for_one_id_is_split_until_that_id_alone_ends(store_url: str) -> None:
    poison = "0500"
    fake = FakeBulk(lambda ids, n: answer(400, {"detail": "invalid id"}) if poison in ids else None)
    outcomes, _, _ = _run(fake, store_url)
    assert outcomes[poison].lifecycle == ERROR and "400" in (outcomes[poison].error or "")
    assert {o.lifecycle for i, o in outcomes.items() if i != poison} == {"succeeded"}
    assert len(fake.requests) < 60  # halving: about 2 log2(1000) refused requests, not one per id


def test_an_id_left_out_once_is_asked_again_twice_is_not_found(store_url: str) -> None:
    gone, once = "0001", "0002"

    def script(ids: list[str], n: int) -> Any:
        left_out = {gone} | ({once} if n == 0 else set())
        return statuses([i for i in ids if i not in left_out], "PENDING" if n == 0 else "SUCCESS")

    outcomes, _, _ = _run(FakeBulk(script), store_url)
    assert outcomes[gone].lifecycle == NOT_FOUND
    assert outcomes[once].lifecycle == "succeeded"
    assert sum(o.lifecycle == NOT_FOUND for o in outcomes.values()) == 1


def test_an_outage_is_reported_and_leaves_no_inflated_backoff_or_split_batch(store_url: str) -> None:
    seen: dict[str, Any] = {}

    def script(ids: list[str], n: int) -> Any:
        if n == 0:
            return statuses(ids, "PENDING")
        if n <= 6:
            return APIConnectionError("refused", which="token") if n % 2 else answer(503)
        if n == 7:
            return statuses(ids, "PENDING")
        return None

    fake = FakeBulk(script)
    worker = engine(fake, store_url, policy=PollPolicy(initial=0.01, maximum=0.05, jitter=0.5, budget=False))
    try:
        worker.add(IDS)
        original = worker._settle

        def settle(finished: Any, rescheduled: Any, report: Any) -> None:
            original(finished, rescheduled, report)
            if len(fake.requests) == 8 and "rows" not in seen:
                seen["rows"] = worker.store.get("fleet", IDS)

        worker._settle = settle  # type: ignore[method-assign]
        report = worker.run(until_idle=True, idle_wait=0.01, max_seconds=60)
    finally:
        worker.store.close()
    rows = seen["rows"]
    # Two status reads (n=0, n=7): the backoff step is 2, whatever the six failed reads between them.
    assert {r.attempt for r in rows} == {2}
    assert len({r.ready_at for r in rows}) == 1  # one due time: the batch stays one batch
    assert [len(ids) for ids in fake.requests] == [1000] * len(fake.requests)  # never split by jitter
    assert report.token_failures == 3 and report.requests == len(fake.requests) - 3
    assert report.retries == 6
    text = "\n".join(report.events)
    assert "token retrying: refused" in text and "retrying: answered 503" in text and "recovered" in text


def test_ids_that_are_never_returned_end_not_found_even_asked_together(store_url: str) -> None:
    gone = {"0001", "0002", "0003", "0004"}
    fake = FakeBulk(lambda ids, n: statuses([i for i in ids if i not in gone]) if gone & set(ids) else None)
    outcomes, _, _ = _run(fake, store_url, ids=sorted(gone))
    assert {i: o.lifecycle for i, o in outcomes.items()} == dict.fromkeys(gone, NOT_FOUND)
