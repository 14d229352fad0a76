"""Draining Realtime Register's notification queue into the tracker's store (issue 23 item 3): the generated
`push.create_drainer` (on `asyncstatus_core.track_queue`) against the mock's queue, on SQLite and PostgreSQL.

What a user relies on: a notification is acknowledged only once the store has what it says (a store failure leaves
it queued), a duplicate changes nothing, a notification about a process not tracked here is acknowledged too (the
queue would stop at it otherwise), an empty queue is polled ever less often, and the `drain` command says clearly
what is missing. The tracker's confirming read is not part of this: the rows' `pushed_status` is what is checked."""

from __future__ import annotations

import dataclasses
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from asyncstatus_core.errors import StoreError
from asyncstatus_core.track_queue import QueueDrainer
from asyncstatus_core.track_store import Store, open_store
from asyncstatus_core.types import Response
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from realtimeregister_process_client import create_client
from realtimeregister_process_client.__main__ import main
from realtimeregister_process_client.api.processes import get_process
from realtimeregister_process_client.push import create_drainer
from realtimeregister_process_client.tracker import SCOPE

CUSTOMER = "johndoe"


def pushed(url: str) -> dict[str, tuple[str | None, float | None]]:
    """id -> (pushed_status, pushed_at), read with plain SQL (the store has no reader for them yet)."""
    store = open_store(url)
    try:
        with store.transaction() as cur:
            sql = store._sql("SELECT id, pushed_status, pushed_at FROM asyncstatus_tracked WHERE scope = ?")
            rows = cur.execute(sql, (SCOPE,)).fetchall()
    finally:
        store.close()
    return {str(r[0]): (r[1], r[2]) for r in rows}


def finished(mock: RunningMock, count: int, final: str = "COMPLETED") -> list[str]:
    """Processes that finish on their first read, read once (the mock queues a notification for each)."""
    with mock.admin() as admin:
        created = admin.post("/processes", json={"final_status": final, "steps": 1, "count": count}).json()
    ids = [str(c["processId"]) for c in created["created"]]
    with create_client(api_key="mock-key", base_url=mock.base_url) as client:
        for pid in ids:
            assert get_process.sync_detailed(int(pid), client=client).status_code == 200
    return ids


def tracked(url: str, ids: Sequence[str]) -> None:
    store = open_store(url)
    try:
        store.add(SCOPE, [(i, {}) for i in ids], deadline_at=None)
    finally:
        store.close()


@contextmanager
def drainer_on(mock: RunningMock, store: str | Store, **options: Any) -> Iterator[QueueDrainer]:
    with create_client(api_key="mock-key", base_url=mock.base_url) as client:
        drainer = create_drainer(client=client, customer=CUSTOMER, store=store, budget=False, **options)
        try:
            yield drainer
        finally:
            drainer.store.close()  # type: ignore[union-attr]


def queued(mock: RunningMock) -> list[dict[str, Any]]:
    return list(mock.mock.queue.values())  # type: ignore[attr-defined]


def test_the_drain_records_each_tracked_process_then_empties_the_queue(store_url: str) -> None:
    with serve("realtimeregister") as mock:
        ids = finished(mock, 3) + finished(mock, 1, "FAILED")
        tracked(store_url, ids[1:])  # the first is not tracked here
        before = mock.mock.requests
        with drainer_on(mock, store_url) as drainer:
            report = drainer.run(until_empty=True)
        sent = mock.mock.requests - before
        assert queued(mock) == []
    rows = pushed(store_url)
    assert {i: rows[i][0] for i in ids[1:]} == {ids[1]: "COMPLETED", ids[2]: "COMPLETED", ids[3]: "FAILED"}
    assert ids[0] not in rows  # an untracked process's notification writes nothing
    assert (report.recorded, report.untracked, report.acks) == (3, 1, 4)
    # One poll saw four waiting, one list read them all, four acks; the queue having been busy, a list (not a
    # poll) found it empty.
    assert (report.polls, report.lists, report.empty_reads) == (1, 2, 1)
    assert sent == report.requests == 7


