"""The polling bench's end-to-end layer (issue 22): the real tracker (a generated package's `tracker.Tracker`, on
`asyncstatus_core`'s engine and a SQLite store) against the time-true mock of its provider, run in a process of
its own with a sped-up clock (`--speed`: a minute of process time takes 60/speed seconds), on the simulator's
workloads (bench/polling_sim.py), under a rate limit. Its figures are set beside the simulator's for the same
policy on the same durations: the simulator is trusted only where this checks it.

Two arms, the tracker on the learned schedule (its store given the simulator's learning history, 200 processes
of each type read by the PollPolicy, so that it learns what the simulator's learned policy learned):
- Realtime Register, one GET a process: processes arrive one a second of process time (the mock draws nothing:
  each is created with the duration the simulator drew for it), each read on the tracker's own schedule. The
  simulator's figure: `run_single` of the learned schedule on the same durations.
- bol, bulk (up to 1000 ids a request): every process created at once (the simulator's bulk setting), durations
  drawn by the mock from the workload's distribution with a seed. The simulator's figure: rounds of one request
  for every pending id on the learned tick (`learned_rounds`), on the durations the mock drew.
While it runs the tracker goes on learning (its history grows, the running processes count), as it would.

Time is scaled on the client side too: the tracker's policy runs with its seconds divided by the speed (a
schedule's distribution and knob likewise), and the rate limit, given in requests per second of process time, is
set on the mock in wall seconds. Lag is the tracker's outcome time (its store's `finished_at`) less the process's
true finish (`GET /_mock/processes/{id}`'s `finishes_at`), in process seconds.

The speed has a ceiling: the tracker's own time per request (an HTTP round trip and a SQLite transaction, a few
milliseconds) is multiplied by it in process time, and once the tracker cannot keep the reads of the pending
processes on time its reads drift late and the figures part from the simulator's (Realtime Register, lognormal:
0.80-0.85x requests and lag at speed 20, 1.00x / 0.98x at speed 5). Hence speed 10 by default for the single-GET
arm, and 4 for the bulk arm: on the learned tick its lags are 1-3 process seconds, and a round's own ~40 ms (a
request for up to 200 ids, their writes) is 0.4 s of process time at speed 10 (bol, exponential: 1.53x the
simulator's lag at speed 10, 1.10x at speed 4, requests 0.94x and 0.96x).

`PYTHONPATH=scripts python -m bench.polling_e2e [--processes 200] [--speed S] [--rate 20] [--arm realtimeregister]`
`make bench` runs it with `POLLING_E2E_ARGS`. `run_arm(..., learned=False)` leaves the store empty and the knob
unscaled (bench/push_queue.py's polling arm): the tracker then reads on PollPolicy's backoff until it has learned.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from providers import PROVIDERS, use_generated_clients
from specmodel import ROOT

from bench import polling_sim as sim
from bench.report import Row, table, verdict

use_generated_clients()

from asyncstatus_core.polling import PollPolicy  # noqa: E402
from asyncstatus_core.schedule import (  # noqa: E402
    DEFAULT_LAG_PER_REQUEST,
    Distribution,
    Exponential,
    Fixed,
    LearnedSchedule,
    LogNormal,
    Uniform,
    Weibull,
)
from asyncstatus_core.track_store import Duration  # noqa: E402

ARMS = ("realtimeregister", "bol")
# The provider's process type for each of a workload's types (the mix has two).
TYPE_NAMES = {"bol": ("CREATE_SHIPMENT", "CREATE_OFFER_EXPORT"), "realtimeregister": ("domain", "contact")}
SUCCESS = {"bol": "SUCCESS", "realtimeregister": "COMPLETED"}
ARRIVAL = 1.0  # process seconds between two arrivals on the single-GET arm
AGREE = 0.10  # the bar: within 10% on requests per process and on mean lag
SPEED = {"realtimeregister": 10.0, "bol": 4.0}  # each arm's clock (the module's docstring says why)


def _speeds() -> str:
    return ", ".join(f"{arm} {speed:g}" for arm, speed in SPEED.items())


def scaled(dist: Distribution, factor: float) -> Distribution:
    """`dist` with its time axis multiplied by `factor` (the tracker's clock at speed S: factor 1/S)."""
    if isinstance(dist, LogNormal):
        return LogNormal(dist.median * factor, dist.sigma)
    if isinstance(dist, Exponential):
        return Exponential(dist.mean * factor)
    if isinstance(dist, Uniform):
        return Uniform(dist.low * factor, dist.high * factor)
    if isinstance(dist, Fixed):
        return Fixed(dist.seconds * factor)
    if isinstance(dist, Weibull):
        return Weibull(dist.scale * factor, dist.shape)
    raise ValueError(f"cannot scale a {type(dist).__name__} distribution")


def scaled_policy(speed: float, schedule: LearnedSchedule | None = None, base: PollPolicy | None = None) -> PollPolicy:
    """The policy the tracker runs at `speed`: `base` (PollPolicy's defaults) with its seconds divided by the
    speed, and `schedule` (in process seconds) likewise."""
    base = base or PollPolicy()
    fast = None
    if schedule is not None:
        fast = LearnedSchedule(scaled(schedule.distribution, 1 / speed), schedule.lag_per_request / speed)
    return dataclasses.replace(base, initial=base.initial / speed, maximum=base.maximum / speed, schedule=fast)


# --- the mock in a process of its own -----------------------------------------------------------------------


@dataclass
class MockProcess:
    key: str
    origin: str
    env: dict[str, str]
    proc: subprocess.Popen[str]

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.origin + "/_mock", timeout=30)


