"""The myKaarma mock: fixtures, answers valid against specs/mykaarma.yaml, HTTP Basic and the API scope,
the errors/warnings/apiRequestId envelope on every body, the lifecycle, the admin API, and schemathesis
finding nothing in positive and negative generation."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from mocks import create_app, schemathesis_support
from mocks.base import ProviderMock
from specmodel import errors, load
from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::starlette.exceptions.StarletteDeprecationWarning")

KEY = "mykaarma"
OPERATION = "getAsyncProcess"
PARAM = "asyncProcessesUuid"
JSON = "application/json"
SPEC = load(KEY)
STATUSES = ("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "NOT_NEEDED", "FAILED")
ENVELOPE = {"$ref": "#/components/schemas/ApiResponse"}


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


VALID = basic("mock-user", "mock-pass")
NO_SCOPE = basic("mock-noscope-user", "mock-pass")


@pytest.fixture
def mock_client() -> Iterator[tuple[ProviderMock, TestClient]]:
    mock, app = create_app(KEY)
    with TestClient(app) as client:
        yield mock, client


def url(pid: str) -> str:
    return f"/manage/v2/async-processes/{pid}"


def assert_answer(status: int, body: Any) -> None:
    """The body validates against the spec's schema for `status`, and carries the envelope."""
    schema = SPEC.operations[OPERATION].response_schema(str(status), JSON)
    assert errors(SPEC, schema, body) == []
    assert {"errors", "warnings", "apiRequestId"} <= set(body)


def assert_error(response: Any, status: int) -> list[dict[str, Any]]:
    assert response.status_code == status
    assert response.headers["content-type"].startswith(JSON)
    body = response.json()
    assert_answer(status, body)
    assert body["errors"] and body["errors"][0]["errorCode"] == status
    found: list[dict[str, Any]] = body["errors"]
    return found


# --- fixtures --------------------------------------------------------------------------------------------


