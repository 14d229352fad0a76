"""The push bench (issue 23, "Measured" for bol): the real tracker joined with bol's pushes, against the bol mock.

Three runs on the same processes (the mock draws their durations from a seeded distribution):
- push: the mock (a process of its own, sped up: `--speed`) pushes each finished process's signed event to the
  generated package's receiver (`python -m bol_process_status_client receive`: core's `push.Receiver` under
  uvicorn, the signing key read from the mock's signature-keys endpoint), dropping `--drop` of the deliveries and
  sending `--duplicate` of them twice; the tracker (the package's `Tracker`, with `push_sweep`) confirms each pushed
  one with a bulk read and finds the dropped ones on its sweep;
- poll: the same processes and tracker without push, for comparison;
- disabled: push on, and the subscription disabled (as bol does after failed deliveries) when half of the processes
  have finished: how long until the tracker finds push stopped, and whether `track status` says so.

Figures: status-endpoint requests per process (the tracker's own count), the mean lag of the pushed ones after the
process really finished (the mock's `GET /_mock/processes/{id}`: its finish time, on the mock's clock in Unix
seconds, like the store's outcome time), how long each dropped one took to be found against one sweep interval,
and whether every process has exactly one outcome with the mock's final status. The processes finish `--spread`
seconds of wall time apart at most (durations uniform over it, in the mock's sped-up process time); the tracker's
own times (sweep, confirm window, policy) are wall seconds.

`PYTHONPATH=scripts:tests python -m bench.push [--processes 10000] [--sweep 15] [--spread 60]`; `make bench` runs it
with `PUSH_BENCH_ARGS`.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from providers import PROVIDERS, use_generated_clients

from bench.polling_e2e import MockProcess, mock_process
from bench.report import Row, table, verdict

use_generated_clients()

GOAL_REQUESTS = 0.01  # status-endpoint requests per process, with push (the target)
GOAL_LAG = 2.0  # mean seconds from the end of a pushed process to its outcome
FAILED_SHARE = 10  # one process in this many ends in FAILURE (the rest SUCCESS)


@dataclass
class PushRun:
    """One run's figures."""

    name: str
    processes: int
    requests: int  # the tracker's status-endpoint requests
    outcomes: int
    correct: int  # outcomes with the mock's final status, one per process
    pushed_lags: list[float] = field(default_factory=list)  # seconds, outcomes confirmed after a push
    found_lags: list[float] = field(default_factory=list)  # seconds, finished unannounced and found by a read
    stop_after: float | None = None  # the disabled run: seconds from the disable to push found stopped
    status_line: str = ""  # the disabled run: `track status`'s push line at the end
    deliveries: int = 0  # the mock's delivery attempts
    wall: float = 0.0

    @property
    def per_process(self) -> float:
        return self.requests / max(1, self.processes)

    @property
    def mean_lag(self) -> float:
        return sum(self.pushed_lags) / len(self.pushed_lags) if self.pushed_lags else float("nan")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def receiver(mock: MockProcess, store: str) -> Iterator[str]:
    """`python -m bol_process_status_client receive` on a free port, on `store`; its URL once it answers."""
    port = _free_port()
    env = {**os.environ, **mock.env, "PYTHONPATH": PROVIDERS["bol"].pythonpath}
    command = [sys.executable, "-m", PROVIDERS["bol"].package, "receive", "--port", str(port), "--store", store]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url, timeout=2).status_code == 405:  # up: it serves POST only
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the receiver did not start")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _package(mock: MockProcess) -> Any:
    os.environ.update(mock.env)
    return __import__(PROVIDERS["bol"].package, fromlist=["create_client_from_env", "tracker", "subscriptions"])


def _subscribe(package: Any, url: str) -> str:
    """A webhook subscription for `url` through the SDK (waited for as bol's process); its id."""
    import asyncio

    async def subscribe() -> str:
        client = package.create_client_from_env()
        await package.subscriptions.create(client, url, timeout=60)
        listed = await package.subscriptions.list_all(client)
        return str(next(s.id for s in listed if s.url == url))

    return asyncio.run(subscribe())


