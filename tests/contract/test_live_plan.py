"""The live run's plan without the network: which variables select it, what it may send (rate,
budget, positive data only) and that every id it sends exists. The plan is pointed at the mocks as if
they were the live API, with the mock's fixture ids as the known ids."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from contract import cli
from contract.live import (
    budget,
    cassette_interactions,
    config_text,
    live_max_examples,
    live_options,
    negative_wanted,
    read_only,
)
from mocks.server import RunningMock, serve
from providers import KEYS as PROVIDERS
from specmodel import load
from targets import (
    LIVE_RATES,
    Target,
    bindings,
    known_values,
    known_values_of,
    mock_credentials,
)


def option(options: list[str], name: str) -> str:
    return options[options.index(name) + 1]


@pytest.mark.parametrize("key", PROVIDERS)
def test_live_options_are_polite(key: str) -> None:
    options = live_options(key, max_examples=10, negative=False)
    assert option(options, "--rate-limit") == LIVE_RATES[key].rate
    assert LIVE_RATES[key].per_second <= 2, "no provider is asked more than twice a second"
    assert option(options, "--mode") == "positive"
    assert option(options, "--max-examples") == "10"
    assert option(options, "--phases") == "fuzzing", "examples and coverage send an unbounded number of requests"
    assert option(options, "--workers") == "1"
    assert option(live_options(key, max_examples=3, negative=True), "--mode") == "all"


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_rate_is_below_the_budget_the_spec_announces(key: str) -> None:
    """bol's answers announce X-RateLimit-Limit: 10 per X-RateLimit-Reset: 1 s (its SOURCES.md S2, S5): a live
    run stays at a fifth of any budget a spec documents on its status answers."""
    op = load(key).status_operation
    assert op is not None
    success = op.success()
    headers = {name.lower(): h for name, h in success.headers.items()} if success is not None else {}
    limit = headers.get("x-ratelimit-limit")
    if limit is not None and limit.examples:
        reset = headers.get("x-ratelimit-reset")
        window = reset.examples[0] if reset is not None and reset.examples else 1
        assert LIVE_RATES[key].per_second * 5 <= limit.examples[0] / window
        assert "X-RateLimit-Limit" in LIVE_RATES[key].basis


def test_negative_data_and_examples_only_when_asked() -> None:
    assert not negative_wanted({})
    assert not negative_wanted({"CONTRACT_NEGATIVE": "0"})
    assert negative_wanted({"CONTRACT_NEGATIVE": "1"})
    assert live_max_examples({}) == 10
    assert live_max_examples({"CONTRACT_LIVE_MAX_EXAMPLES": "3"}) == 3
    with pytest.raises(ValueError, match="CONTRACT_LIVE_MAX_EXAMPLES"):
        live_max_examples({"CONTRACT_LIVE_MAX_EXAMPLES": "lots"})


def test_budget_figures() -> None:
    bol = budget("bol", max_examples=10, negative=False)  # 3 process-status and 3 subscription reads
    assert (bol.operations, bol.generated, bol.token, bol.total) == (6, 60, 1, 81)
    assert budget("bol", max_examples=10, negative=True).generated == 120
    assert budget("mykaarma", max_examples=10, negative=False).total == 15
    assert "at most 81 requests at 2/s" in bol.describe()


def test_a_live_run_changes_nothing_on_the_account() -> None:
    # bol's spec also holds the push subscriptions: creating, changing, testing or deleting one is never sent live
    options = live_options("bol", max_examples=10, negative=False)
    excluded = {options[i + 1] for i, arg in enumerate(options) if arg == "--exclude-operation-id"}
    assert excluded == {
        "postPushNotificationSubscription",
        "putPushNotificationSubscription",
        "deletePushNotificationSubscription",
        "postTestPushNotification",
    }
    assert "getProcessStatusBulk" in read_only("bol")  # the bulk status query is a read, though a POST


def test_known_ids_come_from_variables_or_bol_demo() -> None:
    values, missing = known_values("bol", "https://api.bol.com/shared", {})
    assert values == {} and missing == ["BOL_KNOWN_IDS", "BOL_KNOWN_ENTITIES"]
    values, missing = known_values("bol", "https://api.bol.com/shared-demo/", {})
    assert missing == [] and values["BOL_KNOWN_IDS"] == [("1",), ("2",), ("3",), ("4",)]
    assert values["BOL_KNOWN_ENTITIES"] == [("555551", "CREATE_SHIPMENT")]
    env = {"BOL_KNOWN_IDS": " 77, 78 ", "BOL_KNOWN_ENTITIES": "9:CANCEL_ORDER"}
    values, _ = known_values("bol", "https://api.bol.com/shared-demo", env)
    assert values["BOL_KNOWN_IDS"] == [("77",), ("78",)], "a variable wins over the demo's ids"
    with pytest.raises(ValueError, match="BOL_KNOWN_ENTITIES"):
        known_values("bol", "https://api.bol.com/shared", {**env, "BOL_KNOWN_ENTITIES": "9"})
    _, missing = known_values("activeplatform", "https://x.example", {"ACTIVEPLATFORM_KNOWN_IDS": "5"})
    assert missing == ["ACTIVEPLATFORM_RESELLER_ID"]


def test_bindings_keep_the_spec_types() -> None:
    bound = bindings("activeplatform", {"ACTIVEPLATFORM_RESELLER_ID": [("7",)]})
    assert bound["path.reseller_id"] == [7], "an integer parameter gets an integer"
    bound = bindings("bol", {"BOL_KNOWN_IDS": [("1",)]})
    assert bound == {"path.process-status-id": ["1"], "body.processStatusQueries[*].processStatusId": ["1"]}
    text = config_text("realtimeregister", {"REALTIMEREGISTER_KNOWN_IDS": [("46069000",)]})
    assert "values = [46069000]" in text and '"path.processId" = { dictionary = "known-0", probability = 1.0 }' in text


def test_every_known_value_binds_a_spec_parameter() -> None:
    for key in PROVIDERS:
        knowns = known_values_of(key)
        spec = load(key)
        params = {f"{p.location}.{p.name}" for op in spec.operations.values() for p in op.parameters}
        for known in knowns:
            for names in known.parts:
                for name in names:
                    assert name.startswith("body.") or name in params, f"{known.variable}: {name} is not in the spec"


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(cli, "REPORTS", tmp_path)
    return tmp_path


def fixture_env(running: RunningMock) -> dict[str, str]:
    """The mock's fixtures as the known-id variables a user would set for the live API."""
    key = running.mock.key
    fixtures = running.admin().get("/fixtures").json()
    env: dict[str, str] = {}
    for known in known_values_of(key):
        items: list[str] = []
        for fixture in fixtures:
            params = fixture["params"]
            names = [names[0].split(".", 1)[1] for names in known.parts]
            if all(n in params for n in names):
                item = ":".join(str(params[n]) for n in names)
                items += [] if item in items else [item]
        env[known.variable] = ",".join(items)
    return env


