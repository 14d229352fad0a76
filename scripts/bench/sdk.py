"""`make bench`: the bol SDK against raw httpx on the bol mock (one status call, one 1000-id bulk call),
parsing a 1000-status bulk answer into models against `json.loads` of the same bytes (with two peers on
the same spec and bytes: stock openapi-python-client output and OpenAPI Generator's `python` output, both
generated into build/bench-peers/ and regenerated only when specs/bol.yaml changes), the bulk waiter
against naive per-id polling for 1500 ids, and the time of `make generate` (into a scratch folder).

The mock runs in its own process (`python -m mocks bol --port <free port>`), as a real server would: in
the client's process its work would share the client's interpreter and blur the comparison.
Timed runs are interleaved (A, B, A, B, ...) and the medians are compared. Prints a Markdown table with
each goal and PASS/MISS; `--write-readme` also puts it, with the machine it came from, between the
`<!-- bench:start -->` / `<!-- bench:end -->` markers of docs/benchmarks.md. `--quick` uses tiny repetition counts
(and skips the generation run) for the test suite."""

from __future__ import annotations

import argparse
import datetime
import gc
import hashlib
import importlib
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from mocks import create_app
from mocks.server import RunningMock
from providers import use_generated_clients
from specmodel import ROOT
from targets import mock_credentials

from bench.report import Row, table, verdict

use_generated_clients()  # the imports below come from generated/clients

from asyncstatus_core import answers as bol_answers  # noqa: E402
from bol_process_status_client import Client, create_client  # noqa: E402
from bol_process_status_client import waiters as bol_waiters  # noqa: E402
from bol_process_status_client.api.process_status import get_process_status, get_process_status_bulk  # noqa: E402
from bol_process_status_client.models import (  # noqa: E402
    BulkProcessStatusRequest,
    ProcessStatus,
    ProcessStatusId,
    ProcessStatusResponse,
)

# The page the figures go into (README.md links it).
BENCH_PAGE = ROOT / "docs" / "benchmarks.md"
SPEC = ROOT / "specs" / "bol.yaml"
PEERS = ROOT / "build" / "bench-peers"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
MEDIA = "application/vnd.retailer.v10+json"
BULK = 1000  # ids in one bulk call (bol's maximum)
WAIT_IDS = 1500  # ids waited for in the waiting comparison
FAST = bol_waiters.PollPolicy(initial=0.05, maximum=0.2, jitter=0.0)
TERMINAL = frozenset({"SUCCESS", "FAILURE", "TIMEOUT"})


@dataclass(frozen=True)
class Reps:
    single: int
    bulk: int
    parse: int
    wait: int
    generate: int


FULL = Reps(single=400, bulk=60, parse=100, wait=3, generate=1)
QUICK = Reps(single=20, bulk=3, parse=3, wait=1, generate=0)


# --- measuring --------------------------------------------------------------------------------------


def interleaved(a: Callable[[], object], b: Callable[[], object], reps: int) -> tuple[float, float]:
    """Median seconds of `a` and of `b`, run alternately `reps` times each after one warm-up of both."""
    t_a, t_b = interleaved_many([a, b], reps)
    return t_a, t_b


def interleaved_many(fns: list[Callable[[], object]], reps: int) -> list[float]:
    """Median seconds of each of `fns`, run in turn `reps` times each after one warm-up of all."""
    for fn in fns:
        fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(reps):
        for fn, runs in zip(fns, times, strict=True):
            gc.collect()
            started = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - started)
    return [statistics.median(runs) for runs in times]


def create(running: RunningMock, final: str, steps: int, count: int, *, reset: bool = False) -> list[str]:
    """`count` new processes; `reset` empties the mock first (it holds at most 10,000 created ones)."""
    with running.admin() as admin:
        if reset:
            admin.post("/reset").raise_for_status()
        created = admin.post("/processes", json={"final_status": final, "steps": steps, "count": count})
        created.raise_for_status()
        return [str(params["process-status-id"]) for params in created.json()["created"]]


def requests_so_far(running: RunningMock) -> int:
    with running.admin() as admin:
        count: int = admin.get("/stats").json()["requests"]
    return count


def sdk_client(running: RunningMock) -> Client:
    creds = mock_credentials("bol", running.mock.creds)
    return create_client(
        base_url=running.base_url,
        token_url=running.origin + "/token",
        client_id=creds["client_id"],
        client_secret=creds["client_secret"],
    )


