"""The tracker joins push and polling (issue 23 item 3), on SQLite and PostgreSQL: pushed ids confirmed together by
one bulk read with `source = 'push'`; the read's answer wins over the push's; a pushed process still pending is
read again soon; duplicate and late pushes change nothing; `push_sweep` slows the reads of unpushed processes
(counted at the bol mock); push found stopped when pushes stop while processes keep finishing (log, `track status`)
and on again when pushes return; a bad sweep value is a clear error."""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from asyncstatus_core import cli_track
from asyncstatus_core.polling import PollPolicy
from asyncstatus_core.track_push import RECHECK_MAX
from asyncstatus_core.track_store import PUSH_GATHER, Finished, Rescheduled, open_store
from asyncstatus_core.tracker import TrackerEngine
from mocks.server import RunningMock, serve
from sdk.test_sdk_against_mocks import client_for
from tracking.support import FAST, create, tracker_module

SCOPE = "push-join-tests"
NEVER = 500  # reads before a per-read process finishes by itself: in a test, only /_mock/push/finish ends it


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as mock:
        yield mock


def requests(mock: RunningMock) -> int:
    with mock.admin() as admin:
        return int(admin.get("/stats").json()["requests"])


def finish(mock: RunningMock, ids: list[str]) -> None:
    """The processes end at the mock now (no push: deliveries are off)."""
    with mock.admin() as admin:
        assert admin.post("/push/finish", json={"ids": ids}).status_code == 200


@contextmanager
def tracking(mock: RunningMock, store_url: str, sweep: float | None, **policy: float) -> Iterator[Any]:
    t = tracker_module("bol")
    with client_for(mock) as client:
        chosen: Any = t.waiters.PollPolicy(**{**FAST, **policy})
        tracker = t.Tracker(client=client, store=store_url, policy=chosen, budget=False)
        tracker.engine.sweep_pushes(sweep)
        try:
            yield tracker
        finally:
            tracker.close()


def new_ids(mock: RunningMock, count: int, final: str = "SUCCESS") -> list[str]:
    return [str(p["process_status_id"]) for p in create(mock, final, NEVER, count=count)]


# --- the store --------------------------------------------------------------------------------------------------


def test_pushes_of_one_window_share_their_due_time_and_a_leased_row_is_confirmed_after_its_read(
    store_url: str,
) -> None:
    store = open_store(store_url)
    try:
        store.add(SCOPE, [(i, {}) for i in "abcd"], deadline_at=None)
        claimed = store.claim(SCOPE, "w", limit=10, lease=60)
        later = store.now() + 1000
        store.settle(SCOPE, "w", [], [Rescheduled(r.id, later, 1, 1, "PENDING") for r in claimed if r.id != "d"])
        asked = store.now()  # "d" stays leased: a read of it is in flight
        before = store.now()
        assert store.record_pushes(SCOPE, [("a", "SUCCESS"), ("b", "FAILURE"), ("d", "SUCCESS")]) == ["a", "b", "d"]
        assert store.record_pushes(SCOPE, [("a", "SUCCESS")]) == []  # a duplicate: nothing changes
        rows = {r.id: r for r in store.get(SCOPE, list("abcd"))}
        assert rows["a"].ready_at == rows["b"].ready_at <= before + PUSH_GATHER + 1
        assert rows["a"].pushed_status == "SUCCESS" and rows["b"].pushed_status == "FAILURE"
        assert rows["c"].ready_at == later and rows["c"].pushed_status is None
        assert rows["d"].ready_at > before + 30  # the lease is kept: its holder settles it
        store.settle(SCOPE, "w", [], [Rescheduled("d", later, 1, 1, "PENDING")])  # the read predates the end
        assert store.confirm_pushed_since(SCOPE, asked) == 1
        assert store.get(SCOPE, ["d"])[0].ready_at <= before + PUSH_GATHER + 1
        state = store.push_state(SCOPE)
        assert state is not None and state.pushes == 4 and state.stopped_at is None
        assert state.last_push_at is not None and state.last_push_at >= before
    finally:
        store.close()


