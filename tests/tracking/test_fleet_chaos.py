"""Issue 21's chaos runs: three `track run --until-idle` workers (bol, the CLI as an operator runs it) on
PostgreSQL through `pg_ctl restart -m immediate`, a stop, and four `pg_terminate_backend` rounds. Every
worker exits 0, every process has its one outcome, none is lost, and the requests stay within 1.5x those of
an undisturbed run. Full size (3,000 processes, a 20 s stop) with RUN_SLOW=1; scaled down (600, a 3 s stop)
in the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from mocks.server import RunningMock, serve
from providers import CORE_SRC, PROVIDERS
from sdk.test_cli_against_mocks import variables
from tracking.pg_cluster import controlled, pg_ctl
from tracking.support import create

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3


@dataclass
class Run:
    requests: int
    seconds: float
    codes: list[int]
    logs: list[str]


def _env(bol: RunningMock) -> dict[str, str]:
    path = os.pathsep.join([*(str(p) for p in sorted((ROOT / "generated" / "clients").glob("*"))), str(CORE_SRC)])
    environ = {k: v for k, v in os.environ.items() if k != "ASYNCSTATUS_STORE"}
    return environ | {"PYTHONPATH": path, **variables(bol)}


def _track(bol: RunningMock, store: str, chaos: Callable[[], None] | None, tmp: Path) -> Run:
    """Three workers until idle, `chaos` done to the database meanwhile; the mock's request count."""
    with bol.admin() as admin:
        before = int(admin.get("/stats").json()["requests"])
    command = [sys.executable, "-m", PROVIDERS["bol"].package, "track", "run", "--until-idle", "--store", store]
    started = time.monotonic()
    logs = [tmp / f"worker{n}.log" for n in range(WORKERS)]
    workers = [
        subprocess.Popen(command, stderr=log.open("w"), stdout=subprocess.DEVNULL, env=_env(bol), cwd=ROOT)
        for log in logs
    ]
    try:
        if chaos is not None:
            chaos()
        codes = [w.wait(timeout=600) for w in workers]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
    seconds = time.monotonic() - started
    with bol.admin() as admin:
        after = int(admin.get("/stats").json()["requests"])
    return Run(after - before, seconds, codes, [log.read_text() for log in logs])


def _first_request(bol: RunningMock, timeout: float = 60.0) -> None:
    """Wait for the next API request the mock answers."""
    with bol.admin() as admin:
        before = int(admin.get("/stats").json()["requests"])
        deadline = time.monotonic() + timeout
        while int(admin.get("/stats").json()["requests"]) == before and time.monotonic() < deadline:
            time.sleep(0.05)


def _processes(bol: RunningMock, count: int) -> dict[str, str]:
    ids: dict[str, str] = {}
    for final, share in (("SUCCESS", 0.8), ("FAILURE", 0.2)):
        for p in create(bol, final, 6, count=int(count * share)):
            ids[str(p["process_status_id"])] = final
    return ids


