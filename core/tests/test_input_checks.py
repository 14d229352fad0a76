"""Input checked before it is sent (issue 20): path ids against the spec's parameter schema (`params.PathRule`),
URLs the SDK can never speak (`urls.check_url`), and a 404 for a path the server does not route told from "no
such process" (`urls.Route`, through `polling.failure_delay`)."""

from __future__ import annotations

import uuid
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from asyncstatus_core.errors import InvalidParameter, InvalidURL, SDKError
from asyncstatus_core.params import PathRule, check_path
from asyncstatus_core.polling import PollPolicy, ProcessNotFound, UnexpectedAnswer, failure_delay
from asyncstatus_core.types import Response
from asyncstatus_core.urls import Route, check_url

OPAQUE = PathRule(name="process_status_id", wire="process-status-id")  # bol: any string
GUID = PathRule(
    name="async_task_id",
    wire="asyncTaskId",
    pattern="^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
)
POSITIVE = PathRule(name="process_id", wire="processId", type="integer", minimum=1)
UUID_FORMAT = PathRule(name="uuid", format="uuid")


@pytest.mark.parametrize(
    ("rule", "value", "says"),
    [
        (OPAQUE, "", "process_status_id: '' is empty"),
        (OPAQUE, "   ", "process_status_id: '   ' is only whitespace"),
        (OPAQUE, "12 34", "process_status_id: '12 34' holds whitespace"),
        (OPAQUE, "1234567\n", "holds whitespace"),
        (GUID, "not-a-guid", "async_task_id: 'not-a-guid' does not match the spec's pattern"),
        (POSITIVE, 0, "process_id: 0 is below the spec's minimum 1"),
        (POSITIVE, "x1", "process_id: 'x1' is not an integer"),
        (UUID_FORMAT, "1234", "uuid: '1234' is not a UUID"),
    ],
)
def test_a_refused_value_is_an_invalid_parameter_naming_it(rule: PathRule, value: Any, says: str) -> None:
    with pytest.raises(InvalidParameter) as raised:
        check_path({rule.name: rule}, **{rule.name: value})
    assert says in str(raised.value) and str(raised.value).startswith(f"{rule.name}: ")
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, SDKError)
    assert raised.value.name == rule.name and raised.value.value == value


@pytest.mark.parametrize(
    ("rule", "value"),
    [
        (OPAQUE, "1234567"),
        (OPAQUE, "019bbcbc-1a21-77c9-9de6-0726d1379c91fff"),
        (GUID, "3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c"),
        (POSITIVE, 46069000),
        (UUID_FORMAT, uuid.UUID(int=7)),
    ],
)
def test_a_value_the_spec_allows_passes_unchanged(rule: PathRule, value: Any) -> None:
    assert rule.check(value) is value


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("127.0.0.1:8080", "not an http:// or https:// URL"),
        ("http:///shared", "has no host"),
        ("ftp://example.test/x", "not an http:// or https:// URL"),
    ],
)
def test_a_url_the_sdk_cannot_speak_is_invalid_url_at_once(url: str, says: str) -> None:
    with pytest.raises(InvalidURL, match=f"base_url: .*{says}") as raised:
        check_url(url)
    assert isinstance(raised.value, ValueError)
    with pytest.raises(InvalidURL, match="token_url") as token:
        check_url(url, which="token", keyword="token_url")
    assert token.value.which == "token"
    assert check_url("http://127.0.0.1:8080/shared") == "http://127.0.0.1:8080/shared"


BOL = Route(servers=("https://api.bol.com/shared", "https://api.bol.com/shared-demo"), members=("status", "title"))
PROBLEM = b'{"type": "https://api.bol.com/problems", "title": "Not Found", "status": 404, "detail": "Not Found"}'


def answer(status: int, content: bytes) -> Response[Any]:
    return Response(status_code=HTTPStatus(status), content=content, headers=httpx.Headers(), parsed=None)


def judge(content: bytes, base_url: str, route: Route | None = BOL) -> BaseException:
    with pytest.raises((ProcessNotFound, UnexpectedAnswer)) as raised:
        failure_delay(
            answer(404, content),
            what="getProcessStatus",
            not_found="expired",
            policy=PollPolicy(),
            attempt=0,
            route=route,
            base_url=base_url,
        )
    return raised.value


def test_a_404_at_a_base_url_without_the_specs_path_says_no_such_route() -> None:
    # was: "404, not found (unknown id, or its record expired)" for every id, the mock's own problem body and all
    raised = judge(PROBLEM, "http://127.0.0.1:8080")
    assert isinstance(raised, UnexpectedAnswer) and raised.status_code == 404
    assert "the server has no such route: is the base URL's path right? the spec's is /shared or /shared-demo" in str(
        raised
    )
    assert "expired" not in str(raised)


@pytest.mark.parametrize(
    ("content", "route", "found"),
    [
        (PROBLEM, BOL, True),  # the provider's own not-found answer
        (b"", BOL, True),  # no body: some providers send their 404 bare (Realtime Register)
        (b"<html><h1>Not Found</h1></html>", BOL, False),  # a proxy's or framework's page
        (b'{"timestamp": "x", "error": "Not Found", "path": "/x"}', BOL, False),  # Spring's, not bol's problem
        (b'{"errors": []}', Route(servers=("https://api.example",), members=None), False),  # spec documents no 404
    ],
)
def test_a_404_is_not_found_only_when_its_body_is_the_providers(content: bytes, route: Route, found: bool) -> None:
    raised = judge(content, "http://127.0.0.1:8080/shared" if route is BOL else "http://127.0.0.1:8080", route)
    if found:
        assert isinstance(raised, ProcessNotFound) and raised.expired
    else:
        assert isinstance(raised, UnexpectedAnswer) and "the server has no such route" in str(raised)


def test_a_server_variable_in_the_specs_path_matches_any_value() -> None:
    route = Route(servers=("https://{host}/api/{version}",), members=("errors",))
    assert route.path_matches("https://reseller.example/api/v3")
    assert not route.path_matches("https://reseller.example/v3")
    assert Route(servers=("https://{host}",)).path_matches("http://127.0.0.1:9")
