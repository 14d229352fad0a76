"""Managing bol's push subscriptions (bol_process_status_client.subscriptions and the CLI's `subscriptions`):
requests go to the Retailer API (path-level servers), each change is waited for as the process it is, and a
subscription bol disabled is shown as such and re-enabled with a PUT of itself with `enabled: true`."""

from __future__ import annotations

import asyncio
import io
import json

import bol_process_status_client as bol
import httpx
from asyncstatus_core import cli_push
from bol_process_status_client import subscriptions

RETAILER = "https://api.bol.com/retailer"
SHARED = "https://api.bol.com/shared"
MEDIA = {"Content-Type": "application/vnd.retailer.v10+json"}


class FakeBol:
    """bol's subscriptions and process statuses: each change is queued, PENDING on the first read, then final."""

    def __init__(self, *, outcome: str = "SUCCESS") -> None:
        self.outcome = outcome
        self.subscription = {
            "id": "1234",
            "resources": ["PROCESS_STATUS"],
            "url": "https://example.com/bol/push/",
            "subscriptionType": "WEBHOOK",
            "enabled": False,  # bol disabled it after failed deliveries
        }
        self.requests: list[tuple[str, str, object]] = []
        self.reads: dict[str, int] = {}

    def process(self, pid: str, event: str, status: str, entity: str | None = None) -> dict[str, object]:
        body: dict[str, object] = {
            "processStatusId": pid,
            "eventType": event,
            "description": "x",
            "status": status,
            "createTimestamp": "2026-12-06T07:00:00+01:00",
        }
        if entity:
            body["entityId"] = entity
        return body

    def respond(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url).split("?")[0]
        if url.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 300})
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, url, body))
        changes = {
            ("POST", f"{RETAILER}/subscriptions"): ("71", "CREATE_SUBSCRIPTION"),
            ("PUT", f"{RETAILER}/subscriptions/1234"): ("72", "UPDATE_SUBSCRIPTION"),
            ("DELETE", f"{RETAILER}/subscriptions/1234"): ("73", "DELETE_SUBSCRIPTION"),
            ("POST", f"{RETAILER}/subscriptions/test/1234"): ("74", "SEND_SUBSCRIPTION_TST_MSG"),
        }
        if (request.method, url) in changes:
            pid, event = changes[(request.method, url)]
            if request.method == "PUT":
                self.subscription = {**self.subscription, **(body or {})}
            return httpx.Response(202, json=self.process(pid, event, "PENDING"), headers=MEDIA)
        if request.method == "GET" and url.startswith(f"{SHARED}/process-status/"):
            pid = url.rsplit("/", 1)[1]
            self.reads[pid] = self.reads.get(pid, 0) + 1
            status = "PENDING" if self.reads[pid] == 1 else self.outcome
            return httpx.Response(200, json=self.process(pid, "X", status, entity="1234"), headers=MEDIA)
        if (request.method, url) == ("GET", f"{RETAILER}/subscriptions"):
            return httpx.Response(200, json={"subscriptions": [self.subscription]}, headers=MEDIA)
        if (request.method, url) == ("GET", f"{RETAILER}/subscriptions/1234"):
            return httpx.Response(200, json=self.subscription, headers=MEDIA)
        return httpx.Response(404, json={"title": "Not Found", "status": 404}, headers=MEDIA)

    def client(self) -> bol.Client:
        transport = httpx.MockTransport(self.respond)
        return bol.create_client(client_id="i", client_secret="s", httpx_args={"transport": transport})


def test_create_waits_for_the_process_and_names_the_new_subscription() -> None:
    fake = FakeBol()
    done = asyncio.run(subscriptions.create(fake.client(), "https://example.com/bol/push/", timeout=30))
    assert done.to_dict()["status"] == "SUCCESS" and done.to_dict()["entityId"] == "1234"
    _method, url, body = next(r for r in fake.requests if r[0] == "POST" and "subscriptions" in r[1])
    assert url == f"{RETAILER}/subscriptions"  # the Retailer API, not /shared
    assert body == {
        "resources": ["PROCESS_STATUS"],
        "url": "https://example.com/bol/push/",
        "subscriptionType": "WEBHOOK",
    }
    assert fake.reads["71"] == 2  # waited: PENDING, then SUCCESS


def test_a_disabled_subscription_is_shown_and_re_enabled() -> None:
    fake = FakeBol()
    client = fake.client()
    [listed] = asyncio.run(subscriptions.list_all(client))
    assert not subscriptions.is_enabled(listed)
    done = asyncio.run(subscriptions.enable(client, "1234", timeout=30))
    assert done.to_dict()["status"] == "SUCCESS"
    put = next(body for method, _, body in fake.requests if method == "PUT")
    assert put == {
        "resources": ["PROCESS_STATUS"],
        "url": "https://example.com/bol/push/",
        "subscriptionType": "WEBHOOK",
        "enabled": True,
    }
    assert subscriptions.is_enabled(asyncio.run(subscriptions.get(client, "1234")))


def test_the_cli_actions_print_what_happened_and_exit_by_outcome() -> None:
    fake = FakeBol(outcome="FAILURE")
    client = fake.client()

    async def listed(target: str | None, timeout: float) -> object:
        return await subscriptions.list_all(client)

    async def tested(target: str | None, timeout: float) -> object:
        return await subscriptions.send_test(client, str(target), timeout=timeout)

    async def deleted(target: str | None, timeout: float) -> object:
        return await subscriptions.delete(client, str(target), timeout=timeout)

    actions = {"list": listed, "test": tested, "delete": deleted}
    out = io.StringIO()
    assert cli_push.run_subscriptions("list", None, 30, actions, as_json=False, stdout=out) == 0
    assert "1234" in out.getvalue() and "DISABLED" in out.getvalue()
    out = io.StringIO()
    assert cli_push.run_subscriptions("test", "1234", 30, actions, as_json=True, stdout=out) == 1  # bol's FAILURE
    assert json.loads(out.getvalue())["status"] == "FAILURE"
    assert ("POST", f"{RETAILER}/subscriptions/test/1234", None) in fake.requests
    assert cli_push.run_subscriptions("delete", "9", 30, actions, as_json=False, stdout=io.StringIO()) == 2