def _add(bol: RunningMock, store: str, ids: list[str]) -> None:
    add = subprocess.run(
        [sys.executable, "-m", PROVIDERS["bol"].package, "track", "add", "--store", store, "-"],
        input="\n".join(ids),
        capture_output=True,
        text=True,
        env=_env(bol),
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert add.returncode == 0, add.stderr


def _outcomes(store: str) -> list[tuple[str, str]]:
    with psycopg.connect(store) as db:
        return [(str(i), str(lc)) for i, lc in db.execute("SELECT id, lifecycle FROM asyncstatus_tracked").fetchall()]


def _terminate(store: str) -> int:
    with psycopg.connect(store, autocommit=True) as db:
        return len(
            db.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchall()
        )


def _chaos_run(postgres_server: str, tmp_path: Path, count: int, stop_seconds: float) -> None:
    if not controlled(postgres_server):
        pytest.skip("the chaos run restarts the server: it needs the throwaway cluster, not $ASYNCSTATUS_TEST_POSTGRES")
    base = postgres_server.rsplit("/", 1)[0]
    stores = []
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        for name in ("chaos_calm", "chaos_storm"):
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {name}")
            stores.append(f"{base}/{name}")
    calm_store, storm_store = stores
    with serve("bol") as bol:
        calm_ids = _processes(bol, count)
        _add(bol, calm_store, list(calm_ids))
        calm = _track(bol, calm_store, None, tmp_path)
        assert calm.codes == [0] * WORKERS, calm.logs

        storm_ids = _processes(bol, count)
        _add(bol, storm_store, list(storm_ids))
        terminated: list[int] = []

        def chaos() -> None:
            _first_request(bol)  # the workers have started and leased
            pg_ctl(postgres_server, "restart", "-m", "immediate")
            time.sleep(1.0)
            pg_ctl(postgres_server, "stop", "-m", "fast")
            time.sleep(stop_seconds)
            pg_ctl(postgres_server, "start")
            for _ in range(4):  # each once a worker is connected again (they reconnect on their next statement)
                time.sleep(0.7)
                deadline = time.monotonic() + 15
                while (killed := _terminate(storm_store)) == 0 and time.monotonic() < deadline:
                    time.sleep(0.05)
                terminated.append(killed)

        storm = _track(bol, storm_store, chaos, tmp_path)
    print(  # the figures for the report (pytest -s)
        f"\nchaos {count} processes, {WORKERS} workers: undisturbed {calm.requests} requests in {calm.seconds:.1f}s; "
        f"restart + {stop_seconds:g}s stop + 4 terminations ({sum(terminated)} backends): "
        f"{storm.requests} requests in {storm.seconds:.1f}s"
    )
    assert storm.codes == [0] * WORKERS, storm.logs
    assert all(terminated), terminated  # four rounds, each ending at least one worker's connection
    outcomes = _outcomes(storm_store)
    lifecycle = {"SUCCESS": "succeeded", "FAILURE": "failed"}
    assert sorted(outcomes) == sorted((i, lifecycle[f]) for i, f in storm_ids.items())  # 0 lost, 0 wrong
    assert "store unavailable" in "".join(storm.logs) and "recovered" in "".join(storm.logs)
    assert storm.requests <= 1.5 * calm.requests + 3 * WORKERS, (storm.requests, calm.requests)
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        for name in ("chaos_calm", "chaos_storm"):
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_three_workers_outlive_restart_stop_and_terminated_backends(postgres_server: str, tmp_path: Path) -> None:
    _chaos_run(postgres_server, tmp_path, 600, 3.0)


@pytest.mark.slow
def test_three_workers_outlive_the_database_full_size(postgres_server: str, tmp_path: Path) -> None:
    _chaos_run(postgres_server, tmp_path, 3000, 20.0)


def _outage_run(postgres_server: str, tmp_path: Path, count: int, outage: float) -> None:
    """The provider answers 503 to everything for `outage` seconds in the middle of a run (three workers on
    PostgreSQL): the run takes at most `outage` plus 1.3x an undisturbed run's time, and asks for statuses
    (answered requests) at most 1.3x as often; the outage is reported and so is its recovery."""
    from mocks.base import MAX_FAULTS, Fault

    base = postgres_server.rsplit("/", 1)[0]
    stores = []
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        for name in ("outage_calm", "outage_storm"):
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {name}")
            stores.append(f"{base}/{name}")
    with serve("bol") as bol:
        calm_ids = _processes(bol, count)
        _add(bol, stores[0], list(calm_ids))
        calm = _track(bol, stores[0], None, tmp_path)
        storm_ids = _processes(bol, count)
        _add(bol, stores[1], list(storm_ids))
        fault = Fault(503, MAX_FAULTS, None)

        def chaos() -> None:
            _first_request(bol)  # the workers are polling (three interpreters take a while to start)
            bol.mock.faults.append(fault)
            time.sleep(outage)
            bol.mock.faults.clear()

        storm = _track(bol, stores[1], chaos, tmp_path)
    failed = MAX_FAULTS - fault.remaining
    print(
        f"\noutage {count} processes, {WORKERS} workers: undisturbed {calm.requests} requests in {calm.seconds:.1f}s; "
        f"{outage:g}s of 503s: {storm.requests} requests ({failed} answered 503) in {storm.seconds:.1f}s"
    )
    assert calm.codes == [0] * WORKERS and storm.codes == [0] * WORKERS, storm.logs
    assert len(_outcomes(stores[1])) == len(storm_ids)
    assert storm.seconds <= outage + 1.3 * calm.seconds + 5.0  # 5 s: three interpreters starting on a busy CI box
    assert storm.requests - failed <= 1.3 * calm.requests + WORKERS
    reporting = [log for log in storm.logs if "retrying: answered 503" in log]
    assert reporting, storm.logs  # the outage is reported
    # ... and so is its end, by each worker that saw it: "recovered" when that worker read again, or its closing
    # line with nothing unfinished when, on the shared bulk tick, the other workers made every read after it.
    assert all("recovered" in log or ": 0 unfinished;" in log for log in reporting), reporting


def test_a_provider_outage_costs_its_length_not_more(postgres_server: str, tmp_path: Path) -> None:
    _outage_run(postgres_server, tmp_path, 600, 5.0)


@pytest.mark.slow
def test_a_30s_provider_outage_full_size(postgres_server: str, tmp_path: Path) -> None:
    _outage_run(postgres_server, tmp_path, 3000, 30.0)