def sent_values(key: str, interaction: dict[str, Any], base_url: str) -> dict[str, list[str]]:
    """Parameter key ("path.<name>", ...) -> the values one recorded request sent for it."""
    request = interaction["request"]
    url = httpx.URL(request["uri"])
    path = url.path[len(httpx.URL(base_url).path) :].strip("/").split("/")
    sent: dict[str, list[str]] = {}
    for op in load(key).operations.values():
        template = op.path.strip("/").split("/")
        if op.method.upper() != request["method"] or len(template) != len(path):
            continue
        if not all(t.startswith("{") or t == p for t, p in zip(template, path, strict=True)):
            continue
        for t, p in zip(template, path, strict=True):
            if t.startswith("{"):
                sent[f"path.{t[1:-1]}"] = [unquote(p)]
        for name, value in url.params.multi_items():
            sent.setdefault(f"query.{name}", []).append(value)
        body = (request.get("body") or {}).get("string")
        if body:
            queries = json.loads(body).get("processStatusQueries", [])
            ids = [q.get("processStatusId") for q in queries if isinstance(q, dict)]
            sent["body.processStatusQueries[*].processStatusId"] = [str(i) for i in ids]
    return sent


# mykaarma runs at 4 a second to show the limit holds; the others as fast as the mock answers.
RATES = {"mykaarma": "4/s"}


@pytest.mark.parametrize("key", PROVIDERS)
def test_live_plan_against_a_mock_sends_known_ids_within_budget(
    key: str, reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONTRACT_NEGATIVE", raising=False)
    monkeypatch.setenv("CONTRACT_LIVE_MAX_EXAMPLES", "8")
    with serve(key) as running:
        for name, value in fixture_env(running).items():
            monkeypatch.setenv(name, value)
        target = Target(
            key, running.base_url, mock_credentials(key, running.mock.creds), running.origin + "/token", live=True
        )
        proc, problems = cli.run_live(target, f"{key}-live", rate=RATES.get(key, "1000/s"))
        sent = running.admin().get("/stats").json()["requests"]
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert problems == [], "every operation's success answer is checked"
    plan = budget(key, max_examples=8, negative=False)
    assert 0 < sent <= plan.total - plan.token, f"{sent} requests, budget {plan.describe()}"
    interactions = cassette_interactions(reports / f"{key}-live.cassette.yaml")
    assert interactions and all(i["generation"]["mode"] == "positive" for i in interactions), "no negative data"
    bound = bindings(key, known_values(key, target.base_url)[0])
    known = {name: {str(v) for v in values} for name, values in bound.items()}
    for interaction in interactions:
        for name, values in sent_values(key, interaction, target.base_url).items():
            if name in known:
                assert set(values) <= known[name], f"{interaction['request']['uri']}: {name}={values} is not a known id"
    if key in RATES:
        stamps = [datetime.fromisoformat(i["recorded_at"]) for i in interactions]
        assert len(stamps) >= 6
        # 4 a second: whatever burst the limiter allows first, the rest waits its turn.
        assert (max(stamps) - min(stamps)).total_seconds() >= (len(stamps) - 4) / 4 - 0.1
