"""Chaos: tracker workers killed with SIGKILL at random points, five times in one run, then one left to
finish. No tracked process is lost (each ends with its outcome), none gets two (one outcome row, and no
worker's callback reported one twice), on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from mocks.server import serve
from sdk.test_sdk_against_mocks import client_for
from targets import mock_credentials
from tracking.support import create, tracker_module

WORKER = Path(__file__).with_name("chaos_worker.py")
KILLS = 5


def test_workers_killed_at_random_lose_nothing_and_repeat_nothing(store_url: str, tmp_path: Path) -> None:
    key = "mykaarma"  # one request per process and read: many points to be killed at
    t = tracker_module(key)
    rng = random.Random(15)
    log = tmp_path / "delivered.log"
    log.touch()
    with serve(key) as mock:
        finals = {"COMPLETED": 120, "FAILED": 40, "NOT_NEEDED": 40}
        ids: dict[str, str] = {}
        for final, count in finals.items():
            for params in create(mock, final, 3, count=count):
                ids[str(params["async_processes_uuid"])] = final
        setup = t.Tracker(client=client_for(mock), store=store_url)
        setup.add(ids)
        setup.close()
        creds = [f"{k}={v}" for k, v in mock_credentials(key, mock.mock.creds).items()]
        command = [sys.executable, str(WORKER), key, mock.base_url, mock.origin + "/token", store_url, str(log), *creds]
        killed = 0
        for _ in range(KILLS):
            worker = subprocess.Popen(command)
            time.sleep(rng.uniform(0.4, 1.5))  # the interpreter starts in ~0.3 s; then anywhere in its work
            if worker.poll() is None:
                worker.send_signal(signal.SIGKILL)
                killed += 1
            worker.wait()
        # The last one runs to the end, taking over the leases the killed ones left.
        finisher = subprocess.run(command, timeout=120, check=False)
        assert finisher.returncode == 0
        final = t.Tracker(client=client_for(mock), store=store_url)
        outcomes = final.outcomes()
        counts = final.counts()
        final.close()
    assert killed >= 3, "the workers finished before they could be killed: make the work longer"
    lifecycle = {f: t.waiters.LIFECYCLE[f].value for f in finals}
    assert {o.id: o.lifecycle for o in outcomes} == {i: lifecycle[f] for i, f in ids.items()}  # 0 lost
    assert len(outcomes) == len(ids) and counts["unfinished"] == 0
    delivered = Counter(log.read_text().split())
    assert [i for i, n in delivered.items() if n > 1] == []  # 0 outcomes twice
    assert set(delivered) <= set(ids)
    # A worker killed between its commit and its callback delivers that outcome through outcomes() only.
    assert len(delivered) >= len(ids) - KILLS * 20
