"""The ActivePlatform mock: fixtures, JSON:API media-type rules, auth, ids, lifecycle, admin API, and a
schemathesis run (positive and negative) that must find nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mocks import create_app, schemathesis_support
from mocks.base import ProviderMock
from specmodel import errors, load
from starlette.testclient import TestClient

KEY = "activeplatform"
MEDIA = "application/vnd.api+json"
TOKEN = "mock-token"
HEADERS = {"X-Api-Token": TOKEN, "Accept": MEDIA, "Content-Type": MEDIA}
OP = "getAsyncTask"
SPEC = load(KEY)


@pytest.fixture
def mock() -> Iterator[tuple[ProviderMock, TestClient]]:
    provider, app = create_app(KEY)
    with TestClient(app) as client:
        yield provider, client


def url(reseller: Any, task: Any) -> str:
    return f"/api/v3/resellers/{reseller}/async_tasks/{task}"


def assert_valid(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == MEDIA
    body: dict[str, Any] = response.json()
    assert errors(SPEC, SPEC.operations[OP].response_schema(str(status), MEDIA), body) == []
    return body


def test_every_fixture_reads_back_with_its_status(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    for fixture in client.get("/_mock/fixtures").json():
        params = fixture["params"]
        for _ in range(2):  # reading a finished process does not change it
            body = assert_valid(client.get(url(params["reseller_id"], params["async_task_id"]), headers=HEADERS), 200)
            attributes = body["data"]["attributes"]
            assert attributes["status"] == fixture["status"]
            assert body["data"]["id"] == str(params["async_task_id"])
            assert ("results" in attributes) == (fixture["status"] == "completed")
            assert bool(attributes["failure_message"]) == (fixture["status"] == "failed")


@pytest.mark.parametrize(
    "headers",
    [
        {k: v for k, v in HEADERS.items() if k != "X-Api-Token"},
        {**HEADERS, "X-Api-Token": "wrong-token"},
        {**HEADERS, "X-Api-Token": ""},
    ],
    ids=["missing", "wrong", "empty"],
)
def test_401_without_valid_token(mock: tuple[ProviderMock, TestClient], headers: dict[str, str]) -> None:
    _, client = mock
    response = client.get(url(1, 48213), headers=headers)
    body = assert_valid(response, 401)
    assert body["errors"][0]["status"] == "401"
    assert TOKEN not in response.text and "wrong-token" not in response.text


@pytest.mark.parametrize(
    ("accept", "ok"),
    [
        (MEDIA, True),
        ("*/*", True),
        ("application/*", True),
        (f'{MEDIA}; ext="https://jsonapi.org/ext/atomic", {MEDIA}', True),
        (f"{MEDIA};q=0.9", True),
        ("APPLICATION/VND.API+JSON", True),  # media types are case-insensitive
        (f"text/html, {MEDIA};q=0.001", True),
        (f"{MEDIA};q=0", False),  # q=0: not acceptable
        (f"*/*, {MEDIA};q=0", False),  # the most specific range decides
        ("application/*;q=0, */*", False),
        (None, False),
        ("application/json", False),
        (f'{MEDIA}; ext="https://jsonapi.org/ext/atomic"', False),
        ("text/html", False),
    ],
)
def test_accept_follows_json_api(mock: tuple[ProviderMock, TestClient], accept: str | None, ok: bool) -> None:
    _, client = mock
    headers = {k: v for k, v in HEADERS.items() if k != "Accept"}
    if accept is None:
        del client.headers["accept"]  # the test client sends `Accept: */*` by default
    else:
        headers["Accept"] = accept
    response = client.get(url(1, 48213), headers=headers)
    if ok:
        assert_valid(response, 200)
    else:  # JSON:API: 406 when Accept does not allow the media type
        assert assert_valid(response, 406)["errors"][0]["code"] == "not_acceptable"


def test_content_type_is_case_insensitive(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    assert_valid(client.get(url(1, 48213), headers={**HEADERS, "Content-Type": MEDIA.upper()}), 200)


# JSON:API forbids media type parameters on Content-Type (a charset too): 415.
@pytest.mark.parametrize("content_type", [None, "application/json", f"{MEDIA}; charset=utf-8", "text/plain"])
def test_content_type_is_required_even_on_get(mock: tuple[ProviderMock, TestClient], content_type: str | None) -> None:
    _, client = mock
    headers = {k: v for k, v in HEADERS.items() if k != "Content-Type"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    body = assert_valid(client.get(url(1, 48213), headers=headers), 415)  # JSON:API: wrong Content-Type
    assert body["errors"][0]["code"] == "unsupported_media_type"


def test_credentials_are_checked_before_media_types(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    assert_valid(client.get(url(1, 48213), headers={"Accept": "text/html"}), 401)


@pytest.mark.parametrize(
    ("reseller", "task", "status", "parameter"),
    [
        ("abc", 48213, 404, "reseller_id"),
        ("1.5", 48213, 404, "reseller_id"),
        (99, 48213, 404, "reseller_id"),  # no such reseller
        (742, 48213, 403, "reseller_id"),  # exists, out of the manager's reach
        (2, 48213, 404, "async_task_id"),  # reachable reseller, task belongs to another one
        (1, "not-a-task", 404, "async_task_id"),
        (1, "9b68427b52d54c019b77eb1b70517414", 404, "async_task_id"),  # UUIDs are hyphenated in the path
        (1, 99999, 404, "async_task_id"),
        (1, "00000000-0000-4000-8000-000000000000", 404, "async_task_id"),
        ("1" * 5000, 48213, 404, "reseller_id"),  # beyond int()'s 4300-digit limit
        ("\u0661", 48213, 404, "reseller_id"),  # ARABIC-INDIC DIGIT ONE
        (1, "9" * 5000, 404, "async_task_id"),
        (1, "\u0664\u0668\u0662\u0661\u0663", 404, "async_task_id"),  # 48213 in Arabic-Indic digits
    ],
)
def test_ids_are_validated(
    mock: tuple[ProviderMock, TestClient], reseller: Any, task: Any, status: int, parameter: str
) -> None:
    _, client = mock
    body = assert_valid(client.get(url(reseller, task), headers=HEADERS), status)
    assert body["errors"][0]["source"]["parameter"] == parameter


def test_uuid_ids_are_case_insensitive(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    body = assert_valid(client.get(url(1, "9B68427B-52D5-4C01-9B77-EB1B70517414"), headers=HEADERS), 200)
    assert body["data"]["id"] == "9b68427b-52d5-4c01-9b77-eb1b70517414"


@pytest.mark.parametrize("final", ["completed", "failed", "running"])
def test_created_process_advances_to_its_final_status(mock: tuple[ProviderMock, TestClient], final: str) -> None:
    _, client = mock
    seen: dict[type, int] = {}
    for _ in range(2):  # created ids alternate between integers and UUIDs
        created = client.post("/_mock/processes", json={"final_status": final, "steps": 4})
        assert created.status_code == 201
        params = created.json()["params"]
        seen[type(params["async_task_id"])] = 1
        statuses = []
        for _ in range(5):
            response = client.get(url(params["reseller_id"], params["async_task_id"]), headers=HEADERS)
            statuses.append(assert_valid(response, 200)["data"]["attributes"]["status"])
        middle = "pending" if final == "running" else "running"  # reaches `running` on the 4th read, not before
        assert statuses[:3] == ["pending", middle, middle]
        assert statuses[3:] == [final, final]  # the 4th read shows final_status, and it stays
    assert set(seen) == {int, str}


def test_faults_answer_the_next_requests(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    assert client.post("/_mock/faults", json={"status": 503, "count": 2, "retry_after": 7}).status_code == 201
    for _ in range(2):
        response = client.get(url(1, 48213), headers=HEADERS)
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "7"
        assert response.headers["content-type"].split(";")[0] == MEDIA
        document = {"$ref": "#/components/schemas/JsonApiErrorDocument"}
        assert errors(SPEC, document, response.json()) == []
        assert response.json()["errors"][0]["status"] == "503"
    assert_valid(client.get(url(1, 48213), headers=HEADERS), 200)


def test_reset_keeps_the_fixtures_readable(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    client.post("/_mock/processes", json={"final_status": "completed"})
    assert client.post("/_mock/reset").status_code == 200
    assert client.get("/_mock/stats").json()["requests"] == 0
    for fixture in client.get("/_mock/fixtures").json():
        params = fixture["params"]
        body = assert_valid(client.get(url(params["reseller_id"], params["async_task_id"]), headers=HEADERS), 200)
        assert body["data"]["attributes"]["status"] == fixture["status"]


# --- schemathesis ---------------------------------------------------------------------------------


def test_schemathesis_finds_nothing() -> None:
    mock, app = create_app(KEY)
    statuses = schemathesis_support.run(
        KEY, app, {"api_key": TOKEN}, mock.fixtures(), headers={"Accept": MEDIA, "Content-Type": MEDIA}
    )
    assert {200, 401, 404} <= statuses