class FailingStore:
    """The tracker's store whose writes of pushed statuses fail `failures` times (a database that is down)."""

    def __init__(self, store: Store, failures: int, mock: RunningMock) -> None:
        self.store, self.failures, self.mock = store, failures, mock
        self.queued_at_write: list[int] = []

    def record_pushes(self, scope: str, pushes: Sequence[tuple[str, str]]) -> list[str]:
        self.queued_at_write.append(len(queued(self.mock)))  # nothing may be acknowledged before the write
        if self.failures:
            self.failures -= 1
            raise StoreError("the database is down", transient=True)
        return self.store.record_pushes(scope, pushes)

    def get(self, scope: str, ids: Sequence[str]) -> Any:
        return self.store.get(scope, ids)

    def close(self) -> None:
        self.store.close()


def test_a_store_failure_acknowledges_nothing_and_the_next_step_records_it(store_url: str) -> None:
    with serve("realtimeregister") as mock:
        ids = finished(mock, 2)
        tracked(store_url, ids)
        store = FailingStore(open_store(store_url), failures=1, mock=mock)
        with drainer_on(mock, store) as drainer:  # type: ignore[arg-type]
            wait = drainer.drain_once()
            assert wait > 0  # a backoff before trying again
            assert len(queued(mock)) == 2 and drainer.report.acks == 0
            assert pushed(store_url)[ids[0]][0] is None
            assert drainer.drain_once() == drainer.interval  # all it saw was taken: the next read after the interval
            assert queued(mock) == []
        assert store.queued_at_write == [2, 2]  # each write happened while both were still queued
    assert {i: pushed(store_url)[i][0] for i in ids} == dict.fromkeys(ids, "COMPLETED")


def test_a_failed_acknowledgement_is_polled_again_and_recorded_once(store_url: str) -> None:
    with serve("realtimeregister") as mock:
        [pid] = finished(mock, 1)
        tracked(store_url, [pid])
        with drainer_on(mock, store_url) as drainer:
            real_ack, calls = drainer.facts.ack, []

            def flaky(ident: Any) -> Response[Any]:
                calls.append(ident)
                if len(calls) == 1:  # answered 503 without reaching the mock: the notification stays queued
                    return Response(status_code=503, content=b"", headers=httpx.Headers(), parsed=None)  # type: ignore[arg-type]
                return real_ack(ident)

            drainer.facts = dataclasses.replace(drainer.facts, ack=flaky)
            assert drainer.drain_once() > 0 and len(queued(mock)) == 1
            first = pushed(store_url)[pid]
            assert drainer.drain_once() == drainer.interval
            assert queued(mock) == [] and calls[0] == calls[1]
    assert first[0] == "COMPLETED" and pushed(store_url)[pid] == first  # the second write changed nothing
    assert (drainer.report.recorded, drainer.report.unchanged, drainer.report.failures) == (1, 1, 1)


def test_a_duplicate_notification_changes_nothing(store_url: str) -> None:
    with serve("realtimeregister") as mock:
        [pid] = finished(mock, 1)
        tracked(store_url, [pid])
        again = dict(queued(mock)[0])
        with drainer_on(mock, store_url) as drainer:
            drainer.run(until_empty=True)
            first = pushed(store_url)[pid]
            # The same event delivered again, under a new id and with another status: the first push wins.
            mock.mock.queue[again["id"] + 500] = {**again, "id": again["id"] + 500, "subjectStatus": "FAILED"}  # type: ignore[attr-defined]
            drainer.run(until_empty=True)
            assert queued(mock) == []
    assert first[0] == "COMPLETED" and pushed(store_url)[pid] == first
    assert (drainer.report.recorded, drainer.report.unchanged) == (1, 1)