def bench_single(client: Client, http: httpx.Client, pid: str, reps: int) -> Row:
    def sdk() -> object:
        answer = get_process_status.sync_detailed(pid, client=client)
        assert isinstance(answer.parsed, ProcessStatus)
        return answer.parsed

    def raw() -> object:
        answer = http.get(f"/process-status/{pid}", headers={"Accept": MEDIA})
        answer.raise_for_status()
        return answer.json()

    t_sdk, t_raw = interleaved(sdk, raw, reps)
    return ratio_row("one getProcessStatus call", t_sdk, t_raw, "raw httpx", 1.03, unit="ms")


def bench_bulk(client: Client, http: httpx.Client, ids: list[str], reps: int) -> tuple[Row, bytes]:
    def sdk() -> object:
        body = BulkProcessStatusRequest(process_status_queries=[ProcessStatusId(process_status_id=i) for i in ids])
        answer = get_process_status_bulk.sync_detailed(client=client, body=body)
        assert isinstance(answer.parsed, ProcessStatusResponse)
        return answer.parsed

    def raw() -> object:
        body = {"processStatusQueries": [{"processStatusId": i} for i in ids]}
        answer = http.post("/process-status", json=body, headers={"Accept": MEDIA, "Content-Type": MEDIA})
        answer.raise_for_status()
        return answer.json()

    t_sdk, t_raw = interleaved(sdk, raw, reps)
    content = http.post(
        "/process-status",
        json={"processStatusQueries": [{"processStatusId": i} for i in ids]},
        headers={"Accept": MEDIA, "Content-Type": MEDIA},
    ).content
    return ratio_row(f"one {len(ids)}-id bulk call", t_sdk, t_raw, "raw httpx", 1.10, unit="ms"), content


def sdk_parse(content: bytes) -> list[ProcessStatus]:
    """Bytes to models as the generated endpoint does it (`_answers.json_object`, then `from_dict`), and the
    list of models a caller reads."""
    response = httpx.Response(200, content=content, headers={"Content-Type": MEDIA})
    parsed = ProcessStatusResponse.from_dict(bol_answers.json_object(response, "get_process_status_bulk"))
    statuses = parsed.process_statuses  # optional: bol leaves out empty lists
    if not isinstance(statuses, list):
        raise SystemExit("bench: the bulk answer parsed without its processStatuses")
    return statuses


def sdk_parse_and_read(content: bytes) -> object:
    """`sdk_parse`, then every field of every status read (each converted on first read)."""
    statuses = sdk_parse(content)
    for item in statuses:
        item.event_type, item.description, item.status, item.create_timestamp  # noqa: B018
        item.process_status_id, item.entity_id, item.error_message, item.links  # noqa: B018
    return statuses


def peer_run(parse: Callable[[bytes], object], content: bytes) -> Callable[[], object]:
    return lambda: parse(content)


def with_unknown_status(content: bytes) -> dict[str, object]:
    first = json.loads(content)
    first["processStatuses"][0]["status"] = "ARCHIVED"
    return first  # type: ignore[no-any-return]


def bench_parse(content: bytes, reps: int) -> list[Row]:
    count = len(json.loads(content)["processStatuses"])
    peers = load_peers()
    fns: list[Callable[[], object]] = [
        lambda: json.loads(content),
        lambda: sdk_parse(content),
        lambda: sdk_parse_and_read(content),
    ]
    fns += [peer_run(peer.parse, content) for peer in peers if peer.parse is not None]
    t_raw, t_sdk, t_read, *t_peers = interleaved_many(fns, reps)
    rows = [
        ratio_row(f"parse {count} statuses into models", t_sdk, t_raw, "json.loads", 1.0, unit="ms"),
        ratio_row("... and read every field of each", t_read, t_raw, "json.loads", None, unit="ms"),
    ]
    # A status value the spec does not list (the provider added one) must parse, not crash.
    response = httpx.Response(200, content=json.dumps(with_unknown_status(content)).encode())
    parsed = sdk_parse(response.content)[0].status
    ok = str(parsed) == "ARCHIVED" and not parsed.is_known
    rows.append(Row("parse an unknown status value", f"kept {str(parsed)!r}", "-", "-", "parses", verdict(ok)))
    timed = iter(t_peers)
    for peer in peers:
        if peer.parse is None:
            rows.append(Row(f"peer: {peer.name}", f"not run ({peer.problem})", "-", "-", "-", "-"))
            continue
        rows.append(ratio_row(f"peer: {peer.name}, parse", next(timed), t_raw, "json.loads", None, unit="ms"))
        rows.append(Row(f"peer: {peer.name}, unknown status", peer.unknown(content), "-", "-", "-", "-"))
    return rows