def test_push_stopped_and_resumed_are_said_once(store_url: str) -> None:
    store = open_store(store_url)
    try:
        store.add(SCOPE, [("x", {})], deadline_at=None)
        store.settle(SCOPE, "w", [], [])
        assert store.push_state(SCOPE) is None
        store.expect_pushes(SCOPE)
        assert store.push_stopped(SCOPE) and not store.push_stopped(SCOPE)  # the second worker says nothing
        assert store.counts(SCOPE)["push"]["state"] == "stopped"
        assert not store.push_resumed(SCOPE)  # no push since
        store.record_pushes(SCOPE, [("zz", "SUCCESS")])  # any delivery shows push works again
        assert store.push_resumed(SCOPE) and not store.push_resumed(SCOPE)
        assert store.counts(SCOPE)["push"]["state"] == "on"
    finally:
        store.close()


# --- the tracker against the bol mock ---------------------------------------------------------------------------


def test_pushed_ids_are_confirmed_together_by_one_bulk_read_with_source_push(bol: RunningMock, store_url: str) -> None:
    ids = new_ids(bol, 40)
    with tracking(bol, store_url, sweep=60.0) as tracker:
        tracker.add(ids)
        tracker.run(max_seconds=1.5)  # the first read: all pending; then the sweep's tick, a minute away
        assert tracker.counts()["unfinished"] == 40
        pushed, disagreeing = ids[:24], ids[24]
        finish(bol, pushed)
        before = requests(bol)
        # The receiver's writes: one event each, one twice; one pushed FAILURE that the read says SUCCESS.
        store = tracker.store
        store.record_pushes("bol_process_status_client", [(i, "SUCCESS") for i in pushed[:-1]])
        store.record_pushes("bol_process_status_client", [(pushed[0], "SUCCESS"), (pushed[-1], "FAILURE")])
        tracker.run(max_seconds=PUSH_GATHER + 1.5)
        assert requests(bol) - before == 1  # the 24 pushed ids in one bulk request, without the tick
        outcomes = {o.id: o for o in tracker.outcomes()}
        assert sorted(outcomes) == sorted(pushed)
        assert {o.source for o in outcomes.values()} == {"push"} and {o.lifecycle for o in outcomes.values()} == {
            "succeeded"
        }
        assert outcomes[pushed[-1]].status == "SUCCESS"  # the read is the truth, not the pushed FAILURE
        assert outcomes[pushed[0]].to_json()["source"] == "push"  # `track outcomes --json` says it
        # Late and reordered deliveries of finished ones change nothing and cost no read.
        assert store.record_pushes("bol_process_status_client", [(pushed[3], "TIMEOUT"), (pushed[2], "SUCCESS")]) == []
        before = requests(bol)
        tracker.run(max_seconds=PUSH_GATHER + 0.5)
        assert requests(bol) == before and len(tracker.outcomes()) == 24
        assert disagreeing not in outcomes


def test_a_pushed_process_the_read_finds_pending_is_read_again_soon(bol: RunningMock, store_url: str) -> None:
    ids = new_ids(bol, 3)
    with tracking(bol, store_url, sweep=60.0, initial=0.3, maximum=RECHECK_MAX) as tracker:
        tracker.add(ids)
        tracker.run(max_seconds=1.5)
        tracker.store.record_pushes("bol_process_status_client", [(ids[0], "SUCCESS")])  # ahead of the provider
        before = requests(bol)
        tracker.run(max_seconds=PUSH_GATHER + 2.0)
        assert requests(bol) - before >= 2  # confirmed, pending, asked again soon (not at the minute's sweep)
        row = tracker.store.get("bol_process_status_client", [ids[0]])[0]
        assert row.finished_at is None and row.pushed_status == "SUCCESS"  # the push is kept
        finish(bol, [ids[0]])
        tracker.run(max_seconds=2.0)
        (outcome,) = tracker.outcomes()
        assert outcome.id == ids[0] and outcome.source == "push" and outcome.lifecycle == "succeeded"


