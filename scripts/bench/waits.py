"""Many waits under one rate limit (issue 9, section 2): the figures `make bench` prints and the tests in
tests/budget/ assert.

- Realtime Register: `waits` concurrent `async_wait_until_done` on one client, against the mock limited to
  `limit` requests per second (`POST /_mock/ratelimit`), processes that finish on their third read. Goals:
  every wait SUCCEEDED, at most 1% of the requests throttled (429 from the limiter), and the run no longer
  than total requests / limit per second + 20%.
- bol: `async_wait_until_done_many` under the same limit, in chunks small enough that every round needs
  more requests than the limit allows in a second, two waits at once: no 429 at all (bol sends
  `X-RateLimit-*` on every answer, which the shared budget obeys).

The mock runs in this process (a uvicorn thread, as in the tests), with its own event loop.
`PYTHONPATH=scripts:tests python -m bench.waits [--waits N] [--limit L]` prints the table."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from codegen.sdkfacts import snake_case
from mocks.server import RunningMock, serve
from providers import PROVIDERS, use_generated_clients
from targets import mock_credentials

from bench.report import Row, table, verdict

use_generated_clients()

WAITS = 500  # concurrent Realtime Register waits
LIMIT = 20  # requests per window
WINDOW = 1.0  # seconds
STEPS = 3  # processes finish on their third read
BOL_IDS = 600  # ids in bol's many-wait runs
BOL_CHUNK = 10  # ids a bulk request: 60 requests a round, three times the limit
BOL_WAITS = 2  # bol many-waits at once on one client
THROTTLED_GOAL = 0.01
SLOWER_GOAL = 0.20


@dataclass(frozen=True)
class RunResult:
    waits: int
    succeeded: int
    requests: int  # API requests the mock counted (throttled ones included)
    throttled: int  # 429s answered by the mock's rate limit
    seconds: float
    limit: int
    window: float

    @property
    def throttled_share(self) -> float:
        return self.throttled / self.requests if self.requests else 0.0

    @property
    def minimum(self) -> float:
        """The seconds the rate limit implies for this many requests."""
        return self.requests / (self.limit / self.window)

    @property
    def slower(self) -> float:
        """How much longer than the limit-implied minimum the run took (0.2 = +20%)."""
        return self.seconds / self.minimum - 1.0


def _package(key: str) -> ModuleType:
    return importlib.import_module(PROVIDERS[key].package)


def client_for(running: RunningMock) -> Any:
    key = running.mock.key
    creds = mock_credentials(key, running.mock.creds)
    extra = {"token_url": running.origin + "/token"} if "client_id" in creds else {}
    return _package(key).create_client(base_url=running.base_url, **creds, **extra)


def create(running: RunningMock, final: str, count: int, steps: int = STEPS) -> list[dict[str, Any]]:
    with running.admin() as admin:
        admin.post("/reset").raise_for_status()
        made = []
        for _ in range(count):
            answer = admin.post("/processes", json={"final_status": final, "steps": steps})
            answer.raise_for_status()
            made.append({snake_case(name): value for name, value in answer.json()["params"].items()})
    return made


def _limit(running: RunningMock, limit: int | None, window: float) -> None:
    with running.admin() as admin:
        admin.post("/ratelimit", json={"limit": limit, "window": window}).raise_for_status()


def _stats(running: RunningMock) -> dict[str, int]:
    with running.admin() as admin:
        stats: dict[str, int] = admin.get("/stats").json()
    return stats


@dataclass(frozen=True)
class _Measured:
    results: list[Any]
    seconds: float
    requests: int
    throttled: int


def _under_limit(
    running: RunningMock, limit: int, window: float, waits: Callable[[Any], list[Awaitable[Any]]]
) -> _Measured:
    """Run the waits `waits(client)` makes, concurrently on one client, with the mock limited to `limit`
    requests per `window` seconds; the mock's request and 429 counts over the run."""
    _limit(running, limit, window)
    try:
        before = _stats(running)

        async def go() -> list[Any]:
            async with client_for(running) as client:
                return await asyncio.gather(*waits(client), return_exceptions=True)

        started = time.perf_counter()
        results = asyncio.run(go())
        seconds = time.perf_counter() - started
        after = _stats(running)
    finally:
        _limit(running, None, window)
    return _Measured(results, seconds, after["requests"] - before["requests"], after["throttled"] - before["throttled"])


def run_realtimeregister(
    running: RunningMock,
    *,
    waits: int = WAITS,
    limit: int = LIMIT,
    window: float = WINDOW,
    timeout: float = 600,
    shared: bool = True,
) -> RunResult:
    """`waits` concurrent `async_wait_until_done` on one client under the mock's rate limit; `shared=False`
    runs them without the shared budget (each waiter backing off alone, as before issue 9)."""
    w = importlib.import_module(f"{PROVIDERS['realtimeregister'].package}.waiters")
    policy = None if shared else w.PollPolicy(budget=False)
    jobs = create(running, "COMPLETED", waits)
    run = _under_limit(
        running,
        limit,
        window,
        lambda client: [w.async_wait_until_done(client=client, **job, timeout=timeout, policy=policy) for job in jobs],
    )
    succeeded = sum(
        1 for r in run.results if not isinstance(r, BaseException) and w.lifecycle(r) is w.Lifecycle.SUCCEEDED
    )
    return RunResult(
        waits=waits,
        succeeded=succeeded,
        requests=run.requests,
        throttled=run.throttled,
        seconds=run.seconds,
        limit=limit,
        window=window,
    )


