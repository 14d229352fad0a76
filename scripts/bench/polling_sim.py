"""The polling bench (issue 22): a discrete-event simulator of when each policy reads a process's status, against
processes whose durations are drawn from a known distribution. Fast, deterministic (every draw comes from a
`random.Random` seeded by a string naming the run), and independent of the mocks and the tracker.

For each workload (lognormal median 60 s sigma 0.5, lognormal wide sigma 1.2, exponential mean 60 s, and a 50/50 mix
of two process types with medians 20 s and 180 s) and each policy (this project's PollPolicy, its learned
schedule, the peers' published defaults from `asyncstatus_core.schedule.PEERS`):
- single reads: requests per process, mean and p95 detection lag, and the cost knob x requests + lag against the
  Barlow-Hunter-Proschan optimum computed with the true distribution (the limit no policy can beat);
- bulk (bol: up to 1000 ids a request, every pending id read on one shared tick): 10,000 processes at once;
- a binding rate limit (2 requests/s, 1,000 single-read processes): throttled requests, and the learned schedule
  reading the most-likely-finished first against reading in due order.

The learned schedule first learns, per process type, from 200 processes read by the PollPolicy (their poll
brackets only, no provider timestamps), then runs on fresh processes. The learning reads are not counted.

`PYTHONPATH=scripts python -m bench.polling_sim [--processes 20000] [--knob 10] [--png build/bench/polling.png]`;
`make bench` runs it. `--write-readme` puts the table between `<!-- bench-polling:start -->` / `:end -->` in
docs/benchmarks.md when those markers are there (and says so when they are not).
"""

from __future__ import annotations

import argparse
import bisect
import functools
import heapq
import math
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from providers import use_generated_clients
from specmodel import ROOT

from bench.report import Row, table, verdict

use_generated_clients()  # asyncstatus_core from core/src, as the SDKs see it

from asyncstatus_core.schedule import (  # noqa: E402
    DEFAULT_LAG_PER_REQUEST,
    PEERS,
    Distribution,
    Exponential,
    LearnedSchedule,
    LogNormal,
    Observed,
    PeerSchedule,
    PendingGroup,
    expected_cost,
    learn,
    optimal_checks,
    tick_delay,
)

START, END = "<!-- bench-polling:start -->", "<!-- bench-polling:end -->"
README = ROOT / "docs" / "benchmarks.md"
PNG = ROOT / "build" / "bench" / "polling.png"
SEED = "asyncstatus-polling-bench"
LEARN_FROM = 200  # finished processes of a type the learned schedule sees before it is used
BULK = 1000  # ids in one bol bulk request
BULK_KNOB = 100.0  # a second learned tick: where one request is worth 100 s of lag (bol's quota is low)
RETRY_AFTER = 1.0  # seconds a throttled request waits before it is sent again (the mock's Retry-After)
DEFAULT_POLICY = PEERS[0]  # this project's PollPolicy
FIXED = ("botocore 15 s", "botocore 30 s", "Azure 30 s")  # the fixed-interval peers
LEARNED = "asyncstatus learned"
LEARNED_TICK = "asyncstatus learned tick"
OPTIMUM = "BHP optimum (true F)"
LIKELY = "learned, most likely finished first (of those due)"
LIKELY_ANY = "learned, most likely finished first (every slot)"
DUE = "learned, due order"
ORACLE = "oracle (knows when each finishes)"


@dataclass(frozen=True)
class Workload:
    name: str
    types: tuple[tuple[str, float, Distribution], ...]  # (process type, share, its durations)

    def draw(self, rng: random.Random) -> tuple[int, float]:
        """A process: the index of its type, its duration."""
        pick, acc = rng.random(), 0.0
        for i, (_, share, dist) in enumerate(self.types):
            acc += share
            if pick < acc or i == len(self.types) - 1:
                return i, dist.sample(rng)
        raise AssertionError("unreachable")


