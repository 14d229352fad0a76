"""Processes that take time, through the admin API every mock shares: created with a duration (seconds or a named
distribution, per process type where the provider has types), the truth about each (`GET /_mock/processes/{id}`),
the mock-wide defaults and clock speed (`--duration`, `--speed`, MOCK_DURATION, MOCK_SPEED), the 400 that names
a bad option, and the providers' own progress fields moving with the time."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from mocks import create_app
from mocks.base import ProviderMock
from mocks.durations import DurationError, parse_defaults, parse_duration, parse_speed
from providers import KEYS
from starlette.testclient import TestClient

from mock_servers.test_odd_requests import credentials
from mock_servers.test_ratelimit import assert_throttled, read


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=KEYS)
def timed(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient, Clock]]:
    clock = Clock()
    provider, app = create_app(request.param, speed=10.0)
    provider.store.clock = clock
    with TestClient(app) as client:
        yield provider, client, clock


def _id(provider: ProviderMock, params: dict[str, Any]) -> str:
    return str(list(provider.sdk_arguments(provider._status_operation(), params).values())[-1])  # the id: last


def test_a_process_with_a_duration_finishes_at_its_time(timed: tuple[ProviderMock, TestClient, Clock]) -> None:
    provider, client, clock = timed
    final = provider.lifecycle.terminal[0]
    answer = client.post("/_mock/processes", json={"final_status": final, "duration": 60})
    assert answer.status_code == 201, answer.text
    pid = _id(provider, answer.json()["params"])
    truth = client.get(f"/_mock/processes/{pid}").json()
    assert truth["duration"] == 60 and truth["steps"] is None and truth["speed"] == 10.0
    assert truth["finishes_at"] - truth["created_at"] == pytest.approx(6.0)  # 60 s of process time at speed 10
    assert truth["status"] == provider.lifecycle.initial() and truth["finished_at"] is None
    process = provider.store.peek(provider.store_id(pid))
    assert process is not None
    for _ in range(10):
        provider.store.read(process.id)
    assert process.status != final  # reads do not move it
    clock.now += 6.0
    assert client.get(f"/_mock/processes/{pid}").json()["status"] == final
    provider.store.read(process.id)
    assert process.status == final and process.finished_at == pytest.approx(5006.0)


def test_an_unknown_process_is_a_404(timed: tuple[ProviderMock, TestClient, Clock]) -> None:
    _, client, _ = timed
    answer = client.get("/_mock/processes/no-such-process")
    assert answer.status_code == 404 and "no-such-process" in answer.json()["error"]


def test_durations_drawn_from_a_distribution_repeat_with_a_seed(timed: tuple[ProviderMock, TestClient, Clock]) -> None:
    provider, client, _ = timed
    final = provider.lifecycle.terminal[0]
    body = {"final_status": final, "count": 50, "seed": 7, "duration": "lognormal:median=60,sigma=0.5"}
    runs = []
    for _ in range(2):
        created = client.post("/_mock/processes", json=body).json()["created"]
        runs.append([client.get(f"/_mock/processes/{_id(provider, p)}").json()["duration"] for p in created])
    assert runs[0] == runs[1] and len(set(runs[0])) == 50
    assert 20 < sorted(runs[0])[25] < 180  # about the median
    other = client.post("/_mock/processes", json={**body, "duration": {"distribution": "uniform", "low": 5, "high": 9}})
    durations = [client.get(f"/_mock/processes/{_id(provider, p)}").json()["duration"] for p in other.json()["created"]]
    assert all(5 <= d <= 9 for d in durations)


@pytest.mark.parametrize(
    ("duration", "named"),
    [
        (-5, "positive"),
        (0, "positive"),
        ("0", "positive"),
        ("gamma:shape=2", "unknown distribution 'gamma'"),
        ({"distribution": "weird"}, "unknown distribution 'weird'"),
        ({"distribution": "lognormal", "median": 60}, "'sigma' is missing"),
        ({"distribution": "lognormal", "median": 60, "sigma": 0.5, "mu": 1}, "unknown option 'mu'"),
        ("lognormal:median=-60,sigma=0.5", "lognormal median must be positive"),
        ("exponential:mean=0", "exponential mean must be positive"),
        ("uniform:low=9,high=5", "uniform high must be above low"),
        ("exponential:mean=soon", "option 'mean' must be a number"),
        ("ten seconds", "neither seconds nor"),
        (True, "positive number of seconds"),
    ],
)
def test_a_bad_duration_is_a_400_naming_the_option(
    timed: tuple[ProviderMock, TestClient, Clock], duration: Any, named: str
) -> None:
    provider, client, _ = timed
    answer = client.post(
        "/_mock/processes", json={"final_status": provider.lifecycle.terminal[0], "duration": duration}
    )
    assert answer.status_code == 400
    assert "`duration`" in answer.json()["error"] and named in answer.json()["error"], answer.json()


def test_duration_and_steps_exclude_each_other(timed: tuple[ProviderMock, TestClient, Clock]) -> None:
    provider, client, _ = timed
    body = {"final_status": provider.lifecycle.terminal[0], "duration": 5, "steps": 2}
    answer = client.post("/_mock/processes", json=body)
    assert answer.status_code == 400 and "not both" in answer.json()["error"]


@pytest.mark.parametrize("key", KEYS)
def test_a_type_is_one_of_the_providers(key: str) -> None:
    provider, app = create_app(key)
    with TestClient(app) as client:
        final = provider.lifecycle.terminal[0]
        answer = client.post("/_mock/processes", json={"final_status": final, "type": "NO_SUCH_TYPE", "duration": 1})
        if provider.process_types is None:  # an open string
            assert answer.status_code == 201
            pid = _id(provider, answer.json()["params"])
            assert client.get(f"/_mock/processes/{pid}").json()["type"] == "NO_SUCH_TYPE"
        else:
            assert answer.status_code == 400 and "`type`" in answer.json()["error"]
        for kind in provider.process_types or ():
            answer = client.post("/_mock/processes", json={"final_status": final, "type": kind, "duration": 1})
            assert client.get(f"/_mock/processes/{_id(provider, answer.json()['params'])}").json()["type"] == kind


def test_the_mock_wide_default_duration_is_per_type() -> None:
    durations = parse_defaults(["10", "CREATE_OFFER_EXPORT=uniform:low=100,high=101"])
    _provider, app = create_app("bol", durations=durations)
    with TestClient(app) as client:

        def duration(body: dict[str, Any]) -> Any:
            answer = client.post("/_mock/processes", json={"final_status": "SUCCESS", **body})
            return client.get(f"/_mock/processes/{answer.json()['params']['process-status-id']}").json()

        assert duration({})["duration"] == 10.0
        assert 100 <= duration({"type": "CREATE_OFFER_EXPORT"})["duration"] <= 101
        assert duration({"type": "CREATE_SHIPMENT"})["duration"] == 10.0  # no default of its own: the mock's
        per_read = duration({"steps": 2})  # explicit steps: the per-read mode
        assert per_read["duration"] is None and per_read["steps"] == 2


def test_without_any_duration_a_process_finishes_per_read() -> None:
    _provider, app = create_app("bol")
    with TestClient(app) as client:
        answer = client.post("/_mock/processes", json={"final_status": "SUCCESS"})
        truth = client.get(f"/_mock/processes/{answer.json()['params']['process-status-id']}").json()
        assert truth["duration"] is None and truth["steps"] == 3 and truth["finishes_at"] is None


def test_speed_and_defaults_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_SPEED", "60")
    monkeypatch.setenv("MOCK_DURATION", "CREATE_SHIPMENT=5; exponential:mean=30")
    provider, app = create_app("bol")
    assert provider.speed == 60.0
    assert provider.durations["CREATE_SHIPMENT"].dist.quantile(0.5) == 5.0
    assert provider.durations[""].dist.name == "exponential"
    with TestClient(app) as client:
        assert client.get("/_mock/stats").json()["speed"] == 60.0
    monkeypatch.setenv("MOCK_SPEED", "fast")
    with pytest.raises(DurationError, match="MOCK_SPEED"):
        create_app("bol")


@pytest.mark.parametrize(
    ("text", "why"), [("0", "positive"), ("-2", "positive"), ("x", "positive"), ("inf", "positive")]
)
def test_a_bad_speed_names_the_flag(text: str, why: str) -> None:
    with pytest.raises(DurationError, match=f"--speed must be a {why}"):
        parse_speed(text)


def test_a_bad_default_duration_names_its_type() -> None:
    with pytest.raises(DurationError, match="--duration CREATE_SHIPMENT: lognormal: option 'sigma' is missing"):
        parse_defaults(["CREATE_SHIPMENT=lognormal:median=60"])
    assert parse_duration(12).dist.quantile(0.5) == 12.0


# --- the providers' own progress fields -----------------------------------------------------------------------


def _timed_process(key: str, duration: float, **body: Any) -> tuple[ProviderMock, Clock, Any]:
    clock = Clock()
    provider, app = create_app(key, speed=1.0)
    provider.store.clock = clock
    with TestClient(app) as client:
        answer = client.post(
            "/_mock/processes", json={"final_status": provider.lifecycle.terminal[0], "duration": duration, **body}
        )
    process = provider.store.peek(provider.store_id(_id(provider, answer.json()["params"])))
    assert process is not None
    return provider, clock, process


def test_booster_percentage_moves_with_the_time() -> None:
    provider, clock, process = _timed_process("booster", 100.0, type="sellout")
    seen = []
    for at in (5.0, 30.0, 70.0, 100.0):
        clock.now = process.created + at
        provider.store.read(process.id)
        task = provider._task(process)  # type: ignore[attr-defined]
        seen.append((task.status, task.percentage))
        assert task.type == "sellout"
    assert seen == [("REQ", 0), ("INP", 30), ("INP", 70), ("COM", 100)]


def test_mykaarma_steps_and_end_time_move_with_the_time() -> None:
    provider, clock, process = _timed_process("mykaarma", 80.0, type="UPDATE_DEALER_PRODUCTS")
    clock.now = process.created + 45.0  # past two of its four 20 s steps
    provider.store.read(process.id)
    body = provider._body(process)  # type: ignore[attr-defined]
    assert body["asyncTaskType"] == "UPDATE_DEALER_PRODUCTS"
    assert [s["status"] for s in body["steps"]] == ["COMPLETED", "COMPLETED", "IN_PROGRESS", "NOT_STARTED"]
    assert body["endTime"] is None
    clock.now = process.created + 80.0
    provider.store.read(process.id)
    body = provider._body(process)  # type: ignore[attr-defined]
    start = datetime.datetime.fromisoformat(body["startTime"].replace("Z", "+00:00"))
    end = datetime.datetime.fromisoformat(body["endTime"].replace("Z", "+00:00"))
    assert (end - start).total_seconds() == pytest.approx(80.0, abs=1.0)
    assert [s["status"] for s in body["steps"]] == ["COMPLETED"] * 4


def test_realtimeregister_dates_move_with_the_time() -> None:
    provider, clock, process = _timed_process("realtimeregister", 50.0, type="contact")
    clock.now = process.created + 20.0
    provider.store.read(process.id)
    body = provider._body(process)  # type: ignore[attr-defined]
    created = datetime.datetime.fromisoformat(body["createdDate"].replace("Z", "+00:00"))
    updated = datetime.datetime.fromisoformat(body["updatedDate"].replace("Z", "+00:00"))
    assert body["type"] == "contact" and (updated - created).total_seconds() == pytest.approx(20.0, abs=1.0)
    clock.now = process.created + 500.0
    provider.store.read(process.id)
    body = provider._body(process)  # type: ignore[attr-defined]
    updated = datetime.datetime.fromisoformat(body["updatedDate"].replace("Z", "+00:00"))
    assert body["status"] == "COMPLETED" and (updated - created).total_seconds() == pytest.approx(50.0, abs=1.0)


def test_bol_event_type_is_the_process_type() -> None:
    provider, clock, process = _timed_process("bol", 10.0, type="CREATE_OFFER_EXPORT")
    clock.now = process.created + 10.0
    provider.store.read(process.id)
    model = provider._model(process)  # type: ignore[attr-defined]
    assert model.eventType == "CREATE_OFFER_EXPORT" and model.status.value == "SUCCESS"


@pytest.mark.parametrize("key", KEYS)
def test_a_sped_up_mock_still_sends_retry_after_on_429(key: str) -> None:
    """The hints are the server's, in wall seconds: the clock's speed changes the processes, not the rate limit."""
    provider, app = create_app(key, speed=60.0, durations=parse_defaults(["60"]))
    with TestClient(app) as client:
        headers = credentials(key, client)
        assert client.post("/_mock/processes", json={"final_status": provider.lifecycle.terminal[0]}).status_code == 201
        assert client.post("/_mock/ratelimit", json={"limit": 1, "window": 60}).status_code == 200
        assert read(provider, client, headers).status_code == 200
        assert_throttled(provider, read(provider, client, headers), retry_after=60)
