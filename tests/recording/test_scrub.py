"""The scrubber: secrets and personal data out, wherever they hide; structure, types and ids kept."""

from __future__ import annotations

import json
from typing import Any

from spectools.scrub import Scrubber

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJl"


def shape(value: Any) -> Any:
    """The structure and JSON types of a value, without the values."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


ANSWER: dict[str, Any] = {
    "id": 46069321,
    "user": "johndoe/jane",
    "customer": "johndoe",
    "status": "FAILED",
    "createdDate": "2021-08-11T06:17:15+02:00",
    "command": {
        "name": "Jane Doe",
        "email": "jane@example.com",
        "voice": "+31.201234567",
        "fax": 31201234568,
        "addressLine": ["Keizersgracht 1", "2nd floor"],
        "postalCode": "1015 AA",
        "city": "Amsterdam",
        "authcode": "x9Y8z7W6",
    },
    "requesterUser": {"type": "ADMIN_USER", "name": "Priya Raman", "uuid": "f0b4d8a2c6e14f3b9d7a5c1e0b8f2d64"},
    "business": {"type": "DEALER", "name": "Harbor Point Toyota"},
    "steps": [{"name": "Update dealer products", "detail": "mailed priya@dealer.example, call +1 (555) 123-4567"}],
    "access_token": JWT,
    "message": f"token {JWT} rejected for jane@example.com",
    "signedDownloadUrl": "https://s3.example/x.csv?X-Amz-Date=20240620T090102Z&X-Amz-Signature=5d41402abc&a=1",
    "nothing": None,
    "ok": True,
    "percentage": 40.5,
}


def test_personal_data_and_secrets_are_replaced_structure_kept() -> None:
    out = Scrubber().value(ANSWER)
    text = json.dumps(out)
    for leaked in ("Jane Doe", "jane@", "priya@", "Priya", "201234567", "Keizersgracht", "1015 AA", "x9Y8z7W6", JWT):
        assert leaked not in text, leaked
    assert "555" not in out["steps"][0]["detail"], "a phone number inside free text"
    assert shape(out) == shape(ANSWER), "structure and JSON types kept"
    assert out["command"]["fax"] != 31201234568 and isinstance(out["command"]["fax"], int), "a number stays a number"
    # ids, statuses, timestamps, business names and coarse places are not personal data
    for field in ("id", "customer", "status", "createdDate", "percentage", "ok", "nothing"):
        assert out[field] == ANSWER[field], field
    assert out["requesterUser"]["uuid"] == ANSWER["requesterUser"]["uuid"]
    assert out["business"]["name"] == "Harbor Point Toyota" and out["steps"][0]["name"] == "Update dealer products"
    assert out["command"]["city"] == "Amsterdam"
    assert out["user"].startswith("johndoe/") and "jane" not in out["user"], "only the login name is personal"
    assert "X-Amz-Date=20240620T090102Z" in out["signedDownloadUrl"] and "5d41402abc" not in out["signedDownloadUrl"]


def test_placeholders_are_stable() -> None:
    scrubber = Scrubber()
    out = scrubber.value(ANSWER)
    assert out["command"]["email"] == "user-1@example.invalid"
    assert out["message"].endswith("rejected for user-1@example.invalid"), "same address, same placeholder"
    assert out["access_token"] in out["message"], "same token, same placeholder"
    assert scrubber.value({"email": "jane@example.com"}) == {"email": "user-1@example.invalid"}
    other = scrubber.value({"email": "other@example.com"})["email"]
    assert other.endswith("@example.invalid") and other != "user-1@example.invalid"
    assert scrubber.value({"email": "other@example.com"})["email"] == other
    assert scrubber.value(out) == out, "scrubbing twice changes nothing"


def test_headers_and_known_secrets() -> None:
    scrubber = Scrubber(secrets=["mock-client-secret", "sk_live_abcdef"])
    headers = scrubber.headers(
        {
            "Authorization": "Bearer sk_live_abcdef",
            "X-Api-Token": "tok-12345678",
            "Set-Cookie": "SESSION=abc123def; Path=/; HttpOnly",
            "WWW-Authenticate": 'Bearer realm="api", error="invalid_token"',
            "X-Request-ID": "2f1c9a7e-0b3d-4e5f-8a6b-1c2d3e4f5a6b",
            "X-Debug": "client mock-client-secret from ops@vendor.example",
        }
    )
    assert "sk_live_abcdef" not in json.dumps(headers) and "tok-12345678" not in json.dumps(headers)
    assert headers["Set-Cookie"].startswith("SESSION=secret-") and headers["Set-Cookie"].endswith("; Path=/; HttpOnly")
    assert headers["WWW-Authenticate"] == 'Bearer realm="api", error="invalid_token"', "a challenge is no secret"
    assert headers["X-Request-ID"] == "2f1c9a7e-0b3d-4e5f-8a6b-1c2d3e4f5a6b"
    assert "mock-client-secret" not in headers["X-Debug"] and "ops@" not in headers["X-Debug"]
    assert (
        scrubber.text("paid by mock-client-secret") == f"paid by {scrubber.placeholder('secret', 'mock-client-secret')}"
    )


def test_text_bodies() -> None:
    scrubber = Scrubber()
    csv_text = "asyncTaskId,email,status\r\n3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c,jane@example.com,COM\r\n"
    assert scrubber.body_text(csv_text, "text/csv") == (
        "asyncTaskId,email,status\r\n3f2b8c1e9a4d4e6f8b7c2d1e0f9a8b7c,user-1@example.invalid,COM\r\n"
    )
    # a `name` beside an e-mail address is a person's
    jsonl = '{"name": "Jane Doe", "email": "jane@example.com", "n": 1}\n{"truncated": \n'
    lines = scrubber.body_text(jsonl, "text/jsonl").splitlines()
    assert json.loads(lines[0]) == {"name": "person-1", "email": "user-1@example.invalid", "n": 1}
    assert lines[1] == '{"truncated": ', "a line that is not JSON is scrubbed as text and kept"
    html = "<html><body>Contact admin@vendor.example</body></html>"
    assert "admin@" not in scrubber.body_text(html, "text/html")