# --- peers: the same spec through other generators ----------------------------------------------------


@dataclass(frozen=True)
class Peer:
    name: str
    parse: Callable[[bytes], object] | None  # bytes to models; None when it could not be generated
    from_dict: Callable[[object], object] | None
    problem: str = ""

    def unknown(self, content: bytes) -> str:
        """What the peer does with a status value the spec does not list."""
        assert self.from_dict is not None
        try:
            parsed = self.from_dict(with_unknown_status(content))
        except Exception as error:
            return f"fails: {type(error).__name__}"
        statuses = getattr(parsed, "process_statuses", None)
        return f"kept {str(getattr(statuses[0], 'status', '?'))!r}" if statuses else "parses, list lost"


def spec_digest() -> str:
    return hashlib.sha256(SPEC.read_bytes()).hexdigest()


def generated_peer(name: str, build: Callable[[Path], list[str]]) -> Path:
    """PEERS/name, generated by the command `build(folder)` unless its stamp names the current spec."""
    folder = PEERS / name
    stamp = folder / ".spec-sha256"
    digest = spec_digest()
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(build(folder), cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError((proc.stdout + proc.stderr).strip().splitlines()[-1:] or [f"exit {proc.returncode}"])
    stamp.write_text(digest + "\n")
    return folder


def stock_command(folder: Path) -> list[str]:
    """openapi-python-client without our templates and runtime (no post hooks: ruff only formats)."""
    config = folder / "config.yaml"
    config.write_text("package_name_override: bol_stock_peer\nproject_name_override: bol-stock-peer\npost_hooks: []\n")
    tool = Path(sys.executable).parent / "openapi-python-client"
    out = folder / "bol_stock_peer"
    return [
        str(tool),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
    ]


def openapi_generator_command(folder: Path) -> list[str]:
    tool = Path(sys.executable).parent / "openapi-generator-cli"
    quiet = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
    return [
        str(tool),
        "generate",
        "-g",
        "python",
        "-i",
        str(SPEC),
        "-o",
        str(folder),
        "--package-name",
        "bol_ogen_peer",
        "--global-property",
        quiet,
    ]


def load_peer(name: str, folder_name: str, build: Callable[[Path], list[str]], module: str) -> Peer:
    try:
        folder = generated_peer(folder_name, build)
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
        models = importlib.import_module(module)
    except Exception as error:
        return Peer(name, None, None, problem=str(error)[:60])
    response_model = models.ProcessStatusResponse
    return Peer(name, lambda content: response_model.from_dict(json.loads(content)), response_model.from_dict)


def load_peers() -> list[Peer]:
    return [
        load_peer("stock openapi-python-client 0.29.1", "stock", stock_command, "bol_stock_peer.models"),
        load_peer(
            "OpenAPI Generator 7.26.0 python", "openapi-generator", openapi_generator_command, "bol_ogen_peer.models"
        ),
    ]


def naive_wait(client: Client, ids: list[str]) -> None:
    """Per-id polling as one would write it without the waiter: each id in turn until it is terminal."""
    for pid in ids:
        while True:
            answer = get_process_status.sync_detailed(pid, client=client)
            if isinstance(answer.parsed, ProcessStatus) and str(answer.parsed.status) in TERMINAL:
                break


def bench_wait(running: RunningMock, client: Client, reps: int) -> list[Row]:
    """`wait_until_done_many` against naive per-id polling, for ids that finish on their second read."""
    bulk_runs: list[tuple[int, float]] = []
    naive_runs: list[tuple[int, float]] = []
    for _ in range(reps):
        for runs, run in ((bulk_runs, "bulk"), (naive_runs, "naive")):
            ids = create(running, "SUCCESS", 2, WAIT_IDS, reset=True)
            before = requests_so_far(running)
            started = time.perf_counter()
            if run == "bulk":
                done = bol_waiters.wait_until_done_many(client=client, process_status_ids=ids, timeout=60, policy=FAST)
                assert len(done) == len(ids)
            else:
                naive_wait(client, ids)
            runs.append((requests_so_far(running) - before, time.perf_counter() - started))
    bulk_requests = statistics.median(r for r, _ in bulk_runs)
    naive_requests = statistics.median(r for r, _ in naive_runs)
    fewer = naive_requests / bulk_requests
    t_bulk = statistics.median(s for _, s in bulk_runs)
    t_naive = statistics.median(s for _, s in naive_runs)
    return [
        Row(
            f"wait for {WAIT_IDS} ids: requests",
            f"{bulk_requests:g}",
            f"{naive_requests:g} (per-id polling)",
            f"{fewer:.0f}x fewer",
            ">= 100x fewer",
            verdict(fewer >= 100),
        ),
        Row(
            f"wait for {WAIT_IDS} ids: seconds",
            f"{t_bulk:.2f} s",
            f"{t_naive:.2f} s (per-id polling)",
            f"{t_bulk / t_naive:.2f}",
            "-",
            "-",
        ),
    ]


def bench_generate(reps: int) -> Row:
    what = "`make generate` (5 providers, scratch dir)"
    if reps < 1:
        return Row(what, "skipped (--quick)", "-", "-", "-", "-")
    from codegen import generate

    times = []
    for _ in range(reps):
        with tempfile.TemporaryDirectory(prefix="asyncstatus-bench-") as tmp:
            started = time.perf_counter()
            generate.generate(Path(tmp) / "generated")
            times.append(time.perf_counter() - started)
    runs = f" (median of {reps})" if reps > 1 else ""
    return Row(what, f"{statistics.median(times):.1f} s{runs}", "-", "-", "-", "-")


def ratio_row(what: str, t_sdk: float, t_base: float, base: str, goal: float | None, *, unit: str) -> Row:
    scale = 1000.0 if unit == "ms" else 1.0
    ratio = t_sdk / t_base
    return Row(
        what,
        f"{t_sdk * scale:.3f} {unit}",
        f"{t_base * scale:.3f} {unit} ({base})",
        f"{ratio:.2f}",
        "-" if goal is None else f"<= {goal:g}",
        "-" if goal is None else verdict(ratio <= goal),
    )


# --- reporting --------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown CPU"
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else platform.processor() or "unknown CPU"


def machine() -> str:
    return f"{cpu_model()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}"


def report(rows: list[Row], reps: Reps) -> str:
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    return (
        f"{table(rows)}\n\n"
        f"Measured {today} on {machine()}; medians of interleaved runs ({reps.single} single calls, "
        f"{reps.bulk} bulk calls, {reps.parse} parses, {reps.wait} waits each way), the bol mock in a process of "
        "its own; the rate-limited waits (one run each) on mocks served in-process."
    )


def write_readme(text: str, path: Path = BENCH_PAGE) -> None:
    content = path.read_text()
    if START not in content or END not in content:
        raise SystemExit(f"{path}: the {START} / {END} markers are missing")
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}")


