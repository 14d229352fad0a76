"""The Realtime Register mock's notifications (issue 23 item 5): a finished process adds one to the customer's
queue, poll shows the oldest until it is acknowledged, and with a webhook set the mock posts each new one signed
with HMAC-SHA256, which the core's receiver (the generated `push` module) records; a wrong key is refused."""

from __future__ import annotations

import datetime
from pathlib import Path

from mocks.server import RunningMock, serve
from realtimeregister_process_client import create_client
from realtimeregister_process_client.api.notifications import (
    ack_notification,
    get_notification,
    list_notifications,
    poll_notification,
)
from realtimeregister_process_client.api.processes import get_process
from realtimeregister_process_client.models import Notification, NotificationList, NotificationPoll
from realtimeregister_process_client.push import create_receiver
from realtimeregister_process_client.tracker import SCOPE
from realtimeregister_process_client.types import UNSET

from .support import pushed, tracked_store
from .test_mock_pushes import serving, wait_for

CUSTOMER = "johndoe"


def finished_processes(mock: RunningMock, count: int) -> list[int]:
    """Processes that finish on their first read, read once through the SDK."""
    with mock.admin() as admin:
        created = admin.post("/processes", json={"final_status": "COMPLETED", "steps": 1, "count": count}).json()
    ids = [int(c["processId"]) for c in created["created"]]
    with create_client(api_key="mock-key", base_url=mock.base_url) as client:
        for pid in ids:
            assert get_process.sync_detailed(pid, client=client).status_code == 200
    return ids


def test_the_queue_holds_each_finished_process_until_acknowledged() -> None:
    with serve("realtimeregister") as mock:
        ids = finished_processes(mock, 2)
        with create_client(api_key="mock-key", base_url=mock.base_url) as client:
            first = poll_notification.sync(CUSTOMER, client=client)
            again = poll_notification.sync(CUSTOMER, client=client)
            assert isinstance(first, NotificationPoll) and isinstance(again, NotificationPoll)
            assert (first.count, first.notification.process) == (2, ids[0])  # type: ignore[union-attr]
            assert again.notification.id == first.notification.id  # type: ignore[union-attr]
            acked = ack_notification.sync_detailed(CUSTOMER, first.notification.id, client=client)  # type: ignore[union-attr]
            assert acked.status_code == 200
            second = poll_notification.sync(CUSTOMER, client=client)
            assert isinstance(second, NotificationPoll)
            assert (second.count, second.notification.process) == (1, ids[1])  # type: ignore[union-attr]
            again_acked = ack_notification.sync_detailed(CUSTOMER, first.notification.id, client=client)  # type: ignore[union-attr]
            assert again_acked.status_code == 400  # acknowledged already: no such notification


def test_the_receiver_records_signed_notifications_and_refuses_a_wrong_key(tmp_path: Path) -> None:
    with serve("realtimeregister") as mock, mock.admin() as admin:
        with mock.admin() as setup:
            created = setup.post("/processes", json={"final_status": "COMPLETED", "steps": 1, "count": 2}).json()
        ids = [str(c["processId"]) for c in created["created"]]
        store, path = tracked_store(tmp_path, SCOPE, ids)
        with serving(create_receiver(key="shared-secret", store=store, path="/rr")) as origin:
            admin.post("/push", json={"deliver": True, "url": origin + "/rr", "key": "shared-secret"})
            with create_client(api_key="mock-key", base_url=mock.base_url) as client:
                get_process.sync_detailed(int(ids[0]), client=client)
                wait_for(lambda: pushed(path, SCOPE)[ids[0]][0] is not None, "the signed notification")
                admin.post("/push", json={"deliver": True, "url": origin + "/rr", "key": "another-key"})
                get_process.sync_detailed(int(ids[1]), client=client)
                wait_for(lambda: len(mock.mock.sender.log) >= 2, "the wrongly signed one")  # type: ignore[attr-defined]
            statuses = [d.status for d in mock.mock.sender.log]  # type: ignore[attr-defined]
    assert statuses[:2] == [202, 401]
    assert pushed(path, SCOPE)[ids[1]][0] is None


def test_list_honours_the_spec_s_query_for_unacknowledged_notifications() -> None:
    """listNotifications: `q=acknowledgeDate:null` (the form the spec documents) lists the unacknowledged ones;
    without `q`, all of them, an acknowledged one with its acknowledgeDate; a filter the mock cannot read is a 400
    saying so, not a silent answer to another question."""
    with serve("realtimeregister") as mock:
        ids = finished_processes(mock, 2)
        with create_client(api_key="mock-key", base_url=mock.base_url) as client:
            first = poll_notification.sync(CUSTOMER, client=client)
            assert isinstance(first, NotificationPoll)
            acked = ack_notification.sync_detailed(CUSTOMER, first.notification.id, client=client)  # type: ignore[union-attr]
            assert acked.status_code == 200
            waiting = list_notifications.sync(CUSTOMER, client=client, q="acknowledgeDate:null")
            everything = list_notifications.sync(CUSTOMER, client=client)
            other = list_notifications.sync_detailed(CUSTOMER, client=client, q="process:1")
            read_again = get_notification.sync(CUSTOMER, first.notification.id, client=client)  # type: ignore[union-attr]
    assert isinstance(waiting, NotificationList) and isinstance(everything, NotificationList)
    assert [n.process for n in waiting.entities] == [ids[1]] and waiting.pagination.total == 1
    assert [n.process for n in everything.entities] == ids and everything.pagination.total == 2
    assert isinstance(everything.entities[0].acknowledge_date, datetime.datetime)
    assert everything.entities[1].acknowledge_date in (None, UNSET)
    assert other.status_code == 400 and b"acknowledgeDate:null" in other.content
    assert isinstance(read_again, Notification) and isinstance(read_again.acknowledge_date, datetime.datetime)
