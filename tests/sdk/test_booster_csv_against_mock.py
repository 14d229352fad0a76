"""booster_task_client.csv against the running booster mock (which answers CSV for `Accept: text/csv`):
the CSV-parsed tasks equal the JSON-parsed ones, sync and async, and errors arrive typed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import booster_task_client
import httpx
import pytest
from booster_task_client import csv as booster_csv
from booster_task_client.api.tasks import get_task_detail, get_tasks
from booster_task_client.models import EmptyTaskDetailResponse, ErrorResponse, Task
from mocks.server import RunningMock, serve
from targets import mock_credentials


@pytest.fixture(scope="module")
def running() -> Iterator[RunningMock]:
    with serve("booster") as mock:
        yield mock


def client_for(running: RunningMock, token: str | None = None) -> booster_task_client.Client:
    token = token or mock_credentials("booster", running.mock.creds)["token"]
    return booster_task_client.create_client(base_url=running.base_url, token=token)


def task_ids(running: RunningMock) -> list[str]:
    with running.admin() as admin:
        answer = admin.get("/fixtures")
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()
    return [i["params"]["asyncTaskId"] for i in items if i["operation"] == "getTaskDetail"]


def dicts(tasks: list[Task]) -> list[dict[str, Any]]:
    return [t.to_dict() for t in tasks]


def test_list_as_csv_equals_the_json_list(running: RunningMock) -> None:
    with client_for(running) as client:
        from_json = get_tasks.sync(client=client)
        from_csv = booster_csv.get_tasks(client=client)
    assert isinstance(from_json, list) and from_json
    assert dicts(from_csv) == dicts(from_json)
    assert all(isinstance(t, Task) for t in from_csv)
    # The comparison covers both set and unset optional fields, and every status.
    assert any("downloadUrl" in t for t in dicts(from_csv))
    assert any("totalResults" not in t for t in dicts(from_csv))
    assert {str(t.status) for t in from_csv} >= {"REQ", "INP", "COM", "ERR"}


def test_list_as_csv_async(running: RunningMock) -> None:
    async def both() -> tuple[list[Task], list[Task]]:
        async with client_for(running) as client:
            from_json = await get_tasks.asyncio(client=client)
            from_csv = await booster_csv.asyncio_get_tasks(client=client)
        assert isinstance(from_json, list)
        return from_json, from_csv

    from_json, from_csv = asyncio.run(both())
    assert dicts(from_csv) == dicts(from_json) != []


def test_each_task_as_csv_equals_its_json(running: RunningMock) -> None:
    ids = task_ids(running)
    assert len(ids) >= 4
    with client_for(running) as client:
        for task_id in ids:
            from_json = get_task_detail.sync(task_id, client=client)
            from_csv = booster_csv.get_task_detail(client=client, async_task_id=task_id)
            assert isinstance(from_json, Task), task_id
            assert from_csv.to_dict() == from_json.to_dict(), task_id

    async def in_csv() -> list[Task]:
        async with client_for(running) as client:
            calls = [booster_csv.asyncio_get_task_detail(client=client, async_task_id=i) for i in ids]
            return list(await asyncio.gather(*calls))

    with client_for(running) as client:
        expected = [get_task_detail.sync(i, client=client) for i in ids]
    assert dicts(asyncio.run(in_csv())) == [t.to_dict() for t in expected if isinstance(t, Task)]


def test_the_mock_really_answered_csv(running: RunningMock) -> None:
    # Guard for the comparison above: the same request with Accept: text/csv gets a CSV body.
    creds = mock_credentials("booster", running.mock.creds)
    with httpx.Client(base_url=running.base_url) as raw:
        answer = raw.get("/tasks", headers={"Accept": "text/csv", "Authorization": f"Bearer {creds['token']}"})
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.text.startswith("asyncTaskId,")


def test_a_binding_error_arrives_typed(running: RunningMock) -> None:
    # The SDK refuses what the spec's pattern refuses before sending it (issue 20), so the server's binding
    # error is injected here, for a Guid that ServiceStack would bind.
    with client_for(running) as client, pytest.raises(ValueError, match="'not-a-guid' does not match"):
        booster_csv.get_task_detail(client=client, async_task_id="not-a-guid")
    with running.admin() as admin:
        admin.post("/faults", json={"status": 400, "count": 1}).raise_for_status()
    with client_for(running) as client, pytest.raises(booster_csv.ErrorStatus) as caught:
        booster_csv.get_task_detail(client=client, async_task_id="0123456789abcdef0123456789abcdef")
    assert caught.value.status_code == 400
    assert isinstance(caught.value.parsed, ErrorResponse)
    assert caught.value.parsed.response_status.error_code == "RequestBindingException"


def test_an_unknown_task_arrives_as_the_empty_response_dto(running: RunningMock) -> None:
    with client_for(running) as client, pytest.raises(booster_csv.ErrorStatus) as caught:
        booster_csv.get_task_detail(client=client, async_task_id="0123456789abcdef0123456789abcdef")
    assert caught.value.status_code == 404
    assert isinstance(caught.value.parsed, EmptyTaskDetailResponse)
    assert caught.value.parsed.async_task_id == "0" * 32


def test_refused_token_is_a_401_without_a_body(running: RunningMock) -> None:
    with client_for(running, token="wrong-token") as client, pytest.raises(booster_csv.ErrorStatus) as caught:
        booster_csv.get_tasks(client=client)
    assert caught.value.status_code == 401
    assert caught.value.parsed is None  # ServiceStack's [Authenticate] ends a 401 without a session empty
    assert "wrong-token" not in str(caught.value)