WORKLOADS: tuple[Workload, ...] = (
    Workload("lognormal", (("job", 1.0, LogNormal(60.0, 0.5)),)),
    Workload("lognormal wide", (("job", 1.0, LogNormal(60.0, 1.2)),)),
    Workload("exponential", (("job", 1.0, Exponential(60.0)),)),
    Workload("mix of two types", (("short", 0.5, LogNormal(20.0, 0.5)), ("long", 0.5, LogNormal(180.0, 0.5)))),
)


@dataclass(frozen=True)
class Result:
    policy: str
    workload: str
    processes: int
    requests: float  # per process, throttled ones included
    mean_lag: float
    p95_lag: float
    throttled: int
    knob: float
    optimum: float = math.nan  # the BHP optimum's cost on the same processes (single reads)

    @property
    def cost(self) -> float:
        return self.knob * self.requests + self.mean_lag

    @property
    def ratio(self) -> float:
        return self.cost / self.optimum

    def dominates(self, other: Result) -> bool:
        """Fewer requests and less mean lag at once."""
        return self.requests < other.requests and self.mean_lag < other.mean_lag


def _rng(*parts: object) -> random.Random:
    # A string seed is hashed with SHA-512 by `random.seed`: the same draws on every run and machine.
    return random.Random("/".join(str(p) for p in (SEED, *parts)))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)] if ordered else math.nan


# --- policies as read ages ----------------------------------------------------------------------------------

Reads = Callable[[int, random.Random], Iterator[float]]  # (process type, rng) -> the read ages of one process


def peer_reads(peer: PeerSchedule) -> Reads:
    return lambda _kind, rng: peer.ages(rng)


def schedule_reads(schedules: Sequence[LearnedSchedule]) -> Reads:
    def reads(kind: int, _rng: random.Random) -> Iterator[float]:
        schedule = schedules[kind]
        yield from schedule.checks
        age = schedule.checks[-1]
        while True:
            age = schedule.next_age(age)
            yield age

    return reads


def learning_history(workload: Workload, history: int = LEARN_FROM) -> list[list[Observed]]:
    """Per process type: `history` processes read by the PollPolicy until finished, as the poll brackets seen."""
    found = []
    for kind, _, dist in workload.types:
        rng = _rng("learn", workload.name, kind)
        seen = []
        for _ in range(history):
            duration, last = dist.sample(rng), 0.0
            for age in DEFAULT_POLICY.ages(rng):
                if age >= duration:
                    seen.append(Observed(last, age))
                    break
                last = age
        found.append(seen)
    return found


def tracker_reads(schedules: Sequence[LearnedSchedule]) -> Reads:
    """What the tracker reads on: a process's type is known only from an answer, so its first read is at the
    earliest first check of the types' schedules, and its own type's schedule goes on from there (one type: the
    schedule itself)."""
    first = min(s.checks[0] for s in schedules)

    def reads(kind: int, _rng: random.Random) -> Iterator[float]:
        schedule, age = schedules[kind], first
        while True:
            yield age
            age = schedule.next_age(age)

    return reads


# Cached: a schedule is a pure function of its arguments and takes about a second to compute (the sweep, the
# checks of the bench and of tests/polling run the same workloads at the same knob again).
@functools.cache
def learned_schedules(workload: Workload, knob: float, history: int = LEARN_FROM) -> tuple[LearnedSchedule, ...]:
    """Per process type: the schedule learned from `learning_history`."""
    found = []
    for (kind, _, _), seen in zip(workload.types, learning_history(workload, history), strict=True):
        fitted = learn(seen)
        if fitted is None:
            raise AssertionError(f"{workload.name}/{kind}: {history} processes are not enough to learn from")
        found.append(LearnedSchedule(fitted, knob))
    return tuple(found)


@functools.cache
def optimum_schedules(workload: Workload, knob: float) -> tuple[LearnedSchedule, ...]:
    return tuple(LearnedSchedule(dist, knob, optimal_checks(dist, knob)) for _, _, dist in workload.types)


# --- single reads, no limit --------------------------------------------------------------------------------


def durations(workload: Workload, processes: int) -> list[tuple[int, float]]:
    rng = _rng("durations", workload.name, processes)
    return [workload.draw(rng) for _ in range(processes)]