def test_the_sweep_slows_the_reads_of_unpushed_processes(bol: RunningMock, store_url: str, tmp_path: Any) -> None:
    counted = {}
    for sweep, url in ((None, f"sqlite:///{tmp_path / 'plain.db'}"), (30.0, store_url)):
        ids = new_ids(bol, 10)
        with tracking(bol, url, sweep=sweep, initial=0.2, maximum=0.2) as tracker:
            tracker.add(ids)
            before = requests(bol)
            tracker.run(max_seconds=3.0)
            counted[sweep] = requests(bol) - before
    assert counted[None] >= 5  # polled every 0.2 s (a gather first)
    assert counted[30.0] == 1  # read once, then left to the sweep


def test_push_found_stopped_when_pushes_stop_while_processes_finish(
    bol: RunningMock, store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    ids = new_ids(bol, 90)
    scope = "bol_process_status_client"
    sweep = 2.0
    with tracking(bol, store_url, sweep=sweep, initial=0.2, maximum=0.4) as tracker:
        tracker.add(ids)
        tracker.run(max_seconds=1.0)
        finish(bol, ids[:30])
        tracker.store.record_pushes(scope, [(i, "SUCCESS") for i in ids[:30]])
        tracker.run(max_seconds=PUSH_GATHER + 0.5)
        assert len(tracker.outcomes()) == 30
        caplog.set_level(logging.INFO, logger="asyncstatus_core.tracker")
        finish(bol, ids[30:60])  # the subscription is disabled: these end unannounced
        before = requests(bol)
        tracker.run(max_seconds=sweep + 1.5)  # the sweep finds them, and the silence is long for the flow
        stops = [r for r in caplog.records if "push stopped" in r.getMessage()]
        assert len(stops) == 1 and stops[0].levelno == logging.WARNING
        assert {o.source for o in tracker.outcomes()[30:]} == {"poll"} and len(tracker.outcomes()) == 60
        status = status_of(store_url)
        assert "push: STOPPED since" in status["text"] and status["json"]["push"]["state"] == "stopped"
        tracker.run(max_seconds=1.5)  # the normal schedule: read every 0.2-0.4 s, not every 2 s
        assert requests(bol) - before >= 4
        tracker.store.record_pushes(scope, [(ids[60], "SUCCESS")])  # the subscription enabled again
        tracker.run(max_seconds=1.2)
        assert any("pushes arrive again" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)
        status = status_of(store_url)
        assert status["text"].count("push: on, last push") == 1 and status["json"]["push"]["state"] == "on"


def test_a_flow_with_dropped_pushes_that_ends_abruptly_is_not_a_stop(bol: RunningMock, store_url: str) -> None:
    """10% of the pushes dropped: the sweeps find those, and push stays on; when the flow of ends stops at once (as
    a disabled subscription's would), the silence brings one early sweep, which finds no unannounced end: no stop."""
    ids = new_ids(bol, 400)
    running = new_ids(bol, 50)  # still running when the flow stops
    scope = "bol_process_status_client"
    with tracking(bol, store_url, sweep=2.0) as tracker:
        tracker.add(ids + running)
        tracker.run(max_seconds=1.0)
        for start in range(0, 400, 40):
            batch = ids[start : start + 40]
            finish(bol, batch)
            tracker.store.record_pushes(scope, [(i, "SUCCESS") for i in batch[4:]])  # 4 in 40 dropped
            tracker.run(max_seconds=0.3)
        tracker.run(max_seconds=4.0)
        outcomes = tracker.outcomes()
        assert len(outcomes) == 400 and sum(o.source == "poll" for o in outcomes) == 40
        assert tracker.counts()["push"]["state"] == "on" and tracker.counts()["unfinished"] == 50


def status_of(store_url: str) -> dict[str, Any]:
    command = cli_track.TrackCommand(
        scope="bol_process_status_client",
        check_id=str,
        params=lambda a: {},
        tracker=lambda a, u: None,  # type: ignore[arg-type, return-value]
    )
    shown = {}
    for as_json in (False, True):
        out = io.StringIO()
        args = argparse.Namespace(store=store_url, track_command="status", json=as_json)
        assert cli_track.main(args, command, stdout=out) == 0
        shown["json" if as_json else "text"] = json.loads(out.getvalue()) if as_json else out.getvalue()
    return shown


# --- the knob ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf"), "soon", True])
def test_a_bad_push_sweep_is_a_clear_error(bad: Any, tmp_path: Any) -> None:
    t = tracker_module("bol")
    tracker = t.Tracker(client=object(), store=f"sqlite:///{tmp_path / 't.db'}", budget=False)
    with pytest.raises(ValueError, match="push_sweep must be a positive number of seconds"):
        TrackerEngine(
            dataclasses.replace(tracker.engine.provider),
            store=tracker.store,
            policy=PollPolicy(),
            budget_name=None,
            push_sweep=bad,
        )
    tracker.close()


@pytest.mark.parametrize("bad", ["0", "-1", "abc", "nan"])
def test_track_run_push_sweep_refuses_a_bad_value_naming_the_option(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from bol_process_status_client.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["track", "run", "--push-sweep", bad])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--push-sweep" in err and "not a positive number of seconds" in err and "Traceback" not in err


def test_finished_outcomes_of_pushed_rows_are_written_once(store_url: str) -> None:
    """The guard stands: a confirming read settled twice (a lease that lapsed) writes one outcome."""
    store = open_store(store_url)
    try:
        store.add(SCOPE, [("p", {})], deadline_at=None)
        store.record_pushes(SCOPE, [("p", "SUCCESS")])
        (row,) = store.claim(SCOPE, "w1", limit=1, lease=60)
        assert row.pushed_status == "SUCCESS"
        done = Finished("p", "succeeded", "SUCCESS", {"status": "SUCCESS"}, 1, source="push")
        assert store.settle(SCOPE, "w1", [done], []) == ["p"]
        assert store.settle(SCOPE, "w1", [done], []) == []
    finally:
        store.close()


def test_the_generated_tracker_takes_push_sweep(tmp_path: Any) -> None:
    """`Tracker(push_sweep=...)`: the package's own knob, given to its engine (no reaching into `engine`)."""
    t = tracker_module("bol")
    tracker = t.Tracker(client=object(), store=f"sqlite:///{tmp_path / 't.db'}", budget=False, push_sweep=45.0)
    try:
        assert tracker.engine.push.sweep == 45.0 and tracker.engine.push.alive
    finally:
        tracker.close()
    with pytest.raises(ValueError, match="push_sweep must be a positive number of seconds"):
        t.Tracker(client=object(), store=f"sqlite:///{tmp_path / 'u.db'}", budget=False, push_sweep=-1)


def test_asyncstatus_track_run_push_sweep_slows_only_the_providers_that_push(tmp_path: Any) -> None:
    """`asyncstatus track run --push-sweep` over several providers: bol and Realtime Register (they push) get the
    sweep; myKaarma (it pushes nothing) keeps its normal schedule instead of waiting for a sweep no push shortens."""
    import importlib

    from asyncstatus_core import cli_main
    from providers import PROVIDERS

    made: dict[str, Any] = {}
    commands = {}
    for key in ("bol", "realtimeregister", "mykaarma"):
        command = importlib.import_module(f"{PROVIDERS[key].package}.__main__").TRACK
        module = tracker_module(key)

        def build(args: argparse.Namespace, url: str, key: str = key, module: Any = module) -> Any:
            made[key] = module.Tracker(client=object(), store=url, budget=False)
            return made[key]

        commands[key] = dataclasses.replace(command, tracker=build)
    store = f"sqlite:///{tmp_path / 'track.db'}"
    err = io.StringIO()
    argv = ["track", "run", "--store", store, "--until-idle", "--quiet", "--push-sweep", "120"]
    argv += [arg for key in commands for arg in ("--provider", key)]
    assert cli_main.main(argv, commands=commands, stderr=err) == 0, err.getvalue()
    assert made["bol"].engine.push.sweep == 120.0
    assert made["realtimeregister"].engine.push.sweep == 120.0
    assert made["mykaarma"].engine.push.sweep is None
    assert "mykaarma_async_process_client push nothing" in err.getvalue()