def run_bol_many(
    running: RunningMock,
    *,
    ids: int = BOL_IDS,
    chunk_size: int = BOL_CHUNK,
    waits: int = BOL_WAITS,
    limit: int = LIMIT,
    window: float = WINDOW,
    timeout: float = 600,
) -> RunResult:
    """`waits` concurrent `async_wait_until_done_many` (`ids` ids split between them) on one client."""
    w = importlib.import_module(f"{PROVIDERS['bol'].package}.waiters")
    made = [job["process_status_id"] for job in create(running, "SUCCESS", ids)]
    groups = [made[i::waits] for i in range(waits)]
    run = _under_limit(
        running,
        limit,
        window,
        lambda client: [
            w.async_wait_until_done_many(
                client=client, process_status_ids=group, timeout=timeout, chunk_size=chunk_size
            )
            for group in groups
        ],
    )
    succeeded = sum(
        sum(1 for m in r.values() if str(m.status) == "SUCCESS") for r in run.results if isinstance(r, dict)
    )
    return RunResult(
        waits=ids,
        succeeded=succeeded,
        requests=run.requests,
        throttled=run.throttled,
        seconds=run.seconds,
        limit=limit,
        window=window,
    )


def rows(rr: list[RunResult], bol: list[RunResult]) -> list[Row]:
    """The table rows of `reps` runs each (medians; the worst run decides a goal)."""
    first = rr[0]
    label = f"{first.waits} RR waits at {first.limit}/{first.window:g}s"
    succeeded = min(r.succeeded for r in rr)
    share = max(r.throttled_share for r in rr)
    slower = max(r.slower for r in rr)
    seconds = statistics.median(r.seconds for r in rr)
    minimum = statistics.median(r.minimum for r in rr)
    bol_429 = max(r.throttled for r in bol)
    b = bol[0]
    runs = f" (worst of {len(rr)})" if len(rr) > 1 else ""
    return [
        Row(
            f"{label}: SUCCEEDED", f"{succeeded}", f"{first.waits} waits", "-", "all", verdict(succeeded == first.waits)
        ),
        Row(
            f"{label}: throttled{runs}",
            f"{max(r.throttled for r in rr)} of {statistics.median(r.requests for r in rr):g} requests",
            "429s from the limiter",
            f"{share:.2%}",
            f"<= {THROTTLED_GOAL:.0%}",
            verdict(share <= THROTTLED_GOAL),
        ),
        Row(
            f"{label}: seconds{runs}",
            f"{seconds:.1f} s",
            f"{minimum:.1f} s (requests / limit)",
            f"{1 + slower:.2f}",
            f"<= {1 + SLOWER_GOAL:.2f}",
            verdict(slower <= SLOWER_GOAL),
        ),
        Row(
            f"bol {b.waits} ids, {BOL_WAITS} many-waits, chunks of {BOL_CHUNK}: 429s",
            f"{bol_429} in {statistics.median(r.requests for r in bol):g} requests, "
            f"{statistics.median(r.seconds for r in bol):.1f} s",
            "429s from the limiter",
            "-",
            "0",
            verdict(bol_429 == 0 and all(r.succeeded == r.waits for r in bol)),
        ),
    ]


def bench_rate_limited(reps: int, *, waits: int = WAITS, limit: int = LIMIT, bol_ids: int = BOL_IDS) -> list[Row]:
    """`reps` runs of each (reps 0: none, no rows): the RR waits and the bol many-waits, interleaved."""
    if reps < 1:
        return []
    rr: list[RunResult] = []
    bol: list[RunResult] = []
    with serve("realtimeregister") as rr_mock, serve("bol") as bol_mock:
        for _ in range(reps):
            rr.append(run_realtimeregister(rr_mock, waits=waits, limit=limit))
            bol.append(run_bol_many(bol_mock, ids=bol_ids, limit=limit))
    return rows(rr, bol)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--waits", type=int, default=WAITS)
    parser.add_argument("--limit", type=int, default=LIMIT)
    parser.add_argument("--bol-ids", type=int, default=BOL_IDS)
    parser.add_argument("--unshared", action="store_true", help="only the RR run, without the shared budget")
    args = parser.parse_args(argv)
    if args.unshared:
        with serve("realtimeregister") as running:
            print(run_realtimeregister(running, waits=args.waits, limit=args.limit, shared=False))
        return 0
    result = bench_rate_limited(args.reps, waits=args.waits, limit=args.limit, bol_ids=args.bol_ids)
    print(table(result))
    return 0 if all(r.verdict != "MISS" for r in result) else 1


if __name__ == "__main__":
    raise SystemExit(main())
