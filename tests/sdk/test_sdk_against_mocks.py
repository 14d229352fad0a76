"""Each SDK, sync and async, against its running mock: every operation and every status value the
mock's fixtures cover, documented errors, and refused credentials."""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import httpx
from mocks.schemathesis_support import empty_body_declared
from mocks.server import RunningMock
from providers import PROVIDERS
from sdk.sdk_calls import call_kwargs, operation_module, status_values
from specmodel import load
from targets import mock_credentials


def client_for(running: RunningMock, **overrides: str) -> Any:
    key = running.mock.key
    package = importlib.import_module(PROVIDERS[key].package)
    creds = {**mock_credentials(key, running.mock.creds), **overrides}
    extra = {"token_url": running.origin + "/token"} if "client_id" in creds else {}
    return package.create_client(base_url=running.base_url, **creds, **extra)


def fixtures(running: RunningMock) -> list[dict[str, Any]]:
    with running.admin() as admin:
        answer = admin.get("/fixtures")
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()
    return items


def test_every_fixture_sync_and_async(running: RunningMock) -> None:
    key = running.mock.key
    # The operations that report a process's status (the status operation's tag: bol's bulk and entity reads
    # too). The others (bol's subscriptions, Realtime Register's notifications) answer 202 or no body: the mock
    # agreement test (tests/mock_servers) and the README's subscriptions commands (test_readme_blocks) run them.
    spec = load(key)
    status_tag = next(op.tags for op in spec.operations.values() if op.async_status is not None)
    items = [i for i in fixtures(running) if spec.operations[i["operation"]].tags == status_tag]
    assert items, "the mock serves no fixtures"
    client = client_for(running)
    with client:
        for item in items:
            module = operation_module(key, item["operation"])
            kwargs = call_kwargs(key, item["operation"], item["params"])
            response = module.sync_detailed(client=client, **kwargs)
            assert response.status_code == 200, (item, response.content[:300])
            parsed = response.parsed
            body = [m.to_dict() for m in parsed] if isinstance(parsed, list) else parsed.to_dict()
            assert body == httpx.Response(200, content=response.content).json()  # nothing lost
            assert item["status"] in status_values(key, item["operation"], body), item

    async def run_async() -> list[int]:
        async with client_for(running) as aclient:
            calls = [
                operation_module(key, i["operation"]).asyncio_detailed(
                    client=aclient, **call_kwargs(key, i["operation"], i["params"])
                )
                for i in items
            ]
            return [r.status_code for r in await asyncio.gather(*calls)]

    assert set(asyncio.run(run_async())) == {200}


def test_every_status_value_is_covered(running: RunningMock) -> None:
    covered = {item["status"] for item in fixtures(running)}
    assert covered == set(running.mock.lifecycle.all_values)


def test_wrong_credentials_are_refused_with_typed_error(running: RunningMock) -> None:
    key = running.mock.key
    item = fixtures(running)[0]
    first_secret = next(name for name in mock_credentials(key, running.mock.creds) if name != "username")
    module = operation_module(key, item["operation"])
    kwargs = call_kwargs(key, item["operation"], item["params"])
    package = importlib.import_module(PROVIDERS[key].package)
    if key == "bol":
        # The token endpoint refuses the secret: the SDK says so without repeating it.
        auth_error = package.errors.AuthenticationError  # the core's, through the package's errors module
        with client_for(running, client_secret="wrong-secret-123") as client:
            try:
                module.sync_detailed(client=client, **kwargs)
            except auth_error as exc:
                assert "401" in str(exc) and "wrong-secret-123" not in str(exc)
            else:
                raise AssertionError("a refused token request must raise AuthenticationError")
        return
    with client_for(running, **{first_secret: "wrong-secret-123"}) as client:
        response = module.sync_detailed(client=client, **kwargs)
    assert response.status_code == 401
    assert_401_parsed(key, item["operation"], response)
    assert "wrong-secret-123" not in response.content.decode()


def assert_401_parsed(key: str, operation_id: str, response: Any) -> None:
    """Typed where the body is readable; None for an empty 401, and only where the spec declares that form
    (`x-empty-body`: booster's 401 without a session)."""
    if not response.content:
        assert response.parsed is None
        assert empty_body_declared(key, operation_id, 401), f"{key}: an empty 401 the spec does not declare"
    else:
        assert response.parsed is not None and not isinstance(response.parsed, dict)


def test_no_credentials_get_401(running: RunningMock) -> None:
    key = running.mock.key
    item = fixtures(running)[0]
    package = importlib.import_module(PROVIDERS[key].package)
    module = operation_module(key, item["operation"])
    with package.Client(base_url=running.base_url) as client:
        response = module.sync_detailed(client=client, **call_kwargs(key, item["operation"], item["params"]))
    assert response.status_code == 401
    assert_401_parsed(key, item["operation"], response)


def test_process_advances_to_its_final_status(running: RunningMock) -> None:
    key = running.mock.key
    lifecycle = running.mock.lifecycle
    final = lifecycle.terminal[0]
    with running.admin() as admin:
        params = admin.post("/processes", json={"final_status": final, "steps": 3}).json()["params"]
    op_id = next(i["operation"] for i in fixtures(running) if set(i["params"]) == set(params))
    module = operation_module(key, op_id)
    with client_for(running) as client:
        seen = [
            status_values(
                key, op_id, module.sync_detailed(client=client, **call_kwargs(key, op_id, params)).parsed.to_dict()
            )[0]
            for _ in range(3)
        ]
    assert seen[0] == lifecycle.initial() and seen[-1] == final
