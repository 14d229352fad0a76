"""Every mock answers odd requests as its provider would, in the provider's own error shape and never
with a 5xx, a redirect or the framework's plain-text pages: unknown paths, trailing and encoded slashes,
wrong methods (405 with `Allow`), OPTIONS, and 401s with the `WWW-Authenticate` challenge the security
scheme calls for. Also the faults that set their own body, content type or replay a corpus answer."""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from codegen.sdkfacts import security
from mocks import create_app
from mocks.base import ProviderMock
from mocks.registry import mock_class
from providers import KEYS as PROVIDERS
from specmodel import errors, load
from starlette.testclient import TestClient
from targets import auth_headers, mock_credentials


def challenge(key: str) -> re.Pattern[str] | None:
    """What a 401's `WWW-Authenticate` must look like, from the spec: the schema of the header its 401
    declares (booster: ServiceStack names its auth provider, `jwt realm="/auth/jwt"`, SOURCES.md S8), else the
    security scheme's (Basic for HTTP basic, Bearer for HTTP bearer and OAuth2); None for an API key, whose
    schemes define no challenge."""
    spec = load(key)
    for op in spec.operations.values():
        declared = op.responses.get("401")
        header = declared.headers.get("WWW-Authenticate") if declared is not None else None
        if header is not None and header.schema is not None and header.schema.get("pattern"):
            return re.compile(str(header.schema.get("pattern")))
    kind = security(spec).kind
    if kind == "header":
        return None
    return re.compile("Basic " if kind == "basic" else "Bearer ")


@pytest.fixture(params=PROVIDERS)
def mock(request: pytest.FixtureRequest) -> Iterator[tuple[ProviderMock, TestClient]]:
    provider, app = create_app(request.param)
    with TestClient(app, follow_redirects=False) as client:
        yield provider, client


def credentials(key: str, client: TestClient, mock: type[ProviderMock] | None = None) -> dict[str, str]:
    """Headers that make a request to the mock acceptable, from the spec: its security scheme with the mock's
    credentials (a token fetched from the mock's token endpoint for OAuth2), the status operation's
    `x-required-headers`, and `Accept` naming its first success media type."""
    spec = load(key)
    sec = security(spec)
    mock = mock or mock_class(key)
    creds = mock_credentials(key, {name: os.environ.get(name, value) for name, value in mock.credentials.items()})
    op = spec.status_operation
    assert op is not None
    success = op.success()
    media = {"Accept": next(iter(success.content))} if success is not None and success.content else {}
    if sec.kind == "client_credentials":
        answer = client.post(
            urlsplit(sec.token_url).path,
            auth=(creds["client_id"], creds["client_secret"]),
            data={"grant_type": "client_credentials"},
        )
        return {"Authorization": f"Bearer {answer.json()['access_token']}", **media, **op.required_headers}
    return {**auth_headers(sec, creds, token_url=None), **media, **op.required_headers}


def wrong_credentials(key: str) -> dict[str, str]:
    """The security scheme's header with a value the mock refuses."""
    sec = security(load(key))
    if sec.kind == "basic":
        return {"Authorization": "Basic " + base64.b64encode(b"mock-user:wrong").decode()}
    if sec.kind == "header":
        return {sec.header: (f"{sec.prefix} " if sec.prefix else "") + "wrong-key"}
    return {"Authorization": "Bearer wrong-token"}


def status_path(mock: ProviderMock, client: httpx.Client, value: str | None = None) -> tuple[str, str]:
    """(operationId, URL path) of a fixture of the operation that carries `x-async-status`, with its id
    replaced by `value` when given."""
    spec = load(mock.key)
    op = next(o for o in spec.operations.values() if o.async_status is not None)
    fixture = next(f for f in client.get("/_mock/fixtures").json() if f["operation"] == op.operation_id)
    params = dict(fixture["params"])
    if value is not None:
        last = re.findall(r"\{([^}]+)\}", op.path)[-1]
        params[last] = value
    path = re.sub(r"\{([^}]+)\}", lambda m: str(params[m.group(1)]), op.path)
    return op.operation_id, mock.base_path + path


def assert_provider_shape(mock: ProviderMock, response: Any) -> Any:
    """The body is the provider's error body: valid against the schema its spec declares for a 401,
    under a media type the spec declares for it; or empty where the spec's 401 has `x-empty-body`."""
    assert response.status_code < 500 and not 300 <= response.status_code < 400, response.text
    spec = load(mock.key)
    op = next(iter(spec.operations.values()))
    declared = op.responses["401"]
    content = declared.content
    if response.status_code == 401 and declared.may_be_empty and not response.content:
        return None
    media = response.headers["content-type"].split(";")[0]
    assert media in content, (media, list(content))
    body = response.json()
    schema = content[media].schema
    assert schema is not None and errors(spec, schema, body) == []
    return body


def declared_methods(mock: ProviderMock, path: str) -> set[str]:
    item = {op.method for op in load(mock.key).operations.values() if op.path == path}
    methods = {m.upper() for m in item if m in ("get", "post", "put", "patch", "delete")}
    return methods | {"OPTIONS"} | ({"HEAD"} if "GET" in methods else set())


