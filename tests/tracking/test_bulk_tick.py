"""Bulk as a tick (issue 22, item 4): a tracker reading bol's bulk operation reads every pending id of the
provider on one shared tick, so a round is one request per 1000 pending ids, never a trickle of small ones."""

from __future__ import annotations

import math
import threading
import time

from mocks.server import serve
from sdk.test_sdk_against_mocks import client_for
from tracking.support import create, tracker_module


def test_a_thousand_ids_added_as_they_are_created_take_one_request_a_round(store_url: str) -> None:
    # The default policy (1 s growing by 1.5, 20% jitter), as a new user runs it: a worker running while the
    # program that creates the processes adds their ids, 100 at a time over half a second. Each id finishes on
    # its 4th read (the mock in per-read mode), so the floor is 4 rounds of one request (1000 ids a request).
    # Before the tick, each add's ids fell due at their own time and were read in a request of their own:
    # 12 requests for these 1000 ids (4 with it).
    steps, count, adds = 4, 1000, 10
    t = tracker_module("bol")
    with serve("bol") as bol:
        ids = [p["process_status_id"] for p in create(bol, "SUCCESS", steps, count=count)]
        with bol.admin() as admin:
            before = admin.get("/stats").json()["requests"]
        with client_for(bol) as client:
            tracker = t.Tracker(client=client, store=store_url)
            size = count // adds
            tracker.add(ids[:size])
            reports = []
            worker = threading.Thread(target=lambda: reports.append(tracker.run(until_idle=True)))
            worker.start()
            for k in range(1, adds):
                time.sleep(0.05)
                tracker.add(ids[k * size : (k + 1) * size])
            worker.join(timeout=120)
            outcomes = tracker.outcomes()
            tracker.close()
        with bol.admin() as admin:
            requests = admin.get("/stats").json()["requests"] - before
    assert sorted(o.id for o in outcomes) == sorted(ids) and {o.lifecycle for o in outcomes} == {"succeeded"}
    assert all(o.polls == steps for o in outcomes)  # each read the fewest times it could be
    floor = steps * math.ceil(count / 1000)
    print(f"bulk requests for {count} ids finishing on read {steps}: {requests} (floor {floor})")
    assert requests == reports[0].requests
    assert requests <= 1.2 * floor, f"{requests} bulk requests; the floor is {floor}"
