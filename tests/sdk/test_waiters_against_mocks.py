"""The generated waiters against the running mocks: processes created through the admin API reach
their final status, injected 429s are waited out, a deadline raises with the last status, and bol's
bulk waiter needs a handful of requests for 1500 ids."""

from __future__ import annotations

import asyncio
import importlib
import re
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from codegen.sdkfacts import snake_case
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from sdk.test_sdk_against_mocks import client_for

FAST = {"initial": 0.02, "maximum": 0.1, "jitter": 0.0}


def waiters(key: str) -> ModuleType:
    return importlib.import_module(f"{PROVIDERS[key].package}.waiters")


def create(running: RunningMock, final: str, steps: int) -> dict[str, Any]:
    return create_many(running, [final], steps)[0]


def create_many(running: RunningMock, finals: list[str], steps: int) -> list[dict[str, Any]]:
    """Processes through the admin API (one connection: a new httpx client per call costs ~30 ms)."""
    created = []
    with running.admin() as admin:
        for final in finals:
            answer = admin.post("/processes", json={"final_status": final, "steps": steps})
            assert answer.status_code == 201, answer.text
            created.append({snake_case(name): value for name, value in answer.json()["params"].items()})
    return created


def test_every_terminal_status_is_reached(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    policy = w.PollPolicy(**FAST)
    seen: list[Any] = []
    with client_for(running) as client:
        for final in running.mock.lifecycle.terminal:
            result = w.wait_until_done(
                client=client,
                **create(running, final, 3),
                timeout=10,
                policy=policy,
                on_progress=lambda model, state: seen.append(state),
            )
            assert w.lifecycle(result).is_terminal
            assert w.dig(result.to_dict(), w.STATUS_POINTER) == final
    assert w.Lifecycle.PENDING in seen


def test_injected_429s_are_waited_out(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    params = create(running, running.mock.lifecycle.terminal[0], 2)
    with running.admin() as admin:
        admin.post("/faults", json={"status": 429, "count": 2, "retry_after": 1})
        before = admin.get("/stats").json()["requests"]
    started = time.monotonic()
    with client_for(running) as client:
        result = w.wait_until_done(client=client, **params, timeout=15, policy=w.PollPolicy(**FAST))
    elapsed = time.monotonic() - started
    assert w.lifecycle(result).is_terminal
    assert elapsed >= 2.0  # two Retry-After: 1 waits were honoured
    with running.admin() as admin:
        assert admin.get("/stats").json()["requests"] - before >= 4


def test_timeout_raises_with_the_last_status(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    params = create(running, running.mock.lifecycle.terminal[0], 1000)
    with client_for(running) as client, pytest.raises(w.WaitTimeout) as caught:
        started = time.monotonic()  # the wait's deadline, not the client's making (its imports on a loaded machine)
        try:
            # 2 s: time for answers even on a loaded machine (with 0.5 s, the first answer once came after the
            # deadline, and a wait that read nothing has no last status to give)
            w.wait_until_done(client=client, **params, timeout=2.0, policy=w.PollPolicy(**FAST))
        finally:
            waited = time.monotonic() - started
    assert waited < 3.0
    assert isinstance(caught.value, TimeoutError)
    error: Any = caught.value
    assert error.lifecycle in (w.Lifecycle.PENDING, w.Lifecycle.RUNNING)


def test_refused_credentials_end_the_wait(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    params = create(running, running.mock.lifecycle.terminal[0], 2)
    secret = next(n for n in running.mock.creds if not n.endswith(("USERNAME", "CLIENT_ID")))
    overrides = {c: "wrong" for c in ("password", "api_key", "token", "client_secret") if secret.endswith(c.upper())}
    # bol refuses at its token endpoint (the SDK's AuthenticationError), the others answer 401.
    refused = (w.AuthenticationFailed, importlib.import_module(PROVIDERS[key].package).AuthenticationError)
    with client_for(running, **overrides) as client, pytest.raises(refused):
        w.wait_until_done(client=client, **params, timeout=5, policy=w.PollPolicy(**FAST))


def test_many_concurrent_async_waits_on_one_client(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    finals = list(running.mock.lifecycle.terminal) * 3
    jobs = create_many(running, finals, 3)

    async def run() -> list[Any]:
        async with client_for(running) as client:
            return await asyncio.gather(
                *(w.async_wait_until_done(client=client, **p, timeout=10, policy=w.PollPolicy(**FAST)) for p in jobs)
            )

    results = asyncio.run(run())
    assert [w.dig(r.to_dict(), w.STATUS_POINTER) for r in results] == finals


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


def test_bol_404_for_an_expired_status_stops_the_wait(bol: RunningMock) -> None:
    running = bol
    w = waiters("bol")
    with client_for(running) as client, pytest.raises(w.ProcessNotFound) as caught:
        w.wait_until_done(client=client, process_status_id="999999999", timeout=5, policy=w.PollPolicy(**FAST))
    assert caught.value.expired


def test_bol_bulk_waits_for_1500_ids_in_a_handful_of_requests(bol: RunningMock) -> None:
    running = bol
    w = waiters("bol")
    ids = [p["process_status_id"] for p in create_many(running, ["SUCCESS"] * 1500, 2)]
    with running.admin() as admin:
        before = admin.get("/stats").json()["requests"]
    with client_for(running) as client:
        result = w.wait_until_done_many(client=client, process_status_ids=ids, timeout=30, policy=w.PollPolicy(**FAST))
    with running.admin() as admin:
        requests = admin.get("/stats").json()["requests"] - before
    assert list(result) == ids
    assert {str(m.status) for m in result.values()} == {"SUCCESS"}
    assert requests <= 6, requests  # 2 rounds x 2 chunks (+ a token request), not 1500 x 2


def test_bol_bulk_async(bol: RunningMock) -> None:
    running = bol
    w = waiters("bol")
    ids = [create(running, final, 2)["process_status_id"] for final in ("SUCCESS", "FAILURE", "TIMEOUT")]

    async def run() -> Any:
        async with client_for(running) as client:
            return await w.async_wait_until_done_many(
                client=client, process_status_ids=ids, timeout=10, policy=w.PollPolicy(**FAST)
            )

    result = asyncio.run(run())
    assert [str(result[i].status) for i in ids] == ["SUCCESS", "FAILURE", "TIMEOUT"]


# --- corpus answers replayed through the mock (tests/corpus, `{"corpus": name}` faults) ------------------


def corpus_answer(key: str, status: int, prefer: tuple[str, ...]) -> str | None:
    """The name of a corpus answer of the status operation with `status`, those naming `prefer` first. A
    provider without a corpus folder yet (one just added: tests/corpus/README.md) skips the replays."""
    from corpus.answers import CORPUS, corpus
    from specmodel import load

    if not (CORPUS / key).is_dir():
        pytest.skip(f"{key} has no corpus yet: tests/corpus/{key}/ holds the answers to replay")

    status_op = next(op_id for op_id, op in load(key).operations.items() if op.async_status is not None)
    names = [a.name for a in corpus() if a.key == key and a.operation_id == status_op and a.status == status]
    names.sort(key=lambda name: (not any(word in name for word in prefer), name))
    return names[0] if names else None


def test_corpus_401_ends_in_authentication_failed(running: RunningMock) -> None:
    key = running.mock.key
    w = waiters(key)
    name = corpus_answer(key, 401, ("empty",))
    assert name is not None, f"{key}: the corpus has no 401 for the status operation"
    params = create(running, running.mock.lifecycle.terminal[0], 2)
    # Twice: bol's OAuth client answers a 401 by fetching a fresh token and asking once more.
    with running.admin() as admin:
        assert admin.post("/faults", json={"corpus": name, "count": 2}).status_code == 201
    try:
        with client_for(running) as client, pytest.raises(w.AuthenticationFailed) as raised:
            w.wait_until_done(client=client, **params, timeout=10, policy=w.PollPolicy(**FAST))
        assert raised.value.status_code == 401
    finally:
        running.mock.faults.clear()  # the second 401 is left over where the waiter stopped at the first


def test_corpus_rate_limits_and_proxy_pages_are_waited_out(running: RunningMock) -> None:
    """A 429 without Retry-After (backoff) and a proxy's HTML 502/503/504, replayed from the corpus."""
    key = running.mock.key
    w = waiters(key)
    replayed = [
        name
        for name in (
            corpus_answer(key, 429, ("without", "no-retry")),
            corpus_answer(key, 502, ("html",)) or corpus_answer(key, 504, ("html",)),
        )
        if name is not None
    ]
    assert replayed, f"{key}: no retryable corpus answer for the status operation"
    params = create(running, running.mock.lifecycle.terminal[0], 2)
    with running.admin() as admin:
        for name in replayed:
            assert admin.post("/faults", json={"corpus": name}).status_code == 201
        before = admin.get("/stats").json()["requests"]
    with client_for(running) as client:
        result = w.wait_until_done(client=client, **params, timeout=15, policy=w.PollPolicy(**FAST))
    assert w.lifecycle(result).is_terminal
    with running.admin() as admin:
        assert admin.get("/stats").json()["requests"] - before >= len(replayed) + 1


UUID_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def test_bol_uuid_style_ids_wait_beside_digit_ids(bol: RunningMock) -> None:
    # Live answers carry version-7 UUIDs since 2026 (corpus S9), the demo and older answers digits: one
    # client waits on both forms, one at a time and through the bulk operation.
    running = bol
    w = waiters("bol")
    created = create(running, "SUCCESS", 2)["process_status_id"]
    assert UUID_ID.fullmatch(created), created  # the mock issues ids in the live form
    with running.admin() as admin:
        fixture = next(
            f["params"]["process-status-id"]
            for f in admin.get("/fixtures").json()
            if f["operation"] == "getProcessStatus" and f["status"] == "SUCCESS"
        )
    assert fixture.isdigit()
    with client_for(running) as client:
        final = w.wait_until_done(client=client, process_status_id=created, timeout=10, policy=w.PollPolicy(**FAST))
        assert (final.process_status_id, final.status.value) == (created, "SUCCESS")
        assert final.links[0].href.endswith(f"/process-status/{created}")
        again = create(running, "FAILURE", 2)["process_status_id"]
        many = w.wait_until_done_many(
            client=client, process_status_ids=[again, fixture], timeout=10, policy=w.PollPolicy(**FAST)
        )
    assert {pid: s.status.value for pid, s in many.items()} == {again: "FAILURE", fixture: "SUCCESS"}
