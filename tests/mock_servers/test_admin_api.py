"""The admin API every mock shares (/_mock, not part of any spec), for each provider: fixtures cover
every operation and status value, stats count API requests only, reset starts over with the fixtures
still readable, and malformed input gets a 400 that says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mocks import create_app
from mocks.base import ProviderMock
from mocks.registry import mock_class
from providers import KEYS as PROVIDERS
from specmodel import load
from starlette.testclient import TestClient


@pytest.fixture(params=PROVIDERS)
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient]]:
    provider, app = create_app(request.param)
    with TestClient(app) as client:
        yield provider, client


def test_every_provider_has_a_mock() -> None:
    assert {key: mock_class(key).key for key in PROVIDERS} == {key: key for key in PROVIDERS}


def test_fixtures_cover_every_operation_and_status(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    fixtures = client.get("/_mock/fixtures").json()
    assert {f["operation"] for f in fixtures} == set(load(provider.key).operations)
    assert {f["status"] for f in fixtures} == set(provider.lifecycle.all_values)
    for f in fixtures:
        assert isinstance(f["params"], dict)


def test_stats_count_api_requests_only_and_reset_starts_over(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    before = client.get("/_mock/fixtures").json()
    api_path = provider.base_path + "/" + "no-such-route"
    client.get(api_path)
    client.get(api_path)
    client.get("/_mock/stats")
    assert client.get("/_mock/stats").json()["requests"] == 2
    client.post("/_mock/processes", json={"final_status": provider.lifecycle.terminal[0], "steps": 2})
    assert client.post("/_mock/reset").status_code == 200
    assert client.get("/_mock/stats").json()["requests"] == 0
    assert client.get("/_mock/fixtures").json() == before


@pytest.mark.parametrize(
    ("path", "content", "why"),
    [
        ("/_mock/processes", b"{not json", "not JSON"),
        ("/_mock/processes", b"[1]", "JSON object"),
        ("/_mock/processes", b'{"final_status": "NO_SUCH_STATUS"}', "final_status"),
        ("/_mock/processes", b'{"steps": 2}', "final_status"),
        ("/_mock/faults", b'{"status": 200}', "status"),  # the provider's error body needs an error status
        ("/_mock/faults", b'{"status": 600, "body": ""}', "status"),
        ("/_mock/faults", b'{"status": 204, "body": "x"}', "no body"),
        ("/_mock/faults", b'{"status": 502, "body": "x", "content_type": "text/html\\r\\nX-Evil: 1"}', "content_type"),
        ("/_mock/faults", b'{"status": 502, "content_type": 7}', "content_type"),
        ("/_mock/faults", b'{"status": 502, "bodyy": ""}', "unknown field"),
        ("/_mock/faults", b'{"corpus": "no-such-answer"}', "no corpus answer 'no-such-answer'"),
        ("/_mock/faults", b'{"corpus": "../../README"}', "corpus"),
        ("/_mock/faults", b'{"corpus": 5}', "corpus"),
        ("/_mock/faults", b'{"corpus": "x", "status": 401}', "corpus"),
        ("/_mock/processes", b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        ("/_mock/faults", b"{}", "status"),
        ("/_mock/faults", b'{"status": 429, "count": 0}', "count"),
        ("/_mock/faults", b'{"status": 429, "count": "two"}', "count"),
        ("/_mock/faults", b'{"status": 429, "retry_after": -1}', "retry_after"),
    ],
)
def test_malformed_admin_input_gets_400_saying_why(
    mock: tuple[ProviderMock, TestClient], path: str, content: bytes, why: str
) -> None:
    _, client = mock
    response = client.post(path, content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert why in response.json()["error"]


def test_bad_steps_get_400(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    for steps in (0, "3", True):
        body = {"final_status": provider.lifecycle.terminal[0], "steps": steps}
        answer = client.post("/_mock/processes", json=body)
        assert answer.status_code == 400 and "steps" in answer.json()["error"]


def test_count_creates_many_processes_at_once(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    final = provider.lifecycle.terminal[0]
    answer = client.post("/_mock/processes", json={"final_status": final, "steps": 2, "count": 25})
    assert answer.status_code == 201
    created = answer.json()["created"]
    assert len(created) == 25 and answer.json()["params"] == created[0]
    assert len({tuple(sorted(p.items())) for p in created}) == 25  # every one its own process
    assert client.get("/_mock/stats").json()["processes"] >= 25


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"count": 0}, "`count` must be an integer from 1 to 200000"),
        ({"count": "9"}, "`count` must be an integer from 1 to 200000"),
        ({"count": 10**9}, "`count` must be an integer from 1 to 200000, got 1000000000"),
    ],
)
def test_a_bad_count_says_why(body: dict[str, object], says: str) -> None:
    _provider, app = create_app("bol")
    with TestClient(app) as client:
        answer = client.post("/_mock/processes", json={"final_status": "SUCCESS", **body})
    assert answer.status_code == 400 and says in answer.json()["error"]


def test_count_past_the_capacity_creates_none() -> None:
    provider, app = create_app("bol", capacity=10)
    with TestClient(app) as client:
        answer = client.post("/_mock/processes", json={"final_status": "SUCCESS", "count": 11})
        assert answer.status_code == 507 and "capacity" in answer.json()["error"]
        assert provider.store.unpinned() == 0


def test_100000_processes_in_one_request_and_read_in_bulk() -> None:
    """The scale the tracker's tests and benchmark need: 100,000 created in one request (the test takes about
    a second; `make bench` measures the tracker against it), and a bulk read of 1000 of them."""
    _provider, app = create_app("bol")
    with TestClient(app) as client:
        answer = client.post("/_mock/processes", json={"final_status": "SUCCESS", "steps": 1, "count": 100_000})
        assert answer.status_code == 201
        ids = [p["process-status-id"] for p in answer.json()["created"]]
        assert len(set(ids)) == 100_000
        token = client.post(
            "/token?grant_type=client_credentials", auth=("mock-client-id", "mock-client-secret")
        ).json()["access_token"]
        media = "application/vnd.retailer.v10+json"
        read = client.post(
            "/shared/process-status",
            json={"processStatusQueries": [{"processStatusId": i} for i in ids[-1000:]]},
            headers={"Authorization": f"Bearer {token}", "Accept": media, "Content-Type": media},
        )
    assert read.status_code == 200
    assert len(read.json()["processStatuses"]) == 1000


# --- hardening (issue 14): a web page in a developer's browser must not drive the mock ---------------------


def test_admin_refuses_a_cross_site_text_plain_post(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    answer = client.post("/_mock/reset", content=b"{}", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415 and "application/json" in answer.json()["error"]
    form = client.post("/_mock/faults", data={"status": "500"})
    assert form.status_code == 415


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1.evil.example"])
def test_admin_refuses_a_foreign_origin(mock: tuple[ProviderMock, TestClient], origin: str) -> None:
    _, client = mock
    answer = client.post("/_mock/faults", json={"status": 500}, headers={"Origin": origin})
    assert answer.status_code == 403 and "Origin" in answer.json()["error"]
    assert (
        client.post("/_mock/faults", json={"status": 500}, headers={"Origin": "http://127.0.0.1:8080"}).status_code
        == 201
    )


def test_admin_refuses_a_foreign_host(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    answer = client.get("/_mock/stats", headers={"Host": "rebound.evil.example"})
    assert answer.status_code == 403 and "Host" in answer.json()["error"]
    assert client.get("/_mock/stats", headers={"Host": "127.0.0.1:9"}).status_code == 200
    assert client.get("/_mock/stats", headers={"Host": "localhost"}).status_code == 200


def test_admin_bounds_fault_counts_and_bodies(mock: tuple[ProviderMock, TestClient]) -> None:
    _, client = mock
    huge = client.post("/_mock/faults", json={"status": 500, "count": 10**12})
    assert huge.status_code == 400 and "`count`" in huge.json()["error"]
    big = client.post("/_mock/faults", json={"status": 502, "body": "x" * (50 << 20)})
    assert big.status_code == 413 and "bytes" in big.json()["error"]
    assert client.post("/_mock/faults", json={"status": 500, "count": 10_000}).status_code == 201
