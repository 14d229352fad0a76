"""The Realtime Register mock: fixtures, answers valid against specs/realtimeregister.yaml, the
`Authorization: ApiKey <key>` header, integer process ids, `fields`, {type, message} errors, the lifecycle,
the admin API, and schemathesis finding nothing in positive and negative generation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mocks import create_app, schemathesis_support
from mocks.base import ProviderMock
from specmodel import errors, load
from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::starlette.exceptions.StarletteDeprecationWarning")

KEY = "realtimeregister"
OPERATION = "getProcess"
PARAM = "processId"
JSON = "application/json"
SPEC = load(KEY)
STATUSES = (
    "NEW",
    "VALIDATED",
    "RUNNING",
    "COMPLETED",
    "INVALID",
    "CANCELLED",
    "FAILED",
    "IN_DOUBT",
    "SCHEDULED",
    "SUSPENDED",
)
VALID = {"Authorization": "ApiKey mock-key"}
# What the spec says of an answer to a request with `fields`: Process fields, but none of them required.
FILTERED = {k: v for k, v in SPEC.schemas["Process"].node.items() if k != "required"}


@pytest.fixture
def mock_client() -> Iterator[tuple[ProviderMock, TestClient]]:
    mock, app = create_app(KEY)
    with TestClient(app) as client:
        yield mock, client


def url(pid: object) -> str:
    return f"/v2/processes/{pid}"


def first_id(client: TestClient) -> int:
    pid: int = client.get("/_mock/fixtures").json()[0]["params"][PARAM]
    return pid


def assert_error(response: Any, status: int, error_type: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(JSON)
    body: dict[str, Any] = response.json()
    assert errors(SPEC, SPEC.operations[OPERATION].response_schema(str(status), JSON), body) == []
    assert body["type"] == error_type
    return body


# --- fixtures --------------------------------------------------------------------------------------------


def test_every_fixture_reads_back_with_its_status(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    schema = SPEC.operations[OPERATION].response_schema("200", JSON)
    for fixture in [f for f in client.get("/_mock/fixtures").json() if f["operation"] == OPERATION]:
        for _ in range(3):  # reads of a finished process do not change it
            response = client.get(url(fixture["params"][PARAM]), headers=VALID)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"].startswith(JSON)
            body = response.json()
            assert errors(SPEC, schema, body) == []
            assert body["status"] == fixture["status"]
            assert body["id"] == fixture["params"][PARAM]


def test_fixtures_survive_reset(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    fixture = client.get("/_mock/fixtures").json()[0]
    assert client.post("/_mock/reset").status_code == 200
    assert client.get(url(fixture["params"][PARAM]), headers=VALID).json()["status"] == fixture["status"]


def test_answers_fit_the_status(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    bodies = {
        f["status"]: client.get(url(f["params"][PARAM]), headers=VALID).json()
        for f in client.get("/_mock/fixtures").json()
        if f["operation"] == OPERATION
    }
    assert bodies["SUSPENDED"]["resumeTypes"]
    assert "error" in bodies["FAILED"] and "error" in bodies["INVALID"]
    assert bodies["COMPLETED"]["billables"] and bodies["COMPLETED"]["transaction"]
    assert "startedDate" not in bodies["NEW"] and "startedDate" in bodies["RUNNING"]


# --- credentials -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "ApiKey wrong"},
        {"Authorization": "mock-key"},
        {"Authorization": "Bearer mock-key"},
        {"Authorization": "ApiKey  mock-key"},
        {"Authorization": "ApiKey"},
    ],
    ids=["missing", "wrong-key", "no-scheme", "bearer", "double-space", "scheme-only"],
)
def test_missing_or_wrong_key_gets_401(mock_client: tuple[ProviderMock, TestClient], headers: dict[str, str]) -> None:
    _, client = mock_client
    response = client.get(url(first_id(client)), headers=headers)
    assert_error(response, 401, "AuthenticationError")
    assert "mock-key" not in response.text


def test_key_is_checked_before_the_id(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    assert_error(client.get(url("abc")), 401, "AuthenticationError")
    assert_error(client.get(url(999)), 401, "AuthenticationError")


def test_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_REALTIMEREGISTER_API_KEY", "env-key")
    mock, app = create_app(KEY)
    client = TestClient(app)
    pid = mock.fixtures()[0]["params"][PARAM]
    assert client.get(url(pid), headers={"Authorization": "ApiKey env-key"}).status_code == 200
    assert client.get(url(pid), headers=VALID).status_code == 401


# --- ids -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pid", ["abc", "1.5", "1e3", "%20", "0x10", "a%0Ab", "9223372036854775808", "true"])
def test_non_integer_id_gets_validation_error(mock_client: tuple[ProviderMock, TestClient], pid: str) -> None:
    _, client = mock_client
    assert_error(client.get(url(pid), headers=VALID), 400, "ValidationError")


@pytest.mark.parametrize("pid", ["1" * 5000, "-" + "9" * 4301, "١٢", "²", "+1", "1 "])
def test_odd_integers_get_validation_error(mock_client: tuple[ProviderMock, TestClient], pid: str) -> None:
    _, client = mock_client  # longer than int()'s 4300-digit limit, Unicode digits, signs, spaces
    assert_error(client.get(url(pid), headers=VALID), 400, "ValidationError")


def test_leading_zeros_read_the_same_process(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    pid = first_id(client)
    assert client.get(url("0" * 5000 + str(pid)), headers=VALID).json()["id"] == pid


@pytest.mark.parametrize("pid", ["0", "-1"])
def test_non_positive_id_gets_constraint_violation(mock_client: tuple[ProviderMock, TestClient], pid: str) -> None:
    _, client = mock_client
    body = assert_error(client.get(url(pid), headers=VALID), 400, "ConstraintViolationException")
    assert body["violations"][0]["field"] == PARAM


def test_unknown_id_gets_400_object_does_not_exist(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    assert_error(client.get(url(9223372036854775807), headers=VALID), 400, "ObjectDoesNotExist")
    answer = client.get(url(12345), headers=VALID)
    assert_error(answer, 400, "ObjectDoesNotExist")
    assert answer.json()["objectType"] == "Process" and answer.json()["identifier"] == "12345"


# --- fields ----------------------------------------------------------------------------------------------


def test_fields_returns_only_requested_fields_plus_id(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    pid = first_id(client)
    response = client.get(url(pid), params={"fields": "status,statusDetail,resumeTypes"}, headers=VALID)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"id", "status"}  # statusDetail and resumeTypes do not apply to this process
    assert errors(SPEC, FILTERED, body) == []
    assert set(client.get(url(pid), params={"fields": "id"}, headers=VALID).json()) == {"id"}
    full = client.get(url(pid), params={"fields": ""}, headers=VALID).json()
    assert errors(SPEC, SPEC.operations[OPERATION].response_schema("200", JSON), full) == []


def test_unknown_field_gets_validation_error(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    response = client.get(url(first_id(client)), params={"fields": "status,foo"}, headers=VALID)
    body = assert_error(response, 400, "ValidationError")
    assert "foo" in body["message"]


# --- the request forms the official SDKs send (observed on the wire; corpus SOURCES.md S9) -------------------

# realtimeregister-ts (axios, `qs.stringify(params, { arrayFormat: 'repeat' })`): `ProcessApi.get(id, fields)`.
TS_SDK_HEADERS = {
    "Accept": "application/json, text/plain, */*",
    "Authorization": "ApiKey mock-key",
    "User-Agent": "axios/1.21.1",
    "Accept-Encoding": "gzip, compress, deflate, br",
}
# realtimeregister-php (Guzzle 7, `AuthorizedClient::request`): a JSON Content-Type even on a GET, no Accept.
PHP_SDK_HEADERS = {"User-Agent": "GuzzleHttp/7", "Authorization": "ApiKey mock-key", "Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The TypeScript SDK's exact request (S9): the mock's processes carry no statusDetail, so `status` and
        # `id` remain; reading only the last value used to leave `id` alone.
        ("fields=status&fields=statusDetail", {"id", "status"}),
        ("fields=status&fields=action", {"id", "status", "action"}),
        ("fields=status,action", {"id", "status", "action"}),  # the documented form
        ("fields=status&fields=action&fields=status", {"id", "status", "action"}),
        ("fields=status,type&fields=action", {"id", "status", "type", "action"}),
        ("fields=&fields=action", {"id", "action"}),
    ],
)
def test_repeated_fields_are_combined(
    mock_client: tuple[ProviderMock, TestClient], query: str, expected: set[str]
) -> None:
    _, client = mock_client
    response = client.get(f"{url(first_id(client))}?{query}", headers=TS_SDK_HEADERS)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == expected
    assert errors(SPEC, SPEC.operations[OPERATION].response_schema("200", JSON), body) == []


def test_an_unknown_name_in_any_repeated_value_is_refused(mock_client: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock_client
    response = client.get(f"{url(first_id(client))}?fields=status&fields=foo", headers=TS_SDK_HEADERS)
    assert "foo" in assert_error(response, 400, "ValidationError")["message"]


@pytest.mark.parametrize("headers", [TS_SDK_HEADERS, PHP_SDK_HEADERS], ids=["ts-sdk", "php-sdk"])
def test_the_official_sdks_request_forms_are_served(
    mock_client: tuple[ProviderMock, TestClient], headers: dict[str, str]
) -> None:
    _, client = mock_client
    pid = first_id(client)
    full = client.get(url(pid), headers=headers)
    assert full.status_code == 200 and full.headers["content-type"].startswith(JSON)
    assert errors(SPEC, SPEC.operations["getProcess"].response_schema("200", JSON), full.json()) == []
    assert full.json()["id"] == pid and {"status", "type", "action"} <= set(full.json())
    missing = client.get(url(999_999_999), headers=headers)  # what both SDKs raise on: 400 ObjectDoesNotExist
    assert assert_error(missing, 400, "ObjectDoesNotExist")["identifier"] == "999999999"
    anonymous = client.get(url(pid), headers={k: v for k, v in headers.items() if k != "Authorization"})
    assert_error(anonymous, 401, "AuthenticationError")


# --- lifecycle -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("final", STATUSES)
def test_created_process_advances_to_final_status_on_nth_read(
    mock_client: tuple[ProviderMock, TestClient], final: str
) -> None:
    _, client = mock_client
    steps = 3
    created = client.post("/_mock/processes", json={"final_status": final, "steps": steps})
    assert created.status_code == 201
    pid = created.json()["params"][PARAM]
    assert isinstance(pid, int)
    seen = []
    for _ in range(steps + 2):
        response = client.get(url(pid), headers=VALID)
        assert response.status_code == 200
        assert errors(SPEC, SPEC.operations[OPERATION].response_schema("200", JSON), response.json()) == []
        seen.append(response.json()["status"])
    # Never backwards: RUNNING shows on the way only to a status that comes after it.
    middle = "NEW" if final in ("NEW", "VALIDATED", "SCHEDULED", "RUNNING") else "RUNNING"
    assert seen == ["NEW", middle, final, final, final]


@pytest.mark.parametrize("final", ["VALIDATED", "SCHEDULED", "IN_DOUBT"])
def test_process_ending_before_terminal_never_moves_backwards(
    mock_client: tuple[ProviderMock, TestClient], final: str
) -> None:
    mock, client = mock_client
    pid = client.post("/_mock/processes", json={"final_status": final, "steps": 5}).json()["params"][PARAM]
    seen = [client.get(url(pid), headers=VALID).json()["status"] for _ in range(7)]
    ranks = [mock.lifecycle.rank(s) for s in seen]
    assert ranks == sorted(ranks), seen
    assert seen[4:] == [final] * 3 and final not in seen[:4]


def test_retention_expires_finished_processes() -> None:
    _, app = create_app(KEY, retention=0.0)
    client = TestClient(app)
    pid = client.post("/_mock/processes", json={"final_status": "COMPLETED", "steps": 1}).json()["params"][PARAM]
    assert client.get(url(pid), headers=VALID).json()["status"] == "COMPLETED"
    assert_error(client.get(url(pid), headers=VALID), 400, "ObjectDoesNotExist")


# --- admin API -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type"), [(429, "TooManyRequests"), (500, "InternalSRSError"), (503, "ProviderUnavailable")]
)
def test_faults_answer_next_requests_in_provider_shape(
    mock_client: tuple[ProviderMock, TestClient], status: int, error_type: str
) -> None:
    _, client = mock_client
    pid = first_id(client)
    assert client.post("/_mock/faults", json={"status": status, "count": 2, "retry_after": 7}).status_code == 201
    for _ in range(2):
        response = client.get(url(pid), headers=VALID)
        assert_error(response, status, error_type)
        assert response.headers["Retry-After"] == "7"
    assert client.get(url(pid), headers=VALID).status_code == 200


# --- schemathesis ---------------------------------------------------------------------------------


def test_schemathesis_finds_nothing() -> None:
    mock, app = create_app(KEY)
    statuses = schemathesis_support.run(KEY, app, {"api_key": "mock-key"}, mock.fixtures())
    assert {200, 400, 401} <= statuses  # an unknown id is a 400 ObjectDoesNotExist
