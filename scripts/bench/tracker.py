"""Durable tracking, measured (issue 15): the bol tracker against the bol mock in a process of its own.

1. One worker on SQLite: N processes, each final after 3 reads, the mock limited to L requests/s; total
   time against the minimum the limit and the policy allow, the share throttled, and the tracker's CPU per
   status read against `json.loads` of the same answers.
2. Three worker processes on PostgreSQL, the same work: their requests together against one worker's, throttled.
3. 100,000 tracked processes in SQLite: `add` time, store size, a worker's memory, claim time as the table grows.
4. Chaos: a worker killed with SIGKILL at a random point, 5 times in one run, then one left to finish.

`PYTHONPATH=scripts:tests python -m bench.tracker [--ids 10000] [--limit 10] [--big 100000] [--write-readme]`;
`make bench` runs it after scripts/bench/sdk.py. The table goes between `<!-- bench-tracker:start -->` /
`:end -->` in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import heapq
import json
import json as stdlib_json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from mocks.server import RunningMock
from providers import use_generated_clients
from specmodel import ROOT

from bench.report import Row, table, verdict
from bench.sdk import BENCH_PAGE, MEDIA, bol_mock, machine, sdk_client

use_generated_clients()

from bol_process_status_client import tracker as bol_tracker  # noqa: E402
from bol_process_status_client import waiters as bol_waiters  # noqa: E402

START, END = "<!-- bench-tracker:start -->", "<!-- bench-tracker:end -->"
STEPS = 3
POLICY: dict[str, Any] = {"initial": 1.0, "maximum": 30.0, "multiplier": 1.5, "jitter": 0.0}
sys.path.insert(0, str(ROOT / "tests"))


# --- the minimum --------------------------------------------------------------------------------------


def minimum_seconds(ids: int, limit: int, window: float = 1.0, *, steady: bool = True) -> float:
    """The least time N processes of STEPS reads take, 1000 ids a request, each process read again only
    after the policy's delay (no jitter), under `limit` requests per `window`: `steady`, as a steady rate
    (requests at least window/limit apart, the pace the SDK's budgets keep); else in the mock's fixed
    windows (bursts of `limit` at a window's start). A greedy schedule."""
    chunks = -(-ids // bol_waiters.BULK_LIMIT)
    delays = [POLICY["initial"] * POLICY["multiplier"] ** i for i in range(STEPS - 1)]
    ready = [(0.0, c, 0) for c in range(chunks)]
    heapq.heapify(ready)
    opened, used, last, end = -1e9, 0, -1e9, 0.0
    while ready:
        at, chunk, read = heapq.heappop(ready)
        if steady:
            at = max(at, last + window / limit)
        else:
            if at - opened >= window:
                opened, used = at, 0
            if used >= limit:
                at = max(at, opened + window)
                opened, used = at, 0
            used += 1
        last = at
        end = max(end, at)
        if read + 1 < STEPS:
            heapq.heappush(ready, (at + delays[read], chunk, read + 1))
    return end


# --- helpers ------------------------------------------------------------------------------------------


def create(running: RunningMock, count: int) -> list[str]:
    with running.admin() as admin:
        admin.post("/reset").raise_for_status()
        answer = admin.post("/processes", json={"final_status": "SUCCESS", "steps": STEPS, "count": count})
        answer.raise_for_status()
    return [str(p["process-status-id"]) for p in answer.json()["created"]]


def limit(running: RunningMock, per_second: int | None) -> None:
    with running.admin() as admin:
        admin.post("/ratelimit", json={"limit": per_second, "window": 1.0}).raise_for_status()


def stats(running: RunningMock) -> dict[str, int]:
    with running.admin() as admin:
        found: dict[str, int] = admin.get("/stats").json()
    return found


def bulk_answer(running: RunningMock, ids: list[str]) -> bytes:
    """One bulk answer of 1000 statuses, as the mock sends it (for the json.loads comparison)."""
    with sdk_client(running) as client:
        http = client.get_httpx_client()
        answer = http.post(
            "/process-status",
            json={"processStatusQueries": [{"processStatusId": i} for i in ids[:1000]]},
            headers={"Accept": MEDIA, "Content-Type": MEDIA},
        )
        answer.raise_for_status()
    return answer.content


def worker_command(running: RunningMock, store: str, *extra: str) -> list[str]:
    return [sys.executable, __file__, "--worker", running.origin, store, *extra]


def run_worker(origin: str, store: str, lease: float) -> dict[str, Any]:
    """`--worker`: one tracker worker until idle; its report as JSON on stdout."""
    from mocks import create_app

    mock, _ = create_app("bol")
    running = RunningMock(mock, origin)
    with sdk_client(running) as client:
        tracker = bol_tracker.Tracker(client=client, store=store, policy=bol_waiters.PollPolicy(**POLICY), lease=lease)
        cpu = time.process_time()  # the run only: not the imports, the spec the mock reads, the token
        report = tracker.run(until_idle=True)
        cpu = time.process_time() - cpu
        tracker.close()
    return {
        "requests": report.requests,
        "throttled": report.throttled,
        "outcomes": report.outcomes,
        "status_reads": report.status_reads,
        "seconds": report.seconds,
        "cpu": cpu,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def spawn(command: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("tests", "scripts"))}
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def finish(worker: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = worker.communicate(timeout=3600)
    if worker.returncode != 0:
        raise SystemExit(f"bench_tracker: a worker failed ({worker.returncode})")
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return report


# --- the measurements ---------------------------------------------------------------------------------


def bench_one_worker(running: RunningMock, ids: int, per_second: int, folder: Path) -> tuple[list[Row], int]:
    work = create(running, ids)
    content = bulk_answer(running, work)
    with running.admin() as admin:  # the bulk read above advanced the first 1000: start them over
        admin.post("/reset").raise_for_status()
    work = create(running, ids)
    store = f"sqlite:///{folder / 'one.db'}"
    with sdk_client(running) as client:
        bol_tracker.Tracker(client=client, store=store).add(work)
    limit(running, per_second)
    before = stats(running)
    report = finish(spawn(worker_command(running, store, "1.0")))
    after = stats(running)
    limit(running, None)
    requests = after["requests"] - before["requests"]
    throttled = after["throttled"] - before["throttled"]
    least = minimum_seconds(ids, per_second)
    bursts = minimum_seconds(ids, per_second, steady=False)
    reps = 50
    started = time.process_time()
    for _ in range(reps):
        stdlib_json.loads(content)
    loads_per_status = (time.process_time() - started) / reps / 1000
    cpu_per_read = report["cpu"] / max(1, report["status_reads"])
    ratio = report["seconds"] / least
    rows = [
        Row(
            f"{ids:,} bol processes (3 reads each), 1 worker, SQLite, mock at {per_second}/s: total time",
            f"{report['seconds']:.1f} s",
            f"minimum {least:.1f} s (steady {per_second}/s; {bursts:.1f} s in bursts)",
            f"{ratio:.2f}x",
            "<= 1.3x",
            verdict(ratio <= 1.3),
        ),
        Row(
            "  throttled (429) of its requests",
            f"{throttled} of {requests}",
            "-",
            f"{100 * throttled / max(1, requests):.1f}%",
            "<= 1%",
            verdict(throttled <= 0.01 * requests),
        ),
        Row(
            "  tracker CPU per status read (worker process: HTTP, parsing, store)",
            f"{cpu_per_read * 1e6:.1f} µs",
            f"json.loads {loads_per_status * 1e6:.2f} µs",
            f"{cpu_per_read / loads_per_status:.1f}x",
            "<= 50 µs",
            verdict(cpu_per_read <= 50e-6),
        ),
    ]
    return rows, requests


def bench_three_workers(running: RunningMock, ids: int, per_second: int, one_worker: int, url: str) -> list[Row]:
    work = create(running, ids)
    with sdk_client(running) as client:
        bol_tracker.Tracker(client=client, store=url).add(work)
    limit(running, per_second)
    before = stats(running)
    workers = [spawn(worker_command(running, url, "5.0")) for _ in range(3)]
    reports = [finish(w) for w in workers]
    after = stats(running)
    limit(running, None)
    requests = after["requests"] - before["requests"]
    throttled = after["throttled"] - before["throttled"]
    ratio = requests / max(1, one_worker)
    seconds = max(r["seconds"] for r in reports)
    return [
        Row(
            f"{ids:,} bol processes, 3 workers, PostgreSQL, mock at {per_second}/s: requests ({seconds:.1f} s)",
            f"{requests}",
            f"1 worker: {one_worker}",
            f"{ratio:.2f}x",
            "<= 1.1x",
            verdict(ratio <= 1.1),
        ),
        Row(
            "  throttled (429) of their requests",
            f"{throttled} of {requests}",
            "-",
            f"{100 * throttled / max(1, requests):.1f}%",
            "<= 1%",
            verdict(throttled <= 0.01 * requests),
        ),
    ]


def bench_big(count: int, folder: Path) -> list[Row]:
    from asyncstatus_core.track_store import open_store

    path = folder / "big.db"
    store = open_store(f"sqlite:///{path}")
    scope = "bench"
    steps = 10
    claims: list[tuple[int, float]] = []
    add_seconds = 0.0
    for n in range(steps):
        batch: list[tuple[str, dict[str, Any]]] = [(f"p{n}-{i}", {}) for i in range(count // steps)]
        started = time.perf_counter()
        store.add(scope, batch, deadline_at=None)
        add_seconds += time.perf_counter() - started
        # Claim time at this size: 1000 due rows leased and given back, median of 5.
        times = []
        for _ in range(5):
            started = time.perf_counter()
            rows = store.claim(scope, "bench", limit=1000, lease=60)
            times.append(time.perf_counter() - started)
            store.release(scope, "bench", [r.id for r in rows])
        claims.append(((n + 1) * (count // steps), sorted(times)[2]))
    store.close()
    size = sum(p.stat().st_size for p in folder.glob("big.db*"))
    worker = spawn([sys.executable, __file__, "--claim-worker", f"sqlite:///{path}"])
    rss = finish(worker)["maxrss_kib"]
    first, last = claims[0], claims[-1]
    growth = last[1] / first[1]
    return [
        Row(
            f"{count:,} tracked in SQLite: add (in batches of {count // steps:,})",
            f"{add_seconds:.1f} s",
            "-",
            f"{count / add_seconds:,.0f}/s",
            "-",
            "-",
        ),
        Row("  store size on disk", f"{size / 1e6:.1f} MB", "-", f"{size / count:.0f} B/process", "-", "-"),
        Row("  memory of a worker claiming from it (max RSS)", f"{rss / 1024:.0f} MiB", "-", "-", "-", "-"),
        Row(
            "  claim of 1000 due processes as the table grows",
            f"{last[1] * 1e3:.1f} ms at {last[0]:,}",
            f"{first[1] * 1e3:.1f} ms at {first[0]:,}",
            f"{growth:.2f}x for {last[0] // first[0]}x the rows",
            "flat (<= 2x)",
            verdict(growth <= 2.0),
        ),
    ]


def bench_chaos(running: RunningMock, ids: int, per_second: int, folder: Path, kills: int = 5) -> list[Row]:
    work = create(running, ids)
    store = f"sqlite:///{folder / 'chaos.db'}"
    with sdk_client(running) as client:
        bol_tracker.Tracker(client=client, store=store).add(work)
    limit(running, per_second)
    rng = random.Random(15)
    killed = 0
    for _ in range(kills):
        worker = spawn(worker_command(running, store, "2.0"))
        time.sleep(rng.uniform(0.6, 1.6))  # the interpreter starts in ~0.5 s, then anywhere in the work
        if worker.poll() is None:
            worker.send_signal(signal.SIGKILL)
            killed += 1
        worker.communicate()
    finish(spawn(worker_command(running, store, "2.0")))
    limit(running, None)
    from asyncstatus_core.track_store import open_store

    opened = open_store(store)
    outcomes = opened.outcomes(bol_tracker.SCOPE)
    opened.close()
    per_id = Counter(r.id for r in outcomes)
    lost = len(set(work) - set(per_id))
    twice = sum(1 for n in per_id.values() if n > 1)
    wrong = sum(1 for r in outcomes if r.lifecycle != "succeeded")
    return [
        Row(
            f"chaos: {killed} workers SIGKILLed at random ({ids:,} processes, mock at {per_second}/s)",
            f"{lost} lost, {twice} twice",
            f"{len(outcomes):,} outcomes",
            "-",
            "0 lost, 0 twice",
            verdict(lost == 0 and twice == 0 and wrong == 0 and killed == kills),
        )
    ]


def report(rows: list[Row], args: argparse.Namespace) -> str:
    today = datetime.date.today().isoformat()
    return (
        f"{table(rows)}\n\n"
        f"Measured {today} on {machine()}: `PYTHONPATH=scripts:tests python -m bench.tracker --ids {args.ids} "
        f"--limit {args.limit} "
        f"--big {args.big}`, one run; the bol mock in a process of its own, each worker a process of its own "
        "(PostgreSQL 15 on a throwaway local cluster)."
    )


def write_readme(text: str, path: Path = BENCH_PAGE) -> None:
    content = path.read_text()
    if START not in content or END not in content:
        raise SystemExit(f"{path}: the {START} / {END} markers are missing")
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", type=int, default=10_000, help="processes in the rate-limited runs (10,000)")
    parser.add_argument("--limit", type=int, default=10, help="the mock's requests per second (10)")
    parser.add_argument("--big", type=int, default=100_000, help="processes in the store-size run (100,000)")
    parser.add_argument("--write-readme", action="store_true", help="put the table into docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="scaled down: --ids 2000 --big 20000")
    parser.add_argument("--worker", nargs=3, metavar=("ORIGIN", "STORE", "LEASE"), help=argparse.SUPPRESS)
    parser.add_argument("--claim-worker", metavar="STORE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.ids, args.big = min(args.ids, 2000), min(args.big, 20_000)
    if args.worker:
        print(json.dumps(run_worker(args.worker[0], args.worker[1], float(args.worker[2]))))
        return 0
    if args.claim_worker:
        from asyncstatus_core.track_store import open_store

        store = open_store(args.claim_worker)
        for _ in range(20):
            store.release("bench", "w", [r.id for r in store.claim("bench", "w", limit=1000, lease=60)])
        store.close()
        print(json.dumps({"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
        return 0
    sys.path.insert(0, str(ROOT / "tests"))
    from tracking.pg_cluster import HOW_TO, bindir, cluster

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-tracker-") as tmp, bol_mock() as running:
        folder = Path(tmp)
        one, requests = bench_one_worker(running, args.ids, args.limit, folder)
        rows += one
        programs = bindir()
        if programs is None:
            print(f"bench_tracker: PostgreSQL run skipped: {HOW_TO}", file=sys.stderr)
        else:
            with cluster(programs) as url:
                rows += bench_three_workers(running, args.ids, args.limit, requests, url)
        rows += bench_big(args.big, folder)
        rows += bench_chaos(running, args.ids, args.limit, folder)
    text = report(rows, args)
    print(text)
    if args.write_readme:
        write_readme(text)
        print(f"\nwritten to {BENCH_PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
