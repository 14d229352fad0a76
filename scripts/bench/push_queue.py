"""Realtime Register, processes through the notification queue (issue 23): requests per process when a worker drains
the queue (poll, list, acknowledge) beside the tracker with push on (its confirming reads and its sweep), against the
tracker polling every process, on the same workload, both against the time-true mock in a process of its own with a
sped-up clock.

The workload is the polling bench's (bench/polling_sim.py, lognormal by default): processes arrive one a second of
process time, each with the duration the simulator drew for it, the same draws for both arms.

- Polling: the tracker alone (`bench.polling_e2e.run_arm`, PollPolicy's defaults scaled by the speed).
- Queue: the package's `push.create_drainer` (its interval and idle wait scaled by the speed) drains the mock's
  queue into the tracker's store, and the package's `Tracker` with `push_sweep` (scaled) runs beside it: each pushed
  status is confirmed by one read, the processes nobody announced are read by the sweep. The mock finishes each
  process at its time on its own and queues its notification then. Every request the mock counts is the figure:
  polls, lists and acknowledgements, confirming reads and sweep reads. The confirming read's gather (2 s,
  `track_store.PUSH_GATHER`) is scaled by the speed as the policy is, through the drainer's store.

Lag: process seconds from the mock's true finish to the tracker's outcome, in both arms.

`PYTHONPATH=scripts:tests python -m bench.push_queue [--processes 1000] [--speed 10] [--interval 15] [--sweep 300]`;
`make bench` runs it with `PUSH_QUEUE_ARGS` (`--skip` leaves it out).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from providers import use_generated_clients

from bench import polling_e2e as e2e
from bench import polling_sim as sim
from bench.report import Row, table, verdict

KEY = "realtimeregister"
CUSTOMER = "johndoe"  # the spec's example customer; the mock keeps one queue whatever the name
use_generated_clients()  # the generated packages and the core, from the source tree

from asyncstatus_core.track_store import PUSH_GATHER  # noqa: E402

GOAL = 2.2  # the bar: requests per process through the queue (poll + ack + confirm)


@dataclass(frozen=True)
class QueueResult:
    processes: int
    outcomes: int
    pushed: int  # outcomes with source "push" (confirmed pushes); the others found by the sweep
    requests: float  # per process: everything the mock counted
    drain_requests: float  # per process: poll, list and ack requests
    reads: float  # per process: the tracker's reads (confirming and sweep)
    polls: int
    empty_reads: int
    lists: int
    acks: int
    mean_lag: float
    p95_lag: float
    throttled: int
    wall: float


class _Gathered:
    """The drainer's store, its pushes' confirming reads gathered over `gather` wall seconds (the 2 s scaled)."""

    def __init__(self, store: Any, gather: float) -> None:
        self.store, self.gather = store, gather

    def record_pushes(self, scope: str, pushes: Sequence[tuple[str, str]]) -> list[str]:
        changed: list[str] = self.store.record_pushes(scope, pushes, gather=self.gather)
        return changed

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def run_queue_arm(
    workload: sim.Workload,
    processes: int,
    speed: float,
    rate: float,
    interval: float,
    sweep: float = 300.0,
    timeout: float = 900.0,
) -> QueueResult:
    draws = sim.durations(workload, processes)
    names = e2e.TYPE_NAMES[KEY]
    with e2e.mock_process(KEY, speed) as mock, mock.admin() as admin, tempfile.TemporaryDirectory() as folder:
        admin.post("/reset").raise_for_status()
        admin.post("/ratelimit", json={"limit": max(1, round(rate * speed)), "window": 1.0}).raise_for_status()
        package = e2e._client(KEY, mock.env)
        push = __import__(f"{package.__name__}.push", fromlist=["create_drainer"])
        store = f"sqlite:///{Path(folder) / 'track.db'}"
        drainer = push.create_drainer(
            client=package.create_client_from_env(),
            customer=CUSTOMER,
            store=store,
            budget=False,
            interval=interval / speed,
            idle_max=60.0 / speed,
        )
        drainer.run(until_empty=True)  # what the mock queued before the workload (its fixtures): not counted
        drainer.report = type(drainer.report)()
        drainer.store = _Gathered(drainer.store, PUSH_GATHER / speed)
        seen = [0]
        ids: list[str] = []

        def count(_outcome: Any) -> None:
            seen[0] += 1
            if seen[0] >= processes:
                tracker.stop()

        tracker = package.tracker.Tracker(
            client=package.create_client_from_env(),
            store=store,
            policy=e2e.scaled_policy(speed),
            budget=False,
            on_outcome=count,
            push_sweep=sweep / speed,
        )
        before = admin.get("/stats").json()
        started = time.monotonic()
        feeder = threading.Thread(
            target=e2e._feed, args=(mock, store, package, draws, names, speed, ids), name="feeder", daemon=True
        )
        draining = threading.Thread(target=drainer.run, name="drain", daemon=True)
        feeder.start()
        draining.start()
        report = tracker.engine.run(max_seconds=timeout, idle_wait=1.0 / speed)
        drainer.stop()
        feeder.join(5)
        draining.join(30)
        wall = time.monotonic() - started
        after = admin.get("/stats").json()
        outcomes = {o.id: o for o in tracker.engine.outcomes()}
        truth = {pid: admin.get(f"/processes/{pid}").json() for pid in ids}
        drainer.store.close()
        tracker.close()
    lags = [(outcomes[pid].finished_at - t["finished_at"]) * speed for pid, t in truth.items() if pid in outcomes]
    drained = drainer.report
    total = max(1, len(ids))
    return QueueResult(
        processes=len(ids),
        outcomes=len(outcomes),
        pushed=sum(1 for o in outcomes.values() if o.source == "push"),
        requests=(after["requests"] - before["requests"]) / total,
        drain_requests=drained.requests / total,
        reads=report.requests / total,
        polls=drained.polls,
        empty_reads=drained.empty_reads,
        lists=drained.lists,
        acks=drained.acks,
        mean_lag=sum(lags) / max(1, len(lags)),
        p95_lag=sim._p95(lags),
        throttled=after["throttled"] - before["throttled"],
        wall=wall,
    )


def rows(polling: e2e.E2EResult, queue: QueueResult) -> list[Row]:
    ratio = queue.requests / polling.requests if polling.requests else math.inf
    return [
        Row(
            f"requests per process, queue (poll+list+ack {queue.drain_requests:.3f}, reads {queue.reads:.3f})",
            f"{queue.requests:.3f}",
            f"{polling.requests:.3f} (tracker polling)",
            f"{ratio:.2f}x",
            f"<= {GOAL}",
            verdict(queue.requests <= GOAL and queue.outcomes == queue.processes),
        ),
        Row(
            "mean lag to the outcome, process s",
            f"{queue.mean_lag:.1f}",
            f"{polling.mean_lag:.1f}",
            f"{queue.mean_lag / polling.mean_lag:.2f}x" if polling.mean_lag else "-",
            "-",
            "-",
        ),
        Row("p95 lag, process s", f"{queue.p95_lag:.1f}", f"{polling.p95_lag:.1f}", "-", "-", "-"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=1000, help="processes per arm (1000)")
    parser.add_argument("--speed", type=float, default=10.0, help="process seconds per wall second (10)")
    parser.add_argument("--rate", type=float, default=20.0, help="the mock's limit, requests per process second (20)")
    parser.add_argument("--interval", type=float, default=15.0, help="the drainer's interval, process seconds (15)")
    parser.add_argument("--sweep", type=float, default=300.0, help="the tracker's push sweep, process seconds (300)")
    parser.add_argument("--workload", choices=[w.name for w in sim.WORKLOADS], default="lognormal")
    parser.add_argument("--skip-polling", action="store_true", help="the queue arm only")
    args = parser.parse_args(argv)
    if args.processes < 2 or not all(v > 0 for v in (args.speed, args.rate, args.interval, args.sweep)):
        parser.error("--processes must be at least 2, --speed, --rate, --interval and --sweep positive")
    workload = next(w for w in sim.WORKLOADS if w.name == args.workload)
    queue = run_queue_arm(workload, args.processes, args.speed, args.rate, args.interval, args.sweep)
    print(
        f"queue: {queue.outcomes}/{queue.processes} outcomes ({queue.pushed} confirmed pushes) in {queue.wall:.1f} s "
        f"wall; {queue.polls} polls "
        f"({queue.empty_reads} empty), {queue.lists} lists, {queue.acks} acks, {queue.throttled} throttled",
        file=sys.stderr,
        flush=True,
    )
    if args.skip_polling:
        print(f"requests per process through the queue: {queue.requests:.3f} (goal <= {GOAL})")
        return 0
    polling = e2e.run_arm(KEY, workload, args.processes, args.speed, args.rate)
    print(
        f"polling: {polling.outcomes}/{polling.processes} outcomes in {polling.wall:.1f} s wall",
        file=sys.stderr,
        flush=True,
    )
    print(table(rows(polling, queue)))
    print(
        f"\nRealtime Register, {args.processes} processes of the {workload.name} workload arriving one a process "
        f"second, against the time-true mock at speed {args.speed:g}, limited to {args.rate:g} requests per process "
        f"second; the drainer reads every {args.interval:g} process seconds while notifications come, beside the "
        f"tracker with a {args.sweep:g} process-second push sweep (its confirming and sweep reads). Requests are "
        "the mock's count; lags run from the mock's finish to the tracker's outcome."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
