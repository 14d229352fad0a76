"""What generated `waiters` and endpoint modules lean on (issue 19): `waits.StatusWaits` reads the spec's
lifecycle table and progress, and names a wait; `operations.Operation` reads each answer by its documented
status with the answer rule, and sends through the client's limits."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from asyncstatus_core.answers import Tabular
from asyncstatus_core.errors import UnexpectedResponse, UnexpectedStatus
from asyncstatus_core.operations import Operation
from asyncstatus_core.params import PathRule
from asyncstatus_core.polling import Lifecycle, PollPolicy
from asyncstatus_core.urls import Route
from asyncstatus_core.waits import StatusWaits


class Status:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    @classmethod
    def from_dict(cls, document: Mapping[str, Any]) -> Status:
        if "id" not in document:
            raise KeyError("id")
        return cls(dict(document))

    def to_dict(self) -> dict[str, Any]:
        return self.document


def waits(progress_at: Any = None, interval: float | None = None) -> StatusWaits[Status]:
    return StatusWaits(
        operation_id="getJob",
        model=Status,
        pointer=("state", "name"),
        states={"DONE": Lifecycle.SUCCEEDED, "BROKEN": Lifecycle.FAILED, "BUSY": Lifecycle.RUNNING},
        not_found="unknown",
        not_found_answers=(),
        route=Route(servers=("https://api.example.com",), members=None),
        interval=interval,
        progress_at=progress_at,
    )


def test_lifecycle_reads_the_pointer_and_an_unlisted_value_is_unknown() -> None:
    assert waits().lifecycle(Status({"state": {"name": "DONE"}})) is Lifecycle.SUCCEEDED
    assert waits().lifecycle(Status({"state": {"name": "NEW"}})) is Lifecycle.UNKNOWN
    assert waits().lifecycle(Status({"state": None})) is Lifecycle.UNKNOWN


def test_progress_from_a_pointer_from_steps_or_none() -> None:
    assert waits(("done",)).progress(Status({"done": 40})) == 40.0
    assert waits(("done",)).progress(Status({"done": True})) is None  # a boolean is no percentage
    steps = Status({"steps": [{"status": "DONE"}, {"status": "BUSY"}, {"status": "DONE"}, "odd"]})
    assert waits("steps").progress(steps) == 50.0
    assert waits().progress(Status({"done": 40})) is None


def test_a_wait_names_its_ids_and_takes_the_specs_interval() -> None:
    assert waits().what({"job_id": "7", "account": 3}) == "getJob(job_id='7', account=3)"
    assert waits(interval=2.5).waiter("w", 10.0, None, None).policy.initial == 2.5
    assert waits().waiter("w", 10.0, None, None).policy.initial == PollPolicy().initial


class Media:
    TABULAR: Mapping[str, Tabular] = {}
    SERVERS: Mapping[str, Mapping[str, str]] = {"get_job": {"https://api.example.com": "https://jobs.example.com"}}
    PATH_RULES: Mapping[str, Mapping[str, PathRule]] = {}
    HEADERS: Mapping[str, Mapping[str, str]] = {}


def operation(default: bool = False) -> Operation[Status]:
    return Operation(
        "get_job",
        Media(),
        [(200, 200, "object", Status.from_dict), (404, 404, "object", Status.from_dict), (500, 599, "none", None)],
        default=("object", Status.from_dict) if default else None,
    )


def answer(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content, request=httpx.Request("GET", "https://api.example.com/jobs/1"))


def client(raise_on_unexpected_status: bool = False) -> Any:
    return SimpleNamespace(raise_on_unexpected_status=raise_on_unexpected_status)


def test_a_documented_status_reads_its_model() -> None:
    parsed = operation().parse(client(), answer(200, b'{"id": "1"}'))
    assert isinstance(parsed, Status) and parsed.document == {"id": "1"}


def test_an_unreadable_body_raises_for_a_success_and_gives_none_for_an_error_status() -> None:
    with pytest.raises(UnexpectedResponse):
        operation().parse(client(), answer(200, b'{"name": "no id"}'))
    with pytest.raises(UnexpectedResponse):
        operation().parse(client(), answer(200, b"[1, 2]"))  # a model's body must be an object
    assert operation().parse(client(), answer(404, b"<html>")) is None


def test_a_range_without_a_body_gives_none_and_an_undocumented_status_follows_the_client() -> None:
    assert operation().parse(client(), answer(503, b'{"id": "1"}')) is None
    assert operation().parse(client(), answer(418, b"")) is None
    with pytest.raises(UnexpectedStatus):
        operation().parse(client(raise_on_unexpected_status=True), answer(418, b""))


def test_the_default_answer_reads_any_other_status_as_an_error() -> None:
    parsed = operation(default=True).parse(client(raise_on_unexpected_status=True), answer(418, b'{"id": "x"}'))
    assert isinstance(parsed, Status)
    assert operation(default=True).parse(client(), answer(418, b"not json")) is None


def test_send_routes_to_the_operations_own_server_and_reads_with_the_parser_given() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"id": "1"})

    http = httpx.Client(base_url="https://api.example.com", transport=httpx.MockTransport(handler))
    sdk = SimpleNamespace(
        raise_on_unexpected_status=False,
        _base_url="https://api.example.com",
        total_timeout=None,
        max_body_size=1_000_000,
        get_httpx_client=lambda: http,
    )
    ops = operation()
    result = ops.send(sdk, {"method": "get", "url": "/jobs/1"}, lambda *, client, response: ops.parse(client, response))
    assert seen == ["https://jobs.example.com/jobs/1"]
    assert int(result.status_code) == 200 and isinstance(result.parsed, Status)


def test_the_asyncio_twins_keep_the_sync_functions_keywords_and_wait_alike() -> None:
    import asyncio
    import inspect

    from asyncstatus_core.types import Response
    from asyncstatus_core.waits import async_get_function, async_wait_function

    sent: list[dict[str, Any]] = []

    async def read(**keywords: Any) -> Response[Any]:
        sent.append({k: v for k, v in keywords.items() if k != "client"})
        return Response(
            status_code=HTTPStatus(200),
            content=b"",
            headers=httpx.Headers(),
            parsed=Status({"state": {"name": "DONE"}}),
        )

    def wait_until_done(
        *, client: Any, job_id: str, timeout: float, on_progress: Any = None, policy: Any = None, on_retry: Any = None
    ) -> Status:
        """The sync wait."""
        raise AssertionError("the twin does not call it")

    def get_status(*, client: Any, job_id: str, timeout: float = 30.0) -> Status:
        raise AssertionError("the twin does not call it")

    twin = async_wait_function(waits(), wait_until_done, read)
    once = async_get_function(waits(), get_status, read)
    assert inspect.iscoroutinefunction(twin) and twin.__name__ == "async_wait_until_done"
    assert inspect.signature(twin) == inspect.signature(wait_until_done) and "on asyncio" in (twin.__doc__ or "")
    client = SimpleNamespace(_base_url="https://api.example.com")
    assert asyncio.run(twin(client=client, job_id="7", timeout=5.0)).document == {"state": {"name": "DONE"}}
    assert asyncio.run(once(client=client, job_id="8")).document == {"state": {"name": "DONE"}}
    assert sent == [{"job_id": "7"}, {"job_id": "8"}]