@contextmanager
def mock_process(key: str, speed: float) -> Iterator[MockProcess]:
    """`python -m mocks KEY --port 0 --speed S`: its origin and the SDK's environment from its start lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    env.pop("MOCK_DURATION", None)
    command = [sys.executable, "-m", "mocks", key, "--port", "0", "--speed", repr(speed)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 60
        while not any(line.startswith("export ") for line in lines):
            line = proc.stdout.readline()
            if not line or time.monotonic() > deadline:
                raise RuntimeError(f"the {key} mock did not start: {lines}")
            lines.append(line.strip())
        origin = lines[0].split(" on ", 1)[1].split()[0]
        origin = origin[: origin.index("/", len("http://"))] if "/" in origin[len("http://") :] else origin
        exported = next(line for line in lines if line.startswith("export "))
        pairs = dict(item.split("=", 1) for item in shlex.split(exported[len("export ") :]))
        yield MockProcess(key, origin, pairs, proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- one run ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class E2EResult:
    arm: str
    workload: str
    processes: int
    requests: float  # per process, throttled included
    mean_lag: float  # process seconds
    p95_lag: float
    throttled: int
    outcomes: int
    draws: tuple[tuple[int, float], ...]  # (type index, duration) of each process, as the mock ran it
    lags: tuple[float, ...]  # of each process (nan: no outcome), in the order of `draws`
    reads: tuple[int, ...]  # the mock's count of each process's reads (a bulk request reads each id in it)
    wall: float

    @property
    def ids_per_request(self) -> float:
        """Status reads per request: 1 for single GETs, up to 1000 for a bulk request holding every pending id."""
        return sum(self.reads) / max(1e-9, self.requests * self.processes)

    @property
    def reads_per_process(self) -> float:
        return sum(self.reads) / max(1, self.processes)


def _client(key: str, env: dict[str, str]) -> Any:
    os.environ.update(env)
    package = __import__(PROVIDERS[key].package, fromlist=["create_client_from_env", "tracker"])
    return package


def run_arm(
    key: str,
    workload: sim.Workload,
    processes: int,
    speed: float,
    rate: float,
    *,
    schedule: LearnedSchedule | None = None,
    learned: bool = False,
    budget: bool = False,
    jitter: float | None = None,
    seed: str = sim.SEED,
    timeout: float = 900.0,
) -> E2EResult:
    """The tracker of `key`'s package against its mock at `speed` on `processes` of `workload`, the mock limited
    to `rate` requests per second of process time; `schedule` (process seconds) goes to the tracker's policy.
    `learned`: the tracker starts with the simulator's learning history in its store (`sim.learning_history`,
    its seconds divided by the speed) and its knob at the simulator's divided by the speed, so that it reads on
    the schedule the simulator's learned policy reads on; without it, the tracker learns from what it sees.
    `budget`: the tracker's shared request budget on (its rules are in wall seconds, unscaled: it starts at 10
    requests a second, which at speed 20 is half a request a process second); off by default, the mock's rate
    limit and its `Retry-After` then being the only pace, as in the simulator. `jitter`: the policy's (None: its
    default, 0.2)."""
    together = key == "bol"
    names = TYPE_NAMES[key]
    with mock_process(key, speed) as mock, mock.admin() as admin, tempfile.TemporaryDirectory() as folder:
        admin.post("/reset").raise_for_status()
        admin.post("/ratelimit", json={"limit": max(1, round(rate * speed)), "window": 1.0}).raise_for_status()
        package = _client(key, mock.env)
        store = f"sqlite:///{Path(folder) / 'track.db'}"
        seen = [0]

        def count(_outcome: Any) -> None:
            seen[0] += 1
            if seen[0] >= processes:
                tracker.stop()

        client = package.create_client_from_env()
        policy = scaled_policy(speed, schedule, PollPolicy() if jitter is None else PollPolicy(jitter=jitter))
        knob = {"lag_per_request": DEFAULT_LAG_PER_REQUEST / speed} if learned else {}
        tracker = package.tracker.Tracker(
            client=client, store=store, policy=policy, on_outcome=count, budget=budget, **knob
        )
        if learned:
            history = sim.learning_history(workload)
            tracker.engine.store.record(
                tracker.engine.provider.scope,
                [Duration(names[k], o.low / speed, o.high / speed) for k, seen in enumerate(history) for o in seen],
            )
        ids: list[str] = []
        param = "process-status-id" if key == "bol" else "processId"
        before = admin.get("/stats").json()
        started = time.monotonic()
        if together:  # bulk: all at once, the mock drawing the durations (seeded)
            for i, (kind, share, dist) in enumerate(workload.types):
                share_of = max(1, round(processes * share)) if i < len(workload.types) - 1 else processes - len(ids)
                body = {
                    "final_status": SUCCESS[key],
                    "count": share_of,
                    "type": names[i],
                    "seed": f"{seed}/{workload.name}/{kind}",
                    "duration": _as_json(dist),
                }
                answer = admin.post("/processes", json=body)
                answer.raise_for_status()
                ids += [str(p[param]) for p in answer.json()["created"]]
            tracker.add(ids, timeout=None)
            feeder = None
        else:  # single GETs: one arrival a second of process time, each with the duration the simulator drew
            draws = sim.durations(workload, processes)
            feeder = threading.Thread(
                target=_feed, args=(mock, store, package, draws, names, speed, ids), name="feeder", daemon=True
            )
            feeder.start()
        # The engine's run, for its idle wait: a worker with nothing due sleeps up to `idle_wait` (1 s) before it
        # looks for newly added processes again, which is 20 process seconds at speed 20; scaled like the policy.
        tracker.engine.run(max_seconds=timeout, idle_wait=1.0 / speed)
        if feeder is not None:
            feeder.join(timeout=5)
        wall = time.monotonic() - started
        after = admin.get("/stats").json()
        outcomes = {o.id: o for o in tracker.engine.outcomes()}
        truth = [admin.get(f"/processes/{pid}").json() for pid in ids]
        tracker.engine.store.close()
    kinds = {name: i for i, name in enumerate(names)}
    each = [
        (outcomes[t["id"]].finished_at - t["finishes_at"]) * speed if t["id"] in outcomes else math.nan for t in truth
    ]
    lags = [lag for lag in each if not math.isnan(lag)]
    requests = after["requests"] - before["requests"]
    return E2EResult(
        arm=key,
        workload=workload.name,
        processes=len(ids),
        requests=requests / max(1, len(ids)),
        mean_lag=sum(lags) / max(1, len(lags)),
        p95_lag=sim._p95(lags),
        throttled=after["throttled"] - before["throttled"],
        outcomes=len(lags),
        draws=tuple((kinds.get(t["type"], 0), float(t["duration"])) for t in truth),
        lags=tuple(each),
        reads=tuple(int(t["reads"]) for t in truth),
        wall=wall,
    )


def _as_json(dist: Distribution) -> dict[str, Any]:
    """A distribution as the admin API takes it: `{"distribution": name, option: value...}`."""
    fields = {f.name: getattr(dist, f.name) for f in dataclasses.fields(dist) if f.init}  # type: ignore[arg-type]
    return {"distribution": dist.name, **fields}


def _feed(
    mock: MockProcess,
    store: str,
    package: Any,
    draws: Sequence[tuple[int, float]],
    names: Sequence[str],
    speed: float,
    ids: list[str],
) -> None:
    """Create each process at its arrival (one a second of process time) with its drawn duration, and track it."""
    key = mock.key
    param = "process-status-id" if key == "bol" else "processId"
    adder = package.tracker.Tracker(client=package.create_client_from_env(), store=store, budget=False)
    start = time.monotonic()
    with mock.admin() as admin:
        for i, (kind, duration) in enumerate(draws):
            time.sleep(max(0.0, start + i * ARRIVAL / speed - time.monotonic()))
            body = {"final_status": SUCCESS[key], "duration": duration, "type": names[kind]}
            answer = admin.post("/processes", json=body)
            answer.raise_for_status()
            pid = str(answer.json()["params"][param])
            adder.add([pid], timeout=None)
            ids.append(pid)
    adder.engine.store.close()


# --- against the simulator ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Compared:
    e2e: E2EResult
    sim_same: sim.Result  # the simulator on the durations the mock ran
    sim_published: sim.Result  # the simulator's own run (its draws, 20,000 processes by default)

    def ratio(self, what: str) -> float:
        mine, theirs = getattr(self.e2e, what), getattr(self.sim_same, what)
        return mine / theirs if theirs else math.inf

    @property
    def agrees(self) -> bool:
        return all(abs(self.ratio(what) - 1.0) <= AGREE for what in ("requests", "mean_lag"))


def simulated(
    arm: str, workload: sim.Workload, draws: Sequence[tuple[int, float]], *, learned: bool = True
) -> sim.Result:
    """The simulator's figure on `draws` for what the tracker runs: the schedule learned from the simulator's
    learning history at its default knob (`learned`; one read a process on the schedule, or bulk rounds of every
    pending id on the learned tick), else PollPolicy's defaults (single reads on its backoff, or the rounds of
    `wait_until_done_many`)."""
    policy = sim.DEFAULT_POLICY
    knob = DEFAULT_LAG_PER_REQUEST
    if learned:
        schedules = sim.learned_schedules(workload, knob)
        if arm != "bol":
            return sim.run_single(sim.LEARNED, sim.tracker_reads(schedules), workload, len(draws), knob, list(draws))
        return sim.learned_rounds(draws, [s.distribution for s in schedules], knob, first=policy.initial)
    if arm != "bol":
        return sim.run_single(policy.name, sim.peer_reads(policy), workload, len(draws), 0.0, list(draws))
    bulk = sim._Bulk(sorted(d for _, d in draws))
    delays = policy.delays(sim._rng("e2e-bulk", workload.name))
    now = 0.0
    bulk.round(now)
    while bulk.pending:
        now += next(delays)
        bulk.round(now)
    n = len(draws)
    return sim.Result(
        "PollPolicy rounds", workload.name, n, bulk.requests / n, sum(bulk.lags) / n, sim._p95(bulk.lags), 0, 0.0
    )


def compare(
    arm: str,
    workload: sim.Workload,
    processes: int,
    speed: float,
    rate: float,
    published: int = 20_000,
    *,
    budget: bool = False,
    jitter: float | None = None,
) -> Compared:
    e2e = run_arm(arm, workload, processes, speed, rate, learned=True, budget=budget, jitter=jitter)
    same = simulated(arm, workload, e2e.draws)
    if arm == "bol":
        rng = sim._rng("e2e-published", workload.name)
        theirs = simulated(arm, workload, [workload.draw(rng) for _ in range(published)])
    else:
        theirs = simulated(arm, workload, sim.durations(workload, published))
    return Compared(e2e, same, theirs)


def rows(found: Sequence[Compared]) -> list[Row]:
    out = []
    for c in found:
        e, s, p = c.e2e, c.sim_same, c.sim_published
        out.append(
            Row(
                f"{e.arm} ({'bulk' if e.arm == 'bol' else 'single GET'}), {e.workload}, {e.processes} processes",
                f"tracker: {e.requests:.2f} req ({e.reads_per_process:.1f} reads, {e.ids_per_request:.1f} a request), "
                f"lag {e.mean_lag:.1f} s (p95 {e.p95_lag:.0f}), {e.throttled} throttled",
                f"simulator, same durations: {s.requests:.2f} req, lag {s.mean_lag:.1f} s; "
                f"{p.processes:,} of its own: {p.requests:.2f} req, lag {p.mean_lag:.1f} s",
                f"{c.ratio('requests'):.2f}x req, {c.ratio('mean_lag'):.2f}x lag",
                "within 10% on both",
                verdict(c.agrees),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=200, help="processes per workload and arm (200)")
    parser.add_argument(
        "--speed", type=float, default=None, help="process seconds per wall second (each arm's own: " + _speeds() + ")"
    )
    parser.add_argument("--rate", type=float, default=20.0, help="the mock's limit, requests per process second (20)")
    parser.add_argument("--arm", choices=ARMS, action="append", help="one arm (repeatable; default both)")
    parser.add_argument("--workload", choices=[w.name for w in sim.WORKLOADS], action="append")
    parser.add_argument("--budget", action="store_true", help="the tracker's shared request budget on (unscaled)")
    parser.add_argument("--jitter", type=float, default=None, help="the policy's jitter (default PollPolicy's, 0.2)")
    args = parser.parse_args(argv)
    if args.processes < 2 or (args.speed is not None and not args.speed > 0) or not args.rate > 0:
        parser.error("--processes must be at least 2, --speed and --rate positive")
    workloads = [w for w in sim.WORKLOADS if not args.workload or w.name in args.workload]
    found = []
    for arm in args.arm or ARMS:
        for workload in workloads:
            speed = args.speed or SPEED[arm]
            c = compare(arm, workload, args.processes, speed, args.rate, budget=args.budget, jitter=args.jitter)
            print(
                f"{arm} / {workload.name}: {c.e2e.outcomes}/{c.e2e.processes} outcomes in {c.e2e.wall:.1f} s wall",
                file=sys.stderr,
                flush=True,
            )
            found.append(c)
    print(table(rows(found)))
    speeds = f"{args.speed:g}" if args.speed else _speeds()
    jitter = "" if args.jitter is None else f"; jitter {args.jitter:g}"
    print(
        f"\nThe tracker (learned schedules from the simulator's learning history, knob {DEFAULT_LAG_PER_REQUEST:g} s; "
        "PollPolicy's defaults until then and for retries; its seconds and idle wait divided by the speed; "
        f"its request budget {'on, unscaled' if args.budget else 'off'}{jitter}) against the time-true mock at "
        f"speed {speeds}, the mock limited to {args.rate:g} requests per process second; lag in process seconds "
        "from the mock's true finish to the tracker's outcome."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
