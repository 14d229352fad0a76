"""The mocks' rate limit (`POST /_mock/ratelimit`, issue 9), for every provider: at most `limit` API
requests per `window` seconds, the rest answered 429 in the provider's own error shape with an integer
`Retry-After` >= 1; bol's `X-RateLimit-*` headers on every answer while the limit is on, no rate-limit
headers but `Retry-After` (on the 429) for the providers that document none; `throttled` in the stats;
the off switch and reset; admin and token requests never limited; exact under concurrent requests over a
real socket. Most tests drive the mock's clock by hand, so the window edges are exact and nothing sleeps;
one waits out a real 0.2 s window."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest
from codegen.sdkfacts import security
from mocks import create_app
from mocks.base import ProviderMock
from mocks.server import serve
from providers import KEYS as PROVIDERS
from specmodel import errors, load
from starlette.testclient import TestClient

from mock_servers.test_odd_requests import credentials, status_path

BOL = "application/vnd.retailer.v10+json"

BOL_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=PROVIDERS)
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient]]:
    yield from running(request.param)


@pytest.fixture
def bol() -> Iterator[tuple[ProviderMock, TestClient]]:
    yield from running("bol")


def announces_limits(key: str) -> bool:
    """Whether the spec declares rate-limit headers (`X-RateLimit-Limit`) on the status answer (bol's do)."""
    op = load(key).status_operation
    success = op.success() if op is not None else None
    return success is not None and any(name.lower() == "x-ratelimit-limit" for name in success.headers)


@pytest.fixture(params=[p for p in PROVIDERS if not announces_limits(p)])
def undocumented(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient]]:
    """The providers that document no rate-limit headers."""
    yield from running(request.param)


def running(key: str) -> Iterator[tuple[ProviderMock, TestClient]]:
    provider, app = create_app(key)
    provider.clock = Clock()
    with TestClient(app, follow_redirects=False) as client:
        yield provider, client


def hand(provider: ProviderMock) -> Clock:
    assert isinstance(provider.clock, Clock)
    return provider.clock


def limit(client: TestClient, body: object) -> httpx.Response:
    response: httpx.Response = client.post("/_mock/ratelimit", json=body)
    return response


def read(provider: ProviderMock, client: TestClient, headers: dict[str, str]) -> httpx.Response:
    """One successful status read (a seeded fixture), or a 429."""
    _, path = status_path(provider, client)
    response: httpx.Response = client.get(path, headers=headers)
    assert response.status_code in (200, 429), response.text
    return response


def read_any(provider: ProviderMock, client: TestClient, headers: dict[str, str]) -> httpx.Response:
    _, path = status_path(provider, client)
    response: httpx.Response = client.get(path, headers=headers)
    return response


def assert_throttled(provider: ProviderMock, response: httpx.Response, *, retry_after: int) -> None:
    """A 429 of the rate limit: `Retry-After` in whole seconds, the provider's error body (valid against the
    spec's 429 schema where one is declared, else its 401's: the provider's error shape either way), and
    bol's rate-limit headers with nothing remaining."""
    assert response.status_code == 429
    assert response.headers["retry-after"] == str(retry_after)
    spec = load(provider.key)
    responses = next(o for o in spec.operations.values() if o.async_status is not None).responses
    content = (responses.get("429") or responses["401"]).content
    media = response.headers["content-type"].split(";")[0]
    assert media in content, (media, list(content))
    schema = content[media].schema
    assert schema is not None and errors(spec, schema, response.json()) == []
    if announces_limits(provider.key):
        assert response.headers["x-ratelimit-remaining"] == "0"
        assert response.headers["x-ratelimit-reset"] == str(retry_after)
    else:
        assert not any(h.startswith("x-ratelimit") for h in response.headers)


