"""The package's answer errors show a short excerpt of the body, never a secret the server echoed back
(an access token in a token-shaped answer, an Authorization header quoted on a proxy's error page)."""

from __future__ import annotations

import httpx
import pytest

from .sdk_support import TEST_BASE_URL, OperationCase, answered_operation_cases, operation_cases

SECRET = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl"
BODIES = [
    ("application/json", f'{{"access_token": "{SECRET}", "token_type": "Bearer", "expires_in": 299}}'),
    ("text/html", f"<html><body><pre>Authorization: Bearer {SECRET}</pre> 502 Bad Gateway</body></html>"),
    ("text/plain", f"upstream refused client_secret={SECRET}&grant_type=client_credentials"),
]


@pytest.mark.parametrize("case", answered_operation_cases(), ids=str)
@pytest.mark.parametrize(("content_type", "body"), BODIES, ids=["token-json", "html-header", "form"])
def test_unexpected_response_hides_secrets(case: OperationCase, content_type: str, body: str) -> None:
    errors = case.sdk.submodule("errors")
    status = int(case.success().status)  # 200, or 202 for bol's queued subscription changes
    transport = httpx.MockTransport(lambda _: httpx.Response(status, text=body, headers={"Content-Type": content_type}))
    client = case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": transport})
    with client:
        try:
            case.module.sync_detailed(client=client, **case.kwargs())
        except errors.UnexpectedResponse as raised:
            shown = f"{raised} {raised.excerpt!r} {raised!r}"
            assert SECRET not in shown
            assert raised.content == body.encode(), "the raw answer stays available to the caller"
            return
    # A token-shaped JSON object is an object: it parses leniently into the success model instead.
    assert content_type == "application/json"


@pytest.mark.parametrize("case", operation_cases()[:1], ids=str)
def test_unexpected_status_message_is_redacted_too(case: OperationCase) -> None:
    errors = case.sdk.submodule("errors")
    transport = httpx.MockTransport(lambda _: httpx.Response(520, text=f"Authorization: Bearer {SECRET}"))
    client = case.sdk.package.Client(
        base_url=TEST_BASE_URL, raise_on_unexpected_status=True, httpx_args={"transport": transport}
    )
    with client, pytest.raises(errors.UnexpectedStatus) as raised:
        case.module.sync_detailed(client=client, **case.kwargs())
    assert raised.value.status_code == 520 and SECRET not in str(raised.value)
