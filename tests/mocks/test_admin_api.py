"""The admin API every mock shares (/_mock, not part of any spec), for each provider: fixtures cover
every operation and status value, stats count API requests only, reset starts over with the fixtures
still readable, and malformed input gets a 400 that says why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from providers import KEYS as PROVIDERS
from specmodel import load
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
    response = client.post(path, content=content)
    assert response.status_code == 400
    assert why in response.json()["error"]


def test_bad_steps_get_400(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    for steps in (0, "3", True):
        body = {"final_status": provider.lifecycle.terminal[0], "steps": steps}
        answer = client.post("/_mock/processes", json=body)
        assert answer.status_code == 400 and "steps" in answer.json()["error"]