def test_every_fixture_reads_back_with_its_status(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    for fixture in client.get("/_mock/fixtures").json():
        for _ in range(3):  # reads of a finished process do not change it
            response = client.get(url(fixture["params"][PARAM]), headers=VALID)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"].startswith(JSON)
            body = response.json()
            assert_answer(200, body)
            assert body["status"] == fixture["status"]
            assert body["uuid"] == fixture["params"][PARAM]
            assert body["errors"] == [] and body["warnings"] == []


def test_fixtures_survive_reset(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    fixture = client.get("/_mock/fixtures").json()[0]
    assert client.post("/_mock/reset").status_code == 200
    assert client.get(url(fixture["params"][PARAM]), headers=VALID).json()["status"] == fixture["status"]


def test_steps_agree_with_the_process_status(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    for fixture in client.get("/_mock/fixtures").json():
        body = client.get(url(fixture["params"][PARAM]), headers=VALID).json()
        steps = [s["status"] for s in body["steps"]]
        assert [s["order"] for s in body["steps"]] == list(range(1, len(steps) + 1))
        if body["status"] == "FAILED":
            assert steps[-1] == "FAILED"
        elif body["status"] == "IN_PROGRESS":
            assert "IN_PROGRESS" in steps
        else:
            assert set(steps) == {body["status"]}
        assert (body["endTime"] is None) == (body["status"] in ("NOT_STARTED", "IN_PROGRESS"))
        assert (body["startTime"] is None) == (body["status"] == "NOT_STARTED")


# --- credentials and scope -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        basic("mock-user", "wrong"),
        basic("someone", "mock-pass"),
        basic("mock-noscope-user", "wrong"),
        {"Authorization": "Basic !!!not-base64"},
        {"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()},
        {"Authorization": "Bearer mock-pass"},
    ],
    ids=[
        "missing",
        "wrong-password",
        "wrong-user",
        "noscope-wrong-password",
        "garbage",
        "no-colon",
        "bearer",
    ],
)
def test_missing_or_wrong_credentials_get_401(
    mock_client: tuple[ProviderMock, TestClient], headers: dict[str, str]
) -> None:
    _, client = mock_client
    pid = client.get("/_mock/fixtures").json()[0]["params"][PARAM]
    response = client.get(url(pid), headers=headers)
    assert_error(response, 401)
    assert "mock-pass" not in response.text


def test_non_ascii_credentials_get_401(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    pid = client.get("/_mock/fixtures").json()[0]["params"][PARAM]
    for raw in (b"Basic bW9jay11c2Vy\xe9", b"Basic " + base64.b64encode("mock-user:p\u00e4ss".encode("latin-1"))):
        assert_error(client.get(url(pid), headers={"Authorization": raw}), 401)


def test_subscriber_without_scope_gets_403(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    pid = client.get("/_mock/fixtures").json()[0]["params"][PARAM]
    found = assert_error(client.get(url(pid), headers=NO_SCOPE), 403)
    assert "manage.async.process.read" in found[0]["errorMessage"]
    # Credentials are checked before the scope, the scope before the id.
    assert_error(client.get(url("no-such-process"), headers=NO_SCOPE), 403)


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_MYKAARMA_USERNAME", "env-user")
    monkeypatch.setenv("MOCK_MYKAARMA_PASSWORD", "env-pass")
    mock, app = create_app(KEY)
    client = TestClient(app)
    pid = mock.fixtures()[0]["params"][PARAM]
    assert client.get(url(pid), headers=basic("env-user", "env-pass")).status_code == 200
    assert client.get(url(pid), headers=VALID).status_code == 401


# --- ids -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pid", ["no-such-process", "7d0c7f2e-3b1a-4c5d-9e8f-112233445566", "a%0Ab", "a%2Fb", "%20"])
def test_unknown_or_malformed_uuid_gets_documented_400(mock_client: tuple[ProviderMock, TestClient], pid: str) -> None:
    _, client = mock_client
    found = assert_error(client.get(url(pid), headers=VALID), 400)
    assert "No async process found" in found[0]["errorMessage"]


def test_created_ids_are_uuids(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    created = client.post("/_mock/processes", json={"final_status": "COMPLETED", "steps": 2})
    assert created.status_code == 201
    assert str(uuid.UUID(created.json()["params"][PARAM])) == created.json()["params"][PARAM]


# --- lifecycle -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("final", STATUSES)
def test_created_process_advances_to_final_status_on_nth_read(
    mock_client: tuple[ProviderMock, TestClient], final: str
) -> None:
    _, client = mock_client
    steps = 4
    created = client.post("/_mock/processes", json={"final_status": final, "steps": steps})
    assert created.status_code == 201
    pid = created.json()["params"][PARAM]
    seen = []
    for _ in range(steps + 2):
        response = client.get(url(pid), headers=VALID)
        assert response.status_code == 200
        assert_answer(200, response.json())
        seen.append(response.json()["status"])
    assert seen[0] == "NOT_STARTED"
    # IN_PROGRESS shows on the way only to a finished status: NOT_STARTED never follows it.
    middle = "IN_PROGRESS" if final in ("COMPLETED", "NOT_NEEDED", "FAILED") else "NOT_STARTED"
    assert seen[1 : steps - 1] == [middle] * (steps - 2)
    assert seen[steps - 1 :] == [final] * 3


def test_retention_expires_finished_processes() -> None:
    _, app = create_app(KEY, retention=0.0)
    client = TestClient(app)
    pid = client.post("/_mock/processes", json={"final_status": "COMPLETED", "steps": 1}).json()["params"][PARAM]
    assert client.get(url(pid), headers=VALID).json()["status"] == "COMPLETED"
    assert_error(client.get(url(pid), headers=VALID), 400)


# --- admin API -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 503])
def test_faults_answer_next_requests_in_provider_shape(
    mock_client: tuple[ProviderMock, TestClient], status: int
) -> None:
    _, client = mock_client
    pid = client.get("/_mock/fixtures").json()[0]["params"][PARAM]
    injected = client.post("/_mock/faults", json={"status": status, "count": 2, "retry_after": 7})
    assert injected.status_code == 201
    for _ in range(2):
        response = client.get(url(pid), headers=VALID)
        assert response.status_code == status
        assert response.headers["Retry-After"] == "7"
        body = response.json()
        assert errors(SPEC, ENVELOPE, body) == []
        assert body["errors"][0]["errorCode"] == status
    assert client.get(url(pid), headers=VALID).status_code == 200


# --- schemathesis ---------------------------------------------------------------------------------


def test_schemathesis_finds_nothing() -> None:
    mock, app = create_app(KEY)
    statuses = schemathesis_support.run(KEY, app, {"username": "mock-user", "password": "mock-pass"}, mock.fixtures())
    assert {200, 400, 401} <= statuses
