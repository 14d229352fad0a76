"""`make demo`: start the provider mocks, create processes on each that end in different terminal statuses,
wait for all of them at once with the generated SDKs' waiters (a bulk waiter for a batch where the spec has
one), print progress as statuses change and a summary table, stop the mocks. Exit 0 when every wait ended
with the status its process was created for, 1 otherwise."""

from __future__ import annotations

import asyncio
import importlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, ExitStack, contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from codegen.sdkfacts import snake_case
from mocks.server import RunningMock, serve
from providers import PROVIDERS, use_generated_clients
from targets import mock_credentials

use_generated_clients()

TIMEOUT = 15.0  # seconds per wait
BATCH = 30  # ids waited for in one bulk wait
POLICY = {"initial": 0.05, "maximum": 0.2, "jitter": 0.1}


@dataclass
class Job:
    """One wait: what was asked for, and what came of it."""

    key: str
    label: str  # the process id (or, for a bulk wait, how many ids)
    expected: str  # the status it was created to end in ("SUCCESS x10, ..." for a bulk wait)
    params: dict[str, Any] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)  # bulk wait: the ids
    ids_argument: str = ""  # bulk wait: the waiter's keyword for them (`process_status_ids`)
    finals: list[str] = field(default_factory=list)  # bulk wait: the status each id should end in
    final: str = "-"
    lifecycle: str = "-"
    polls: int = 0
    seconds: float = 0.0
    ok: bool = False


def waiters(key: str) -> ModuleType:
    return importlib.import_module(f"{PROVIDERS[key].package}.waiters")


def client_for(running: RunningMock) -> Any:
    key = running.mock.key
    package = importlib.import_module(PROVIDERS[key].package)
    creds = mock_credentials(key, running.mock.creds)
    extra = {"token_url": running.origin + "/token"} if "client_id" in creds else {}
    return package.create_client(base_url=running.base_url, **creds, **extra)


def create_processes(running: RunningMock, finals: list[str], steps: Callable[[int], int]) -> list[dict[str, Any]]:
    """Processes through the mock's admin API; answers the waiter keywords that read each one."""
    created = []
    with running.admin() as admin:
        for i, final in enumerate(finals):
            answer = admin.post("/processes", json={"final_status": final, "steps": steps(i)})
            answer.raise_for_status()
            created.append({snake_case(name): value for name, value in answer.json()["params"].items()})
    return created


def plan(running: RunningMock) -> list[Job]:
    """Per provider one process for every terminal status it has; where the spec names a bulk status operation
    (`x-async-status.bulk`: bol's), also one bulk wait."""
    key = running.mock.key
    finals = list(running.mock.lifecycle.terminal)
    jobs = [
        Job(key, str(list(params.values())[-1]), final, params=params)
        for final, params in zip(finals, create_processes(running, finals, lambda i: 2 + i % 3), strict=True)
    ]
    status_op = running.mock.spec.status_operation
    if status_op is not None and status_op.async_status is not None and status_op.async_status.bulk:
        id_argument = snake_case([p for p in status_op.required_inputs if p.location == "path"][-1].name)
        batch = [finals[i % len(finals)] for i in range(BATCH)]
        ids = [str(p[id_argument]) for p in create_processes(running, batch, lambda i: 2 + i % 2)]
        counts = ", ".join(f"{status} x{n}" for status, n in Counter(batch).items())
        jobs.append(Job(key, f"{len(ids)} ids (bulk)", counts, ids=ids, ids_argument=f"{id_argument}s", finals=batch))
    return jobs


def say(job: Job, text: str) -> None:
    print(f"  {job.key:<16} {job.label:<24} {text}", flush=True)


async def wait_one(job: Job, client: Any) -> None:
    w = waiters(job.key)
    last: list[str] = []

    def on_progress(model: Any, state: Any) -> None:
        job.polls += 1
        status = str(w.dig(model.to_dict(), w.STATUS_POINTER))
        if last != [status]:
            last[:] = [status]
            say(job, f"{status} ({state.value})")

    started = time.monotonic()
    try:
        result = await w.async_wait_until_done(
            client=client, **job.params, timeout=TIMEOUT, policy=w.PollPolicy(**POLICY), on_progress=on_progress
        )
    except w.WaitError as exc:
        job.final, job.lifecycle = "error", type(exc).__name__
    else:
        job.final = str(w.dig(result.to_dict(), w.STATUS_POINTER))
        job.lifecycle = w.lifecycle(result).value
        job.ok = job.final == job.expected
    job.seconds = time.monotonic() - started


async def wait_batch(job: Job, client: Any) -> None:
    w = waiters(job.key)

    def on_progress(finished: dict[str, Any], total: int) -> None:
        job.polls += 1
        say(job, f"{len(finished)}/{total} finished after request {job.polls}")

    started = time.monotonic()
    try:
        result = await w.async_wait_until_done_many(
            client=client,
            **{job.ids_argument: job.ids},
            timeout=TIMEOUT,
            policy=w.PollPolicy(**POLICY),
            on_progress=on_progress,
        )
    except w.WaitError as exc:
        job.final, job.lifecycle = "error", type(exc).__name__
    else:
        got = [str(result[i].status) for i in job.ids]
        job.final = ", ".join(f"{status} x{n}" for status, n in Counter(got).items())
        job.lifecycle = ", ".join(sorted({w.lifecycle(m).value for m in result.values()}))
        job.ok = got == job.finals
    job.seconds = time.monotonic() - started


async def wait_all(mocks: dict[str, RunningMock], jobs: list[Job]) -> None:
    """Every wait at once, one SDK client per provider shared by that provider's waits."""
    async with AsyncExitStack() as clients:
        by_key = {key: await clients.enter_async_context(client_for(running)) for key, running in mocks.items()}
        await asyncio.gather(*((wait_batch if job.ids else wait_one)(job, by_key[job.key]) for job in jobs))


@contextmanager
def running_mocks() -> Iterator[dict[str, RunningMock]]:
    with ExitStack() as stack:
        yield {key: stack.enter_context(serve(key)) for key in PROVIDERS}


def table(jobs: list[Job]) -> str:
    header = ("provider", "id", "expected", "final status", "lifecycle", "polls/requests", "seconds", "")
    rows = [
        (j.key, j.label, j.expected, j.final, j.lifecycle, str(j.polls), f"{j.seconds:.2f}", "ok" if j.ok else "WRONG")
        for j in jobs
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    started = time.monotonic()
    print(f"starting the {len(PROVIDERS)} mocks ...", flush=True)
    with running_mocks() as mocks:
        for key, running in mocks.items():
            print(f"  {key:<16} {running.base_url}")
        jobs = [job for running in mocks.values() for job in plan(running)]
        print(f"waiting for {len(jobs)} waits (bol's batch with one bulk waiter) ...", flush=True)
        asyncio.run(wait_all(mocks, jobs))
    print("mocks stopped.\n")
    print(table(jobs))
    wrong = [j for j in jobs if not j.ok]
    print(f"\n{len(jobs) - len(wrong)}/{len(jobs)} waits ended as created, in {time.monotonic() - started:.1f}s")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