def test_limit_is_exact_within_a_window_and_recovers_after_it(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    clock = hand(provider)
    headers = credentials(provider.key, client)
    assert limit(client, {"limit": 5, "window": 2.0}).json() == {"limit": 5, "window": 2.0}
    for _ in range(5):
        assert read(provider, client, headers).status_code == 200
        clock.now += 0.25  # the window opened at the first request: 1.25 s of 2 s gone after five
    assert_throttled(provider, read(provider, client, headers), retry_after=1)  # 0.75 s left, rounded up
    clock.now += 0.5
    assert_throttled(provider, read(provider, client, headers), retry_after=1)  # a 429 uses no budget
    clock.now += 0.25  # the window is over: a new one opens with a full budget
    for _ in range(5):
        assert read(provider, client, headers).status_code == 200
    assert_throttled(provider, read(provider, client, headers), retry_after=2)
    stats = client.get("/_mock/stats").json()
    assert stats["throttled"] == 3 and stats["requests"] == 13


def test_retry_after_rounds_up_to_whole_seconds(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    clock = hand(provider)
    headers = credentials(provider.key, client)
    limit(client, {"limit": 1, "window": 10})
    read(provider, client, headers)
    for elapsed, expected in [(0.0, 10), (2.5, 8), (9.0, 1), (9.99, 1)]:
        clock.now = 1000.0 + elapsed
        assert_throttled(provider, read(provider, client, headers), retry_after=expected)


def test_recovers_after_a_real_window(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    provider.clock = time.monotonic
    headers = credentials(provider.key, client)
    limit(client, {"limit": 1, "window": 0.2})
    assert read(provider, client, headers).status_code == 200
    started = time.monotonic()
    response = read(provider, client, headers)
    if time.monotonic() - started < 0.15:  # else the machine stalled past the window: nothing to check
        assert_throttled(provider, response, retry_after=1)
    time.sleep(0.21)
    assert read(provider, client, headers).status_code == 200


def test_bol_sends_its_rate_limit_headers_on_every_answer(bol: tuple[ProviderMock, TestClient]) -> None:
    provider, client = bol
    clock = hand(provider)
    headers = credentials(provider.key, client)
    assert not any(h in read(provider, client, headers).headers for h in BOL_HEADERS)  # no limit, no budget
    limit(client, {"limit": 3, "window": 4})
    for remaining, reset in [(2, 4), (1, 3), (0, 1)]:
        response = read(provider, client, headers)
        assert response.status_code == 200
        assert [response.headers[h] for h in BOL_HEADERS] == ["3", str(remaining), str(reset)]
        assert "retry-after" not in response.headers
        clock.now += 1.5
    # Other answers carry them too: an error of the API, and an injected fault.
    clock.now += 10
    response = client.get(provider.base_path + "/process-status/no-such-id", headers=headers)
    assert response.status_code == 404
    assert [response.headers[h] for h in BOL_HEADERS] == ["3", "2", "4"]
    assert client.post("/_mock/faults", json={"status": 503}).status_code == 201
    response = client.get(provider.base_path + "/process-status/1", headers=headers)
    assert response.status_code == 503 and response.headers["x-ratelimit-remaining"] == "1"
    for _ in range(2):
        response = read(provider, client, headers)
    assert response.status_code == 429 and response.json()["title"] == "Too Many Requests"  # bol's problem


def test_other_providers_send_retry_after_on_the_429_only(undocumented: tuple[ProviderMock, TestClient]) -> None:
    provider, client = undocumented
    headers = credentials(provider.key, client)
    limit(client, {"limit": 1, "window": 3})
    response = read(provider, client, headers)
    assert response.status_code == 200
    assert "retry-after" not in response.headers
    assert not any(h.startswith("x-ratelimit") for h in response.headers)
    assert_throttled(provider, read(provider, client, headers), retry_after=3)


def test_a_throttled_request_leaves_the_faults_queued(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    clock = hand(provider)
    headers = credentials(provider.key, client)
    limit(client, {"limit": 1, "window": 1})
    read(provider, client, headers)
    client.post("/_mock/faults", json={"status": 503})
    assert read_any(provider, client, headers).status_code == 429
    clock.now += 1
    assert read_any(provider, client, headers).status_code == 503


def test_admin_and_token_requests_are_not_limited(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    limit(client, {"limit": 1, "window": 60})
    headers = credentials(provider.key, client)
    for _ in range(3):
        assert client.get("/_mock/fixtures").status_code == 200
        assert client.post("/_mock/processes", json={"final_status": provider.lifecycle.terminal[0]}).status_code == 201
        if security(load(provider.key)).kind == "client_credentials":
            credentials(provider.key, client)  # fails unless a token is granted
    assert read(provider, client, headers).status_code == 200
    assert read(provider, client, headers).status_code == 429
    assert client.get("/_mock/stats").json()["throttled"] == 1


def test_off_switch_and_reset(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    headers = credentials(provider.key, client)
    limit(client, {"limit": 1, "window": 60})
    read(provider, client, headers)
    assert read(provider, client, headers).status_code == 429
    assert limit(client, {"limit": None}).json() == {"limit": None}
    for _ in range(5):
        response = read(provider, client, headers)
        assert response.status_code == 200
        assert not any(h.startswith("x-ratelimit") for h in response.headers)
    assert client.get("/_mock/stats").json()["throttled"] == 1
    limit(client, {"limit": 1, "window": 60})
    assert read(provider, client, headers).status_code == 200  # a new limit starts with a full budget
    assert read(provider, client, headers).status_code == 429
    assert client.post("/_mock/reset").status_code == 200
    assert client.get("/_mock/stats").json() == {
        "requests": 0,
        "processes": len(provider.store),
        "throttled": 0,
        "speed": provider.speed,
    }
    headers = credentials(provider.key, client)
    assert all(read(provider, client, headers).status_code == 200 for _ in range(3))  # reset turned it off


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (b"{}", "limit"),
        (b'{"window": 1}', "limit"),
        (b'{"limit": 0}', "limit"),
        (b'{"limit": -1}', "limit"),
        (b'{"limit": "20"}', "limit"),
        (b'{"limit": true}', "limit"),
        (b'{"limit": 2.5}', "limit"),
        (b'{"limit": 20, "window": 0}', "window"),
        (b'{"limit": 20, "window": -1}', "window"),
        (b'{"limit": 20, "window": "1"}', "window"),
        (b'{"limit": 20, "window": false}', "window"),
        (b'{"limit": 20, "window": NaN}', "window"),
        (b'{"limit": 20, "window": Infinity}', "window"),
        (b'{"limit": 20, "window": 1e9}', "window"),
        (b'{"limit": 20, "windw": 1}', "windw"),
        (b"[20]", "JSON object"),
        (b"{limit", "not JSON"),
    ],
)
def test_bad_input_gets_400_naming_the_field(mock: tuple[ProviderMock, TestClient], content: bytes, field: str) -> None:
    provider, client = mock
    response = client.post("/_mock/ratelimit", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert provider.rate_limit is None


@pytest.mark.parametrize("key", ["bol", "realtimeregister"])
def test_exact_under_concurrent_requests(key: str) -> None:
    """60 requests at once over a real socket (uvicorn, as `make mock` runs it): exactly 20 get through."""
    with serve(key) as running, running.admin() as admin, httpx.Client(base_url=running.origin) as plain:
        headers = {"Authorization": "ApiKey mock-key"}
        if key == "bol":
            token = plain.post(
                "/token", auth=("mock-client-id", "mock-client-secret"), data={"grant_type": "client_credentials"}
            )
            headers = {"Authorization": f"Bearer {token.json()['access_token']}", "Accept": BOL}
        assert admin.post("/ratelimit", json={"limit": 20, "window": 60}).status_code == 200
        _, path = status_path(running.mock, plain)

        async def burst() -> list[int]:
            async with httpx.AsyncClient(base_url=running.origin, headers=headers, timeout=30) as client:
                answers = await asyncio.gather(*(client.get(path) for _ in range(60)))
            return [a.status_code for a in answers]

        statuses = asyncio.run(burst())
        assert sorted(statuses) == [200] * 20 + [429] * 40
        assert admin.get("/stats").json()["throttled"] == 40