def run_single(
    name: str,
    reads: Reads,
    workload: Workload,
    processes: int,
    knob: float,
    draws: list[tuple[int, float]] | None = None,
) -> Result:
    """Each process read at its policy's ages until a read finds it finished (no rate limit); `draws`: the
    processes (the same for every policy: common random numbers make the comparison sharper)."""
    rng = _rng("jitter", workload.name, name)
    requests, lags = 0, []
    for kind, duration in draws if draws is not None else durations(workload, processes):
        for n, age in enumerate(reads(kind, rng), start=1):
            if age >= duration:
                requests += n
                lags.append(age - duration)
                break
    return Result(name, workload.name, processes, requests / processes, sum(lags) / processes, _p95(lags), 0, knob)


def single_results(workload: Workload, processes: int, knob: float) -> list[Result]:
    draws = durations(workload, processes)
    optimum = run_single(OPTIMUM, schedule_reads(optimum_schedules(workload, knob)), workload, processes, knob, draws)
    runs = [(peer.name, peer_reads(peer)) for peer in PEERS]
    runs.append((LEARNED, tracker_reads(learned_schedules(workload, knob))))
    results = [run_single(name, reads, workload, processes, knob, draws) for name, reads in runs]
    results.append(optimum)
    return [_with_optimum(r, optimum.cost) for r in results]


def _with_optimum(result: Result, optimum: float) -> Result:
    return Result(**{**result.__dict__, "optimum": optimum})


# --- bulk: one shared tick ---------------------------------------------------------------------------------


@dataclass
class _Bulk:
    """Processes all created at t = 0, read in bulk: each round reads every pending id, BULK ids a request."""

    finish: list[float]  # sorted
    requests: int = 0
    lags: list[float] = field(default_factory=list)
    found: int = 0  # finish[:found] are known finished

    def round(self, t: float) -> None:
        pending = len(self.finish) - self.found
        self.requests += math.ceil(pending / BULK)
        done = bisect.bisect_right(self.finish, t, lo=self.found)
        self.lags += [t - f for f in self.finish[self.found : done]]
        self.found = done

    @property
    def pending(self) -> int:
        return len(self.finish) - self.found


def run_bulk(name: str, next_tick: Callable[[float, float, int], float], dist: Distribution, processes: int) -> Result:
    """`next_tick(now, last_read, pending)`: when the next round is read."""
    rng = _rng("bulk", processes)
    bulk = _Bulk(sorted(dist.sample(rng) for _ in range(processes)))
    now = last = 0.0
    while bulk.pending:
        now = next_tick(now, last, bulk.pending)
        bulk.round(now)
        last = now
    return Result(name, "bulk", processes, bulk.requests / processes, sum(bulk.lags) / processes, _p95(bulk.lags), 0, 0)


def learned_rounds(
    draws: Sequence[tuple[int, float]], learned: Sequence[Distribution], knob: float, first: float
) -> Result:
    """Processes of several types, all created at t = 0, read in bulk rounds on the learned tick: the first round
    at `first` (the tracker gathers new ids for the policy's first delay), each next one `tick_delay` later, over
    one group a type of the processes still pending (what the tracker does with what it has learned)."""
    order = sorted(range(len(draws)), key=lambda i: draws[i][1])
    bulk = _Bulk([draws[i][1] for i in order])
    kinds = [draws[i][0] for i in order]
    now = first
    bulk.round(now)
    while bulk.pending:
        counts: dict[int, int] = {}
        for kind in kinds[bulk.found :]:
            counts[kind] = counts.get(kind, 0) + 1
        # Every pending process was found running by the round just read, at age `now`.
        groups = [PendingGroup(learned[kind], n, now, now) for kind, n in sorted(counts.items())]
        now += tick_delay(groups, knob, per_request=BULK)
        bulk.round(now)
    n = len(draws)
    return Result(LEARNED_TICK, "bulk", n, bulk.requests / n, sum(bulk.lags) / n, _p95(bulk.lags), 0, knob)


