"""The bol mock pushes (issue 23 item 5): a subscription made through the SDK, processes finished on the mock, and
the core's receiver (the generated `push` module) behind a local server records the signed events; a tampered
delivery is refused and recorded by neither side; a receiver that answers nothing gets bol's retries and then
the subscription disabled (on the mock's clock, sped up)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from bol_process_status_client import create_client
from bol_process_status_client.api.subscriptions import (
    get_push_notification_subscriptions,
    post_push_notification_subscription,
)
from bol_process_status_client.models import SubscriptionRequest, SubscriptionsResponse
from bol_process_status_client.push import create_receiver
from bol_process_status_client.tracker import SCOPE
from mocks.server import RunningMock, serve

from .support import pushed, tracked_store


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """`app` on a free local port, in a thread; its origin."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def sdk_client(mock: RunningMock) -> Any:
    return create_client(
        base_url=mock.base_url,
        client_id="mock-client-id",
        client_secret="mock-client-secret",
        token_url=mock.origin + "/token",
    )


def subscribe(mock: RunningMock, url: str) -> None:
    with sdk_client(mock) as client:
        body = SubscriptionRequest.from_dict(
            {"resources": ["PROCESS_STATUS"], "url": url, "subscriptionType": "WEBHOOK"}
        )
        answer = post_push_notification_subscription.sync_detailed(client=client, body=body)
    assert answer.status_code == 202, answer.content


def new_processes(mock: RunningMock, final: str, count: int) -> list[str]:
    with mock.admin() as admin:
        created = admin.post("/processes", json={"final_status": final, "steps": 3, "count": count}).json()
    return [c["process-status-id"] for c in created["created"]]


def wait_for(check: Any, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_the_receiver_records_what_the_mock_pushes_and_refuses_a_tampered_one(tmp_path: Path) -> None:
    with serve("bol") as mock, mock.admin() as admin:
        ids = new_processes(mock, "SUCCESS", 2) + new_processes(mock, "FAILURE", 1)
        store, path = tracked_store(tmp_path, SCOPE, ids)
        with (
            sdk_client(mock) as client,
            serving(create_receiver(client=client, store=store, path="/bol/push")) as origin,
        ):
            subscribe(mock, origin + "/bol/push")
            assert admin.post("/push", json={"deliver": True, "duplicate": 1}).status_code == 200
            admin.post("/push/finish", json={"ids": ids[:2]})
            wait_for(lambda: pushed(path, SCOPE)[ids[1]][0] is not None, "the pushes")
            # The next delivery is tampered with: refused (401), so retried, and never recorded.
            admin.post("/push", json={"deliver": True, "tamper": 1})
            admin.post("/push/finish", json={"ids": ids[2:]})
            wait_for(lambda: any(d["tampered"] for d in admin.get("/push/deliveries").json()), "the tampered one")
            deliveries = admin.get("/push/deliveries").json()
    assert {i: pushed(path, SCOPE)[i][0] for i in ids} == {ids[0]: "SUCCESS", ids[1]: "SUCCESS", ids[2]: None}
    assert [d["status"] for d in deliveries if d["tampered"]] == [401]
    assert sum(1 for d in deliveries if not d["tampered"]) == 3  # two events, the first one twice: both 2xx
    assert all(200 <= d["status"] < 300 for d in deliveries if not d["tampered"])


def test_failed_deliveries_are_retried_then_the_subscription_is_disabled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOCK_SPEED", "600")  # bol's 10 minutes of retries in one second
    with serve("bol") as mock, mock.admin() as admin:
        [pid] = new_processes(mock, "SUCCESS", 1)
        subscribe(mock, "http://127.0.0.1:9/nobody-listens")  # the discard port: refused at once
        admin.post("/push", json={"deliver": True})
        admin.post("/push/finish", json={"ids": [pid]})
        wait_for(lambda: len(admin.get("/push/deliveries").json()) == 11, "eleven attempts")
        with sdk_client(mock) as client:
            listed = get_push_notification_subscriptions.sync(client=client)
        deliveries = admin.get("/push/deliveries").json()
    assert isinstance(listed, SubscriptionsResponse) and isinstance(listed.subscriptions, list), listed
    newest = max(listed.subscriptions, key=lambda s: int(s.id))
    assert newest.url == "http://127.0.0.1:9/nobody-listens" and newest.enabled is False
    assert all(d["status"] is None for d in deliveries)


def test_dropped_reordered_and_rotated_deliveries(tmp_path: Path) -> None:
    """A dropped event never arrives (polling's work); a held-back one arrives after the next; after the mock
    rotates its key the receiver fetches the new one (an unknown keyId) and records the event."""
    with serve("bol") as mock, mock.admin() as admin:
        ids = new_processes(mock, "SUCCESS", 4)
        store, path = tracked_store(tmp_path, SCOPE, ids)
        receiver = create_receiver(client=sdk_client(mock), store=store, path="/p", refetch_interval=0.0)
        with serving(receiver) as origin:
            subscribe(mock, origin + "/p")
            admin.post("/push", json={"deliver": True, "drop": 1, "reorder": 1})
            admin.post("/push/finish", json={"ids": ids[:3]})  # dropped, held back, then sent with the held one
            wait_for(lambda: pushed(path, SCOPE)[ids[1]][0] is not None, "the held-back event")
            assert admin.post("/push/rotate").json() == {"keyId": "1"}
            admin.post("/push/finish", json={"ids": ids[3:]})
            wait_for(lambda: pushed(path, SCOPE)[ids[3]][0] is not None, "the event signed with the new key")
            deliveries = admin.get("/push/deliveries").json()
    assert [pushed(path, SCOPE)[i][0] for i in ids] == [None, "SUCCESS", "SUCCESS", "SUCCESS"]
    assert len(deliveries) == 3 and all(d["status"] == 202 for d in deliveries)
    arrived = [pushed(path, SCOPE)[i][1] for i in ids[1:3]]
    assert arrived[0] is not None and arrived[1] is not None and arrived[1] <= arrived[0]  # held one came last