# --- routing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["/no-such-route", "/no/such/route", ""])
def test_unknown_path_gets_404_in_the_providers_shape(mock: tuple[ProviderMock, TestClient], suffix: str) -> None:
    provider, client = mock
    for path in (provider.base_path + suffix, "/elsewhere" + suffix):
        response = client.get(path or "/", headers=credentials(provider.key, client))
        assert response.status_code == 404
        assert_provider_shape(provider, response)


@pytest.mark.parametrize("authenticated", [True, False])
def test_trailing_slash_is_answered_not_redirected(mock: tuple[ProviderMock, TestClient], authenticated: bool) -> None:
    provider, client = mock
    headers = credentials(provider.key, client) if authenticated else {}
    spec = load(provider.key)
    for op in spec.operations.values():
        path = re.sub(r"\{[^}]+\}", "1", op.path)
        for candidate in {path + "/", re.sub(r"/1$", "/", path)} - {path}:
            response = client.request(op.method.upper(), provider.base_path + candidate, headers=headers)
            assert "location" not in response.headers
            assert_provider_shape(provider, response)


def test_encoded_slash_in_an_id_gets_a_declared_answer(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    operation, path = status_path(provider, client, "a%2Fb")
    response = client.get(path, headers=credentials(provider.key, client))
    assert str(response.status_code) in load(provider.key).operations[operation].responses
    assert_provider_shape(provider, response)


def test_options_lists_exactly_the_methods_of_each_path(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    for path in dict.fromkeys(op.path for op in load(provider.key).operations.values()):
        response = client.options(provider.base_path + re.sub(r"\{[^}]+\}", "1", path))
        assert response.status_code == 204
        allowed = {m.strip() for m in response.headers["allow"].split(",")}
        assert allowed == declared_methods(provider, path)


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "POST"])
def test_wrong_method_gets_405_with_allow_in_the_providers_shape(
    mock: tuple[ProviderMock, TestClient], method: str
) -> None:
    provider, client = mock
    paths: dict[str, set[str]] = {}
    for op in load(provider.key).operations.values():
        paths.setdefault(op.path, set()).add(op.method)
    for path, item in paths.items():
        if method.lower() in item:
            continue
        url = provider.base_path + re.sub(r"\{[^}]+\}", "1", path)
        response = client.request(method, url, headers=credentials(provider.key, client))
        assert response.status_code == 405
        assert {m.strip() for m in response.headers["allow"].split(",")} == declared_methods(provider, path)
        assert_provider_shape(provider, response)