def bulk_results(dist: Distribution, learned: Distribution, processes: int, knob: float) -> list[Result]:
    jitter = _rng("bulk-jitter")
    delays = DEFAULT_POLICY.delays(jitter)
    first = [True]

    def poll_policy(now: float, _last: float, _pending: int) -> float:
        # wait_until_done_many: the first round at once, then the PollPolicy's delays between rounds
        if first[0]:
            first[0] = False
            return now
        return now + next(delays)

    def learned_tick(knob: float) -> Callable[[float, float, int], float]:
        def tick(now: float, last: float, pending: int) -> float:
            return now + tick_delay([PendingGroup(learned, pending, now, last)], knob, per_request=BULK)

        return tick

    return [
        run_bulk("fixed 15 s tick", lambda now, _l, _p: now + 15.0, dist, processes),
        run_bulk("fixed 30 s tick", lambda now, _l, _p: now + 30.0, dist, processes),
        run_bulk("PollPolicy rounds (wait_until_done_many)", poll_policy, dist, processes),
        run_bulk(f"learned tick, knob {knob:g} s", learned_tick(knob), dist, processes),
        run_bulk(f"learned tick, knob {BULK_KNOB:g} s", learned_tick(BULK_KNOB), dist, processes),
    ]


# --- under a rate limit ------------------------------------------------------------------------------------


@dataclass
class _Limit:
    """The server's limit: at most `rate` requests in any second; more are answered 429 (throttled)."""

    rate: float
    sent: list[float] = field(default_factory=list)

    def admit(self, t: float) -> bool:
        while self.sent and self.sent[0] <= t - 1.0:
            self.sent.pop(0)
        if len(self.sent) >= self.rate:
            return False
        self.sent.append(t)
        return True


def limited_durations(dist: Distribution, processes: int) -> list[float]:
    rng = _rng("limit", processes)
    return [dist.sample(rng) for _ in range(processes)]


def run_unpaced(name: str, reads: Reads, dist: Distribution, processes: int, rate: float) -> Result:
    """Every process on its own schedule, nobody pacing: a throttled read counts, and is sent again after
    RETRY_AFTER doubled for each throttle in a row (up to 30 s, full jitter: the usual SDK retry on 429); the
    schedule's next read is not taken until one gets through."""
    rng = _rng("limit-jitter", name)
    finish = limited_durations(dist, processes)
    ages = [reads(0, rng) for _ in range(processes)]
    queue = [(next(ages[i]), i) for i in range(processes)]
    heapq.heapify(queue)
    limit, requests, throttled, lags = _Limit(rate), 0, 0, []
    in_a_row = [0] * processes
    while queue:
        t, i = heapq.heappop(queue)
        requests += 1
        if not limit.admit(t):
            throttled += 1
            in_a_row[i] += 1
            backoff = min(30.0, RETRY_AFTER * 2 ** (in_a_row[i] - 1))
            heapq.heappush(queue, (t + RETRY_AFTER + rng.uniform(0.0, backoff), i))
            continue
        in_a_row[i] = 0
        if t >= finish[i]:
            lags.append(t - finish[i])
        else:
            heapq.heappush(queue, (max(t, next(ages[i])), i))
    return Result(name, "rate limit", processes, requests / processes, sum(lags) / processes, _p95(lags), throttled, 0)