def test_notifications_about_untracked_or_no_process_are_acknowledged(
    tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"sqlite:///{tmp_path / 'track.db'}"
    with serve("realtimeregister") as mock:
        [pid] = finished(mock, 1)
        tracked(url, ["1"])  # something else is tracked; this process is not
        template = queued(mock)[0]
        mock.mock.queue[9001] = {**template, "id": 9001, "process": None}  # type: ignore[attr-defined]
        broken = {k: v for k, v in template.items() if k != "eventType"}
        mock.mock.queue[9002] = {**broken, "id": 9002}  # type: ignore[attr-defined]
        with caplog.at_level(logging.DEBUG, logger="asyncstatus_core.track_queue"), drainer_on(mock, url) as drainer:
            report = drainer.run(until_empty=True)
        assert queued(mock) == []
    assert (report.untracked, report.ignored, report.malformed, report.recorded) == (1, 1, 1, 0)
    assert f"process {pid} is not tracked here" in caplog.text
    assert pushed(url)["1"][0] is None


def test_an_empty_queue_is_polled_ever_less_often() -> None:
    waits: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    with (
        serve("realtimeregister") as mock,
        drainer_on(mock, "sqlite:///:memory:", interval=1.0, idle_max=8.0) as drainer,
    ):
        drainer._sleep = sleep  # a clock that only moves when the drainer waits
        drainer._clock = lambda: now[0]
        before = mock.mock.requests
        drainer.run(max_seconds=40.0)
        polls = mock.mock.requests - before
        assert waits[:5] == [1.0, 2.0, 4.0, 8.0, 8.0]  # doubled from the interval, up to idle_max
        # Polled at 0, 1, 3, 7, 15, 23, 31 and 39 s, then once more when the 40 s were up.
        assert polls == drainer.report.empty_reads == 9 and len(waits) == 8 and sum(waits) == 40.0
        finished(mock, 3)
        assert drainer.drain_once() == 1.0  # three taken in one read (poll and list): the next after the interval
        assert queued(mock) == [] and drainer.report.lists == 1
        finished(mock, 2)
        assert drainer.drain_once() == 1.0  # busy: two more read with one list, no poll
        assert queued(mock) == [] and (drainer.report.polls, drainer.report.lists) == (10, 2)
        assert [drainer.drain_once(), drainer.drain_once()] == [1.0, 2.0]  # empty again: the idle wait starts over


def _env(mock: RunningMock | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REALTIMEREGISTER_")}
    if mock is not None:
        env.update(REALTIMEREGISTER_API_KEY="mock-key", REALTIMEREGISTER_BASE_URL=mock.base_url)
    return env


def test_drain_command_names_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    for name in [n for n in os.environ if n.startswith("REALTIMEREGISTER_")]:
        monkeypatch.delenv(name)
    store = f"sqlite:///{tmp_path / 'track.db'}"
    assert main(["drain", "--store", store]) == 2
    err = capsys.readouterr().err
    assert "give --customer CUSTOMER or set REALTIMEREGISTER_CUSTOMER" in err and "Traceback" not in err
    monkeypatch.setenv("REALTIMEREGISTER_CUSTOMER", "johndoe")
    assert main(["drain", "--store", store]) == 2
    assert "REALTIMEREGISTER_API_KEY" in capsys.readouterr().err  # the credentials next
    monkeypatch.setenv("REALTIMEREGISTER_API_KEY", "k")
    assert main(["drain", "--store", f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}"]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert main(["drain", "--customer", " ", "--store", store]) == 2  # a blank value is no value
    assert "give --customer CUSTOMER" in capsys.readouterr().err


def test_drain_command_drains_the_queue_and_says_what_it_did(tmp_path: Any) -> None:
    store = f"sqlite:///{tmp_path / 'track.db'}"
    with serve("realtimeregister") as mock:
        ids = finished(mock, 2)
        tracked(store, ids)
        env = {**_env(mock), "PYTHONPATH": PROVIDERS["realtimeregister"].pythonpath}
        command = [sys.executable, "-m", "realtimeregister_process_client", "drain", "--customer", CUSTOMER]
        run = subprocess.run([*command, "--store", store, "--until-empty"], env=env, capture_output=True, text=True)
        assert queued(mock) == []
    assert run.returncode == 0, run.stderr
    assert "2 recorded" in run.stderr and f"process {ids[0]} COMPLETED recorded" in run.stderr
    assert {i: pushed(store)[i][0] for i in ids} == dict.fromkeys(ids, "COMPLETED")


def test_drain_command_refused_credentials_end_with_a_message(tmp_path: Any) -> None:
    with serve("realtimeregister") as mock:
        env = {**_env(mock), "PYTHONPATH": PROVIDERS["realtimeregister"].pythonpath}
        env["REALTIMEREGISTER_API_KEY"] = "wrong-key"
        command = [sys.executable, "-m", "realtimeregister_process_client", "drain", "--customer", CUSTOMER]
        run = subprocess.run(
            [*command, "--store", f"sqlite:///{tmp_path / 't.db'}"], env=env, capture_output=True, text=True
        )
    assert run.returncode == 6  # as for the waiting commands: the credentials were refused
    assert "poll: the provider refused the request (401)" in run.stderr and "Traceback" not in run.stderr
    assert "wrong-key" not in run.stderr


def test_the_drainer_and_the_tracker_share_one_rate_budget(tmp_path: Any) -> None:
    """On one store and host, a drainer and the tracker's workers stay under the provider's one limit together."""
    from realtimeregister_process_client.tracker import Tracker

    url = f"sqlite:///{tmp_path / 'track.db'}"
    with create_client(api_key="k", base_url="https://api.yoursrs-ote.com") as client:
        drainer = create_drainer(client=client, customer=CUSTOMER, store=url)
        with Tracker(client=client, store=url) as tracker:
            assert drainer.budget is not None and tracker.engine.budget is not None
            assert drainer.budget.name == tracker.engine.budget.name
        drainer.store.close()  # type: ignore[union-attr]
        unbudgeted = create_drainer(client=client, customer=CUSTOMER, store=url, budget=False)
        assert unbudgeted.budget is None
        unbudgeted.store.close()  # type: ignore[union-attr]
        with pytest.raises(ValueError, match="customer"):
            create_drainer(client=client, customer="", store=url)


def test_a_queue_that_stays_full_does_not_hold_the_drain_past_max_seconds() -> None:
    now: list[float] = [0.0]
    waits: list[float] = []
    with serve("realtimeregister") as mock, drainer_on(mock, "sqlite:///:memory:") as drainer:
        drainer._clock = lambda: now[0]
        drainer._sleep = waits.append
        real_poll = drainer.facts.poll

        def poll() -> Any:  # each poll takes a second, and the queue always holds more than one read takes
            now[0] += 1.0
            finished(mock, 2)
            return real_poll()

        drainer.facts = dataclasses.replace(drainer.facts, poll=poll, listing=None)
        drainer.run(max_seconds=5.0)
        assert drainer.report.polls == 5 and drainer.report.acks == 5 and waits == []


@pytest.mark.parametrize("step", ["PENDING", "NEW"])
def test_a_non_final_notification_does_not_block_the_final_one(store_url: str, step: str) -> None:
    """Realtime Register notifies about steps on the way too (`subjectStatus` NEW, PENDING...: the spec's
    NotificationSubjectStatus). Only a status the lifecycle table calls ended is recorded as the pushed status, so
    the final notification after a non-final one is the one recorded (the first push wins), and the tracker's
    confirming read ends the process with `source = 'push'`."""
    with serve("realtimeregister") as mock:
        with mock.admin() as admin:
            created = admin.post("/processes", json={"final_status": "COMPLETED", "steps": 2, "count": 1}).json()
            pid = str(created["created"][0]["processId"])
            assert admin.post("/notify", json={"process": int(pid), "subjectStatus": step}).status_code == 200
            refused = admin.post("/notify", json={"process": int(pid), "subjectStatus": "DONE"})
            assert refused.status_code == 400 and "NotificationSubjectStatus" not in refused.text
        tracked(store_url, [pid])
        with drainer_on(mock, store_url) as drainer:
            first = drainer.run(until_empty=True)
        assert (first.recorded, first.not_final, first.acks) == (0, 1, 1)
        assert pushed(store_url)[pid] == (None, None)  # the step on the way is not a pushed final status
        with create_client(api_key="mock-key", base_url=mock.base_url) as client:
            for _ in range(2):  # the process ends at its second read: the mock queues its final notification
                assert get_process.sync_detailed(int(pid), client=client).status_code == 200
        with drainer_on(mock, store_url) as drainer:
            second = drainer.run(until_empty=True)
        assert (second.recorded, second.acks) == (1, 1)
        assert pushed(store_url)[pid][0] == "COMPLETED"
        t = __import__("realtimeregister_process_client.tracker", fromlist=["Tracker"])
        with create_client(api_key="mock-key", base_url=mock.base_url) as client:
            tracker = t.Tracker(client=client, store=store_url, budget=False, push_sweep=60.0)
            try:
                tracker.run(until_idle=True, max_seconds=30)
                outcomes = tracker.outcomes()
            finally:
                tracker.close()
    assert [(o.id, o.lifecycle, o.status, o.source) for o in outcomes] == [(pid, "succeeded", "COMPLETED", "push")]