def _create(admin: httpx.Client, count: int, speed: float, spread: float, seed: int) -> dict[str, str]:
    """`count` processes finishing within `spread` wall seconds (uniform; process time at `speed`): id -> final."""
    finals: dict[str, str] = {}
    failed = count // FAILED_SHARE
    for final, share, salt in (("SUCCESS", count - failed, 0), ("FAILURE", failed, 1)):
        if not share:
            continue
        body = {
            "final_status": final,
            "count": share,
            "seed": seed + salt,
            "duration": f"uniform:low={speed * 1.0:g},high={speed * spread:g}",
        }
        answer = admin.post("/processes", json=body)
        answer.raise_for_status()
        finals.update({str(p["process-status-id"]): final for p in answer.json()["created"]})
    return finals


def run(
    name: str,
    processes: int,
    *,
    speed: float,
    spread: float,
    sweep: float | None,
    drop: float,
    duplicate: float,
    disable_at: float | None = None,
    seed: int = 23,
    timeout: float = 900.0,
) -> PushRun:
    """One run (module docstring): `sweep` None is the run without push; `disable_at` a share of the processes
    finished after which the subscription is disabled."""
    with (
        mock_process("bol", speed) as mock,
        mock.admin() as admin,
        tempfile.TemporaryDirectory() as folder,
    ):
        store = f"sqlite:///{Path(folder) / 'track.db'}"
        package = _package(mock)
        tracker = package.tracker.Tracker(client=package.create_client_from_env(), store=store, push_sweep=sweep)
        with receiver(mock, store) if sweep is not None else _nothing() as url:
            sid = None
            if url is not None:
                sid = _subscribe(package, url)
                faults = {"deliver": True, "drop_rate": drop, "duplicate_rate": duplicate, "seed": seed}
                admin.post("/push", json=faults).raise_for_status()
            finals = _create(admin, processes, speed, spread, seed)
            tracker.add(list(finals), timeout=None)
            started = time.monotonic()
            reports: list[Any] = []
            worker = threading.Thread(
                target=lambda: reports.append(tracker.run(until_idle=True, max_seconds=timeout)), daemon=True
            )
            worker.start()
            disabled_at: float | None = None
            stop_after: float | None = None
            while worker.is_alive():
                worker.join(timeout=0.2)
                if disable_at is not None and disabled_at is None and sid is not None:
                    done = tracker.engine.store.counts(tracker.engine.provider.scope)
                    if done["finished"] + done["acknowledged"] >= disable_at * processes:
                        admin.post("/push/disable", json={"subscription": sid}).raise_for_status()
                        disabled_at = tracker.engine.store.now()
                if disabled_at is not None and stop_after is None:
                    state = tracker.engine.store.push_state(tracker.engine.provider.scope)
                    if state is not None and state.stopped_at is not None:
                        stop_after = state.stopped_at - disabled_at
            wall = time.monotonic() - started
            deliveries = len(admin.get("/push/deliveries").json()) if url is not None else 0
        rows = tracker.engine.store.outcomes(tracker.engine.provider.scope)
        truth = {pid: admin.get(f"/processes/{pid}").json() for pid in finals}
        status_line = _status_line(store, tracker.engine.provider.scope) if disable_at is not None else ""
        tracker.close()
    result = PushRun(name, processes, reports[0].requests if reports else -1, len(rows), 0, wall=wall)
    result.stop_after, result.status_line, result.deliveries = stop_after, status_line, deliveries
    seen: set[str] = set()
    for row in rows:
        fact = truth.get(row.id)
        if fact is None or row.id in seen:
            continue
        seen.add(row.id)
        result.correct += row.status == finals[row.id] == fact["final_status"]
        lag = (row.finished_at or 0.0) - float(fact["finished_at"] or fact["finishes_at"])
        (result.pushed_lags if row.source == "push" else result.found_lags).append(lag)
    return result


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _status_line(store: str, scope: str) -> str:
    """`track status`'s push line, as the CLI prints it."""
    from asyncstatus_core import cli_track

    out = io.StringIO()
    command = cli_track.TrackCommand(scope, str, lambda a: {}, lambda a, u: None)  # type: ignore[arg-type, return-value]
    cli_track.main(argparse.Namespace(store=store, track_command="status", json=False), command, stdout=out)
    return next((line for line in out.getvalue().splitlines() if line.startswith("push:")), "(no push line)")