def run_paced(
    name: str, schedule: LearnedSchedule, dist: Distribution, processes: int, rate: float, *, order: str
) -> Result:
    """The tracker's way: a client-side budget sends at most `rate` requests a second (never throttled); each
    slot reads one process. `order`: "due" reads the earliest due of those whose read is due; "likely" the
    most likely finished of those (the learned distribution's chance since its last read); "likely-any" the
    most likely finished of all pending, due or not, so that no slot of the budget goes unused."""
    finish = limited_durations(dist, processes)
    due = dict.fromkeys(range(processes), schedule.checks[0])
    model = schedule.distribution
    # the learned chance of having finished since the last read, (F(t) - F(last)) / S(last): F(last), S(last) kept
    seen = dict.fromkeys(range(processes), (0.0, 1.0))
    gap, t, requests, lags = 1.0 / rate, 0.0, 0, []
    while due:
        ready = list(due) if order == "likely-any" else [i for i, at in due.items() if at <= t]
        if not ready:
            t = max(t, min(due.values()))
            continue
        if order == "due":
            i = min(ready, key=lambda k: (due[k], k))
        else:
            now = model.cdf(t)
            i = max(ready, key=lambda k: ((now - seen[k][0]) / seen[k][1], -due[k], -k))
        requests += 1
        if t >= finish[i]:
            lags.append(t - finish[i])
            del due[i]
        else:
            seen[i] = (model.cdf(t), max(model.survival(t), 1e-300))
            due[i] = schedule.next_age(t)
        t += gap
    return Result(name, "rate limit", processes, requests / processes, sum(lags) / processes, _p95(lags), 0, 0)


def run_oracle(dist: Distribution, processes: int, rate: float) -> Result:
    """The bound: a reader that knows when each process finishes reads each once, in finishing order, as soon as
    both it has finished and the budget has a slot. No schedule can have less mean lag at this rate."""
    t, lags = -math.inf, []
    for finish in sorted(limited_durations(dist, processes)):
        t = max(finish, t + 1.0 / rate)
        lags.append(t - finish)
    return Result(ORACLE, "rate limit", processes, 1.0, sum(lags) / processes, _p95(lags), 0, 0)


def limit_results(dist: Distribution, learned: Distribution, processes: int, rate: float, knob: float) -> list[Result]:
    schedule = LearnedSchedule(learned, knob)
    poll = PeerSchedule("PollPolicy", 1.0, 30.0, 1.5)  # the default's delays, no jitter: paced like the tracker
    poll_plan = LearnedSchedule(learned, knob, tuple(_take(poll.ages(random.Random(0)), 400)))
    return [
        run_paced(LIKELY, schedule, dist, processes, rate, order="likely"),
        run_paced(LIKELY_ANY, schedule, dist, processes, rate, order="likely-any"),
        run_paced(DUE, schedule, dist, processes, rate, order="due"),
        run_paced("PollPolicy, paced, due order", poll_plan, dist, processes, rate, order="due"),
        run_oracle(dist, processes, rate),
        *(run_unpaced(p.name, peer_reads(p), dist, processes, rate) for p in PEERS if p.name in FIXED),
    ]


def _take(ages: Iterator[float], n: int) -> list[float]:
    return [next(ages) for _ in range(n)]


# --- the run -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bench:
    single: dict[str, list[Result]]
    bulk: list[Result]
    limit: list[Result]
    knob: float
    processes: int


def run(
    processes: int = 20_000,
    knob: float = DEFAULT_LAG_PER_REQUEST,
    bulk: int = 10_000,
    limited: int = 1_000,
    rate: float = 2.0,
) -> Bench:
    single = {w.name: single_results(w, processes, knob) for w in WORKLOADS}
    main = WORKLOADS[0]
    learned = learned_schedules(main, knob)[0].distribution
    true = main.types[0][2]
    return Bench(
        single=single,
        bulk=bulk_results(true, learned, bulk, knob),
        limit=limit_results(true, learned, limited, rate, knob),
        knob=knob,
        processes=processes,
    )


def by_name(results: Sequence[Result], name: str) -> Result:
    return next(r for r in results if r.policy == name)