def test_head_is_served_like_get(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    assert client.head(path, headers=credentials(provider.key, client)).status_code == 200


def test_401_carries_the_schemes_challenge(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    headers = {k: v for k, v in credentials(provider.key, client).items() if k.lower() == "accept"}
    response = client.get(path, headers=headers)
    assert response.status_code == 401
    assert_provider_shape(provider, response)
    expected = challenge(provider.key)
    if expected is None:
        assert "www-authenticate" not in response.headers
    else:
        assert expected.match(response.headers["www-authenticate"]), response.headers["www-authenticate"]


# --- faults with a body of their own ----------------------------------------------------------------


def test_fault_with_an_html_body(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    set_fault = client.post(
        "/_mock/faults", json={"status": 502, "count": 2, "body": html, "content_type": "text/html"}
    )
    assert set_fault.status_code == 201
    for _ in range(2):
        response = client.get(path, headers=credentials(provider.key, client))
        assert (response.status_code, response.text) == (502, html)
        assert response.headers["content-type"] == "text/html"
    assert client.get(path, headers=credentials(provider.key, client)).status_code == 200


def test_fault_with_an_empty_body_still_challenges(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    assert client.post("/_mock/faults", json={"status": 401, "body": ""}).status_code == 201
    response = client.get(path, headers=credentials(provider.key, client))
    assert (response.status_code, response.content) == (401, b"")
    assert "content-type" not in response.headers
    assert ("www-authenticate" in response.headers) == (challenge(provider.key) is not None)


def test_fault_with_a_json_body_and_the_providers_error_type(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    body = {"error": "invalid_token", "error_description": "The access token expired"}
    assert client.post("/_mock/faults", json={"status": 401, "body": body, "retry_after": 2}).status_code == 201
    response = client.get(path, headers=credentials(provider.key, client))
    assert (response.status_code, response.json(), response.headers["retry-after"]) == (401, body, "2")
    assert response.headers["content-type"] == provider.error(401, "").headers["content-type"]


def test_fault_with_only_a_content_type_keeps_the_providers_body(mock: tuple[ProviderMock, TestClient]) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    assert client.post("/_mock/faults", json={"status": 503, "content_type": "text/plain"}).status_code == 201
    response = client.get(path, headers=credentials(provider.key, client))
    assert response.status_code == 503 and response.headers["content-type"] == "text/plain"
    expected = json.loads(bytes(provider.error(503, "Service temporarily unavailable.").body))
    body = json.loads(response.content)
    for random in ("apiRequestId",):  # myKaarma: one per answer
        body.pop(random, None), expected.pop(random, None)
    assert body == expected


def write_corpus(tmp_path: Path, key: str, name: str, answer: dict[str, Any]) -> None:
    folder = tmp_path / key
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(answer))


def test_fault_replays_a_corpus_answer(
    mock: tuple[ProviderMock, TestClient], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provider, client = mock
    _, path = status_path(provider, client)
    body = {"status": 429, "detail": "slow down", "nested": [1, None, {"a": "é"}]}
    write_corpus(
        tmp_path,
        provider.key,
        "anyOp--429-no-retry-after",
        {"status": 429, "headers": {"Content-Type": "application/json", "X-Request-Id": "r-1"}, "body": body},
    )
    write_corpus(
        tmp_path,
        provider.key,
        "anyOp--401-empty-body",
        {"status": 401, "headers": {"Content-Length": "0"}, "body_text": "", "conforms": False},
    )
    write_corpus(tmp_path, provider.key, "anyOp--200-null", {"status": 200, "headers": {}, "body": None})
    monkeypatch.setattr(provider, "corpus_dir", tmp_path)
    assert client.post("/_mock/faults", json={"corpus": "anyOp--429-no-retry-after"}).status_code == 201
    assert client.post("/_mock/faults", json={"corpus": "anyOp--401-empty-body", "count": 2}).status_code == 201
    assert client.post("/_mock/faults", json={"corpus": "anyOp--200-null", "retry_after": 4}).status_code == 201
    h = credentials(provider.key, client)
    first = client.get(path, headers=h)
    assert (first.status_code, first.json(), first.headers["x-request-id"]) == (429, body, "r-1")
    assert first.headers["content-type"] == "application/json" and "retry-after" not in first.headers
    for _ in range(2):
        empty = client.get(path, headers=h)
        assert (empty.status_code, empty.content) == (401, b"")
        assert "www-authenticate" not in empty.headers  # replayed as recorded, nothing added
    null = client.get(path, headers=h)
    assert (null.status_code, null.content, null.headers["retry-after"]) == (200, b"null", "4")
    assert client.get(path, headers=h).json() != body


def test_unknown_or_malformed_corpus_answer_is_refused(
    mock: tuple[ProviderMock, TestClient], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provider, client = mock
    monkeypatch.setattr(provider, "corpus_dir", tmp_path)
    write_corpus(tmp_path, provider.key, "known", {"status": 500, "headers": {}, "body_text": "oops"})
    write_corpus(tmp_path, provider.key, "both", {"status": 500, "headers": {}, "body": 1, "body_text": "1"})
    write_corpus(tmp_path, provider.key, "bad-status", {"status": "500", "headers": {}, "body": 1})
    unknown = client.post("/_mock/faults", json={"corpus": "unknown"})
    assert unknown.status_code == 400
    assert "no corpus answer 'unknown'" in unknown.json()["error"] and "known" in unknown.json()["error"]
    for name, why in (("both", "exactly one"), ("bad-status", "status")):
        answer = client.post("/_mock/faults", json={"corpus": name})
        assert answer.status_code == 400 and why in answer.json()["error"]
    assert provider.faults == []


def test_corpus_directory_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_CORPUS_DIR", str(tmp_path))
    write_corpus(tmp_path, "booster", "from-env", {"status": 503, "headers": {}, "body_text": "down"})
    _, app = create_app("booster")
    client = TestClient(app)
    assert client.post("/_mock/faults", json={"corpus": "from-env"}).status_code == 201
    assert client.get("/tasks").text == "down"


# --- the process store ------------------------------------------------------------------------------


def test_full_store_refuses_new_processes_and_evicts_nothing() -> None:
    for key in PROVIDERS:
        mock, app = create_app(key, capacity=3)
        client = TestClient(app)
        final = mock.lifecycle.terminal[0]
        created = [client.post("/_mock/processes", json={"final_status": final, "steps": 1}) for _ in range(3)]
        held = {p.id for p in mock.store.all()}
        refused = client.post("/_mock/processes", json={"final_status": final, "steps": 1})
        assert [c.status_code for c in created] + [refused.status_code] == [201, 201, 201, 507], key
        assert "capacity" in refused.json()["error"]
        assert {p.id for p in mock.store.all()} == held and mock.store.unpinned() == 3, key
        assert client.post("/_mock/reset").status_code == 200
        assert client.post("/_mock/processes", json={"final_status": final}).status_code == 201


@pytest.mark.parametrize("odd", ["a%0D%0Ab", "%00", "%FF", "a%2F..%2F..", "1" * 20000, "x;y=1"])
def test_odd_ids_get_a_declared_answer(mock: tuple[ProviderMock, TestClient], odd: str) -> None:
    provider, client = mock
    operation, path = status_path(provider, client, odd)
    response = client.get(path, headers=credentials(provider.key, client))
    assert str(response.status_code) in load(provider.key).operations[operation].responses
    assert_provider_shape(provider, response)