def rows(push: PushRun, poll: PushRun, disabled: PushRun | None, sweep: float) -> list[Row]:
    """The figures as docs/benchmarks.md's table rows."""
    worst = max(push.found_lags, default=0.0)
    out = [
        Row(
            f"bol push, {push.processes:,} processes, {push.deliveries:,} deliveries: status requests / process",
            f"{push.per_process:.4f} ({push.requests} requests)",
            f"no push: {poll.per_process:.4f} ({poll.requests})",
            f"{push.per_process / max(1e-9, poll.per_process):.2f}x",
            f"<= {GOAL_REQUESTS}",
            verdict(push.per_process <= GOAL_REQUESTS),
        ),
        Row(
            f"bol push: mean lag of the {len(push.pushed_lags):,} pushed ones",
            f"{push.mean_lag:.2f} s",
            f"no push: {sum(poll.found_lags) / max(1, len(poll.found_lags)):.2f} s",
            "-",
            f"<= {GOAL_LAG:g} s",
            verdict(push.mean_lag <= GOAL_LAG),
        ),
        Row(
            f"bol push: the {len(push.found_lags):,} not pushed, found by the sweep",
            f"worst {worst:.1f} s, mean {sum(push.found_lags) / max(1, len(push.found_lags)):.1f} s",
            f"one sweep: {sweep:g} s",
            f"{worst / sweep:.2f}x",
            "within one sweep",
            verdict(worst <= sweep),
        ),
    ]
    for r in (push, poll, *([disabled] if disabled else [])):
        out.append(
            Row(
                f"bol {r.name}: one correct outcome per process",
                f"{r.correct:,} of {r.processes:,} ({r.outcomes:,} outcomes)",
                "-",
                "-",
                "all",
                verdict(r.correct == r.processes == r.outcomes),
            )
        )
    if disabled is not None:
        after = disabled.stop_after
        out.append(
            Row(
                "bol push disabled half-way: found stopped after",
                "never" if after is None else f"{after:.1f} s; status: {disabled.status_line!r}",
                f"one sweep: {sweep:g} s",
                "-" if after is None else f"{after / sweep:.2f}x",
                "within one sweep, status says stopped",
                verdict(after is not None and after <= sweep and "STOPPED" in disabled.status_line),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=10_000, help="bol processes a run (10000)")
    parser.add_argument("--speed", type=float, default=60.0, help="the mock's process seconds per wall second (60)")
    parser.add_argument("--spread", type=float, default=60.0, help="wall seconds over which they finish (60)")
    parser.add_argument("--sweep", type=float, default=30.0, help="the tracker's push sweep, seconds (30)")
    parser.add_argument("--drop", type=float, default=0.10, help="share of deliveries the mock drops (0.10)")
    parser.add_argument("--duplicate", type=float, default=0.05, help="share delivered twice (0.05)")
    parser.add_argument("--skip-disabled", action="store_true", help="leave out the run with push disabled")
    args = parser.parse_args(argv)
    if args.processes < 10 or not args.speed > 0 or not args.spread > 0 or not args.sweep > 0:
        parser.error("--processes must be at least 10; --speed, --spread and --sweep positive")
    common = {"speed": args.speed, "spread": args.spread, "drop": args.drop, "duplicate": args.duplicate}
    found = []
    for name, sweep, disable in (("push", args.sweep, None), ("poll", None, None), ("disabled", args.sweep, 0.5)):
        if name == "disabled" and args.skip_disabled:
            continue
        result = run(name, args.processes, sweep=sweep, disable_at=disable, **common)
        print(f"{name}: {result.outcomes}/{result.processes} outcomes in {result.wall:.1f} s", file=sys.stderr)
        found.append(result)
    push, poll = found[0], found[1]
    print(table(rows(push, poll, found[2] if len(found) > 2 else None, args.sweep)))
    print(
        f"\nbol mock at speed {args.speed:g}, {args.processes:,} processes finishing within {args.spread:g} s "
        f"(1 in {FAILED_SHARE} FAILURE), {args.drop:.0%} of deliveries dropped and {args.duplicate:.0%} sent twice; "
        f"the tracker (PollPolicy's defaults, push sweep {args.sweep:g} s) and the receiver on one SQLite store; "
        "lags in seconds from the mock's finish time to the store's outcome time."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
