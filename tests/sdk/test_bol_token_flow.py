"""bol's OAuth2 client-credentials flow end to end against the mock's POST /token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mocks.providers.bol import BolMock
from mocks.server import RunningMock, serve
from sdk.sdk_calls import operation_module


@pytest.fixture(scope="module")
def bol() -> Iterator[RunningMock]:
    with serve("bol") as running:
        yield running


def tokens(running: RunningMock) -> dict[str, float]:
    """The bearer tokens the mock has issued, with their expiry."""
    assert isinstance(running.mock, BolMock)
    return running.mock.tokens


def _client(running: RunningMock) -> object:
    import bol_process_status_client as sdk

    return sdk.create_client(
        client_id="mock-client-id",
        client_secret="mock-client-secret",
        base_url=running.base_url,
        token_url=running.origin + "/token",
    )


def test_one_token_serves_many_calls(bol: RunningMock) -> None:
    module = operation_module("bol", "getProcessStatus")
    before = len(tokens(bol))
    with _client(bol) as client:  # type: ignore[attr-defined]
        codes = [module.sync_detailed("1", client=client).status_code for _ in range(5)]
    assert codes == [200] * 5
    assert len(tokens(bol)) == before + 1


def test_revoked_token_is_renewed_once(bol: RunningMock) -> None:
    module = operation_module("bol", "getProcessStatus")
    with _client(bol) as client:  # type: ignore[attr-defined]
        assert module.sync_detailed("1", client=client).status_code == 200
        tokens(bol).clear()  # the provider revokes every token early
        response = module.sync_detailed("1", client=client)
    assert response.status_code == 200
    assert len(tokens(bol)) == 1


def test_expired_token_is_renewed(bol: RunningMock) -> None:
    module = operation_module("bol", "getProcessStatus")
    with _client(bol) as client:  # type: ignore[attr-defined]
        assert module.sync_detailed("1", client=client).status_code == 200
        for token in tokens(bol):
            tokens(bol)[token] = 0.0  # expired at the provider
        assert module.sync_detailed("1", client=client).status_code == 200
