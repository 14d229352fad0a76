"""Realtime Register's receiver (realtimeregister_process_client.push): HMAC-SHA256 of the raw body with the shared
key, Base64, in `Signature`; a notification naming a tracked process records it once; anything unsigned, forged or
tampered records nothing; a notification about no process is acknowledged and ignored."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from pathlib import Path

import pytest
from asyncstatus_core.push import Receiver
from realtimeregister_process_client import push
from realtimeregister_process_client.tracker import SCOPE

from .support import asgi_client, pushed, tracked_store

KEY = b"portal-shared-key-7a1c"


def sign(body: bytes, key: bytes = KEY) -> str:
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode()


def notification(process: int | None, **extra: object) -> bytes:
    # The official PHP SDK's test data (corpus S10), without acknowledgeDate as a webhook sends it (S11).
    body = {
        "id": 7,
        "fireDate": "2026-03-14T11:02:03Z",
        "message": "FAKE_MESSAGE",
        "customer": "johndoe",
        "process": process,
        "eventType": "FAKE_EVENT_TYPE",
        "notificationType": "FAKE_NOTIFICATION_TYPE",
        "isAsync": True,
        **extra,
    }
    return json.dumps(body).encode()


@pytest.fixture
def receiver_and_db(tmp_path: Path) -> tuple[Receiver, Path]:
    store, path = tracked_store(tmp_path, SCOPE, ["46069000", "46069001"])
    return push.create_receiver(key=KEY, store=store), path


async def deliver(receiver: Receiver, body: bytes, headers: dict[str, str]) -> int:
    async with asgi_client(receiver) as client:
        return (await client.post("/", content=body, headers=headers)).status_code


def test_a_signed_notification_is_recorded_once(receiver_and_db: tuple[Receiver, Path]) -> None:
    receiver, path = receiver_and_db
    body = notification(46069000, subjectStatus="COMPLETED")
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 202
    first = pushed(path, SCOPE)["46069000"]
    assert first[0] == "COMPLETED"
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 202  # a retried delivery
    assert pushed(path, SCOPE)["46069000"] == first


def test_without_subject_status_an_open_event_type_records_nothing(receiver_and_db: tuple[Receiver, Path]) -> None:
    """Without `subjectStatus` the status read is `eventType`, an open string the lifecycle table does not know:
    no pushed final status (the process is found by its reads), and the delivery is acknowledged."""
    receiver, path = receiver_and_db
    body = notification(46069001, unknownMember=[1])
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 202
    assert pushed(path, SCOPE)["46069001"][0] is None


def test_a_non_final_notification_then_the_final_one_records_the_final(receiver_and_db: tuple[Receiver, Path]) -> None:
    receiver, path = receiver_and_db
    for status in ("NEW", "PENDING", "COMPLETED"):  # NEW: pending by the table; PENDING: not in it
        body = notification(46069000, subjectStatus=status)
        assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 202
    assert pushed(path, SCOPE)["46069000"][0] == "COMPLETED"


@pytest.mark.parametrize(
    "case",
    ["unsigned", "wrong key", "tampered", "replayed with another body", "not base64", "bol-style header name only"],
)
def test_a_bad_signature_is_refused_and_nothing_recorded(receiver_and_db: tuple[Receiver, Path], case: str) -> None:
    receiver, path = receiver_and_db
    body = notification(46069000)
    other = notification(46069001)
    headers = {
        "unsigned": {},
        "wrong key": {"Signature": sign(body, b"guessed")},
        "tampered": {"Signature": sign(body)},
        "replayed with another body": {"Signature": sign(other)},
        "not base64": {"Signature": "%%%"},
        "bol-style header name only": {"X-BOL-Signature": sign(body)},
    }[case]
    sent = body.replace(b"46069000", b"46069001") if case == "tampered" else body
    assert asyncio.run(deliver(receiver, sent, headers)) == 401
    assert all(status is None for status, _, _ in pushed(path, SCOPE).values())


def test_a_notification_about_no_process_is_ignored(receiver_and_db: tuple[Receiver, Path]) -> None:
    receiver, path = receiver_and_db
    body = notification(None)
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 202
    assert all(status is None for status, _, _ in pushed(path, SCOPE).values())


@pytest.mark.parametrize(
    "body",
    [b"{", json.dumps({"process": 46069000}).encode(), notification(46069000, eventType=None)],
    ids=["not JSON", "not a notification", "no eventType"],
)
def test_what_is_not_a_notification_is_refused(receiver_and_db: tuple[Receiver, Path], body: bytes) -> None:
    receiver, path = receiver_and_db
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 400
    assert all(status is None for status, _, _ in pushed(path, SCOPE).values())


def test_oversized_is_refused(receiver_and_db: tuple[Receiver, Path]) -> None:
    receiver, path = receiver_and_db
    body = notification(46069000, payload={"x": "y" * 100_000})
    assert asyncio.run(deliver(receiver, body, {"Signature": sign(body)})) == 413
    assert pushed(path, SCOPE)["46069000"][0] is None


def test_the_shared_key_stays_out_of_the_repr() -> None:
    assert KEY.decode() not in repr(push.create_receiver(key=KEY, store="sqlite:///:memory:").verifier)