def rows(bench: Bench) -> list[Row]:
    found: list[Row] = []
    for workload, results in bench.single.items():
        learned = by_name(results, LEARNED)
        for r in results:
            goal, ok = "-", None
            if r.policy == LEARNED:
                goal, ok = "cost <= 1.10x optimum", r.ratio <= 1.10
            elif r.policy != OPTIMUM:
                goal, ok = "does not dominate learned", not r.dominates(learned)
            found.append(
                Row(
                    f"{workload}: {r.policy}",
                    f"{r.requests:.2f} req, lag {r.mean_lag:.1f} s (p95 {r.p95_lag:.0f})",
                    f"optimum cost {r.optimum:.1f}",
                    f"{r.ratio:.2f}x",
                    goal,
                    "-" if ok is None else verdict(ok),
                )
            )
    tick15 = by_name(bench.bulk, "fixed 15 s tick")
    for r in bench.bulk:
        goal, ok = "-", None
        if r.policy.startswith("learned tick"):
            goal = "<= 0.02 req/process, lag <= fixed 15 s tick"
            ok = r.requests <= 0.02 and r.mean_lag <= tick15.mean_lag
        found.append(
            Row(
                f"bulk {r.processes:,}: {r.policy}",
                f"{r.requests:.4f} req, lag {r.mean_lag:.1f} s (p95 {r.p95_lag:.0f})",
                f"fixed 15 s tick: lag {tick15.mean_lag:.1f} s",
                f"{r.mean_lag / tick15.mean_lag:.2f}x lag",
                goal,
                "-" if ok is None else verdict(ok),
            )
        )
    due = by_name(bench.limit, DUE)
    for r in bench.limit:
        goal, ok = "-", None
        if r.policy in (LIKELY, LIKELY_ANY):
            goal = "<= 1% throttled, lag <= 0.8x due order"
            ok = r.throttled <= 0.01 * r.requests * r.processes and r.mean_lag <= 0.8 * due.mean_lag
        share = r.throttled / (r.requests * r.processes)
        found.append(
            Row(
                f"rate limit, {r.processes:,} processes: {r.policy}",
                f"{r.requests:.2f} req, lag {r.mean_lag:.1f} s, {share:.1%} throttled",
                f"due order: lag {due.mean_lag:.1f} s",
                f"{r.mean_lag / due.mean_lag:.2f}x lag",
                goal,
                "-" if ok is None else verdict(ok),
            )
        )
    return found


def report(bench: Bench) -> str:
    return (
        f"{table(rows(bench))}\n\n"
        f"Simulated (seeded, deterministic): {bench.processes:,} processes per workload and policy; cost = "
        f"{bench.knob:g} s x requests + lag (the knob: seconds of lag one request is worth), against the "
        f"Barlow-Hunter-Proschan optimum with the true distribution; the learned schedule first learns from "
        f"{LEARN_FROM} processes of each type read by the PollPolicy (poll brackets only)."
    )


SWEEP_KNOBS = (1.0, 2.0, 4.0, 10.0, 30.0, 100.0, 300.0)


def knob_sweep(bulk: int = 10_000, knobs: Sequence[float] = SWEEP_KNOBS) -> str:
    """What the knob does, on the lognormal workload (median 60 s, sigma 0.5): the learned schedule's expected
    requests and lag per process (computed with the true distribution), and the learned bulk tick's, simulated
    on `bulk` processes created at once. A Markdown table."""
    workload = WORKLOADS[0]
    true = workload.types[0][2]
    learned = learned_schedules(workload, DEFAULT_LAG_PER_REQUEST)[0].distribution
    lines = [
        f"| knob (s of lag a request is worth) | single reads: requests | lag (s) | bulk {bulk:,}: requests/process "
        "| lag (s) |",
        "|---|---|---|---|---|",
    ]
    for knob in knobs:
        cost = expected_cost(true, LearnedSchedule(learned, knob).checks, knob)

        def tick(now: float, last: float, pending: int, knob: float = knob) -> float:
            return now + tick_delay([PendingGroup(learned, pending, now, last)], knob, per_request=BULK)

        ticked = run_bulk("learned tick", tick, true, bulk)
        mark = " (default)" if knob == DEFAULT_LAG_PER_REQUEST else ""
        lines.append(
            f"| {knob:g}{mark} | {cost.requests:.2f} | {cost.lag:.1f} | {ticked.requests:.4f} | {ticked.mean_lag:.1f} |"
        )
    return "\n".join(lines)


FRONTIER_KNOBS = (1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 15.0, 20.0, 30.0, 50.0, 100.0)


