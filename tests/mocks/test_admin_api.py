"""The admin API every mock shares (/_mock, not part of any spec), for each provider: fixtures cover
every operation and status value, stats count API requests only, reset starts over with the fixtures
still readable, and malformed input gets a 400 that says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spectools import PROVIDERS, load_spec, operations
from starlette.testclient import TestClient

from mocks import MOCKS, create_app
from mocks.base import ProviderMock


@pytest.fixture(params=PROVIDERS)
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient]]:
    provider, app = create_app(request.param)
    with TestClient(app) as client:
        yield provider, client


def test_every_provider_has_a_mock() -> None:
    create_app("bol")  # registers them all
    assert set(MOCKS) == set(PROVIDERS)


def test_fixtures_cover_every_operation_and_status(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    fixtures = client.get("/_mock/fixtures").json()
    assert {f["operation"] for f in fixtures} == set(operations(load_spec(provider.key)))
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
