"""asyncstatus-core's `asyncstatus track ...`: one worker on one store finishes the processes of several
providers added together, each provider polled with its own client and under its own rate limit (each mock
limits its API on its own, as the providers do), and `track add` refuses ids that cannot be tracked."""

from __future__ import annotations

import importlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from asyncstatus_core import cli_main
from asyncstatus_core.cli_track import TrackCommand
from mocks.server import RunningMock, serve
from providers import PROVIDERS
from sdk.test_cli_against_mocks import variables
from tracking.support import create, id_name

KEYS = ("bol", "realtimeregister", "booster")


def track_command(key: str) -> TrackCommand:
    command = importlib.import_module(f"{PROVIDERS[key].package}.__main__").TRACK
    assert isinstance(command, TrackCommand)
    return command


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, RunningMock]]:
    with serve("bol") as bol, serve("realtimeregister") as rr, serve("booster") as booster:
        yield {"bol": bol, "realtimeregister": rr, "booster": booster}


def succeeded(key: str) -> str:
    """A terminal status value of the provider that means success (from its spec's x-async-status)."""
    waiters = importlib.import_module(f"{PROVIDERS[key].package}.waiters")
    return str(next(value for value, lifecycle in waiters.LIFECYCLE.items() if lifecycle.name == "SUCCEEDED"))


def stats(running: RunningMock) -> dict[str, int]:
    with running.admin() as admin:
        answer: dict[str, int] = admin.get("/stats").json()
    return answer


def test_one_worker_finishes_three_providers_each_under_its_own_limit(
    mocks: dict[str, RunningMock], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = f"sqlite:///{tmp_path / 'track.db'}"
    commands = {key: track_command(key) for key in KEYS}
    limits = {"bol": 5, "realtimeregister": 8, "booster": 6}
    ids: dict[str, list[str]] = {}
    for key, running in mocks.items():
        with running.admin() as admin:
            assert admin.post("/reset").status_code == 200
            assert admin.post("/ratelimit", json={"limit": limits[key], "window": 1.0}).status_code == 200
        for name, value in variables(running).items():
            monkeypatch.setenv(name, value)
        ids[key] = [str(p[id_name(key)]) for p in create(running, succeeded(key), 2, 6)]
        out, err = io.StringIO(), io.StringIO()
        code = cli_main.main(
            ["track", "add", key, *ids[key], "--store", store], commands=commands, stdout=out, stderr=err
        )
        assert code == 0, err.getvalue()

    err = io.StringIO()
    code = cli_main.main(
        ["track", "run", "--store", store, "--until-idle", "--interval", "0.05", "--quiet"],
        commands=commands,
        stderr=err,
    )
    assert code == 0, err.getvalue()

    out = io.StringIO()
    assert cli_main.main(["track", "outcomes", "--store", store, "--json"], commands=commands, stdout=out) == 0
    lines = [line for line in out.getvalue().splitlines() if line.startswith("{")]
    assert len(lines) == sum(len(v) for v in ids.values())
    assert all('"lifecycle": "succeeded"' in line for line in lines), lines
    for key, running in mocks.items():
        seen = stats(running)
        assert seen["requests"] > 0, key  # every provider was polled by the one worker
        assert seen["throttled"] <= max(1, seen["requests"] // 100), (key, seen)  # its own limit was kept


def test_track_add_refuses_empty_and_blank_ids_and_strips_the_rest(
    mocks: dict[str, RunningMock], tmp_path: Path
) -> None:
    store = f"sqlite:///{tmp_path / 'track.db'}"
    commands = {"bol": track_command("bol")}
    err = io.StringIO()
    assert cli_main.main(["track", "add", "bol", "", " 12 ", "--store", store], commands=commands, stderr=err) == 2
    assert "empty" in err.getvalue()
    err = io.StringIO()
    assert cli_main.main(["track", "add", "bol", "   ", "--store", store], commands=commands, stderr=err) == 2
    err = io.StringIO()
    assert cli_main.main(["track", "add", "bol", " 12 ", "12", "--store", store], commands=commands, stderr=err) == 0
    assert "tracking 1 new of 1 ids" in err.getvalue()


def test_a_provider_whose_ids_take_options_is_sent_to_its_own_command(tmp_path: Path) -> None:
    commands = {"activeplatform": track_command("activeplatform")}
    err = io.StringIO()
    store = f"sqlite:///{tmp_path / 'track.db'}"
    assert cli_main.main(["track", "add", "activeplatform", "1", "--store", store], commands=commands, stderr=err) == 2
    assert "--reseller-id" in err.getvalue() and "python -m activeplatform_async_task_client" in err.getvalue()