# --- main -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def bol_mock() -> Iterator[RunningMock]:
    """The bol mock in a process of its own (`python -m mocks bol --port N`), stopped on the way out."""
    mock, _ = create_app("bol")  # this process's copy: base path and credentials (the same in both)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("tests", "scripts"))}
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mocks", "bol", "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            running = RunningMock(mock, f"http://127.0.0.1:{port}")
            deadline = time.monotonic() + 30
            while True:
                try:
                    with running.admin() as admin:
                        admin.get("/stats").raise_for_status()
                    break
                except httpx.HTTPError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise SystemExit(
                            f"bench: the bol mock did not start:\n{log.read().decode(errors='replace')}"
                        ) from None
                    time.sleep(0.05)
            yield running
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def run(reps: Reps) -> list[Row]:
    rows: list[Row] = []
    with bol_mock() as running, sdk_client(running) as client:
        http = client.get_httpx_client()  # the SDK's own connection and token, for the raw calls
        single = create(running, "SUCCESS", 1, 1)[0]
        ids = create(running, "SUCCESS", 1, BULK)
        rows.append(bench_single(client, http, single, reps.single))
        bulk_row, content = bench_bulk(client, http, ids, reps.bulk)
        rows.append(bulk_row)
        rows += bench_parse(content, reps.parse)
        rows += bench_wait(running, client, reps.wait)
    # Many waits sharing one rate budget (issue 9): about 95 s, so --quick leaves it out. Imported here:
    # bench_waits imports this module's Row and verdict.
    from bench.waits import bench_rate_limited

    rows += bench_rate_limited(1 if reps.wait > 1 else 0)
    rows.append(bench_generate(reps.generate))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny repetition counts, no generation run")
    parser.add_argument("--write-readme", action="store_true", help="put the table into docs/benchmarks.md")
    args = parser.parse_args(argv)
    reps = QUICK if args.quick else FULL
    text = report(run(reps), reps)
    print(text)
    if args.write_readme:
        write_readme(text)
        print(f"\nwritten to {BENCH_PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
