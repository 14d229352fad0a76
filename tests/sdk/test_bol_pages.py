"""bol's paged entity-id listing through the generated `pages` module, against the running mock (50 statuses a
page, newest first): every status once in the mock's order, one request a page, an empty page after a full
last one, the shared budget obeyed under the mock's rate limit, 429s waited out, refused credentials raised."""

from __future__ import annotations

import asyncio
import importlib
import itertools
import math
import time
from collections.abc import Iterator
from types import ModuleType

import pytest
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from sdk.test_sdk_against_mocks import client_for

EVENT = "CONFIRM_SHIPMENT"
FAST = {"initial": 0.02, "maximum": 0.1, "jitter": 0.0}
_entities = itertools.count(555000001)


def pages() -> ModuleType:
    return importlib.import_module(f"{PROVIDERS['bol'].package}.pages")


def waiters() -> ModuleType:
    return importlib.import_module(f"{PROVIDERS['bol'].package}.waiters")


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


def entity_with(bol: RunningMock, count: int) -> tuple[str, list[str]]:
    """A new entity with `count` statuses in the mock's store (the admin API gives each process its own
    entity); their ids newest first, as the listing answers them."""
    entity = str(next(_entities))
    ids = [
        bol.mock.store.create("SUCCESS", 1, {"entityId": entity, "eventType": EVENT, "created": time.time()}).id
        for _ in range(count)
    ]
    return entity, ids[::-1]


def requests(bol: RunningMock) -> int:
    with bol.admin() as admin:
        return int(admin.get("/stats").json()["requests"])


@pytest.mark.parametrize(("count", "expected_requests"), [(0, 1), (3, 1), (50, 2), (124, 3), (150, 4)])
def test_every_status_once_one_request_a_page(bol: RunningMock, count: int, expected_requests: int) -> None:
    entity, ids = entity_with(bol, count)
    with client_for(bol) as client:
        client.get_httpx_client()  # the token request is not an API request, but fetch it outside the count
        before = requests(bol)
        listed = [
            s.process_status_id
            for s in pages().iter_process_statuses(client=client, entity_id=entity, event_type=EVENT)
        ]
        assert requests(bol) - before == expected_requests
    assert listed == ids
    assert expected_requests == (math.ceil(count / 50) + (count % 50 == 0))


def test_pages_are_asked_as_the_iteration_reaches_them(bol: RunningMock) -> None:
    entity, ids = entity_with(bol, 120)
    with client_for(bol) as client:
        listing = pages().iter_process_statuses(client=client, entity_id=entity, event_type=EVENT)
        before = requests(bol)
        first = [next(listing).process_status_id for _ in range(50)]
        assert requests(bol) - before == 1
        assert first == ids[:50]


def test_async_listing(bol: RunningMock) -> None:
    entity, ids = entity_with(bol, 75)

    async def run() -> list[str]:
        async with client_for(bol) as client:
            listing = pages().async_iter_process_statuses(client=client, entity_id=entity, event_type=EVENT)
            return [s.process_status_id async for s in listing]

    assert asyncio.run(run()) == ids


def test_the_rate_limit_is_obeyed_not_hit(bol: RunningMock) -> None:
    """Under the mock's limit of 2 requests a second, a 5-page listing waits for its slots (bol's
    X-RateLimit headers, read by the client's shared budget) instead of running into 429s."""
    entity, ids = entity_with(bol, 220)
    with bol.admin() as admin:
        assert admin.post("/ratelimit", json={"limit": 2, "window": 1.0}).status_code == 200
    try:
        with client_for(bol) as client:
            listed = [
                s.process_status_id
                for s in pages().iter_process_statuses(client=client, entity_id=entity, event_type=EVENT)
            ]
        with bol.admin() as admin:
            throttled = admin.get("/stats").json()["throttled"]
    finally:
        with bol.admin() as admin:
            admin.post("/ratelimit", json={"limit": None})
    assert listed == ids
    assert throttled == 0


def test_429s_are_waited_out_and_refused_credentials_raise(bol: RunningMock) -> None:
    entity, ids = entity_with(bol, 60)
    policy = waiters().PollPolicy(**FAST)
    with client_for(bol) as client:
        client.get_httpx_client()
        with bol.admin() as admin:
            admin.post("/faults", json={"status": 429, "count": 2, "retry_after": 0})
        listed = [
            s.process_status_id
            for s in pages().iter_process_statuses(client=client, entity_id=entity, event_type=EVENT, policy=policy)
        ]
        assert listed == ids
        # Two 401s: the client renews its token once on a 401 and asks again, and the second one stands.
        with bol.admin() as admin:
            admin.post("/faults", json={"status": 401, "count": 2})
        try:
            with pytest.raises(waiters().AuthenticationFailed):
                list(pages().iter_process_statuses(client=client, entity_id=entity, event_type=EVENT, policy=policy))
        finally:
            with bol.admin() as admin:
                admin.post("/reset")


def test_a_page_that_never_comes_raises_wait_timeout(bol: RunningMock) -> None:
    entity, _ = entity_with(bol, 5)
    with client_for(bol) as client:
        client.get_httpx_client()
        with bol.admin() as admin:
            admin.post("/faults", json={"status": 503, "count": 50})
        try:
            with pytest.raises(waiters().WaitTimeout, match="page 1"):
                list(
                    pages().iter_process_statuses(
                        client=client,
                        entity_id=entity,
                        event_type=EVENT,
                        timeout=0.5,
                        policy=waiters().PollPolicy(**FAST),
                    )
                )
        finally:
            with bol.admin() as admin:
                admin.post("/reset")