def frontier(workload: Workload, knobs: Sequence[float] = FRONTIER_KNOBS) -> list[tuple[float, float, float]]:
    """(knob, mean lag, requests per process) of the BHP optimum with the true distribution, for each knob:
    the best any schedule can do (expected values, computed, not simulated)."""
    points = []
    for knob in knobs:
        costs = [(share, expected_cost(d, optimal_checks(d, knob), knob)) for _, share, d in workload.types]
        points.append(
            (knob, sum(s * c.lag for s, c in costs), sum(s * c.requests for s, c in costs)),
        )
    return points


def chart(bench: Bench, path: Path) -> Path:
    """Requests per process against mean lag, one point per policy, one panel per workload, and the optimum's
    curve over the knob (a PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import ScalarFormatter

    panels = list(bench.single.items())
    fig, grid = plt.subplots(2, 2, figsize=(12, 10), constrained_layout=True)
    names = [r.policy for r in panels[0][1]]
    markers = dict(zip(names, "osD^v<>ph*X", strict=False))
    workloads = {w.name: w for w in WORKLOADS}
    for ax, (name, results) in zip(grid.flat, panels, strict=True):
        curve = frontier(workloads[name], sorted({*FRONTIER_KNOBS, bench.knob}))
        ax.plot(
            [p[1] for p in curve], [p[2] for p in curve], color="0.6", lw=1, zorder=1, label="optimum over the knob"
        )
        for knob, lag, requests in curve:
            if knob in (1.0, bench.knob, 10.0, 30.0, 100.0):
                ax.annotate(
                    f"{knob:g} s",
                    (lag, requests),
                    fontsize="x-small",
                    color="0.4",
                    xytext=(3, 3),
                    textcoords="offset points",
                )
        for r in results:
            special = r.policy in (LEARNED, OPTIMUM)
            ax.scatter(
                r.mean_lag,
                r.requests,
                marker=markers.get(r.policy, "o"),
                s=110 if special else 55,
                label=r.policy,
                color="crimson" if r.policy == LEARNED else "black" if r.policy == OPTIMUM else None,
                zorder=3 if special else 2,
            )
        ax.set_xscale("log")
        ax.set_yscale("log")
        for axis in (ax.xaxis, ax.yaxis):
            axis.set_major_formatter(ScalarFormatter())
            axis.set_minor_formatter(ScalarFormatter())
        ax.tick_params(which="minor", labelsize="x-small")
        ax.set_title(name)
        ax.set_xlabel("mean detection lag (s)")
        ax.set_ylabel("requests per process")
        ax.grid(True, which="both", alpha=0.3)
    handles, labels = grid.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=4, fontsize="small")
    fig.suptitle(
        f"Polling policies, simulated ({bench.processes:,} processes each; "
        f"learned at {bench.knob:g} s of lag per request)"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def write_readme(text: str, path: Path = README) -> bool:
    content = path.read_text()
    if START not in content or END not in content:
        return False
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=20_000, help="processes per workload and policy (20,000)")
    parser.add_argument("--knob", type=float, default=DEFAULT_LAG_PER_REQUEST, help="seconds of lag a request is worth")
    parser.add_argument("--png", type=Path, default=PNG, help=f"the chart ({PNG.relative_to(ROOT)})")
    parser.add_argument("--write-readme", action="store_true", help="put the table into README.md (if it has markers)")
    parser.add_argument("--quick", action="store_true", help="2,000 processes, bulk 2,000, no chart")
    args = parser.parse_args(argv)
    if args.processes < 1 or not args.knob > 0:
        parser.error("--processes must be at least 1 and --knob positive (seconds of lag one request is worth)")
    bench = run(args.processes, args.knob) if not args.quick else run(2_000, args.knob, bulk=2_000, limited=300)
    text = report(bench)
    if not args.quick:
        text += f"\n\nThe knob:\n\n{knob_sweep()}"
    print(text)
    if not args.quick:
        print(f"\nchart: {chart(bench, args.png)}")
    if args.write_readme:
        where = README.relative_to(ROOT)
        print(f"\nwritten to {where}" if write_readme(text) else f"\n{where} has no {START} markers: not written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
