"""Bulk as a tick (issue 22, item 4): a tracker reading bol's bulk operation reads every pending id of the
provider on one shared tick, so a round is one request per 1000 pending ids, never a trickle of small ones."""

from __future__ import annotations

import math
import threading
import time

from asyncstatus_core.track_store import Duration
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


def test_a_new_batch_of_a_learned_type_is_read_again_on_the_learned_tick(store_url: str) -> None:
    # The store's history says this type takes about a minute. A new batch is read once (after the first delay's
    # gathering), found running at an age of about a second, and its next round is the learned tick's, tens of
    # seconds on. Before, the batch's rows had no type in the store until that first answer was written, so the
    # round counted as a type still learning and the policy's backoff (1.5 s) set the next round.
    t = tracker_module("bol")
    with serve("bol") as bol:
        with bol.admin() as admin:
            body = {"final_status": "SUCCESS", "steps": 100, "count": 50, "type": "CREATE_SHIPMENT"}
            answer = admin.post("/processes", json=body)
            assert answer.status_code == 201, answer.text
            ids = [str(p["process-status-id"]) for p in answer.json()["created"]]
        with client_for(bol) as client:
            tracker = t.Tracker(client=client, store=store_url)
            engine = tracker.engine
            engine.store.record(
                engine.provider.scope, [Duration("CREATE_SHIPMENT", 55.0 + n % 10, 56.0 + n % 10) for n in range(40)]
            )
            tracker.add(ids)
            report = tracker.run(max_seconds=4.0)
            tick = engine.store.tick(engine.provider.scope)
            first = engine._answered
            tracker.close()
    assert report.requests == 1
    assert tick is not None and tick - first > 10.0
