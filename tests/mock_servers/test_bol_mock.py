"""The bol mock is as strict as bol (PROVIDERS.md): tokens, media types, validation problems, paging,
retention, and the admin API."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from mocks import create_app, schemathesis_support
from mocks.providers.bol import BolMock
from specmodel import errors, load
from starlette.testclient import TestClient

SPEC = load("bol")
MEDIA = "application/vnd.retailer.v10+json"


@pytest.fixture
def bol() -> Iterator[tuple[BolMock, TestClient]]:
    mock, app = create_app("bol")
    assert isinstance(mock, BolMock)
    with TestClient(app) as client:
        yield mock, client


def token(client: TestClient, user: str = "mock-client-id", secret: str = "mock-client-secret") -> Any:
    return client.post("/token", auth=(user, secret), data={"grant_type": "client_credentials"})


def headers(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(client).json()['access_token']}", "Accept": MEDIA}


def valid(operation: str, status: int, body: Any) -> None:
    assert errors(SPEC, SPEC.operations[operation].response_schema(str(status), MEDIA), body) == []


def test_token_endpoint_issues_expiring_bearer_tokens(bol: tuple[BolMock, TestClient]) -> None:
    mock, client = bol
    answer = token(client)
    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == mock.token_lifetime
    assert token(client, secret="wrong").status_code == 401
    assert "wrong" not in token(client, secret="wrong").text
    bad_grant = client.post("/token", auth=("mock-client-id", "mock-client-secret"), data={"grant_type": "password"})
    assert bad_grant.status_code == 400


def test_expired_token_is_refused(bol: tuple[BolMock, TestClient]) -> None:
    mock, client = bol
    h = headers(client)
    assert client.get("/shared/process-status/1", headers=h).status_code == 200
    for key in mock.tokens:
        mock.tokens[key] = time.monotonic() - 1
    refused = client.get("/shared/process-status/1", headers=h)
    assert refused.status_code == 401
    valid("getProcessStatus", 401, refused.json())


def test_every_fixture_reads_back_with_its_status(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = headers(client)
    process_status = {"getProcessStatus", "getProcessStatusBulk", "getProcessStatusEntityId"}
    fixtures = [f for f in client.get("/_mock/fixtures").json() if f["operation"] in process_status]
    assert {f["operation"] for f in fixtures} == process_status
    assert {f["status"] for f in fixtures} == {"PENDING", "SUCCESS", "FAILURE", "TIMEOUT"}
    for f in fixtures:
        if f["operation"] == "getProcessStatus":
            answer = client.get(f"/shared/process-status/{f['params']['process-status-id']}", headers=h)
            valid("getProcessStatus", 200, answer.json())
            assert answer.json()["status"] == f["status"]
            assert answer.headers["content-type"].startswith(MEDIA)
        elif f["operation"] == "getProcessStatusBulk":
            answer = client.post("/shared/process-status", json=f["params"], headers={**h, "Content-Type": MEDIA})
            valid("getProcessStatusBulk", 200, answer.json())
            assert [s["status"] for s in answer.json()["processStatuses"]] == [f["status"]]
        else:
            answer = client.get("/shared/process-status", params=f["params"], headers=h)
            valid("getProcessStatusEntityId", 200, answer.json())
            assert f["status"] in {s["status"] for s in answer.json()["processStatuses"]}


def test_media_types_are_enforced(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = headers(client)
    no_accept = client.get(
        "/shared/process-status/1", headers={"Authorization": h["Authorization"], "Accept": "application/json"}
    )
    assert no_accept.status_code == 406
    valid("getProcessStatus", 406, no_accept.json())
    as_json = client.post(
        "/shared/process-status", json={"processStatusQueries": [{"processStatusId": "1"}]}, headers=h
    )
    assert as_json.status_code == 415
    valid("getProcessStatusBulk", 415, as_json.json())


def test_bulk_accepts_at_most_1000_ids(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = {**headers(client), "Content-Type": MEDIA}
    ids = [{"processStatusId": str(i)} for i in range(1001)]
    too_many = client.post("/shared/process-status", json={"processStatusQueries": ids}, headers=h)
    assert too_many.status_code == 400
    valid("getProcessStatusBulk", 400, too_many.json())
    assert too_many.json()["violations"][0]["name"] == "processStatusQueries"
    assert (
        client.post("/shared/process-status", json={"processStatusQueries": ids[:1000]}, headers=h).status_code == 200
    )
    empty = client.post("/shared/process-status", json={"processStatusQueries": []}, headers=h)
    assert empty.status_code == 400


def test_entity_query_needs_both_parameters_and_pages_50(bol: tuple[BolMock, TestClient]) -> None:
    mock, client = bol
    h = headers(client)
    missing = client.get("/shared/process-status", params={"entity-id": "987654321"}, headers=h)
    assert missing.status_code == 400
    valid("getProcessStatusEntityId", 400, missing.json())
    assert [v["name"] for v in missing.json()["violations"]] == ["event-type"]
    for _ in range(60):
        mock.store.create("SUCCESS", 1, {"entityId": "555", "eventType": "CONFIRM_SHIPMENT", "created": time.time()})
    query = {"entity-id": "555", "event-type": "CONFIRM_SHIPMENT"}
    first = client.get("/shared/process-status", params=query, headers=h).json()["processStatuses"]
    second = client.get("/shared/process-status", params={**query, "page": 2}, headers=h).json()["processStatuses"]
    assert (len(first), len(second)) == (50, 10)
    assert int(first[0]["processStatusId"]) > int(first[-1]["processStatusId"])  # newest first
    assert client.get("/shared/process-status", params={**query, "page": 0}, headers=h).status_code == 400


def test_finished_statuses_expire_after_the_retention() -> None:
    _, app = create_app("bol", retention=0.05)
    with TestClient(app) as client:
        h = headers(client)
        pid = client.post("/_mock/processes", json={"final_status": "SUCCESS", "steps": 1}).json()["params"][
            "process-status-id"
        ]
        assert client.get(f"/shared/process-status/{pid}", headers=h).json()["status"] == "SUCCESS"
        time.sleep(0.1)
        gone = client.get(f"/shared/process-status/{pid}", headers=h)
        assert gone.status_code == 404
        valid("getProcessStatus", 404, gone.json())


def test_store_is_bounded_without_evicting_created_processes_or_fixtures() -> None:
    mock, app = create_app("bol", capacity=10)
    with TestClient(app) as client:
        h = headers(client)
        created = [client.post("/_mock/processes", json={"final_status": "SUCCESS", "steps": 1}) for _ in range(12)]
        assert [c.status_code for c in created] == [201] * 10 + [507] * 2
        assert "capacity" in created[-1].json()["error"] and "reset" in created[-1].json()["error"]
        for answer in created[:10]:  # finished or not, every created process stays readable
            pid = answer.json()["params"]["process-status-id"]
            assert client.get(f"/shared/process-status/{pid}", headers=h).status_code == 200
        for fixture in mock.fixtures():  # the fixtures do not count against the capacity and stay
            if fixture["operation"] == "getProcessStatus":
                pid = fixture["params"]["process-status-id"]
                assert client.get(f"/shared/process-status/{pid}", headers=h).json()["status"] == fixture["status"]
        client.post("/_mock/reset")
        assert client.post("/_mock/processes", json={"final_status": "SUCCESS"}).status_code == 201


def test_fixtures_outlive_the_retention() -> None:
    mock, app = create_app("bol", retention=0.0)
    with TestClient(app) as client:
        h = headers(client)
        pid = next(
            f["params"]["process-status-id"]
            for f in mock.fixtures()
            if f["status"] == "SUCCESS" and f["operation"] == "getProcessStatus"
        )
        for _ in range(2):
            assert client.get(f"/shared/process-status/{pid}", headers=h).status_code == 200


def test_lifecycle_advances_per_read(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = headers(client)
    pid = client.post("/_mock/processes", json={"final_status": "TIMEOUT", "steps": 3}).json()["params"][
        "process-status-id"
    ]
    seen = [client.get(f"/shared/process-status/{pid}", headers=h).json()["status"] for _ in range(4)]
    assert seen == ["PENDING", "PENDING", "TIMEOUT", "TIMEOUT"]


def test_faults_stats_and_reset(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = headers(client)
    assert client.post("/_mock/faults", json={"status": 503, "count": 2, "retry_after": 3}).status_code == 201
    answers = [client.get("/shared/process-status/1", headers=h) for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].headers["Retry-After"] == "3" and answers[0].json()["status"] == 503
    assert client.get("/_mock/stats").json()["requests"] == 3  # the token request is not an API request
    client.post("/_mock/reset")
    assert client.get("/_mock/stats").json()["requests"] == 0
    assert client.get("/shared/process-status/1", headers=h).status_code == 200  # fixtures are re-seeded


def test_schemathesis_finds_nothing(bol: tuple[BolMock, TestClient]) -> None:
    mock, client = bol
    access = token(client).json()["access_token"]
    statuses = schemathesis_support.run(
        "bol", client.app, {"token": access}, mock.fixtures(), headers={"Accept": MEDIA}
    )
    assert {200, 400, 404} <= statuses  # 401s are probed by the ignored_auth check itself


# --- the token endpoint takes every form bol's login server takes ------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"params": {"grant_type": "client_credentials"}, "auth": ("mock-client-id", "mock-client-secret")},
        {
            "params": {"grant_type": "client_credentials"},
            "auth": ("mock-client-id", "mock-client-secret"),
            "headers": {"Content-Type": "application/x-www-form-urlencoded"},
        },
        {
            "data": {"grant_type": "client_credentials", "client_id": "mock-client-id"}
            | {"client_secret": "mock-client-secret"}
        },
        {
            "content": b"grant_type=client_credentials",
            "auth": ("mock-client-id", "mock-client-secret"),
            "headers": {"Content-Type": "Application/X-WWW-Form-Urlencoded; charset=UTF-8"},
        },
    ],
    ids=["query-no-body", "query-empty-form", "form-fields", "form-with-charset"],
)
def test_token_endpoint_takes_every_request_form(bol: tuple[BolMock, TestClient], kwargs: dict[str, Any]) -> None:
    _, client = bol
    answer = client.post("/token", **kwargs)
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    bearer = {"Authorization": f"Bearer {answer.json()['access_token']}", "Accept": MEDIA}
    assert client.get("/shared/process-status/1", headers=bearer).status_code == 200


def test_token_endpoint_refusals(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    no_grant = client.post("/token", auth=("mock-client-id", "mock-client-secret"))
    assert (no_grant.status_code, no_grant.json()["error"]) == (400, "invalid_request")
    wrong_form = client.post(
        "/token", data={"grant_type": "client_credentials", "client_id": "mock-client-id", "client_secret": "x"}
    )
    assert (wrong_form.status_code, wrong_form.json()["error"]) == (401, "invalid_client")
    assert "www-authenticate" not in wrong_form.headers  # no Basic attempted, no Basic challenge
    wrong_basic = client.post("/token", params={"grant_type": "client_credentials"}, auth=("mock-client-id", "x"))
    assert wrong_basic.status_code == 401 and wrong_basic.headers["www-authenticate"].startswith("Basic")
    garbled = client.post(
        "/token", params={"grant_type": "client_credentials"}, headers={"Authorization": b"Basic \xe9\xe9"}
    )
    assert garbled.status_code == 401
    assert client.get("/token").status_code == 405


# --- content negotiation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (MEDIA, MEDIA),
        ("application/vnd.advertiser.v10+json", "application/vnd.advertiser.v10+json"),
        ("APPLICATION/VND.RETAILER.V10+JSON", MEDIA),
        (f"application/vnd.advertiser.v10+json;q=0.5, {MEDIA}", MEDIA),
        (f"application/vnd.advertiser.v10+json, {MEDIA};q=0.5", "application/vnd.advertiser.v10+json"),
        (f"{MEDIA};q=0", None),
        (f"{MEDIA};q=0, application/vnd.advertiser.v10+json;q=0", None),
        ("*/*", None),  # bol demands its vendor type by name
        ("application/json", None),
    ],
)
def test_accept_is_negotiated(bol: tuple[BolMock, TestClient], accept: str, expected: str | None) -> None:
    _, client = bol
    h = {**headers(client), "Accept": accept}
    for answer in (
        client.get("/shared/process-status/1", headers=h),
        client.get("/shared/process-status", params={"entity-id": "987654321", "event-type": "X"}, headers=h),
    ):
        if expected is None:
            assert answer.status_code == 406
            assert answer.headers["content-type"] == MEDIA
        else:
            assert answer.status_code == 200
            assert answer.headers["content-type"] == expected
    bad = client.get("/shared/process-status/no-such-id", headers=h)
    assert bad.status_code == (406 if expected is None else 404)
    assert bad.headers["content-type"] == (expected or MEDIA)  # errors come in the asked-for type too


@pytest.mark.parametrize(
    "content_type",
    [MEDIA, f"{MEDIA}; charset=utf-8", MEDIA.upper(), "application/vnd.advertiser.v10+json;charset=UTF-8"],
)
def test_bulk_content_type_may_carry_a_charset(bol: tuple[BolMock, TestClient], content_type: str) -> None:
    _, client = bol
    body = {"processStatusQueries": [{"processStatusId": "1"}]}
    answer = client.post("/shared/process-status", json=body, headers={**headers(client), "Content-Type": content_type})
    assert answer.status_code == 200, answer.text


def test_401_carries_a_bearer_challenge(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    refused = client.get("/shared/process-status/1", headers={"Accept": MEDIA, "Authorization": "Bearer nope"})
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Bearer ")
    valid("getProcessStatus", 401, refused.json())


# --- odd requests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["١٢", "²", "1" * 5000, "-1", "1.0", "+1", ""])
def test_odd_page_values_get_a_violation(bol: tuple[BolMock, TestClient], page: str) -> None:
    _, client = bol
    query = {"entity-id": "987654321", "event-type": "CREATE_SHIPMENT", "page": page}
    answer = client.get("/shared/process-status", params=query, headers=headers(client))
    assert answer.status_code == 400
    valid("getProcessStatusEntityId", 400, answer.json())
    assert [v["name"] for v in answer.json()["violations"]] == ["page"]


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"processStatusQueries": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b'{"processStatusQueries": [{"processStatusId": ' + b'{"a":' * 30_000 + b"1" + b"}" * 30_000 + b"}]}",
    ],
    ids=["array", "queries", "id"],
)
def test_deeply_nested_bulk_body_gets_400(bol: tuple[BolMock, TestClient], content: bytes) -> None:
    _, client = bol
    h = {**headers(client), "Content-Type": MEDIA}
    answer = client.post("/shared/process-status", content=content, headers=h)
    assert answer.status_code == 400
    valid("getProcessStatusBulk", 400, answer.json())


def test_a_duplicated_bulk_id_is_one_read(bol: tuple[BolMock, TestClient]) -> None:
    _, client = bol
    h = {**headers(client), "Content-Type": MEDIA}
    pid = client.post("/_mock/processes", json={"final_status": "SUCCESS", "steps": 3}).json()["params"][
        "process-status-id"
    ]
    query = {"processStatusQueries": [{"processStatusId": pid}] * 3}
    answer = client.post("/shared/process-status", json=query, headers=h)
    assert [s["status"] for s in answer.json()["processStatuses"]] == ["PENDING"]
    # That was the first read: the second is still PENDING, the third reaches SUCCESS.
    seen = [client.get(f"/shared/process-status/{pid}", headers=h).json()["status"] for _ in range(2)]
    assert seen == ["PENDING", "SUCCESS"]


def test_created_processes_have_uuid_style_ids(bol: tuple[BolMock, TestClient]) -> None:
    # bol's live answers carry version-7 UUIDs since 2026 (corpus S9); the seeded fixtures keep the demo's digits.
    _, client = bol
    ids = [
        client.post("/_mock/processes", json={"final_status": "SUCCESS", "steps": 2}).json()["params"][
            "process-status-id"
        ]
        for _ in range(3)
    ]
    assert len(set(ids)) == 3
    for pid in ids:
        parsed = uuid.UUID(pid)
        assert (str(parsed), parsed.version, parsed.variant) == (pid, 7, uuid.RFC_4122)
        status = client.get(f"/shared/process-status/{pid}", headers=headers(client))
        valid("getProcessStatus", 200, status.json())
        assert status.json()["processStatusId"] == pid
        assert status.json()["links"][0]["href"] == f"https://api.bol.com/shared/process-status/{pid}"
    bulk = client.post(
        "/shared/process-status",
        json={"processStatusQueries": [{"processStatusId": pid} for pid in ids]},
        headers={**headers(client), "Content-Type": MEDIA},
    )
    valid("getProcessStatusBulk", 200, bulk.json())
    assert [s["processStatusId"] for s in bulk.json()["processStatuses"]] == ids
